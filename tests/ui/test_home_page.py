"""The home screen shows the register's figures, its charts, and its attention cards."""

from __future__ import annotations

from PySide6.QtCharts import QHorizontalStackedBarSeries, QPieSeries
from PySide6.QtCore import Qt

from app.services.equipment_query import count_equipment
from app.services.register import Register
from app.ui.home_page import Attention, Card, HomePage, sync_summary
from app.ui.hub import Hub
from app.ui.labels import fmt_int


def make_page(qtbot, reg: Register, attention: list[Attention] | None = None) -> HomePage:  # type: ignore[no-untyped-def]
    page = HomePage(reg, Hub(), lambda: ("Chưa thiết lập\nBấm để kết nối", ""), attention)
    qtbot.addWidget(page)
    page.show()
    return page


def test_cards_and_charts_show_the_register(qtbot, reg: Register, english) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, reg)
    # The ui fixture: 5 items, 42 units, 3 broken, all at 1,500,000 đ.
    assert page.items_card.value.text() == "5"
    assert fmt_int(42 * 1_500_000) in page.items_card.detail.text()
    assert page.rooms_card.value.text() == "3"
    assert page.broken_card.value.text() == "3"
    assert "3 broken, 0 lost" in page.broken_card.detail.text()
    assert page.sync_card.value.text() == "Chưa thiết lập"
    (bars,) = page.condition_chart.series()
    assert isinstance(bars, QHorizontalStackedBarSeries)
    good = bars.barSets()[0]
    assert sum(good.at(i) for i in range(good.count())) == 42 - 3
    (pie,) = page.funding_chart.series()
    assert isinstance(pie, QPieSeries)
    assert [s.value() for s in pie.slices()] == [42 * 1_500_000]


def test_a_change_is_shown_when_the_page_is_visible(qtbot, reg: Register) -> None:  # type: ignore[no-untyped-def]
    from app.services import equipment

    hub = Hub()
    page = HomePage(reg, hub, lambda: ("", ""))
    qtbot.addWidget(page)
    page.show()
    equipment.create_equipment(reg, {"asset_code": "TB-9", "name": "Loa", "quantity": 2})
    hub.changed.emit("equipment", [])
    qtbot.waitUntil(lambda: page.items_card.value.text() == "6")


def test_attention_cards_read_off_the_ui_thread_and_open_their_page(qtbot, reg: Register) -> None:  # type: ignore[no-untyped-def]
    def show(card: Card, value: int) -> None:
        card.show_figure(str(value), "items")

    item = Attention("Items", "equipment", count_equipment, show)
    page = make_page(qtbot, reg, [item])
    (card,) = page.attention_cards
    assert card.value.text() == "5"
    with qtbot.waitSignal(page.open_page) as opened:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert opened.args == ["equipment"]


def test_sync_summary_uses_the_indicator_words() -> None:
    text = sync_summary(
        lambda: (
            "Sync: 3 change(s) waiting · last sync 01/12/2026",
            "#b3261e",
            "Máy chủ không trả lời",
        )
    )
    assert text() == (
        "3 change(s) waiting\nlast sync 01/12/2026\nMáy chủ không trả lời",
        "#b3261e",
    )
