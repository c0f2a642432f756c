"""Transfers between schools, end to end: the district runs `sotb-server transfer`, the
receiving school's PC pulls the item (no room yet) and the transfer over the network,
the giving school's PC gets them in a USB reply file; the giver's offline edit of the
item is refused as owner_changed. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.cli import main as sotb
from app.models import Equipment
from app.models.enums import TransferKind
from app.server import admin
from app.server.api import create_app
from app.server.cli import main as sotb_server
from app.services import audit, equipment, rooms, schools, transfers
from app.services.equipment_query import EquipmentQuery, equipment_ids
from app.services.register import Register
from app.services.transfers import TransferQuery, transfer_ids, transfer_rows
from app.sync import state
from app.sync.client import SyncClient
from tests.server.conftest import SCHOOL_A, SCHOOL_B, ServerDb, db_state

URL = "http://testserver"
ON = date.today() - timedelta(days=1)


@dataclass
class Pc:
    reg: Register
    client: SyncClient


@dataclass
class District:
    db: ServerDb
    http: TestClient

    def run(self, *args: str) -> int:
        return sotb_server(["--database-url", self.db.url, *args])


@pytest.fixture
def district(server_db: ServerDb) -> Iterator[District]:
    with Session(server_db.engine) as s:
        admin.add_school(s, SCHOOL_A)
        admin.add_school(s, SCHOOL_B)
        s.commit()
    with TestClient(create_app(server_db.engine), base_url=URL) as http:
        yield District(server_db, http)


def _pc(district: District, folder: Path, school: dict[str, str]) -> Pc:
    reg = Register.open(folder / f"{school['code']}.sqlite", actor="cán bộ thiết bị")
    schools.set_up_school(reg, school)
    client = SyncClient(reg, http=district.http)
    with Session(district.db.engine) as s:
        code = admin.make_enroll_code(s, school["code"])
        s.commit()
    client.enroll(URL, code, "Máy phòng thiết bị")
    return Pc(reg, client)


@pytest.fixture
def giver(district: District, tmp_path: Path) -> Iterator[Pc]:
    pc = _pc(district, tmp_path, SCHOOL_A)
    store = rooms.create_room(pc.reg, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})
    equipment.create_equipment(
        pc.reg,
        {
            "asset_code": "TB-0001",
            "name": "Máy chiếu Epson EB-X06",
            "room_id": store.id,
            "unit_price": 12_500_000,
            "acquired_on": "2023-08-15",
        },
    )
    equipment.create_equipment(
        pc.reg,
        {"asset_code": "TB-0002", "name": "Loa kéo di động", "room_id": store.id, "quantity": 2},
    )
    assert pc.client.sync_once().rejected == 0
    yield pc
    pc.reg.close()


@pytest.fixture
def receiver(district: District, tmp_path: Path) -> Iterator[Pc]:
    pc = _pc(district, tmp_path, SCHOOL_B)
    equipment.create_equipment(pc.reg, {"asset_code": "TB-0002", "name": "Đàn organ Casio"})
    assert pc.client.sync_once().rejected == 0
    yield pc
    pc.reg.close()


def usb_trip(district: District, pc: Pc, stick: Path) -> None:
    """The school's file to the district and the district's reply back, by `sotb`."""
    stick.mkdir(exist_ok=True)
    path = str(pc.reg.path)
    assert sotb(["--db", path, "bundle", "export", str(stick)]) == 0
    sent = max(stick.glob("*.zip"), key=lambda p: p.stat().st_mtime)
    reply_dir = stick / "reply"
    assert district.run("bundle", "import", str(sent), "--out", str(reply_dir)) == 0
    reply = max(reply_dir.glob("*.zip"), key=lambda p: p.stat().st_mtime)
    assert sotb(["--db", path, "bundle", "import", str(reply)]) == 0


def test_a_transfer_reaches_both_schools(district, giver, receiver, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    projector = equipment.find_by_asset_code(giver.reg, "TB-0001")
    assert projector is not None
    # The giving school, offline, writes a note on the item meanwhile.
    data = {
        "asset_code": "TB-0001",
        "name": projector.name,
        "room_id": projector.room_id,
        "unit_price": projector.unit_price,
        "acquired_on": projector.acquired_on,
        "notes": "Bóng đèn yếu",
    }
    equipment.update_equipment(giver.reg, projector.id, data)

    # B already has a TB-0002: refused, nothing written, until it is given a new code.
    before = db_state(district.db.engine)
    assert district.run("transfer", "--from", SCHOOL_A["code"], "--to", SCHOOL_B["code"],
                        "TB-0001", "TB-0002") == 1  # fmt: skip
    assert "TB-0002=" in capsys.readouterr().err
    assert db_state(district.db.engine) == before
    assert district.run("transfer", "--from", SCHOOL_A["code"], "--to", SCHOOL_B["code"],
                        "TB-0001", "TB-0002=LL-0107", "--dry-run") == 0  # fmt: skip
    assert db_state(district.db.engine) == before
    code = district.run(
        "transfer", "--from", SCHOOL_A["code"], "--to", SCHOOL_B["code"],
        "TB-0001", "TB-0002=LL-0107", "--date", f"{ON:%d/%m/%Y}",
        "--decision", "45/QĐ-PGDĐT", "--reason", "Điều chuyển theo kế hoạch của Phòng",
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "TB-0002 -> LL-0107" in out and "Trường TH Lê Lợi" in out

    # The receiving school, over the network: both items, with no room, to place.
    report = receiver.client.sync_once()
    assert report.rejected == 0 and report.pulled >= 6
    arrived = equipment.find_by_asset_code(receiver.reg, "LL-0107")
    moved = equipment.find_by_asset_code(receiver.reg, "TB-0001")
    assert arrived is not None and moved is not None
    assert (moved.id, moved.room_id, moved.name, moved.unit_price) == (
        projector.id,
        None,
        "Máy chiếu Epson EB-X06",
        12_500_000,
    )
    assert moved.notes == ""  # the giver's offline note never reached the server
    assert arrived.quantity == 2 and arrived.name == "Loa kéo di động"
    assert set(transfers.unplaced_arrivals(receiver.reg)) == {moved.id, arrived.id}
    ids = transfer_ids(receiver.reg, TransferQuery(kind=TransferKind.SCHOOL))
    rows = list(transfer_rows(receiver.reg, ids).values())
    assert {(r.asset_code, r.from_school_name, r.to_school_name) for r in rows} == {
        ("TB-0001", SCHOOL_A["name"], SCHOOL_B["name"]),
        ("LL-0107", SCHOOL_A["name"], SCHOOL_B["name"]),
    }
    assert {r.decision_number for r in rows} == {"45/QĐ-PGDĐT"}
    assert {r.transferred_on for r in rows} == {ON}
    assert len({r.batch_id for r in rows}) == 1
    assert audit.history(receiver.reg, "equipment", moved.id)[0].action == "transfer_in"
    # Placing it is an ordinary handover into a room; it syncs without refusal.
    lab = rooms.create_room(
        receiver.reg, {"kind": "subject", "subject_type": "tin_hoc", "code": "P.TIN", "name": "Tin"}
    )
    transfers.transfer_between_rooms(
        receiver.reg,
        {
            "to_room_id": lab.id,
            "transferred_on": date.today(),
            "lines": [{"equipment_id": moved.id}],
        },
    )
    assert transfers.unplaced_arrivals(receiver.reg) == [arrived.id]
    assert receiver.client.sync_once().rejected == 0

    # The giving school, by USB: its edit is refused, its copies leave its lists.
    usb_trip(district, giver, tmp_path / "usb")
    assert [r.reason for r in state.rejected(giver.reg)] == ["owner_changed"]
    assert equipment_ids(giver.reg, EquipmentQuery()) == []
    with giver.reg.read() as s:
        gone = s.get(Equipment, projector.id)
        assert gone is not None and gone.deleted_at is not None
    given = list(transfer_rows(giver.reg, transfer_ids(giver.reg)).values())
    assert {(r.asset_code, r.from_room_code, r.to_school_name) for r in given} == {
        ("TB-0001", "KHO", SCHOOL_B["name"]),
        ("TB-0002", "KHO", SCHOOL_B["name"]),
    }
    assert all(r.item_deleted for r in given)
    assert audit.history(giver.reg, "equipment", projector.id)[0].action == "transfer_out"
    # Nothing more to exchange: both sides agree.
    again = giver.client.sync_once()
    assert (again.pushed, again.pulled) == (0, 0)
    with district.db.engine.connect() as conn:
        owner = conn.execute(
            text("SELECT school_id, room_id FROM equipment WHERE id = :i"), {"i": projector.id}
        ).one()
    assert owner == (receiver.reg.school_id, lab.id)


def test_refusals_write_nothing(district, giver, receiver, capsys) -> None:  # type: ignore[no-untyped-def]
    before = db_state(district.db.engine)
    a, b = SCHOOL_A["code"], SCHOOL_B["code"]
    for args, expect in (
        (["--from", a, "--to", a, "TB-0001"], "hai trường khác nhau"),
        (["--from", a, "--to", b, "TB-9999"], "không có thiết bị mã TB-9999"),
        (["--from", a, "--to", b, "TB-0001", "tb-0001"], "hai lần"),
        (["--from", a, "--to", "99999999", "TB-0001"], "99999999"),
        (["--from", a, "--to", b, "TB-0001=", "--reason", "x"], "mã mới"),
    ):
        assert district.run("transfer", *args) == 1, args
        assert expect in capsys.readouterr().err, args
    future = date.today() + timedelta(days=2)
    assert district.run("transfer", "--from", a, "--to", b, "TB-0001", "--date",
                        f"{future:%d/%m/%Y}") == 1  # fmt: skip
    assert "tương lai" in capsys.readouterr().err
    assert district.run("transfer", "--from", a, "--to", b, "TB-0001", "--date", "31/02/2026") == 2
    assert db_state(district.db.engine) == before
    with giver.reg.read() as s:
        assert s.scalars(select(Equipment).where(Equipment.deleted_at.is_not(None))).all() == []
