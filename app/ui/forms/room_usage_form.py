"""Record (or correct) one session of the room-usage book: room, day and periods, class,
teacher, subject and lesson, the equipment used (scanned or picked) and how the room
and its equipment were left."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Room, RoomUsage, Staff
from app.services import room_usage
from app.services.equipment_query import EquipmentQuery, equipment_ids
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.room_usage import RoomUsageInput
from app.services.rooms import get_room
from app.services.schemas import parse
from app.services.text import fold
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError
from app.ui.item_scan import ItemPicker, ScanBox

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1  # the accent-free text matched against
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # what picking a suggestion writes in the field
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # what it stands for (a staff member's id)
HINT_STYLE = "color: #555;"


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("RoomUsage", "Monday"),
        QCoreApplication.translate("RoomUsage", "Tuesday"),
        QCoreApplication.translate("RoomUsage", "Wednesday"),
        QCoreApplication.translate("RoomUsage", "Thursday"),
        QCoreApplication.translate("RoomUsage", "Friday"),
        QCoreApplication.translate("RoomUsage", "Saturday"),
        QCoreApplication.translate("RoomUsage", "Sunday"),
    )
    return names[day.weekday()]


def period_label(period: int) -> str:
    """ "3 – morning": the number first, so typing it in a list picks it."""
    if period in room_usage.MORNING:
        return QCoreApplication.translate("RoomUsage", "%1 – morning").replace("%1", str(period))
    return QCoreApplication.translate("RoomUsage", "%1 – afternoon").replace("%1", str(period))


def periods_hint() -> str:
    return QCoreApplication.translate("RoomUsage", "Morning: periods 1–5 · Afternoon: periods 6–10")


class FoldingCompleter(QCompleter):
    """Suggests entries containing what is typed, accents aside ("hoa" finds "Phạm Thị
    Hoà"); picking one writes its text in the field. Entries are (shown, text, key)."""

    def __init__(
        self, entries: list[tuple[str, str, str | None]], parent: QWidget | None = None
    ) -> None:
        model = QStandardItemModel(parent)
        for shown, text, key in entries:
            item = QStandardItem(shown)
            item.setData(fold(shown), FOLDED_ROLE)
            item.setData(text, TEXT_ROLE)
            item.setData(key, KEY_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(TEXT_ROLE))


class ItemsField(QWidget):
    """The register items used: a scan box (an asset code, or a search that lists the
    matches), the room's own items to pick from, and the list (Delete removes)."""

    changed = Signal()

    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.room_id: str | None = None
        self.scan = ScanBox(reg)
        self.scan.setObjectName("scan")
        self.pick_button = QPushButton(self.tr("Items of the &room…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.items = QListWidget()
        self.items.setObjectName("items")
        self.items.setFixedHeight(86)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        listed = QHBoxLayout()
        listed.setContentsMargins(0, 0, 0, 0)
        listed.addWidget(self.items, 1)
        listed.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addLayout(listed)
        self.scan.picked.connect(self.add_ids)
        self.scan.not_found.connect(
            lambda text: self.show_message(
                self.tr("No item in service matches «%1».").replace("%1", text)
            )
        )
        self.pick_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_current)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.items)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)

    def ids(self) -> list[str]:
        return [
            str(self.items.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.items.count())
        ]

    def set_items(self, items: list[tuple[str, str, str]]) -> None:
        """(id, asset code, name) of each item, in order."""
        self.items.clear()
        for item_id, code, name in items:
            self._append(item_id, code, name)

    def _append(self, item_id: str, code: str, name: str) -> bool:
        if item_id in self.ids():
            return False
        entry = QListWidgetItem(f"{code} – {name}")
        entry.setData(Qt.ItemDataRole.UserRole, item_id)
        self.items.addItem(entry)
        self.changed.emit()
        return True

    def add_ids(self, ids: list[str]) -> None:
        names = room_usage.item_names(self.reg, ids)
        repeated = [names[i][0] for i in ids if i in names and not self._append(i, *names[i])]
        self.show_message(
            self.tr("Already in the list: %1").replace("%1", ", ".join(repeated))
            if repeated
            else ""
        )
        self.scan.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def remove_current(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
            self.changed.emit()

    def pick(self) -> None:
        if not self.room_id:
            return
        ids = equipment_ids(self.reg, EquipmentQuery(room_id=self.room_id, in_service=True))
        picker = ItemPicker(self.reg, ids, self.tr("items of the room"), self.window())
        if picker.exec():
            self.add_ids(picker.chosen())


class RoomUsageForm(FormDialog):
    def __init__(
        self,
        reg: Register,
        usage: RoomUsage | None = None,
        *,
        room_id: str | None = None,
        used_on: date | None = None,
        periods: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Correct a room session") if usage else self.tr("Record a room session")
        super().__init__(title, parent)
        self.reg = reg
        self.usage = usage
        self.setMinimumWidth(560)
        self.rooms: list[Room] = room_usage.usage_rooms(reg)
        self.staff: list[Staff] = room_usage.teachers(reg)
        self._auto_subject = ""  # the subject the form filled in itself
        self._kept_teacher: tuple[str, str] | None = None  # (id, name) of a record's teacher
        self._picked_teacher: str | None = None

        form = self.new_form()
        self.room = self.add_field(form, "room_id", self.tr("&Room"), ChoiceField())
        self.used_on = self.add_field(form, "used_on", self.tr("&Day"), DateField())
        self.weekday = QLabel()
        self.weekday.setStyleSheet(HINT_STYLE)
        form.addRow("", self.weekday)
        self.period_from = self.add_field(
            form, "period_from", self.tr("&From period"), ChoiceField()
        )
        self.period_to = self.add_field(form, "period_to", self.tr("&To period"), ChoiceField())
        hint = QLabel(periods_hint())
        hint.setStyleSheet(HINT_STYLE)
        form.addRow("", hint)
        self.class_name = self.add_field(form, "class_name", self.tr("&Class"), QLineEdit())
        self.class_name.setPlaceholderText(self.tr("e.g. 7A2"))
        self.teacher = self.add_field(form, "teacher_name", self.tr("T&eacher"), QLineEdit())
        self.teacher.setPlaceholderText(self.tr("type a few letters of the name, accents optional"))
        self.teacher_hint = QLabel()
        self.teacher_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.teacher_hint)
        self.subject = self.add_field(form, "subject", self.tr("&Subject"), QLineEdit())
        self.lesson = self.add_field(form, "lesson", self.tr("&Lesson"), QLineEdit())
        self.lesson.setPlaceholderText(self.tr("the lesson's title, as in the teaching plan"))
        self.items = self.add_field(
            form, "equipment_ids", self.tr("E&quipment used"), ItemsField(reg)
        )
        self.equipment_text = self.add_field(
            form, "equipment_text", self.tr("Other equipment"), QLineEdit()
        )
        self.equipment_text.setPlaceholderText(self.tr("anything not in the register, as written"))
        self.incidents = self.add_field(
            form, "incidents", self.tr("Room and equipment condition"), text_area(56)
        )
        self.incidents.setPlaceholderText(self.tr("leave empty when all was normal"))
        self.notes = self.add_field(form, "notes", self.tr("Notes"), text_area(40))
        self.finish_layout()

        self.room.set_choices([(self._room_caption(r), r.id) for r in self.rooms])
        choices = [(period_label(p), p) for p in range(1, room_usage.PERIODS_PER_DAY + 1)]
        self.period_from.set_choices(choices)
        self.period_to.set_choices(choices)
        classes = QCompleter(room_usage.class_names(reg), self)
        classes.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.class_name.setCompleter(classes)
        self.teacher_completer = FoldingCompleter(self._staff_entries(), self)
        self.teacher.setCompleter(self.teacher_completer)
        subjects = FoldingCompleter([(n, n, None) for n in room_usage.known_subjects(reg)], self)
        self.subject.setCompleter(subjects)

        self.used_on.textChanged.connect(lambda _t: self._show_weekday())
        self.period_from.changed.connect(self._follow_start)
        self.room.changed.connect(self._room_changed)
        self.teacher.textChanged.connect(lambda _t: self._teacher_changed())
        self.teacher_completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._teacher_picked
        )
        self.subject.textEdited.connect(lambda _t: self._forget_auto_subject())

        if usage is not None:
            self._fill(usage)
            self.remember_opened()
            self.lesson.setFocus()
        else:
            self.room.set_value(room_id if room_id else (self.rooms[0].id if self.rooms else None))
            self.used_on.set_value(used_on or date.today())
            first, last = periods or (1, 1)
            self.period_from.set_value(first)
            self.period_to.set_value(last)
            self._room_changed()
            self.class_name.setFocus()
        self._show_weekday()
        self._teacher_changed()

    # -- filling ----------------------------------------------------------------------

    def _staff_entries(self) -> list[tuple[str, str, str | None]]:
        """Each person by name; two of the same name told apart by subject or position."""
        counts: dict[str, int] = {}
        for m in self.staff:
            counts[fold(m.full_name)] = counts.get(fold(m.full_name), 0) + 1
        entries: list[tuple[str, str, str | None]] = []
        for m in self.staff:
            shown = m.full_name
            if counts[fold(m.full_name)] > 1:
                shown += f" ({m.subject or m.position})"
            entries.append((shown, m.full_name, m.id))
        return entries

    def _room_caption(self, room: Room) -> str:
        return f"{room.code} – {room.name}"

    def _fill(self, usage: RoomUsage) -> None:
        if all(r.id != usage.room_id for r in self.rooms):
            # A room deleted since: still shown, so the session can be corrected.
            gone = _room_or_none(self.reg, usage.room_id)
            if gone is not None:
                self.rooms.append(gone)
                self.room.addItem(self._room_caption(gone) + " " + self.tr("(deleted)"), gone.id)
        self.room.set_value(usage.room_id)
        self.used_on.set_value(usage.used_on)
        self.period_from.set_value(usage.period_from)
        self.period_to.set_value(usage.period_to)
        self.class_name.setText(usage.class_name)
        self._kept_teacher = (usage.teacher_id, usage.teacher_name) if usage.teacher_id else None
        self._picked_teacher = usage.teacher_id
        self.teacher.setText(usage.teacher_name)
        self.subject.setText(usage.subject)
        self._auto_subject = ""
        self.lesson.setText(usage.lesson)
        names = room_usage.item_names(self.reg, usage.equipment_ids or [])
        self.items.set_items([(i, *names[i]) for i in usage.equipment_ids or [] if i in names])
        self.equipment_text.setText(usage.equipment_text)
        self.incidents.setPlainText(usage.incidents)
        self.notes.setPlainText(usage.notes)
        self.items.room_id = usage.room_id

    def reload(self) -> bool:
        if self.usage is None:
            return False
        try:
            self.usage = room_usage.get_usage(self.reg, self.usage.id)
        except ServiceError:
            return False
        if self.usage.deleted_at is not None:
            return False
        self._fill(self.usage)
        return True

    # -- reactions --------------------------------------------------------------------

    def _show_weekday(self) -> None:
        try:
            day = self.used_on.value()
        except FieldValueError:
            day = None
        self.weekday.setText(weekday_name(day) if day else "")

    def _follow_start(self) -> None:
        """A start after the end, or in the other half-day, moves the end along."""
        first, last = self.period_from.value(), self.period_to.value()
        if first is None:
            return
        if last is None or last < first or room_usage.half_day(last) != room_usage.half_day(first):
            self.period_to.set_value(first)

    def _room(self) -> Room | None:
        room_id = self.room.value()
        return next((r for r in self.rooms if r.id == room_id), None)

    def _staff(self) -> Staff | None:
        teacher_id = self._teacher_id()
        return next((m for m in self.staff if m.id == teacher_id), None)

    def _room_changed(self) -> None:
        self.items.room_id = self.room.value()
        self._suggest_subject()

    def _teacher_picked(self, index: QModelIndex) -> None:
        self._picked_teacher = index.data(KEY_ROLE)
        self._teacher_changed()

    def _teacher_changed(self) -> None:
        staff = self._staff()
        if staff is not None:
            what = staff.subject or staff.position
            self.teacher_hint.setText(self.tr("In the staff list") + (f" – {what}" if what else ""))
        elif self._teacher_id():
            self.teacher_hint.setText(self.tr("No longer working here (kept as written)"))
        elif self.teacher.text().strip():
            self.teacher_hint.setText(self.tr("Not in the staff list: kept as typed"))
        else:
            self.teacher_hint.setText("")
        self._suggest_subject()

    def _forget_auto_subject(self) -> None:
        self._auto_subject = ""

    def _suggest_subject(self) -> None:
        """The teacher's subject (else the room's), unless the user wrote one."""
        current = self.subject.text().strip()
        if current and current != self._auto_subject:
            return
        suggested = room_usage.default_subject(self._room(), self._staff())
        self.subject.setText(suggested)
        self._auto_subject = suggested

    # -- reading and saving -----------------------------------------------------------

    def _teacher_id(self) -> str | None:
        """The staff member the name stands for (None for a name typed freely)."""
        name = self.teacher.text().strip()
        if not name:
            return None
        if self._kept_teacher is not None and name == self._kept_teacher[1]:
            return self._kept_teacher[0]
        matches = [m for m in self.staff if fold(m.full_name) == fold(name)]
        if self._picked_teacher and any(m.id == self._picked_teacher for m in matches):
            return self._picked_teacher
        return matches[0].id if matches else None

    def collect(self) -> dict[str, Any]:
        return {
            "room_id": self.room.value,
            "used_on": self.used_on.value,
            "period_from": self.period_from.value,
            "period_to": self.period_to.value,
            "class_name": self.class_name.text,
            "teacher_id": self._teacher_id,
            "teacher_name": self.teacher.text,
            "subject": self.subject.text,
            "lesson": self.lesson.text,
            "equipment_ids": self.items.ids,
            "equipment_text": self.equipment_text.text,
            "incidents": self.incidents.toPlainText,
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(RoomUsageInput, _given(values))

    def save(self, values: dict[str, Any]) -> RoomUsage:
        if self.usage is None:
            return room_usage.record_usage(self.reg, _given(values))
        return room_usage.update_usage(
            self.reg, self.usage.id, _given(values), expected_version=self.usage.version
        )


def _given(values: dict[str, Any]) -> dict[str, Any]:
    """The values without the empty ones (an empty day reads "not entered yet")."""
    return {k: v for k, v in values.items() if v is not None}


def _room_or_none(reg: Register, room_id: str) -> Room | None:
    try:
        return get_room(reg, room_id)
    except ServiceError:
        return None
