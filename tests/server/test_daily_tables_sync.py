"""Rows of the daily-work tables (loans, room usage, faults, counts, disposals,
transfers) travel to the district like the register's own: every column arrives as
written, JSON stays JSON, and a district edit comes back to the PC."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.models import (
    Disposal,
    DisposalLine,
    FaultReport,
    InventoryCount,
    InventoryLine,
    Loan,
    RoomUsage,
    Transfer,
)
from app.models.enums import CountStatus, DisposalStatus, FaultStatus, TransferKind
from app.models.outbox import LOCAL_COLUMNS
from app.server import admin
from app.server.api import create_app
from app.server.sync_apply import district_edit
from app.services import equipment, rooms, schools
from app.services.register import Register
from app.sync.client import SyncClient
from tests.server.conftest import ServerDb

SCHOOL = {"code": "79000702", "name": "Trường THCS Lê Quý Đôn", "level": "THCS"}
URL = "http://testserver"
LENT = datetime(2026, 11, 2, 1, 30, tzinfo=UTC)


@pytest.fixture
def server(server_db: ServerDb) -> Iterator[tuple[Engine, TestClient]]:
    """The district server on SQLite and on PostgreSQL."""
    engine = server_db.engine
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as client:
        yield engine, client


def daily_rows(reg: Register) -> dict[str, Any]:
    """One row of every daily-work table, written straight through the ORM."""
    room = rooms.create_room(
        reg, {"kind": "subject", "subject_type": "khtn", "code": "KHTN1", "name": "Phòng KHTN 1"}
    )
    store = rooms.create_room(reg, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})
    item = equipment.create_equipment(
        reg, {"asset_code": "TB-1", "name": "Kính hiển vi", "quantity": 6, "room_id": room.id}
    )
    teacher = schools.add_staff(reg, {"full_name": "Phạm Thị Hoa", "subject": "KHTN"})
    school_id = reg.school_id
    with reg.write() as s:
        count = InventoryCount(
            school_id=school_id,
            title="Kiểm kê cuối năm",
            whole_school=False,
            room_ids=[room.id],
            counted_on=date(2026, 5, 30),
            started_at=LENT,
            status=CountStatus.PAUSED,
            committee=[{"name": "Nguyễn Văn An", "position": "Hiệu trưởng", "role": "Trưởng ban"}],
        )
        disposal = Disposal(
            school_id=school_id,
            decision_number="15/QĐ-THCS",
            decision_date=date(2026, 6, 1),
            disposed_on=date(2026, 6, 5),
            status=DisposalStatus.DRAFT,
        )
        s.add_all([count, disposal])
        s.flush()
        rows = [
            Loan(
                school_id=school_id,
                equipment_id=item.id,
                borrower_id=teacher.id,
                borrower_name=teacher.full_name,
                class_name="7A2",
                period="3-4",
                lesson="Tế bào thực vật",
                quantity=4,
                lent_at=LENT,
                due_at=LENT.replace(hour=4),
            ),
            RoomUsage(
                school_id=school_id,
                room_id=room.id,
                used_on=date(2026, 11, 2),
                period_from=3,
                period_to=4,
                class_name="7A2",
                teacher_id=teacher.id,
                teacher_name=teacher.full_name,
                subject="Khoa học tự nhiên",
                lesson="Tế bào thực vật",
                equipment_ids=[item.id],
            ),
            FaultReport(
                school_id=school_id,
                equipment_id=item.id,
                reported_on=date(2026, 11, 3),
                reported_by=teacher.full_name,
                description="Vặn núm lấy nét không ăn",
                status=FaultStatus.OPEN,
            ),
            InventoryLine(
                school_id=school_id,
                count_id=count.id,
                equipment_id=item.id,
                book_room_id=room.id,
                book_quantity=6,
                book_good=6,
                counted=True,
                found_room_id=store.id,
                counted_good=5,
                counted_broken=1,
            ),
            DisposalLine(
                school_id=school_id,
                disposal_id=disposal.id,
                equipment_id=item.id,
                quantity=1,
                original_value=3_000_000,
            ),
            Transfer(
                school_id=school_id,
                kind=TransferKind.ROOM,
                equipment_id=item.id,
                quantity=6,
                from_room_id=room.id,
                to_room_id=store.id,
                transferred_on=date(2026, 11, 4),
            ),
        ]
        s.add_all(rows)
    return {"count": count, "disposal": disposal, "rows": rows}


def test_every_daily_table_reaches_the_server_intact(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, http = server
    reg = Register.open(tmp_path / "school.sqlite", actor="cán bộ thiết bị")
    schools.set_up_school(reg, SCHOOL)
    client = SyncClient(reg, http=http)
    with Session(engine) as s:
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    client.enroll(URL, code, "Máy phòng thiết bị")
    made = daily_rows(reg)
    report = client.sync_once()
    assert report.rejected == 0
    tables = [made["count"], made["disposal"], *made["rows"]]
    assert {type(r).__tablename__ for r in tables} == {
        "inventory_count",
        "disposal",
        "loan",
        "room_usage",
        "fault_report",
        "inventory_line",
        "disposal_line",
        "transfer",
    }
    with Session(engine) as s:
        for row in tables:
            model = type(row)
            there = s.scalars(select(model).where(model.id == row.id)).one()
            for column in model.__table__.columns:
                if column.name in LOCAL_COLUMNS:  # each side derives its own
                    continue
                assert getattr(there, column.name) == getattr(row, column.name), (
                    model.__tablename__,
                    column.name,
                )
        # The search columns the PC derives for itself, the server derives too.
        usage = next(r for r in made["rows"] if isinstance(r, RoomUsage))
        usage_text = s.scalars(select(RoomUsage.search_text).where(RoomUsage.id == usage.id)).one()
        assert "te bao thuc vat" in usage_text and "7a2" in usage_text
        fault_texts = s.scalars(select(FaultReport.search_text)).all()
        assert len(fault_texts) == 1 and "van num lay net" in fault_texts[0]
    # The district closes the fault report; the PC gets it on its next sync.
    fault = next(r for r in made["rows"] if isinstance(r, FaultReport))
    with Session(engine) as s:
        district_edit(s, "fault_report", fault.id, {"status": "cancelled", "notes": "Nhầm"})
    assert client.sync_once().pulled == 1
    with reg.read() as s:
        local = s.get(FaultReport, fault.id)
        assert local is not None
        assert (local.status, local.notes) == (FaultStatus.CANCELLED, "Nhầm")
        assert "nham" in local.search_text and "van num" in local.search_text
        queued = s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
    assert queued == 0
    reg.close()
