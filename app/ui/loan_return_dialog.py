"""Take back a loan: how many units come back good, damaged or lost (a part may stay
out for later), with notes; and the small dialog that moves a loan's due time."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.services import loans
from app.services.common import now_utc
from app.services.errors import ServiceError
from app.services.loan_schemas import ReturnInput
from app.services.register import Register
from app.services.schemas import parse
from app.ui.forms.base import ERROR_STYLE, FormDialog, text_area
from app.ui.forms.fields import FieldValueError, IntField
from app.ui.forms.loan_form import from_qt, moment_field
from app.ui.labels import fmt_date, fmt_int

DUE_ROW = 4  # the fact painted red when the loan is overdue


def _count(field: IntField) -> int:
    value = field.value()
    return 0 if value is None else value


class ReturnDialog(FormDialog):
    def __init__(self, reg: Register, loan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Return equipment"), parent)
        self.reg = reg
        self.loan = loans.get_loan(reg, loan_id)
        self.setMinimumWidth(520)
        self.facts = QFormLayout()
        self._layout.addLayout(self.facts)
        form = self.new_form()
        self.good = self.add_field(form, "good", self.tr("Back in &good condition"), IntField())
        self.damaged = self.add_field(form, "damaged", self.tr("Back &damaged"), IntField())
        self.damaged.setToolTip(self.tr("Counted as broken in the register"))
        self.lost = self.add_field(form, "lost", self.tr("&Lost"), IntField())
        self.lost.setToolTip(self.tr("Counted as lost in the register"))
        self.tally = QLabel()
        self.tally.setWordWrap(True)
        form.addRow("", self.tally)
        self.notes = self.add_field(form, "notes", self.tr("&Notes on the return"), text_area(50))
        self.finish_layout()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Return"))
        for field in (self.good, self.damaged, self.lost):
            field.textChanged.connect(self._show_tally)
        self._fill()
        self.remember_opened()
        self.good.setFocus()
        self.good.selectAll()

    def _fill(self) -> None:
        loan = self.loan
        while self.facts.rowCount():
            self.facts.removeRow(0)
        due = fmt_date(loan.due_at)
        if loan.overdue(now_utc()):
            due += "  " + self.tr("(overdue)")
        returned = self.tr("%1 (good %2, damaged %3, lost %4)")
        for key, value in (
            ("%1", fmt_int(loan.returned_units)),
            ("%2", str(loan.returned_good)),
            ("%3", str(loan.returned_damaged)),
            ("%4", str(loan.returned_lost)),
        ):
            returned = returned.replace(key, value)
        period = self.tr("period %1").replace("%1", loan.period) if loan.period else ""
        rows = [
            (self.tr("Item"), f"{loan.asset_code} – {loan.item_name}"),
            (
                self.tr("Borrower"),
                " – ".join(p for p in (loan.borrower_name, loan.class_name) if p),
            ),
            (self.tr("Lesson"), " – ".join(p for p in (period, loan.lesson) if p)),
            (self.tr("Lent"), fmt_date(loan.lent_at)),
            (self.tr("Due back"), due),
            (self.tr("Lent quantity"), f"{fmt_int(loan.quantity)} {loan.unit}"),
            (self.tr("Returned before"), returned if loan.returned_units else "—"),
            (self.tr("Still out"), f"{fmt_int(loan.outstanding)} {loan.unit}"),
        ]
        for n, (caption, text) in enumerate(rows):
            shown = QLabel(text or "—")
            shown.setWordWrap(True)
            if n == DUE_ROW and loan.overdue(now_utc()):
                shown.setStyleSheet(ERROR_STYLE)
            self.facts.addRow(caption, shown)
        self.good.set_value(loan.outstanding)
        self.damaged.set_value(0)
        self.lost.set_value(0)
        self._show_tally()

    def _show_tally(self) -> None:
        try:
            units = _count(self.good) + _count(self.damaged) + _count(self.lost)
        except FieldValueError:
            self.tally.setText("")
            return
        out = self.loan.outstanding
        if units > out:
            text = self.tr("%1 is more than the %2 still out.")
            self.tally.setStyleSheet(ERROR_STYLE)
        elif units < out:
            text = self.tr("%1 back now; %2 still out stay on loan.")
            self.tally.setStyleSheet("")
            out -= units
        else:
            text = self.tr("%1 back now: everything lent is back.")
            self.tally.setStyleSheet("")
        unit = self.loan.unit
        self.tally.setText(
            text.replace("%1", f"{fmt_int(units)} {unit}").replace("%2", f"{fmt_int(out)} {unit}")
        )

    def reload(self) -> bool:
        try:
            self.loan = loans.get_loan(self.reg, self.loan.id)
        except ServiceError:
            return False
        if not self.loan.is_open:
            return False
        self._fill()
        return True

    def collect(self) -> dict[str, Any]:
        return {
            "loan_id": lambda: self.loan.id,
            "good": lambda: _count(self.good),
            "damaged": lambda: _count(self.damaged),
            "lost": lambda: _count(self.lost),
            "notes": self.notes.toPlainText,
            "expected_version": lambda: self.loan.version,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(ReturnInput, values)

    def save(self, values: dict[str, Any]) -> Any:
        return loans.return_loan(self.reg, values)


class DueDialog(FormDialog):
    """Move an open loan's due time (gia hạn)."""

    def __init__(self, reg: Register, loan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the due time"), parent)
        self.reg = reg
        self.loan = loans.get_loan(reg, loan_id)
        form = self.new_form()
        what = QLabel(f"{self.loan.asset_code} – {self.loan.item_name}\n{self.loan.borrower_name}")
        form.addRow(self.tr("Loan"), what)
        self.due = self.add_field(
            form, "due_at", self.tr("&Due back"), moment_field(self.loan.due_at or now_utc())
        )
        self.finish_layout()
        self.due.setFocus()

    def collect(self) -> dict[str, Any]:
        return {
            "loan_id": lambda: self.loan.id,
            "due_at": lambda: from_qt(self.due.dateTime()),
            "expected_version": lambda: self.loan.version,
        }

    def save(self, values: dict[str, Any]) -> Any:
        return loans.extend_loan(self.reg, values)
