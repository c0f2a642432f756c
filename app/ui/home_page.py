"""The home screen: what the register holds and what needs the officer's attention.

Its figures are read off the UI thread (a pass over every item takes about 0.1 s at
100,000 items) and again after a change, but only while the page is shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Condition, FundingSource, RoomKind
from app.services.dashboard import RegisterFigures, register_figures
from app.services.register import Register
from app.ui.hub import Hub
from app.ui.labels import fmt_int, fmt_money, label
from app.ui.tasks import runner

CONDITION_COLOURS = {
    Condition.GOOD: "#2e7d32",
    Condition.MINOR_DAMAGE: "#f9a825",
    Condition.BROKEN: "#c62828",
    Condition.LOST: "#757575",
}
FUNDING_COLOURS = {
    FundingSource.STATE_BUDGET: "#1d4f91",
    FundingSource.PARENTS: "#2e7d32",
    FundingSource.SPONSOR: "#f9a825",
    FundingSource.PROGRAMME: "#6a1b9a",
}
ALERT = "#b3261e"
WARN = "#b26a00"
CALM = "#1d4f91"
REFRESH_DELAY_MS = 300


class Card(QFrame):
    """A figure with a title and a line under it; a click opens where it comes from."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#card { background: white; border: 1px solid #d7dce3; border-radius: 6px; }"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #444; font-size: 10pt;")
        self.value = QLabel("…")
        self.value.setObjectName("value")
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {CALM};")
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str = "", colour: str = CALM) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")
        self.detail.setText(detail)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)


@dataclass(frozen=True)
class Attention:
    """One card about something that needs attention: read off the UI thread by
    ``read(reg)``, shown by ``show(card, value)``, opening ``page`` when clicked."""

    title: str
    page: str
    read: Callable[[Register], Any]
    show: Callable[[Card, Any], None]


def panel(*widgets: QWidget) -> QFrame:
    """A white frame like the cards', holding ``widgets`` one under the other."""
    frame = QFrame()
    frame.setObjectName("panel")
    frame.setStyleSheet(
        "#panel { background: white; border: 1px solid #d7dce3; border-radius: 6px; }"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(4, 4, 4, 8)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return frame


def chart_view(chart: QChart) -> QChartView:
    chart.setBackgroundVisible(False)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setStyleSheet("background: transparent; border: none;")
    view.setFixedHeight(300)
    return view


class HomePage(QWidget):
    """Cards with the register's figures and what needs attention, and two charts."""

    open_page = Signal(str)  # the key of a page in the main window

    def __init__(
        self,
        reg: Register,
        hub: Hub,
        sync_text: Callable[[], tuple[str, str]],
        attention: list[Attention] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reg = reg
        self.sync_text = sync_text
        self.attention = list(attention or [])
        self.figures: RegisterFigures | None = None
        self._stale = True
        self._loading = False

        self.heading = QLabel(self.tr("Overview"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.items_card = Card(self.tr("Equipment in service"))
        self.rooms_card = Card(self.tr("Rooms"))
        self.broken_card = Card(self.tr("Broken or lost units"))
        self.sync_card = Card(self.tr("Sync with the district"))
        self.items_card.clicked.connect(lambda: self.open_page.emit("equipment"))
        self.rooms_card.clicked.connect(lambda: self.open_page.emit("rooms"))
        self.broken_card.clicked.connect(lambda: self.open_page.emit("equipment"))
        self.sync_card.clicked.connect(lambda: self.open_page.emit("sync"))
        self.attention_cards: list[Card] = []
        cards = QGridLayout()
        cards.setSpacing(10)
        shown = [self.items_card, self.rooms_card, self.broken_card, self.sync_card]
        for item in self.attention:
            card = Card(item.title)
            card.clicked.connect(lambda page=item.page: self.open_page.emit(page))
            self.attention_cards.append(card)
            shown.append(card)
        columns = 4
        for i, card in enumerate(shown):
            cards.addWidget(card, i // columns, i % columns)
        for column in range(columns):
            cards.setColumnStretch(column, 1)  # equal widths, whatever each card says

        self.condition_chart = QChart()
        self.condition_chart.setTitle(self.tr("Units by condition and kind of room"))
        self.funding_chart = QChart()
        self.funding_chart.setTitle(self.tr("Value by funding source"))
        self.funding_chart.legend().hide()  # names are long: listed in full below it
        self.funding_legend = QLabel()
        self.funding_legend.setObjectName("funding_legend")
        self.funding_legend.setTextFormat(Qt.TextFormat.RichText)
        self.funding_legend.setContentsMargins(12, 0, 12, 0)
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(panel(chart_view(self.condition_chart)), 3)
        charts.addWidget(panel(chart_view(self.funding_chart), self.funding_legend), 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addLayout(charts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        hub.changed.connect(self._on_changed)

    # -- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, _entity: str, _ids: list[str]) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Read the figures off the UI thread, then show them."""
        self._stale = False
        if self._loading:
            self._stale = True  # a change during the read: read again after it
            return
        self._loading = True
        self.show_sync()
        readers = [item.read for item in self.attention]

        def work(_progress: Callable[[int, int], None]) -> tuple[RegisterFigures, list[Any]]:
            return register_figures(self.reg), [read(self.reg) for read in readers]

        runner.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[RegisterFigures, list[Any]]) -> None:
        self._loading = False
        figures, values = result
        self.show_figures(figures)
        for item, card, value in zip(self.attention, self.attention_cards, values, strict=True):
            item.show(card, value)
        if self._stale and self.isVisible():
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.items_card.show_figure("–", str(exc), ALERT)

    # -- showing ------------------------------------------------------------------------

    def show_sync(self) -> None:
        text, colour = self.sync_text()
        self.sync_card.show_figure(text.split("\n", 1)[0], text.partition("\n")[2], colour or CALM)

    def show_figures(self, f: RegisterFigures) -> None:
        self.figures = f
        self.items_card.show_figure(
            fmt_int(f.items),
            self.tr("%1 units, worth %2")
            .replace("%1", fmt_int(f.units))
            .replace("%2", fmt_money(f.total_value))
            + (
                "\n" + self.tr("%n disposed item(s) kept as history", "", f.disposed_items)
                if f.disposed_items
                else ""
            ),
        )
        kinds = sorted(f.rooms_by_kind.items(), key=lambda kv: list(RoomKind).index(kv[0]))
        self.rooms_card.show_figure(
            fmt_int(sum(f.rooms_by_kind.values())),
            ", ".join(f"{label(kind)}: {n}" for kind, n in kinds),
        )
        broken = f.units_by_condition.get(Condition.BROKEN, 0)
        lost = f.units_by_condition.get(Condition.LOST, 0)
        minor = f.units_by_condition.get(Condition.MINOR_DAMAGE, 0)
        self.broken_card.show_figure(
            fmt_int(broken + lost),
            self.tr("%1 broken, %2 lost, %3 with minor damage")
            .replace("%1", fmt_int(broken))
            .replace("%2", fmt_int(lost))
            .replace("%3", fmt_int(minor)),
            ALERT if broken + lost else CALM,
        )
        self._draw_conditions(f)
        self._draw_funding(f)

    def _draw_conditions(self, f: RegisterFigures) -> None:
        chart = self.condition_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # Bars are drawn from the bottom up: reversed, subject rooms come first.
        kinds = [k for k in [*RoomKind, None] if k in f.units_by_room_kind][::-1]
        names = [label(k) if k is not None else self.tr("No room") for k in kinds]
        series = QHorizontalStackedBarSeries()
        for condition in Condition:
            bars = QBarSet(label(condition))
            bars.setColor(QColor(CONDITION_COLOURS[condition]))
            bars.append([float(f.units_by_room_kind[k][condition]) for k in kinds])
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        values.applyNiceNumbers()

    def _draw_funding(self, f: RegisterFigures) -> None:
        chart = self.funding_chart
        chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.35)
        total = sum(f.value_by_funding.values()) or 1
        lines = []
        for source in FundingSource:
            value = f.value_by_funding.get(source, 0)
            if not value:
                continue
            share = round(100 * value / total)
            piece = series.append(label(source), float(value))
            piece.setColor(QColor(FUNDING_COLOURS[source]))
            lines.append(
                f"<span style='color:{FUNDING_COLOURS[source]}'>■</span> "
                f"{html.escape(label(source))}: {fmt_money(value)} ({share}%)"
            )
        chart.addSeries(series)
        self.funding_legend.setText("<br>".join(lines))


def sync_summary(describe: Callable[[], tuple[str, str, str]]) -> Callable[[], tuple[str, str]]:
    """The sync card's text from the status bar indicator's own words: what it says,
    then its tooltip (an error, a clock warning) on the next line."""

    def text() -> tuple[str, str]:
        shown, colour, tip = describe()
        head, _, rest = shown.partition(": ")
        parts = rest.split(" · ") if rest else [head]
        return "\n".join([parts[0], " · ".join(parts[1:]), tip]).strip("\n"), colour

    return text
