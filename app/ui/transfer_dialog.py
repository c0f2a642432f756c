"""A handover between rooms (biên bản bàn giao): the receiving room, date, decision,
who hands over and who receives, and the items the officer scans. Each item moves
whole unless fewer units are typed (then they are split off as a new item); the
units by condition can be set per line, good ones go first otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import equipment, transfers
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import parse
from app.services.schools import list_staff
from app.services.transfers import CONDITIONS, Handover, RoomTransferInput
from app.ui.forms.base import ERROR_STYLE, FormDialog, text_area
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError, room_choices
from app.ui.item_scan import ScanBox
from app.ui.labels import fmt_int
from app.ui.short_list_model import Index, ShortListModel

QTY = 4  # the first editable column; the four condition columns follow


@dataclass
class Line:
    equipment_id: str
    asset_code: str
    name: str
    unit: str
    room_code: str
    have: dict[str, int]  # the item's units by condition
    moved: dict[str, int] = field(default_factory=dict)  # the units to move

    @property
    def total(self) -> int:
        return sum(self.have.values())

    @property
    def quantity(self) -> int:
        return sum(self.moved.values())

    def good_first(self, quantity: int) -> None:
        left = quantity
        for c in CONDITIONS:
            self.moved[c] = min(self.have[c], max(left, 0))
            left -= self.moved[c]
        if left > 0:  # more than the item has: kept, so the service can say so
            self.moved[CONDITIONS[0]] += left

    def as_input(self) -> dict[str, Any]:
        if self.moved == self.have:
            return {"equipment_id": self.equipment_id}
        return {"equipment_id": self.equipment_id, "quantity": self.quantity, **self.moved}


class HandoverLines(ShortListModel[Line]):
    """The items of the handover, with the units to move (editable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Asset code"),
            self.tr("Item"),
            self.tr("From room"),
            self.tr("Has"),
            self.tr("Move"),
            self.tr("Good"),
            self.tr("Minor damage"),
            self.tr("Broken"),
            self.tr("Lost"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col < QTY:
                return [line.asset_code, line.name, line.room_code, fmt_int(line.total)][col]
            if col == QTY:
                return line.quantity
            return line.moved[CONDITIONS[col - QTY - 1]]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col > QTY:
            have = line.have[CONDITIONS[col - QTY - 1]]
            return self.tr("The item has %1 in this condition").replace("%1", str(have))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= QTY else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() < QTY:
            return False
        try:
            number = int(str(value).strip() or "0")
        except ValueError:
            return False
        if number < 0:
            return False
        line = self.lines[index.row()]
        if index.column() == QTY:
            line.good_first(number)
        else:
            line.moved[CONDITIONS[index.column() - QTY - 1]] = number
        self.dataChanged.emit(self.index(index.row(), QTY), self.index(index.row(), QTY + 4))
        return True


class TransferDialog(FormDialog):
    """A new handover into one room; ``item_ids`` start the list (arrivals to place)."""

    def __init__(
        self,
        reg: Register,
        parent: QWidget | None = None,
        item_ids: Sequence[str] = (),
        to_room_id: str | None = None,
    ) -> None:
        super().__init__(self.tr("Hand over equipment to a room"), parent)
        self.reg = reg
        self.resize(920, 680)
        form = self.new_form()
        self.to_room = self.add_field(form, "to_room_id", self.tr("&To room"), ChoiceField())
        self.to_room.set_choices([(self.tr("(choose a room)"), None), *room_choices(reg)])
        if to_room_id is not None:
            self.to_room.set_value(to_room_id)
        self.transferred_on = self.add_field(form, "transferred_on", self.tr("&Date"), DateField())
        self.transferred_on.set_value(date.today())
        self.decision_number = self.add_field(
            form, "decision_number", self.tr("Decision &number"), QLineEdit()
        )
        self.decision_number.setPlaceholderText(self.tr("if there is one"))
        names = [s.full_name for s in list_staff(reg)]
        self.handed_by = self.add_field(form, "handed_by", self.tr("&Handed over by"), QLineEdit())
        self.received_by = self.add_field(form, "received_by", self.tr("&Received by"), QLineEdit())
        for edit in (self.handed_by, self.received_by):
            completer = QCompleter(names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        self.reason = self.add_field(form, "reason", self.tr("Rea&son"), text_area(40))
        self.notes = self.add_field(form, "notes", self.tr("Notes"), text_area(36))
        for area in (self.reason, self.notes):  # the list of items takes the height left
            area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.scan = ScanBox(reg)
        self.scan.setObjectName("scan")
        column.addWidget(self.scan)
        self.scan_message = QLabel()
        self.scan_message.setStyleSheet(ERROR_STYLE)
        self.scan_message.hide()
        column.addWidget(self.scan_message)
        self.lines = HandoverLines(self)
        self.table = QTableView()
        self.table.setObjectName("lines")
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for i, width in enumerate((100, 230, 80, 50, 55, 55, 80, 55, 55)):
            self.table.setColumnWidth(i, width)
        self.table.setMinimumHeight(220)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count = QLabel()
        remove = QPushButton(self.tr("Re&move item"))
        remove.clicked.connect(self.remove_selected)
        row.addWidget(self.count, 1)
        row.addWidget(remove)
        column.addLayout(row)
        self.add_field(form, "lines", self.tr("Items"), box)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Hand &over"))
        self.finish_layout()

        self.scan.picked.connect(self.add_items)
        self.scan.not_found.connect(
            lambda text: self._say(self.tr("No item in service matches «%1».").replace("%1", text))
        )
        self.lines.rowsInserted.connect(lambda *_: self._count())
        self.lines.rowsRemoved.connect(lambda *_: self._count())
        self.lines.dataChanged.connect(lambda *_: self._count())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        if item_ids:
            self.add_items(list(item_ids))
        self._count()
        (self.to_room if to_room_id is None else self.scan).setFocus()

    def _say(self, text: str) -> None:
        self.scan_message.setText(text)
        self.scan_message.setVisible(bool(text))

    def _count(self) -> None:
        units = sum(line.quantity for line in self.lines.lines)
        self.count.setText(
            self.tr("%n item(s)", "", len(self.lines.lines))
            + " · "
            + self.tr("%n unit(s)", "", units)
        )

    def add_items(self, ids: Sequence[str]) -> None:
        listed = {line.equipment_id for line in self.lines.lines}
        skipped = []
        for item_id in ids:
            item = equipment.get_equipment(self.reg, item_id)
            if item_id in listed:
                skipped.append(item.asset_code)
                continue
            have = {c: int(getattr(item, c)) for c in CONDITIONS}
            room = item.room.code if item.room is not None else ""
            line = Line(item.id, item.asset_code, item.name, item.unit, room, have, dict(have))
            self.lines.add(line)
            listed.add(item_id)
        self._say(
            self.tr("Already in the list: %1").replace("%1", ", ".join(skipped)) if skipped else ""
        )
        if self.lines.lines:
            self.table.scrollToBottom()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        self.lines.remove(sorted(rows))

    def collect(self) -> dict[str, Any]:
        return {
            "to_room_id": self._to_room,
            "transferred_on": self._date,
            "decision_number": self.decision_number.text,
            "handed_by": self.handed_by.text,
            "received_by": self.received_by.text,
            "reason": self.reason.toPlainText,
            "notes": self.notes.toPlainText,
            "lines": lambda: [line.as_input() for line in self.lines.lines],
        }

    def _to_room(self) -> str:
        room = self.to_room.value()
        if room is None:
            raise FieldValueError(self.tr("Choose the room that receives the items."))
        return str(room)

    def _date(self) -> date:
        value = self.transferred_on.value()
        if value is None:
            raise FieldValueError(self.tr("Enter the date of the handover."))
        return value

    def check(self, values: dict[str, Any]) -> None:
        parse(RoomTransferInput, values)

    def save(self, values: dict[str, Any]) -> Handover:
        try:
            return transfers.transfer_between_rooms(self.reg, values)
        except ServiceError as exc:
            if exc.fields or not self.lines.lines:
                raise
            raise ServiceError(exc.message, {"lines": exc.message}) from None
