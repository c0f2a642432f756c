"""Applying pulled pages: column by column, derived search text rebuilt, silent outbox,
conflicts recorded, idempotent, and the cursor stored with the rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select, text

from app.models import Equipment, Room
from app.services import equipment, rooms
from app.services.equipment_query import EquipmentQuery, equipment_ids
from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import apply as apply_module
from app.sync import state
from app.sync.apply import ApplyError, apply_page, keep_local_value
from app.sync.protocol import PulledChange, PullResponse
from tests.conftest import looks_vietnamese, table_state

SERVER_TIME = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
ROOM_ID = "0190a000-0000-7000-8000-0000000000a1"
ITEM_ID = "0190a000-0000-7000-8000-0000000000b1"


@pytest.fixture
def reg(register: Register) -> Register:
    acknowledge_all(register)
    return register


def acknowledge_all(reg: Register) -> None:
    with reg.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))


def outbox(reg: Register) -> list[dict[str, Any]]:
    with reg.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT table_name, row_id, op, changed FROM sync_outbox ORDER BY device_seq")
        ).mappings()
        return [{**r, "changed": json.loads(r["changed"])} for r in rows]


def applying(reg: Register) -> int:
    with reg.engine.connect() as conn:
        return int(conn.execute(text("SELECT applying FROM sync_state")).scalar_one())


def pull_cursor(reg: Register) -> int:
    return state.load(reg).pull_cursor


def change(
    seq: int, table: str, row_id: str, changed: dict[str, Any], version: int, op: str = "update"
) -> PulledChange:
    return PulledChange(
        server_seq=seq,
        table=table,  # type: ignore[arg-type]
        row_id=row_id,
        op=op,  # type: ignore[arg-type]
        changed=changed,
        version=version,
    )


def page(*changes: PulledChange, next_since: int | None = None) -> PullResponse:
    last = max((c.server_seq for c in changes), default=0)
    return PullResponse(
        changes=list(changes),
        next_since=next_since if next_since is not None else last,
        has_more=False,
        server_time=SERVER_TIME,
    )


def room_row(reg: Register, **kw: Any) -> dict[str, Any]:
    row = {
        "id": ROOM_ID,
        "school_id": reg.school_id,
        "kind": "subject",
        "subject_type": "tin_hoc",
        "code": "P.TIN2",
        "name": "Phòng Tin học 2",
        "building": "Nhà B",
        "seats": 40,
        "has_power": 1,
        "classes_served": [],
        "created_at": "2026-05-04T09:00:00+00:00",
        "updated_at": "2026-05-04T09:00:00+00:00",
        "deleted_at": None,
    }
    row.update(kw)
    return row


def item_row(reg: Register, **kw: Any) -> dict[str, Any]:
    """An equipment row as the server sends it (its own time format, no local columns)."""
    row = {
        "id": ITEM_ID,
        "school_id": reg.school_id,
        "asset_code": "PGD-0001",
        "name": "Máy chiếu đa năng Epson",
        "category": "teaching",
        "subject": "Tin học",
        "room_id": None,
        "unit": "cái",
        "quantity": 2,
        "qty_good": 2,
        "qty_minor_damage": 0,
        "qty_broken": 0,
        "qty_lost": 0,
        "unit_price": 12_500_000,
        "funding_source": "programme",
        "acquired_on": "2026-04-20",
        "status": "in_use",
        "notes": "Phòng GD&ĐT cấp",
        "created_at": "2026-05-04 09:00:00.000000",
        "updated_at": "2026-05-04T09:00:00+00:00",
        "deleted_at": None,
    }
    row.update(kw)
    return row


def find(reg: Register, words: str, deleted: bool = False) -> list[str]:
    return equipment_ids(reg, EquipmentQuery(text=words, deleted=deleted))


def get_item(reg: Register, item_id: str = ITEM_ID) -> Equipment | None:
    with reg.read() as s:
        return s.get(Equipment, item_id)


# -- inserts, updates, tombstones, deletes ---------------------------------------------


def test_a_pulled_item_and_its_room_are_stored_and_findable(reg: Register) -> None:
    # The item comes before its room: foreign keys are checked at commit.
    result = apply_page(
        reg,
        page(
            change(11, "equipment", ITEM_ID, item_row(reg, room_id=ROOM_ID), 3, "insert"),
            change(12, "room", ROOM_ID, room_row(reg), 1, "insert"),
            next_since=20,
        ),
    )
    assert (result.applied, result.conflicts, result.cursor) == (2, 0, 20)
    item = get_item(reg)
    assert item is not None
    assert item.version == 3 and item.unit_price == 12_500_000
    assert item.acquired_on is not None and item.acquired_on.isoformat() == "2026-04-20"
    assert item.created_at == datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    assert (item.asset_code_norm, item.name_norm) == ("pgd-0001", "may chieu da nang epson")
    assert "phong tin hoc 2" in item.search_text
    assert find(reg, "may chieu") == [ITEM_ID]
    assert find(reg, "Máy chiếu Epson") == [ITEM_ID]
    assert find(reg, "tin hoc 2") == [ITEM_ID]  # by its room's name
    with reg.read() as s:
        room = s.get(Room, ROOM_ID)
        assert room is not None and room.search_text == "p.tin2 phong tin hoc 2 nha b"
        assert room.has_power is True
    assert outbox(reg) == []
    assert applying(reg) == 0
    assert pull_cursor(reg) == 20


def test_a_pulled_update_changes_only_its_columns(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu", notes="Của trường")
    acknowledge_all(reg)
    apply_page(
        reg,
        page(
            change(
                5,
                "equipment",
                item.id,
                {"name": "Máy chiếu Sony", "updated_at": "2026-05-04T09:30:00+00:00"},
                7,
            )
        ),
    )
    after = get_item(reg, item.id)
    assert after is not None
    assert (after.name, after.notes, after.version) == ("Máy chiếu Sony", "Của trường", 7)
    assert after.name_norm == "may chieu sony"
    assert after.updated_at == datetime(2026, 5, 4, 9, 30, tzinfo=UTC)  # the server's
    assert find(reg, "sony") == [item.id]
    assert outbox(reg) == []
    assert applying(reg) == 0


def test_a_renamed_room_renames_its_items_in_search(
    reg: Register, add_room: Callable[..., Room], add_item: Callable[..., Equipment]
) -> None:
    room = add_room(reg, "P.LY", "Phòng Lý")
    item = add_item(reg, "TB-1", "Cân điện tử", room_id=room.id)
    acknowledge_all(reg)
    assert find(reg, "vat ly") == []
    apply_page(reg, page(change(3, "room", room.id, {"name": "Phòng Vật lý"}, 4)))
    assert find(reg, "vat ly") == [item.id]
    after = get_item(reg, item.id)
    assert after is not None and after.updated_at == item.updated_at  # search text only
    assert after.version == item.version
    assert rooms.list_rooms(reg, rooms.RoomQuery(text="vat ly"))[0].id == room.id
    assert outbox(reg) == []


def test_a_tombstone_is_an_update_of_deleted_at(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    apply_page(
        reg,
        page(change(4, "equipment", item.id, {"deleted_at": "2026-05-04T09:30:00+00:00"}, 2)),
    )
    assert find(reg, "may chieu") == []
    assert find(reg, "may chieu", deleted=True) == [item.id]
    assert outbox(reg) == []


def test_a_hard_delete_removes_the_row(reg: Register, add_item: Callable[..., Equipment]) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    apply_page(reg, page(change(4, "equipment", item.id, {}, 2, "delete")))
    assert get_item(reg, item.id) is None
    assert find(reg, "may chieu") == [] and find(reg, "may chieu", deleted=True) == []
    assert outbox(reg) == []
    # Deleting a row that is not here is nothing to do.
    apply_page(reg, page(change(5, "equipment", item.id, {}, 3, "delete")))
    assert pull_cursor(reg) == 5


def test_an_update_of_a_row_not_here_is_reported_and_skipped(reg: Register) -> None:
    result = apply_page(reg, page(change(9, "equipment", ITEM_ID, {"name": "Bàn"}, 4)))
    assert result.missing == [f"equipment:{ITEM_ID}"]
    assert get_item(reg) is None
    assert pull_cursor(reg) == 9


# -- idempotence, cursor, atomicity ------------------------------------------------------


def test_applying_the_same_page_twice_changes_nothing(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    local = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(reg, local.id, {"asset_code": "TB-1", "name": "Máy chiếu cũ"})
    the_page = page(
        change(1, "room", ROOM_ID, room_row(reg), 1, "insert"),
        change(2, "equipment", ITEM_ID, item_row(reg, room_id=ROOM_ID), 1, "insert"),
        change(3, "equipment", local.id, {"name": "Máy chiếu PGD"}, 9),
        next_since=3,
    )
    apply_page(reg, the_page)
    once = table_state(reg)
    again = apply_page(reg, the_page)
    assert table_state(reg) == once
    assert (again.applied, again.skipped) == (0, 3)


def test_changes_at_or_below_the_cursor_are_not_applied_again(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    apply_page(reg, page(change(8, "equipment", item.id, {"name": "Mới"}, 3)))
    apply_page(reg, page(change(7, "equipment", item.id, {"name": "Cũ hơn"}, 2), next_since=7))
    after = get_item(reg, item.id)
    assert after is not None and after.name == "Mới" and after.version == 3
    assert pull_cursor(reg) == 8  # the cursor never moves back


def test_a_page_beyond_the_cursor_is_refused(reg: Register) -> None:
    before = table_state(reg)
    with pytest.raises(ApplyError) as info:
        apply_page(reg, page(change(30, "room", ROOM_ID, room_row(reg), 1, "insert")), since=20)
    assert looks_vietnamese(info.value.message)
    assert table_state(reg) == before


def test_a_failure_mid_page_keeps_nothing_of_it_and_not_its_cursor(
    reg: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = table_state(reg)
    real = apply_module._apply_change
    seen: list[int] = []

    def crash_on_second(work: Any, pulled: PulledChange) -> None:
        seen.append(pulled.server_seq)
        if len(seen) == 2:
            raise RuntimeError("power cut")
        real(work, pulled)

    monkeypatch.setattr(apply_module, "_apply_change", crash_on_second)
    with pytest.raises(RuntimeError):
        apply_page(
            reg,
            page(
                change(1, "room", ROOM_ID, room_row(reg), 1, "insert"),
                change(2, "equipment", ITEM_ID, item_row(reg), 1, "insert"),
            ),
        )
    assert seen == [1, 2]
    assert table_state(reg) == before
    assert pull_cursor(reg) == 0 and applying(reg) == 0


def test_a_failure_when_storing_the_cursor_keeps_nothing(
    reg: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = table_state(reg)

    def fail(*_: Any) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(apply_module.state, "set_pull_cursor", fail)
    with pytest.raises(RuntimeError):
        apply_page(reg, page(change(1, "room", ROOM_ID, room_row(reg), 1, "insert")))
    assert table_state(reg) == before


def test_a_bad_row_fails_the_whole_page_with_a_message(reg: Register) -> None:
    before = table_state(reg)
    broken = item_row(reg, room_id="0190a000-0000-7000-8000-00000000dead")  # no such room
    with pytest.raises(ServiceError):
        apply_page(
            reg,
            page(
                change(1, "room", ROOM_ID, room_row(reg), 1, "insert"),
                change(2, "equipment", ITEM_ID, broken, 1, "insert"),
            ),
        )
    assert table_state(reg) == before


# -- conflicts -----------------------------------------------------------------------


def test_the_district_wins_a_column_both_edited_and_the_local_value_is_kept(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(
        reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu trường", "notes": "Đã lau"}
    )
    result = apply_page(
        reg,
        page(
            change(
                6,
                "equipment",
                item.id,
                {"name": "Máy chiếu PGD", "updated_at": "2026-05-04T09:30:00+00:00"},
                5,
            )
        ),
    )
    assert result.conflicts == 1
    after = get_item(reg, item.id)
    assert after is not None
    assert after.name == "Máy chiếu PGD"  # the district's value
    assert after.notes == "Đã lau"  # changed only here: kept
    assert find(reg, "may chieu pgd") == [item.id]
    [conflict] = state.conflicts(reg)
    assert (conflict.table_name, conflict.row_id, conflict.column_name) == (
        "equipment",
        item.id,
        "name",
    )
    assert conflict.local_value == "Máy chiếu trường"
    assert conflict.server_value == "Máy chiếu PGD"
    assert (conflict.server_seq, conflict.origin) == (6, "pull")
    [edit] = [e for e in outbox(reg) if e["table_name"] == "equipment"]
    assert edit["changed"] == {"notes": "Đã lau"}  # no longer carries name (nor updated_at)
    assert [e["table_name"] for e in outbox(reg)] == ["audit_entry", "equipment"]


def test_a_pending_entry_left_empty_is_dropped(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu trường"})
    apply_page(
        reg,
        page(
            change(
                6,
                "equipment",
                item.id,
                {"name": "Máy chiếu PGD", "updated_at": "2026-05-04T09:30:00+00:00"},
                5,
            )
        ),
    )
    assert [e["table_name"] for e in outbox(reg)] == ["audit_entry"]
    assert len(state.conflicts(reg)) == 1


def test_the_same_value_on_both_sides_is_no_conflict(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu Sony"})
    result = apply_page(reg, page(change(6, "equipment", item.id, {"name": "Máy chiếu Sony"}, 5)))
    assert result.conflicts == 0 and state.conflicts(reg) == []


def test_a_district_delete_of_a_row_edited_here_is_recorded(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu trường"})
    apply_page(reg, page(change(6, "equipment", item.id, {}, 5, "delete")))
    assert get_item(reg, item.id) is None
    assert [c.column_name for c in state.conflicts(reg)] == ["name"]
    assert [e["table_name"] for e in outbox(reg)] == ["audit_entry"]


def test_the_officer_can_keep_the_school_value(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu trường"})
    apply_page(reg, page(change(6, "equipment", item.id, {"name": "Máy chiếu PGD"}, 5)))
    acknowledge_all(reg)
    [conflict] = state.conflicts(reg)
    keep_local_value(reg, conflict.id)
    after = get_item(reg, item.id)
    assert after is not None and after.name == "Máy chiếu trường" and after.version == 6
    assert find(reg, "truong") == [item.id]
    assert state.conflicts(reg) == []
    edits = [e for e in outbox(reg) if e["table_name"] == "equipment"]
    assert [e["changed"]["name"] for e in edits] == ["Máy chiếu trường"]  # pushed like any edit
    with pytest.raises(ServiceError):
        keep_local_value(reg, conflict.id)


def test_reviewed_conflicts_leave_the_open_list(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    equipment.update_equipment(reg, item.id, {"asset_code": "TB-1", "name": "Máy chiếu trường"})
    apply_page(reg, page(change(6, "equipment", item.id, {"name": "Máy chiếu PGD"}, 5)))
    [conflict] = state.conflicts(reg)
    assert state.open_counts(reg) == (1, 0)
    state.resolve_conflicts(reg, [conflict.id])
    assert state.conflicts(reg) == []
    assert len(state.conflicts(reg, include_resolved=True)) == 1


def test_local_columns_sent_by_mistake_are_ignored(
    reg: Register, add_item: Callable[..., Equipment]
) -> None:
    item = add_item(reg, "TB-1", "Máy chiếu")
    acknowledge_all(reg)
    apply_page(
        reg, page(change(2, "equipment", item.id, {"search_text": "rac", "serial": "X1"}, 2))
    )
    with reg.read() as s:
        row = s.execute(select(Equipment.search_text).where(Equipment.id == item.id)).scalar_one()
    assert "rac" not in row.split() and "x1" in row.split()


def test_a_district_edit_of_the_school_row(reg: Register) -> None:
    apply_page(reg, page(change(3, "school", reg.school_id, {"principal": "Trần Văn Bình"}, 4)))
    assert reg.school().principal == "Trần Văn Bình"
    assert outbox(reg) == []


def test_an_item_created_then_edited_in_one_page_is_one_row(reg: Register) -> None:
    apply_page(
        reg,
        page(
            change(1, "equipment", ITEM_ID, item_row(reg), 1, "insert"),
            change(2, "equipment", ITEM_ID, {"name": "Loa kéo di động", "serial": "L-9"}, 2),
        ),
    )
    item = get_item(reg)
    assert item is not None
    assert (item.name, item.serial, item.version, item.name_norm) == (
        "Loa kéo di động",
        "L-9",
        2,
        "loa keo di dong",
    )
    assert find(reg, "loa keo") == [ITEM_ID] and find(reg, "may chieu") == []


def test_an_item_created_then_deleted_in_one_page_leaves_nothing(reg: Register) -> None:
    before = table_state(reg)
    apply_page(
        reg,
        page(
            change(1, "equipment", ITEM_ID, item_row(reg), 1, "insert"),
            change(2, "equipment", ITEM_ID, {}, 2, "delete"),
        ),
    )
    after = table_state(reg)
    assert after["equipment"] == before["equipment"]
    assert find(reg, "may chieu") == []
    assert pull_cursor(reg) == 2
