"""Báo hỏng: report that some units of an item are broken (scanned or typed asset code,
how many units, who reports it, what is wrong). Saving marks those units broken."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.models import Equipment, FaultReport
from app.models.enums import EquipmentStatus
from app.services import equipment as equipment_service
from app.services import faults
from app.services.faults import FaultInput
from app.services.register import Register
from app.services.schemas import parse
from app.services.schools import list_staff
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import DateField, FieldValueError, IntField
from app.ui.forms.loan_form import StaffField
from app.ui.forms.plan_form import CodeField
from app.ui.labels import fmt_int

HINT_STYLE = "color: #555;"
WARN_STYLE = "color: #b3261e;"


class FaultForm(FormDialog):
    def __init__(
        self,
        reg: Register,
        equipment: Equipment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Report a fault"), parent)
        self.reg = reg
        self.setMinimumWidth(520)
        form = self.new_form()
        self.asset_code = self.add_field(form, "equipment_id", self.tr("&Asset code"), CodeField())
        self.asset_code.setPlaceholderText(self.tr("type or scan the asset code"))
        self.item_hint = QLabel()
        self.item_hint.setObjectName("item_hint")
        self.item_hint.setWordWrap(True)
        form.addRow("", self.item_hint)
        self.quantity = self.add_field(form, "quantity", self.tr("Broken &units"), IntField())
        self.reported_on = self.add_field(form, "reported_on", self.tr("&Reported on"), DateField())
        self.reporter = self.add_field(
            form, "reported_by", self.tr("Reported &by"), StaffField(list_staff(reg))
        )
        self.reporter.setPlaceholderText(self.tr("a teacher's name (pick from the list) or anyone"))
        self.description = self.add_field(
            form, "description", self.tr("&What is wrong"), text_area(70)
        )
        self.notes = self.add_field(form, "notes", self.tr("&Notes"), text_area(45))
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Report"))

        self.asset_code.editingFinished.connect(self._show_item)
        self.asset_code.scanned.connect(self._scanned)
        self.quantity.set_value(1)
        self.reported_on.set_value(date.today())
        officer = reg.school().equipment_officer
        if officer:
            self.reporter.setText(officer)
        if equipment is not None:
            self.asset_code.setText(equipment.asset_code)
        self._show_item()
        (self.description if equipment is not None else self.asset_code).setFocus()

    def _scanned(self) -> None:
        """A scanner's Enter: show the item and go on to what is wrong."""
        self._show_item()
        if self._item() is not None:
            self.description.setFocus()

    def _item(self) -> Equipment | None:
        code = self.asset_code.text().strip()
        return equipment_service.find_by_asset_code(self.reg, code) if code else None

    def _show_item(self) -> None:
        item = self._item()
        if item is None:
            code = self.asset_code.text().strip()
            self.item_hint.setText(self.tr("No item with this asset code.") if code else "")
            self.item_hint.setStyleSheet(WARN_STYLE)
            return
        room = item.room.code if item.room else "—"
        text = self.tr("%1 (%2): %3 of %4 %5 in good condition.")
        text = (
            text.replace("%1", item.name)
            .replace("%2", room)
            .replace("%3", fmt_int(item.qty_good))
            .replace("%4", fmt_int(item.quantity))
            .replace("%5", item.unit)
        )
        bad = item.status == EquipmentStatus.DISPOSED or item.qty_good == 0
        self.item_hint.setText(text)
        self.item_hint.setStyleSheet(WARN_STYLE if bad else HINT_STYLE)
        if item.quantity == 1:
            self.quantity.set_value(1)

    def _equipment_id(self) -> str:
        code = self.asset_code.text().strip()
        if not code:
            raise FieldValueError(self.tr("Enter the item's asset code."))
        item = equipment_service.find_by_asset_code(self.reg, code)
        if item is None:
            raise FieldValueError(self.tr("No item with asset code %s in the register.") % code)
        return item.id

    def collect(self) -> dict[str, Any]:
        def reporter_id() -> str | None:
            member = self.reporter.staff_member()
            return member.id if member is not None else None

        return {
            "equipment_id": self._equipment_id,
            "quantity": self.quantity.value,
            "reported_on": self.reported_on.value,
            "reporter_id": reporter_id,
            "reported_by": self.reporter.text,
            "description": self.description.toPlainText,
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(FaultInput, values)

    def save(self, values: dict[str, Any]) -> FaultReport:
        return faults.report_fault(self.reg, values)
