"""Open an inventory count (mở đợt kiểm kê): its title and date, its scope (the whole
school or chosen rooms) and its committee. The same form corrects an open count's
details later (its scope is then fixed)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import inventory_count as ic
from app.services.inventory_lines import CountRow
from app.services.register import Register
from app.services.rooms import equipment_counts, list_rooms
from app.services.schemas import parse
from app.ui.forms.base import FormDialog, text_area
from app.ui.forms.fields import DateField, FieldValueError

NAME, POSITION, ROLE = range(3)


def suggested_title(on: date) -> str:
    """The count a school makes around ``on``: the year-end count of the assets (late
    November to January), else the one of the school year's start or end."""
    if on.month in (11, 12, 1):
        return f"Kiểm kê tài sản cuối năm {on.year if on.month != 1 else on.year - 1}"
    start = on.year if on.month >= 8 else on.year - 1
    when = "đầu" if on.month in (8, 9, 10) else "giữa" if on.month in (2, 3) else "cuối"
    return f"Kiểm kê {when} năm học {start} - {start + 1}"


class CommitteeTable(QWidget):
    """The committee: one row a member, with name, position and role (a list of the
    usual roles, or typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("committee")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Position"), self.tr("Role in the committee")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.clicked.connect(lambda: self.add_member({}, focus=True))
        self.remove_button = QPushButton(self.tr("&Remove member"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_member(self, member: dict[str, Any], focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(str(member.get("name", ""))))
        self.table.setItem(row, POSITION, QTableWidgetItem(str(member.get("position", ""))))
        role = QComboBox()
        role.setEditable(True)
        role.addItems(list(ic.COMMITTEE_ROLES))
        role.setCurrentText(str(member.get("role") or ic.ROLE_MEMBER))
        self.table.setCellWidget(row, ROLE, role)
        name = self.table.item(row, NAME)
        if focus and name is not None:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(name)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.currentRow()]:
            if row >= 0:
                self.table.removeRow(row)

    def set_members(self, members: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for member in members:
            self.add_member(member)

    def members(self) -> list[dict[str, str]]:
        found = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME)
            position = self.table.item(row, POSITION)
            role = self.table.cellWidget(row, ROLE)
            values = {
                "name": name.text().strip() if name else "",
                "position": position.text().strip() if position else "",
                "role": role.currentText().strip() if isinstance(role, QComboBox) else "",
            }
            if values["name"] or values["position"]:
                found.append(values)
        return found


class CountWizard(FormDialog):
    """Open a count (``count`` None) or correct an open one's details."""

    def __init__(
        self, reg: Register, count: CountRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Open an inventory count") if count is None else self.tr("Count details")
        super().__init__(title, parent)
        self.reg = reg
        self.count = count
        self.resize(760, 660)
        form = self.new_form()
        self.title = self.add_field(form, "title", self.tr("&Title"), QLineEdit())
        self.title.setObjectName("title")
        self.counted_on = self.add_field(
            form, "counted_on", self.tr("Count &date (thời điểm kiểm kê)"), DateField()
        )
        self.counted_on.setObjectName("counted_on")

        scope = QWidget()
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.whole_school = QRadioButton(self.tr("The &whole school"))
        self.whole_school.setObjectName("whole_school")
        self.chosen_rooms = QRadioButton(self.tr("&Chosen rooms:"))
        self.chosen_rooms.setObjectName("chosen_rooms")
        group = QButtonGroup(self)
        group.addButton(self.whole_school)
        group.addButton(self.chosen_rooms)
        self.rooms = QListWidget()
        self.rooms.setObjectName("rooms")
        self.rooms.setMinimumHeight(150)
        counts = equipment_counts(reg)
        for room in list_rooms(reg):
            text = self.tr("%1 – %2 (%n item(s))", "", counts.get(room.id, 0))
            entry = QListWidgetItem(text.replace("%1", room.code).replace("%2", room.name))
            entry.setData(Qt.ItemDataRole.UserRole, room.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.rooms.addItem(entry)
        self.whole_school.toggled.connect(lambda on: self.rooms.setEnabled(not on))
        self.whole_school.setChecked(True)
        self.rooms.setEnabled(False)
        scope_layout.addWidget(self.whole_school)
        scope_layout.addWidget(self.chosen_rooms)
        scope_layout.addWidget(self.rooms)
        self.add_field(form, "room_ids", self.tr("Scope"), scope)

        self.committee = self.add_field(
            form, "committee", self.tr("Co&mmittee (ban kiểm kê)"), CommitteeTable()
        )
        self.committee.table.itemChanged.connect(self._recheck)
        self.notes = self.add_field(form, "notes", self.tr("Notes"), text_area(50))
        hint = QLabel(
            self.tr(
                "Opening the count copies the register's figures of every item in scope. "
                "Two counts may not share a room: finish or cancel an open count first."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self._layout.addWidget(hint)
        self.finish_layout()
        self._fill()
        self.remember_opened()
        self.title.setFocus()

    def _fill(self) -> None:
        count = self.count
        if count is None:
            today = date.today()
            self.title.setText(suggested_title(today))
            self.counted_on.set_value(today)
            school = self.reg.school()
            members = []
            if school.principal:
                members.append(
                    {"name": school.principal, "position": "Hiệu trưởng", "role": ic.ROLE_CHAIR}
                )
            if school.equipment_officer:
                members.append(
                    {
                        "name": school.equipment_officer,
                        "position": "Cán bộ thiết bị",
                        "role": ic.ROLE_SECRETARY,
                    }
                )
            self.committee.set_members(members)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
                self.tr("&Open count")
            )
            return
        self.title.setText(count.title)
        self.counted_on.set_value(count.counted_on)
        self.committee.set_members(count.committee)
        self.notes.setPlainText(count.notes)
        self.whole_school.setChecked(count.whole_school)
        self.chosen_rooms.setChecked(not count.whole_school)
        for i in range(self.rooms.count()):
            entry = self.rooms.item(i)
            chosen = entry.data(Qt.ItemDataRole.UserRole) in count.room_ids
            entry.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        for widget in (self.whole_school, self.chosen_rooms, self.rooms):
            widget.setEnabled(False)

    def chosen_room_ids(self) -> list[str]:
        return [
            self.rooms.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.rooms.count())
            if self.rooms.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _date(self) -> date:
        value = self.counted_on.value()
        if value is None:
            raise FieldValueError(self.tr("Write the date of the count (dd/mm/yyyy)."))
        return value

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": self.title.text,
            "counted_on": self._date,
            "committee": self.committee.members,
            "notes": self.notes.toPlainText,
        }
        if self.count is None:
            values["whole_school"] = self.whole_school.isChecked
            values["room_ids"] = self.chosen_room_ids
        else:
            values["conclusion"] = lambda: self.count.conclusion if self.count else ""
        return values

    def check(self, values: dict[str, Any]) -> None:
        parse(ic.CountInput if self.count is None else ic.CountDetails, values)

    def save(self, values: dict[str, Any]) -> CountRow:
        if self.count is None:
            return ic.open_count(self.reg, values)
        return ic.update_count(self.reg, self.count.id, values, self.count.version)
