"""Sổ mượn – trả: the loans, open ones first; overdue loans in red and counted, those
due soon in amber. A scanned asset code finds the item's open loan and opens its
return; an item with none is offered for lending."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget, QWidget

from app.services import equipment as equipment_service
from app.services import loans
from app.services.common import now_utc
from app.services.loans import LoanQuery, LoanRow, LoanState
from app.services.register import Register
from app.ui.forms.fields import ChoiceField
from app.ui.forms.loan_form import LendDialog
from app.ui.history_view import make_table
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Index, Source
from app.ui.labels import fmt_date, fmt_int
from app.ui.list_page import ListPage
from app.ui.loan_return_dialog import DueDialog, ReturnDialog

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACK = QColor("#fde8e6")
SOON_TEXT = QColor("#8a5300")
SOON_BACK = QColor("#fff3d6")
CLOCK_TICK_MS = 60_000  # overdue is re-read every minute while the page is shown


class LoanTableModel(IdTableModel):
    """The loans table: an overdue row is red on pink, one due soon brown on amber."""

    clock: Callable[[], datetime] = staticmethod(now_utc)  # the page sets its own

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_data(index.row()) if index.isValid() else None
            if isinstance(row, LoanRow):
                now = self.clock()
                background = role == Qt.ItemDataRole.BackgroundRole
                if row.overdue(now):
                    return QBrush(OVERDUE_BACK if background else OVERDUE_TEXT)
                if row.due_soon(now):
                    return QBrush(SOON_BACK if background else SOON_TEXT)
        return super().data(index, role)


def late_by(delta: timedelta) -> str:
    """ "2 days" / "3 hours" / "15 minutes" (translated)."""
    minutes = int(delta.total_seconds() // 60)
    if minutes >= 24 * 60:
        return QCoreApplication.translate("LoansPage", "%n day(s)", "", minutes // (24 * 60))
    if minutes >= 60:
        return QCoreApplication.translate("LoansPage", "%n hour(s)", "", minutes // 60)
    return QCoreApplication.translate("LoansPage", "%n minute(s)", "", max(minutes, 1))


def returned_condition(row: LoanRow) -> str:
    """ "good 2, damaged 1" of what came back so far (translated; "" for nothing)."""
    parts = [
        (QCoreApplication.translate("LoansPage", "good %1"), row.returned_good),
        (QCoreApplication.translate("LoansPage", "damaged %1"), row.returned_damaged),
        (QCoreApplication.translate("LoansPage", "lost %1"), row.returned_lost),
    ]
    return ", ".join(text.replace("%1", fmt_int(n)) for text, n in parts if n)


class LoansPage(ListPage):
    settings_key = "loans"
    entity = "loan"
    model_class = LoanTableModel
    model: LoanTableModel

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.clock: Callable[[], datetime] = now_utc
        self.search.setPlaceholderText(
            self.tr("Scan an asset code to take it back, or search item, borrower, class…")
        )
        self.state_filter = ChoiceField()
        self.state_filter.set_choices(
            [
                (self.tr("On loan"), LoanState.OPEN),
                (self.tr("Overdue"), LoanState.OVERDUE),
                (self.tr("Returned"), LoanState.RETURNED),
                (self.tr("All loans"), LoanState.ALL),
            ]
        )
        self.state_filter.changed.connect(self.refresh)
        self.overdue_button = QPushButton()
        self.overdue_button.setObjectName("overdue")
        self.overdue_button.setFlat(True)
        self.overdue_button.setToolTip(self.tr("Show the overdue loans"))
        self.overdue_button.clicked.connect(lambda: self.state_filter.set_value(LoanState.OVERDUE))
        self.filters.addWidget(self.state_filter, 1)
        self.filters.addWidget(self.overdue_button)
        columns = [
            Column("lent_at", self.tr("Lent"), lambda r: fmt_date(r.lent_at), width=115),
            Column("asset_code", self.tr("Asset code"), lambda r: r.asset_code, width=90),
            Column("name", self.tr("Item"), lambda r: r.item_name, width=190),
            Column(
                "quantity",
                self.tr("Qty"),
                lambda r: fmt_int(r.quantity),
                align_right=True,
                width=40,
            ),
            Column(
                "outstanding",
                self.tr("Still out"),
                lambda r: fmt_int(r.outstanding) if r.outstanding else "",
                align_right=True,
                width=60,
            ),
            Column("borrower", self.tr("Borrower"), lambda r: r.borrower_name, width=140),
            Column("class_name", self.tr("Class"), lambda r: r.class_name, width=50),
            Column("due_at", self.tr("Due back"), lambda r: fmt_date(r.due_at), width=115),
            Column("state", self.tr("State"), self.state_text, width=130),
            Column("period", self.tr("Period"), lambda r: r.period, width=50),
            # In the book and the return dialog; shown here on demand (Columns).
            Column("lesson", self.tr("Lesson"), lambda r: r.lesson, visible=False, width=160),
            Column(
                "returned_at", self.tr("Returned"), lambda r: fmt_date(r.returned_at), width=115
            ),
            Column(
                "condition",
                self.tr("Condition on return"),
                returned_condition,
                sortable=False,
                width=150,
            ),
            Column(
                "notes",
                self.tr("Notes"),
                lambda r: "; ".join(p for p in (r.notes, r.return_notes) if p),
                sortable=False,
                visible=False,
                width=200,
            ),
        ]
        self.setup_model(columns, Source(self._fetch_ids, self._fetch_rows), descending=True)
        self.model.clock = lambda: self.clock()
        self.add_button(self.tr("&Lend…"), self.lend, "Ctrl+N")
        self.add_button(self.tr("&Return…"), self.return_selected, "Ctrl+R")
        self.add_button(self.tr("Change &due…"), self.change_due, "Ctrl+D")
        self.add_button(self.tr("Open &item"), self.open_item, "Ctrl+I")
        self.add_button(self.tr("&Cancel loan…"), self.cancel_selected, "Delete")
        self._tick = QTimer(self)
        self._tick.setInterval(CLOCK_TICK_MS)
        self._tick.timeout.connect(self._clock_moved)
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"loan", "equipment"}

    # -- data -----------------------------------------------------------------------------

    def query(self, sort: str = "lent_at", descending: bool = True) -> LoanQuery:
        return LoanQuery(
            text=self.search.text(),
            state=self.state_filter.value() or LoanState.OPEN,
            sort=sort,
            descending=descending,
            now=self.clock(),
        )

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        return loans.loan_ids(self.reg, self.query(sort, descending))

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return loans.loan_rows(self.reg, ids)

    def refresh(self) -> None:
        if self.deferred():
            return
        # Counted first: the row count's text below the table shows them too.
        self.counts = counts = loans.loan_counts(self.reg, self.clock())
        super().refresh()
        self.overdue_button.setText(self.tr("%n overdue", "", counts.overdue))
        style = f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if counts.overdue else ""
        self.overdue_button.setStyleSheet(style)
        self.overdue_button.setEnabled(bool(counts.overdue))

    def count_text(self, count: int) -> str:
        text = self.tr("%n loan(s)", "", count)
        if self.counts.due_soon:
            text += " · " + self.tr("%n due within 2 hours", "", self.counts.due_soon)
        return text

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._tick.start()
        self._clock_moved()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._tick.stop()

    def _clock_moved(self) -> None:
        """Loans become overdue as time passes: recount and repaint."""
        self.refresh()

    # -- cells ----------------------------------------------------------------------------

    def state_text(self, row: LoanRow) -> str:
        now = self.clock()
        if not row.is_open:
            return self.tr("Returned")
        if row.overdue(now):
            assert row.due_at is not None
            return self.tr("Overdue by %1").replace("%1", late_by(now - row.due_at))
        if row.due_soon(now):
            return self.tr("Due soon")
        if row.returned_units:
            return self.tr("Partly returned")
        return self.tr("On loan")

    # -- actions --------------------------------------------------------------------------

    def _search_entered(self) -> None:
        """A scanned (or typed) asset code: take back that item's open loan."""
        code = self.search.text().strip()
        item = equipment_service.find_by_asset_code(self.reg, code) if code else None
        if item is None:
            super()._search_entered()
            return
        self._timer.stop()
        open_loans = loans.open_loans_of(self.reg, item.id)
        if len(open_loans) == 1:
            if self.open_return(open_loans[0].id):
                self.search.clear()
            self.focus_search()
            return
        if open_loans:
            # Several borrowers have it: list them, the first one ready for Enter.
            self.state_filter.set_value(LoanState.OPEN)
            self.refresh()
            self.table.setFocus()
            self.table.selectRow(0)
            return
        question = self.tr("%1 – %2 is not on loan. Lend it now?")
        question = question.replace("%1", item.asset_code).replace("%2", item.name)
        if self.confirm(question):
            self.search.clear()
            self.lend([item.id])
        self.focus_search()

    def lend(self, item_ids: Sequence[str] = ()) -> None:
        dialog = LendDialog(self.reg, self, item_ids=list(item_ids or ()))
        if dialog.exec():
            made = dialog.saved_result
            self.notify("loan", [loan.id for loan in made])
            self.notify("equipment", sorted({loan.equipment_id for loan in made}))

    def open_return(self, loan_id: str) -> bool:
        dialog = ReturnDialog(self.reg, loan_id, self)
        if not dialog.exec():
            return False
        self.notify("loan", [loan_id])
        self.notify("equipment", [dialog.loan.equipment_id])
        return True

    def _open_selected(self) -> list[LoanRow]:
        rows = loans.loan_rows(self.reg, self.selected_ids())
        return [rows[i] for i in self.selected_ids() if i in rows and rows[i].is_open]

    def return_selected(self) -> None:
        chosen = self._open_selected()
        if not chosen:
            self.show_message(self.tr("Select a loan that is still open."))
            return
        if len(chosen) == 1:
            self.open_return(chosen[0].id)
            return
        question = self.tr(
            "Take back everything still out on the %n selected loan(s), in good condition?",
            "",
            len(chosen),
        )
        if self.confirm(question):
            ids = [r.id for r in chosen]
            self.change("loan", ids, lambda: loans.return_all_good(self.reg, ids))
            self.notify("equipment", sorted({r.equipment_id for r in chosen}))

    def change_due(self) -> None:
        chosen = self._open_selected()
        if len(chosen) != 1:
            self.show_message(self.tr("Select one loan that is still open."))
            return
        if DueDialog(self.reg, chosen[0].id, self).exec():
            self.notify("loan", [chosen[0].id])

    def cancel_selected(self) -> None:
        chosen = self._open_selected()
        if len(chosen) != 1:
            self.show_message(self.tr("Select one loan that is still open."))
            return
        row = chosen[0]
        question = self.tr(
            "Strike out the loan of %1 to %2? Use this only for a loan written by mistake."
        )
        question = question.replace("%1", f"{row.asset_code} – {row.item_name}").replace(
            "%2", row.borrower_name
        )
        if self.confirm(question):
            self.change("loan", [row.id], lambda: loans.cancel_loan(self.reg, row.id, "ghi nhầm"))
            self.notify("equipment", [row.equipment_id])

    def open_item(self) -> None:
        from app.ui.equipment_detail import EquipmentDetail

        loan_id = self.current_id()
        if loan_id is None:
            return
        row = loans.get_loan(self.reg, loan_id)
        EquipmentDetail(self.reg, self.hub, row.equipment_id, self).exec()

    def open_current(self) -> None:
        """Enter or a double-click: take back an open loan, else show its item."""
        loan_id = self.current_id()
        if loan_id is None:
            return
        if loans.get_loan(self.reg, loan_id).is_open:
            self.open_return(loan_id)
        else:
            self.open_item()

    def show_message(self, text: str) -> None:
        QMessageBox.information(self, self.window().windowTitle(), text)

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            (self.tr("Return…"), self.return_selected),
            (self.tr("Change due…"), self.change_due),
            (self.tr("Open item"), self.open_item),
            (self.tr("Cancel loan…"), self.cancel_selected),
        ]


def item_loans_table(reg: Register, item_id: str) -> QTableWidget:
    """An item's loans, newest first, for its page; overdue ones in red."""
    ids = loans.loan_ids(reg, LoanQuery(state=LoanState.ALL, equipment_id=item_id))
    rows = loans.loan_rows(reg, ids)
    now = now_utc()
    headers = [
        QCoreApplication.translate("ItemLoans", "Lent"),
        QCoreApplication.translate("ItemLoans", "Borrower"),
        QCoreApplication.translate("ItemLoans", "Class"),
        QCoreApplication.translate("ItemLoans", "Qty"),
        QCoreApplication.translate("ItemLoans", "Due back"),
        QCoreApplication.translate("ItemLoans", "Returned"),
        QCoreApplication.translate("ItemLoans", "Condition on return"),
        QCoreApplication.translate("ItemLoans", "Lesson"),
    ]
    still_out = QCoreApplication.translate("ItemLoans", "%1 still out")
    table = make_table(
        headers,
        [
            [
                fmt_date(r.lent_at),
                r.borrower_name,
                r.class_name,
                fmt_int(r.quantity),
                fmt_date(r.due_at),
                fmt_date(r.returned_at)
                if r.returned_at
                else still_out.replace("%1", fmt_int(r.outstanding)),
                returned_condition(r),
                r.lesson,
            ]
            for r in (rows[i] for i in ids)
        ],
    )
    for n, loan_id in enumerate(ids):
        if rows[loan_id].overdue(now):
            for column in range(len(headers)):
                cell = table.item(n, column)
                if cell is not None:
                    cell.setForeground(QBrush(OVERDUE_TEXT))
    return table
