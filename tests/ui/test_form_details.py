"""Details a user runs into: kept rows, hidden shortcuts, odd digits, condition totals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence

from app.services import equipment as equipment_service
from app.services import maintenance as maintenance_service
from app.services import rooms as room_service
from app.services.errors import ServiceError
from app.ui.equipment_page import EquipmentPage
from app.ui.forms.equipment_form import EquipmentForm
from app.ui.forms.maintenance_form import MaintenanceForm
from app.ui.hub import Hub


def test_editing_a_record_keeps_it_on_its_own_item_after_the_code_is_reused(
    qtbot, reg, english
) -> None:
    old = equipment_service.create_equipment(reg, {"asset_code": "X-1", "name": "Máy chiếu cũ"})
    record = maintenance_service.record_maintenance(
        reg, {"equipment_id": old.id, "performed_on": date(2025, 1, 2), "description": "Lau"}
    )
    equipment_service.delete_equipment(reg, [old.id])
    equipment_service.create_equipment(reg, {"asset_code": "X-1", "name": "Máy chiếu mới"})
    form = MaintenanceForm(reg, record=maintenance_service.get_maintenance(reg, record.id))
    qtbot.addWidget(form)
    assert "Máy chiếu mới" not in form.item_name.text()
    form.description.setPlainText("Lau ống kính")
    form.try_save()
    # Its item is deleted: refused with a message, never moved to the new X-1.
    assert form.result() != form.DialogCode.Accepted
    assert "bị xóa" in form.errors()["equipment_id"]
    saved = maintenance_service.get_maintenance(reg, record.id)
    assert saved.equipment_id == old.id and saved.description == "Lau"
    assert maintenance_service.maintenance_ids(reg) == []  # the log lists live items only


def test_a_bad_date_does_not_also_blame_the_asset_code(qtbot, reg, english) -> None:
    form = MaintenanceForm(reg)
    qtbot.addWidget(form)
    form.asset_code.setText("TB-0002")
    form.description.setPlainText("Kiểm tra")
    form.performed_on.setText("31/02/2024")
    form.try_save()
    assert set(form.errors()) == {"performed_on"}


@pytest.mark.parametrize("typed", ["1²", "١٢٣", "12a"])
def test_odd_digits_in_money_are_a_field_message_not_a_crash(qtbot, reg, english, typed) -> None:
    form = EquipmentForm(reg)
    qtbot.addWidget(form)
    form.asset_code.setText("TB-0300")
    form.name.setText("Bàn")
    form.unit_price.setText(typed)
    form.unit_price.editingFinished.emit()
    form.try_save()
    assert "unit_price" in form.errors()
    assert equipment_service.find_by_asset_code(reg, "TB-0300") is None


def test_good_follows_the_other_conditions_until_typed(qtbot, reg, english) -> None:
    form = EquipmentForm(reg)
    qtbot.addWidget(form)
    form.quantity.clear()
    qtbot.keyClicks(form.quantity, "10")
    assert form.qty_good.text() == "10"
    form.qty_broken.clear()
    qtbot.keyClicks(form.qty_broken, "2")
    assert form.qty_good.text() == "8"
    form.qty_good.clear()
    qtbot.keyClicks(form.qty_good, "7")
    form.qty_lost.clear()
    qtbot.keyClicks(form.qty_lost, "1")
    assert form.qty_good.text() == "7"  # typed by hand: left alone


def test_the_current_row_survives_a_refresh(qtbot, reg, english) -> None:
    page = EquipmentPage(reg, Hub())
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(3, 0))
    page.table.selectRow(3)
    before = page.current_id()
    page.refresh()
    assert page.current_id() == before is not None


def test_hidden_delete_does_not_answer_its_shortcut(qtbot, reg, english, monkeypatch) -> None:
    page = EquipmentPage(reg, Hub())
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    calls: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda _q: calls.append("asked") or False)
    page.deleted_box.setChecked(True)
    from PySide6.QtGui import QShortcut

    delete_keys = [
        s
        for s in page.findChildren(QShortcut)
        if s.key() == QKeySequence(QKeySequence.StandardKey.Delete)
    ]
    assert delete_keys
    for shortcut in delete_keys:
        shortcut.activated.emit()
    assert calls == []
    page.deleted_box.setChecked(False)
    page.table.selectRow(0)
    for shortcut in delete_keys:
        shortcut.activated.emit()
    assert calls == ["asked"]


def test_deleting_several_rooms_is_all_or_nothing(reg) -> None:
    empty = room_service.create_room(reg, {"kind": "classroom", "code": "Z1", "name": "Trống"})
    full = next(r for r in room_service.list_rooms(reg) if r.code == "P.KHTN1")
    with pytest.raises(ServiceError, match="còn 2 thiết bị"):
        room_service.delete_rooms(reg, [empty.id, full.id])
    assert {r.code for r in room_service.list_rooms(reg)} >= {"Z1", "P.KHTN1"}


def test_two_digit_years_never_land_in_the_future(qtbot) -> None:
    from app.ui.forms.fields import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.setText("1/9/98")
    assert field.value() == date(1998, 9, 1)
    field.setText("05-09-24")
    assert field.value() == date(2024, 9, 5)


def _edit_elsewhere(reg, item_id: str, **changes: object) -> None:  # type: ignore[no-untyped-def]
    """Another window or a pulled sync saves the item while the form is open."""
    item = equipment_service.get_equipment(reg, item_id)
    data = {k: getattr(item, k) for k in equipment_service.EquipmentInput.model_fields}
    equipment_service.update_equipment(reg, item_id, {**data, **changes}, item.version)


def test_a_change_saved_elsewhere_keeps_what_the_user_typed(qtbot, reg, english) -> None:
    item = equipment_service.find_by_asset_code(reg, "TB-0001")
    assert item is not None
    form = EquipmentForm(reg, item)
    qtbot.addWidget(form)
    form.name.setText("Máy chiếu Epson (phòng Lý)")  # the officer's edit
    form.notes.setPlainText("Thay bóng đèn 11/2026")
    _edit_elsewhere(reg, item.id, serial="SN-DISTRICT", notes="Phòng GD&ĐT kiểm tra")

    form.try_save()
    assert form.result() != form.DialogCode.Accepted
    assert "changed elsewhere" in form.summary.text()
    # Untouched fields took the newer values; the typed ones are kept, and the field
    # both changed says what the other side wrote.
    assert form.serial.text() == "SN-DISTRICT"
    assert form.name.text() == "Máy chiếu Epson (phòng Lý)"
    assert form.notes.toPlainText() == "Thay bóng đèn 11/2026"
    assert set(form.errors()) == {"notes"}
    assert "Phòng GD&ĐT kiểm tra" in form.errors()["notes"]

    form.try_save()  # the second Save writes the merge
    assert form.result() == form.DialogCode.Accepted
    saved = equipment_service.get_equipment(reg, item.id)
    assert (saved.name, saved.serial, saved.notes) == (
        "Máy chiếu Epson (phòng Lý)",
        "SN-DISTRICT",
        "Thay bóng đèn 11/2026",
    )


def test_an_item_deleted_elsewhere_is_said_so(qtbot, reg, english) -> None:
    item = equipment_service.find_by_asset_code(reg, "TB-0001")
    assert item is not None
    form = EquipmentForm(reg, item)
    qtbot.addWidget(form)
    form.name.setText("Tên mới")
    _edit_elsewhere(reg, item.id, notes="x")
    equipment_service.delete_equipment(reg, [item.id])
    form.try_save()
    assert form.result() != form.DialogCode.Accepted
    assert form.summary.isVisibleTo(form) and form.summary.text()
