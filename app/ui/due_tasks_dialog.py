"""The maintenance tasks that are due: one row per plan and item, the most overdue
first (red), and completing one or many of them at once.

The officer ticks the tasks done, by hand (Space, a click) or by scanning the items'
labels into the search box (a scanner types the asset code and Enter); then "Mark
done…" writes one maintenance record per task in one transaction. A scanned item
that no plan shown covers is explained, not ticked.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import equipment as equipment_service
from app.services import maintenance as maintenance_service
from app.services.maintenance import PlanQuery, PlanState, TaskDone
from app.services.maintenance_tasks import (
    DueTask,
    TaskFilter,
    due_task_keys,
    due_tasks,
    split_key,
    tasks_by_key,
)
from app.services.register import Register
from app.services.schemas import parse
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import ChoiceField, DateField, MoneyField
from app.ui.forms.plan_form import interval_text
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Index, Source
from app.ui.labels import fmt_date
from app.ui.list_page import ListPage

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACK = QColor("#fde8e6")
NOT_YET_TEXT = QColor("#555555")
OK_STYLE = "color: #2e7d32;"
WARN_STYLE = "color: #8a5300;"
ERROR_STYLE = "color: #b3261e; font-weight: bold;"
HORIZONS = (0, 7, 30)
NOT_DUE_AHEAD = 36_500  # a scanned item's tasks, however far off
SHOWN_CODES = 12  # asset codes listed per task in the completion dialog


class TaskTableModel(IdTableModel):
    """Tasks with a tick box in the first column; an overdue row is red on pink."""

    def __init__(self, columns: list[Column], source: Source, parent: Any = None) -> None:
        super().__init__(columns, source, parent)
        self.ticked: set[str] = set()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            key = self.id_at(index.row())
            return Qt.CheckState.Checked if key in self.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            task = self.row_data(index.row())
            if isinstance(task, DueTask):
                if task.overdue:
                    back = role == Qt.ItemDataRole.BackgroundRole
                    return QBrush(OVERDUE_BACK if back else OVERDUE_TEXT)
                if task.days_overdue < 0 and role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(NOT_YET_TEXT)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(  # noqa: N802 (Qt's name)
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.id_at(index.row())
        if key is None:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_ticked([key], on)
        return True

    def set_ticked(self, keys: Sequence[str], on: bool) -> None:
        for key in keys:
            if on:
                self.ticked.add(key)
            else:
                self.ticked.discard(key)
            row = self.row_of(key)
            if row >= 0:
                cell = self.index(row, 0)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])


def lateness(task: DueTask) -> str:
    """ "5 days late", "due today", "in 3 days" (translated)."""

    days = task.days_overdue
    if days > 0:
        return QCoreApplication.translate("DueTasksPanel", "%n day(s) late", "", days)
    if days == 0:
        return QCoreApplication.translate("DueTasksPanel", "due today")
    return QCoreApplication.translate("DueTasksPanel", "in %n day(s)", "", -days)


class DueTasksPanel(ListPage):
    """The due tasks as a list page: filters, ticks, scanning and "Mark done…"."""

    settings_key = "due_tasks"
    entity = "maintenance_plan"
    model_class = TaskTableModel
    model: TaskTableModel

    def __init__(
        self,
        reg: Register,
        hub: Hub,
        plan_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(reg, hub, parent)
        self.on: Callable[[], date] = date.today
        self.extra: list[str] = []  # scanned tasks that are not due yet, shown too
        self.search.setPlaceholderText(
            self.tr("Scan an item's label to tick its task, or search item, room, task…")
        )
        self.plan_filter = ChoiceField()
        self.horizon = ChoiceField()
        self.horizon.set_choices(
            [
                (self.tr("Due now"), 0),
                (self.tr("Due within 7 days"), 7),
                (self.tr("Due within 30 days"), 30),
            ]
        )
        for widget in (self.plan_filter, self.horizon):
            self.filters.addWidget(widget, 1)
        self.reload_plans()
        if plan_id is not None:
            self.plan_filter.set_value(plan_id)
        self.scan_status = QLabel()
        self.scan_status.setObjectName("scan_status")
        self.scan_status.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.scan_status)
        columns = [
            Column("tick", self.tr("Done"), lambda t: "", sortable=False, width=50),
            Column("due_on", self.tr("Due"), lambda t: fmt_date(t.due_on), width=90),
            Column("late", self.tr("When"), lateness, sortable=False, width=140),
            Column("asset_code", self.tr("Asset code"), lambda t: t.asset_code, width=100),
            Column("name", self.tr("Item"), lambda t: t.name, sortable=False, width=220),
            Column("room", self.tr("Room"), lambda t: t.room_code or "", sortable=False, width=70),
            Column("task", self.tr("Task"), lambda t: t.task, sortable=False, width=220),
            Column(
                "interval",
                self.tr("Every"),
                lambda t: interval_text(t.interval_days),
                sortable=False,
                width=130,
            ),
            Column(
                "last_done_on",
                self.tr("Last done"),
                lambda t: fmt_date(t.last_done_on) or self.tr("never"),
                width=90,
            ),
        ]
        self.setup_model(columns, Source(self._fetch_ids, self._fetch_rows))
        header = self.table.horizontalHeader()  # sorted by due date, not by the ticks
        header.blockSignals(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.set_sort("due_on", False)
        self.add_button(self.tr("Tick &all shown"), self.tick_all)
        self.add_button(self.tr("C&lear ticks"), self.clear_ticks)
        self.add_button(self.tr("Open &item"), self.open_item, "Ctrl+I")
        self.done_button = self.add_button(self.tr("&Mark done…"), self.mark_done, "Ctrl+D")
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_selected)
        self.model.dataChanged.connect(lambda *_: self._show_count())
        for widget in (self.plan_filter, self.horizon):
            widget.changed.connect(self._filters_changed)
        self.refresh()

    def refresh_on(self) -> set[str]:
        return {"maintenance", "maintenance_plan", "equipment"}

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "maintenance_plan":
            self.reload_plans()
        super()._on_changed(entity, ids)

    def reload_plans(self) -> None:
        plans = maintenance_service.plan_list(self.reg, PlanQuery(state=PlanState.ACTIVE))
        self.plan_filter.blockSignals(True)
        self.plan_filter.set_choices(
            [(self.tr("All plans"), None), *((p.task, p.id) for p in plans)]
        )
        self.plan_filter.blockSignals(False)

    # -- data -------------------------------------------------------------------------------

    def task_filter(self, text: str | None = None) -> TaskFilter:
        plan = self.plan_filter.value()
        return TaskFilter(
            plan_ids=[plan] if plan else None,
            text=self.search.text() if text is None else text,
        )

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        keys = due_task_keys(
            self.reg,
            self.on(),
            self.task_filter(),
            ahead=self.horizon.value() or 0,
            sort=sort,
            descending=descending,
        )
        shown = set(keys)
        return [k for k in self.extra if k not in shown] + keys

    def _fetch_rows(self, keys: Sequence[str]) -> dict[str, Any]:
        return tasks_by_key(self.reg, keys, self.on())

    def _filters_changed(self) -> None:
        self.extra.clear()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self._show_count()

    def _show_count(self) -> None:
        text = self.count_text(self.model.rowCount())
        if self.model.ticked:
            text += " · " + self.tr("%n ticked", "", len(self.model.ticked))
        self.count_label.setText(text)
        self.done_button.setEnabled(bool(self.model.ticked or self.selected_ids()))

    def count_text(self, count: int) -> str:
        return self.tr("%n task(s)", "", count)

    # -- ticking ----------------------------------------------------------------------------

    def toggle_selected(self) -> None:
        keys = self.selected_ids()
        if keys:
            self.model.set_ticked(keys, not all(k in self.model.ticked for k in keys))

    def open_current(self) -> None:
        """Enter or a double-click ticks (or unticks) the selected tasks."""
        self.toggle_selected()

    def tick_all(self) -> None:
        self.model.set_ticked(self.model.ids(), True)

    def clear_ticks(self) -> None:
        self.model.set_ticked(sorted(self.model.ticked), False)

    def _search_entered(self) -> None:
        """A scanned asset code ticks that item's tasks; other text searches."""
        if not self.scan(self.search.text()):
            super()._search_entered()

    def scan(self, code: str) -> bool:
        """Tick the tasks of the item with this asset code (due or not), or say why it
        has none; False when no item has this code."""
        code = code.strip()
        item = equipment_service.find_by_asset_code(self.reg, code) if code else None
        if item is None:
            return False
        what = f"{item.asset_code} – {item.name}"
        found = due_tasks(
            self.reg,
            self.on(),
            f=TaskFilter(plan_ids=self.task_filter().plan_ids, equipment_ids=[item.id]),
            ahead=NOT_DUE_AHEAD,
        )
        self.search.blockSignals(True)  # no search for the code: the list stays as it is
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.search.setFocus()
        if not found:
            self._explain_not_covered(item.id, what)
            return True
        keys = [t.key for t in found]
        self.extra = [k for k in keys if k not in self.extra] + self.extra
        self.refresh()
        self.model.set_ticked(keys, True)
        self._show_count()
        row = self.model.row_of(keys[0])
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0))
        later = [t for t in found if t.days_overdue < 0]
        tasks = "; ".join(t.task for t in found)
        if later:
            text = self.tr("Ticked %1: %2 (not due until %3).").replace(
                "%3", fmt_date(min(t.due_on for t in later))
            )
            style = WARN_STYLE
        else:
            text = self.tr("Ticked %1: %2.")
            style = OK_STYLE
        self._status(text.replace("%1", what).replace("%2", tasks), style)
        return True

    def _explain_not_covered(self, item_id: str, what: str) -> None:
        plan = self.plan_filter.value()
        reason = maintenance_service.task_problem(self.reg, plan, item_id) if plan else None
        if reason is None:
            reason = self.tr("No active maintenance plan covers %1.").replace("%1", what)
        self._status(reason, ERROR_STYLE)

    def _status(self, text: str, style: str) -> None:
        self.scan_status.setText(text)
        self.scan_status.setStyleSheet(style)

    # -- actions ----------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        """The ticked tasks, else the selected rows."""
        ticked = [k for k in self.model.ids() if k in self.model.ticked]
        ticked += sorted(self.model.ticked - set(ticked))
        return ticked or self.selected_ids()

    def mark_done(self) -> None:
        keys = self.chosen()
        if not keys:
            self._status(self.tr("Tick the tasks that were done first."), ERROR_STYLE)
            return
        tasks = tasks_by_key(self.reg, keys, self.on())
        dialog = CompleteTasksDialog(self.reg, [tasks[k] for k in keys if k in tasks], self)
        if not dialog.exec():
            return
        records = dialog.saved_result
        self.model.set_ticked(keys, False)
        self.extra = [k for k in self.extra if k not in set(keys)]
        self._status(self.tr("Recorded %n task(s) as done.", "", len(records)), OK_STYLE)
        self.notify("maintenance", [r.id for r in records])
        self.notify("maintenance_plan", sorted({split_key(k)[0] for k in keys}))

    def open_item(self) -> None:
        from app.ui.equipment_detail import EquipmentDetail

        key = self.current_id()
        if key is not None:
            EquipmentDetail(self.reg, self.hub, split_key(key)[1], self).exec()

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            (self.tr("Tick / untick"), self.toggle_selected),
            (self.tr("Mark done…"), self.mark_done),
            (self.tr("Open item"), self.open_item),
        ]


class CompleteTasksDialog(FormDialog):
    """When, by whom and at what cost the chosen tasks were done."""

    def __init__(self, reg: Register, tasks: Sequence[DueTask], parent: QWidget | None = None):
        super().__init__(self.tr("Mark tasks done"), parent)
        self.reg = reg
        self.tasks = list(tasks)
        self.setMinimumWidth(480)
        by_plan: dict[str, list[DueTask]] = {}
        for t in self.tasks:
            by_plan.setdefault(t.plan_id, []).append(t)
        lines = []
        for group in by_plan.values():
            codes = ", ".join(t.asset_code for t in group[:SHOWN_CODES])
            if len(group) > SHOWN_CODES:
                codes += " " + self.tr("and %n more", "", len(group) - SHOWN_CODES)
            lines.append(f"<b>{html.escape(group[0].task)}</b>: {html.escape(codes)}")
        heading = QLabel(
            self.tr("%n task(s) done:", "", len(self.tasks)) + "<br>" + "<br>".join(lines)
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setObjectName("tasks")
        heading.setWordWrap(True)
        self._layout.addWidget(heading)
        form = self.new_form()
        self.performed_on = self.add_field(form, "performed_on", self.tr("&Done on"), DateField())
        self.performed_by = self.add_field(
            form, "performed_by", self.tr("Done &by (person or firm)"), QLineEdit()
        )
        self.cost = self.add_field(form, "cost", self.tr("&Cost of each (đồng)"), MoneyField())
        self.notes = self.add_field(form, "notes", self.tr("&Notes"), text_area(50))
        self.finish_layout()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Record as done"))
        self.performed_on.set_value(date.today())
        self.cost.set_value(0)
        officer = reg.school().equipment_officer
        self.performed_by.setText(officer or "")
        self.performed_by.setFocus()
        self.performed_by.selectAll()

    def collect(self) -> dict[str, Any]:
        return {
            "performed_on": self.performed_on.value,
            "performed_by": self.performed_by.text,
            "cost": self.cost.value,
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(TaskDone, values)

    def save(self, values: dict[str, Any]) -> Any:
        pairs = [(t.plan_id, t.equipment_id) for t in self.tasks]
        return maintenance_service.complete_tasks(self.reg, pairs, values)


class DueTasksDialog(QDialog):
    """The due tasks in a window of their own (opened from the home screen and the
    plans page)."""

    def __init__(
        self, reg: Register, hub: Hub, plan_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Maintenance due"))
        self.resize(1100, 620)
        self.panel = DueTasksPanel(reg, hub, plan_id, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        # A scanner's Enter in the search box must press no button of the dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.panel.search.setFocus()


def open_due_tasks(
    reg: Register, hub: Hub, parent: QWidget | None = None, plan_id: str | None = None
) -> None:
    """What the home screen's "maintenance due" card and the plans page open."""
    DueTasksDialog(reg, hub, plan_id, parent).exec()


__all__ = ["CompleteTasksDialog", "DueTasksDialog", "DueTasksPanel", "open_due_tasks"]
