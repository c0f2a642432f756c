"""The outbox triggers: every change of a synced table, in the same transaction, and
nothing while pulled changes are applied."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, text, update

from app.models import Base, Equipment
from app.models.outbox import LOCAL_COLUMNS, SYNCED_TABLES
from app.services import equipment, rooms
from app.services.errors import ServiceError
from app.services.register import Register


def outbox(reg: Register) -> list[dict[str, Any]]:
    with reg.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT device_seq, table_name, row_id, op, changed, base_version "
                "FROM sync_outbox ORDER BY device_seq"
            )
        ).mappings()
        return [{**row, "changed": json.loads(row["changed"])} for row in rows]


@pytest.fixture
def reg(register: Register) -> Register:
    with register.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))  # the school's own set-up
    return register


def test_a_new_item_is_recorded_with_all_synced_columns(reg: Register) -> None:
    room = rooms.create_room(
        reg,
        {
            "kind": "smart",
            "code": "P.TM",
            "name": "Phòng học thông minh",
            "classes_served": [{"class_name": "6A1", "grade": 6, "students": 42}],
        },
    )
    item = equipment.create_equipment(
        reg, {"asset_code": "TB-1", "name": "Máy chiếu", "room_id": room.id, "unit_price": 9}
    )
    entries = outbox(reg)
    assert [(e["table_name"], e["op"]) for e in entries] == [
        ("room", "insert"),
        ("audit_entry", "insert"),
        ("equipment", "insert"),
        ("audit_entry", "insert"),
    ]
    room_entry, item_entry = entries[0], entries[2]
    assert room_entry["changed"]["classes_served"] == [
        {"class_name": "6A1", "grade": 6, "students": 42}
    ]
    assert item_entry["row_id"] == item.id and item_entry["base_version"] == 0
    synced = {c.name for c in Base.metadata.tables["equipment"].columns} - LOCAL_COLUMNS
    assert set(item_entry["changed"]) == synced
    assert item_entry["changed"]["name"] == "Máy chiếu"
    assert item_entry["changed"]["unit_price"] == 9
    assert "search_text" not in item_entry["changed"]


def test_an_edit_records_only_the_changed_columns_and_its_base_version(reg: Register) -> None:
    item = equipment.create_equipment(reg, {"asset_code": "TB-1", "name": "Máy chiếu"})
    values = equipment.EquipmentInput(asset_code="TB-1", name="Máy chiếu Epson", quantity=1)
    equipment.update_equipment(reg, item.id, values, expected_version=item.version)
    last = [e for e in outbox(reg) if e["table_name"] == "equipment"][-1]
    assert last["op"] == "update"
    assert set(last["changed"]) == {"name", "updated_at"}
    assert last["changed"]["name"] == "Máy chiếu Epson"
    assert last["base_version"] == 1


def test_soft_delete_is_an_update_of_deleted_at(reg: Register) -> None:
    item = equipment.create_equipment(reg, {"asset_code": "TB-1", "name": "Máy chiếu"})
    equipment.delete_equipment(reg, [item.id])
    last = [e for e in outbox(reg) if e["table_name"] == "equipment"][-1]
    assert last["op"] == "update" and last["changed"]["deleted_at"] is not None


def test_a_refused_change_leaves_no_entry(reg: Register) -> None:
    equipment.create_equipment(reg, {"asset_code": "TB-1", "name": "Máy chiếu"})
    before = outbox(reg)
    with pytest.raises(ServiceError):
        equipment.create_equipment(reg, {"asset_code": "tb-1", "name": "Trùng mã"})
    assert outbox(reg) == before


def test_bulk_statements_are_caught_row_by_row(reg: Register) -> None:
    ids = [
        equipment.create_equipment(reg, {"asset_code": f"TB-{i}", "name": "Ghế"}).id
        for i in range(3)
    ]
    with reg.write() as s:
        s.execute(update(Equipment).values(notes="kiểm kê 2026"))
        s.execute(text("DELETE FROM equipment WHERE id = :id"), {"id": ids[0]})
    entries = [e for e in outbox(reg) if e["table_name"] == "equipment"][3:]
    assert [(e["row_id"], e["op"]) for e in entries] == [
        *((i, "update") for i in ids),
        (ids[0], "delete"),
    ]
    for entry in entries[:3]:
        assert entry["changed"]["notes"] == "kiểm kê 2026"
        assert set(entry["changed"]) <= {"notes", "updated_at"}


def test_nothing_is_recorded_while_pulled_changes_are_applied(reg: Register) -> None:
    with reg.write() as s:
        s.execute(text("UPDATE sync_state SET applying = 1"))
        s.execute(
            text(
                "INSERT INTO equipment (id, school_id, asset_code, asset_code_norm, name, "
                "name_norm, catalogue_code, category, subject, grades, brand, model, serial, "
                "origin, supplier, unit, quantity, qty_good, qty_minor_damage, qty_broken, "
                "qty_lost, unit_price, funding_source, status, notes, search_text, "
                "created_at, updated_at, version) VALUES (:id, :school, 'PX-1', 'px-1', "
                "'Từ máy chủ', 'tu may chu', '', 'tool', '', '', '', '', '', '', '', 'cái', "
                "1, 1, 0, 0, 0, 0, 'state_budget', 'in_use', '', '', '2026-01-01', "
                "'2026-01-01', 1)"
            ),
            {"id": "00000000-0000-7000-8000-000000000001", "school": reg.school_id},
        )
        s.execute(text("UPDATE sync_state SET applying = 0"))
    assert outbox(reg) == []
    assert equipment.find_by_asset_code(reg, "PX-1") is not None


def test_triggers_cover_every_synced_column_of_the_models(reg: Register) -> None:
    """A model column added without a migration that rewrites the triggers fails here."""
    with reg.engine.connect() as conn:
        sql = dict(
            conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
        )
    for table in SYNCED_TABLES:
        model = Base.metadata.tables[table]
        columns = {c.name for c in model.columns} - LOCAL_COLUMNS
        payload = sql[f"sync_outbox_{table}_insert"].split("json_object(", 1)[1]
        inserted = set(re.findall(r"'(\w+)', (?:json\()?new\.", payload))
        updated = set(re.findall(r"'\$\.(\w+)' ELSE", sql[f"sync_outbox_{table}_update"]))
        assert inserted == columns, table
        assert updated == columns - {"version"}, table
        json_columns = {c.name for c in model.columns if isinstance(c.type, JSON)}
        for column in json_columns:
            assert f"json(new.{column})" in sql[f"sync_outbox_{table}_insert"]
    assert set(SYNCED_TABLES) == {
        t.name for t in Base.metadata.sorted_tables if "version" in t.columns
    }


def test_upgrading_an_older_register_keeps_its_data_and_backs_it_up(tmp_path: Path) -> None:
    """A file made at revision 0001 is backed up, then gains the outbox, data intact."""
    from alembic import command

    from app.models.db import open_sqlite
    from app.models.migrate import alembic_config, head_revision, open_register

    path = tmp_path / "old.sqlite"
    engine = open_sqlite(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        # Written as the app of revision 0001 wrote it (today's models have more columns).
        conn.execute(
            text(
                "INSERT INTO school (id, code, name, level, governing_body, district, province,"
                " address, class_count, student_count, principal, equipment_officer,"
                " created_at, updated_at, version) VALUES ('s-old', '1', 'Trường cũ', 'THCS',"
                " '', '', '', '', 12, 0, '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
        )
        conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('school_id', 's-old')"))
    engine.dispose()

    engine, report = open_register(path)
    assert (report.from_revision, report.to_revision) == ("0001", head_revision())
    assert report.backup is not None and report.backup.exists()
    reg = Register(engine, path=path)
    school = reg.school()
    assert (school.name, school.class_count, school.classes_by_grade) == ("Trường cũ", 12, {})
    equipment.create_equipment(reg, {"asset_code": "TB-1", "name": "Máy chiếu"})
    assert [e["table_name"] for e in outbox(reg)] == ["equipment", "audit_entry"]
    engine.dispose()
