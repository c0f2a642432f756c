"""Several worker processes behind one address (``sotb-server serve --workers 2``) on
PostgreSQL, the district's database: schools syncing at once through both workers get
every change applied exactly once, and a batch sent twice at once gets one answer."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.server import admin
from app.services import equipment, rooms, schools
from app.services.register import Register
from app.sync import outbox_reader, state
from app.sync.client import SyncClient
from app.sync.outbox_reader import next_batch, pending_batch
from app.sync.protocol import API_PREFIX
from tests.conftest import Templates
from tests.sync.test_convergence import assert_exactly_once
from tests.sync.test_faults import ServerProcess, server_database

SCHOOLS = 6
ITEMS = 20


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, ServerProcess]]:
    folder = tmp_path_factory.mktemp("workers")
    with server_database("postgresql", folder) as (engine, url):
        server = ServerProcess(url, folder / "server.log", workers=2)
        server.start()
        try:
            yield engine, server
        finally:
            server.stop()


def school(engine: Engine, server: ServerProcess, template: Path, folder: Path) -> Register:
    code = f"W{uuid.uuid4().hex[:8].upper()}"
    data = {"code": code, "name": f"Trường {code}", "level": "THCS"}
    with Session(engine) as s:
        admin.add_school(s, data)
        enroll = admin.make_enroll_code(s, code)
        s.commit()
    folder.mkdir(parents=True)
    path = folder / "register.sqlite"
    path.write_bytes(template.read_bytes())
    reg = Register.open(path, actor="cán bộ thiết bị")
    schools.set_up_school(reg, data)
    room = rooms.create_room(reg, {"kind": "storeroom", "code": "KHO", "name": "Kho"})
    for i in range(ITEMS):
        equipment.create_equipment(
            reg, {"asset_code": f"TB-{i:03d}", "name": f"Thiết bị {i}", "room_id": room.id}
        )
    SyncClient(reg).enroll(server.url, enroll, "Máy phòng thiết bị")
    return reg


def test_schools_syncing_at_once_through_two_workers(  # type: ignore[no-untyped-def]
    district, register_templates: Templates, tmp_path: Path, monkeypatch
) -> None:
    engine, server = district
    assert server.proc is not None
    workers = psutil.Process(server.proc.pid).children(recursive=True)
    assert len([w for w in workers if "python" in w.name().lower()]) >= 2
    monkeypatch.setattr(outbox_reader, "pending_batch", partial(pending_batch, limit=7))
    regs = [
        school(engine, server, register_templates.empty, tmp_path / f"s{n}") for n in range(SCHOOLS)
    ]
    reports: list[Any] = []
    failures: list[BaseException] = []

    def sync(reg: Register) -> None:
        try:
            reports.append(SyncClient(reg).sync_once())
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=sync, args=(reg,)) for reg in regs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert failures == [] and len(reports) == SCHOOLS
    assert all(r.rejected == 0 for r in reports)
    with engine.connect() as conn:
        for reg in regs:
            on_server = conn.execute(
                text("SELECT count(*) FROM equipment WHERE school_id = :s"),
                {"s": reg.school_id},
            ).scalar_one()
            assert on_server == ITEMS
            with reg.read() as s:
                assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
    assert_exactly_once(engine)
    assert "Traceback" not in server.log.read_text()
    for reg in regs:
        reg.close()


def test_a_batch_sent_twice_at_once_gets_one_answer(  # type: ignore[no-untyped-def]
    district, register_templates: Templates, tmp_path: Path
) -> None:
    engine, server = district
    reg = school(engine, server, register_templates.empty, tmp_path / "s")
    headers = SyncClient(reg)._headers(state.load(reg))
    body = next_batch(reg, limit=10).model_dump(mode="json")
    answers: list[httpx.Response] = []
    start = threading.Barrier(2)

    def send() -> None:
        start.wait()
        answers.append(
            httpx.post(
                f"{server.url}{API_PREFIX}/sync/push", json=body, headers=headers, timeout=30
            )
        )

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
    assert answers[0].json() == answers[1].json()
    assert_exactly_once(engine)
    reg.close()
