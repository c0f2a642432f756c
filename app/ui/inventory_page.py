"""Kiểm kê: the school's inventory counts, newest first, and what to do with each:
open a new one, count (resume a paused one), finalise, cancel, print, export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from app.models.enums import CountStatus
from app.services import inventory_count as ic
from app.services import inventory_lines as il
from app.services.inventory_lines import CountQuery, CountRow
from app.services.register import Register
from app.ui.count_session import CountSession
from app.ui.count_wizard import CountWizard
from app.ui.forms.fields import ChoiceField, enum_choices
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_date, fmt_int, label
from app.ui.list_page import ListPage


def _percent(row: CountRow) -> str:
    return f"{100 * row.counted // row.lines} %" if row.lines else "–"


class InventoryPage(ListPage):
    settings_key = "inventory"
    entity = "inventory_count"
    print_requested = Signal(str)  # a count id: its minutes
    export_requested = Signal(str)  # a count id: its lines to Excel

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(self.tr("Search the counts' titles and notes…"))
        self.status_filter = ChoiceField()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.set_choices(enum_choices(CountStatus, self.tr("Every count")))
        self.filters.addWidget(self.status_filter, 1)
        self.status_filter.changed.connect(self.refresh)
        columns = [
            Column("counted_on", self.tr("Count date"), lambda r: fmt_date(r.counted_on), width=90),
            Column("title", self.tr("Title"), lambda r: r.title, width=260),
            Column(
                "scope",
                self.tr("Scope"),
                lambda r: self.tr("Whole school") if r.whole_school else r.scope_text,
                sortable=False,
                width=160,
            ),
            Column(
                "status",
                self.tr("Status"),
                lambda r: label(r.status),
                width=100,
                warn=lambda r: r.status == CountStatus.PAUSED,
            ),
            Column("lines", self.tr("Items"), lambda r: fmt_int(r.lines), True, False, width=70),
            Column(
                "counted", self.tr("Counted"), lambda r: fmt_int(r.counted), True, False, width=70
            ),
            Column("progress", self.tr("Progress"), _percent, True, False, width=70),
            Column("extra", self.tr("Extra"), lambda r: fmt_int(r.extra), True, False, width=60),
            Column(
                "committee",
                self.tr("Committee chair"),
                lambda r: _chair(r),
                sortable=False,
                width=160,
            ),
            Column(
                "finalised_at",
                self.tr("Finalised on"),
                lambda r: fmt_date(r.finalised_at.astimezone()) if r.finalised_at else "",
                width=100,
            ),
        ]
        self.setup_model(columns, Source(self._fetch_ids, self._fetch_rows), descending=True)
        self.add_button(self.tr("&New count…"), self.new_count, QKeySequence.StandardKey.New)
        self.count_button = self.add_button(self.tr("&Count…"), self.open_current, "F2")
        self.details_button = self.add_button(self.tr("De&tails…"), self.edit_details)
        self.pause_button = self.add_button(self.tr("&Pause"), self.toggle_pause)
        self.finalise_button = self.add_button(self.tr("&Finalise…"), self.finalise_current)
        self.cancel_button = self.add_button(self.tr("C&ancel count…"), self.cancel_current)
        self.add_button(
            self.tr("Print &minutes…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.add_button(self.tr("E&xcel…"), self.export_current)
        self.selection_changed.connect(self._update_buttons)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        query = CountQuery(
            text=self.search.text(),
            status=self.status_filter.value(),
            sort=sort,
            descending=descending,
        )
        return il.count_ids(self.reg, query)

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return il.count_rows(self.reg, ids)

    def count_text(self, count: int) -> str:
        return self.tr("%n count(s)", "", count)

    def refresh(self) -> None:
        super().refresh()
        self._update_buttons()

    def current_row(self) -> CountRow | None:
        index = self.table.currentIndex()
        row = self.model.row_data(index.row()) if index.isValid() else None
        return row if isinstance(row, CountRow) else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        active = row is not None and row.active
        self.count_button.setText(
            self.tr("&Count…") if row is None or active else self.tr("&Look at…")
        )
        self.count_button.setEnabled(row is not None)
        for button in (self.details_button, self.finalise_button, self.cancel_button):
            button.setEnabled(active)
        self.pause_button.setEnabled(active)
        paused = row is not None and row.status == CountStatus.PAUSED
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))

    # -- actions --------------------------------------------------------------------------

    def _select(self, count_id: str) -> None:
        row = self.model.row_of(count_id)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def new_count(self) -> None:
        wizard = CountWizard(self.reg, parent=self)
        if not wizard.exec():
            return
        count: CountRow = wizard.saved_result
        self.notify("inventory_count", [count.id])
        self._select(count.id)
        self.open_count(count.id)

    def session(self, count_id: str) -> CountSession:
        session = CountSession(self.reg, self.hub, count_id, self)
        session.print_requested.connect(self.print_requested.emit)
        session.export_requested.connect(self.export_requested.emit)
        return session

    def open_count(self, count_id: str) -> None:
        """The counting screen; a paused count asks first whether to go on counting."""
        row = il.get_count(self.reg, count_id)
        if row.status == CountStatus.PAUSED and self.confirm(
            self.tr("This count is paused. Resume counting now?")
        ):
            self.change("inventory_count", [count_id], lambda: ic.resume_count(self.reg, count_id))
        self.session(count_id).exec()
        self._select(count_id)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_count(row.id)

    def edit_details(self) -> None:
        row = self.current_row()
        if row is not None and row.active and CountWizard(self.reg, row, self).exec():
            self.notify("inventory_count", [row.id])

    def toggle_pause(self) -> None:
        row = self.current_row()
        if row is None or not row.active:
            return
        if row.status == CountStatus.PAUSED:
            self.change("inventory_count", [row.id], lambda: ic.resume_count(self.reg, row.id))
        else:
            self.change("inventory_count", [row.id], lambda: ic.pause_count(self.reg, row.id))

    def finalise_current(self) -> None:
        from app.ui.count_finalise_dialog import FinaliseDialog

        row = self.current_row()
        if row is None or not row.active:
            return
        dialog = FinaliseDialog(self.reg, self.hub, row.id, self)
        dialog.print_requested.connect(self.print_requested.emit)
        dialog.exec()
        self._select(row.id)

    def cancel_current(self) -> None:
        row = self.current_row()
        if row is None or not row.active:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel the count"),
            self.tr(
                "Cancel «%1»? Nothing of it reaches the register; its lines are kept as "
                "history. Why is it cancelled?"
            ).replace("%1", row.title),
        )
        if ok:
            self.change(
                "inventory_count", [row.id], lambda: ic.cancel_count(self.reg, row.id, reason)
            )

    def print_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.print_requested.emit(row.id)

    def export_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.export_requested.emit(row.id)

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        row = self.current_row()
        pairs = [
            (self.tr("Count…") if row and row.active else self.tr("Look at…"), self.open_current),
            (self.tr("Print minutes…"), self.print_current),
            (self.tr("Export to Excel…"), self.export_current),
        ]
        if row is not None and row.active:
            pairs += [
                (self.tr("Details…"), self.edit_details),
                (self.tr("Finalise…"), self.finalise_current),
                (self.tr("Cancel count…"), self.cancel_current),
            ]
        return pairs


def _chair(row: CountRow) -> str:
    for member in row.committee:
        if str(member.get("role", "")).strip().lower() == ic.ROLE_CHAIR.lower():
            return str(member.get("name", ""))
    return str(row.committee[0].get("name", "")) if row.committee else ""
