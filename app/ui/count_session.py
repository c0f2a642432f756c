"""The counting screen (kiểm kê từng phòng): choose the room, scan the labels.

A USB scanner types the asset code and Enter into the scan box, which keeps the
focus: a single item is counted at once (in the condition the book has it); a lot
opens the quantity entry (good, minor damage, broken, to dispose), Enter saves it and
the focus goes back to the scan box. An unknown code is said plainly with a beep.
Every scan and entry is saved at once by the service; the table below lists the
room's lines (an ``IdTableModel`` over SQL) coloured by how they stand, with who
counted each one and when.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CountStatus
from app.services import inventory_count as ic
from app.services import inventory_lines as il
from app.services.errors import ServiceError
from app.services.inventory_lines import NO_ROOM, CountRow, LineFilter, LineRow, LineState
from app.services.register import Register
from app.services.rooms import list_rooms
from app.ui.forms.base import ERROR_STYLE
from app.ui.forms.fields import ChoiceField, IntField
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Source
from app.ui.labels import fmt_date, fmt_int, label

EVERY_ROOM = "__every__"  # the room choice that counts items where the book has them
NOTIFY_DELAY_MS = 1500  # other screens hear of the scans at most this often
STATE_COLOURS = {
    LineState.MATCHES: "#e6f4ea",
    LineState.DIFFERS: "#fff4e0",
    LineState.NOT_FOUND: "#fde7e9",
    LineState.EXTRA: "#e3ecfb",
}
MESSAGE_STYLES = {
    "ok": "background: #e6f4ea; color: #0d5323;",
    "info": "background: #eef2f7; color: #1d3557;",
    "warn": "background: #fff4e0; color: #7a4a00;",
    "error": "background: #fde7e9; color: #8c1d18;",
}
Index = QModelIndex | QPersistentModelIndex


def state_labels() -> dict[LineState, str]:
    return {
        LineState.UNCOUNTED: QCoreApplication.translate("CountSession", "Not counted"),
        LineState.MATCHES: QCoreApplication.translate("CountSession", "As in the book"),
        LineState.DIFFERS: QCoreApplication.translate("CountSession", "Differs"),
        LineState.NOT_FOUND: QCoreApplication.translate("CountSession", "Not found"),
        LineState.EXTRA: QCoreApplication.translate("CountSession", "Extra"),
    }


def _counted(value: Callable[[LineRow], int]) -> Callable[[LineRow], str]:
    """A counted figure, blank while the line is not counted (0 shows as blank too)."""
    return lambda r: fmt_int(value(r)) if r.counted and value(r) else ""


def line_columns() -> list[Column]:
    states = state_labels()
    return [
        Column(
            "asset_code",
            QCoreApplication.translate("CountSession", "Asset code"),
            lambda r: r.asset_code,
            width=100,
        ),
        Column(
            "name", QCoreApplication.translate("CountSession", "Item"), lambda r: r.name, width=230
        ),
        Column(
            "state",
            QCoreApplication.translate("CountSession", "Result"),
            lambda r: states[r.state],
            sortable=False,
            width=100,
        ),
        Column(
            "unit",
            QCoreApplication.translate("CountSession", "Unit"),
            lambda r: r.unit,
            sortable=False,
            width=50,
        ),
        Column(
            "book_room",
            QCoreApplication.translate("CountSession", "Book room"),
            lambda r: r.book_room_code or "",
            width=80,
        ),
        Column(
            "book_quantity",
            QCoreApplication.translate("CountSession", "Book qty"),
            lambda r: fmt_int(r.book_quantity),
            align_right=True,
            width=70,
        ),
        Column(
            "good",
            QCoreApplication.translate("CountSession", "Good"),
            _counted(lambda r: r.counted_good),
            align_right=True,
            sortable=False,
            width=50,
        ),
        Column(
            "minor",
            QCoreApplication.translate("CountSession", "Minor dmg."),
            _counted(lambda r: r.counted_minor_damage),
            align_right=True,
            sortable=False,
            width=70,
        ),
        Column(
            "broken",
            QCoreApplication.translate("CountSession", "Broken"),
            _counted(lambda r: r.counted_broken),
            align_right=True,
            sortable=False,
            width=60,
        ),
        Column(
            "on_loan",
            QCoreApplication.translate("CountSession", "On loan"),
            _counted(lambda r: r.on_loan),
            align_right=True,
            sortable=False,
            width=60,
        ),
        Column(
            "missing",
            QCoreApplication.translate("CountSession", "Missing"),
            _counted(lambda r: r.missing),
            align_right=True,
            sortable=False,
            width=60,
            warn=lambda r: r.missing > 0,
        ),
        Column(
            "surplus",
            QCoreApplication.translate("CountSession", "Surplus"),
            _counted(lambda r: r.surplus),
            align_right=True,
            sortable=False,
            width=60,
        ),
        Column(
            "to_dispose",
            QCoreApplication.translate("CountSession", "To dispose"),
            _counted(lambda r: r.to_dispose),
            align_right=True,
            sortable=False,
            width=70,
        ),
        Column(
            "found_room",
            QCoreApplication.translate("CountSession", "Found in"),
            lambda r: (r.found_room_code or "") if r.counted else "",
            width=80,
            warn=lambda r: r.moved,
        ),
        Column(
            "counted_by",
            QCoreApplication.translate("CountSession", "Counted by"),
            lambda r: r.counted_by,
            width=110,
        ),
        Column(
            "counted_at",
            QCoreApplication.translate("CountSession", "Counted at"),
            lambda r: r.counted_at.astimezone().strftime("%d/%m/%Y %H:%M") if r.counted_at else "",
            width=110,
        ),
        Column(
            "reason",
            QCoreApplication.translate("CountSession", "Notes"),
            lambda r: r.reason,
            sortable=False,
            width=200,
        ),
    ]


class LineModel(IdTableModel):
    """The lines, each row tinted by how it stands."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_data(index.row())
            colour = STATE_COLOURS.get(row.state) if isinstance(row, LineRow) else None
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)


class ScanLine(QLineEdit):
    """The scan box: Enter hands the code on and goes no further (never to a button)."""

    entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit(self.text())
            event.accept()
            return
        super().keyPressEvent(event)


class QuantityField(IntField):
    """A counted quantity. Enter saves the entry; a scanner's code typed here (the
    officer scanned the next label before saving) is handed on as a scan."""

    entered = Signal()
    scanned = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.text().strip()
            if text and not re.fullmatch(r"[0-9]+", text):
                self.scanned.emit(text)
            else:
                self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LotEntry(QGroupBox):
    """What was counted of one item: units by condition and units to dispose of."""

    save_requested = Signal()
    cancelled = Signal()
    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lot_entry")
        self.equipment_id = ""
        self.room_id: str | None = None
        self.code = ""
        self.book = QLabel()
        self.book.setWordWrap(True)
        self.good = QuantityField()
        self.minor_damage = QuantityField()
        self.broken = QuantityField()
        self.to_dispose = QuantityField()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it differs (optional)"))
        self.reason.returnPressed.connect(self.save_requested.emit)
        for name, box in self.quantity_fields().items():
            box.setObjectName(name)
            box.setMaximumWidth(80)
            box.entered.connect(self.save_requested.emit)
            box.scanned.connect(self.scanned.emit)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Sa&ve (Enter)"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled.emit)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter is the fields' own
        figures = QHBoxLayout()
        for text, box in (
            (self.tr("&Good"), self.good),
            (self.tr("&Minor damage"), self.minor_damage),
            (self.tr("&Broken"), self.broken),
            (self.tr("To dispose &of"), self.to_dispose),
        ):
            caption = QLabel(text)
            caption.setBuddy(box)
            figures.addWidget(caption)
            figures.addWidget(box)
        figures.addSpacing(12)
        figures.addWidget(self.reason, 1)
        figures.addWidget(self.save_button)
        figures.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.book)
        layout.addLayout(figures)
        layout.addWidget(self.error)
        self.hide()

    def quantity_fields(self) -> dict[str, QuantityField]:
        return {
            "good": self.good,
            "minor_damage": self.minor_damage,
            "broken": self.broken,
            "to_dispose": self.to_dispose,
        }

    def start(
        self,
        equipment_id: str,
        room_id: str | None,
        heading: str,
        book: str,
        figures: tuple[int, int, int, int],
        reason: str = "",
    ) -> None:
        self.equipment_id, self.room_id = equipment_id, room_id
        self.setTitle(heading)
        self.book.setText(book)
        for box, value in zip(self.quantity_fields().values(), figures, strict=True):
            box.set_value(value)
        self.reason.setText(reason)
        self.show_error("")
        self.show()
        self.good.setFocus()
        self.good.selectAll()

    def values(self) -> dict[str, Any]:
        """The entry as the service takes it (a field that is not a number raises)."""
        data: dict[str, Any] = {"equipment_id": self.equipment_id, "room_id": self.room_id}
        for name, box in self.quantity_fields().items():
            data[name] = box.value() or 0
        data["reason"] = self.reason.text()
        return data

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        box = self.quantity_fields().get(field or "")
        if box is not None:
            box.setFocus()
            box.selectAll()


class CountSession(QDialog):
    """Count one inventory count, room by room (read-only once it is closed)."""

    print_requested = Signal(str)  # the count's id: its minutes (a draft while open)
    export_requested = Signal(str)

    def __init__(
        self,
        reg: Register,
        hub: Hub,
        count_id: str,
        parent: QWidget | None = None,
        confirm: Callable[[str], bool] | None = None,
        beep: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.count_id = count_id
        self.count: CountRow = il.get_count(reg, count_id)
        self.confirm = confirm or self._ask
        self.beep = beep or QApplication.beep
        self.progress: il.CountProgress = il.CountProgress()
        self._room_names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Inventory count"))
        self.setSizeGripEnabled(True)
        self.resize(1280, 760)
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(NOTIFY_DELAY_MS)
        self._notify_timer.timeout.connect(self.flush_notifications)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.state_banner = QLabel()
        self.state_banner.setObjectName("state_banner")
        self.state_banner.setWordWrap(True)
        self.state_banner.setStyleSheet(MESSAGE_STYLES["warn"] + "padding: 6px;")
        self.resume_button = QPushButton(self.tr("&Resume counting"))
        self.resume_button.clicked.connect(self.resume)
        banner = QHBoxLayout()
        banner.addWidget(self.state_banner, 1)
        banner.addWidget(self.resume_button)

        self.room = ChoiceField()
        self.room.setObjectName("room")
        self.room.setMinimumWidth(380)
        self.room.changed.connect(self._room_changed)
        room_caption = QLabel(self.tr("&Room being counted:"))
        room_caption.setBuddy(self.room)
        self.previous_room = QPushButton(self.tr("◀ Previous"))
        self.previous_room.setToolTip("Ctrl+PgUp")
        self.previous_room.clicked.connect(lambda: self.step_room(-1))
        self.next_room = QPushButton(self.tr("Next ▶"))
        self.next_room.setToolTip("Ctrl+PgDown")
        self.next_room.clicked.connect(lambda: self.step_room(1))
        self.overall = QProgressBar()
        self.overall.setObjectName("overall")
        self.overall.setFormat(self.tr("%v of %m counted (%p%)"))
        self.overall.setMinimumWidth(260)
        rooms_row = QHBoxLayout()
        rooms_row.addWidget(room_caption)
        rooms_row.addWidget(self.room)
        rooms_row.addWidget(self.previous_room)
        rooms_row.addWidget(self.next_room)
        rooms_row.addStretch(1)
        rooms_row.addWidget(QLabel(self.tr("Whole count:")))
        rooms_row.addWidget(self.overall)

        self.scan_box = ScanLine()
        self.scan_box.setObjectName("scan_box")
        self.scan_box.setClearButtonEnabled(True)
        self.scan_box.setPlaceholderText(self.tr("Scan a label, or type an asset code and Enter"))
        big = QFont(self.scan_box.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.scan_box.setFont(big)
        self.scan_box.entered.connect(self.scan_code)
        scan_caption = QLabel(self.tr("&Scan:"))
        scan_caption.setBuddy(self.scan_box)
        scan_caption.setFont(big)
        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_caption)
        scan_row.addWidget(self.scan_box, 1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(44)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.lot = LotEntry()
        self.lot.save_requested.connect(self.save_lot)
        self.lot.cancelled.connect(self.cancel_lot)
        self.lot.scanned.connect(self._scanned_during_entry)
        self.room_summary = QLabel()
        self.room_summary.setObjectName("room_summary")
        self.room_summary.setWordWrap(True)

        self.show_filter = ChoiceField()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.set_choices(
            [
                (self.tr("All lines of the room"), LineFilter.ALL),
                (self.tr("Not counted yet"), LineFilter.UNCOUNTED),
                (self.tr("Counted"), LineFilter.COUNTED),
                (self.tr("Differences (missing, extra, moved, condition)"), LineFilter.DIFFERENCES),
            ]
        )
        self.show_filter.changed.connect(self.refresh_lines)
        self.line_search = QLineEdit()
        self.line_search.setObjectName("line_search")
        self.line_search.setClearButtonEnabled(True)
        self.line_search.setPlaceholderText(
            self.tr("Find in the list: name or code (accents optional)")
        )
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(200)
        self._find_timer.timeout.connect(self.refresh_lines)
        self.line_search.textChanged.connect(lambda _t: self._find_timer.start())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.show_filter)
        filters.addWidget(self.line_search, 1)

        self.table = QTableView()
        self.table.setObjectName("lines")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the scan side
        columns = line_columns()
        self.model = LineModel(columns, Source(self._fetch_ids, self._fetch_rows), self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        metrics = header.fontMetrics()
        for i, col in enumerate(columns):
            # Translated headers are often longer than the English ones: never cut them.
            self.table.setColumnWidth(i, max(col.width, metrics.horizontalAdvance(col.header) + 24))
        self.table.doubleClicked.connect(lambda _i: self.edit_current())

        self.edit_button = self._button(self.tr("&Quantities… (F2)"), self.edit_current, "F2")
        self.tick_button = self._button(
            self.tr("&Tick as in the book (Ctrl+T)"), self.tick_selected, "Ctrl+T"
        )
        self.not_found_button = self._button(
            self.tr("&Not found (Ctrl+M)"), self.mark_selected_not_found, "Ctrl+M"
        )
        self.undo_button = self._button(
            self.tr("&Undo count (Ctrl+Z)"), self.undo_selected, "Ctrl+Z"
        )
        self.details_button = self._button(self.tr("&Details…"), self.edit_details)
        self.print_button = self._button(
            self.tr("&Print minutes…"), lambda: self.print_requested.emit(self.count_id), "Ctrl+P"
        )
        self.export_button = self._button(
            self.tr("E&xcel…"), lambda: self.export_requested.emit(self.count_id)
        )
        self.pause_button = self._button(self.tr("P&ause and close"), self.pause)
        self.finalise_button = self._button(self.tr("&Finalise…"), self.finalise)
        self.close_button = self._button(self.tr("&Close"), self.accept)
        line_actions = QHBoxLayout()
        for button in (self.edit_button, self.tick_button, self.not_found_button):
            line_actions.addWidget(button)
        line_actions.addWidget(self.undo_button)
        line_actions.addStretch(1)
        count_actions = QHBoxLayout()
        for button in (self.details_button, self.print_button, self.export_button):
            count_actions.addWidget(button)
        count_actions.addStretch(1)
        for button in (self.pause_button, self.finalise_button, self.close_button):
            count_actions.addWidget(button)
        for keys, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.step_room(step))
        QShortcut(QKeySequence("F4"), self, self.focus_scan)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(banner)
        layout.addLayout(rooms_row)
        layout.addLayout(scan_row)
        layout.addWidget(self.message)
        layout.addWidget(self.lot)
        layout.addWidget(self.room_summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_actions)
        layout.addLayout(count_actions)
        self.setTabOrder(self.scan_box, self.room)

        self._fill_rooms()
        self._show_count()
        self.refresh_lines()
        self._say(self.tr("Choose the room, then scan each label."), "info")
        self.focus_scan()

    def _button(self, text: str, slot: Callable[[], None], keys: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter belongs to the scan box
        button.clicked.connect(slot)
        if keys:
            QShortcut(QKeySequence(keys), self, lambda: slot() if button.isEnabled() else None)
        return button

    # -- the count and its rooms ------------------------------------------------------

    def _fill_rooms(self) -> None:
        self.progress = il.count_progress(self.reg, self.count_id)
        live = {r.id: r for r in list_rooms(self.reg)}
        scope = set(self.count.room_ids)
        chosen = [rid for rid in live if self.count.whole_school or rid in scope]  # by code
        self._room_names = {
            rid: f"{live[rid].code} – {live[rid].name}" for rid in chosen if rid in live
        }
        if self.count.whole_school and NO_ROOM in self.progress.rooms:
            self._room_names[NO_ROOM] = self.tr("Items in no room")
        self._room_names[EVERY_ROOM] = self.tr("Every room (items count where the book has them)")
        self.room.blockSignals(True)
        self.room.set_choices([(self._room_text(rid), rid) for rid in self._room_names])
        self.room.blockSignals(False)

    def _room_text(self, room_id: str) -> str:
        name = self._room_names.get(room_id, "")
        if room_id == EVERY_ROOM:
            return name
        done = self.progress.room(room_id)
        return f"{name}   ({fmt_int(done.counted)}/{fmt_int(done.expected)})"

    def room_id(self) -> str:
        return str(self.room.value() or EVERY_ROOM)

    def _service_room(self) -> str | None:
        """The room scans are counted in (None: where the book has each item)."""
        chosen = self.room_id()
        return None if chosen in (NO_ROOM, EVERY_ROOM) else chosen

    def choose_room(self, room_id: str) -> None:
        self.room.set_value(room_id)

    def step_room(self, step: int) -> None:
        index = self.room.currentIndex() + step
        if 0 <= index < self.room.count():
            self.room.setCurrentIndex(index)

    def _room_changed(self) -> None:
        self.cancel_lot(quiet=True)
        self.refresh_lines()
        self._update_progress()
        self.focus_scan()

    @property
    def counting(self) -> bool:
        return self.count.status == CountStatus.OPEN

    def _show_count(self) -> None:
        c = self.count
        scope = self.tr("whole school") if c.whole_school else c.scope_text
        self.heading.setText(f"{c.title} – {fmt_date(c.counted_on)} – {scope} – {label(c.status)}")
        banner = ""
        if c.status == CountStatus.PAUSED:
            banner = self.tr(
                "This count is paused: everything counted so far is kept. "
                "Resume it to go on scanning."
            )
        elif c.status == CountStatus.FINALISED:
            when = fmt_date(c.finalised_at.astimezone()) if c.finalised_at else ""
            banner = self.tr(
                "This count was finalised on %1: its results are in the register. "
                "It can be looked at and printed, not changed."
            ).replace("%1", when)
        elif c.status == CountStatus.CANCELLED:
            banner = self.tr("This count was cancelled: it can be looked at, not changed.")
        self.state_banner.setText(banner)
        self.state_banner.setVisible(bool(banner))
        self.resume_button.setVisible(c.status == CountStatus.PAUSED)
        active = c.active
        for widget in (self.scan_box, self.tick_button, self.not_found_button, self.undo_button):
            widget.setEnabled(self.counting)
        self.edit_button.setEnabled(self.counting)
        for widget in (self.details_button, self.finalise_button):
            widget.setEnabled(active)
        self.pause_button.setEnabled(self.counting)
        if not self.counting:
            self.lot.hide()
        self._update_progress()

    def reload_count(self) -> None:
        self.count = il.get_count(self.reg, self.count_id)
        self._show_count()

    def _update_progress(self) -> None:
        self.progress = il.count_progress(self.reg, self.count_id)
        total = self.progress.total
        self.overall.setMaximum(max(total.expected, 1))
        self.overall.setValue(total.counted)
        for i in range(self.room.count()):
            self.room.setItemText(i, self._room_text(str(self.room.itemData(i))))
        chosen = self.room_id()
        here = total if chosen == EVERY_ROOM else self.progress.room(chosen)
        parts = [
            self.tr("%1 of %2 counted, %3 left")
            .replace("%1", fmt_int(here.counted))
            .replace("%2", fmt_int(here.expected))
            .replace("%3", fmt_int(here.remaining)),
            self.tr("%n with units missing", "", here.missing),
            self.tr("%n found in another room", "", here.elsewhere),
        ]
        if chosen != EVERY_ROOM:
            parts.append(self.tr("%n from other rooms found here", "", here.from_elsewhere))
        parts.append(self.tr("%n extra", "", here.extra))
        caption = self.tr("In this room:") if chosen != EVERY_ROOM else self.tr("In every room:")
        self.room_summary.setText(f"{caption} " + " · ".join(parts))

    # -- the lines ----------------------------------------------------------------------

    def _query(self, sort: str, descending: bool) -> il.LineQuery:
        chosen = self.room_id()
        return il.LineQuery(
            count_id=self.count_id,
            room_id=None if chosen == EVERY_ROOM else chosen,
            show=self.show_filter.value() or LineFilter.ALL,
            text=self.line_search.text(),
            sort=sort,
            descending=descending,
        )

    def _fetch_ids(self, sort: str, descending: bool) -> list[str]:
        return il.line_ids(self.reg, self._query(sort, descending))

    def _fetch_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return il.line_rows(self.reg, ids)

    def refresh_lines(self) -> None:
        self._find_timer.stop()
        selected = self.selected_ids()
        self.model.refresh()
        for line_id in selected[:200]:
            row = self.model.row_of(line_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def _show_line(self, line: LineRow) -> None:
        """The line just saved: repainted (or listed, if new here) and selected."""
        row = self.model.row_of(line.id)
        if row >= 0:
            self.model.reload_ids([line.id])
        else:
            self.model.refresh()
            row = self.model.row_of(line.id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- scanning -----------------------------------------------------------------------

    def focus_scan(self) -> None:
        self.scan_box.setFocus()
        self.scan_box.selectAll()

    def scan_code(self, text: str) -> None:
        code = text.strip()
        if not code or not self.counting:
            return
        dropped = self._drop_entry()
        try:
            result = ic.scan(self.reg, self.count_id, code, self._service_room())
        except ServiceError as exc:
            self._refused(exc.message)
            return
        kind = result.kind
        if kind == ic.ScanKind.UNKNOWN:
            self._refused(
                self.tr(
                    "No item in the register has the code «%1». Check the label (or the "
                    "spelling), or find the item by name in the list below."
                ).replace("%1", code)
            )
            return
        if kind == ic.ScanKind.DISPOSED:
            name = result.item.name if result.item else ""
            self._refused(
                self.tr("%1 %2 was disposed of: it is not counted any more.")
                .replace("%1", code)
                .replace("%2", name)
            )
            return
        self.scan_box.clear()
        if kind == ic.ScanKind.ENTER_QUANTITIES:
            self._start_lot(result, dropped)
            return
        line = result.line
        assert line is not None
        if kind == ic.ScanKind.ALREADY:
            when = line.counted_at.astimezone().strftime("%H:%M") if line.counted_at else ""
            self._say(
                dropped
                + self.tr("%1 %2 was already counted here (at %3). Nothing changed.")
                .replace("%1", line.asset_code)
                .replace("%2", line.name)
                .replace("%3", when),
                "info",
            )
        else:
            self._say(dropped + self._counted_text(result, line), self._tone(result, line))
        self._saved(line)

    def _tone(self, result: ic.ScanResult, line: LineRow) -> str:
        return (
            "warn" if result.extra or result.other_room or line.state != LineState.MATCHES else "ok"
        )

    def _counted_text(self, result: ic.ScanResult, line: LineRow) -> str:
        conditions = (
            (line.counted_broken, self.tr("broken")),
            (line.counted_minor_damage, self.tr("minor damage")),
            (line.counted_good, self.tr("good")),
        )
        condition = next((text for n, text in conditions if n), self.tr("good"))
        text = (
            self.tr("✓ %1 %2 counted (%3).")
            .replace("%1", line.asset_code)
            .replace("%2", line.name)
            .replace("%3", condition)
        )
        if result.extra:
            text += " " + self.tr(
                "It was not on this count's list (the register has it in %1): "
                "added as an extra line."
            ).replace("%1", line.book_room_code or self.tr("no room"))
        elif result.other_room:
            text += " " + self.tr(
                "The register has it in %1: finalising the count moves it to the room "
                "where it was found."
            ).replace("%1", line.book_room_code or self.tr("no room"))
        if result.before_room_code:
            text += " " + self.tr("It had been counted in %1 before: now counted here.").replace(
                "%1", result.before_room_code
            )
        if result.on_loan:
            text += " " + self.tr(
                "The loan book still has it lent: record its return on the Loans page."
            )
        return text

    def _refused(self, text: str) -> None:
        self.beep()
        self._say(text, "error")
        self.focus_scan()

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[tone] + "padding: 6px; border-radius: 3px;")

    def _saved(self, line: LineRow) -> None:
        self._show_line(line)
        self._update_progress()
        self._notify_timer.start()

    # -- a lot's quantities -----------------------------------------------------------

    def _start_lot(self, result: ic.ScanResult, dropped: str) -> None:
        item, line = result.item, result.line
        assert item is not None
        on_loan = result.on_loan
        if line is not None and line.counted and line.found:
            figures = (line.counted_good, line.counted_minor_damage, line.counted_broken)
            dispose, reason = line.to_dispose, line.reason
        else:
            good = max(item.good - on_loan, 0)
            figures = (good, item.minor_damage, item.broken)
            dispose, reason = 0, line.reason if line is not None else ""
        self._open_entry(
            self._service_room(),
            item.equipment_id,
            item.asset_code,
            item.name,
            item.unit,
            (item.quantity, item.good, item.minor_damage, item.broken, item.lost),
            item.room_code,
            on_loan,
            (*figures, dispose),
            reason,
            extra=result.extra,
            other_room=result.other_room,
        )
        self._say(
            dropped
            + self.tr("%1 %2 is a lot of %3 %4: type the units counted by condition, then Enter.")
            .replace("%1", item.asset_code)
            .replace("%2", item.name)
            .replace("%3", fmt_int(item.quantity))
            .replace("%4", item.unit),
            "info",
        )

    def _open_entry(
        self,
        room_id: str | None,
        equipment_id: str,
        code: str,
        name: str,
        unit: str,
        book: tuple[int, int, int, int, int],
        book_room: str | None,
        on_loan: int,
        figures: tuple[int, int, int, int],
        reason: str,
        extra: bool = False,
        other_room: bool = False,
    ) -> None:
        quantity, good, minor, broken, lost = book
        text = (
            self.tr("The book has %1 %2 in %3: good %4, minor damage %5, broken %6, lost %7.")
            .replace("%1", fmt_int(quantity))
            .replace("%2", unit)
            .replace("%3", book_room or self.tr("no room"))
            .replace("%4", fmt_int(good))
            .replace("%5", fmt_int(minor))
            .replace("%6", fmt_int(broken))
            .replace("%7", fmt_int(lost))
        )
        if on_loan:
            text += " " + self.tr(
                "%1 out on loan now: they are accounted for by the loan book, count only "
                "the units here."
            ).replace("%1", fmt_int(on_loan))
        if extra:
            text += " " + self.tr("It is not on this count's list: it will be an extra line.")
        elif other_room:
            text += " " + self.tr("Saving counts it in this room: finalising moves it here.")
        self.lot.code = code
        self.lot.start(
            equipment_id,
            room_id,
            f"{code} – {name}",
            text,
            figures,
            reason,
        )

    def save_lot(self) -> None:
        try:
            values = self.lot.values()
            line = ic.record_count(self.reg, self.count_id, values)
        except ServiceError as exc:
            field = next(iter(exc.fields), None)
            self.lot.show_error(exc.fields.get(field, exc.message) if field else exc.message, field)
            self.beep()
            return
        except ValueError as exc:  # a quantity that is not a whole number
            self.lot.show_error(str(exc))
            self.beep()
            return
        self.lot.hide()
        text = (
            self.tr("✓ %1 %2: %3 found (good %4, minor damage %5, broken %6).")
            .replace("%1", line.asset_code)
            .replace("%2", line.name)
            .replace("%3", fmt_int(line.found))
            .replace("%4", fmt_int(line.counted_good))
            .replace("%5", fmt_int(line.counted_minor_damage))
            .replace("%6", fmt_int(line.counted_broken))
        )
        if line.missing:
            text += " " + self.tr("%n not found.", "", line.missing)
        if line.surplus:
            text += " " + self.tr("%n more than the book.", "", line.surplus)
        if line.to_dispose:
            text += " " + self.tr("%n to dispose of.", "", line.to_dispose)
        self._say(text, "ok" if line.state == LineState.MATCHES else "warn")
        self._saved(line)
        self.focus_scan()

    def cancel_lot(self, quiet: bool = False) -> None:
        if self.lot.isVisible():
            self.lot.hide()
            if not quiet:
                self._say(
                    self.tr("The quantities of %1 were not saved.").replace("%1", self.lot.code),
                    "info",
                )
        self.focus_scan()

    def _drop_entry(self) -> str:
        """A new scan while a lot's entry is open: the entry is put aside, and said so."""
        if not self.lot.isVisible():
            return ""
        self.lot.hide()
        return self.tr("(The quantities of %1 were not saved.) ").replace("%1", self.lot.code)

    def _scanned_during_entry(self, code: str) -> None:
        self.scan_code(code)

    def edit_current(self) -> None:
        """Type (or correct) the counted quantities of the selected line."""
        if not self.counting:
            return
        index = self.table.currentIndex()
        line = self.model.row_data(index.row()) if index.isValid() else None
        if not isinstance(line, LineRow):
            self._say(self.tr("Select a line in the list first."), "info")
            return
        if line.counted and line.found:
            figures = (line.counted_good, line.counted_minor_damage, line.counted_broken)
        else:
            figures = (
                max(line.book_good - line.on_loan, 0),
                line.book_minor_damage,
                line.book_broken,
            )
        room: str | None = (
            line.found_room_id if line.counted and line.found else self._service_room()
        )
        self._open_entry(
            room,
            line.equipment_id,
            line.asset_code,
            line.name,
            line.unit,
            (line.book_quantity, line.book_good, line.book_minor_damage, line.book_broken,
             line.book_lost),
            line.book_room_code,
            line.on_loan,
            (*figures, line.to_dispose),
            line.reason,
            extra=not line.expected,
        )  # fmt: skip

    # -- actions on selected lines ----------------------------------------------------

    def _on_selected(self, action: Callable[[list[str]], int], done: str) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select lines in the list first."), "info")
            return
        try:
            changed = action(ids)
        except ServiceError as exc:
            self._refused(exc.message)
            return
        self._say(done.replace("%1", fmt_int(changed)), "ok")
        self.model.reload_ids(ids)
        self.refresh_lines()
        self._update_progress()
        self._notify_timer.start()
        self.focus_scan()

    def tick_selected(self) -> None:
        self._on_selected(
            lambda ids: ic.tick_lines(self.reg, self.count_id, ids, self._service_room()),
            self.tr("%1 line(s) ticked as found as in the book (lines already counted kept)."),
        )

    def mark_selected_not_found(self) -> None:
        ids = self.selected_ids()
        if ids and not self.confirm(
            self.tr(
                "Record the %n selected item(s) as looked for and not found? Finalising the "
                "count records their units as lost.",
                "",
                len(ids),
            )
        ):
            return
        self._on_selected(
            lambda chosen: ic.mark_not_found(self.reg, self.count_id, chosen),
            self.tr("%1 line(s) recorded as not found."),
        )

    def undo_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) > 1 and not self.confirm(
            self.tr("Take back what was counted of the %n selected lines?", "", len(ids))
        ):
            return
        self._on_selected(
            lambda chosen: ic.undo_lines(self.reg, self.count_id, chosen),
            self.tr("%1 line(s) are not counted any more."),
        )

    # -- the count ----------------------------------------------------------------------

    def edit_details(self) -> None:
        from app.ui.count_wizard import CountWizard

        if CountWizard(self.reg, self.count, self).exec():
            self.reload_count()
            self._notify_timer.start()
        self.focus_scan()

    def pause(self) -> None:
        try:
            ic.pause_count(self.reg, self.count_id)
        except ServiceError as exc:
            self._refused(exc.message)
            return
        self.reload_count()
        self.accept()

    def resume(self) -> None:
        try:
            ic.resume_count(self.reg, self.count_id)
        except ServiceError as exc:
            self._refused(exc.message)
            return
        self.reload_count()
        self._notify_timer.start()
        self._say(self.tr("Counting again: scan the next label."), "info")
        self.focus_scan()

    def finalise(self) -> None:
        from app.ui.count_finalise_dialog import FinaliseDialog

        self.flush_notifications()
        dialog = FinaliseDialog(self.reg, self.hub, self.count_id, self, confirm=self.confirm)
        dialog.print_requested.connect(self.print_requested.emit)
        dialog.exec()
        self.reload_count()
        self.refresh_lines()
        self.focus_scan()

    def flush_notifications(self) -> None:
        """Tell the other screens the count changed (once for a run of scans)."""
        self._notify_timer.stop()
        self.hub.changed.emit("inventory_count", [self.count_id])

    def done(self, result: int) -> None:  # noqa: D102 - closing, however it happens
        self.flush_notifications()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Esc puts an open entry aside and goes back to the scan box; it never closes
        # the screen in the middle of a count (Close does).
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_lot()
            event.accept()
            return
        super().keyPressEvent(event)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes
