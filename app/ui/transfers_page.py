"""Điều chuyển, bàn giao: every item handed between rooms here, and the transfers with
other schools the district made; items that arrived with no room wait to be placed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import TransferKind
from app.services import transfers
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.transfers import TransferQuery, TransferRow
from app.ui.forms.fields import ChoiceField, enum_choices, room_choices
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_date, fmt_int, label
from app.ui.list_page import ListPage
from app.ui.transfer_dialog import TransferDialog

BANNER_STYLE = "background: #fff4e5; color: #7a4b00; padding: 6px; border-radius: 3px;"


class TransfersPage(ListPage):
    settings_key = "transfers"
    entity = "transfer"
    print_requested = Signal(str)  # a transfer id: its handover's minutes to print

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(
            self.tr("Search item name, asset code or decision number… (accents optional)")
        )
        self.kind_filter = ChoiceField()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.set_choices(enum_choices(TransferKind, self.tr("Rooms and schools")))
        self.room_filter = ChoiceField()
        self.room_filter.setObjectName("room_filter")
        for widget in (self.kind_filter, self.room_filter):
            self.filters.addWidget(widget, 1)
            widget.changed.connect(self.refresh)
        self.reload_rooms()

        # Items another school sent: shown until the officer places them in a room.
        self.banner = QWidget()
        self.banner.setObjectName("arrivals")
        self.banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(6, 2, 6, 2)
        self.banner_text = QLabel()
        self.place_button = QPushButton(self.tr("P&lace them in a room…"))
        self.place_button.clicked.connect(self.place_arrivals)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.place_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.banner)

        columns = [
            Column(
                "transferred_on", self.tr("Date"), lambda r: fmt_date(r.transferred_on), width=90
            ),
            Column("kind", self.tr("Kind"), lambda r: label(r.kind), width=120),
            Column("asset_code", self.tr("Asset code"), lambda r: r.asset_code, width=105),
            Column("name", self.tr("Item"), lambda r: r.name, width=230),
            Column(
                "quantity",
                self.tr("Qty"),
                lambda r: fmt_int(r.quantity),
                align_right=True,
                width=50,
            ),
            Column(
                "from", self.tr("From"), lambda r: r.from_text or self.tr("(no room)"), width=150
            ),
            Column("to", self.tr("To"), lambda r: r.to_text or self.tr("(no room)"), width=150),
            Column(
                "decision_number", self.tr("Decision no."), lambda r: r.decision_number, width=110
            ),
            Column(
                "handed_by",
                self.tr("Handed over by"),
                lambda r: r.handed_by,
                sortable=False,
                width=140,
            ),
            Column(
                "received_by",
                self.tr("Received by"),
                lambda r: r.received_by,
                sortable=False,
                width=140,
            ),
            Column(
                "new_code",
                self.tr("New code"),
                lambda r: r.new_asset_code or "",
                sortable=False,
                width=100,
            ),
        ]
        self.setup_model(
            columns, Source(self._fetch_ids, self._fetch_rows, self._muted), descending=True
        )
        self.add_button(self.tr("&New handover…"), self.new_handover, QKeySequence.StandardKey.New)
        self.add_button(
            self.tr("&Print handover…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.open_button = self.add_button(self.tr("&Open item"), self.open_current, "F2")
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"transfer", "equipment", "room"}

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "room":
            self.reload_rooms()
        super()._on_changed(entity, ids)

    def reload_rooms(self) -> None:
        self.room_filter.blockSignals(True)
        self.room_filter.set_choices([(self.tr("All rooms"), None), *room_choices(self.reg)])
        self.room_filter.blockSignals(False)

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        q = TransferQuery(
            text=self.search.text(),
            kind=self.kind_filter.value(),
            room_id=self.room_filter.value(),
            sort=sort,
            descending=descending,
        )
        return transfers.transfer_ids(self.reg, q)

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return transfers.transfer_rows(self.reg, ids)

    @staticmethod
    def _muted(row: TransferRow) -> bool:
        return row.item_deleted  # sent to another school: no longer in this register

    def count_text(self, count: int) -> str:
        return self.tr("%n item(s) handed over", "", count)

    def refresh(self) -> None:
        if self.deferred():
            return
        super().refresh()
        self.arrivals = transfers.unplaced_arrivals(self.reg)
        self.banner_text.setText(
            self.tr("%n item(s) sent by another school have no room yet.", "", len(self.arrivals))
        )
        self.banner.setVisible(bool(self.arrivals))

    # -- actions --------------------------------------------------------------------------

    def _hand_over(self, dialog: TransferDialog) -> None:
        if not dialog.exec():
            return
        done = dialog.saved_result
        self.notify("transfer", list(done.transfer_ids))
        self.notify("equipment", list(done.touched))
        answer = QMessageBox.question(
            self,
            self.window().windowTitle(),
            self.tr("Handed over. Print the handover minutes now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.print_requested.emit(done.transfer_ids[0])

    def new_handover(self) -> None:
        self._hand_over(TransferDialog(self.reg, self))

    def place_arrivals(self) -> None:
        if self.arrivals:
            self._hand_over(TransferDialog(self.reg, self, item_ids=self.arrivals))

    def print_current(self) -> None:
        transfer_id = self.current_id()
        if transfer_id is not None:
            self.print_requested.emit(transfer_id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_data(index.row()) if index.isValid() else None
        if not isinstance(row, TransferRow):
            return
        if row.kind == TransferKind.SCHOOL and row.to_school_id != self.reg.school_id:
            QMessageBox.information(
                self,
                self.window().windowTitle(),
                self.tr("This item went to %1: it is no longer in this school's register.").replace(
                    "%1", row.to_school_name
                ),
            )
            return
        from app.ui.equipment_detail import EquipmentDetail

        try:
            detail = EquipmentDetail(self.reg, self.hub, row.equipment_id, self)
        except ServiceError as exc:
            self.show_error(exc)
            return
        detail.exec()

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            (self.tr("Print handover…"), self.print_current),
            (self.tr("Open item"), self.open_current),
        ]
