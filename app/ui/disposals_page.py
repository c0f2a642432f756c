"""Thanh lý: the school's disposals, drafts and carried out, newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app.models.enums import DisposalStatus
from app.services import disposals
from app.services.disposals import DisposalQuery, DisposalRow
from app.services.register import Register
from app.ui.disposal_dialog import DisposalDialog
from app.ui.forms.fields import ChoiceField, enum_choices
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_date, fmt_int, fmt_money, label
from app.ui.list_page import ListPage


class DisposalsPage(ListPage):
    settings_key = "disposals"
    entity = "disposal"
    print_requested = Signal(str)  # a disposal id: its minutes to print

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(
            self.tr("Search decision number, reason, item name or asset code… (accents optional)")
        )
        self.status_filter = ChoiceField()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.set_choices(
            enum_choices(DisposalStatus, self.tr("Drafts and carried out"))
        )
        self.filters.addWidget(self.status_filter, 1)
        self.status_filter.changed.connect(self.refresh)
        columns = [
            Column("disposed_on", self.tr("Date"), lambda r: fmt_date(r.disposed_on), width=90),
            Column(
                "decision_number", self.tr("Decision no."), lambda r: r.decision_number, width=120
            ),
            Column(
                "decision_date",
                self.tr("Decision date"),
                lambda r: fmt_date(r.decision_date),
                width=100,
            ),
            Column(
                "status",
                self.tr("Status"),
                lambda r: label(r.status),
                width=100,
                warn=lambda r: r.status == DisposalStatus.DRAFT,
            ),
            Column("items", self.tr("Items"), lambda r: fmt_int(r.items), True, False, width=60),
            Column("units", self.tr("Units"), lambda r: fmt_int(r.units), True, False, width=60),
            Column(
                "original",
                self.tr("Original value"),
                lambda r: fmt_money(r.original_value),
                True,
                False,
                width=130,
            ),
            Column(
                "remaining",
                self.tr("Remaining value"),
                lambda r: fmt_money(r.remaining_value),
                True,
                False,
                width=120,
            ),
            Column("method", self.tr("Method"), lambda r: r.method, width=120),
            Column("reason", self.tr("Reason"), lambda r: r.reason, sortable=False, width=260),
        ]
        self.setup_model(columns, Source(self._fetch_ids, self._fetch_rows), descending=True)
        self.add_button(self.tr("&New disposal…"), self.new_disposal, QKeySequence.StandardKey.New)
        self.add_button(self.tr("&Open…"), self.open_current, "F2")
        self.apply_button = self.add_button(self.tr("&Apply…"), self.apply_current)
        self.add_button(
            self.tr("&Print minutes…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.delete_button = self.add_button(
            self.tr("&Delete draft"), self.delete_current, QKeySequence.StandardKey.Delete
        )
        self.selection_changed.connect(self._update_buttons)
        self.refresh()
        self._update_buttons()

    def refresh_on(self) -> set[str]:
        return {"disposal", "equipment"}

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        q = DisposalQuery(
            text=self.search.text(),
            status=self.status_filter.value(),
            sort=sort,
            descending=descending,
        )
        return disposals.disposal_ids(self.reg, q)

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return disposals.disposal_rows(self.reg, ids)

    def count_text(self, count: int) -> str:
        return self.tr("%n disposal(s)", "", count)

    def refresh(self) -> None:
        super().refresh()
        self._update_buttons()

    def _current_row(self) -> DisposalRow | None:
        index = self.table.currentIndex()
        row = self.model.row_data(index.row()) if index.isValid() else None
        return row if isinstance(row, DisposalRow) else None

    def _update_buttons(self) -> None:
        row = self._current_row()
        draft = row is not None and row.status == DisposalStatus.DRAFT
        self.apply_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)

    # -- actions --------------------------------------------------------------------------

    def _dialog(self, disposal_id: str | None) -> DisposalDialog:
        dialog = DisposalDialog(self.reg, self.hub, disposal_id, self)
        dialog.printed.connect(self.print_requested.emit)
        return dialog

    def new_disposal(self) -> None:
        dialog = self._dialog(None)
        dialog.exec()
        if dialog.disposal is not None:
            self._select(dialog.disposal.id)

    def open_current(self) -> None:
        disposal_id = self.current_id()
        if disposal_id is not None:
            self._dialog(disposal_id).exec()

    def apply_current(self) -> None:
        """Open the disposal at its Apply step: the dialog shows the list and asks."""
        disposal_id = self.current_id()
        if disposal_id is None:
            return
        dialog = self._dialog(disposal_id)
        dialog.show()
        dialog.apply()
        dialog.exec()

    def print_current(self) -> None:
        disposal_id = self.current_id()
        if disposal_id is not None:
            self.print_requested.emit(disposal_id)

    def delete_current(self) -> None:
        row = self._current_row()
        if row is None or row.status != DisposalStatus.DRAFT:
            return
        if not self.confirm(self.tr("Delete this draft disposal and its list of items?")):
            return
        self.change("disposal", [row.id], lambda: disposals.delete_disposal(self.reg, row.id))

    def _select(self, disposal_id: str) -> None:
        row = self.model.row_of(disposal_id)
        if row >= 0:
            self.table.selectRow(row)

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        pairs = [
            (self.tr("Open…"), self.open_current),
            (self.tr("Print minutes…"), self.print_current),
        ]
        row = self._current_row()
        if row is not None and row.status == DisposalStatus.DRAFT:
            pairs += [
                (self.tr("Apply…"), self.apply_current),
                (self.tr("Delete draft"), self.delete_current),
            ]
        return pairs
