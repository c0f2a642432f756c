"""Lend equipment: one borrower, class, period, lesson and due time, and the items the
officer scans (the scanner types the asset code and Enter) or searches, each with how
many of its units go. The units still available show as each item is added."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateTimeEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import Loan, Staff
from app.services import loans
from app.services.loan_schemas import MAX_UNITS, LendInput, default_due
from app.services.loans import Lendable
from app.services.register import Register
from app.services.schemas import parse
from app.services.schools import list_staff
from app.services.text import fold
from app.ui.forms.base import ERROR_STYLE, FormDialog, text_area
from app.ui.labels import fmt_int

OK_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: #555;"
WARN = QColor("#b3261e")


def to_qt(moment: datetime) -> QDateTime:
    """A UTC moment as the local date and time a QDateTimeEdit shows."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


def moment_field(moment: datetime) -> QDateTimeEdit:
    """A date and time typed as dd/mm/yyyy HH:mm, with a calendar."""
    edit = QDateTimeEdit(to_qt(moment))
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


class StaffField(QLineEdit):
    """The borrower: pick an active staff member (typed without accents is fine) or
    type any other name."""

    def __init__(self, staff: Sequence[Staff], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = list(staff)
        names = [fold(s.full_name) for s in self.staff]
        twice = {n for n in names if names.count(n) > 1}
        # Two people of the same name are told apart by their subject or position.
        self._shown = {
            (
                f"{s.full_name} ({s.subject or s.position})"
                if fold(s.full_name) in twice
                else s.full_name
            ): s
            for s in self.staff
        }
        self._folded = {text: fold(text) for text in self._shown}
        self._chosen: Staff | None = None
        self.model = QStringListModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._picked)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        words = fold(text).split()
        if not words:
            self._hide_popup()
            return
        found = [s for s, f in self._folded.items() if all(w in f for w in words)]
        self.model.setStringList(found[:30])
        if found:
            self.completer_.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def _picked(self, shown: str) -> None:
        self.choose(self._shown.get(shown))

    def choose(self, staff: Staff | None) -> None:
        self._chosen = staff
        if staff is not None:
            # The completer writes the shown text after this signal: put the name back.
            QTimer.singleShot(0, self, lambda: self.setText(staff.full_name))
            self.setText(staff.full_name)

    def staff_member(self) -> Staff | None:
        """The staff member named in the box (None: a name not on the list)."""
        text = unicodedata.normalize("NFC", self.text().strip())
        if self._chosen is not None and text == self._chosen.full_name:
            return self._chosen
        same = [s for s in self.staff if s.full_name == text]
        return same[0] if len(same) == 1 else None


class LendDialog(FormDialog):
    def __init__(
        self, reg: Register, parent: QWidget | None = None, item_ids: Sequence[str] = ()
    ) -> None:
        super().__init__(self.tr("Lend equipment"), parent)
        self.reg = reg
        self.setMinimumWidth(760)
        self.lines: list[tuple[Lendable, QSpinBox]] = []
        form = self.new_form()
        self.borrower = self.add_field(
            form, "borrower_name", self.tr("&Borrower"), StaffField(list_staff(reg))
        )
        self.borrower.setPlaceholderText(
            self.tr("a teacher's name (accents optional), or any name")
        )
        self.borrower_hint = QLabel()
        self.borrower_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.borrower_hint)
        self.class_name = self.add_field(form, "class_name", self.tr("&Class"), QLineEdit())
        classes = QCompleter(loans.known_classes(reg), self.class_name)
        classes.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.class_name.setCompleter(classes)
        self.class_name.setPlaceholderText(self.tr("e.g. 7A2"))
        self.period = self.add_field(form, "period", self.tr("&Period"), QLineEdit())
        self.period.setPlaceholderText(self.tr("e.g. 3 or 3-4"))
        self.lesson = self.add_field(form, "lesson", self.tr("Less&on"), QLineEdit())
        self.due = self.add_field(
            form, "due_at", self.tr("&Due back"), moment_field(default_due(datetime.now()))
        )

        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        scan_row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setClearButtonEnabled(True)
        self.scan.setPlaceholderText(
            self.tr("Scan an asset code, or type a code or name, then Enter")
        )
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Take the selected item off the list (Delete)"))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.remove_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("items")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Asset code"),
                self.tr("Item"),
                self.tr("Room"),
                self.tr("Available"),
                self.tr("Quantity"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 80), (3, 90), (4, 90)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(170)
        self.total = QLabel()
        inner.addLayout(scan_row)
        inner.addWidget(self.message)
        inner.addWidget(self.table)
        inner.addWidget(self.total)
        self.add_field(form, "lines", self.tr("&Items"), box)
        caption = form.labelForField(self._rows["lines"])
        if isinstance(caption, QLabel):
            caption.setBuddy(self.scan)
        self.notes = self.add_field(form, "notes", self.tr("Notes"), text_area(44))
        # A taller dialog gives its room to the list of items, not to the notes.
        self._rows["notes"].setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.finish_layout()

        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Lend"))
        save.setToolTip(self.tr("Save the loan (Ctrl+Enter)"))
        save.setAutoDefault(False)
        save.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected)
        self.scan.returnPressed.connect(self.scan_entered)
        self.remove_button.clicked.connect(self.remove_selected)
        self.borrower.textChanged.connect(self._show_borrower)
        self._show_borrower()
        self._show_total()
        found = loans.lendable(reg, item_ids)
        for item_id in item_ids:
            if item_id in found:
                self.add_item(found[item_id])
        self.borrower.setFocus()

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter moves to the next field (the scan box adds its item); Ctrl+Enter
        saves; Escape closes."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.focusWidget() is not self.scan:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the borrower ---------------------------------------------------------------------

    def _show_borrower(self) -> None:
        member = self.borrower.staff_member()
        if member is not None:
            what = ", ".join(p for p in (member.position, member.subject) if p)
            self.borrower_hint.setText(self.tr("On the staff list") + (f": {what}" if what else ""))
        elif self.borrower.text().strip():
            self.borrower_hint.setText(
                self.tr("Not on the staff list: the name is written in the book as typed.")
            )
        else:
            self.borrower_hint.setText("")

    # -- the items ------------------------------------------------------------------------

    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        found = loans.find_lendable(self.reg, text)
        if not found:
            self._say(
                self.tr("No item with the code or name “%1” in the register.").replace("%1", text),
                False,
            )
            self.scan.selectAll()
            return
        chosen = found[0] if len(found) == 1 else self.choose(found)
        if chosen is not None:
            self.add_item(chosen)

    def choose(self, found: list[Lendable]) -> Lendable | None:
        """Several items match what was typed: pick one from a menu under the box."""
        menu = QMenu(self)
        for item in found:
            text = self.tr("%1 – %2 (%3 available)")
            text = text.replace("%1", item.asset_code).replace("%2", item.name)
            action = QAction(text.replace("%3", fmt_int(item.available)), menu)
            action.setData(item.id)
            menu.addAction(action)
        picked = menu.exec(self.scan.mapToGlobal(self.scan.rect().bottomLeft()))
        if picked is None:
            return None
        return next(i for i in found if i.id == picked.data())

    def add_item(self, item: Lendable) -> None:
        """Put an item on the list (a second scan of it adds one more unit)."""
        for row, (listed, spin) in enumerate(self.lines):
            if listed.id == item.id:
                spin.setValue(spin.value() + 1)
                self.table.selectRow(row)
                self._after_add(item, spin.value())
                return
        why = item.refusal(1)
        if why is not None:
            self._say(why, False)
            self.scan.selectAll()
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [
            item.asset_code,
            item.name,
            item.room_code or "—",
            f"{fmt_int(item.available)} {item.unit}",
        ]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column == 3:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, cell)
        spin = QSpinBox()
        spin.setRange(1, MAX_UNITS)
        spin.setValue(1)
        spin.setSuffix(f" {item.unit}")
        spin.valueChanged.connect(self._quantity_changed)
        self.table.setCellWidget(row, 4, spin)
        self.lines.append((item, spin))
        self.table.selectRow(row)
        self._after_add(item, 1)

    def _after_add(self, item: Lendable, quantity: int) -> None:
        self._show_total()
        self.scan.clear()
        self.scan.setFocus()
        why = item.refusal(quantity)
        if why is not None:
            self._say(why, False)
            return
        text = self.tr("Added %1 %2: %3 of %4 available.")
        for key, value in (
            ("%1", item.asset_code),
            ("%2", item.name),
            ("%3", fmt_int(quantity)),
            ("%4", f"{fmt_int(item.available)} {item.unit}"),
        ):
            text = text.replace(key, value)
        self._say(text, True)

    def _quantity_changed(self) -> None:
        self.message.clear()  # what it said of the item added last may no longer hold
        self._show_total()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self.lines[row]
        self._show_total()
        self.scan.setFocus()

    def quantity(self, item_id: str) -> int | None:
        """The quantity asked for an item on the list (None when it is not on it)."""
        return next((spin.value() for item, spin in self.lines if item.id == item_id), None)

    def _show_total(self) -> None:
        units = sum(spin.value() for _item, spin in self.lines)
        self.total.setText(
            self.tr("%n item(s) on the list", "", len(self.lines))
            + ", "
            + self.tr("%n unit(s) in all", "", units)
        )
        too_many = False
        for row, (item, spin) in enumerate(self.lines):
            over = spin.value() > item.available
            too_many |= over
            for column in range(4):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setForeground(QBrush(WARN) if over else QBrush())
            spin.setStyleSheet(ERROR_STYLE if over else "")
            spin.setToolTip(item.refusal(spin.value()) or "")
        if too_many:
            self.total.setStyleSheet(ERROR_STYLE)
            self.total.setText(
                self.total.text() + " – " + self.tr("more than available: lower the red quantities")
            )
        else:
            self.total.setStyleSheet("")

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    # -- saving ---------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        def borrower_id() -> str | None:
            member = self.borrower.staff_member()
            return member.id if member is not None else None

        return {
            "borrower_id": borrower_id,
            "borrower_name": self.borrower.text,
            "class_name": self.class_name.text,
            "period": self.period.text,
            "lesson": self.lesson.text,
            "due_at": lambda: from_qt(self.due.dateTime()),
            "lines": lambda: [
                {"equipment_id": item.id, "quantity": spin.value()} for item, spin in self.lines
            ],
            "notes": self.notes.toPlainText,
        }

    def check(self, values: dict[str, Any]) -> None:
        parse(LendInput, values)

    def save(self, values: dict[str, Any]) -> list[Loan]:
        return loans.lend(self.reg, values)
