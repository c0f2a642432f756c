"""Sổ báo hỏng – sửa chữa: the fault reports and the repairs they became, those under
way first. A repair past the day promised is red and counted; closed reports are
grey. A scanned asset code takes that item's report to its next step (start the
repair, record its result), or offers to report a fault on it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.models.enums import FaultStatus
from app.services import equipment as equipment_service
from app.services import faults
from app.services.faults import CLOSED, UNDER_WAY, FaultQuery, FaultRow
from app.services.register import Register
from app.ui.forms.fault_form import FaultForm
from app.ui.forms.fields import ChoiceField
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Index, Source
from app.ui.labels import fmt_date, fmt_int, fmt_money, label
from app.ui.list_page import ListPage
from app.ui.repair_dialog import FinishRepairDialog, StartRepairDialog, ask_cancel_reason

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACK = QColor("#fde8e6")
WAITING_TEXT = QColor("#8a5300")

# The state filter: what each choice lists.
UNDER_WAY_KEY, OVERDUE_KEY, ALL_KEY = "under_way", "overdue", "all"
STATE_FILTERS: dict[str, tuple[FaultStatus, ...]] = {
    UNDER_WAY_KEY: UNDER_WAY,
    "open": (FaultStatus.OPEN,),
    "repairing": (FaultStatus.REPAIRING,),
    OVERDUE_KEY: (FaultStatus.REPAIRING,),
    "closed": CLOSED,
    "not_fixed": (FaultStatus.NOT_FIXED,),
    ALL_KEY: (),
}


class FaultTableModel(IdTableModel):
    """An overdue repair is red on pink; a report still waiting is brown."""

    today: Callable[[], date] = staticmethod(date.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_data(index.row()) if index.isValid() else None
            if isinstance(row, FaultRow):
                if row.overdue(self.today()):
                    back = role == Qt.ItemDataRole.BackgroundRole
                    return QBrush(OVERDUE_BACK if back else OVERDUE_TEXT)
                if row.status == FaultStatus.OPEN and role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(WAITING_TEXT)
        return super().data(index, role)


class FaultsPage(ListPage):
    settings_key = "faults"
    entity = "fault_report"
    model_class = FaultTableModel
    model: FaultTableModel

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.today: Callable[[], date] = date.today
        self.search.setPlaceholderText(
            self.tr("Scan an asset code to report or follow its fault, or search item, fault…")
        )
        self.state_filter = ChoiceField()
        self.state_filter.set_choices(
            [
                (self.tr("Under way"), UNDER_WAY_KEY),
                (self.tr("Waiting for repair"), "open"),
                (self.tr("Being repaired"), "repairing"),
                (self.tr("Overdue repairs"), OVERDUE_KEY),
                (self.tr("Closed"), "closed"),
                (self.tr("Cannot be fixed"), "not_fixed"),
                (self.tr("All reports"), ALL_KEY),
            ]
        )
        self.state_filter.changed.connect(self.refresh)
        self.overdue_button = QPushButton()
        self.overdue_button.setObjectName("overdue")
        self.overdue_button.setFlat(True)
        self.overdue_button.setToolTip(self.tr("Show the repairs past the day promised"))
        self.overdue_button.clicked.connect(lambda: self.state_filter.set_value(OVERDUE_KEY))
        self.filters.addWidget(self.state_filter, 1)
        self.filters.addWidget(self.overdue_button)
        columns = [
            Column("reported_on", self.tr("Reported"), lambda r: fmt_date(r.reported_on), width=85),
            Column("asset_code", self.tr("Asset code"), lambda r: r.asset_code, width=95),
            Column("name", self.tr("Item"), lambda r: r.name, width=190),
            Column("room", self.tr("Room"), lambda r: r.room_code or "", sortable=False, width=65),
            Column(
                "quantity",
                self.tr("Units"),
                lambda r: fmt_int(r.quantity),
                align_right=True,
                width=45,
            ),
            Column(
                "description", self.tr("Fault"), lambda r: r.description, sortable=False, width=220
            ),
            Column("reported_by", self.tr("Reported by"), lambda r: r.reported_by, width=130),
            Column("status", self.tr("Status"), self.status_text, width=120),
            Column(
                "performed_by", self.tr("Repaired by"), lambda r: r.performed_by or "", width=150
            ),
            Column(
                "started_on",
                self.tr("Repair started"),
                lambda r: fmt_date(r.started_on),
                sortable=False,
                width=90,
            ),
            Column(
                "repair_due_on",
                self.tr("Promised back"),
                lambda r: fmt_date(r.repair_due_on),
                width=90,
            ),
            Column(
                "cost",
                self.tr("Cost"),
                lambda r: fmt_money(r.cost) if r.cost else "",
                align_right=True,
                width=90,
            ),
            Column("closed_on", self.tr("Closed"), lambda r: fmt_date(r.closed_on), width=85),
            Column(
                "notes",
                self.tr("Notes"),
                lambda r: r.notes,
                sortable=False,
                visible=False,
                width=200,
            ),
        ]
        source = Source(self._fetch_ids, self._fetch_rows, is_muted=lambda r: r.status in CLOSED)
        self.setup_model(columns, source, descending=True)
        self.model.today = lambda: self.today()
        self.add_button(self.tr("&Report a fault…"), self.report, "Ctrl+N")
        self.add_button(self.tr("&Start repair…"), self.start_selected, "Ctrl+R")
        self.add_button(self.tr("Repair r&esult…"), self.finish_selected, "Ctrl+E")
        self.add_button(self.tr("Open &item"), self.open_item, "Ctrl+I")
        self.add_button(self.tr("&Cancel report…"), self.cancel_selected, "Delete")
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"fault_report", "equipment", "maintenance"}

    # -- data -------------------------------------------------------------------------------

    def query(self, sort: str = "reported_on", descending: bool = True) -> FaultQuery:
        key = self.state_filter.value() or UNDER_WAY_KEY
        return FaultQuery(
            text=self.search.text(),
            statuses=STATE_FILTERS[key],
            overdue_only=key == OVERDUE_KEY,
            on=self.today(),
            sort=sort,
            descending=descending,
        )

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        return faults.fault_ids(self.reg, self.query(sort, descending))

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return faults.fault_rows(self.reg, ids)

    def refresh(self) -> None:
        if self.deferred():
            return
        super().refresh()
        counts = faults.fault_counts(self.reg, self.today())
        self.counts = counts
        self.overdue_button.setText(self.tr("%n overdue repair(s)", "", counts.overdue))
        style = f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if counts.overdue else ""
        self.overdue_button.setStyleSheet(style)
        self.overdue_button.setEnabled(bool(counts.overdue))

    def count_text(self, count: int) -> str:
        text = self.tr("%n report(s)", "", count)
        counts = faults.fault_counts(self.reg, self.today())
        parts = []
        if counts.open:
            parts.append(self.tr("%n waiting", "", counts.open))
        if counts.repairing:
            parts.append(self.tr("%n being repaired", "", counts.repairing))
        return " · ".join([text, *parts])

    def status_text(self, row: FaultRow) -> str:
        if row.overdue(self.today()):
            return self.tr("Overdue")
        return label(row.status)

    # -- actions ----------------------------------------------------------------------------

    def _search_entered(self) -> None:
        """A scanned asset code: that item's report goes on to its next step."""
        code = self.search.text().strip()
        item = equipment_service.find_by_asset_code(self.reg, code) if code else None
        if item is None:
            super()._search_entered()
            return
        self._timer.stop()
        under_way = faults.fault_log(self.reg, FaultQuery(equipment_id=item.id, statuses=UNDER_WAY))
        if len(under_way) == 1:
            if self.next_step(under_way[0]):
                self.search.clear()
            self.focus_search()
            return
        if under_way:
            # Several reports of the item: list them, the first ready for Enter.
            self.state_filter.set_value(UNDER_WAY_KEY)
            self.refresh()
            self.table.setFocus()
            self.table.selectRow(0)
            return
        question = self.tr("%1 – %2 has no fault under way. Report a fault on it?")
        question = question.replace("%1", item.asset_code).replace("%2", item.name)
        if self.confirm(question):
            self.search.clear()
            self.report(item.id)
        self.focus_search()

    def next_step(self, row: FaultRow) -> bool:
        if row.status == FaultStatus.OPEN:
            return self.start_repair(row.id)
        return self.finish_repair(row.id)

    def report(self, item_id: str | None = None) -> None:
        item = equipment_service.get_equipment(self.reg, item_id) if item_id else None
        form = FaultForm(self.reg, equipment=item, parent=self)
        if form.exec():
            fault = form.saved_result
            self.notify("fault_report", [fault.id])
            self.notify("equipment", [fault.equipment_id])

    def _selected(self, statuses: tuple[FaultStatus, ...]) -> FaultRow | None:
        rows = faults.fault_rows(self.reg, self.selected_ids())
        chosen = [rows[i] for i in self.selected_ids() if i in rows]
        if len(chosen) == 1 and chosen[0].status in statuses:
            return chosen[0]
        return None

    def start_repair(self, fault_id: str) -> bool:
        dialog = StartRepairDialog(self.reg, fault_id, self)
        if not dialog.exec():
            return False
        self._changed(dialog.row)
        return True

    def finish_repair(self, fault_id: str) -> bool:
        dialog = FinishRepairDialog(self.reg, fault_id, self)
        if not dialog.exec():
            return False
        self._changed(dialog.row)
        return True

    def _changed(self, row: FaultRow) -> None:
        self.notify("fault_report", [row.id])
        self.notify("maintenance", [])
        self.notify("equipment", [row.equipment_id])

    def start_selected(self) -> None:
        row = self._selected((FaultStatus.OPEN,))
        if row is None:
            self.show_message(self.tr("Select one report that is waiting for repair."))
            return
        self.start_repair(row.id)

    def finish_selected(self) -> None:
        row = self._selected(UNDER_WAY)
        if row is None:
            self.show_message(self.tr("Select one report that is waiting or being repaired."))
            return
        self.finish_repair(row.id)

    def cancel_selected(self) -> None:
        row = self._selected((FaultStatus.OPEN,))
        if row is None:
            self.show_message(
                self.tr(
                    "Select one report that is waiting for repair. A repair under way "
                    "ends with its result instead."
                )
            )
            return
        reason = ask_cancel_reason(self, row)
        if reason is None:
            return
        self.change("fault_report", [row.id], lambda: faults.cancel_fault(self.reg, row.id, reason))
        self.notify("equipment", [row.equipment_id])

    def open_item(self) -> None:
        from app.ui.equipment_detail import EquipmentDetail

        fault_id = self.current_id()
        if fault_id is None:
            return
        EquipmentDetail(
            self.reg, self.hub, faults.get_fault(self.reg, fault_id).equipment_id, self
        ).exec()

    def open_current(self) -> None:
        """Enter or a double-click: the report's next step, else its item."""
        fault_id = self.current_id()
        if fault_id is None:
            return
        row = faults.fault_rows(self.reg, [fault_id]).get(fault_id)
        if row is not None and row.status in UNDER_WAY:
            self.next_step(row)
        else:
            self.open_item()

    def show_message(self, text: str) -> None:
        QMessageBox.information(self, self.window().windowTitle(), text)

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            (self.tr("Start repair…"), self.start_selected),
            (self.tr("Repair result…"), self.finish_selected),
            (self.tr("Open item"), self.open_item),
            (self.tr("Cancel report…"), self.cancel_selected),
        ]
