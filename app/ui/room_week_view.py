"""One room's week: days (Monday to Saturday, Sunday when used) across, the ten periods
down, each session a block over its periods showing class, subject and teacher.

Keyboard: the arrows move between cells, Enter records a session in an empty cell (or
in the empty periods selected in one day) or corrects the one under the cursor, Delete
deletes it; Alt+Left / Alt+Right go a week back or on, Alt+Home to this week.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import room_usage
from app.services.register import Register
from app.services.room_usage import Slot
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError
from app.ui.forms.room_usage_form import period_label, weekday_name
from app.ui.labels import fmt_date

SESSION_COLOUR = QColor("#dbe8f7")
INCIDENT_COLOUR = QColor("#fde3b5")
AFTERNOON_COLOUR = QColor("#f5f6f8")
TODAY_COLOUR = QColor("#fffbe6")
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_HEIGHT = 40


class RoomWeekView(QWidget):
    """Asks for a session to be recorded (room, day, first and last period) or one to be
    corrected or deleted (its id); the page opens the form."""

    record_requested = Signal(str, object, int, int)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    room_changed = Signal(str)

    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.monday = room_usage.week_start(date.today())
        self.slots: list[Slot] = []
        self.days: list[date] = []

        self.room = ChoiceField()
        self.room.setObjectName("room")
        self.room.setMinimumWidth(280)
        room_label = QLabel(self.tr("&Room:"))
        room_label.setBuddy(self.room)
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.week_label.setStyleSheet("font-weight: bold;")
        self.go_to = DateField()
        self.go_to.setObjectName("go_to")
        self.go_to.setMaximumWidth(110)
        go_label = QLabel(self.tr("&Go to:"))
        go_label.setBuddy(self.go_to)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")

        self.grid = QTableWidget(room_usage.PERIODS_PER_DAY, room_usage.SCHOOL_DAYS)
        self.grid.setObjectName("grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.grid.setWordWrap(True)
        self.grid.setTabKeyNavigation(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.grid.setVerticalHeaderLabels(
            [period_label(p) for p in range(1, room_usage.PERIODS_PER_DAY + 1)]
        )
        self.grid.setStyleSheet("QTableWidget { gridline-color: #c9ced6; }")

        top = QHBoxLayout()
        top.addWidget(room_label)
        top.addWidget(self.room, 2)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(go_label)
        top.addWidget(self.go_to)
        top.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(self.week_label)
        heading.addStretch(1)
        heading.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addWidget(self.grid, 1)
        hint = QLabel(
            self.tr(
                "Double-click or Enter: record a session in an empty cell (select several "
                "periods of a day first to record them together), or correct the session "
                "shown. Delete: delete it. Alt+Left / Alt+Right: previous / next week."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)

        self.room.changed.connect(self._room_chosen)
        self.previous_button.clicked.connect(lambda: self.move_weeks(-1))
        self.next_button.clicked.connect(lambda: self.move_weeks(1))
        self.this_week_button.clicked.connect(self.this_week)
        self.go_to.returnPressed.connect(self._go_to_entered)
        self.grid.cellDoubleClicked.connect(lambda row, col: self.activate(row, col))
        for keys, slot in (
            ("Alt+Left", lambda: self.move_weeks(-1)),
            ("Alt+Right", lambda: self.move_weeks(1)),
            ("Alt+Home", self.this_week),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for button, keys in (
            (self.previous_button, "Alt+Left"),
            (self.next_button, "Alt+Right"),
            (self.this_week_button, "Alt+Home"),
        ):
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.grid)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.activate_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        self.setFocusProxy(self.grid)
        self.reload_rooms()

    # -- choosing the room and the week -------------------------------------------------

    def reload_rooms(self) -> None:
        current = self.room.value() if self.room.count() else None
        rooms = room_usage.usage_rooms(self.reg)
        self.room.blockSignals(True)
        self.room.set_choices([(f"{r.code} – {r.name}", r.id) for r in rooms])
        if current is not None:
            self.room.set_value(current)
        self.room.blockSignals(False)
        self.refresh()

    def room_id(self) -> str | None:
        value = self.room.value()
        return str(value) if value else None

    def set_room(self, room_id: str) -> None:
        self.room.set_value(room_id)

    def set_week(self, day: date) -> None:
        self.monday = room_usage.week_start(day)
        self.refresh()

    def move_weeks(self, weeks: int) -> None:
        self.set_week(self.monday + timedelta(days=7 * weeks))

    def this_week(self) -> None:
        self.set_week(date.today())

    def _room_chosen(self) -> None:
        self.refresh()
        room_id = self.room_id()
        if room_id:
            self.room_changed.emit(room_id)

    def _go_to_entered(self) -> None:
        try:
            day = self.go_to.value()
        except FieldValueError:
            self.go_to.selectAll()
            return
        if day is not None:
            self.set_week(day)
            # After this key event: the grid's Enter shortcut must not take it too.
            QTimer.singleShot(0, self.grid.setFocus)

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        room_id = self.room_id()
        self.slots = room_usage.week_slots(self.reg, room_id, self.monday) if room_id else []
        sunday = any(s.used_on.weekday() == 6 for s in self.slots)
        count = room_usage.SCHOOL_DAYS + (1 if sunday else 0)
        self.days = [self.monday + timedelta(days=i) for i in range(count)]
        current = (self.grid.currentRow(), self.grid.currentColumn())
        self.grid.clearSpans()
        self.grid.clearContents()
        self.grid.setColumnCount(count)
        today = date.today()
        headers = []
        for day in self.days:
            text = f"{weekday_name(day)}\n{day:%d/%m}"
            headers.append(text + (" ★" if day == today else ""))
        self.grid.setHorizontalHeaderLabels(headers)
        for row in range(room_usage.PERIODS_PER_DAY):
            for col, day in enumerate(self.days):
                item = QTableWidgetItem()
                if day == today:
                    item.setBackground(QBrush(TODAY_COLOUR))
                elif row + 1 in room_usage.AFTERNOON:
                    item.setBackground(QBrush(AFTERNOON_COLOUR))
                self.grid.setItem(row, col, item)
        for slot in self.slots:
            self._place(slot)
        last = self.monday + timedelta(days=count - 1)
        self.week_label.setText(
            self.tr("Week of %1 – %2")
            .replace("%1", fmt_date(self.monday))
            .replace("%2", fmt_date(last))
        )
        periods = sum(s.periods for s in self.slots)
        self.summary.setText(
            self.tr("%n session(s)", "", len(self.slots))
            + " · "
            + self.tr("%n period(s) used", "", periods)
        )
        if current[0] >= 0 and current[1] >= 0:
            self.grid.setCurrentCell(current[0], min(current[1], count - 1))

    def _place(self, slot: Slot) -> None:
        col = slot.used_on.weekday()
        if col >= self.grid.columnCount():
            return
        row = slot.period_from - 1
        item = QTableWidgetItem(cell_text(slot))
        item.setData(ID_ROLE, slot.id)
        item.setToolTip(cell_tooltip(slot))
        item.setBackground(QBrush(INCIDENT_COLOUR if slot.incidents else SESSION_COLOUR))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.grid.setItem(row, col, item)
        if slot.periods > 1:
            self.grid.setSpan(row, col, slot.periods, 1)

    # -- acting -------------------------------------------------------------------------

    def slot_at(self, row: int, col: int) -> Slot | None:
        """The session covering the cell (a block covers its periods)."""
        if not (0 <= col < len(self.days)):
            return None
        day, period = self.days[col], row + 1
        for slot in self.slots:
            if slot.used_on == day and slot.period_from <= period <= slot.period_to:
                return slot
        return None

    def activate(self, row: int, col: int) -> None:
        """Correct the session there, or record one in the empty periods chosen."""
        slot = self.slot_at(row, col)
        if slot is not None:
            self.edit_requested.emit(slot.id)
            return
        room_id = self.room_id()
        if room_id is None or not (0 <= col < len(self.days)):
            return
        first, last = self._empty_run(row, col)
        self.record_requested.emit(room_id, self.days[col], first, last)

    def activate_current(self) -> None:
        if self.grid.currentRow() >= 0:
            self.activate(self.grid.currentRow(), self.grid.currentColumn())

    def _empty_run(self, row: int, col: int) -> tuple[int, int]:
        """The periods selected in this day around ``row``, while they are empty and in
        the same half-day; just ``row`` when nothing more is selected."""
        selected = {i.row() for i in self.grid.selectedIndexes() if i.column() == col}
        period = row + 1
        half = room_usage.half_day(period)

        def free(p: int) -> bool:
            return (
                p - 1 in selected
                and room_usage.half_day(p) == half
                and self.slot_at(p - 1, col) is None
            )

        first = last = period
        while first > 1 and free(first - 1):
            first -= 1
        while last < room_usage.PERIODS_PER_DAY and free(last + 1):
            last += 1
        return first, last

    def _delete_current(self) -> None:
        slot = self.slot_at(self.grid.currentRow(), self.grid.currentColumn())
        if slot is not None:
            self.delete_requested.emit(slot.id)


def cell_text(slot: Slot) -> str:
    """ "7A2 · Tin học" over the teacher's name."""
    head = " · ".join(p for p in (slot.class_name, slot.subject) if p)
    mark = "⚠ " if slot.incidents else ""
    return f"{mark}{head}\n{slot.teacher_name}"


def cell_tooltip(slot: Slot) -> str:
    lines = [
        QCoreApplication.translate("RoomWeekView", "Periods %1, %2")
        .replace("%1", slot.periods_text)
        .replace("%2", fmt_date(slot.used_on)),
        f"{slot.class_name} – {slot.teacher_name}",
    ]
    if slot.lesson:
        lines.append(
            QCoreApplication.translate("RoomWeekView", "Lesson: %1").replace("%1", slot.lesson)
        )
    if slot.equipment:
        lines.append(
            QCoreApplication.translate("RoomWeekView", "Equipment: %1").replace(
                "%1", slot.equipment
            )
        )
    lines.append(
        QCoreApplication.translate("RoomWeekView", "Condition: %1").replace(
            "%1", slot.incidents or QCoreApplication.translate("RoomWeekView", "normal")
        )
    )
    return "\n".join(lines)
