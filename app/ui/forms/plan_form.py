"""Create or edit a maintenance plan: for one item (scanned or typed) or for the items
of a category, optionally only those whose name holds some words; what to do, how
often, and when the items not yet done fall due."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.models import Equipment, MaintenancePlan
from app.models.enums import EquipmentCategory, EquipmentStatus
from app.services import equipment as equipment_service
from app.services import maintenance as maintenance_service
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import MaintenancePlanInput, parse
from app.ui.forms.base import FormDialog
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError, IntField, enum_choices
from app.ui.labels import fmt_int, label

HINT_STYLE = "color: #555;"
ITEM, CATEGORY = "item", "category"
DEFAULT_INTERVAL = 90


class CodeField(QLineEdit):
    """An asset-code box for a form: a scanner's Enter emits ``scanned`` and stops
    there (it must not press the form's Save)."""

    scanned = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.scanned.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PlanForm(FormDialog):
    def __init__(
        self,
        reg: Register,
        plan: MaintenancePlan | None = None,
        equipment: Equipment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit maintenance plan") if plan else self.tr("New maintenance plan")
        super().__init__(title, parent)
        self.reg = reg
        self.plan = plan
        self.setMinimumWidth(520)
        form = self.new_form()
        self._form: QFormLayout = form
        self.target = ChoiceField()
        self.target.set_choices(
            [(self.tr("One item"), ITEM), (self.tr("Every item of a category"), CATEGORY)]
        )
        form.addRow(self.tr("Applies &to"), self.target)
        caption = form.labelForField(self.target)
        if isinstance(caption, QLabel):
            caption.setBuddy(self.target)
        self.asset_code = self.add_field(form, "equipment_id", self.tr("&Asset code"), CodeField())
        self.asset_code.setPlaceholderText(self.tr("type or scan the asset code"))
        self.item_name = QLabel()
        self.item_name.setStyleSheet(HINT_STYLE)
        self.item_name.setWordWrap(True)
        form.addRow("", self.item_name)
        self.category = self.add_field(form, "category", self.tr("&Category"), ChoiceField())
        self.category.set_choices(enum_choices(EquipmentCategory))
        self.name_contains = self.add_field(
            form, "name_contains", self.tr("Only items whose &name holds"), QLineEdit()
        )
        self.name_contains.setPlaceholderText(self.tr("e.g. máy chiếu (empty: the whole category)"))
        self.scope = QLabel()
        self.scope.setObjectName("scope")
        self.scope.setStyleSheet(HINT_STYLE)
        self.scope.setWordWrap(True)
        form.addRow("", self.scope)
        self.task = self.add_field(form, "task", self.tr("&What to do"), QLineEdit())
        self.task.setPlaceholderText(self.tr("e.g. Clean the filter and the lens"))
        self.interval = self.add_field(form, "interval_days", self.tr("&Every (days)"), IntField())
        self.interval_hint = QLabel()
        self.interval_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.interval_hint)
        self.next_due = self.add_field(form, "next_due_on", self.tr("First &due on"), DateField())
        self.next_due.setToolTip(
            self.tr(
                "When the items not yet done under this plan fall due. A later date holds "
                "every item back until then."
            )
        )
        self.active = self.add_field(form, "active", "", QCheckBox(self.tr("&Active")))
        self.active.setToolTip(self.tr("Untick to pause the plan: its tasks stop falling due."))
        self.finish_layout()

        self.target.changed.connect(self._target_changed)
        self.asset_code.editingFinished.connect(self._show_item)
        self.asset_code.scanned.connect(self._scanned)
        self.category.changed.connect(self._show_scope)
        self.name_contains.textChanged.connect(lambda _t: self._show_scope())
        self.interval.textChanged.connect(lambda _t: self._show_interval())

        self._original: tuple[str, str] | None = None
        if plan is not None:
            self._fill(plan)
            self.remember_opened()
        else:
            self.interval.set_value(DEFAULT_INTERVAL)
            self.next_due.set_value(date.today() + timedelta(days=7))
            self.active.setChecked(True)
            self.active.hide()  # a new plan is active; pausing is for later
            if equipment is not None:
                self.asset_code.setText(equipment.asset_code)
                self.category.set_value(equipment.category)
        self._target_changed()
        self._show_item()
        self._show_interval()
        (self.task if plan is not None or equipment is not None else self.asset_code).setFocus()

    # -- filling ----------------------------------------------------------------------------

    def _fill(self, plan: MaintenancePlan) -> None:
        if plan.equipment_id:
            item = equipment_service.get_equipment(self.reg, plan.equipment_id)
            self._original = (item.id, item.asset_code)
            self.target.set_value(ITEM)
            self.asset_code.setText(item.asset_code)
        else:
            self.target.set_value(CATEGORY)
            self.asset_code.clear()
        if plan.category is not None:
            self.category.set_value(plan.category)
        self.name_contains.setText(plan.name_contains)
        self.task.setText(plan.task)
        self.interval.set_value(plan.interval_days)
        self.next_due.set_value(plan.next_due_on)
        self.active.setChecked(plan.active)

    def reload(self) -> bool:
        if self.plan is None:
            return False
        try:
            self.plan = maintenance_service.get_plan(self.reg, self.plan.id)
        except ServiceError:
            return False
        self._fill(self.plan)
        self._target_changed()
        return True

    # -- live hints -------------------------------------------------------------------------

    def for_item(self) -> bool:
        return bool(self.target.value() == ITEM)

    def _target_changed(self) -> None:
        one = self.for_item()
        shown = {"equipment_id": one, "category": not one, "name_contains": not one}
        for name, visible in shown.items():
            self._form.setRowVisible(self._rows[name], visible)
        self._form.setRowVisible(self.item_name, one)
        self._form.setRowVisible(self.scope, not one)
        self._show_scope()
        self.adjustSize()

    def _scanned(self) -> None:
        self._show_item()
        if self._item_shown() is not None:
            self.task.setFocus()

    def _show_item(self) -> None:
        item = self._item_shown()
        if item is None:
            self.item_name.setText("")
            return
        text = f"{item.name} ({item.room.code if item.room else '—'})"
        if item.status == EquipmentStatus.DISPOSED:
            text += " – " + self.tr("disposed")
        self.item_name.setText(text)

    def _item_shown(self) -> Equipment | None:
        code = self.asset_code.text().strip()
        if self._original is not None and code == self._original[1]:
            return equipment_service.get_equipment(self.reg, self._original[0])
        return equipment_service.find_by_asset_code(self.reg, code) if code else None

    def _show_scope(self) -> None:
        chosen = self.category.value()
        if self.for_item() or chosen is None:
            self.scope.setText("")
            return
        category = EquipmentCategory(chosen)  # a combo box hands its data back as text
        count = maintenance_service.plan_scope_count(self.reg, category, self.name_contains.text())
        words = self.name_contains.text().strip()
        if words:
            text = self.tr("Covers %1 item(s) of %2 whose name holds «%3».")
            text = text.replace("%3", words)
        else:
            text = self.tr("Covers all %1 item(s) of %2.")
        self.scope.setText(text.replace("%1", fmt_int(count)).replace("%2", label(category)))

    def _show_interval(self) -> None:
        try:
            days = self.interval.value() or 0
        except FieldValueError:
            days = 0
        self.interval_hint.setText(interval_text(days) if days > 0 else "")

    # -- saving -----------------------------------------------------------------------------

    def _equipment_id(self) -> str | None:
        if not self.for_item():
            return None
        code = self.asset_code.text().strip()
        if self._original is not None and code == self._original[1]:
            return self._original[0]
        if not code:
            raise FieldValueError(self.tr("Enter the item's asset code."))
        item = equipment_service.find_by_asset_code(self.reg, code)
        if item is None:
            raise FieldValueError(self.tr("No item with asset code %s in the register.") % code)
        return item.id

    def collect(self) -> dict[str, Any]:
        return {
            "equipment_id": self._equipment_id,
            "category": lambda: None if self.for_item() else self.category.value(),
            "name_contains": lambda: "" if self.for_item() else self.name_contains.text(),
            "task": self.task.text,
            "interval_days": self.interval.value,
            "next_due_on": self.next_due.value,
            "active": self.active.isChecked,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(MaintenancePlanInput, values)

    def save(self, values: dict[str, Any]) -> MaintenancePlan:
        if self.plan is None:
            return maintenance_service.create_plan(self.reg, values)
        return maintenance_service.update_plan(
            self.reg, self.plan.id, values, expected_version=self.plan.version
        )


def interval_text(days: int) -> str:
    """ "every 3 months", "every 2 weeks", "every 45 days" (translated)."""

    if days % 365 == 0:
        return QCoreApplication.translate("PlanForm", "every %n year(s)", "", days // 365)
    if days % 30 == 0:
        return QCoreApplication.translate("PlanForm", "every %n month(s)", "", days // 30)
    if days % 7 == 0:
        return QCoreApplication.translate("PlanForm", "every %n week(s)", "", days // 7)
    return QCoreApplication.translate("PlanForm", "every %n day(s)", "", days)


__all__ = ["CodeField", "PlanForm", "interval_text"]
