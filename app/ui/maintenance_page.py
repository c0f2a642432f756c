"""The maintenance and repair log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app.models.enums import MaintenanceKind
from app.services import maintenance as maintenance_service
from app.services.register import Register
from app.ui.forms.fields import ChoiceField, enum_choices, room_choices
from app.ui.forms.maintenance_form import MaintenanceForm
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_date, fmt_money, label
from app.ui.list_page import ListPage


class MaintenancePage(ListPage):
    settings_key = "maintenance"
    entity = "maintenance"

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(self.tr("Search item name, asset code, room…"))
        self.room_filter = ChoiceField()
        self.kind_filter = ChoiceField()
        self.kind_filter.set_choices(enum_choices(MaintenanceKind, self.tr("All kinds")))
        for widget in (self.room_filter, self.kind_filter):
            self.filters.addWidget(widget, 1)
            widget.changed.connect(self.refresh)
        self.reload_rooms()
        columns = [
            Column("performed_on", self.tr("Date"), lambda r: fmt_date(r.performed_on), width=90),
            Column("asset_code", self.tr("Asset code"), lambda r: r.asset_code, width=100),
            Column("name", self.tr("Item"), lambda r: r.name, width=220),
            Column("room", self.tr("Room"), lambda r: r.room_code or "", sortable=False, width=80),
            Column("kind", self.tr("Kind"), lambda r: label(r.kind), width=100),
            Column(
                "description",
                self.tr("What was done"),
                lambda r: r.description,
                sortable=False,
                width=260,
            ),
            Column("performed_by", self.tr("Done by"), lambda r: r.performed_by, width=150),
            Column(
                "cost", self.tr("Cost"), lambda r: fmt_money(r.cost), align_right=True, width=100
            ),
            Column("result", self.tr("Result"), lambda r: label(r.result), width=100),
            Column("next_due_on", self.tr("Next due"), lambda r: fmt_date(r.next_due_on), width=90),
        ]
        self.setup_model(columns, Source(self._fetch_ids, self._fetch_rows), descending=True)
        self.add_button(self.tr("&Record…"), self.add_record, QKeySequence.StandardKey.New)
        self.add_button(self.tr("&Edit…"), self.open_current, "F2")
        self.add_button(self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"maintenance", "equipment", "room"}

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "room":
            self.reload_rooms()
        super()._on_changed(entity, ids)

    def reload_rooms(self) -> None:
        rooms = room_choices(self.reg)
        self.room_filter.blockSignals(True)
        self.room_filter.set_choices([(self.tr("All rooms"), None), *rooms])
        self.room_filter.blockSignals(False)

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        query = maintenance_service.MaintenanceQuery(
            text=self.search.text(),
            room_id=self.room_filter.value(),
            kind=self.kind_filter.value(),
            sort=sort,
            descending=descending,
        )
        return maintenance_service.maintenance_ids(self.reg, query)

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return maintenance_service.maintenance_rows(self.reg, list(ids))

    def count_text(self, count: int) -> str:
        return self.tr("%n record(s)", "", count)

    def add_record(self) -> None:
        form = MaintenanceForm(self.reg, parent=self)
        if form.exec():
            self.notify("maintenance", [form.saved_result.id])

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        record = maintenance_service.get_maintenance(self.reg, record_id)
        if MaintenanceForm(self.reg, record=record, parent=self).exec():
            self.notify("maintenance", [record_id])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.confirm(self.tr("Delete %n maintenance record(s)?", "", len(ids))):
            return
        self.change(
            "maintenance", ids, lambda: maintenance_service.delete_maintenance(self.reg, ids)
        )

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [(self.tr("Edit…"), self.open_current), (self.tr("Delete"), self.delete_selected)]
