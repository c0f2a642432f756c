"""The compliance review: subject rooms against Circulars 13 and 14/2020, and the
school's equipment against the minimum list of its level, what is missing by subject
and grade. Read off the UI thread; the tables hold the report (a few thousand lines
at most) in memory."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SchoolLevel
from app.services.compliance import (
    ComplianceSummary,
    EquipmentLine,
    EquipmentReport,
    GroupTotal,
    RoomCheck,
    RoomReport,
    TypeCount,
    Verdict,
    check_rooms,
    compare_equipment,
    compliance_summary,
    review_levels,
)
from app.services.register import Register
from app.services.text import fold
from app.ui.home_page import ALERT as HOME_ALERT
from app.ui.home_page import CALM, Attention, Card
from app.ui.hub import Hub
from app.ui.id_table_model import Column, IdTableModel, Source
from app.ui.labels import fmt_area, fmt_int, label
from app.ui.tasks import runner

# What the review reads: a change to one of these makes it stale.
WATCHED = ("equipment", "room", "school", "catalogue", "disposal", "transfer", "inventory_count")
REFRESH_DELAY_MS = 300
ALERT = "#b3261e"
WARN = "#8a5a00"
OK = "#2e7d32"
ALL_GROUPS = -1


class MemoryTable:
    """An IdTableModel over rows already in memory, sorted and filtered in Python; the
    ids are the rows' positions."""

    def __init__(
        self,
        columns: list[Column],
        sort_keys: dict[str, Callable[[Any], Any]],
        parent: QWidget,
    ) -> None:
        self.rows: list[Any] = []
        self.keep: Callable[[Any], bool] = lambda _row: True
        self.sort_keys = sort_keys
        self.model = IdTableModel(columns, Source(self._ids, self._rows), parent)
        self.view = QTableView(parent)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = header.fontMetrics()
        for i, col in enumerate(columns):
            self.view.setColumnWidth(i, max(col.width, metrics.horizontalAdvance(col.header) + 28))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _ids(self, key: str, descending: bool) -> list[str]:
        order = [i for i, row in enumerate(self.rows) if self.keep(row)]
        sort = self.sort_keys.get(key)
        if sort is not None:
            order.sort(key=lambda i: sort(self.rows[i]), reverse=descending)
        elif descending:
            order.reverse()
        return [str(i) for i in order]

    def _rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return {i: self.rows[int(i)] for i in ids}

    def show(self, rows: Sequence[Any], keep: Callable[[Any], bool] | None = None) -> None:
        self.rows = list(rows)
        self.keep = keep or (lambda _row: True)
        self.model.refresh()

    def refilter(self, keep: Callable[[Any], bool]) -> None:
        self.keep = keep
        self.model.refresh()

    def current(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def count(self) -> int:
        return self.model.rowCount()

    def shown(self) -> list[Any]:
        return [self.model.row_data(r) for r in range(self.model.rowCount())]


def _verdict_mark(ok: bool | None) -> tuple[str, str]:
    return {True: ("✔", OK), False: ("✘", ALERT), None: ("?", WARN)}[ok]


class CompliancePage(QWidget):
    """Two tabs: subject rooms, minimum equipment. Buttons for classes per grade and
    importing the ministry's list; print and Excel through the main menus (or the
    signals below)."""

    print_requested = Signal()
    excel_requested = Signal()

    def __init__(self, reg: Register, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.hub = hub
        self.rooms: RoomReport | None = None
        self.stock: EquipmentReport | None = None
        self._stale = True
        self._loading = False

        self.heading = QLabel(self.tr("Compliance review"))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.level_box = QComboBox()
        self.level_box.setObjectName("level")
        self.level_label = QLabel(self.tr("&Level:"))
        self.level_label.setBuddy(self.level_box)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_requested.emit)
        self.excel_button = QPushButton(self.tr("E&xcel…"))
        self.excel_button.clicked.connect(self.excel_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.level_label)
        top.addWidget(self.level_box)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        top.addWidget(self.excel_button)
        self._fill_levels()
        self.level_box.currentIndexChanged.connect(lambda _i: self.refresh())

        self.tabs = QTabWidget()
        self.tabs.addTab(self._rooms_tab(), self.tr("Subject &rooms"))
        self.tabs.addTab(self._equipment_tab(), self.tr("Minimum &equipment"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        hub.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------

    def _fill_levels(self) -> None:
        levels = review_levels(str(self.reg.school().level))
        self.level_box.blockSignals(True)
        self.level_box.clear()
        for key in levels:
            self.level_box.addItem(label(SchoolLevel(key)), key)
        self.level_box.blockSignals(False)
        several = len(levels) > 1
        self.level_box.setVisible(several)
        self.level_label.setVisible(several)

    def level(self) -> str | None:
        data = self.level_box.currentData()
        return str(data) if data else None

    def _rooms_tab(self) -> QWidget:
        self.rooms_summary = QLabel()
        self.rooms_summary.setObjectName("rooms_summary")
        self.rooms_summary.setStyleSheet("font-weight: bold;")
        self.rooms_notes = QLabel()
        self.rooms_notes.setObjectName("rooms_notes")
        self.rooms_notes.setWordWrap(True)
        self.rooms_notes.setStyleSheet(f"color: {WARN};")
        self.types = MemoryTable(
            [
                Column("name", self.tr("Room type"), lambda t: t.name, width=170),
                Column(
                    "required", self.tr("Required"), self._required_text, align_right=True, width=80
                ),  # fmt: skip
                Column(
                    "present",
                    self.tr("Present"),
                    lambda t: str(t.present),
                    align_right=True,
                    width=80,
                    warn=lambda t: t.finding.ok is False,
                ),  # fmt: skip
                Column("rooms", self.tr("Rooms"), lambda t: ", ".join(t.rooms), width=160),
                Column(
                    "result",
                    self.tr("Result"),
                    self._type_result,
                    width=120,
                    warn=lambda t: t.finding.ok is False,
                ),  # fmt: skip
            ],
            {
                "name": lambda t: fold(t.name),
                "required": lambda t: t.required or 0,
                "present": lambda t: t.present,
                "rooms": lambda t: t.rooms,
                "result": lambda t: str(t.finding.ok),
            },
            self,
        )
        self.types.view.setObjectName("types_table")
        self.room_table = MemoryTable(
            [
                Column("code", self.tr("Code"), lambda r: r.code, width=80),
                Column("name", self.tr("Room"), lambda r: r.name, width=200),
                Column("type", self.tr("Type"), self._room_type, width=140),
                Column(
                    "area",
                    self.tr("Area"),
                    lambda r: fmt_area(r.area_m2),
                    align_right=True,
                    width=80,
                ),  # fmt: skip
                Column(
                    "students", self.tr("Students"), self._students, align_right=True, width=80
                ),  # fmt: skip
                Column(
                    "needed",
                    self.tr("Area needed"),
                    lambda r: fmt_area(r.needed_m2),
                    align_right=True,
                    width=90,
                ),  # fmt: skip
                Column(
                    "verdict",
                    self.tr("Result"),
                    self._verdict,
                    width=110,
                    warn=lambda r: r.verdict is Verdict.FAIL,
                ),  # fmt: skip
                Column(
                    "shortfalls",
                    self.tr("Shortfalls"),
                    lambda r: str(len(r.shortfalls)),
                    align_right=True,
                    width=80,
                    warn=lambda r: bool(r.shortfalls),
                ),  # fmt: skip
            ],
            {
                "code": lambda r: fold(r.code),
                "name": lambda r: fold(r.name),
                "type": lambda r: fold(r.type_name),
                "area": lambda r: r.area_m2 or 0,
                "students": lambda r: r.students,
                "needed": lambda r: r.needed_m2 or 0,
                "verdict": lambda r: list(Verdict).index(r.verdict),
                "shortfalls": lambda r: len(r.shortfalls),
            },
            self,
        )
        self.room_table.view.setObjectName("rooms_table")
        self.room_table.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_findings()
        )
        self.findings = QTextBrowser()
        self.findings.setObjectName("findings")
        self.findings.setOpenLinks(False)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.room_table.view)
        lower.addWidget(self.findings)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([860, 400])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rooms_summary)
        layout.addWidget(self.rooms_notes)
        layout.addWidget(self.types.view, 2)
        layout.addWidget(lower, 3)
        return tab

    def _equipment_tab(self) -> QWidget:
        self.list_note = QLabel()
        self.list_note.setObjectName("list_note")
        self.list_note.setWordWrap(True)
        self.classes_note = QLabel()
        self.classes_note.setObjectName("classes_note")
        self.classes_note.setWordWrap(True)
        self.classes_button = QPushButton(self.tr("&Classes per grade…"))
        self.classes_button.clicked.connect(self.edit_classes)
        self.import_button = QPushButton(self.tr("&Import a list from Excel…"))
        self.import_button.clicked.connect(self.import_list)
        notes = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.list_note)
        texts.addWidget(self.classes_note)
        notes.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.classes_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        notes.addLayout(buttons)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name or code (accents optional)"))
        self.only_missing = QCheckBox(self.tr("Only &missing"))
        self.only_missing.setObjectName("only_missing")
        self.only_missing.setChecked(True)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.only_missing)
        filters.addStretch(1)
        filters.addWidget(self.totals)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._filter_lines)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.only_missing.toggled.connect(lambda _on: self._show_groups())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self.groups = MemoryTable(
            [
                Column("group", self.tr("Subject and grade"), self._group_name, width=210),
                Column(
                    "lines",
                    self.tr("Lines"),
                    lambda g: fmt_int(g.lines),
                    align_right=True,
                    width=60,
                ),  # fmt: skip
                Column(
                    "missing_lines",
                    self.tr("Short"),
                    lambda g: fmt_int(g.missing_lines),
                    align_right=True,
                    width=60,
                    warn=lambda g: g.missing_lines > 0,
                ),  # fmt: skip
                Column(
                    "missing",
                    self.tr("Units missing"),
                    lambda g: fmt_int(g.missing),
                    align_right=True,
                    width=90,
                    warn=lambda g: g.missing > 0,
                ),  # fmt: skip
            ],
            {},  # in the list's order, "all" first
            self,
        )
        self.groups.view.setObjectName("groups_table")
        self.groups.view.setSortingEnabled(False)
        self.groups.view.selectionModel().currentRowChanged.connect(lambda *_: self._filter_lines())
        self.lines = MemoryTable(
            [
                Column("code", self.tr("Code"), lambda e: e.line.code, width=100),
                Column("name", self.tr("Equipment"), lambda e: e.line.name, width=280),
                Column("unit", self.tr("Unit"), lambda e: e.line.unit, width=60),
                Column("norm", self.tr("Per list"), self._norm, width=90),
                Column("classes", self.tr("Classes"), self._classes, align_right=True, width=60),
                Column(
                    "required",
                    self.tr("Needed"),
                    lambda e: fmt_int(e.required),
                    align_right=True,
                    width=70,
                ),  # fmt: skip
                Column(
                    "have", self.tr("Held"), lambda e: fmt_int(e.have), align_right=True, width=70
                ),  # fmt: skip
                Column(
                    "missing",
                    self.tr("Missing"),
                    lambda e: fmt_int(e.missing) if e.missing else "–",
                    align_right=True,
                    width=70,
                    warn=lambda e: e.missing > 0,
                ),
                Column("subject", self.tr("Subject"), lambda e: e.line.subject, width=140),
                Column("grade", self.tr("Grade"), self._grade, width=70),
                Column("topic", self.tr("Topic"), lambda e: e.line.topic, width=160),
            ],  # fmt: skip
            {
                "code": lambda e: fold(e.line.code),
                "name": lambda e: fold(e.line.name),
                "unit": lambda e: fold(e.line.unit),
                "norm": lambda e: (e.line.per, e.line.quantity),
                "classes": lambda e: e.classes,
                "required": lambda e: e.required,
                "have": lambda e: e.have,
                "missing": lambda e: e.missing,
                "subject": lambda e: fold(e.line.subject),
                "grade": lambda e: e.line.grade or 0,
                "topic": lambda e: fold(e.line.topic),
            },
            self,
        )
        self.lines.view.setObjectName("lines_table")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.groups.view)
        split.addWidget(self.lines.view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([430, 830])

        self.unlisted = MemoryTable(
            [
                Column("code", self.tr("Catalogue code"), lambda u: u.code, width=120),
                Column("example", self.tr("Item (for example)"), lambda u: u.example, width=300),
                Column(
                    "items",
                    self.tr("Items"),
                    lambda u: fmt_int(u.items),
                    align_right=True,
                    width=70,
                ),  # fmt: skip
                Column(
                    "units",
                    self.tr("Units"),
                    lambda u: fmt_int(u.units),
                    align_right=True,
                    width=70,
                ),  # fmt: skip
            ],
            {
                "code": lambda u: fold(u.code),
                "example": lambda u: fold(u.example),
                "items": lambda u: u.items,
                "units": lambda u: u.units,
            },
            self,
        )
        self.unlisted.view.setObjectName("unlisted_table")
        self.unlisted_box = QGroupBox()
        self.unlisted_box.setObjectName("unlisted_box")
        box = QVBoxLayout(self.unlisted_box)
        box.addWidget(self.unlisted.view)
        self.unlisted.view.setMinimumHeight(110)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(notes)
        layout.addLayout(filters)
        layout.addWidget(split, 4)
        layout.addWidget(self.unlisted_box, 1)
        return tab

    # -- cell texts -----------------------------------------------------------------------

    def _required_text(self, t: TypeCount) -> str:
        return "–" if t.required is None else str(t.required)

    def _type_result(self, t: TypeCount) -> str:
        if t.finding.ok is None:
            return self.tr("No verified figure")
        if t.finding.ok:
            return self.tr("Enough")
        return self.tr("%n missing", "", (t.required or 0) - t.present)

    def _room_type(self, r: RoomCheck) -> str:
        return r.type_name or label(r.kind)

    def _students(self, r: RoomCheck) -> str:
        return str(r.students) if r.students else ""

    def _verdict(self, r: RoomCheck) -> str:
        return {
            Verdict.PASS: self.tr("Meets the rules"),
            Verdict.FAIL: self.tr("Short"),
            Verdict.UNKNOWN: self.tr("Data missing"),
        }[r.verdict]

    def _group_name(self, g: GroupTotal) -> str:
        if g.grade == ALL_GROUPS:
            return self.tr("All subjects and grades")
        where = (
            self.tr("grade %1").replace("%1", str(g.grade))
            if g.grade is not None
            else self.tr("every grade")
        )
        return f"{g.subject} – {where}"

    def _norm(self, e: EquipmentLine) -> str:
        per = self.tr("school") if e.line.per == "school" else self.tr("class")
        return f"{e.line.quantity}/{per}"

    def _classes(self, e: EquipmentLine) -> str:
        return "" if e.line.per == "school" else str(e.classes)

    def _grade(self, e: EquipmentLine) -> str:
        return str(e.line.grade) if e.line.grade is not None else self.tr("every grade")

    # -- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, entity: str, _ids: list[str]) -> None:
        if entity not in WATCHED:
            return
        if entity == "school":
            self._fill_levels()
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Read the review off the UI thread, then show it."""
        self._stale = False
        if self._loading:
            self._stale = True
            return
        self._loading = True
        level = self.level()

        def work(_progress: Callable[[int, int], None]) -> tuple[RoomReport, EquipmentReport]:
            rooms = check_rooms(self.reg, level)
            return rooms, compare_equipment(self.reg, rooms.level or level)

        runner.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[RoomReport, EquipmentReport]) -> None:
        self._loading = False
        self.rooms, self.stock = result
        self._show_rooms(self.rooms)
        self._show_stock(self.stock)
        if self._stale and self.isVisible():
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.rooms_summary.setText(str(exc))
        self.rooms_summary.setStyleSheet(f"font-weight: bold; color: {ALERT};")

    # -- showing: rooms -------------------------------------------------------------------

    def _show_rooms(self, report: RoomReport) -> None:
        shortfalls = len(report.shortfalls)
        if report.level is None:
            self.rooms_summary.setText(self.tr("Nothing to review at this level."))
            colour = WARN
        elif shortfalls:
            self.rooms_summary.setText(
                self.tr("%n shortfall(s)", "", shortfalls)
                + " · "
                + self.tr("%1 of %2 rooms short")
                .replace("%1", str(report.failing_rooms))
                .replace("%2", str(len(report.rooms)))
            )
            colour = ALERT
        else:
            self.rooms_summary.setText(
                self.tr("No shortfall found in %n room(s).", "", len(report.rooms))
            )
            colour = OK
        self.rooms_summary.setStyleSheet(f"font-weight: bold; color: {colour};")
        self.rooms_notes.setText("\n".join(report.notes))
        self.rooms_notes.setVisible(bool(report.notes))
        self.types.show(report.types)
        self.room_table.show(report.rooms)
        if report.rooms:
            first_short = next((i for i, r in enumerate(report.rooms) if r.shortfalls), 0)
            row = self.room_table.model.row_of(str(first_short))
            self.room_table.view.selectRow(max(row, 0))
        self._show_findings()

    def _show_findings(self) -> None:
        room = self.room_table.current()
        if room is None:
            items = [t.finding for t in self.rooms.types] if self.rooms else []
            title = self.tr("Room counts")
        else:
            items = list(room.findings)
            title = f"{room.code} – {room.name}"
        lines = [f"<p><b>{html.escape(title)}</b></p>"]
        for finding in sorted(items, key=lambda f: {False: 0, None: 1, True: 2}[f.ok]):
            mark, colour = _verdict_mark(finding.ok)
            lines.append(
                f"<p><span style='color:{colour}; font-weight:bold'>{mark}</span> "
                f"{html.escape(finding.text)}</p>"
            )
        self.findings.setHtml("".join(lines))

    # -- showing: equipment ---------------------------------------------------------------

    def _show_stock(self, report: EquipmentReport) -> None:
        sample = bool(report.catalogue and report.catalogue.sample)
        self.list_note.setText(report.notes[0] if report.notes else "")
        self.list_note.setStyleSheet(
            f"color: {WARN if sample or not report.catalogue else '#333'};"
        )
        estimated = bool(report.classes and report.classes.estimated)
        self.classes_note.setText(report.classes.explanation() if report.classes else "")
        self.classes_note.setStyleSheet(f"color: {WARN if estimated else '#333'};")
        self.classes_button.setEnabled(report.level is not None)
        self.import_button.setEnabled(report.level is not None)
        self.lines.rows = list(report.lines)  # filtered by _filter_lines
        self.unlisted.show(report.unlisted)
        self.unlisted_box.setTitle(
            self.tr(
                "Items whose catalogue code is not on the list (%n code(s))",
                "",
                len(report.unlisted),
            )  # fmt: skip
        )
        self.unlisted_box.setVisible(bool(report.unlisted))
        self._show_groups()

    def _show_groups(self) -> None:
        report = self.stock
        if report is None:
            return
        only = self.only_missing.isChecked()
        previous = self.groups.current()
        whole = report.total()
        groups = [total for total, _lines in report.groups()]
        if only:
            groups = [g for g in groups if g.missing_lines]
        everything = GroupTotal("", ALL_GROUPS, whole.lines, whole.missing_lines, whole.required,
                                whole.have, whole.missing)  # fmt: skip
        self.groups.show([everything, *groups])
        keep = 0
        if previous is not None:
            keep = next(
                (i for i, g in enumerate(self.groups.rows)
                 if (g.subject, g.grade) == (previous.subject, previous.grade)),
                0,
            )  # fmt: skip
        self.groups.view.selectRow(keep)
        self._filter_lines()

    def _filter_lines(self) -> None:
        report = self.stock
        if report is None:
            return
        group = self.groups.current()
        words = fold(self.search.text()).split()
        only = self.only_missing.isChecked()

        def keep(e: EquipmentLine) -> bool:
            if only and not e.missing:
                return False
            chosen = group is not None and group.grade != ALL_GROUPS
            if chosen and (e.line.subject, e.line.grade) != (group.subject, group.grade):
                return False
            if words:
                text = fold(f"{e.line.code} {e.line.name} {e.line.topic}")
                return all(w in text for w in words)
            return True

        self.lines.refilter(keep)
        shown = self.lines.shown()
        missing = sum(e.missing for e in shown)
        self.totals.setText(
            self.tr("%n line(s) shown", "", len(shown))
            + " · "
            + self.tr("%1 units missing").replace("%1", fmt_int(missing))
        )

    # -- actions --------------------------------------------------------------------------

    def review_level(self) -> str | None:
        """The level shown (what printing and exporting use)."""
        return self.rooms.level if self.rooms is not None else self.level()

    def edit_classes(self) -> None:
        from app.ui.classes_dialog import ClassesDialog

        level = self.review_level()
        if level is None:
            return
        dialog = ClassesDialog(self.reg, level, self)
        if dialog.exec():
            self.hub.changed.emit("school", [self.reg.school_id])

    def import_list(self) -> None:
        from app.ui.catalogue_import_dialog import CatalogueImportDialog

        dialog = CatalogueImportDialog(self.reg, self.review_level(), self)
        dialog.imported.connect(lambda level: self.hub.changed.emit("catalogue", [level]))
        dialog.exec()


def compliance_attention() -> Attention:
    """The home screen's card: room shortfalls and missing equipment lines, read off
    the UI thread by ``compliance_summary``; a click opens the compliance page."""

    def show(card: Card, s: ComplianceSummary) -> None:
        detail = (
            QCoreApplication.translate(
                "ComplianceCard", "%1 room shortfall(s), %2 of %3 equipment lines short"
            )
            .replace("%1", fmt_int(s.room_shortfalls))
            .replace("%2", fmt_int(s.missing_lines))
            .replace("%3", fmt_int(s.catalogue_lines))
        )
        if s.sample_list:
            detail += "\n" + QCoreApplication.translate(
                "ComplianceCard", "Compared with the SAMPLE list"
            )
        if s.estimated_classes:
            detail += "\n" + QCoreApplication.translate(
                "ComplianceCard", "Classes per grade estimated"
            )
        total = s.room_shortfalls + s.missing_lines
        card.show_figure(fmt_int(total), detail, HOME_ALERT if total else CALM)

    return Attention(
        QCoreApplication.translate("ComplianceCard", "Compliance shortfalls"),
        "compliance",
        compliance_summary,
        show,
    )
