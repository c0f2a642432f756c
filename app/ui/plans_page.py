"""Kế hoạch bảo trì: the maintenance plans, each with the items it covers, how many of
its tasks are due and the earliest due date (red when overdue). From here the
officer makes, edits, pauses and deletes plans and opens the due tasks to complete
them. A scanned asset code opens that item's tasks, ticked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from app.services import equipment as equipment_service
from app.services import maintenance as maintenance_service
from app.services.maintenance import PlanQuery, PlanRow, PlanState
from app.services.maintenance_tasks import TaskFilter, due_task_counts, due_tasks
from app.services.register import Register
from app.ui.due_tasks_dialog import NOT_DUE_AHEAD, DueTasksDialog
from app.ui.forms.fields import ChoiceField
from app.ui.forms.plan_form import PlanForm, interval_text
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Index, Source
from app.ui.labels import fmt_date, fmt_int, label
from app.ui.list_page import ListPage

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACK = QColor("#fde8e6")


def target_text(row: PlanRow) -> str:
    """What a plan applies to: its item, or its category (and name words)."""
    if row.equipment_id:
        return f"{row.asset_code} – {row.item_name}"
    text = QCoreApplication.translate("PlansPage", "All %1").replace("%1", label(row.category))
    if row.name_contains:
        text += " " + QCoreApplication.translate("PlansPage", "named «%1»").replace(
            "%1", row.name_contains
        )
    return text


class PlanTableModel(IdTableModel):
    """A plan with overdue tasks is red on pink; a paused one grey."""

    today: Callable[[], date] = staticmethod(date.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_data(index.row()) if index.isValid() else None
            if isinstance(row, PlanRow) and row.overdue(self.today()):
                back = role == Qt.ItemDataRole.BackgroundRole
                return QBrush(OVERDUE_BACK if back else OVERDUE_TEXT)
        return super().data(index, role)


class PlansPage(ListPage):
    settings_key = "plans"
    entity = "maintenance_plan"
    model_class = PlanTableModel
    model: PlanTableModel

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.today: Callable[[], date] = date.today
        self._rows: dict[str, PlanRow] = {}
        self.search.setPlaceholderText(
            self.tr("Scan an asset code to complete its tasks, or search plan, item…")
        )
        self.state_filter = ChoiceField()
        self.state_filter.set_choices(
            [
                (self.tr("All plans"), PlanState.ALL),
                (self.tr("Active plans"), PlanState.ACTIVE),
                (self.tr("With tasks due"), PlanState.DUE),
                (self.tr("Paused plans"), PlanState.PAUSED),
            ]
        )
        self.state_filter.changed.connect(self.refresh)
        self.due_button = QPushButton()
        self.due_button.setObjectName("due")
        self.due_button.setFlat(True)
        self.due_button.setToolTip(self.tr("Open the tasks that are due"))
        self.due_button.clicked.connect(lambda: self.open_due(None))
        self.filters.addWidget(self.state_filter, 1)
        self.filters.addWidget(self.due_button)
        columns = [
            Column("task", self.tr("Task"), lambda r: r.task, width=230),
            Column("target", self.tr("Applies to"), target_text, width=260),
            Column(
                "interval_days",
                self.tr("Every"),
                lambda r: interval_text(r.interval_days),
                width=130,
            ),
            Column("items", self.tr("Items"), lambda r: fmt_int(r.items), align_right=True),
            Column(
                "due",
                self.tr("Due now"),
                lambda r: fmt_int(r.due) if r.due else "",
                align_right=True,
                width=70,
            ),
            Column(
                "earliest_due",
                self.tr("Next due"),
                lambda r: fmt_date(r.earliest_due) if r.active else "",
                width=90,
            ),
            Column(
                "last_done_on", self.tr("Last done"), lambda r: fmt_date(r.last_done_on), width=90
            ),
            Column("active", self.tr("State"), self.state_text, width=90),
        ]
        source = Source(self._fetch_ids, self._fetch_rows, is_muted=lambda r: not r.active)
        self.setup_model(columns, source)
        self.model.set_sort("earliest_due", False)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.today = lambda: self.today()
        self.add_button(self.tr("&New plan…"), self.new_plan, QKeySequence.StandardKey.New)
        self.add_button(self.tr("&Edit…"), self.open_current, "F2")
        self.add_button(self.tr("&Pause / resume"), self.toggle_selected, "Ctrl+P")
        self.add_button(self.tr("&Due tasks…"), self.open_due_selected, "Ctrl+D")
        self.add_button(self.tr("De&lete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"maintenance_plan", "maintenance", "equipment"}

    # -- data -------------------------------------------------------------------------------

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        q = PlanQuery(
            text=self.search.text(),
            state=self.state_filter.value() or PlanState.ALL,
            on=self.today(),
            sort=sort,
            descending=descending,
        )
        rows = maintenance_service.plan_list(self.reg, q)
        self._rows = {r.id: r for r in rows}
        return [r.id for r in rows]

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def refresh(self) -> None:
        if self.deferred():
            return
        super().refresh()
        counts = due_task_counts(self.reg, self.today())
        self.due_button.setText(self.tr("%n task(s) due", "", counts.due))
        style = f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if counts.overdue else ""
        self.due_button.setStyleSheet(style)
        self.due_button.setEnabled(bool(counts.due))

    def count_text(self, count: int) -> str:
        return self.tr("%n plan(s)", "", count)

    def state_text(self, row: PlanRow) -> str:
        if not row.active:
            return self.tr("Paused")
        if row.overdue(self.today()):
            return self.tr("Overdue")
        return self.tr("Active")

    # -- actions ----------------------------------------------------------------------------

    def new_plan(self, item_id: str | None = None) -> None:
        item = equipment_service.get_equipment(self.reg, item_id) if item_id else None
        form = PlanForm(self.reg, equipment=item, parent=self)
        if form.exec():
            self.notify("maintenance_plan", [form.saved_result.id])

    def open_current(self) -> None:
        plan_id = self.current_id()
        if plan_id is None:
            return
        plan = maintenance_service.get_plan(self.reg, plan_id)
        if PlanForm(self.reg, plan=plan, parent=self).exec():
            self.notify("maintenance_plan", [plan_id])

    def toggle_selected(self) -> None:
        ids = self.selected_ids()
        rows = [self._rows[i] for i in ids if i in self._rows]
        if not rows:
            return
        resume = not all(r.active for r in rows)  # any paused: resume them all
        self.change(
            "maintenance_plan",
            ids,
            lambda: maintenance_service.set_plans_active(self.reg, ids, resume),
        )

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        question = self.tr(
            "Delete %n plan(s)? The maintenance already recorded under them stays in the log.",
            "",
            len(ids),
        )
        if ids and self.confirm(question):
            self.change(
                "maintenance_plan", ids, lambda: maintenance_service.delete_plans(self.reg, ids)
            )

    def open_due_selected(self) -> None:
        ids = self.selected_ids()
        self.open_due(ids[0] if len(ids) == 1 else None)

    def open_due(self, plan_id: str | None, scanned: str | None = None) -> None:
        dialog = DueTasksDialog(self.reg, self.hub, plan_id, self)
        if plan_id is not None:
            # A plan's tasks, whenever they fall due: completing one early is fine.
            dialog.panel.horizon.set_value(30)
        if scanned:
            dialog.panel.scan(scanned)
        dialog.exec()

    def _search_entered(self) -> None:
        """A scanned asset code: that item's tasks, ticked; or a plan for it."""
        code = self.search.text().strip()
        item = equipment_service.find_by_asset_code(self.reg, code) if code else None
        if item is None:
            super()._search_entered()
            return
        self._timer.stop()
        self.search.clear()
        self._timer.stop()
        covered = due_tasks(
            self.reg, self.today(), f=TaskFilter(equipment_ids=[item.id]), ahead=NOT_DUE_AHEAD
        )
        if covered:
            self.open_due(None, item.asset_code)
        else:
            question = self.tr("No active plan covers %1 – %2. Make a plan for it?")
            question = question.replace("%1", item.asset_code).replace("%2", item.name)
            if self.confirm(question):
                self.new_plan(item.id)
        self.refresh()
        self.focus_search()

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            (self.tr("Edit…"), self.open_current),
            (self.tr("Due tasks…"), self.open_due_selected),
            (self.tr("Pause / resume"), self.toggle_selected),
            (self.tr("Delete"), self.delete_selected),
        ]
