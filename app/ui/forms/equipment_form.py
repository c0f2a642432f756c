"""Add or edit an equipment item."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.models import Equipment
from app.models.enums import EquipmentCategory, EquipmentStatus, FundingSource
from app.services import equipment as equipment_service
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import EquipmentInput, parse
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import (
    ChoiceField,
    DateField,
    IntField,
    MoneyField,
    enum_choices,
    room_choices,
)


class EquipmentForm(FormDialog):
    def __init__(
        self,
        reg: Register,
        item: Equipment | None = None,
        parent: QWidget | None = None,
        room_id: str | None = None,
    ) -> None:
        title = self.tr("Edit equipment") if item else self.tr("Add equipment")
        super().__init__(title, parent)
        self.reg = reg
        self.item = item
        self.setMinimumWidth(560)

        general = self.new_form(self.tr("General"))
        self.asset_code = self.add_field(general, "asset_code", self.tr("Asset &code"), QLineEdit())
        self.name = self.add_field(general, "name", self.tr("&Name"), QLineEdit())
        self.category = self.add_field(general, "category", self.tr("Cate&gory"), ChoiceField())
        self.category.set_choices(enum_choices(EquipmentCategory))
        self.room = self.add_field(general, "room_id", self.tr("&Room"), ChoiceField())
        rooms = room_choices(reg)
        self.room.set_choices([(self.tr("(no room)"), None), *rooms])
        self.status = self.add_field(general, "status", self.tr("&Status"), ChoiceField())
        self.status.set_choices(enum_choices(EquipmentStatus))
        self.subject = self.add_field(general, "subject", self.tr("Su&bject"), QLineEdit())
        self.grades = self.add_field(general, "grades", self.tr("Grades"), QLineEdit())
        self.grades.setPlaceholderText("6, 7, 8, 9")
        self.catalogue_code = self.add_field(
            general, "catalogue_code", self.tr("Catalogue code"), QLineEdit()
        )

        amounts = self.new_form(self.tr("Quantity and value"))
        self.unit = self.add_field(amounts, "unit", self.tr("&Unit"), QLineEdit())
        self.quantity = self.add_field(amounts, "quantity", self.tr("&Quantity"), IntField())
        self.qty_good = self.add_field(amounts, "qty_good", self.tr("  of which good"), IntField())
        self.qty_minor = self.add_field(
            amounts, "qty_minor_damage", self.tr("  minor damage"), IntField()
        )
        self.qty_broken = self.add_field(amounts, "qty_broken", self.tr("  broken"), IntField())
        self.qty_lost = self.add_field(amounts, "qty_lost", self.tr("  lost"), IntField())
        self.unit_price = self.add_field(
            amounts, "unit_price", self.tr("Unit &price (đồng)"), MoneyField()
        )
        self.funding = self.add_field(
            amounts, "funding_source", self.tr("&Funding source"), ChoiceField()
        )
        self.funding.set_choices(enum_choices(FundingSource))
        self.acquired_on = self.add_field(
            amounts, "acquired_on", self.tr("Acquired on"), DateField()
        )
        self.in_service_on = self.add_field(
            amounts, "in_service_on", self.tr("In service since"), DateField()
        )
        self.warranty_until = self.add_field(
            amounts, "warranty_until", self.tr("Warranty until"), DateField()
        )

        details = self.new_form(self.tr("Details"))
        self.brand = self.add_field(details, "brand", self.tr("Brand"), QLineEdit())
        self.model = self.add_field(details, "model", self.tr("Model"), QLineEdit())
        self.serial = self.add_field(details, "serial", self.tr("Serial number"), QLineEdit())
        self.origin = self.add_field(details, "origin", self.tr("Origin"), QLineEdit())
        self.supplier = self.add_field(details, "supplier", self.tr("Supplier"), QLineEdit())
        self.notes = self.add_field(details, "notes", self.tr("Notes"), text_area())
        self.finish_layout()

        # "good" follows the total and the other conditions until typed by hand.
        self._good_typed = False
        self.qty_good.textEdited.connect(self._good_edited)
        for field in (self.quantity, self.qty_minor, self.qty_broken, self.qty_lost):
            field.textEdited.connect(self._quantity_changed)
        self._fill(item, room_id)
        self.remember_opened()

    def _fill(self, item: Equipment | None, room_id: str | None) -> None:
        if item is None:
            self.unit.setText("cái")
            self.quantity.set_value(1)
            self.qty_good.set_value(1)
            for spin in (self.qty_minor, self.qty_broken, self.qty_lost):
                spin.set_value(0)
            self.unit_price.set_value(0)
            self.category.set_value(EquipmentCategory.TEACHING)
            self.room.set_value(room_id)
            return
        for name in ("asset_code", "name", "subject", "grades", "catalogue_code", "unit"):
            getattr(self, name).setText(getattr(item, name))
        for name in ("brand", "model", "serial", "origin", "supplier"):
            getattr(self, name).setText(getattr(item, name))
        self.category.set_value(item.category)
        self.room.set_value(item.room_id)
        self.status.set_value(item.status)
        self.quantity.set_value(item.quantity)
        self.qty_good.set_value(item.qty_good)
        self.qty_minor.set_value(item.qty_minor_damage)
        self.qty_broken.set_value(item.qty_broken)
        self.qty_lost.set_value(item.qty_lost)
        self.unit_price.set_value(item.unit_price)
        self.funding.set_value(item.funding_source)
        self.acquired_on.set_value(item.acquired_on)
        self.in_service_on.set_value(item.in_service_on)
        self.warranty_until.set_value(item.warranty_until)
        self.notes.setPlainText(item.notes)

    def reload(self) -> bool:
        if self.item is None:
            return False
        try:
            self.item = equipment_service.get_equipment(self.reg, self.item.id)
        except ServiceError:
            return False
        self._fill(self.item, None)
        return True

    def _good_edited(self) -> None:
        self._good_typed = True

    def _quantity_changed(self) -> None:
        if self._good_typed:
            return
        try:
            total = self.quantity.value() or 0
            others = sum((f.value() or 0) for f in (self.qty_minor, self.qty_broken, self.qty_lost))
        except ValueError:
            return
        if total - others >= 0:
            self.qty_good.set_value(total - others)

    def collect(self) -> dict[str, Any]:
        return {
            "asset_code": self.asset_code.text,
            "name": self.name.text,
            "category": self.category.value,
            "room_id": self.room.value,
            "status": self.status.value,
            "subject": self.subject.text,
            "grades": self.grades.text,
            "catalogue_code": self.catalogue_code.text,
            "unit": self.unit.text,
            "quantity": self.quantity.value,
            "qty_good": self.qty_good.value,
            "qty_minor_damage": self.qty_minor.value,
            "qty_broken": self.qty_broken.value,
            "qty_lost": self.qty_lost.value,
            "unit_price": self.unit_price.value,
            "funding_source": self.funding.value,
            "acquired_on": self.acquired_on.value,
            "in_service_on": self.in_service_on.value,
            "warranty_until": self.warranty_until.value,
            "brand": self.brand.text,
            "model": self.model.text,
            "serial": self.serial.text,
            "origin": self.origin.text,
            "supplier": self.supplier.text,
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(EquipmentInput, values)

    def save(self, values: dict[str, Any]) -> Equipment:
        if self.item is None:
            return equipment_service.create_equipment(self.reg, values)
        return equipment_service.update_equipment(
            self.reg, self.item.id, values, expected_version=self.item.version
        )
