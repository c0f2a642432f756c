"""The equipment register: search, filters, columns, and the actions on items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QInputDialog, QWidget

from app.models.enums import Condition, EquipmentCategory, EquipmentStatus
from app.services import equipment as equipment_service
from app.services.equipment_query import NO_ROOM, EquipmentLister, EquipmentQuery, equipment_rows
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.rooms import list_rooms
from app.ui.forms.equipment_form import EquipmentForm
from app.ui.forms.fields import ChoiceField, enum_choices, room_choices
from app.ui.forms.maintenance_form import MaintenanceForm
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_date, fmt_int, fmt_money, label
from app.ui.list_page import ListPage

IN_SERVICE = "__in_service__"  # the status filter's first choice: all but disposed


def equipment_columns() -> list[Column]:
    return [
        Column(
            "asset_code",
            QCoreApplication.translate("EquipmentPage", "Asset code"),
            lambda r: r.asset_code,
            width=110,
        ),
        Column(
            "name", QCoreApplication.translate("EquipmentPage", "Name"), lambda r: r.name, width=260
        ),
        Column(
            "category",
            QCoreApplication.translate("EquipmentPage", "Category"),
            lambda r: label(r.category),
            width=130,
        ),
        Column(
            "room",
            QCoreApplication.translate("EquipmentPage", "Room"),
            lambda r: r.room_code or "",
            width=90,
        ),
        Column(
            "subject",
            QCoreApplication.translate("EquipmentPage", "Subject"),
            lambda r: r.subject,
            width=110,
        ),
        Column(
            "quantity",
            QCoreApplication.translate("EquipmentPage", "Qty"),
            lambda r: fmt_int(r.quantity),
            align_right=True,
            width=50,
        ),
        Column(
            "unit",
            QCoreApplication.translate("EquipmentPage", "Unit"),
            lambda r: r.unit,
            sortable=False,
            width=50,
        ),
        Column(
            "qty_broken",
            QCoreApplication.translate("EquipmentPage", "Broken"),
            lambda r: fmt_int(r.qty_broken),
            align_right=True,
            width=60,
            warn=lambda r: bool(r.qty_broken),
        ),
        Column(
            "unit_price",
            QCoreApplication.translate("EquipmentPage", "Unit price"),
            lambda r: fmt_money(r.unit_price),
            align_right=True,
            width=110,
        ),
        Column(
            "total_value",
            QCoreApplication.translate("EquipmentPage", "Value"),
            lambda r: fmt_money(r.quantity * r.unit_price),
            align_right=True,
            width=120,
        ),
        Column(
            "funding_source",
            QCoreApplication.translate("EquipmentPage", "Funding"),
            lambda r: label(r.funding_source),
            width=120,
        ),
        Column(
            "acquired_on",
            QCoreApplication.translate("EquipmentPage", "Acquired"),
            lambda r: fmt_date(r.acquired_on),
            width=90,
        ),
        Column(
            "status",
            QCoreApplication.translate("EquipmentPage", "Status"),
            lambda r: label(r.status),
            width=100,
        ),
        Column(
            "brand",
            QCoreApplication.translate("EquipmentPage", "Brand"),
            lambda r: r.brand,
            visible=False,
        ),
        Column(
            "serial",
            QCoreApplication.translate("EquipmentPage", "Serial"),
            lambda r: r.serial,
            visible=False,
        ),
        Column(
            "in_service_on",
            QCoreApplication.translate("EquipmentPage", "In service"),
            lambda r: fmt_date(r.in_service_on),
            visible=False,
        ),
    ]


class EquipmentPage(ListPage):
    settings_key = "equipment"
    entity = "equipment"

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(
            self.tr("Search name, asset code, serial, brand, room… (accents optional)")
        )
        self.room_filter = ChoiceField()
        self.room_filter.setObjectName("room_filter")
        self.category_filter = ChoiceField()
        self.category_filter.set_choices(enum_choices(EquipmentCategory, self.tr("All categories")))
        self.status_filter = ChoiceField()
        # Disposed items stay in the register as history, out of the everyday list.
        self.status_filter.set_choices(
            [(self.tr("All but disposed"), IN_SERVICE)]
            + enum_choices(EquipmentStatus, self.tr("All statuses"))
        )
        self.condition_filter = ChoiceField()
        self.condition_filter.set_choices(enum_choices(Condition, self.tr("Any condition")))
        self.deleted_box = QCheckBox(self.tr("Deleted items"))
        for widget in (
            self.room_filter,
            self.category_filter,
            self.status_filter,
            self.condition_filter,
        ):
            self.filters.addWidget(widget, 1)
            widget.changed.connect(self.refresh)
        self.filters.addWidget(self.deleted_box)
        self.deleted_box.toggled.connect(self._deleted_toggled)
        self.reload_rooms()
        self.lister = EquipmentLister(reg)
        self.destroyed.connect(lambda *_: self.lister.close())

        self.setup_model(
            equipment_columns(),
            Source(self._fetch_ids, self._fetch_rows, lambda r: r.deleted_at is not None),
        )
        self.add_button(self.tr("&Add…"), self.add_item, QKeySequence.StandardKey.New)
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit_current, "F2")
        self.move_button = self.add_button(self.tr("&Move to room…"), self.move_selected, "Ctrl+M")
        self.maint_button = self.add_button(self.tr("Main&tenance…"), self.record_maintenance)
        self.delete_button = self.add_button(
            self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.restore_button = self.add_button(self.tr("&Restore"), self.restore_selected)
        self.restore_button.hide()
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"equipment", "room", "maintenance"}

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "room":
            self.reload_rooms()
        super()._on_changed(entity, ids)

    def reload_rooms(self) -> None:
        rooms = room_choices(self.reg)
        self.room_filter.blockSignals(True)
        self.room_filter.set_choices(
            [(self.tr("All rooms"), None), (self.tr("(no room)"), NO_ROOM), *rooms]
        )
        self.room_filter.blockSignals(False)

    def query(self, sort: str, descending: bool) -> EquipmentQuery:
        status = self.status_filter.value()
        return EquipmentQuery(
            text=self.search.text(),
            room_id=self.room_filter.value(),
            category=self.category_filter.value(),
            status=None if status == IN_SERVICE else status,
            in_service=status == IN_SERVICE,
            condition=self.condition_filter.value(),
            deleted=self.deleted_box.isChecked(),
            sort=sort,
            descending=descending,
        )

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        return self.lister.ids(self.query(sort, descending))

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return equipment_rows(self.reg, ids)

    def count_text(self, count: int) -> str:
        return self.tr("%n item(s)", "", count)

    def _deleted_toggled(self, on: bool) -> None:
        for button in (self.edit_button, self.move_button, self.maint_button, self.delete_button):
            button.setVisible(not on)
        self.restore_button.setVisible(on)
        self.refresh()

    # -- actions ------------------------------------------------------------------------

    def add_item(self) -> None:
        form = EquipmentForm(self.reg, parent=self, room_id=self._room_for_new())
        if form.exec():
            self.notify("equipment", [form.saved_result.id])
            self._select(form.saved_result.id)

    def _room_for_new(self) -> str | None:
        value = self.room_filter.value()
        return None if value == NO_ROOM else value

    def _select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def edit_current(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        try:
            item = equipment_service.get_equipment(self.reg, item_id)
        except ServiceError as exc:
            self.show_error(exc)
            return
        if item.deleted_at is not None:
            return
        form = EquipmentForm(self.reg, item, parent=self)
        if form.exec():
            self.notify("equipment", [item_id])

    def open_current(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        from app.ui.equipment_detail import EquipmentDetail

        EquipmentDetail(self.reg, self.hub, item_id, self).exec()

    def move_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rooms = list_rooms(self.reg)
        names = [self.tr("(no room)")] + [f"{r.code} – {r.name}" for r in rooms]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Move to room"),
            self.tr("Move %n item(s) to:", "", len(ids)),
            names,
            0,
            False,
        )
        if not ok:
            return
        room_id = None if names.index(choice) == 0 else rooms[names.index(choice) - 1].id
        try:
            equipment_service.move_equipment(self.reg, ids, room_id)
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.notify("equipment", ids)

    def record_maintenance(self) -> None:
        item_id = self.current_id()
        item = equipment_service.get_equipment(self.reg, item_id) if item_id else None
        form = MaintenanceForm(self.reg, equipment=item, parent=self)
        if form.exec():
            self.notify("maintenance", [form.saved_result.id])

    def report_fault(self) -> None:
        from app.ui.forms.fault_form import FaultForm

        item_id = self.current_id()
        item = equipment_service.get_equipment(self.reg, item_id) if item_id else None
        form = FaultForm(self.reg, equipment=item, parent=self)
        if form.exec():
            self.notify("fault_report", [form.saved_result.id])
            self.notify("equipment", [form.saved_result.equipment_id])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.confirm(
            self.tr(
                "Delete %n item(s)? They go to Deleted items and can be restored.", "", len(ids)
            )
        ):
            return
        self.change("equipment", ids, lambda: equipment_service.delete_equipment(self.reg, ids))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        self.change("equipment", ids, lambda: equipment_service.restore_equipment(self.reg, ids))

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        if self.deleted_box.isChecked():
            return [(self.tr("Restore"), self.restore_selected)]
        else:
            return [
                (self.tr("Open"), self.open_current),
                (self.tr("Edit…"), self.edit_current),
                (self.tr("Move to room…"), self.move_selected),
                (self.tr("Record maintenance…"), self.record_maintenance),
                (self.tr("Report a fault…"), self.report_fault),
                (self.tr("Delete"), self.delete_selected),
            ]

    def _search_entered(self) -> None:
        code = self.search.text().strip()
        if code and not self.deleted_box.isChecked() and self.open_asset_code(code):
            self.search.selectAll()
            return
        super()._search_entered()

    def open_asset_code(self, code: str) -> bool:
        """A scanned label: open the item with this exact asset code."""
        item = equipment_service.find_by_asset_code(self.reg, code)
        if item is None:
            return False
        from app.ui.equipment_detail import EquipmentDetail

        # List what the box now says (not 150 ms later) with the item selected, so
        # that closing the dialog leaves the user on it.
        self._timer.stop()
        self.refresh()
        self._select(item.id)
        EquipmentDetail(self.reg, self.hub, item.id, self).exec()
        return True
