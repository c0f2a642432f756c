"""Equipment: create, edit, move, soft-delete and restore; every refusal writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from app.models import Equipment
from app.models.enums import EquipmentCategory, EquipmentStatus, FundingSource
from app.services import audit, equipment, rooms
from app.services.equipment_query import EquipmentQuery, equipment_ids, equipment_rows
from app.services.errors import ServiceError
from tests.conftest import ACTOR

TOMORROW = date.today() + timedelta(days=1)

PROJECTOR = {
    "asset_code": "TB-0001",
    "name": "Máy chiếu Epson EB-X06",
    "category": "fixed_asset",
    "subject": "Tin học",
    "brand": "Epson",
    "model": "EB-X06",
    "serial": "X06K123456",
    "origin": "Nhật Bản",
    "quantity": 3,
    "qty_minor_damage": 1,
    "unit_price": 12_500_000,
    "funding_source": "parents",
    "acquired_on": "2023-08-15",
    "in_service_on": "2023-09-05",
}


def _edit_data(item: Equipment, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "asset_code": item.asset_code,
        "name": item.name,
        "category": item.category.value,
        "room_id": item.room_id,
        "quantity": item.quantity,
        "qty_good": item.qty_good,
        "qty_minor_damage": item.qty_minor_damage,
        "qty_broken": item.qty_broken,
        "qty_lost": item.qty_lost,
        "unit_price": item.unit_price,
    }
    data.update(changes)
    return data


# -- happy paths -----------------------------------------------------------------------


def test_create_equipment_stores_fields_derived_columns_and_audit(register, add_room):
    room = add_room(register)
    item = equipment.create_equipment(register, {**PROJECTOR, "room_id": room.id})

    stored = equipment.get_equipment(register, item.id)
    assert stored.asset_code == "TB-0001"
    assert stored.asset_code_norm == "tb-0001"
    assert stored.name_norm == "may chieu epson eb-x06"
    assert stored.category == EquipmentCategory.FIXED_ASSET
    assert stored.funding_source == FundingSource.PARENTS
    assert (stored.quantity, stored.qty_good, stored.qty_minor_damage) == (3, 2, 1)
    assert (stored.qty_broken, stored.qty_lost) == (0, 0)
    assert stored.acquired_on == date(2023, 8, 15)
    assert stored.total_value == 37_500_000
    assert stored.room_id == room.id
    assert stored.version == 1
    for word in ("may chieu", "epson", "x06k123456", "p.tin1", "phong tin hoc 1", "tin hoc"):
        assert word in stored.search_text

    (line,) = audit.history(register, "equipment", item.id)
    assert (line.actor, line.action) == (ACTOR, "create")
    assert line.summary == "TB-0001 – Máy chiếu Epson EB-X06"


def test_defaults_and_lookup_by_asset_code(register, add_item):
    item = add_item(register, "TB-0002", "Bảng nhóm")
    assert (item.quantity, item.qty_good, item.unit) == (1, 1, "cái")
    assert item.status == EquipmentStatus.IN_USE
    assert item.room_id is None
    assert equipment.find_by_asset_code(register, " tb-0002 ").id == item.id
    assert equipment.find_by_asset_code(register, "TB-0003") is None


def test_zero_quantity_is_allowed(register, add_item):
    item = add_item(register, "HC-01", "Dung dịch HCl", category="chemical", quantity=0)
    assert (item.quantity, item.qty_good) == (0, 0)


def test_edit_records_old_and_new_values(register, add_item):
    item = add_item(register, "TB-0001", "Máy chiếu", quantity=2)
    updated = equipment.update_equipment(
        register,
        item.id,
        _edit_data(item, name="Máy chiếu Sony", quantity=4, qty_good=3, qty_broken=1),
        expected_version=1,
    )
    assert updated.version == 2
    stored = equipment.get_equipment(register, item.id)
    assert (stored.name, stored.name_norm) == ("Máy chiếu Sony", "may chieu sony")
    assert (stored.quantity, stored.qty_good, stored.qty_broken) == (4, 3, 1)
    assert "sony" in stored.search_text

    latest = audit.history(register, "equipment", item.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "update")
    assert latest.changes == {
        "name": ["Máy chiếu", "Máy chiếu Sony"],
        "quantity": [2, 4],
        "qty_good": [2, 3],
        "qty_broken": [0, 1],
    }


def test_edit_without_changes_writes_nothing(register, add_item, snapshot):
    item = add_item(register, "TB-0001", "Máy chiếu")
    before = snapshot(register)
    equipment.update_equipment(register, item.id, _edit_data(item), expected_version=1)
    assert snapshot(register) == before


def test_edit_of_room_only_is_recorded_as_move(register, add_room, add_item):
    a = add_room(register, "P.A", "Phòng A")
    b = add_room(register, "P.B", "Phòng B")
    item = add_item(register, "TB-0001", "Máy chiếu", room_id=a.id)
    equipment.update_equipment(register, item.id, _edit_data(item, room_id=b.id))
    latest = audit.history(register, "equipment", item.id)[0]
    assert latest.action == "move"
    assert latest.changes["room_id"] == [a.id, b.id]
    assert latest.changes["room"] == ["P.A – Phòng A", "P.B – Phòng B"]
    assert "phong b" in equipment.get_equipment(register, item.id).search_text


def test_move_single_item(register, add_room, add_item):
    room = add_room(register, "P.A", "Phòng A")
    item = add_item(register, "TB-0001", "Máy chiếu")
    assert equipment.move_equipment(register, [item.id], room.id, note="bàn giao") == 1

    stored = equipment.get_equipment(register, item.id)
    assert stored.room_id == room.id
    assert stored.version == 2
    assert equipment_ids(register, EquipmentQuery(text="phong a")) == [item.id]
    latest = audit.history(register, "equipment", item.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "move")
    assert latest.changes == {"room_id": [None, room.id], "room": ["", "P.A – Phòng A"]}
    assert latest.summary == "Chuyển TB-0001 đến P.A: bàn giao"


def test_move_several_items_skips_those_already_there(register, add_room, add_item):
    a = add_room(register, "P.A", "Phòng A")
    b = add_room(register, "P.B", "Phòng B")
    items = [add_item(register, f"TB-{i:04d}", f"Bàn học sinh {i}", room_id=a.id) for i in range(3)]
    already = add_item(register, "TB-0099", "Ghế giáo viên", room_id=b.id)

    ids = [i.id for i in items] + [already.id]
    assert equipment.move_equipment(register, ids, b.id) == 3
    assert equipment_ids(register, EquipmentQuery(room_id=b.id)) == sorted(
        ids, key=lambda i: equipment.get_equipment(register, i).asset_code_norm
    )
    assert equipment_ids(register, EquipmentQuery(room_id=a.id)) == []
    for item in items:
        assert audit.history(register, "equipment", item.id)[0].action == "move"
    assert [h.action for h in audit.history(register, "equipment", already.id)] == ["create"]

    assert equipment.move_equipment(register, ids, None) == 4
    assert equipment_ids(register, EquipmentQuery(room_id=b.id)) == []


def test_soft_delete_and_restore(register, add_item):
    item = add_item(register, "TB-0001", "Máy chiếu")
    other = add_item(register, "TB-0002", "Loa")
    assert equipment.delete_equipment(register, [item.id, other.id], reason="thanh lý") == 2

    stored = equipment.get_equipment(register, item.id)
    assert stored.deleted_at is not None
    assert equipment.find_by_asset_code(register, "TB-0001") is None
    assert equipment_ids(register) == []
    assert set(equipment_ids(register, EquipmentQuery(deleted=True))) == {item.id, other.id}
    latest = audit.history(register, "equipment", item.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "delete")
    assert "thanh lý" in latest.summary

    assert equipment.restore_equipment(register, [item.id]) == 1
    assert equipment.get_equipment(register, item.id).deleted_at is None
    assert equipment.find_by_asset_code(register, "tb-0001").id == item.id
    assert audit.history(register, "equipment", item.id)[0].action == "restore"
    # Restoring a live item changes nothing.
    assert equipment.restore_equipment(register, [item.id]) == 0


def test_deleted_items_code_can_be_reused(register, add_item):
    old = add_item(register, "TB-0001", "Máy chiếu cũ")
    equipment.delete_equipment(register, [old.id])
    new = add_item(register, "tb-0001", "Máy chiếu mới")
    assert equipment.find_by_asset_code(register, "TB-0001").id == new.id


def test_restore_into_deleted_room_leaves_item_without_room(register, add_room, add_item):
    room = add_room(register)
    item = add_item(register, "TB-0001", "Máy chiếu", room_id=room.id)
    equipment.delete_equipment(register, [item.id])
    rooms.delete_room(register, room.id)

    equipment.restore_equipment(register, [item.id])
    stored = equipment.get_equipment(register, item.id)
    assert stored.room_id is None
    assert "p.tin1" not in stored.search_text
    latest = audit.history(register, "equipment", item.id)[0]
    assert latest.action == "restore"
    assert latest.changes["room_id"] == [room.id, None]


def test_equipment_rows_carry_room_code_and_name(register, add_room, add_item):
    room = add_room(register)
    item = add_item(register, "TB-0001", "Máy chiếu", room_id=room.id, quantity=2)
    rows = equipment_rows(register, [item.id])
    row = rows[item.id]
    assert (row.asset_code, row.room_code, row.room_name, row.quantity) == (
        "TB-0001",
        "P.TIN1",
        "Phòng Tin học 1",
        2,
    )
    assert equipment_rows(register, []) == {}


# -- refusals --------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["TB-0001", "tb-0001", "  Tb-0001 ", "TB - 0001", "tb -0001"])
def test_duplicate_asset_code_refused(register, add_item, refused, code):
    add_item(register, "TB-0001", "Máy chiếu")
    err = refused(register, equipment.create_equipment, {"asset_code": code, "name": "Loa"})
    assert "asset_code" in err.fields
    assert "TB-0001" in err.message


def test_editing_to_another_items_code_refused(register, add_item, refused):
    add_item(register, "TB-0001", "Máy chiếu")
    other = add_item(register, "TB-0002", "Loa")
    refused(
        register,
        equipment.update_equipment,
        other.id,
        _edit_data(other, asset_code="tb-0001"),
        field="asset_code",
    )


def test_editing_own_code_case_is_allowed(register, add_item):
    item = add_item(register, "tb-0001", "Máy chiếu")
    equipment.update_equipment(register, item.id, _edit_data(item, asset_code="TB-0001"))
    assert equipment.get_equipment(register, item.id).asset_code == "TB-0001"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"quantity": -1}, "quantity", "không được âm"),
        ({"quantity": "nhiều"}, "quantity", "số nguyên"),
        ({"qty_broken": -2}, "qty_broken", "không được âm"),
        ({"quantity": 5, "qty_good": 3, "qty_broken": 1}, "quantity", "cộng lại bằng 4"),
        ({"quantity": 2, "qty_good": 2, "qty_lost": 1}, "quantity", "khác tổng số lượng 2"),
        ({"quantity": 2, "qty_broken": 2, "qty_lost": 1}, "quantity", "vượt quá"),
        ({"acquired_on": TOMORROW.isoformat()}, "acquired_on", "tương lai"),
        ({"in_service_on": TOMORROW.isoformat()}, "in_service_on", "tương lai"),
        (
            {"acquired_on": "2024-03-10", "in_service_on": "2024-03-09"},
            "in_service_on",
            "trước ngày mua",
        ),
        ({"acquired_on": "31/02/2024"}, "acquired_on", "ngày hợp lệ"),
        ({"name": ""}, "name", "Chưa nhập tên"),
        ({"name": "   "}, "name", "Chưa nhập tên"),
        ({"asset_code": ""}, "asset_code", "Chưa nhập mã tài sản"),
        ({"unit_price": -1000}, "unit_price", "không được âm"),
        ({"category": "weapon"}, "category", "không hợp lệ"),
        ({"status": "sold"}, "status", "không hợp lệ"),
        ({"name": "x" * 201}, "name", "dài quá 200"),
    ],
)
def test_bad_equipment_input_refused(register, refused, changes, field, words):
    data = {"asset_code": "TB-0001", "name": "Máy chiếu", **changes}
    err = refused(register, equipment.create_equipment, data, field=field)
    assert words in err.fields[field]
    assert words in err.message


@pytest.mark.parametrize("missing", ["name", "asset_code"])
def test_missing_required_field_refused(register, refused, missing):
    data = {"asset_code": "TB-0001", "name": "Máy chiếu"}
    del data[missing]
    err = refused(register, equipment.create_equipment, data, field=missing)
    assert err.fields[missing].startswith("Chưa nhập")


def test_several_problems_reported_at_once(register, refused):
    err = refused(
        register, equipment.create_equipment, {"asset_code": "", "name": "", "quantity": -1}
    )
    assert {"asset_code", "name", "quantity"} <= set(err.fields)


def test_unknown_field_refused(register, refused):
    refused(register, equipment.create_equipment, {"asset_code": "A", "name": "B", "colour": "x"})


def test_today_is_not_the_future(register, add_item):
    today = date.today().isoformat()
    item = add_item(register, "TB-0001", "Máy chiếu", acquired_on=today, in_service_on=today)
    assert item.acquired_on == date.today()


def test_unknown_room_refused(register, refused):
    data = {"asset_code": "TB-0001", "name": "Máy chiếu", "room_id": "no-such-room"}
    err = refused(register, equipment.create_equipment, data, field="room_id")
    assert "Phòng" in err.fields["room_id"]


def test_deleted_room_refused(register, add_room, refused):
    room = add_room(register)
    rooms.delete_room(register, room.id)
    data = {"asset_code": "TB-0001", "name": "Máy chiếu", "room_id": room.id}
    refused(register, equipment.create_equipment, data, field="room_id")


def test_edit_into_deleted_room_refused(register, add_room, add_item, refused):
    room = add_room(register)
    rooms.delete_room(register, room.id)
    item = add_item(register, "TB-0001", "Máy chiếu")
    refused(
        register,
        equipment.update_equipment,
        item.id,
        _edit_data(item, room_id=room.id),
        field="room_id",
    )


def test_edit_with_bad_quantities_refused(register, add_item, refused):
    item = add_item(register, "TB-0001", "Máy chiếu", quantity=3)
    refused(
        register,
        equipment.update_equipment,
        item.id,
        _edit_data(item, quantity=3, qty_good=1, qty_broken=1),
        field="quantity",
    )


def test_stale_expected_version_refused(register, add_item, refused):
    item = add_item(register, "TB-0001", "Máy chiếu")
    equipment.update_equipment(register, item.id, _edit_data(item, name="Máy chiếu 2"))
    err = refused(
        register,
        equipment.update_equipment,
        item.id,
        _edit_data(item, name="Máy chiếu 3"),
        expected_version=1,
    )
    assert "mở lại" in err.message
    assert equipment.get_equipment(register, item.id).name == "Máy chiếu 2"


def test_concurrent_row_change_detected_by_version_counter(register, add_item, snapshot):
    """A flush over a row changed under it becomes a ServiceError and rolls back."""
    item = add_item(register, "TB-0001", "Máy chiếu")
    with pytest.raises(ServiceError) as info, register.write() as s:
        row = s.get(Equipment, item.id)
        s.execute(text("UPDATE equipment SET version = version + 1 WHERE id = :id"), {"id": row.id})
        row.name = "Đổi tên"
    assert "thay đổi ở nơi khác" in info.value.message
    stored = equipment.get_equipment(register, item.id)
    assert (stored.name, stored.version) == ("Máy chiếu", 1)


def test_database_constraint_breach_becomes_service_error(register, add_item):
    item = add_item(register, "TB-0001", "Máy chiếu", quantity=2)
    with pytest.raises(ServiceError) as info, register.write() as s:
        row = s.get(Equipment, item.id)
        row.quantity = 5  # the condition columns no longer add up
    assert "chưa lưu gì" in info.value.message
    assert equipment.get_equipment(register, item.id).quantity == 2


def test_edit_or_delete_of_unknown_or_deleted_item_refused(register, add_item, refused):
    item = add_item(register, "TB-0001", "Máy chiếu")
    refused(register, equipment.update_equipment, "nope", _edit_data(item))
    refused(register, equipment.delete_equipment, ["nope"])
    equipment.delete_equipment(register, [item.id])
    refused(register, equipment.update_equipment, item.id, _edit_data(item, name="Khác"))
    refused(register, equipment.delete_equipment, [item.id])
    refused(register, equipment.move_equipment, [item.id], None)


def test_batch_delete_is_all_or_nothing(register, add_item, refused):
    a = add_item(register, "TB-0001", "Máy chiếu")
    b = add_item(register, "TB-0002", "Loa")
    refused(register, equipment.delete_equipment, [a.id, b.id, "nope"])
    assert len(equipment_ids(register)) == 2


def test_batch_move_is_all_or_nothing(register, add_room, add_item, refused):
    room = add_room(register)
    a = add_item(register, "TB-0001", "Máy chiếu")
    b = add_item(register, "TB-0002", "Loa")
    equipment.delete_equipment(register, [b.id])
    refused(register, equipment.move_equipment, [a.id, b.id], room.id)
    assert equipment.get_equipment(register, a.id).room_id is None


def test_move_to_unknown_or_deleted_room_refused(register, add_room, add_item, refused):
    item = add_item(register, "TB-0001", "Máy chiếu")
    refused(register, equipment.move_equipment, [item.id], "no-such-room", field="room_id")
    room = add_room(register)
    rooms.delete_room(register, room.id)
    refused(register, equipment.move_equipment, [item.id], room.id, field="room_id")


def test_restore_when_code_reused_refused(register, add_item, refused):
    old = add_item(register, "TB-0001", "Máy chiếu cũ")
    equipment.delete_equipment(register, [old.id])
    add_item(register, "TB-0001", "Máy chiếu mới")
    err = refused(register, equipment.restore_equipment, [old.id], field="asset_code")
    assert "TB-0001" in err.message
    assert equipment.get_equipment(register, old.id).is_deleted


def test_restore_unknown_item_refused(register, refused):
    refused(register, equipment.restore_equipment, ["nope"])


def test_equipment_needs_a_school_first(empty_register, refused):
    err = refused(empty_register, equipment.create_equipment, {"asset_code": "A", "name": "B"})
    assert "trường" in err.message
