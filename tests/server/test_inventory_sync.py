"""An inventory count made on the PC reaches the district: the count with its
committee, every line as counted (bulk-inserted at opening, then scanned), and after
finalising the items' new figures and rooms with their audit lines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.models import AuditEntry, Equipment, InventoryCount, InventoryLine
from app.models.enums import CountStatus
from app.server import admin
from app.server.api import create_app
from app.services import equipment, inventory_count, inventory_finalise, rooms, schools
from app.services.register import Register
from app.sync.client import SyncClient
from tests.server.conftest import ServerDb

SCHOOL = {"code": "79000703", "name": "Trường THCS Chu Văn An", "level": "THCS"}
URL = "http://testserver"
COMMITTEE = [
    {"name": "Nguyễn Văn Hùng", "position": "Hiệu trưởng", "role": "Trưởng ban"},
    {"name": "Lê Thị Hạnh", "position": "Cán bộ thiết bị", "role": "Thư ký"},
]


@pytest.fixture
def server(server_db: ServerDb) -> Iterator[tuple[Engine, TestClient]]:
    """The district server on SQLite and on PostgreSQL."""
    engine = server_db.engine
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as client:
        yield engine, client


def test_a_count_and_its_finalising_reach_the_server(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, http = server
    reg = Register.open(tmp_path / "school.sqlite", actor="Lê Thị Hạnh")
    schools.set_up_school(reg, SCHOOL)
    client = SyncClient(reg, http=http)
    with Session(engine) as s:
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    client.enroll(URL, code, "Máy phòng thiết bị")
    lab = rooms.create_room(
        reg, {"kind": "subject", "subject_type": "khtn", "code": "KHTN1", "name": "Phòng KHTN 1"}
    )
    store = rooms.create_room(reg, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})
    scopes = equipment.create_equipment(
        reg, {"asset_code": "TB-1", "name": "Kính hiển vi", "quantity": 6, "room_id": lab.id}
    )
    globe = equipment.create_equipment(
        reg, {"asset_code": "TB-2", "name": "Quả địa cầu", "room_id": lab.id}
    )
    assert client.sync_once().rejected == 0  # the register first

    count = inventory_count.open_count(
        reg,
        {"title": "Kiểm kê cuối năm", "counted_on": date.today() - timedelta(days=1),
         "committee": COMMITTEE},
    )  # fmt: skip
    inventory_count.record_count(
        reg, count.id, {"equipment_id": scopes.id, "room_id": lab.id, "good": 4, "broken": 1}
    )
    inventory_count.scan(reg, count.id, "TB-2", store.id)  # found in the storeroom
    report = client.sync_once()
    assert report.rejected == 0 and report.pushed >= 3  # the count and its two lines
    with reg.read() as s:
        local_lines = {line.id: line for line in s.scalars(select(InventoryLine))}
    with Session(engine) as s:
        there = s.get(InventoryCount, count.id)
        assert there is not None and there.committee == COMMITTEE
        assert there.status == CountStatus.OPEN
        for line_id, local in local_lines.items():
            remote = s.get(InventoryLine, line_id)
            assert remote is not None
            for column in InventoryLine.__table__.columns:
                assert getattr(remote, column.name) == getattr(local, column.name), column.name

    inventory_finalise.finalise_count(reg, count.id)
    assert client.sync_once().rejected == 0
    with Session(engine) as s:
        there = s.get(InventoryCount, count.id)
        assert there is not None and there.status == CountStatus.FINALISED
        remote_scopes = s.get(Equipment, scopes.id)
        assert remote_scopes is not None
        assert (remote_scopes.qty_good, remote_scopes.qty_broken, remote_scopes.qty_lost) == (
            4, 1, 1,
        )  # fmt: skip
        remote_globe = s.get(Equipment, globe.id)
        assert remote_globe is not None and remote_globe.room_id == store.id
        stamped = s.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "inventory")
        ).all()
        assert sorted(stamped) == sorted([scopes.id, globe.id])
    with reg.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
    reg.close()
