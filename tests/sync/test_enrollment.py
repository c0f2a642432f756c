"""Joining the district: the register takes the district's school id and queues every
row for the first upload, each payload exactly as the outbox triggers write it."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from app.models.outbox import SYNCED_TABLES
from app.services import maintenance
from app.services.register import Register
from app.sync.enrollment import adopt_school

DISTRICT_ID = "0195f000-0000-7000-8000-000000000001"


def queued(reg: Register) -> list[dict[str, Any]]:
    with reg.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT table_name, row_id, op, changed, base_version FROM sync_outbox "
                "ORDER BY device_seq"
            )
        ).mappings()
        return [{**row, "changed": json.loads(row["changed"])} for row in rows]


def rekeyed(changed: dict[str, Any], old_id: str, new_id: str) -> dict[str, Any]:
    return {k: new_id if v == old_id else v for k, v in changed.items()}


def test_every_row_is_queued_as_its_insert_trigger_wrote_it(
    register: Register, add_room, add_item
) -> None:  # type: ignore[no-untyped-def]
    room = add_room(register, classes_served=[{"class_name": "6A1", "grade": 6, "students": 40}])
    item = add_item(register, "TB-001", "Máy chiếu Đa năng", room_id=room.id, unit_price=12_500_000)
    maintenance.record_maintenance(
        register,
        {
            "equipment_id": item.id,
            "kind": "repair",
            "performed_on": "2026-11-20",
            "description": "Thay bóng đèn",
            "cost": 350_000,
        },
    )
    with register.write() as s:  # an edit after the insert
        s.execute(text("UPDATE equipment SET notes = 'đã sửa' WHERE id = :i"), {"i": item.id})
    inserted_by_triggers = [e for e in queued(register) if e["op"] == "insert"]
    old_id = register.school_id

    count = adopt_school(register, DISTRICT_ID)

    entries = queued(register)
    assert count == len(entries)
    assert register.school_id == DISTRICT_ID
    school, rows = entries[0], entries[1:]
    assert (school["table_name"], school["row_id"], school["op"]) == (
        "school",
        DISTRICT_ID,
        "update",
    )
    assert "id" not in school["changed"] and school["changed"]["name"]
    assert all(e["op"] == "insert" and e["base_version"] == 0 for e in rows)
    # Parents before children, so a fresh server can apply them in order.
    tables = [e["table_name"] for e in entries]
    assert tables == sorted(tables, key=SYNCED_TABLES.index)
    # Every row of every synced table, once.
    with register.engine.connect() as conn:
        for name in SYNCED_TABLES:
            ids = set(conn.scalars(text(f"SELECT id FROM {name}")))
            assert {e["row_id"] for e in entries if e["table_name"] == name} == ids
    # A row not edited since its insert: the same payload the trigger wrote, new school id.
    by_row = {(e["table_name"], e["row_id"]): e for e in rows}
    for trigger_entry in inserted_by_triggers:
        if trigger_entry["table_name"] == "school" or trigger_entry["row_id"] == item.id:
            continue
        key = (trigger_entry["table_name"], trigger_entry["row_id"])
        assert by_row[key]["changed"] == rekeyed(trigger_entry["changed"], old_id, DISTRICT_ID)
        assert old_id not in json.dumps(by_row[key]["changed"])
    # The edited item goes with its current values, JSON and money kept as such.
    assert by_row[("equipment", item.id)]["changed"]["notes"] == "đã sửa"
    assert by_row[("equipment", item.id)]["changed"]["unit_price"] == 12_500_000
    assert by_row[("room", room.id)]["changed"]["classes_served"] == [
        {"class_name": "6A1", "grade": 6, "students": 40}
    ]


def test_enrolling_again_requeues_without_doubling(register: Register) -> None:
    first = adopt_school(register, DISTRICT_ID)
    second = adopt_school(register, DISTRICT_ID)
    assert first == second == len(queued(register))
