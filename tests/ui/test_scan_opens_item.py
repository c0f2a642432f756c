"""A USB scanner reading a QR label types the asset code into the search box and
presses Enter: the item's detail dialog opens, with the item selected in the list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services import equipment as equipment_service
from app.ui import equipment_detail
from app.ui.equipment_page import EquipmentPage
from app.ui.hub import Hub


@pytest.fixture
def page(qtbot: Any, reg: Any, english: None) -> EquipmentPage:
    widget = EquipmentPage(reg, Hub())
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(page: EquipmentPage, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None]]:
    """(item shown by the detail dialog, item selected in the list as it opened)."""
    seen: list[tuple[str, str | None]] = []

    def exec_(dialog: equipment_detail.EquipmentDetail) -> int:
        seen.append((dialog.item_id, page.current_id()))
        return 0

    monkeypatch.setattr(equipment_detail.EquipmentDetail, "exec", exec_)
    return seen


def scan(qtbot: Any, page: EquipmentPage, code: str) -> None:
    # A scanner types fast; setText, as keyClicks cannot type letters such as "Đ".
    page.search.setFocus()
    page.search.setText(code)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def item_id(reg: Any, code: str) -> str:
    item = equipment_service.find_by_asset_code(reg, code)
    assert item is not None
    return item.id


def test_a_scanned_code_opens_its_item_and_selects_it(qtbot, page, reg, opened) -> None:
    scan(qtbot, page, "tb-0004")  # case and spaces aside, as codes compare
    wanted = item_id(reg, "TB-0004")
    assert opened == [(wanted, wanted)]
    assert page.selected_ids() == [wanted]
    # Ready for the next scan: typing replaces the code.
    assert page.search.selectedText() == "tb-0004"


def test_a_vietnamese_code_is_found_whatever_its_case(qtbot, page, reg, opened) -> None:
    dong_ho = equipment_service.create_equipment(reg, {"asset_code": "ĐL-01", "name": "Đồng hồ"})
    den = equipment_service.create_equipment(reg, {"asset_code": "DL-01", "name": "Đèn LED"})
    page.refresh()
    scan(qtbot, page, "đl-01")
    scan(qtbot, page, "DL-01")  # Đ is not D: the other item
    assert opened == [(dong_ho.id, dong_ho.id), (den.id, den.id)]


def test_the_item_opens_even_when_the_filters_hide_it(qtbot, page, reg, opened) -> None:
    index = page.room_filter.findText("KHO", Qt.MatchFlag.MatchStartsWith)
    page.room_filter.setCurrentIndex(index)  # TB-0001 is in P.TH1
    scan(qtbot, page, "TB-0001")
    assert [shown for shown, _ in opened] == [item_id(reg, "TB-0001")]


def test_other_text_keeps_the_search_behaviour(qtbot, page, reg, opened) -> None:
    scan(qtbot, page, "TB-000")  # a prefix of five codes: a search, no dialog
    assert opened == []
    assert page.model.rowCount() == 5
    assert page.table.hasFocus() and page.current_id() == item_id(reg, "TB-0001")

    scan(qtbot, page, "quả địa cầu")  # one row found by name: Enter opens it, as before
    assert opened == [(item_id(reg, "TB-0005"), item_id(reg, "TB-0005"))]


def test_deleted_items_are_not_opened_by_a_scan(qtbot, page, reg, opened) -> None:
    gone = item_id(reg, "TB-0003")
    equipment_service.delete_equipment(reg, [gone])
    page.refresh()
    scan(qtbot, page, "TB-0003")
    assert opened == []
    assert page.model.rowCount() == 0  # just a search that finds nothing
