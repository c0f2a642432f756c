"""Loans made at the desk reach the district server as the services wrote them: the
loans, the item's counts and status that a lend and a return change, the audit lines
of both, the tombstone of a cancelled loan; on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import AuditEntry, Equipment, Loan
from app.models.enums import EquipmentStatus
from app.server import admin
from app.server.api import create_app
from app.services import equipment, loans, rooms, schools
from app.services.register import Register
from app.sync.client import SyncClient
from tests.server.conftest import ServerDb

SCHOOL = {"code": "79000704", "name": "Trường THCS Trần Phú", "level": "THCS"}
URL = "http://testserver"
LENT = datetime(2026, 11, 2, 1, 30, tzinfo=UTC)


@pytest.fixture
def desk(server_db: ServerDb, tmp_path: Path) -> Iterator[tuple[Any, Register, SyncClient]]:
    """An enrolled school PC with a lab, two items and a teacher, already synced."""
    engine = server_db.engine
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as http:
        reg = Register.open(tmp_path / "school.sqlite", actor="cán bộ thiết bị")
        schools.set_up_school(reg, SCHOOL)
        lab = rooms.create_room(
            reg, {"kind": "subject", "subject_type": "khtn", "code": "KHTN1", "name": "KHTN 1"}
        )
        for code_, name, qty in (("TB-1", "Kính hiển vi", 6), ("TB-2", "Quả địa cầu", 1)):
            equipment.create_equipment(
                reg, {"asset_code": code_, "name": name, "quantity": qty, "room_id": lab.id}
            )
        schools.add_staff(reg, {"full_name": "Phạm Thị Hoa", "subject": "KHTN"})
        client = SyncClient(reg, http=http)
        client.enroll(URL, code, "Máy phòng thiết bị")
        client.sync_once()
        yield engine, reg, client
        reg.close()


def item_id(reg: Register, code: str) -> str:
    found = equipment.find_by_asset_code(reg, code)
    assert found is not None
    return found.id


def on_server(engine: Any, model: Any, row_id: str) -> Any:
    with Session(engine) as s:
        return s.scalars(select(model).where(model.id == row_id)).one()


def test_a_lend_and_its_returns_reach_the_server(desk) -> None:  # type: ignore[no-untyped-def]
    engine, reg, client = desk
    microscopes, globe = item_id(reg, "TB-1"), item_id(reg, "TB-2")
    hoa = schools.list_staff(reg)[0]
    made = loans.lend(
        reg,
        {
            "borrower_id": hoa.id,
            "class_name": "7A2",
            "period": "3-4",
            "lesson": "Tế bào thực vật",
            "lent_at": LENT,
            "due_at": LENT + timedelta(hours=8),
            "lines": [
                {"equipment_id": microscopes, "quantity": 4},
                {"equipment_id": globe, "quantity": 1},
            ],
        },
    )
    report = client.sync_once()
    assert (report.rejected, report.conflicts) == (0, 0)
    for loan in made:
        there = on_server(engine, Loan, loan.id)
        for column in Loan.__table__.columns:
            if column.name != "search_text":  # rebuilt by whoever receives the row
                assert getattr(there, column.name) == getattr(loan, column.name), column.name
    assert on_server(engine, Equipment, globe).status == EquipmentStatus.ON_LOAN

    by_item = {loan.equipment_id: loan.id for loan in made}
    loans.return_loans(
        reg,
        [
            {"loan_id": by_item[microscopes], "good": 2, "damaged": 1, "lost": 1},
            {"loan_id": by_item[globe], "good": 1},
        ],
    )
    assert client.sync_once().rejected == 0
    returned = on_server(engine, Loan, by_item[microscopes])
    assert (returned.returned_good, returned.returned_damaged, returned.returned_lost) == (2, 1, 1)
    assert returned.returned_at is not None
    lab_set = on_server(engine, Equipment, microscopes)
    assert (lab_set.qty_good, lab_set.qty_broken, lab_set.qty_lost) == (4, 1, 1)
    assert on_server(engine, Equipment, globe).status == EquipmentStatus.IN_USE
    with Session(engine) as s:
        actions = s.execute(
            select(AuditEntry.entity, AuditEntry.action).where(
                AuditEntry.entity_id.in_([*by_item.values(), microscopes, globe]),
                AuditEntry.action.in_(["lend", "return"]),
            )
        ).all()
    assert sorted(actions) == sorted(
        [("loan", "lend")] * 2
        + [("equipment", "lend")] * 2
        + [("loan", "return")] * 2
        + [("equipment", "return")] * 2
    )
    with reg.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0


def test_a_cancelled_loan_reaches_the_server_as_a_tombstone(desk) -> None:  # type: ignore[no-untyped-def]
    engine, reg, client = desk
    globe = item_id(reg, "TB-2")
    (loan,) = loans.lend(
        reg, {"borrower_name": "Cô Lan thực tập", "lines": [{"equipment_id": globe}]}
    )
    client.sync_once()
    assert on_server(engine, Equipment, globe).status == EquipmentStatus.ON_LOAN
    loans.cancel_loan(reg, loan.id, "ghi nhầm")
    assert client.sync_once().rejected == 0
    assert on_server(engine, Loan, loan.id).deleted_at is not None
    assert on_server(engine, Equipment, globe).status == EquipmentStatus.IN_USE
