"""Settings: interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.ui.forms.fields import ChoiceField
from app.ui.i18n import LANGUAGES, save_language, saved_language


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = ChoiceField()
        self.language.setObjectName("language")
        self.language.set_choices([(name, code) for code, name in LANGUAGES.items()])
        self.language.set_value(saved_language())
        form.addRow(self.tr("Interface language"), self.language)
        note = QLabel(self.tr("A new language applies the next time the program starts."))
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        save_language(self.language.value())
        super().accept()
