"""The shipped Vietnamese translations: complete, compiled from the current .ts, and loadable.

When a test here fails after a UI change, run
``.venv/bin/python tools/update_translations.py``, translate what ``--check`` lists in
resources/translations/sotb_vi.ts, and run the script again to rebuild the .qm files.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
MAIN_TS = TS_DIR / "sotb_vi.ts"
QT_TS = TS_DIR / "qtbase_vi.ts"
UI_DIR = ROOT / "app" / "ui"
ALL_TS = sorted(TS_DIR.glob("*.ts"))
FIX = "run tools/update_translations.py and translate what its --check lists"

Key = tuple[str, str]  # context, source


def load_tool() -> ModuleType:
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def keys(ts: Path) -> set[Key]:
    return {(context, message.findtext("source") or "") for context, message in messages(ts)}


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# -- (a) complete, and the .qm files are built from the .ts files as they are now -----------


def test_translation_files_exist() -> None:
    assert MAIN_TS.is_file() and QT_TS.is_file()


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_every_message_has_a_finished_translation(ts: Path) -> None:
    problems = []
    for context, message in messages(ts):
        translation = message.find("translation")
        texts = translations(message)
        if (
            translation is None
            or translation.get("type") is not None
            or not texts
            or not all(t.strip() for t in texts)
        ):
            problems.append(f"{context}: {message.findtext('source')}")
    assert not problems, f"untranslated in {ts.name} ({FIX}): {problems}"
    assert "" not in {context for context, _ in messages(ts)}, "a message without a context"


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_translations_keep_placeholders_accelerators_and_ellipses(ts: Path) -> None:
    def marks(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:L?n|\d|s)", text)) + ["…"] * text.count("…")

    def has_accelerator(text: str) -> bool:
        return re.search(r"&(?!&|\s)", text.replace("&&", "")) is not None

    for context, message in messages(ts):
        source = message.findtext("source") or ""
        for text in translations(message):
            assert marks(text) == marks(source), (context, source, text)
            assert has_accelerator(text) == has_accelerator(source), (context, source, text)


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_current_ts(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: {FIX}"
    fresh = tmp_path / qm.name
    load_tool().release(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date: {FIX}"


# -- (b) every string the UI code asks for is in the catalogue ------------------------------

LITERALS = r"""(?:(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*)+"""  # "a" "b" concatenated
SELF_TR = re.compile(rf"self\.tr\(\s*({LITERALS})")
TRANSLATE = re.compile(rf"\btranslate\(\s*({LITERALS}),\s*({LITERALS})")
CLASS = re.compile(r"^class (\w+)", re.M)


def text_of(literals: str) -> str:
    return str(ast.literal_eval(f"({literals})"))  # brackets: a literal may span lines


def literal_strings_in_ui_code() -> set[Key]:
    found: set[Key] = set()
    for path in sorted(UI_DIR.rglob("*.py")):
        code = path.read_text("utf-8")
        classes = [(m.start(), m.group(1)) for m in CLASS.finditer(code)]
        for match in SELF_TR.finditer(code):
            owner = [name for start, name in classes if start < match.start()]
            assert owner, f"self.tr outside a class in {path}"
            found.add((owner[-1], text_of(match.group(1))))
        for match in TRANSLATE.finditer(code):
            found.add((text_of(match.group(1)), text_of(match.group(2))))
    return found


def test_every_literal_ui_string_is_in_the_catalogue() -> None:
    found = literal_strings_in_ui_code()
    assert len(found) > 100, "the scan found too little: has the code's style changed?"
    missing = sorted(found - keys(MAIN_TS))
    assert not missing, f"not in sotb_vi.ts ({FIX}): {missing}"


@pytest.mark.parametrize("ts", sorted(TS_DIR.glob("sotb_*.ts")), ids=lambda p: p.name)
def test_catalogue_matches_a_fresh_extraction(ts: Path, tmp_path: Path) -> None:
    """A fresh lupdate of app/ui finds exactly the messages that are committed."""
    tool = load_tool()
    try:
        tool.find_tool("pyside6-lupdate")
    except tool.Failure:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    tool.update_ts(copy, tool.ui_sources(), plural_only=ts != MAIN_TS)
    assert sorted(keys(copy) - keys(ts)) == [], f"new strings: {FIX}"
    assert sorted(keys(ts) - keys(copy)) == [], f"strings gone from the code: {FIX}"
    assert tool.unfinished(copy) == []


# -- (c) and (d) the compiled catalogues translate, as the app loads them -------------------


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    from app.ui import i18n

    assert i18n.install("vi"), "sotb_vi.qm or qtbase_vi.qm did not load"
    yield
    i18n.install("en")


def tr(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


@pytest.mark.usefixtures("vietnamese")
def test_app_strings_in_vietnamese() -> None:
    assert tr("MainWindow", "Equipment") == "Thiết bị"
    assert tr("Labels", "Good") == "Tốt"
    assert tr("Labels", "Parents' contribution") == "Xã hội hóa (phụ huynh đóng góp)"
    three = tr("EquipmentPage", "%n item(s)", 3)
    assert "3" in three and three != "3 item(s)" and "thiết bị" in three
    # Strings reached through tr = self.tr, equipment_columns(self.tr) and _tr() helpers.
    assert tr("MaintenancePage", "Date") == "Ngày"
    assert tr("RoomDetail", "Asset code") == "Mã tài sản"
    assert tr("History", "Created") == "Tạo mới"


@pytest.mark.usefixtures("vietnamese")
def test_a_real_dialog_in_vietnamese(qtbot) -> None:
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cài đặt"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


@pytest.mark.usefixtures("vietnamese")
def test_qt_standard_strings_in_vietnamese(qtbot) -> None:
    assert tr("QPlatformTheme", "Cancel") == "Hủy"
    assert tr("QWizard", "&Next >") == "&Tiếp >"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # as the setup wizard does
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Hoàn tất"


def test_qt_strings_are_ones_qt_really_uses(qapp: QApplication) -> None:
    """Each entry of qtbase_vi.ts exists in Qt's own catalogues (no typo, right context)."""
    shipped = sorted((Path(PySide6.__file__).parent / "Qt" / "translations").glob("qtbase_*.qm"))
    if not shipped:
        pytest.skip("this PySide6 ships no Qt translations to compare with")
    catalogues = []
    for path in shipped:
        translator = QTranslator()
        assert translator.load(str(path))
        catalogues.append(translator)
    unknown = [key for key in sorted(keys(QT_TS)) if not any(c.translate(*key) for c in catalogues)]
    assert not unknown, f"not a Qt string: {unknown}"


def test_english_plural_forms_come_from_the_source_markers() -> None:
    tool = load_tool()
    assert tool.english_forms("%n class(es)") == ("%n class", "%n classes")
    assert tool.english_forms("in %n room(s), %n day(s) late") == (
        "in %n room, %n day late",
        "in %n rooms, %n days late",
    )
    assert tool.english_forms("%n unit(s) leave the register.") == (
        "%n unit leaves the register.",
        "%n units leave the register.",
    )
    assert tool.english_forms("%n overdue") == ("%n overdue", "%n overdue")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter must reach one entry: in each menu of the main window, in each language."""
    from app.services.register import Register
    from app.services.schools import set_up_school
    from app.ui import i18n
    from app.ui.main_window import MainWindow

    assert i18n.install(language)
    try:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            reg = Register.open(Path(folder) / "menus.sqlite")
            set_up_school(
                reg, {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
            )
            window = MainWindow(reg)
            qtbot.addWidget(window)
            clashes = []
            menus = [("menu bar", [a for a in window.menuBar().actions()])]
            menus += [
                (a.text(), a.menu().actions()) for a in window.menuBar().actions() if a.menu()
            ]
            for name, actions in menus:
                seen: dict[str, str] = {}
                for action in actions:
                    match = re.search(r"&([^&\s])", action.text().replace("&&", ""))
                    if match is None:
                        continue
                    key = match.group(1).lower()
                    if key in seen:
                        clashes.append(f"{name}: {seen[key]!r} and {action.text()!r}")
                    seen[key] = action.text()
            window.close()
            reg.close()
        assert clashes == [], "\n".join(clashes)
    finally:
        i18n.install("en")
