"""Start the desktop app: translations, the register, first-run wizard, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME
from app.models.migrate import RegisterFileError
from app.resources import resource_path
from app.services.register import Register
from app.ui import i18n

ORGANISATION = "SoThietBi"


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    icon = resource_path("icons", "sotb.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def save_screenshot(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def run_gui(db: Path, screenshot: Path | None = None, lang: str | None = None) -> int:
    app = make_application()
    i18n.install(lang or i18n.saved_language())
    try:
        reg = Register.open(db)
    except RegisterFileError as exc:
        if screenshot is not None:
            print(exc, file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 1

    from app.ui.main_window import MainWindow
    from app.ui.wizard import SetupWizard

    if not reg.has_school():
        wizard = SetupWizard(reg)
        if screenshot is not None:
            # Nothing to click in a headless run: show what a new user sees first.
            save_screenshot(wizard, screenshot)
            return 0
        if not wizard.exec():
            return 0
    window = MainWindow(reg)
    if screenshot is not None:
        save_screenshot(window, screenshot)
        return 0
    window.show()
    code = app.exec()
    reg.close()
    return code
