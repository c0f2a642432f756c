"""The equipment page through its real widgets: search, filters, add, edit, delete."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services import audit
from app.services import equipment as equipment_service
from app.services.equipment_query import equipment_ids
from app.ui.equipment_page import EquipmentPage
from app.ui.forms.equipment_form import EquipmentForm
from app.ui.hub import Hub


@pytest.fixture
def page(qtbot, reg, english):
    widget = EquipmentPage(reg, Hub())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(page: EquipmentPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(page, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 5


def test_search_without_accents_filters_the_table(page, qtbot) -> None:
    qtbot.keyClicks(page.search, "may chieu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names(page) == ["Máy chiếu Epson EB-X06"]
    page.search.clear()
    qtbot.keyClicks(page.search, "dien")
    qtbot.waitUntil(lambda: names(page) == ["Bộ thí nghiệm Điện học"], timeout=2000)
    assert "1 item" in page.count_label.text()


def test_asset_code_prefix_and_room_filter(page, qtbot, reg) -> None:
    qtbot.keyClicks(page.search, "TB-000")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)
    index = page.room_filter.findText("P.KHTN1", Qt.MatchFlag.MatchStartsWith)
    assert index > 0
    page.room_filter.setCurrentIndex(index)
    assert sorted(names(page)) == ["Bộ thí nghiệm Điện học", "Kính hiển vi quang học"]


def test_condition_filter_and_sort_by_header(page) -> None:
    from app.models.enums import Condition

    page.condition_filter.set_value(Condition.BROKEN)
    assert sorted(names(page)) == ["Bộ thí nghiệm Điện học", "Máy tính để bàn Dell Vostro"]
    page.condition_filter.set_value(None)
    header = page.table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # by name, Z→A
    assert names(page)[0] == "Quả địa cầu"
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert names(page)[0] == "Bộ thí nghiệm Điện học"


def fill_and_save(form: EquipmentForm, **fields: str) -> bool:
    for name, text in fields.items():
        form.field(name).setText(text)  # type: ignore[attr-defined]
    form.try_save()
    return form.result() == form.DialogCode.Accepted


def test_add_item_through_the_form(page, qtbot, reg, monkeypatch) -> None:
    monkeypatch.setattr(
        EquipmentForm,
        "exec",
        lambda self: fill_and_save(
            self,
            asset_code="TB-0100",
            name="Loa kéo di động",
            quantity="2",
            qty_good="2",
            unit_price="3.200.000",
        ),
    )
    page.add_item()
    assert "Loa kéo di động" in names(page)
    item = equipment_service.find_by_asset_code(reg, "TB-0100")
    assert item is not None and item.unit_price == 3_200_000 and item.quantity == 2
    assert page.model.id_at(page.table.currentIndex().row()) == item.id


def test_form_shows_inline_errors_and_saves_nothing(qtbot, reg, english) -> None:
    before = len(equipment_ids(reg))
    form = EquipmentForm(reg)
    qtbot.addWidget(form)
    form.show()
    assert not fill_and_save(form, asset_code="tb-0001", name="Trùng mã")
    assert "TB-0001" in form.errors()["asset_code"]
    assert form._rows["asset_code"].error.isVisible()

    assert not fill_and_save(form, asset_code="TB-0200", quantity="3", qty_good="1", qty_broken="1")
    assert "quantity" in form.errors()
    assert form.tabs is not None and form.tabs.currentIndex() == 1  # jumped to the field's tab

    future = (date.today() + timedelta(days=30)).strftime("%d/%m/%Y")
    assert not fill_and_save(form, qty_good="2", acquired_on=future)
    assert "tương lai" in form.errors()["acquired_on"]

    assert not fill_and_save(form, acquired_on="31/02/2024")
    assert "acquired_on" in form.errors()

    assert not fill_and_save(form, acquired_on="", quantity="-1", qty_good="0", qty_broken="0")
    assert "quantity" in form.errors()
    assert len(equipment_ids(reg)) == before

    # Fixing the field clears its message as the user types.
    form.field("quantity").setText("2")
    form.field("qty_good").setText("2")
    qtbot.keyClicks(form.field("name"), "!")
    assert "quantity" not in form.errors()


def test_edit_updates_row_and_history(page, reg, monkeypatch) -> None:
    item = equipment_service.find_by_asset_code(reg, "TB-0003")
    assert item is not None
    page.table.setCurrentIndex(page.model.index(page.model.row_of(item.id), 0))
    monkeypatch.setattr(
        EquipmentForm, "exec", lambda self: fill_and_save(self, name="Kính hiển vi 2 mắt")
    )
    page.edit_current()
    assert "Kính hiển vi 2 mắt" in names(page)
    lines = audit.history(reg, "equipment", item.id)
    assert lines[0].action == "update" and lines[0].actor == "tester"
    assert lines[0].changes["name"] == ["Kính hiển vi quang học", "Kính hiển vi 2 mắt"]


def test_delete_then_restore(page, reg, monkeypatch) -> None:
    monkeypatch.setattr(page, "confirm", lambda _q: True)
    page.table.selectRow(0)
    victim = page.selected_ids()
    page.delete_selected()
    assert page.model.rowCount() == 4
    assert victim[0] not in page.model.ids()
    page.deleted_box.setChecked(True)
    assert page.model.ids() == victim
    assert page.restore_button.isVisible()
    page.table.selectRow(0)
    page.restore_selected()
    assert page.model.rowCount() == 0
    page.deleted_box.setChecked(False)
    assert page.model.rowCount() == 5


def test_move_selected_items(page, reg, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda *a, **k: (next(n for n in a[3] if n.startswith("KHO")), True),
    )
    page.table.selectAll()
    page.move_selected()
    page.room_filter.setCurrentIndex(page.room_filter.findText("KHO", Qt.MatchFlag.MatchStartsWith))
    assert page.model.rowCount() == 5
    item = equipment_service.find_by_asset_code(reg, "TB-0001")
    assert item is not None and item.room is not None and item.room.code == "KHO"
    assert audit.history(reg, "equipment", item.id)[0].action == "move"


def test_scanned_asset_code_opens_the_item(page, qtbot, monkeypatch) -> None:
    from app.ui import equipment_detail

    opened: list[str] = []
    monkeypatch.setattr(
        equipment_detail.EquipmentDetail, "exec", lambda self: opened.append(self.item.asset_code)
    )
    qtbot.keyClicks(page.search, "tb-0004")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == ["TB-0004"]


def test_column_choice_is_remembered(page, reg, qtbot) -> None:
    menu = page.columns_button.menu()
    category = next(a for a in menu.actions() if a.text() == "Category")
    category.setChecked(False)
    assert page.table.isColumnHidden(2)
    again = EquipmentPage(reg, Hub())
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(2)
    assert again.table.isColumnHidden(13)  # brand hidden by default
