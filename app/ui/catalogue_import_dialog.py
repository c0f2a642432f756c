"""Importing the ministry's minimum equipment list: choose the file and the level, check
it (every bad row with its reason, nothing written), then replace the level's list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SchoolLevel
from app.reports import catalogue_import
from app.reports.catalogue_import import CatalogueDryRun
from app.services.catalogue import imported_counts, level_info, remove_imported
from app.services.errors import ServiceError
from app.services.register import Register
from app.ui.labels import label
from app.ui.tasks import runner

LEVELS = ("TH", "THCS", "THPT")
SHOWN_ISSUES = 500  # a file with more bad rows lists the first ones (the count says all)


class CatalogueImportDialog(QDialog):
    imported = Signal(str)  # the level whose list changed

    def __init__(self, reg: Register, level: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a minimum equipment list"))
        self.reg = reg
        self.dry: CatalogueDryRun | None = None
        intro = QLabel(
            self.tr(
                "Choose the ministry's Excel file of the minimum teaching-equipment list "
                "(Circular 37, 38 or 39/2021/TT-BGDĐT). The file is checked first; nothing "
                "changes until you replace the list."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("Path of the .xlsx file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.level = QComboBox()
        for key in LEVELS:
            info = level_info(key)
            circular = f" – {info.circular}" if info is not None else ""
            self.level.addItem(label(SchoolLevel(key)) + circular, key)
        if level in LEVELS:
            self.level.setCurrentIndex(LEVELS.index(level))
        form = QFormLayout()
        file_label = QLabel(self.tr("Excel &file"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Level"), self.level)
        self.current = QLabel()
        self.current.setObjectName("current")
        self.current.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("The result of the check shows here."))
        self.check_button = QPushButton(self.tr("&Check the file"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.apply_button = QPushButton(self.tr("&Replace the list"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.remove_button = QPushButton(self.tr("Use the &shipped list again"))
        self.remove_button.clicked.connect(self.remove)
        close = QPushButton(self.tr("Close"))
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.current)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        self.path.textChanged.connect(self._forget)
        self.level.currentIndexChanged.connect(self._forget)
        self._forget()
        self.resize(820, 560)

    def chosen_level(self) -> str:
        return str(self.level.currentData())

    def _forget(self, *_args: Any) -> None:
        """The file or level changed: the last check no longer holds."""
        self.dry = None
        self.apply_button.setEnabled(False)
        self._show_current()

    def _show_current(self) -> None:
        count = imported_counts(self.reg).get(self.chosen_level(), 0)
        if count:
            self.current.setText(
                self.tr("This level uses an imported list of %n line(s).", "", count)
            )
        else:
            self.current.setText(
                self.tr("This level uses the list shipped with the program (a sample for THCS).")
            )
        self.remove_button.setEnabled(bool(count))

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list's Excel file"),
            self.path.text() or str(Path.home()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.check()

    def check(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.report.setPlainText(self.tr("Choose the Excel file first."))
            return
        path, level = Path(text), self.chosen_level()
        runner.run(
            lambda progress: catalogue_import.dry_run(path, level, progress=progress),
            self._checked,
            self._failed,
            parent=self,
            label=self.tr("Checking the file…"),
        )

    def _checked(self, dry: CatalogueDryRun) -> None:
        self.dry = dry
        parts = [dry.summary()]
        if dry.errors:
            parts.append(self.tr("Errors:"))
            parts += [f"  • {issue}" for issue in dry.errors[:SHOWN_ISSUES]]
        if dry.warnings:
            parts.append(self.tr("Notes:"))
            parts += [f"  • {issue}" for issue in dry.warnings[:SHOWN_ISSUES]]
        self.report.setPlainText("\n".join(parts))
        self.apply_button.setEnabled(dry.ok)
        if dry.ok:
            self.apply_button.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.dry = None
        self.apply_button.setEnabled(False)
        self.report.setPlainText(exc.message if isinstance(exc, ServiceError) else str(exc))

    def apply(self) -> None:
        dry = self.dry
        if dry is None or not dry.ok:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Replace the minimum equipment list of this level by the %n line(s) read?",
                "",
                len(dry.lines),
            ),  # fmt: skip
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        runner.run(
            lambda _progress: catalogue_import.apply(self.reg, dry),
            self._applied,
            self._failed,
            parent=self,
            label=self.tr("Replacing the list…"),
        )

    def _applied(self, written: int) -> None:
        level = self.chosen_level()
        self.imported.emit(level)
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("The list now has %n line(s).", "", written),
        )
        self.accept()

    def remove(self) -> None:
        level = self.chosen_level()
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Remove the imported list of this level and use the shipped one again?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_imported(self.reg, level)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.imported.emit(level)
        self._forget()
