"""Which loans to print or export: the days lent, from and to (this school year so far
unless the officer types others)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.forms.base import ERROR_STYLE
from app.ui.forms.fields import DateField, FieldValueError


def school_year_start(on: date) -> date:
    """1 September of the school year ``on`` falls in (it starts in September)."""
    year = on.year if on.month >= 8 else on.year - 1
    return date(year, 9, 1)


class LoanPeriodDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        today = date.today()
        self.since = DateField()
        self.until = DateField()
        self.since.set_value(school_year_start(today))
        self.until.set_value(today)
        presets = QHBoxLayout()
        for text, first in (
            (self.tr("This &month"), today.replace(day=1)),
            (self.tr("This school &year"), school_year_start(today)),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, first=first: self._preset(first, today))
            presets.addWidget(button)
        everything = QPushButton(self.tr("&Whole book"))
        everything.setAutoDefault(False)
        everything.clicked.connect(lambda: self._preset(None, None))
        presets.addWidget(everything)
        presets.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Lent &from"), self.since)
        form.addRow(self.tr("Lent &to"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.period: tuple[date | None, date | None] = (None, None)

    def _preset(self, first: date | None, last: date | None) -> None:
        self.since.set_value(first)
        self.until.set_value(last)

    def _accept(self) -> None:
        try:
            since, until = self.since.value(), self.until.value()
        except FieldValueError as exc:
            self._say(str(exc))
            return
        if since and until and since > until:
            self._say(self.tr("The first day is after the last one."))
            return
        self.period = (since, until)
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def ask_period(parent: QWidget | None, title: str) -> tuple[date | None, date | None] | None:
    """The days chosen (None for an open end), or None when the officer cancels."""
    dialog = LoanPeriodDialog(title, parent)
    return dialog.period if dialog.exec() else None
