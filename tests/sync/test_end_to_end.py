"""A school's register and the district server talking over HTTP (the real app,
in-process): enroll, first upload, district edits coming back, conflicts, refusals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.models import SyncOutbox
from app.server import admin
from app.server.api import create_app
from app.server.db import open_server_db
from app.server.sync_apply import district_edit, mark_restored
from app.services import equipment, rooms, schools
from app.services.equipment_query import EquipmentQuery, equipment_ids
from app.services.register import Register
from app.sync import state
from app.sync.client import SyncClient, SyncError

SCHOOL = {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
URL = "http://testserver"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Engine, TestClient]]:
    engine = open_server_db(f"sqlite:///{tmp_path / 'server.sqlite'}")
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as client:
        yield engine, client
    engine.dispose()


def new_code(engine: Engine) -> str:
    with Session(engine) as s:
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    return code


@pytest.fixture
def school_pc(tmp_path: Path) -> Iterator[Register]:
    """The officer's register before joining: school, a room and two items typed offline."""
    reg = Register.open(tmp_path / "school.sqlite", actor="cán bộ thiết bị")
    schools.set_up_school(reg, {**SCHOOL, "principal": "Nguyễn Văn An"})
    room = rooms.create_room(
        reg, {"kind": "subject", "subject_type": "tin_hoc", "code": "P.TH1", "name": "Phòng Tin 1"}
    )
    equipment.create_equipment(
        reg,
        {
            "asset_code": "TB-0001",
            "name": "Máy chiếu Epson",
            "room_id": room.id,
            "acquired_on": "2022-08-01",
            "unit_price": 12_500_000,
        },
    )
    equipment.create_equipment(reg, {"asset_code": "TB-0002", "name": "Loa kéo", "quantity": 2})
    yield reg
    reg.close()


def server_count(engine: Engine, table: str, school_id: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(f"SELECT count(*) FROM {table} WHERE school_id = :s"), {"s": school_id}
            ).scalar_one()
        )


def outbox_size(reg: Register) -> int:
    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def enrolled(server, school_pc) -> SyncClient:  # type: ignore[no-untyped-def]
    engine, http = server
    client = SyncClient(school_pc, http=http)
    client.enroll(URL, new_code(engine), "Máy phòng thiết bị")
    return client


def test_enroll_then_first_upload(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    engine, _ = server
    client = enrolled(server, school_pc)
    school_id = school_pc.school_id
    with Session(engine) as s:
        assert admin.find_school(s, SCHOOL["code"]).id == school_id  # the district's id
    queued = outbox_size(school_pc)
    assert queued >= 1 + 1 + 2 + 4  # school, room, two items, their audit lines
    report = client.sync_once()
    assert (report.pushed, report.rejected) == (queued, 0)
    assert outbox_size(school_pc) == 0
    assert server_count(engine, "equipment", school_id) == 2
    assert server_count(engine, "room", school_id) == 1
    assert server_count(engine, "audit_entry", school_id) >= 3
    with engine.connect() as conn:
        principal = conn.execute(
            text("SELECT principal FROM school WHERE id = :s"), {"s": school_id}
        ).scalar_one()
    assert principal == "Nguyễn Văn An"  # the officer's details went up as an edit
    again = client.sync_once()
    assert (again.pushed, again.pulled) == (0, 0)


def test_district_edits_come_back_without_echo(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    engine, _ = server
    client = enrolled(server, school_pc)
    client.sync_once()
    item = equipment.find_by_asset_code(school_pc, "TB-0002")
    assert item is not None
    with Session(engine) as s:
        district_edit(s, "equipment", item.id, {"name": "Loa kéo di động (Phòng GD)"})
    report = client.sync_once()
    assert report.pulled == 1
    local = equipment.get_equipment(school_pc, item.id)
    assert local.name == "Loa kéo di động (Phòng GD)"
    assert equipment_ids(school_pc, EquipmentQuery(text="loa keo di dong")) == [item.id]
    assert outbox_size(school_pc) == 0  # what came from the server does not go back


def test_a_shared_column_goes_to_the_district_and_is_listed(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    engine, _ = server
    client = enrolled(server, school_pc)
    client.sync_once()
    item = equipment.find_by_asset_code(school_pc, "TB-0001")
    assert item is not None
    with Session(engine) as s:
        district_edit(s, "equipment", item.id, {"name": "Máy chiếu (Phòng GD)"})
    values = equipment.EquipmentInput.model_validate(
        {k: getattr(item, k) for k in equipment.EquipmentInput.model_fields}
    ).model_dump()
    values.update(name="Máy chiếu (trường)", notes="đã lau")
    equipment.update_equipment(school_pc, item.id, values, expected_version=item.version)
    client.sync_once()
    local = equipment.get_equipment(school_pc, item.id)
    assert local.name == "Máy chiếu (Phòng GD)" and local.notes == "đã lau"
    listed = state.conflicts(school_pc)
    assert [(c.table_name, c.column_name, c.local_value) for c in listed] == [
        ("equipment", "name", "Máy chiếu (trường)")
    ]
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT name, notes FROM equipment WHERE id = :i"), {"i": item.id}
        ).one()
    assert tuple(row) == ("Máy chiếu (Phòng GD)", "đã lau")


def test_no_connection_keeps_everything_and_says_so(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    enrolled(server, school_pc)
    pending = outbox_size(school_pc)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    offline = SyncClient(
        school_pc, http=httpx.Client(transport=httpx.MockTransport(refuse), base_url=URL)
    )
    with pytest.raises(SyncError) as err:
        offline.sync_once()
    assert err.value.code == "network" and "Không kết nối được" in err.value.message
    assert outbox_size(school_pc) == pending
    assert "Không kết nối được" in state.load(school_pc).last_error


def test_a_revoked_pc_is_told_why(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    engine, _ = server
    client = enrolled(server, school_pc)
    with Session(engine) as s:
        admin.revoke_device(s, state.load(school_pc).device_id)
        s.commit()
    with pytest.raises(SyncError) as err:
        client.sync_once()
    assert err.value.code == "revoked" and "thu hồi" in err.value.message


def test_sync_before_enrolling_is_refused(school_pc) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SyncError) as err:
        SyncClient(school_pc).sync_once()
    assert err.value.code == "not_enrolled"


def test_a_wrong_code_changes_nothing(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    _, http = server
    before = school_pc.school_id
    with pytest.raises(SyncError) as err:
        SyncClient(school_pc, http=http).enroll(URL, "AAAA-BBBB-CCCC")
    assert err.value.code == "enroll_code_invalid"
    assert school_pc.school_id == before
    assert not state.load(school_pc).enrolled


def copy_database(src: Path, dst: Path) -> None:
    """SQLite's online backup: what a district's nightly backup and its restore do."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)


def test_a_server_restored_from_a_backup_gets_everything_back(  # type: ignore[no-untyped-def]
    server, school_pc, tmp_path: Path
) -> None:
    engine, _ = server
    live, backup = tmp_path / "server.sqlite", tmp_path / "backup.sqlite"
    client = enrolled(server, school_pc)
    client.sync_once()
    copy_database(live, backup)  # last night's backup

    # Today: the district fixes a name, the school edits and adds; all acknowledged.
    first = equipment.find_by_asset_code(school_pc, "TB-0001")
    assert first is not None
    with Session(engine) as s:
        district_edit(s, "equipment", first.id, {"name": "Máy chiếu Epson EB-X06"})
    client.sync_once()
    with school_pc.write() as s:
        s.execute(
            text("UPDATE equipment SET notes = 'thay bóng đèn hôm nay' WHERE id = :i"),
            {"i": first.id},
        )
    added = equipment.create_equipment(
        school_pc, {"asset_code": "TB-0003", "name": "Bảng tương tác"}
    )
    client.sync_once()
    assert outbox_size(school_pc) == 0

    # The server's disk dies; last night's backup is restored, and the admin says so.
    engine.dispose()
    copy_database(backup, live)
    with Session(engine) as s:
        assert s.scalar(text("SELECT count(*) FROM equipment WHERE id = :i"), {"i": added.id}) == 0
        mark_restored(s)
        s.commit()

    report = client.sync_once()  # the PC notices and sends its register again
    assert report.rejected == 0 and outbox_size(school_pc) == 0
    with engine.connect() as conn:
        rows = dict(
            conn.execute(
                text("SELECT asset_code, notes FROM equipment WHERE school_id = :s"),
                {"s": school_pc.school_id},
            ).all()
        )
        name = conn.execute(
            text("SELECT name FROM equipment WHERE id = :i"), {"i": first.id}
        ).scalar_one()
    assert rows["TB-0001"] == "thay bóng đèn hôm nay" and "TB-0003" in rows
    assert name == "Máy chiếu Epson EB-X06"  # the PC had the district's fix: it goes back up
    # And what the district changes from now on still reaches the school.
    with Session(engine) as s:
        district_edit(s, "equipment", added.id, {"status": "in_repair"})
    assert client.sync_once().pulled == 1
    assert equipment.get_equipment(school_pc, added.id).status.value == "in_repair"
