"""Rooms: create, edit, rename, delete and restore, with their refusals and audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Room
from app.models.enums import RoomKind, RoomStatus
from app.services import audit, equipment, rooms, schools
from app.services.equipment_query import EquipmentQuery, equipment_ids
from tests.conftest import ACTOR

SMART = {
    "kind": "smart",
    "code": "P.TM1",
    "name": "Phòng học thông minh 1",
    "building": "Nhà A",
    "floor": 2,
    "area_m2": 72.5,
    "seats": 45,
    "has_power": True,
    "has_internet": True,
    "classes_served": [
        {"class_name": "6A1", "grade": 6, "students": 42},
        {"class_name": "7A2", "grade": 7, "students": 40},
    ],
}


def _room_data(room: Room, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "kind": room.kind.value,
        "subject_type": room.subject_type,
        "code": room.code,
        "name": room.name,
        "building": room.building,
        "floor": room.floor,
        "area_m2": room.area_m2,
        "seats": room.seats,
    }
    data.update(changes)
    return data


# -- happy paths -----------------------------------------------------------------------


def test_create_subject_room_stores_fields_and_audits(register, add_room):
    room = add_room(register, "P.KHTN", "Phòng Khoa học tự nhiên", subject_type="khtn", seats=40)

    stored = rooms.get_room(register, room.id)
    assert stored.kind == RoomKind.SUBJECT
    assert stored.subject_type == "khtn"
    assert stored.code == "P.KHTN"
    assert stored.seats == 40
    assert stored.status == RoomStatus.IN_USE
    assert stored.school_id == register.school_id
    assert stored.version == 1
    assert stored.search_text == "p.khtn phong khoa hoc tu nhien"

    (line,) = audit.history(register, "room", room.id)
    assert (line.actor, line.action) == (ACTOR, "create")
    assert "P.KHTN" in line.summary


def test_create_smart_classroom_keeps_classes_served(register):
    room = rooms.create_room(register, {**SMART, "subject_type": "tin_hoc"})
    stored = rooms.get_room(register, room.id)
    assert stored.kind == RoomKind.SMART
    assert stored.subject_type is None  # only subject rooms carry a subject type
    assert stored.classes_served == SMART["classes_served"]
    assert (stored.floor, stored.area_m2, stored.has_internet) == (2, 72.5, True)


def test_preparation_area_dropped_without_preparation_room(register, add_room):
    room = add_room(register, has_preparation_room=False, preparation_area_m2=12)
    assert rooms.get_room(register, room.id).preparation_area_m2 is None
    room2 = add_room(register, "P.TIN2", has_preparation_room=True, preparation_area_m2=12)
    assert rooms.get_room(register, room2.id).preparation_area_m2 == 12


def test_update_room_records_changed_fields_and_bumps_version(register, add_room):
    room = add_room(register)
    updated = rooms.update_room(
        register,
        room.id,
        _room_data(room, name="Phòng Tin học số 1", seats=36, status="under_repair"),
        expected_version=1,
    )
    assert updated.version == 2
    stored = rooms.get_room(register, room.id)
    assert (stored.name, stored.seats, stored.status) == (
        "Phòng Tin học số 1",
        36,
        RoomStatus.UNDER_REPAIR,
    )

    latest = audit.history(register, "room", room.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "update")
    assert latest.changes["name"] == ["Phòng Tin học 1", "Phòng Tin học số 1"]
    assert latest.changes["seats"] == [0, 36]
    assert latest.changes["status"] == ["in_use", "under_repair"]
    assert "code" not in latest.changes
    assert "search_text" not in latest.changes


def test_update_with_same_values_writes_nothing(register, add_room, snapshot):
    room = add_room(register)
    before = snapshot(register)
    rooms.update_room(register, room.id, _room_data(room), expected_version=1)
    assert snapshot(register) == before


def test_renaming_room_makes_its_equipment_findable_by_new_name(register, add_room, add_item):
    room = add_room(register, "P.CN", "Phòng Công nghệ", subject_type="cong_nghe")
    item = add_item(register, "TB-0100", "Bộ dụng cụ cơ khí", room_id=room.id)
    assert equipment_ids(register, EquipmentQuery(text="cong nghe")) == [item.id]
    assert equipment_ids(register, EquipmentQuery(text="xuong")) == []

    rooms.update_room(register, room.id, _room_data(room, code="P.XUONG", name="Xưởng thực hành"))

    assert equipment_ids(register, EquipmentQuery(text="xuong thuc hanh")) == [item.id]
    assert equipment_ids(register, EquipmentQuery(text="Xưởng")) == [item.id]
    assert equipment_ids(register, EquipmentQuery(text="p.xuong")) == [item.id]
    assert equipment_ids(register, EquipmentQuery(text="cong nghe")) == []
    assert "xuong thuc hanh" in equipment.get_equipment(register, item.id).search_text


def test_delete_and_restore_empty_room(register, add_room):
    room = add_room(register)
    rooms.delete_room(register, room.id)

    assert rooms.get_room(register, room.id).deleted_at is not None
    assert room.id not in [r.id for r in rooms.list_rooms(register)]
    assert room.id in [r.id for r in rooms.list_rooms(register, include_deleted=True)]
    assert rooms.room_ids(register) == []
    assert rooms.room_ids(register, rooms.RoomQuery(include_deleted=True)) == [room.id]
    assert audit.history(register, "room", room.id)[0].action == "delete"

    restored = rooms.restore_room(register, room.id)
    assert restored.deleted_at is None
    assert [r.id for r in rooms.list_rooms(register)] == [room.id]
    latest = audit.history(register, "room", room.id)[0]
    assert (latest.actor, latest.action) == (ACTOR, "restore")


def test_deleted_room_code_can_be_reused(register, add_room):
    old = add_room(register, "P.TIN1")
    rooms.delete_room(register, old.id)
    new = add_room(register, "p.tin1")
    assert [r.id for r in rooms.list_rooms(register)] == [new.id]


def test_room_ids_search_filter_and_sort(register, add_room):
    a = add_room(register, "P.TIN1", "Phòng Tin học 1", seats=30)
    b = add_room(register, "P.KHTN", "Phòng Khoa học tự nhiên", subject_type="khtn", seats=40)
    c = rooms.create_room(register, SMART)

    assert rooms.room_ids(register, rooms.RoomQuery(text="tin hoc")) == [a.id]
    assert rooms.room_ids(register, rooms.RoomQuery(text="THÔNG MINH")) == [c.id]
    assert rooms.room_ids(register, rooms.RoomQuery(text="nha a")) == [c.id]
    assert rooms.room_ids(register, rooms.RoomQuery(text="100%")) == []
    assert rooms.room_ids(register, rooms.RoomQuery(kind=RoomKind.SMART)) == [c.id]
    assert rooms.room_ids(register) == [b.id, a.id, c.id]  # by code
    by_seats = rooms.room_ids(register, rooms.RoomQuery(sort="seats", descending=True))
    assert by_seats == [c.id, b.id, a.id]


def test_room_summary_counts_live_equipment(register, add_room, add_item):
    room = add_room(register)
    add_item(register, "TB-1", "Máy tính", room_id=room.id, quantity=20, unit_price=10_000_000)
    add_item(register, "TB-2", "Màn hình", room_id=room.id, quantity=5, qty_broken=2)
    gone = add_item(register, "TB-3", "Loa", room_id=room.id, quantity=2, unit_price=500_000)
    equipment.delete_equipment(register, [gone.id])

    summary = rooms.room_summary(register, room.id)
    assert summary == rooms.RoomSummary(
        equipment_lines=2, total_quantity=25, total_value=200_000_000, broken_quantity=2
    )


def test_responsible_staff_must_exist(register, add_room, refused):
    staff = schools.add_staff(register, {"full_name": "Trần Văn Bình"})
    room = add_room(register, responsible_staff_id=staff.id)
    assert rooms.get_room(register, room.id).responsible_staff_id == staff.id
    refused(
        register,
        rooms.create_room,
        {"kind": "storeroom", "code": "KHO", "name": "Kho", "responsible_staff_id": "nope"},
        field="responsible_staff_id",
    )


# -- refusals --------------------------------------------------------------------------


def test_subject_room_needs_subject_type(register, refused):
    err = refused(
        register,
        rooms.create_room,
        {"kind": "subject", "code": "P.BM", "name": "Phòng bộ môn"},
        field="subject_type",
    )
    assert "loại phòng bộ môn" in err.message


@pytest.mark.parametrize("code", ["P.TIN1", "p.tin1", "  P.Tin1  "])
def test_duplicate_room_code_refused(register, add_room, refused, code):
    add_room(register, "P.TIN1")
    err = refused(register, rooms.create_room, {"kind": "storeroom", "code": code, "name": "Kho"})
    assert "code" in err.fields
    assert "đã có" in err.fields["code"]


def test_duplicate_room_code_with_vietnamese_letters_refused(register, add_room, refused):
    add_room(register, "P.ĐIỆN", "Phòng Điện")
    refused(register, add_room, "p.điện", "Phòng điện 2", field="code")


def test_update_to_another_rooms_code_refused(register, add_room, refused):
    add_room(register, "P.TIN1")
    other = add_room(register, "P.TIN2", "Phòng Tin học 2")
    refused(register, rooms.update_room, other.id, _room_data(other, code="P.TIN1"), field="code")


def test_delete_room_holding_equipment_refused(register, add_room, add_item, refused):
    room = add_room(register)
    add_item(register, "TB-0001", "Máy tính để bàn", room_id=room.id)
    err = refused(register, rooms.delete_room, room.id)
    assert "còn 1 thiết bị" in err.message
    assert rooms.get_room(register, room.id).deleted_at is None


def test_delete_room_allowed_once_equipment_moved_out(register, add_room, add_item):
    room = add_room(register)
    item = add_item(register, "TB-0001", "Máy tính để bàn", room_id=room.id)
    equipment.move_equipment(register, [item.id], None)
    rooms.delete_room(register, room.id)
    assert rooms.get_room(register, room.id).is_deleted


def test_stale_expected_version_refused(register, add_room, refused):
    room = add_room(register)
    rooms.update_room(register, room.id, _room_data(room, seats=10), expected_version=1)
    err = refused(
        register, rooms.update_room, room.id, _room_data(room, seats=20), expected_version=1
    )
    assert "mở lại" in err.message
    assert rooms.get_room(register, room.id).seats == 10


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"code": ""}, "code"),
        ({"seats": -1}, "seats"),
        ({"area_m2": -5}, "area_m2"),
        ({"kind": "castle"}, "kind"),
        ({"classes_served": [{"class_name": "6A1", "grade": 13}]}, "classes_served"),
    ],
)
def test_bad_room_input_refused(register, refused, changes, field):
    data = {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị", **changes}
    refused(register, rooms.create_room, data, field=field)


def test_missing_room_name_says_so(register, refused):
    err = refused(register, rooms.create_room, {"kind": "storeroom", "code": "KHO"}, field="name")
    assert err.fields["name"] == "Chưa nhập tên."


def test_unknown_or_deleted_room_refused_for_edit_and_delete(register, add_room, refused):
    refused(
        register, rooms.update_room, "no-such-room", {"kind": "storeroom", "code": "K", "name": "K"}
    )
    refused(register, rooms.delete_room, "no-such-room")
    room = add_room(register)
    rooms.delete_room(register, room.id)
    refused(register, rooms.update_room, room.id, _room_data(room, seats=3))
    refused(register, rooms.delete_room, room.id)


def test_restore_room_whose_code_was_reused_refused(register, add_room, refused):
    old = add_room(register, "P.TIN1")
    rooms.delete_room(register, old.id)
    add_room(register, "P.TIN1", "Phòng Tin học mới")
    refused(register, rooms.restore_room, old.id, field="code")
    assert rooms.get_room(register, old.id).is_deleted


def test_rooms_need_a_school_first(empty_register, refused):
    err = refused(
        empty_register, rooms.create_room, {"kind": "storeroom", "code": "K", "name": "Kho"}
    )
    assert "trường" in err.message
    with empty_register.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0
