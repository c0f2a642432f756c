"""How much the rooms are used over a stretch of days: per room (with the share of its
available periods), per subject and per month, each as a table beside a bar chart.
The figures are read off the UI thread, again after a change while the view is shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import room_usage
from app.services.register import Register
from app.services.room_usage_stats import (
    MonthUsageStat,
    RoomUsageStat,
    SubjectUsageStat,
    UsageTotals,
    usage_by_month,
    usage_by_room,
    usage_by_subject,
    usage_totals,
)
from app.ui.forms.fields import ChoiceField, DateField, FieldValueError
from app.ui.labels import fmt_date, fmt_int, label
from app.ui.tasks import runner

BAR = QColor("#1d4f91")
CHART_ROOMS = 14  # the busiest rooms charted (every room is in the table)
REFRESH_DELAY_MS = 300


@dataclass(frozen=True)
class Figures:
    since: date
    until: date
    totals: UsageTotals
    rooms: list[RoomUsageStat]
    subjects: list[SubjectUsageStat]
    months: list[MonthUsageStat]


def read_figures(reg: Register, since: date, until: date, room_id: str | None) -> Figures:
    return Figures(
        since,
        until,
        usage_totals(reg, since, until, room_id),
        usage_by_room(reg, since, until),
        usage_by_subject(reg, since, until, room_id),
        usage_by_month(reg, since, until, room_id),
    )


def percent(share: float) -> str:
    return f"{share * 100:.1f}".replace(".", ",") + " %"


def _item(text: str, number: float | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number is not None:
        item.setData(Qt.ItemDataRole.UserRole, number)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            table.setItem(r, c, cell)


def _chart_view(chart: QChart) -> QChartView:
    chart.setBackgroundVisible(False)
    chart.legend().hide()
    chart.setMargins(chart.margins() * 0)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumWidth(380)
    return view


def _draw_bars(
    chart: QChart, names: list[str], values: list[float], horizontal: bool, fmt: str
) -> None:
    """One series of bars; horizontal ones list the first name at the top."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    if horizontal:
        names, values = names[::-1], values[::-1]
    bars = QBarSet("")
    bars.setColor(BAR)
    bars.append(values)
    series: QHorizontalBarSeries | QBarSeries = (
        QHorizontalBarSeries() if horizontal else QBarSeries()
    )
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(fmt)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(names)
    numbers = QValueAxis()
    numbers.setLabelFormat("%d")
    numbers.setRange(0, max([*values, 1.0]) * 1.1)
    numbers.applyNiceNumbers()
    chart.addAxis(
        categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(
        numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    series.attachAxis(categories)
    series.attachAxis(numbers)


def last_school_year(today: date) -> tuple[date, date]:
    """The school year before the one ``today`` belongs to (from August, the coming one)."""
    start = room_usage.school_year_of(today)[0]
    return room_usage.school_year_of(start.replace(year=start.year - 1))


class UsageStatsView(QWidget):
    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.figures: Figures | None = None
        self._stale = True
        self._loading = False

        self.period = ChoiceField()
        self.period.setObjectName("period")
        self.since = DateField()
        self.until = DateField()
        self.room = ChoiceField()
        self.room.setObjectName("room")
        self.refresh_button = QPushButton(self.tr("&Show"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")

        top = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Period:"), self.period),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
            (self.tr("Subjects and months of:"), self.room),
        ):
            text = QLabel(caption)
            text.setBuddy(widget)
            top.addWidget(text)
            top.addWidget(widget)
        top.addWidget(self.refresh_button)
        top.addStretch(1)

        self.rooms_table = _table(
            [
                self.tr("Room"),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Sessions"),
                self.tr("Periods"),
                self.tr("Available periods"),
                self.tr("Share used"),
            ]
        )
        self.rooms_table.setObjectName("rooms_table")
        self.subjects_table = _table(
            [self.tr("Subject"), self.tr("Sessions"), self.tr("Periods"), self.tr("Rooms")]
        )
        self.subjects_table.setObjectName("subjects_table")
        self.months_table = _table(
            [
                self.tr("Month"),
                self.tr("Sessions"),
                self.tr("Periods"),
                self.tr("Available periods"),
                self.tr("Share used"),
            ]
        )
        self.months_table.setObjectName("months_table")
        self.rooms_chart = QChart()
        self.rooms_chart.setTitle(self.tr("Share of the available periods used (%)"))
        self.subjects_chart = QChart()
        self.subjects_chart.setTitle(self.tr("Periods by subject"))
        self.months_chart = QChart()
        self.months_chart.setTitle(self.tr("Periods by month"))

        self.tabs = QTabWidget()
        for title, table, chart in (
            (self.tr("By &room"), self.rooms_table, self.rooms_chart),
            (self.tr("By s&ubject"), self.subjects_table, self.subjects_chart),
            (self.tr("By &month"), self.months_table, self.months_chart),
        ):
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(table)
            split.addWidget(_chart_view(chart))
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            self.tabs.addTab(split, title)
        note = QLabel(
            self.tr(
                "Available periods: the Monday-to-Saturday days of the period times 10 "
                "periods a day (holidays are not left out)."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)

        self._presets: dict[str, Callable[[date], tuple[date, date]]] = {
            "school_year": lambda today: (room_usage.school_year_of(today)[0], today),
            "term": lambda today: (room_usage.term_of(today)[0], today),
            "month": lambda today: (today.replace(day=1), today),
            "last_month": lambda today: room_usage.month_range(
                *((today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1))
            ),
            "last_school_year": last_school_year,
        }
        self.period.set_choices(
            [
                (self.tr("This school year, to today"), "school_year"),
                (self.tr("This term, to today"), "term"),
                (self.tr("This month, to today"), "month"),
                (self.tr("Last month"), "last_month"),
                (self.tr("Last school year"), "last_school_year"),
                (self.tr("Chosen dates"), "custom"),
            ]
        )
        self.reload_rooms()
        self._apply_preset()
        self.period.changed.connect(self._preset_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.room.changed.connect(self.refresh)
        for field in (self.since, self.until):
            field.returnPressed.connect(self.refresh)
            field.textEdited.connect(lambda _t: self.period.set_value("custom"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def reload_rooms(self) -> None:
        rooms = room_usage.usage_rooms(self.reg)
        self.room.blockSignals(True)
        self.room.set_choices(
            [(self.tr("All rooms"), None), *((f"{r.code} – {r.name}", r.id) for r in rooms)]
        )
        self.room.blockSignals(False)

    def _apply_preset(self) -> None:
        key = self.period.value()
        if key in self._presets:
            since, until = self._presets[key](date.today())
            self.since.set_value(since)
            self.until.set_value(until)

    def _preset_chosen(self) -> None:
        if self.period.value() != "custom":
            self._apply_preset()
            self.refresh()

    # -- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changed(self) -> None:
        """The book changed: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def _range(self) -> tuple[date, date] | None:
        try:
            since, until = self.since.value(), self.until.value()
        except FieldValueError as exc:
            self._say(str(exc))
            return None
        if since is None or until is None:
            self._say(self.tr("Write both dates of the period, as dd/mm/yyyy."))
            return None
        if since > until:
            self._say(self.tr("The period ends before it starts: check the two dates."))
            return None
        if (until - since).days > 3 * 366:
            self._say(self.tr("Choose a period of at most three years."))
            return None
        self._say("")
        return since, until

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        self._stale = False
        if self._loading:
            self._stale = True
            return
        chosen = self._range()
        if chosen is None:
            return
        since, until = chosen
        room_id = self.room.value()
        self._loading = True

        def work(_progress: Callable[[int, int], None]) -> Figures:
            return read_figures(self.reg, since, until, room_id)

        runner.run(work, self._loaded, self._failed)

    def _loaded(self, figures: Figures) -> None:
        self._loading = False
        self.show_figures(figures)
        if self._stale and self.isVisible():
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._say(str(exc))

    # -- showing ------------------------------------------------------------------------

    def show_figures(self, f: Figures) -> None:
        self.figures = f
        t = f.totals
        text = (
            self.tr("From %1 to %2: ")
            .replace("%1", fmt_date(f.since))
            .replace("%2", fmt_date(f.until))
            + self.tr("%n session(s)", "", t.sessions)
            + ", "
            + self.tr("%n period(s)", "", t.periods)
            + ", "
            + self.tr("in %n room(s)", "", t.rooms_used)
        )
        if t.incidents:
            text += "; " + self.tr("%n session(s) noted a problem", "", t.incidents)
        self.summary.setText(text)
        self._show_rooms(f.rooms)
        self._show_subjects(f.subjects)
        self._show_months(f.months)

    def _show_rooms(self, rooms: list[RoomUsageStat]) -> None:
        rows = []
        for r in rooms:
            name = r.name + (" " + self.tr("(deleted)") if r.deleted else "")
            rows.append(
                [
                    _item(r.code),
                    _item(name),
                    _item(label(r.kind)),
                    _item(fmt_int(r.sessions), r.sessions),
                    _item(fmt_int(r.periods), r.periods),
                    _item(fmt_int(r.available), r.available),
                    _item(percent(r.share), r.share),
                ]
            )
        _fill(self.rooms_table, rows)
        shown = rooms[:CHART_ROOMS]
        _draw_bars(
            self.rooms_chart,
            [r.code for r in shown],
            [float(round(r.share * 100)) for r in shown],  # whole percents: no decimal point
            horizontal=True,
            fmt="@value %",
        )

    def _show_subjects(self, subjects: list[SubjectUsageStat]) -> None:
        no_subject = self.tr("(no subject written)")
        _fill(
            self.subjects_table,
            [
                [
                    _item(s.subject or no_subject),
                    _item(fmt_int(s.sessions), s.sessions),
                    _item(fmt_int(s.periods), s.periods),
                    _item(fmt_int(s.rooms), s.rooms),
                ]
                for s in subjects
            ],
        )
        shown = subjects[:CHART_ROOMS]
        _draw_bars(
            self.subjects_chart,
            [s.subject or no_subject for s in shown],
            [float(s.periods) for s in shown],
            horizontal=True,
            fmt="@value",
        )

    def _show_months(self, months: list[MonthUsageStat]) -> None:
        _fill(
            self.months_table,
            [
                [
                    _item(f"{m.month:02d}/{m.year}"),
                    _item(fmt_int(m.sessions), m.sessions),
                    _item(fmt_int(m.periods), m.periods),
                    _item(fmt_int(m.available), m.available),
                    _item(percent(m.share), m.share),
                ]
                for m in months
            ],
        )
        _draw_bars(
            self.months_chart,
            [f"{m.month:02d}/{m.year % 100:02d}" for m in months],
            [float(m.periods) for m in months],
            horizontal=False,
            fmt="@value",
        )

    def table_texts(self, table: QTableWidget) -> list[list[str]]:
        """What a table shows, row by row (for tests and copying)."""
        rows = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
