"""Sổ theo dõi sử dụng phòng học bộ môn: a room's week, the list of every session, and
the statistics, on three tabs; recording and correcting go through RoomUsageForm."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import room_usage
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.room_usage import Slot, UsageQuery
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError
from app.ui.forms.room_usage_form import RoomUsageForm, weekday_name
from app.ui.hub import Hub
from app.ui.id_table_model import Column, Source
from app.ui.labels import fmt_date
from app.ui.list_page import ListPage
from app.ui.room_week_view import RoomWeekView
from app.ui.usage_stats_view import UsageStatsView

ENTITY = "room_usage"
REFRESH_ON = {ENTITY, "room", "equipment", "school"}


def open_session_form(
    reg: Register,
    hub: Hub,
    parent: QWidget,
    usage_id: str | None = None,
    **prefill: Any,
) -> str | None:
    """Open the form to record a session (prefilled) or correct one; the id saved."""
    if usage_id is None and not room_usage.usage_rooms(reg):
        QMessageBox.information(
            parent,
            parent.window().windowTitle(),
            QCoreApplication.translate(
                "RoomUsagePage",
                "There is no subject room or classroom in the register yet: add the rooms "
                "on the Rooms page first.",
            ),
        )
        return None
    usage = room_usage.get_usage(reg, usage_id) if usage_id else None
    form = RoomUsageForm(reg, usage, parent=parent, **prefill)
    if not form.exec():
        return None
    saved: str = form.saved_result.id
    hub.changed.emit(ENTITY, [saved])
    return saved


class UsageListPage(ListPage):
    """Every session of the book, newest first, filtered by room, month, teacher and
    subject, searched accent-free."""

    settings_key = "room_usage"
    entity = ENTITY

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(reg, hub, parent)
        self.search.setPlaceholderText(self.tr("Search class, teacher, lesson, equipment…"))
        self.room_filter = ChoiceField()
        self.month_filter = ChoiceField()
        self.teacher_filter = ChoiceField()
        self.subject_filter = ChoiceField()
        for widget in (
            self.room_filter,
            self.month_filter,
            self.teacher_filter,
            self.subject_filter,
        ):
            self.filters.addWidget(widget, 1)
            widget.changed.connect(self.refresh)
        self.reload_filters()
        columns = [
            Column("used_on", self.tr("Date"), lambda r: fmt_date(r.used_on), width=90),
            Column(
                "weekday",
                self.tr("Day"),
                lambda r: weekday_name(r.used_on),
                sortable=False,
                width=80,
            ),
            Column(
                "periods", self.tr("Periods"), lambda r: r.periods_text, sortable=False, width=60
            ),
            Column("room", self.tr("Room"), lambda r: r.room_code, width=80),
            Column("class_name", self.tr("Class"), lambda r: r.class_name, width=70),
            Column("teacher_name", self.tr("Teacher"), lambda r: r.teacher_name, width=160),
            Column("subject", self.tr("Subject"), lambda r: r.subject, width=130),
            Column("lesson", self.tr("Lesson"), lambda r: r.lesson, width=240),
            Column(
                "equipment",
                self.tr("Equipment used"),
                lambda r: r.equipment,
                sortable=False,
                width=220,
            ),
            Column(
                "incidents",
                self.tr("Room and equipment condition"),
                lambda r: r.incidents or self.tr("normal"),
                sortable=False,
                width=200,
                warn=lambda r: bool(r.incidents),
            ),
        ]
        self.setup_model(columns, Source(self._fetch_ids, self._fetch_rows), descending=True)
        self.add_button(self.tr("&Record…"), self.add_session)
        self.add_button(self.tr("&Edit…"), self.open_current, "F2")
        self.add_button(self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.refresh()

    def refresh_on(self) -> set[str]:
        return REFRESH_ON

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity in REFRESH_ON:
            self.reload_filters()
        super()._on_changed(entity, ids)

    def reload_filters(self) -> None:
        teachers, subjects, months = room_usage.book_filters(self.reg)
        rooms = room_usage.usage_rooms(self.reg)
        choices: list[tuple[ChoiceField, list[tuple[str, Any]]]] = [
            (
                self.room_filter,
                [(self.tr("All rooms"), None), *((f"{r.code} – {r.name}", r.id) for r in rooms)],
            ),
            (
                self.month_filter,
                [(self.tr("All months"), None), *((f"{m:02d}/{y}", (y, m)) for y, m in months)],
            ),
            (self.teacher_filter, [(self.tr("All teachers"), None), *((n, n) for n in teachers)]),
            (self.subject_filter, [(self.tr("All subjects"), None), *((n, n) for n in subjects)]),
        ]
        for field, options in choices:
            field.blockSignals(True)
            field.set_choices(options)
            field.blockSignals(False)

    def query(self, sort: str = "used_on", descending: bool = True) -> UsageQuery:
        return UsageQuery(
            text=self.search.text(),
            room_id=self.room_filter.value(),
            month=self.month_filter.value(),
            teacher_name=self.teacher_filter.value(),
            subject=self.subject_filter.value(),
            sort=sort,
            descending=descending,
        )

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        return room_usage.usage_ids(self.reg, self.query(sort, descending))

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Slot]:
        return room_usage.usage_rows(self.reg, ids)

    def count_text(self, count: int) -> str:
        return self.tr("%n session(s)", "", count)

    def add_session(self) -> None:
        open_session_form(self.reg, self.hub, self, room_id=self.room_filter.value())

    def open_current(self) -> None:
        usage_id = self.current_id()
        if usage_id is not None:
            open_session_form(self.reg, self.hub, self, usage_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.confirm(
            self.tr("Delete %n session(s) from the book?", "", len(ids))
        ):
            return
        self.change(ENTITY, ids, lambda: room_usage.delete_usage(self.reg, ids))

    def context_pairs(self) -> list[tuple[str, Callable[[], None]]]:
        return [(self.tr("Edit…"), self.open_current), (self.tr("Delete"), self.delete_selected)]


class RoomUsagePage(QWidget):
    """The page in the main window's navigation."""

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.week = RoomWeekView(reg)
        self.list_page = UsageListPage(reg, hub)
        self.stats = UsageStatsView(reg)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.week, self.tr("&Week of a room"))
        self.tabs.addTab(self.list_page, self.tr("&List of sessions"))
        self.tabs.addTab(self.stats, self.tr("&Statistics"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.week)

        self.week.record_requested.connect(self._record_at)
        self.week.edit_requested.connect(self.edit)
        self.week.delete_requested.connect(self.delete)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.record)
        hub.changed.connect(self._on_changed)

    def _on_changed(self, entity: str, _ids: list[str]) -> None:
        if entity in ("room", "school"):
            self.week.reload_rooms()
            self.stats.reload_rooms()
        if entity in REFRESH_ON:
            self.week.refresh()
            self.stats.changed()

    def record(self) -> None:
        """Ctrl+N: a session in the week's current cell, or today in the room shown."""
        if self.tabs.currentWidget() is self.week and self.week.grid.currentRow() >= 0:
            self.week.activate_current()
            return
        open_session_form(self.reg, self.hub, self, room_id=self.week.room_id())

    def _record_at(self, room_id: str, day: date, first: int, last: int) -> None:
        open_session_form(
            self.reg, self.hub, self, room_id=room_id, used_on=day, periods=(first, last)
        )

    def edit(self, usage_id: str) -> None:
        open_session_form(self.reg, self.hub, self, usage_id)

    def delete(self, usage_id: str) -> None:
        slot = room_usage.usage_rows(self.reg, [usage_id]).get(usage_id)
        if slot is None:
            return
        question = (
            self.tr("Delete the session of %1, periods %2 on %3 from the book?")
            .replace("%1", slot.class_name)
            .replace("%2", slot.periods_text)
            .replace("%3", fmt_date(slot.used_on))
        )
        answer = QMessageBox.question(self, self.window().windowTitle(), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            room_usage.delete_usage(self.reg, usage_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.window().windowTitle(), exc.message)
            return
        self.hub.changed.emit(ENTITY, [usage_id])


# == what to print or export =============================================================


@dataclass(frozen=True)
class UsageScope:
    room_id: str | None  # None: every subject room, smart and online classroom
    since: date
    until: date


class UsageScopeDialog(QDialog):
    """Which room and which days the printed book (or the Excel file) covers."""

    def __init__(
        self, reg: Register, title: str, room_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.room = ChoiceField()
        rooms = room_usage.usage_rooms(reg)
        self.room.set_choices(
            [(self.tr("Every subject room (one section each)"), None)]
            + [(f"{r.code} – {r.name}", r.id) for r in rooms]
        )
        self.room.set_value(room_id)
        first, _last = room_usage.school_year_of(date.today())
        self.since = DateField()
        self.since.set_value(first)
        self.until = DateField()
        self.until.set_value(date.today())
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("&From"), self.since)
        form.addRow(self.tr("&To"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.scope: UsageScope | None = None

    def _accept(self) -> None:
        try:
            since, until = self.since.value(), self.until.value()
        except FieldValueError as exc:
            self._say(str(exc))
            return
        if since is None or until is None:
            self._say(self.tr("Write both dates, as dd/mm/yyyy."))
            return
        if since > until:
            self._say(self.tr("The period ends before it starts: check the two dates."))
            return
        self.scope = UsageScope(self.room.value(), since, until)
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def ask_usage_scope(
    reg: Register, parent: QWidget, title: str, room_id: str | None = None
) -> UsageScope | None:
    dialog = UsageScopeDialog(reg, title, room_id, parent)
    return dialog.scope if dialog.exec() else None
