"""What sheets and Excel files read: the register's rows with their rooms, the rooms
with their totals, the maintenance log, and the Vietnamese way of writing values."""

from __future__ import annotations

from datetime import date

from app.models.enums import EquipmentStatus, FundingSource
from app.reports import data, vocabulary
from app.services import maintenance
from app.services.equipment_query import EquipmentQuery
from app.services.register import Register


def test_register_rows_stream_with_their_room_in_the_order_asked(
    register: Register, add_room, add_item
) -> None:  # type: ignore[no-untyped-def]
    lab = add_room(register, "P.HOA", "Phòng Hóa học")
    art = add_room(register, "P.MT", "Phòng Mĩ thuật")
    add_item(
        register,
        "TB-3",
        "Ống nghiệm",
        room_id=lab.id,
        subject="Hóa học",
        quantity=20,
        qty_good=20,
        unit_price=15_000,
    )
    add_item(register, "TB-1", "Giá vẽ", room_id=art.id, subject="Mĩ thuật")
    add_item(register, "TB-2", "Bảng phụ", subject="")
    by_code = list(data.register_rows(register))
    assert [r.asset_code for r in by_code] == ["TB-1", "TB-2", "TB-3"]
    by_room = [r.asset_code for r in data.register_rows(register, order="room")]
    assert by_room == ["TB-3", "TB-1", "TB-2"]  # P.HOA, P.MT, then no room
    by_subject = [r.asset_code for r in data.register_rows(register, order="subject")]
    assert by_subject == ["TB-3", "TB-1", "TB-2"]  # Hóa học, Mĩ thuật, then none
    tube = by_code[2]
    assert (tube.room_code, tube.room_name, tube.total_value) == ("P.HOA", "Phòng Hóa học", 300_000)
    only_lab = data.register_rows(register, EquipmentQuery(room_id=lab.id))
    assert [r.asset_code for r in only_lab] == ["TB-3"]
    assert data.count_register_rows(register, EquipmentQuery(text="ong nghiem")) == 1


def test_rooms_carry_their_item_count_and_value(register: Register, add_room, add_item) -> None:  # type: ignore[no-untyped-def]
    lab = add_room(register, "P.HOA", "Phòng Hóa học", has_internet=True)
    add_item(
        register, "TB-1", "Tủ hút", room_id=lab.id, unit_price=2_000_000, quantity=2, qty_good=2
    )
    add_item(register, "TB-2", "Bàn thí nghiệm", room_id=lab.id, unit_price=500_000)
    (row,) = [r for r in data.room_rows(register) if r.id == lab.id]
    assert (row.item_count, row.total_value) == (2, 4_500_000)
    assert row.facilities["has_internet"] is True and row.facilities["has_power"] is False
    assert set(row.facilities) == set(data.FACILITY_WORDS)


def test_the_maintenance_log_is_oldest_first_within_the_dates(register: Register, add_item) -> None:  # type: ignore[no-untyped-def]
    item = add_item(register, "TB-1", "Máy chiếu")
    for day, text in ((date(2026, 3, 1), "Thay bóng"), (date(2025, 9, 5), "Lau bụi")):
        maintenance.record_maintenance(
            register, {"equipment_id": item.id, "performed_on": day, "description": text}
        )
    log = data.maintenance_log(register)
    assert [r.description for r in log] == ["Lau bụi", "Thay bóng"]
    recent = data.maintenance_log(register, until=date(2025, 12, 31))
    assert [r.description for r in recent] == ["Lau bụi"]


def test_values_are_written_the_vietnamese_way() -> None:
    assert vocabulary.vn_number(12_500_000) == "12.500.000"
    assert vocabulary.vn_number(1.5) == "1,5"
    assert vocabulary.vn_number(80.0) == "80"
    assert vocabulary.vn_date(date(2026, 5, 3)) == "03/05/2026"
    assert vocabulary.place_and_date("Lai Châu", date(2024, 5, 30)) == (
        "Lai Châu, ngày 30 tháng 5 năm 2024"
    )
    assert vocabulary.word(FundingSource.STATE_BUDGET) == "Ngân sách nhà nước"
    assert vocabulary.word(EquipmentStatus.IN_REPAIR) == "Đang sửa chữa"
    assert vocabulary.word(None) == ""


def test_values_equal_as_strings_keep_their_own_words() -> None:
    from app.models.enums import RoomStatus

    # Both are the string "in_use"; each enum still has its word, and both are listed.
    assert vocabulary.WORDS[RoomStatus.IN_USE] == "Đang sử dụng"
    assert vocabulary.WORDS[EquipmentStatus.IN_USE] == "Đang sử dụng"
    members = list(vocabulary.WORDS)
    assert any(m is RoomStatus.IN_USE for m in members)
    assert any(m is EquipmentStatus.IN_USE for m in members)
    assert vocabulary.word(RoomStatus.UNDER_REPAIR) == "Đang sửa chữa"


def test_any_number_of_chosen_ids_in_code_order(register: Register, add_item) -> None:  # type: ignore[no-untyped-def]
    """A selection of the whole register: more ids than SQLite binds in an IN list
    (32,766 in the SQLite of Windows' Python, 250,000 in Debian's)."""
    items = [add_item(register, f"TB-{n}", f"Thiết bị {n}") for n in (3, 1, 2)]
    gone = add_item(register, "TB-9", "Đã xóa")
    from app.services import equipment

    equipment.delete_equipment(register, [gone.id])
    wanted = [f"khong-co-{n}" for n in range(260_000)] + [i.id for i in items] + [gone.id]
    wanted += [items[0].id]  # chosen twice
    rows = list(data.register_rows(register, ids=wanted))
    assert [r.asset_code for r in rows] == ["TB-1", "TB-2", "TB-3"]
    assert data.count_register_rows(register, ids=wanted) == 3
    assert list(data.register_rows(register, ids=[])) == []
