"""What the school's SyncClient puts on the wire: gzipped push bodies, gzip asked for
answers, a plain enrollment; against the real server app in-process."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.server import admin
from app.server.api import create_app
from app.server.db import open_server_db
from app.services import equipment, schools
from app.services.register import Register
from app.sync import state
from app.sync.client import SyncClient
from app.sync.protocol import API_PREFIX, PushRequest

SCHOOL = {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
URL = "http://testserver"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Engine, TestClient, list[httpx.Request]]]:
    """The app with every request the client sends recorded (bodies as sent)."""
    engine = open_server_db(f"sqlite:///{tmp_path / 'server.sqlite'}")
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
    seen: list[httpx.Request] = []
    with TestClient(create_app(engine), base_url=URL) as client:
        client.event_hooks["request"] = [seen.append]
        yield engine, client, seen
    engine.dispose()


@pytest.fixture
def school_pc(tmp_path: Path) -> Iterator[Register]:
    reg = Register.open(tmp_path / "school.sqlite", actor="cán bộ thiết bị")
    schools.set_up_school(reg, SCHOOL)
    for n in range(30):
        equipment.create_equipment(reg, {"asset_code": f"TB-{n:04d}", "name": f"Bàn ghế {n}"})
    yield reg
    reg.close()


def test_pushes_go_gzipped_and_answers_are_asked_gzipped(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    engine, http, seen = server
    with Session(engine) as s:
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    client = SyncClient(school_pc, http=http)
    client.enroll(URL, code, "Máy phòng thiết bị")
    (enroll,) = seen
    assert "content-encoding" not in enroll.headers  # a few bytes: sent plain

    report = client.sync_once()
    pushes = [r for r in seen if r.url.path == f"{API_PREFIX}/sync/push"]
    pulls = [r for r in seen if r.url.path == f"{API_PREFIX}/sync/pull"]
    assert pushes and pulls
    for request in pushes:
        assert request.headers["content-encoding"] == "gzip"
        assert request.headers["content-type"] == "application/json"
        batch = PushRequest.model_validate_json(gzip.decompress(request.content))
        assert batch.device_id == state.load(school_pc).device_id and batch.changes
    for request in pushes + pulls:
        assert "gzip" in request.headers["accept-encoding"]
    assert report.rejected == 0 and report.pushed >= 30
    with engine.connect() as conn:
        items = conn.execute(
            text("SELECT count(*) FROM equipment WHERE school_id = :s"),
            {"s": school_pc.school_id},
        ).scalar_one()
    assert items == 30


def test_the_client_reads_gzipped_answers(server, school_pc) -> None:  # type: ignore[no-untyped-def]
    """Every push answer over the server's minimum size comes back gzipped and is read."""
    engine, http, _ = server
    answers: list[httpx.Response] = []
    http.event_hooks["response"] = [answers.append]
    with Session(engine) as s:
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    client = SyncClient(school_pc, http=http)
    client.enroll(URL, code)
    client.sync_once()
    pushed = [a for a in answers if a.request.url.path.endswith("/sync/push")]
    assert pushed and all(a.headers.get("content-encoding") == "gzip" for a in pushed)
