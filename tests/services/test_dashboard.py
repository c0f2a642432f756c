"""The home screen's figures: sums by condition, funding source, room kind and status."""

from __future__ import annotations

from app.models.enums import Condition, EquipmentStatus, FundingSource, RoomKind
from app.services import equipment, rooms
from app.services.dashboard import register_figures
from app.services.register import Register


def test_figures_of_an_empty_register(register: Register) -> None:
    f = register_figures(register)
    assert (f.items, f.units, f.total_value, f.disposed_items) == (0, 0, 0, 0)
    assert f.units_by_condition == dict.fromkeys(Condition, 0)
    assert f.rooms_by_kind == {} and f.value_by_funding == {}


def test_figures_add_up_by_condition_funding_room_kind_and_status(register: Register) -> None:
    lab = rooms.create_room(
        register, {"kind": "subject", "subject_type": "khtn", "code": "KHTN1", "name": "KHTN 1"}
    )
    smart = rooms.create_room(register, {"kind": "smart", "code": "TM1", "name": "Thông minh 1"})
    rooms.create_room(
        register, {"kind": "subject", "subject_type": "tin_hoc", "code": "TH1", "name": "Tin 1"}
    )
    gone = rooms.create_room(register, {"kind": "storeroom", "code": "K", "name": "Kho cũ"})
    rooms.delete_room(register, gone.id)
    rows = [
        # code, room, quantity, broken, lost, price, funding, status
        ("A", lab.id, 10, 2, 1, 100_000, "state_budget", "in_use"),
        ("B", lab.id, 4, 0, 0, 250_000, "parents", "in_use"),
        ("C", smart.id, 1, 0, 0, 30_000_000, "sponsor", "in_store"),
        ("D", None, 3, 1, 0, 50_000, "state_budget", "in_use"),
        ("E", lab.id, 2, 2, 0, 1_000_000, "state_budget", "disposed"),
    ]
    for code, room_id, qty, broken, lost, price, funding, status in rows:
        equipment.create_equipment(
            register,
            {
                "asset_code": code,
                "name": f"Thiết bị {code}",
                "room_id": room_id,
                "quantity": qty,
                "qty_broken": broken,
                "qty_lost": lost,
                "unit_price": price,
                "funding_source": funding,
                "status": status,
            },
        )
    deleted = equipment.create_equipment(
        register, {"asset_code": "X", "name": "Xóa", "quantity": 9}
    )
    equipment.delete_equipment(register, [deleted.id])

    f = register_figures(register)
    # Disposed and deleted items are not in service; the disposed one is counted apart.
    assert (f.items, f.units, f.disposed_items) == (4, 18, 1)
    assert f.total_value == 10 * 100_000 + 4 * 250_000 + 30_000_000 + 3 * 50_000
    assert f.units_by_condition == {
        Condition.GOOD: 7 + 4 + 1 + 2,
        Condition.MINOR_DAMAGE: 0,
        Condition.BROKEN: 3,
        Condition.LOST: 1,
    }
    assert f.value_by_funding == {
        FundingSource.STATE_BUDGET: 1_000_000 + 150_000,
        FundingSource.PARENTS: 1_000_000,
        FundingSource.SPONSOR: 30_000_000,
    }
    assert f.units_by_room_kind[RoomKind.SUBJECT][Condition.GOOD] == 11
    assert f.units_by_room_kind[RoomKind.SMART][Condition.GOOD] == 1
    assert f.units_by_room_kind[None][Condition.BROKEN] == 1
    assert f.rooms_by_kind == {RoomKind.SUBJECT: 2, RoomKind.SMART: 1}
    assert f.items_by_status == {
        EquipmentStatus.IN_USE: 3,
        EquipmentStatus.IN_STORE: 1,
        EquipmentStatus.DISPOSED: 1,
    }
