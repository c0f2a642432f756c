"""Record (or correct) a maintenance or repair of one item."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.models import Equipment, MaintenanceRecord
from app.models.enums import MaintenanceKind, MaintenanceResult
from app.services import equipment as equipment_service
from app.services import maintenance as maintenance_service
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import MaintenanceInput, parse
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError, MoneyField, enum_choices


class MaintenanceForm(FormDialog):
    def __init__(
        self,
        reg: Register,
        record: MaintenanceRecord | None = None,
        equipment: Equipment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit maintenance record") if record else self.tr("Record maintenance")
        super().__init__(title, parent)
        self.reg = reg
        self.record = record
        self.setMinimumWidth(500)
        form = self.new_form()
        self.asset_code = self.add_field(form, "equipment_id", self.tr("&Asset code"), QLineEdit())
        self.asset_code.setPlaceholderText(self.tr("type or scan the asset code"))
        self.item_name = QLabel()
        form.addRow("", self.item_name)
        self.kind = self.add_field(form, "kind", self.tr("&Kind"), ChoiceField())
        self.kind.set_choices(enum_choices(MaintenanceKind))
        self.performed_on = self.add_field(form, "performed_on", self.tr("&Date"), DateField())
        self.description = self.add_field(
            form, "description", self.tr("&What was done / fault"), text_area()
        )
        self.performed_by = self.add_field(
            form, "performed_by", self.tr("Done by (person or firm)"), QLineEdit()
        )
        self.cost = self.add_field(form, "cost", self.tr("&Cost (đồng)"), MoneyField())
        self.result_field = self.add_field(form, "result", self.tr("&Result"), ChoiceField())
        self.result_field.set_choices(enum_choices(MaintenanceResult))
        self.next_due = self.add_field(form, "next_due_on", self.tr("Next due"), DateField())
        self.notes = self.add_field(form, "notes", self.tr("Notes"), text_area(50))
        self.finish_layout()
        self.asset_code.editingFinished.connect(self._show_item)

        self._original: tuple[str, str] | None = None
        if record is not None:
            self._fill(record)
            self.remember_opened()
        else:
            self.performed_on.set_value(date.today())
            self.cost.set_value(0)
            if equipment is not None:
                self.asset_code.setText(equipment.asset_code)
        self._show_item()
        if equipment is not None or record is not None:
            self.description.setFocus()

    def _fill(self, record: MaintenanceRecord) -> None:
        item = equipment_service.get_equipment(self.reg, record.equipment_id)
        self._original = (item.id, item.asset_code)
        self.asset_code.setText(item.asset_code)
        self.kind.set_value(record.kind)
        self.performed_on.set_value(record.performed_on)
        self.description.setPlainText(record.description)
        self.performed_by.setText(record.performed_by)
        self.cost.set_value(record.cost)
        self.result_field.set_value(record.result)
        self.next_due.set_value(record.next_due_on)
        self.notes.setPlainText(record.notes)

    def reload(self) -> bool:
        if self.record is None:
            return False
        try:
            self.record = maintenance_service.get_maintenance(self.reg, self.record.id)
        except ServiceError:
            return False
        self._fill(self.record)
        return True

    def _equipment_id(self) -> str:
        code = self.asset_code.text().strip()
        if self._original is not None and code == self._original[1]:
            return self._original[0]  # unchanged: the record stays on its own item
        if not code:
            raise FieldValueError(self.tr("Enter the item's asset code."))
        item = equipment_service.find_by_asset_code(self.reg, code)
        if item is None:
            raise FieldValueError(self.tr("No item with asset code %s in the register.") % code)
        return item.id

    def _show_item(self) -> None:
        code = self.asset_code.text().strip()
        item: Equipment | None
        if self._original is not None and code == self._original[1]:
            item = equipment_service.get_equipment(self.reg, self._original[0])
        else:
            item = equipment_service.find_by_asset_code(self.reg, code) if code else None
        if item is None:
            self.item_name.setText("")
            return
        text = f"{item.name} ({item.room.code if item.room else '—'})"
        if item.deleted_at is not None:
            text += " – " + self.tr("deleted")
        self.item_name.setText(text)

    def collect(self) -> dict[str, Any]:
        return {
            "equipment_id": self._equipment_id,
            "kind": self.kind.value,
            "performed_on": self.performed_on.value,
            "description": self.description.toPlainText,
            "performed_by": self.performed_by.text,
            "cost": self.cost.value,
            "result": self.result_field.value,
            "next_due_on": self.next_due.value,
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(MaintenanceInput, values)

    def save(self, values: dict[str, Any]) -> MaintenanceRecord:
        if self.record is None:
            return maintenance_service.record_maintenance(self.reg, values)
        return maintenance_service.update_maintenance(
            self.reg, self.record.id, values, expected_version=self.record.version
        )
