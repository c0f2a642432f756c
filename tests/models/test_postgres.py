"""The same models, migration and services on PostgreSQL (the district server's database).

Runs only when TEST_DATABASE_URL names a PostgreSQL database, e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/test``. Each test works in a fresh
schema of its own (search_path), dropped afterwards, so nothing clashes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text

from app.models import AuditEntry, Base, Equipment
from app.models.migrate import head_revision, upgrade
from app.services import audit, equipment, maintenance, rooms
from app.services.equipment_query import NO_ROOM, EquipmentQuery, equipment_ids
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schools import set_up_school
from tests.conftest import ACTOR, SCHOOL
from tests.postgres import fresh_schema, postgres_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    """An engine whose search_path is a fresh, empty schema (dropped afterwards)."""
    with fresh_schema(postgres_url()) as (engine, _url):
        yield engine


@pytest.fixture
def pg_register(pg_engine: Engine) -> Register:
    upgrade(pg_engine)
    reg = Register(pg_engine, actor=ACTOR)
    set_up_school(reg, SCHOOL)
    return reg


def test_migration_runs_on_postgresql(pg_engine):
    with pg_engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    assert schema.startswith("sotb_test_")

    report = upgrade(pg_engine)
    assert (report.from_revision, report.to_revision) == (None, head_revision())
    assert report.backup is None

    tables = set(inspect(pg_engine).get_table_names(schema=schema))
    assert tables == set(Base.metadata.tables) | {"alembic_version"}  # no FTS5 here
    again = upgrade(pg_engine)
    assert not again.changed

    with pg_engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_services_and_text_search_on_postgresql(pg_register):
    reg = pg_register
    room = rooms.create_room(
        reg,
        {"kind": "subject", "subject_type": "khtn", "code": "P.KHTN", "name": "Phòng Khoa học"},
    )
    projector = equipment.create_equipment(
        reg,
        {
            "asset_code": "TB-0001",
            "name": "Máy chiếu Epson",
            "room_id": room.id,
            "quantity": 3,
            "qty_broken": 1,
            "unit_price": 12_000_000,
            "acquired_on": "2024-01-15",
        },
    )
    meter = equipment.create_equipment(
        reg, {"asset_code": "TB-0002", "name": "Điện kế chứng minh", "quantity": 4}
    )
    chem = equipment.create_equipment(
        reg, {"asset_code": "HC-0001", "name": "Dung dịch 100% HCl", "category": "chemical"}
    )

    def find(query: str = "", **kw) -> list[str]:
        return equipment_ids(reg, EquipmentQuery(text=query, **kw))

    assert find("may chieu") == [projector.id]
    assert find("MÁY CHIẾU") == [projector.id]
    assert find("dien") == [meter.id]
    assert find("Đ") == [chem.id, meter.id]  # "dung", "dich", "dien" by code order
    assert find("TB-00") == [projector.id, meter.id]
    assert find("tb-0002") == [meter.id]
    assert find("p.khtn") == [projector.id]
    assert find("khoa hoc") == [projector.id]
    assert find("100%") == [chem.id]  # LIKE wildcards are escaped
    assert find("_") == []
    assert find('"') == [chem.id, projector.id, meter.id]
    assert find("AND OR *") == []
    assert find(room_id=NO_ROOM) == [chem.id, meter.id]
    assert find(sort="name") == [meter.id, chem.id, projector.id]

    rooms.update_room(
        reg,
        room.id,
        {"kind": "subject", "subject_type": "khtn", "code": "P.KHTN", "name": "Phòng Thí nghiệm"},
    )
    assert find("thi nghiem") == [projector.id]
    assert find("khoa hoc") == []

    equipment.delete_equipment(reg, [meter.id])
    assert find("dien") == []
    assert find("dien", deleted=True) == [meter.id]
    assert [h.action for h in audit.history(reg, "equipment", meter.id)] == ["delete", "create"]


def test_refusals_write_nothing_on_postgresql(pg_register):
    reg = pg_register
    item = equipment.create_equipment(reg, {"asset_code": "TB-0001", "name": "Máy chiếu"})

    def audit_count() -> int:
        with reg.read() as s:
            return s.scalar(select(func.count()).select_from(AuditEntry))

    before = audit_count()
    with pytest.raises(ServiceError) as info:
        equipment.create_equipment(reg, {"asset_code": " tb-0001 ", "name": "Loa"})
    assert "asset_code" in info.value.fields
    with pytest.raises(ServiceError) as info:
        equipment.create_equipment(reg, {"asset_code": "TB-9", "name": "Loa", "room_id": "x"})
    assert "room_id" in info.value.fields
    # A database constraint breach is a ServiceError too, and rolls back.
    with pytest.raises(ServiceError), reg.write() as s:
        s.get(Equipment, item.id).quantity = 7
    assert audit_count() == before
    assert equipment.get_equipment(reg, item.id).quantity == 1
    with reg.read() as s:
        assert s.scalar(select(func.count()).select_from(Equipment)) == 1


def test_maintenance_plan_completion_on_postgresql(pg_register):
    reg = pg_register
    item = equipment.create_equipment(reg, {"asset_code": "TB-0001", "name": "Máy chiếu"})
    due = date.today() - timedelta(days=2)
    plan = maintenance.create_plan(
        reg,
        {"equipment_id": item.id, "task": "Vệ sinh", "interval_days": 30, "next_due_on": due},
    )
    assert [p.id for p in maintenance.due_plans(reg)] == [plan.id]
    done = date.today() - timedelta(days=1)
    record = maintenance.complete_plan_task(reg, plan.id, item.id, done)
    assert maintenance.get_maintenance(reg, record.id).plan_id == plan.id
    assert maintenance.list_plans(reg)[0].next_due_on == done + timedelta(days=30)
    assert maintenance.due_plans(reg) == []
    assert maintenance.maintenance_ids(reg) == [record.id]
