"""Interface language: Vietnamese by default, English available in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from app.resources import resource_path

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
SETTING = "ui/language"
# Our own strings, and Qt's standard ones (buttons, wizard, text menus) that Qt
# itself does not ship in Vietnamese. English needs only its plural forms.
CATALOGUES = {"vi": ("sotb", "qtbase"), "en": ("sotb",)}

_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue(SETTING, lang)


def install(lang: str) -> bool:
    """Load the translations for ``lang``. True when all of them loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    for name in CATALOGUES[lang]:
        translator = QTranslator(app)
        path = resource_path("translations", f"{name}_{lang}.qm")
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    return ok
