"""One disposal (thanh lý): its decision, committee and list of items while a draft,
then applying it to the register after a confirmation. An applied one is read-only.

Items come by scanner or search (the condition chosen beside the box, broken by
default, and all such units unless a quantity is typed), or from the suggestions:
items with broken or lost units.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import Disposal
from app.models.enums import Condition, DisposalStatus
from app.services import disposals, equipment
from app.services.disposals import Candidate, DisposalInput, DisposalLineInput, LineRow
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import parse
from app.ui.forms.base import ERROR_STYLE, FormDialog, text_area
from app.ui.forms.fields import (
    ChoiceField,
    DateField,
    FieldValueError,
    IntField,
    MoneyField,
    enum_choices,
)
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Source
from app.ui.item_scan import ScanBox
from app.ui.labels import fmt_date, fmt_int, fmt_money, label
from app.ui.short_list_model import Index, ShortListModel

METHODS = ("Bán thanh lý", "Bán đấu giá", "Bán phế liệu", "Tiêu hủy", "Điều chuyển")


class LinesModel(ShortListModel[LineRow]):
    """The items listed on a disposal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Asset code"),
            self.tr("Item"),
            self.tr("Room"),
            self.tr("Condition"),
            self.tr("Qty"),
            self.tr("Unit"),
            self.tr("Has"),
            self.tr("Original value"),
            self.tr("Remaining value"),
            self.tr("Reason"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                line.asset_code,
                line.name,
                line.room_code or "",
                label(line.condition),
                fmt_int(line.quantity),
                line.unit,
                fmt_int(line.available),
                fmt_money(line.original_value),
                fmt_money(line.remaining_value),
                line.reason,
            ][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 6, 7, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return self.tr("Units of the item in this condition in the register now")
        return None


class LineForm(FormDialog):
    """Change a listed item's quantity, condition, remaining value or reason."""

    def __init__(self, reg: Register, line: LineRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Item to dispose of"), parent)
        self.reg = reg
        self.line = line
        form = self.new_form()
        form.addRow(self.tr("Item"), QLabel(f"{line.asset_code} – {line.name}"))
        self.condition = self.add_field(form, "condition", self.tr("&Condition"), ChoiceField())
        self.condition.set_choices(enum_choices(Condition))
        self.condition.set_value(line.condition)
        self.quantity = self.add_field(form, "quantity", self.tr("&Quantity"), IntField())
        self.quantity.set_value(line.quantity)
        self.remaining = self.add_field(
            form, "remaining_value", self.tr("&Remaining value (đồng)"), MoneyField()
        )
        self.remaining.set_value(line.remaining_value)
        form.addRow(
            self.tr("Original value"),
            QLabel(self.tr("%1 per unit").replace("%1", fmt_money(line.unit_price))),
        )
        self.reason = self.add_field(form, "reason", self.tr("Reason / notes"), text_area(50))
        self.reason.setPlainText(line.reason)
        self.finish_layout()
        self.quantity.setFocus()
        self.quantity.selectAll()

    def collect(self) -> dict[str, Any]:
        return {
            "equipment_id": lambda: self.line.equipment_id,
            "condition": self.condition.value,
            "quantity": self.quantity.value,
            "remaining_value": self.remaining.value,
            "reason": self.reason.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(DisposalLineInput, values)

    def save(self, values: dict[str, Any]) -> Any:
        return disposals.update_line(
            self.reg, self.line.id, values, expected_version=self.line.version
        )


class CandidatesDialog(QDialog):
    """Broken and lost units in the register, to add to the list in one go."""

    def __init__(
        self, reg: Register, disposal_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested items"))
        self.resize(820, 460)
        found = disposals.disposal_candidates(reg, disposal_id)
        self.by_key: dict[str, Candidate] = {c.key: c for c in found}
        keys = list(self.by_key)
        columns = [
            Column("asset_code", self.tr("Asset code"), lambda c: c.asset_code, width=110),
            Column("name", self.tr("Item"), lambda c: c.name, width=260),
            Column("room", self.tr("Room"), lambda c: c.room_code or "", width=80),
            Column("condition", self.tr("Condition"), lambda c: label(c.condition), width=90),
            Column("available", self.tr("Units"), lambda c: fmt_int(c.available), True, width=60),
            Column("why", self.tr("Why"), lambda c: c.why, width=170),
        ]
        source = Source(lambda _s, _d: keys, lambda ks: {k: self.by_key[k] for k in ks})
        self.model = IdTableModel(columns, source, self)
        self.model.refresh()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        for i, col in enumerate(columns):
            self.table.setColumnWidth(i, col.width)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add selected"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        select_all = buttons.addButton(
            self.tr("Select &all"), QDialogButtonBox.ButtonRole.ResetRole
        )
        select_all.clicked.connect(self.table.selectAll)
        layout = QVBoxLayout(self)
        text = self.tr("%n suggestion(s): all their broken or lost units are added.", "", len(keys))
        layout.addWidget(QLabel(text))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[Candidate]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.by_key[k] for k in (self.model.id_at(r) for r in rows) if k is not None]


class DisposalDialog(FormDialog):
    """A disposal, new (``disposal_id`` None) or existing."""

    printed = Signal(str)  # the disposal id to print

    def __init__(
        self,
        reg: Register,
        hub: Hub,
        disposal_id: str | None = None,
        parent: QWidget | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(self.tr("Disposal"), parent)
        self.reg = reg
        self.hub = hub
        self.disposal: Disposal | None = None
        self.confirm = confirm or self._ask
        self.resize(1000, 760)
        form = self.new_form()
        self.decision_number = self.add_field(
            form, "decision_number", self.tr("Decision &number"), QLineEdit()
        )
        self.decision_number.setPlaceholderText(self.tr("e.g. 15/QĐ-THCS"))
        self.decision_date = self.add_field(
            form, "decision_date", self.tr("Decision &date"), DateField()
        )
        self.disposed_on = self.add_field(
            form, "disposed_on", self.tr("Disposal da&te"), DateField()
        )
        self.method = self.add_field(form, "method", self.tr("&Method"), QComboBox())
        self.method.setEditable(True)
        self.method.addItems(["", *METHODS])
        self.proceeds = self.add_field(form, "proceeds", self.tr("&Proceeds (đồng)"), MoneyField())
        self.reason = self.add_field(form, "reason", self.tr("&Reason"), text_area(46))
        self.notes = self.add_field(form, "notes", self.tr("Notes"), text_area(36))
        self.committee = QTableWidget(0, 3)
        self.committee.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Position"), self.tr("Role in the committee")]
        )
        self.committee.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.committee.verticalHeader().hide()
        self.committee.setFixedHeight(118)
        self.committee.itemChanged.connect(self._recheck)
        self.add_member_button = QPushButton(self.tr("Add mem&ber"))
        self.add_member_button.clicked.connect(lambda: self._add_member({}))
        self.remove_member_button = QPushButton(self.tr("Remove member"))
        self.remove_member_button.clicked.connect(self._remove_member)
        member_buttons = QVBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        committee_row = QHBoxLayout()
        committee_row.addWidget(self.committee, 1)
        committee_row.addLayout(member_buttons)
        committee_box = QWidget()
        committee_box.setLayout(committee_row)
        self.add_field(form, "committee", self.tr("Committee"), committee_box)

        items = QGroupBox(self.tr("Items to dispose of"))
        box = QVBoxLayout(items)
        scan_row = QHBoxLayout()
        self.scan = ScanBox(reg)
        self.scan.setObjectName("scan")
        self.condition = ChoiceField()
        self.condition.set_choices(enum_choices(Condition))
        self.condition.set_value(Condition.BROKEN)
        self.condition.setToolTip(self.tr("Which units of the scanned item go"))
        self.quantity = IntField(allow_empty=True)
        self.quantity.setPlaceholderText(self.tr("all"))
        self.quantity.setMaximumWidth(60)
        self.quantity.setToolTip(self.tr("How many units; empty: all units in that condition"))
        self.suggest_button = QPushButton(self.tr("&Suggestions…"))
        self.suggest_button.clicked.connect(self.add_suggestions)
        self.condition_label = QLabel(self.tr("C&ondition"))
        self.condition_label.setBuddy(self.condition)
        self.quantity_label = QLabel(self.tr("&Qty"))
        self.quantity_label.setBuddy(self.quantity)
        scan_row.addWidget(self.scan, 3)
        scan_row.addWidget(self.condition_label)
        scan_row.addWidget(self.condition)
        scan_row.addWidget(self.quantity_label)
        scan_row.addWidget(self.quantity)
        scan_row.addWidget(self.suggest_button)
        box.addLayout(scan_row)
        self.scan_message = QLabel()
        self.scan_message.setStyleSheet(ERROR_STYLE)
        self.scan_message.setWordWrap(True)
        self.scan_message.hide()
        box.addWidget(self.scan_message)
        self.lines = LinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("lines")
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for i, width in enumerate((95, 220, 70, 80, 50, 50, 50, 110, 110)):
            self.table.setColumnWidth(i, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_line())
        box.addWidget(self.table, 1)
        line_buttons = QHBoxLayout()
        self.totals = QLabel()
        self.edit_line_button = QPushButton(self.tr("&Edit item…"))
        self.edit_line_button.clicked.connect(self.edit_line)
        self.remove_line_button = QPushButton(self.tr("Remo&ve items"))
        self.remove_line_button.clicked.connect(self.remove_lines)
        line_buttons.addWidget(self.totals, 1)
        line_buttons.addWidget(self.edit_line_button)
        line_buttons.addWidget(self.remove_line_button)
        box.addLayout(line_buttons)
        self._layout.addWidget(items, 1)

        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save draft"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply disposal…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.print_button = self.buttons.addButton(
            self.tr("Pr&int minutes…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_minutes)
        self.delete_button = self.buttons.addButton(
            self.tr("De&lete draft"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.clicked.connect(self.delete_draft)
        self.finish_layout()

        self.scan.picked.connect(self.add_items)
        self.scan.not_found.connect(
            lambda text: self._say(self.tr("No item in service matches «%1».").replace("%1", text))
        )
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_lines)

        if disposal_id is None:
            self.disposed_on.set_value(date.today())
            self.proceeds.set_value(0)
            self._add_member({})
            self.decision_number.setFocus()
        else:
            self.disposal = disposals.get_disposal(reg, disposal_id)
            self._fill(self.disposal)
            self.remember_opened()
            self.scan.setFocus()
        self._show_state()
        self._reload_lines()

    # -- the header ---------------------------------------------------------------------

    def _fill(self, d: Disposal) -> None:
        self.decision_number.setText(d.decision_number)
        self.decision_date.set_value(d.decision_date)
        self.disposed_on.set_value(d.disposed_on)
        self.method.setCurrentText(d.method)
        self.proceeds.set_value(d.proceeds)
        self.reason.setPlainText(d.reason)
        self.notes.setPlainText(d.notes)
        self.committee.blockSignals(True)
        self.committee.setRowCount(0)
        for member in d.committee:
            self._add_member(member)
        self.committee.blockSignals(False)

    def reload(self) -> bool:
        if self.disposal is None:
            return False
        try:
            self.disposal = disposals.get_disposal(self.reg, self.disposal.id)
        except ServiceError:
            return False
        self._fill(self.disposal)
        return True

    def _add_member(self, member: dict[str, Any]) -> None:
        row = self.committee.rowCount()
        self.committee.insertRow(row)
        for col, key in enumerate(("name", "position", "role")):
            self.committee.setItem(row, col, QTableWidgetItem(str(member.get(key, ""))))

    def _remove_member(self) -> None:
        rows = sorted({i.row() for i in self.committee.selectedIndexes()}, reverse=True)
        for row in rows or [self.committee.rowCount() - 1]:
            if row >= 0:
                self.committee.removeRow(row)

    def _members(self) -> list[dict[str, str]]:
        members = []
        for row in range(self.committee.rowCount()):
            values = {}
            for col, key in enumerate(("name", "position", "role")):
                cell = self.committee.item(row, col)
                values[key] = cell.text().strip() if cell is not None else ""
            if any(values.values()):
                members.append(values)
        return members

    def collect(self) -> dict[str, Any]:
        return {
            "decision_number": self.decision_number.text,
            "decision_date": self.decision_date.value,
            "disposed_on": self._disposed_on,
            "method": lambda: self.method.currentText().strip(),
            "proceeds": self.proceeds.value,
            "reason": self.reason.toPlainText,
            "notes": self.notes.toPlainText,
            "committee": self._members,
        }

    def _disposed_on(self) -> date:
        value = self.disposed_on.value()
        if value is None:
            raise FieldValueError(self.tr("Enter the date of the disposal."))
        return value

    def check(self, values: dict[str, Any]) -> None:
        parse(DisposalInput, values)

    def save(self, values: dict[str, Any]) -> Disposal:
        if self.disposal is None:
            self.disposal = disposals.create_disposal(self.reg, values)
        else:
            self.disposal = disposals.update_disposal(
                self.reg, self.disposal.id, values, expected_version=self.disposal.version
            )
        self.remember_opened()
        self.hub.changed.emit("disposal", [self.disposal.id])
        return self.disposal

    def _ensure_saved(self) -> bool:
        """Save the header (a new draft is made on the first item): False if refused."""
        if self.disposal is not None and self.disposal.status != DisposalStatus.DRAFT:
            return False
        try:
            self.save(self.read_fields())
        except ServiceError as exc:
            self.show_errors(exc.message, exc.fields)
            return False
        self.clear_errors()
        self._show_state()
        return True

    # -- the list -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.scan_message.setText(text)
        self.scan_message.setVisible(bool(text))

    def _reload_lines(self) -> None:
        lines = disposals.disposal_lines(self.reg, self.disposal.id) if self.disposal else []
        self.lines.set_lines(lines)
        units = sum(line.quantity for line in lines)
        self.totals.setText(
            self.tr("%n item(s)", "", len(lines))
            + " · "
            + self.tr("%n unit(s)", "", units)
            + " · "
            + self.tr("original value %1, remaining %2")
            .replace("%1", fmt_money(sum(line.original_value for line in lines)))
            .replace("%2", fmt_money(sum(line.remaining_value for line in lines)))
        )

    def add_items(self, ids: Sequence[str]) -> None:
        """Scanned or searched items, with the condition and quantity beside the box."""
        condition = self.condition.value()
        try:
            typed = self.quantity.value()
        except FieldValueError as exc:
            self._say(str(exc))
            return
        if not self._ensure_saved():
            return
        lines: list[dict[str, Any]] = []
        for item_id in ids:
            n = typed
            if n is None:
                n = self._units_in(item_id, condition)
            lines.append({"equipment_id": item_id, "quantity": n, "condition": condition})
        self._add(lines)
        self.quantity.clear()

    def _units_in(self, item_id: str, condition: Condition) -> int:
        item = equipment.get_equipment(self.reg, item_id)
        return max(int(getattr(item, disposals.CONDITION_FIELDS[condition])), 1)

    def _add(self, lines: list[dict[str, Any]]) -> None:
        assert self.disposal is not None
        try:
            disposals.add_lines(self.reg, self.disposal.id, lines)
        except ServiceError as exc:
            self._say(exc.message)
            return
        self._say("")
        self._changed()

    def add_suggestions(self) -> None:
        if self.disposal is not None and self.disposal.status != DisposalStatus.DRAFT:
            return
        dialog = CandidatesDialog(self.reg, self.disposal.id if self.disposal else None, self)
        if not dialog.exec() or not dialog.chosen():
            return
        if not self._ensure_saved():
            return
        self._add(
            [
                {"equipment_id": c.equipment_id, "quantity": c.available, "condition": c.condition}
                for c in dialog.chosen()
            ]
        )

    def _selected_lines(self) -> list[LineRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.lines.lines[r] for r in rows]

    def edit_line(self) -> None:
        if not self._is_draft():
            return
        index = self.table.currentIndex()
        if not index.isValid():
            return
        if LineForm(self.reg, self.lines.lines[index.row()], self).exec():
            self._changed()

    def remove_lines(self) -> None:
        chosen = self._selected_lines()
        if not chosen or not self._is_draft():
            return
        try:
            disposals.remove_lines(self.reg, [line.id for line in chosen])
        except ServiceError as exc:
            self._say(exc.message)
            return
        self._changed()

    def _changed(self) -> None:
        assert self.disposal is not None
        self.disposal = disposals.get_disposal(self.reg, self.disposal.id)
        self._reload_lines()
        self.hub.changed.emit("disposal", [self.disposal.id])

    # -- state and actions --------------------------------------------------------------

    def _is_draft(self) -> bool:
        return self.disposal is None or self.disposal.status == DisposalStatus.DRAFT

    def _show_state(self) -> None:
        draft = self._is_draft()
        title = self.tr("New disposal") if self.disposal is None else self.tr("Disposal")
        if self.disposal is not None and self.disposal.decision_number:
            title += f" {self.disposal.decision_number}"
        if not draft:
            assert self.disposal is not None
            title += " – " + self.tr("carried out on %1").replace(
                "%1", fmt_date(self.disposal.applied_at)
            )
        self.setWindowTitle(title)
        for text in (self.reason, self.notes):
            text.setReadOnly(not draft)
        for line in (self.decision_number, self.decision_date, self.disposed_on, self.proceeds):
            line.setReadOnly(not draft)
        self.method.setEnabled(draft)
        self.committee.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if draft
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for widget in (
            self.add_member_button,
            self.remove_member_button,
            self.scan,
            self.condition_label,
            self.condition,
            self.quantity_label,
            self.quantity,
            self.suggest_button,
            self.edit_line_button,
            self.remove_line_button,
            self.apply_button,
            self.delete_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
        ):
            widget.setVisible(draft)
        self.delete_button.setVisible(draft and self.disposal is not None)
        self.table.setColumnHidden(6, not draft)  # units the item has now: for a draft only
        self.print_button.setEnabled(self.disposal is not None)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def apply(self) -> None:
        """Save, confirm with what will happen, then carry the disposal out."""
        if not self._ensure_saved():
            return
        assert self.disposal is not None
        lines = self.lines.lines
        units = sum(line.quantity for line in lines)
        question = (
            self.tr("Carry out this disposal?")
            + "\n\n"
            + self.tr("%n item(s)", "", len(lines))
            + ", "
            + self.tr("%n unit(s) leave the register.", "", units)
            + " "
            + self.tr("Items whose every unit goes stay as history, marked disposed.")
            + "\n\n"
            + self.tr("This cannot be undone.")
        )
        if not lines:
            question = self.tr("Carry out this disposal?")
        if not self.confirm(question):
            return
        try:
            done = disposals.apply_disposal(
                self.reg, self.disposal.id, expected_version=self.disposal.version
            )
        except ServiceError as exc:
            self.show_errors(exc.message, exc.fields)
            return
        self.disposal = disposals.get_disposal(self.reg, self.disposal.id)
        self.clear_errors()
        self._show_state()
        self._reload_lines()
        self.hub.changed.emit("disposal", [self.disposal.id])
        self.hub.changed.emit("equipment", list(done.item_ids))

    def print_minutes(self) -> None:
        if self.disposal is None:
            return
        if self._is_draft() and not self._ensure_saved():
            return
        self.printed.emit(self.disposal.id)

    def delete_draft(self) -> None:
        if self.disposal is None or not self._is_draft():
            return
        if not self.confirm(self.tr("Delete this draft and its list of items?")):
            return
        try:
            disposals.delete_disposal(self.reg, self.disposal.id)
        except ServiceError as exc:
            self.show_errors(exc.message, {})
            return
        self.hub.changed.emit("disposal", [self.disposal.id])
        self.reject()
