"""A room's page: details, facility checklist, its equipment and their maintenance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import audit
from app.services import rooms as room_service
from app.services.equipment_query import EquipmentQuery, equipment_ids, equipment_rows
from app.services.maintenance import MaintenanceQuery, maintenance_ids, maintenance_rows
from app.services.reference import room_type_name
from app.services.register import Register
from app.ui.equipment_page import equipment_columns
from app.ui.forms.equipment_form import EquipmentForm
from app.ui.forms.room_form import FACILITIES, RoomForm, facility_captions, format_classes
from app.ui.history_view import history_table, make_table
from app.ui.hub import Hub
from app.ui.id_table_model import IdTableModel, Source
from app.ui.labels import fmt_area, fmt_date, fmt_int, fmt_money, label

OK_MARK = "✔"
MISSING_MARK = "✘"


class RoomDetail(QDialog):
    def __init__(self, reg: Register, hub: Hub, room_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.room_id = room_id
        self.resize(900, 600)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.tabs = QTabWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.edit_button = buttons.addButton(
            self.tr("&Edit room…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.add_item_button = buttons.addButton(
            self.tr("&Add equipment…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.clicked.connect(self.edit)
        self.add_item_button.clicked.connect(self.add_item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        room = room_service.get_room(self.reg, self.room_id)
        self.room = room
        self.setWindowTitle(f"{room.code} – {room.name}")
        self.title.setText(f"{room.code} – {room.name}")
        live = room.deleted_at is None
        self.edit_button.setEnabled(live)
        self.add_item_button.setEnabled(live)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(self._overview(), self.tr("Overview"))
        self.tabs.addTab(self._equipment(), self.tr("Equipment"))
        self.tabs.addTab(self._maintenance(), self.tr("Maintenance"))
        self.tabs.addTab(
            history_table(audit.history(self.reg, "room", room.id)), self.tr("History")
        )
        self.tabs.setCurrentIndex(max(current, 0))

    def _overview(self) -> QWidget:
        room = self.room
        summary = room_service.room_summary(self.reg, room.id)
        page = QWidget()
        row = QHBoxLayout(page)
        details = QGroupBox(self.tr("Details"))
        form = QFormLayout(details)
        kind = label(room.kind)
        if room.subject_type:
            kind += f" – {room_type_name(room.subject_type)}"
        staff = room.responsible_staff.full_name if room.responsible_staff else "—"
        prep = self.tr("No")
        if room.has_preparation_room:
            prep = self.tr("Yes") + (
                f", {fmt_area(room.preparation_area_m2)}" if room.preparation_area_m2 else ""
            )
        pairs = [
            (self.tr("Kind"), kind),
            (
                self.tr("Building / floor"),
                " / ".join(
                    p for p in (room.building, "" if room.floor is None else str(room.floor)) if p
                ),
            ),
            (self.tr("Area"), fmt_area(room.area_m2)),
            (self.tr("Seats"), fmt_int(room.seats)),
            (self.tr("Preparation room"), prep),
            (self.tr("Responsible staff"), staff),
            (self.tr("Status"), label(room.status)),
            (self.tr("Rules document"), room.rules_document),
            (self.tr("Classes served"), format_classes(room.classes_served or [])),
            (
                self.tr("Equipment"),
                self.tr("%1 lines, %2 pieces, %3 broken")
                .replace("%1", fmt_int(summary.equipment_lines))
                .replace("%2", fmt_int(summary.total_quantity))
                .replace("%3", fmt_int(summary.broken_quantity)),
            ),
            (self.tr("Total value"), fmt_money(summary.total_value)),
            (self.tr("Notes"), room.notes),
        ]
        for caption, value in pairs:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            form.addRow(caption, text)
        checklist = QGroupBox(self.tr("Facility checklist"))
        grid = QGridLayout(checklist)
        captions = facility_captions()
        for i, key in enumerate(FACILITIES):
            have = bool(getattr(room, key))
            mark = QLabel(OK_MARK if have else MISSING_MARK)
            mark.setStyleSheet("color: #1b7f3b;" if have else "color: #b3261e;")
            grid.addWidget(mark, i, 0)
            grid.addWidget(QLabel(captions[key]), i, 1)
        grid.setRowStretch(len(FACILITIES), 1)
        grid.setColumnStretch(1, 1)
        row.addWidget(details, 3)
        row.addWidget(checklist, 2)
        return page

    def _equipment(self) -> QWidget:
        def fetch_ids(sort: str, descending: bool) -> list[str]:
            return equipment_ids(
                self.reg, EquipmentQuery(room_id=self.room_id, sort=sort, descending=descending)
            )

        def fetch_rows(ids: Sequence[str]) -> dict[str, Any]:
            return equipment_rows(self.reg, ids)

        columns = [c for c in equipment_columns() if c.key != "room" and c.visible]
        self.equipment_model = IdTableModel(columns, Source(fetch_ids, fetch_rows), self)
        self.equipment_model.refresh()
        view = QTableView()
        view.setObjectName("room_equipment")
        view.setModel(self.equipment_model)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        for i, col in enumerate(columns):
            if col.width:
                view.setColumnWidth(i, col.width)
        view.doubleClicked.connect(self._open_item)
        return view

    def _open_item(self, index: Any) -> None:
        from app.ui.equipment_detail import EquipmentDetail

        item_id = self.equipment_model.id_at(index.row())
        if item_id:
            EquipmentDetail(self.reg, self.hub, item_id, self).exec()
            self.reload()

    def _maintenance(self) -> QWidget:
        ids = maintenance_ids(self.reg, MaintenanceQuery(room_id=self.room_id))
        rows = maintenance_rows(self.reg, ids)
        headers = [
            self.tr("Date"),
            self.tr("Asset code"),
            self.tr("Item"),
            self.tr("Kind"),
            self.tr("Done by"),
            self.tr("Cost"),
            self.tr("What was done"),
        ]
        return make_table(
            headers,
            [
                [
                    fmt_date(r.performed_on),
                    r.asset_code,
                    r.name,
                    label(r.kind),
                    r.performed_by,
                    fmt_money(r.cost),
                    r.description,
                ]
                for r in (rows[i] for i in ids)
            ],
        )

    def edit(self) -> None:
        if RoomForm(self.reg, self.room, parent=self).exec():
            self.hub.changed.emit("room", [self.room_id])
            self.reload()

    def add_item(self) -> None:
        form = EquipmentForm(self.reg, parent=self, room_id=self.room_id)
        if form.exec():
            self.hub.changed.emit("equipment", [form.saved_result.id])
            self.reload()
