"""Rooms: subject rooms, smart and online classrooms, and the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from app.models import Room
from app.models.enums import RoomKind, RoomStatus
from app.services import rooms as room_service
from app.services.reference import room_type_name
from app.services.register import Register
from app.ui.forms.fields import ChoiceField, enum_choices
from app.ui.forms.room_form import RoomForm
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_area, fmt_int, label
from app.ui.list_page import ListPage


@dataclass(frozen=True)
class RoomRow:
    room: Room
    items: int

    def __getattr__(self, name: str) -> Any:
        return getattr(self.room, name)


def facility_score(room: Room) -> str:
    from app.ui.forms.room_form import FACILITIES

    have = sum(bool(getattr(room, key)) for key in FACILITIES)
    return f"{have}/{len(FACILITIES)}"


class RoomsPage(ListPage):
    settings_key = "rooms"
    entity = "room"

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(self.tr("Search room code, name, building…"))
        self.kind_filter = ChoiceField()
        self.kind_filter.set_choices(enum_choices(RoomKind, self.tr("All kinds")))
        self.status_filter = ChoiceField()
        self.status_filter.set_choices(enum_choices(RoomStatus, self.tr("All statuses")))
        self.deleted_box = QCheckBox(self.tr("Deleted rooms"))
        for widget in (self.kind_filter, self.status_filter):
            self.filters.addWidget(widget, 1)
            widget.changed.connect(self.refresh)
        self.filters.addWidget(self.deleted_box)
        self.deleted_box.toggled.connect(self._deleted_toggled)
        columns = [
            Column("code", self.tr("Code"), lambda r: r.code, width=90),
            Column("name", self.tr("Name"), lambda r: r.name, width=240),
            Column("kind", self.tr("Kind"), lambda r: label(r.kind), width=140),
            Column(
                "subject_type",
                self.tr("Subject room type"),
                lambda r: room_type_name(r.subject_type),
                sortable=False,
                width=150,
            ),
            Column("building", self.tr("Building"), lambda r: r.building, width=90),
            Column(
                "floor",
                self.tr("Floor"),
                lambda r: "" if r.floor is None else str(r.floor),
                align_right=True,
                sortable=False,
                width=50,
            ),
            Column(
                "area_m2",
                self.tr("Area"),
                lambda r: fmt_area(r.area_m2),
                align_right=True,
                width=80,
            ),
            Column(
                "seats", self.tr("Seats"), lambda r: fmt_int(r.seats), align_right=True, width=60
            ),
            Column(
                "items",
                self.tr("Items"),
                lambda r: fmt_int(r.items),
                align_right=True,
                sortable=False,
                width=60,
            ),
            Column("facilities", self.tr("Facilities"), facility_score, sortable=False, width=80),
            Column("status", self.tr("Status"), lambda r: label(r.status), width=100),
        ]
        self.setup_model(
            columns, Source(self._fetch_ids, self._fetch_rows, lambda r: r.deleted_at is not None)
        )
        self.add_button(self.tr("&Add…"), self.add_room, QKeySequence.StandardKey.New)
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit_current, "F2")
        self.delete_button = self.add_button(
            self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.restore_button = self.add_button(self.tr("&Restore"), self.restore_selected)
        self.restore_button.hide()
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"room", "equipment", "staff"}

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        query = room_service.RoomQuery(
            text=self.search.text(),
            kind=self.kind_filter.value(),
            status=self.status_filter.value(),
            include_deleted=self.deleted_box.isChecked(),
            sort=sort,
            descending=descending,
        )
        ids = room_service.room_ids(self.reg, query)
        if self.deleted_box.isChecked():
            rooms = room_service.rooms_by_ids(self.reg, ids)
            ids = [i for i in ids if rooms[i].deleted_at is not None]
        return ids

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        counts = room_service.equipment_counts(self.reg)
        rooms = room_service.rooms_by_ids(self.reg, list(ids))
        return {i: RoomRow(r, counts.get(i, 0)) for i, r in rooms.items()}

    def count_text(self, count: int) -> str:
        return self.tr("%n room(s)", "", count)

    def _deleted_toggled(self, on: bool) -> None:
        self.edit_button.setVisible(not on)
        self.delete_button.setVisible(not on)
        self.restore_button.setVisible(on)
        self.refresh()

    def add_room(self) -> None:
        form = RoomForm(self.reg, parent=self)
        if form.exec():
            self.notify("room", [form.saved_result.id])

    def edit_current(self) -> None:
        room_id = self.current_id()
        if room_id is None:
            return
        room = room_service.get_room(self.reg, room_id)
        if room.deleted_at is not None:
            return
        if RoomForm(self.reg, room, parent=self).exec():
            self.notify("room", [room_id])

    def open_current(self) -> None:
        room_id = self.current_id()
        if room_id is None:
            return
        from app.ui.room_detail import RoomDetail

        RoomDetail(self.reg, self.hub, room_id, self).exec()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.confirm(self.tr("Delete %n room(s)?", "", len(ids))):
            return
        self.change("room", ids, lambda: room_service.delete_rooms(self.reg, ids))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        self.change("room", ids, lambda: room_service.restore_rooms(self.reg, ids))

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        if self.deleted_box.isChecked():
            return [(self.tr("Restore"), self.restore_selected)]
        else:
            return [
                (self.tr("Open"), self.open_current),
                (self.tr("Edit…"), self.edit_current),
                (self.tr("Delete"), self.delete_selected),
            ]
