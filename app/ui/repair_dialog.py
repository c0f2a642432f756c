"""A reported fault becomes a repair (who repairs it, quoted cost, sent out or mended
at school, promised back by), and the repair ends: fixed, or cannot be fixed (the
units stay broken and the item is offered for disposal). A report still waiting can
also be finished at once, when it was mended on the spot."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.models.enums import FaultStatus, MaintenanceResult
from app.services import faults
from app.services.faults import FaultRow, RepairFinish, RepairStart
from app.services.register import Register
from app.services.schemas import parse
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import ChoiceField, DateField, MoneyField
from app.ui.labels import fmt_date

HINT_STYLE = "color: #555;"


def fault_heading(row: FaultRow) -> QLabel:
    """What the dialog is about: the item, the units and the fault as reported."""
    text = QCoreApplication.translate("RepairDialogs", "Reported on %1 by %2:")
    text = text.replace("%1", fmt_date(row.reported_on)).replace("%2", row.reported_by or "—")
    heading = QLabel(
        f"<b>{html.escape(f'{row.asset_code} – {row.name}')}</b> ({row.quantity} {row.unit})<br>"
        f"{html.escape(text)} <i>{html.escape(row.description)}</i>"
    )
    heading.setObjectName("fault_heading")
    heading.setWordWrap(True)
    heading.setTextFormat(Qt.TextFormat.RichText)
    return heading


def repairer_field(reg: Register) -> QLineEdit:
    edit = QLineEdit()
    completer = QCompleter(faults.known_repairers(reg), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


class StartRepairDialog(FormDialog):
    """Hand the reported fault to a repairer."""

    def __init__(self, reg: Register, fault_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start the repair"), parent)
        self.reg = reg
        self.fault_id = fault_id
        self.row = faults.fault_rows(reg, [fault_id])[fault_id]
        self.setMinimumWidth(520)
        self._layout.addWidget(fault_heading(self.row))
        form = self.new_form()
        self.started_on = self.add_field(form, "started_on", self.tr("&Started on"), DateField())
        self.performed_by = self.add_field(
            form, "performed_by", self.tr("&Repaired by (person or firm)"), repairer_field(reg)
        )
        self.work = self.add_field(form, "work", self.tr("&Work to do"), text_area(55))
        self.work.setPlaceholderText(self.tr("empty: the fault as reported"))
        self.cost = self.add_field(form, "cost", self.tr("&Quoted cost (đồng)"), MoneyField())
        self.sent_out = self.add_field(
            form, "sent_out", "", QCheckBox(self.tr("The item &leaves the school for the repair"))
        )
        self.repair_due_on = self.add_field(
            form, "repair_due_on", self.tr("&Promised back by"), DateField()
        )
        self.notes = self.add_field(form, "notes", self.tr("&Notes"), text_area(45))
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Start repair"))
        self.started_on.set_value(date.today())
        self.cost.set_value(0)
        self.sent_out.setChecked(True)
        self.sent_out.toggled.connect(self.repair_due_on.setEnabled)
        self.performed_by.setFocus()

    def collect(self) -> dict[str, Any]:
        return {
            "started_on": self.started_on.value,
            "performed_by": self.performed_by.text,
            "work": self.work.toPlainText,
            "cost": self.cost.value,
            "sent_out": self.sent_out.isChecked,
            "repair_due_on": lambda: (
                self.repair_due_on.value() if self.sent_out.isChecked() else None
            ),
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(RepairStart, values)

    def save(self, values: dict[str, Any]) -> Any:
        return faults.start_repair(self.reg, self.fault_id, values)


class FinishRepairDialog(FormDialog):
    """How the repair ended (or how a waiting report was mended on the spot)."""

    def __init__(self, reg: Register, fault_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Repair result"), parent)
        self.reg = reg
        self.fault_id = fault_id
        self.row = faults.fault_rows(reg, [fault_id])[fault_id]
        self.setMinimumWidth(520)
        self._layout.addWidget(fault_heading(self.row))
        on_the_spot = self.row.status == FaultStatus.OPEN
        if not on_the_spot:
            started = self.tr("Repair started on %1 by %2.")
            started = started.replace("%1", fmt_date(self.row.started_on)).replace(
                "%2", self.row.performed_by or "—"
            )
            note = QLabel(started)
            note.setStyleSheet(HINT_STYLE)
            self._layout.addWidget(note)
        form = self.new_form()
        self.finished_on = self.add_field(form, "finished_on", self.tr("&Finished on"), DateField())
        self.outcome = self.add_field(form, "outcome", self.tr("&Result"), ChoiceField())
        self.outcome.set_choices(
            [
                (self.tr("Fixed: the units are good again"), MaintenanceResult.FIXED),
                (self.tr("Cannot be fixed: offer for disposal"), MaintenanceResult.NOT_FIXED),
            ]
        )
        self.outcome_hint = QLabel()
        self.outcome_hint.setWordWrap(True)
        self.outcome_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.outcome_hint)
        self.performed_by = self.add_field(
            form, "performed_by", self.tr("&Repaired by (person or firm)"), repairer_field(reg)
        )
        self.cost = self.add_field(form, "cost", self.tr("Final &cost (đồng)"), MoneyField())
        self.work = self.add_field(form, "work", self.tr("&Work done"), text_area(55))
        self.notes = self.add_field(form, "notes", self.tr("&Notes"), text_area(45))
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save result"))
        self.finished_on.set_value(date.today())
        self.cost.set_value(self.row.cost or 0)
        self.performed_by.setText(self.row.performed_by or "")
        if on_the_spot:
            self.work.setPlaceholderText(self.tr("empty: the fault as reported"))
        else:
            self.work.setPlaceholderText(self.tr("empty: as written when the repair started"))
        self.outcome.changed.connect(self._show_outcome)
        self._show_outcome()
        (self.performed_by if on_the_spot else self.outcome).setFocus()

    def _show_outcome(self) -> None:
        if self.outcome.value() == MaintenanceResult.NOT_FIXED:
            text = self.tr(
                "The units stay broken; the item is listed among the disposal candidates."
            )
        else:
            text = self.tr("The units are counted as good again.")
        self.outcome_hint.setText(text)

    def collect(self) -> dict[str, Any]:
        return {
            "finished_on": self.finished_on.value,
            "outcome": self.outcome.value,
            "cost": self.cost.value,
            "performed_by": self.performed_by.text,
            "work": self.work.toPlainText,
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(RepairFinish, values)

    def save(self, values: dict[str, Any]) -> Any:
        return faults.finish_repair(self.reg, self.fault_id, values)


def ask_cancel_reason(parent: QWidget, row: FaultRow) -> str | None:
    """Why a waiting report is struck out (None: the user changed their mind)."""
    question = QCoreApplication.translate(
        "RepairDialogs",
        "Cancel the report on %1 – %2? Its units are counted as good again.\n\nWhy (optional):",
    )
    question = question.replace("%1", row.asset_code).replace("%2", row.name)
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RepairDialogs", "Cancel the fault report"),
        question,
        QLineEdit.EchoMode.Normal,
        QCoreApplication.translate("RepairDialogs", "reported by mistake"),
    )
    return text if ok else None


__all__ = ["FinishRepairDialog", "StartRepairDialog", "ask_cancel_reason", "fault_heading"]
