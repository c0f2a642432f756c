"""Input widgets that read and write register values (dates dd/mm/yyyy, money in đồng)."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services.register import Register
from app.services.rooms import list_rooms
from app.ui.labels import enum_labels, fmt_date, fmt_int


class FieldValueError(ValueError):
    """Text in a field that cannot be read as its type; the message is for the user."""


class DateField(QLineEdit):
    """A date typed as dd/mm/yyyy (d/m/yy and dd-mm-yyyy accepted); empty means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Fields", "dd/mm/yyyy"))
        self.setMaxLength(10)

    def set_value(self, value: date | None) -> None:
        self.setText(fmt_date(value))

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                # Two-digit years: 98 is 1998, 24 is 2024 (never a future century).
                year += 2000 if 2000 + year <= date.today().year else 1900
            try:
                return date(year, month, day)
            except ValueError:
                pass
        raise FieldValueError(
            QCoreApplication.translate("Fields", "Not a valid date; write it as dd/mm/yyyy.")
        )


class MoneyField(QLineEdit):
    """Whole đồng, typed as 1200000 or 1.200.000."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0")
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: int | None) -> None:
        self.setText(fmt_int(value or 0))

    def value(self) -> int:
        text = self.text().strip().replace(".", "").replace(" ", "").replace("đ", "")
        if not text:
            return 0
        if re.fullmatch(r"-[0-9]+", text):
            return int(text)  # the service answers that it cannot be negative
        if not re.fullmatch(r"[0-9]+", text):
            raise FieldValueError(
                QCoreApplication.translate(
                    "Fields", "Write the amount in đồng using digits only, e.g. 1.200.000."
                )
            )
        return int(text)

    def _tidy(self) -> None:
        with contextlib.suppress(FieldValueError):  # a wrong value stays as typed
            self.set_value(self.value())


class IntField(QLineEdit):
    """A whole number; kept as text so a wrong value can be shown and explained."""

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def value(self) -> int | None:
        text = self.text().strip()
        if not text and self.allow_empty:
            return None
        if not re.fullmatch(r"-?[0-9]*", text):
            raise FieldValueError(QCoreApplication.translate("Fields", "Write a whole number."))
        try:
            return int(text or "0")
        except ValueError:
            raise FieldValueError(
                QCoreApplication.translate("Fields", "Write a whole number.")
            ) from None


class FloatField(QLineEdit):
    """A decimal number; "1,5" and "1.5" both read as 1.5."""

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else f"{value:g}".replace(".", ","))

    def value(self) -> float | None:
        text = self.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise FieldValueError(
                QCoreApplication.translate("Fields", "Write a number, e.g. 62,5.")
            ) from None


class ChoiceField(QComboBox):
    """A combo box of (label, value) choices."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for text, value in choices:
            self.addItem(text, value)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return

    def value(self) -> Any:
        return self.currentData()


def enum_choices(enum_cls: type[Enum], blank: str | None = None) -> list[tuple[str, Any]]:
    choices: list[tuple[str, Any]] = [] if blank is None else [(blank, None)]
    choices += [(text, member) for member, text in enum_labels(enum_cls).items()]
    return choices


def room_choices(reg: Register) -> list[tuple[str, Any]]:
    """The school's live rooms as "code – name" choices, in code order."""
    return [(f"{r.code} – {r.name}", r.id) for r in list_rooms(reg)]
