"""Sync under faults: a real district server process on 127.0.0.1 (``sotb-server serve``)
with a fault-injecting proxy (tests/sync/faulty_proxy.py) between it and the school.

Answers lost after the server committed, connections cut in either direction, the
server killed and restarted mid-sync, batches duplicated and out of order, the
school's sync process killed at random points, PC clocks years off, and the school
and the district editing the same rows. After each fault the next sync completes,
every change is applied exactly once, and the school's register holds exactly the
server's rows of that school.

Batches and pull pages are made small here (BATCH, PAGE) so that a few dozen changes
take several round trips. The module's server runs on SQLite and, when
TEST_DATABASE_URL is set, on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.orm import Session

from app.models import Equipment, SyncOutbox
from app.models.db import make_engine
from app.server import admin
from app.server.db import migrate
from app.server.sync_apply import district_edit
from app.services import equipment, rooms, schools
from app.services.register import Register
from app.services.schemas import EquipmentInput
from app.sync import outbox_reader, state
from app.sync.client import SyncClient, SyncError
from app.sync.outbox_reader import batch_id, next_batch, pending_batch, pending_entries, to_change
from app.sync.protocol import API_PREFIX, PushRequest
from tests.conftest import Templates, looks_vietnamese
from tests.postgres import fresh_schema, postgres_url
from tests.sync.faulty_proxy import Action, FaultyProxy
from tests.sync.test_convergence import assert_converged, assert_exactly_once

ROOT = Path(__file__).resolve().parents[2]
PUSH = f"{API_PREFIX}/sync/push"
PULL = f"{API_PREFIX}/sync/pull"
BATCH = 5  # changes per push batch
PAGE = 4  # changes per pull page
START_TIMEOUT = 30.0


# -- the district server, a real process ----------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """``sotb-server serve`` on 127.0.0.1 in a process group of its own."""

    def __init__(self, database_url: str, log: Path, workers: int = 1) -> None:
        self.database_url = database_url
        self.log = log
        self.workers = workers
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        cmd = [sys.executable, "-m", "app.server.cli", "--database-url", self.database_url]
        cmd += ["serve", "--host", "127.0.0.1", "--port", str(self.port)]
        cmd += ["--workers", str(self.workers)]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"the server did not answer: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL, as a power cut would (no clean shutdown)."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()


@dataclass
class Rig:
    backend: str
    server: ServerProcess
    engine: Engine  # the test's own connection to the server's database
    proxy: FaultyProxy
    folder: Path


@contextlib.contextmanager
def server_database(backend: str, folder: Path) -> Iterator[tuple[Engine, str]]:
    """A migrated server database and an URL the server process can open."""
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'server.sqlite'}"
        engine = make_engine(url, pool_pre_ping=True)
        try:
            migrate(engine)
            yield engine, url
        finally:
            engine.dispose()
        return
    with fresh_schema(postgres_url(), "sotb_faults") as (engine, url):
        migrate(engine)
        yield engine, url


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def rig_once(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Rig]:
    folder = tmp_path_factory.mktemp("district")
    with server_database(request.param, folder) as (engine, url):
        server = ServerProcess(url, folder / "server.log")
        server.start()
        try:
            with FaultyProxy(server.port) as proxy:
                yield Rig(request.param, server, engine, proxy, folder)
        finally:
            server.stop()


def school_side(test: Any) -> Any:
    """A fault on the school's side only (its process, its clock, how it takes pages):
    the server's database makes no difference, so the test runs on SQLite only."""
    test.school_side = True
    return test


@pytest.fixture
def rig(
    rig_once: Rig, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[Rig]:
    """The module's server (started again if a test killed it), a proxy with no faults
    scripted, small batches and pages, short timeouts."""
    if getattr(request.function, "school_side", False) and rig_once.backend != "sqlite":
        pytest.skip("a fault on the school's side: run against the SQLite server only")
    if not rig_once.server.alive():
        rig_once.server.start()
    rig_once.proxy.clear()
    rig_once.proxy.log.clear()
    monkeypatch.setattr(outbox_reader, "pending_batch", partial(pending_batch, limit=BATCH))
    monkeypatch.setattr("app.sync.client.DEFAULT_PULL_LIMIT", PAGE)
    monkeypatch.setattr("app.sync.client.TIMEOUT_SECONDS", 5.0)
    yield rig_once
    rig_once.proxy.clear()
    rig_once.proxy.wait_idle()


# -- a school ---------------------------------------------------------------------------


@dataclass
class School:
    reg: Register
    client: SyncClient
    code: str
    path: Path

    @property
    def id(self) -> str:
        return self.reg.school_id

    @property
    def device_id(self) -> str:
        return state.load(self.reg).device_id


def enrolled_school(rig: Rig, template: Path, folder: Path, items: int = 8) -> School:
    """A register with two rooms and ``items`` items, enrolled through the proxy (its
    server address is the proxy's), nothing synced yet."""
    code = f"F{uuid.uuid4().hex[:8].upper()}"
    data = {"code": code, "name": f"Trường thử {code}", "level": "THCS"}
    with Session(rig.engine) as s:
        admin.add_school(s, data)
        enroll = admin.make_enroll_code(s, code)
        s.commit()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "register.sqlite"
    path.write_bytes(template.read_bytes())
    reg = Register.open(path, actor="cán bộ thiết bị")
    schools.set_up_school(reg, data)
    made = [
        rooms.create_room(reg, {"kind": "storeroom", "code": f"KHO{i}", "name": f"Kho {i}"})
        for i in (1, 2)
    ]
    for i in range(items):
        equipment.create_equipment(
            reg,
            {"asset_code": f"TB-{i:03d}", "name": f"Thiết bị {i}", "room_id": made[i % 2].id},
        )
    client = SyncClient(reg)  # a new connection for every request, as the app does
    client.enroll(rig.proxy.url, enroll, "Máy phòng thiết bị")
    return School(reg, client, code, path)


@pytest.fixture
def school(rig: Rig, register_templates: Templates, tmp_path: Path) -> Iterator[School]:
    made = enrolled_school(rig, register_templates.empty, tmp_path / "school")
    yield made
    made.reg.close()


def outbox(reg: Register) -> dict[int, str]:
    """device_seq -> change_id of every pending change."""
    with reg.read() as s:
        return {e.device_seq: e.change_id for e in pending_entries(s)}


def applied_change_ids(engine: Engine, device_id: str) -> list[str]:
    with engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT change_id FROM change_log WHERE origin_device_id = :d"),
                {"d": device_id},
            ).scalars()
        )


def server_cursor(engine: Engine, device_id: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT cursor FROM device WHERE id = :d"), {"d": device_id}
            ).scalar_one()
        )


def assert_prefix_applied(engine: Engine, school: School, pending: dict[int, str]) -> int:
    """Nothing half-applied: the server holds exactly the changes up to its cursor for
    this device (whole batches), each once. Returns that cursor."""
    cursor = server_cursor(engine, school.device_id)
    applied = applied_change_ids(engine, school.device_id)
    assert len(applied) == len(set(applied))
    assert set(applied) & set(pending.values()) == {
        cid for seq, cid in pending.items() if seq <= cursor
    }
    return cursor


def assert_all_applied_once(engine: Engine, school: School, pending: dict[int, str]) -> None:
    """Every change of ``pending`` applied, once; the outbox is empty."""
    applied = applied_change_ids(engine, school.device_id)
    assert len(applied) == len(set(applied))
    assert set(pending.values()) <= set(applied)
    assert outbox(school.reg) == {}
    assert_exactly_once(engine)


def assert_register_sound(reg: Register) -> None:
    with reg.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []


def district_edits(engine: Engine, school_id: str, count: int, tag: str) -> int:
    """The district notes something on ``count`` of the school's items (one change
    each); returns how many it edited."""
    with engine.connect() as conn:
        ids = list(
            conn.execute(
                text("SELECT id FROM equipment WHERE school_id = :s ORDER BY id"), {"s": school_id}
            ).scalars()
        )
    with Session(engine) as s:
        for row_id in ids[:count]:
            district_edit(s, "equipment", row_id, {"notes": f"Phòng GD kiểm kê {tag}"})
    return min(count, len(ids))


def item_values(reg: Register, item_id: str) -> dict[str, Any]:
    item = equipment.get_equipment(reg, item_id)
    return EquipmentInput.model_validate(
        {k: getattr(item, k) for k in EquipmentInput.model_fields}
    ).model_dump()


def edit_item(reg: Register, item_id: str, **changes: Any) -> None:
    values = item_values(reg, item_id)
    values.update(changes)
    equipment.update_equipment(reg, item_id, values)


def some_item(reg: Register, index: int = 0) -> Equipment:
    with reg.read() as s:
        items = list(s.scalars(select(Equipment).order_by(Equipment.asset_code)).unique().all())
    return items[index]


def fails(school: School) -> SyncError:
    with pytest.raises(SyncError) as err:
        school.client.sync_once()
    assert err.value.code == "network", err.value.message
    assert looks_vietnamese(err.value.message)
    return err.value


# -- (1) the answer lost after the server committed ----------------------------------------


def test_a_lost_answer_is_resent_with_the_same_batch_id_and_applied_once(
    rig: Rig, school: School
) -> None:
    pending = outbox(school.reg)
    assert len(pending) > 3 * BATCH
    rig.proxy.add(Action.PASS, method="POST", path=PUSH)
    rig.proxy.add(Action.DROP_RESPONSE, method="POST", path=PUSH)
    fails(school)
    first, lost = rig.proxy.requests("POST", PUSH)
    assert lost.status == 200 and not lost.delivered  # committed, never heard of
    lost_batch = json.loads(lost.body)
    # The server took two batches; the school knows of one and still holds the second.
    assert server_cursor(rig.engine, school.device_id) == lost_batch["last_seq"]
    assert state.load(school.reg).push_cursor == json.loads(first.body)["last_seq"]
    assert min(outbox(school.reg)) == lost_batch["first_seq"]

    report = school.client.sync_once()
    resent = rig.proxy.requests("POST", PUSH)[2]
    assert json.loads(resent.body)["batch_id"] == lost_batch["batch_id"]
    assert report.pushed == len(pending) - BATCH
    assert_all_applied_once(rig.engine, school, pending)
    assert_converged(school.reg, rig.engine)


@school_side
def test_an_answer_too_slow_for_the_client_is_taken_on_the_next_sync(
    rig: Rig, school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The request reaches the server after the client gave up waiting."""
    monkeypatch.setattr("app.sync.client.TIMEOUT_SECONDS", 0.3)
    pending = outbox(school.reg)
    rig.proxy.add(Action.DELAY, method="POST", path=PUSH, delay=0.8)
    fails(school)
    rig.proxy.wait_idle()  # the delayed batch went through meanwhile
    (late,) = rig.proxy.requests("POST", PUSH)
    assert late.status == 200  # the server took it; the client had stopped listening
    assert server_cursor(rig.engine, school.device_id) == json.loads(late.body)["last_seq"]
    assert state.load(school.reg).push_cursor == 0 and outbox(school.reg) == pending
    monkeypatch.setattr("app.sync.client.TIMEOUT_SECONDS", 5.0)
    school.client.sync_once()
    assert_all_applied_once(rig.engine, school, pending)
    assert_converged(school.reg, rig.engine)


# -- (2) the connection cut mid-batch, either way -------------------------------------------


@pytest.mark.parametrize(
    ("action", "fraction"),
    [(Action.CUT_REQUEST, 0.5), (Action.CUT_REQUEST, 0.97), (Action.CUT_RESPONSE, 0.5)],
    ids=["request-half", "request-tail", "response-half"],
)
def test_a_push_cut_mid_batch_is_all_or_nothing(
    rig: Rig, school: School, action: Action, fraction: float
) -> None:
    pending = outbox(school.reg)
    rig.proxy.add(Action.PASS, method="POST", path=PUSH, times=2)
    rig.proxy.add(action, method="POST", path=PUSH, fraction=fraction)
    fails(school)
    cut = rig.proxy.requests("POST", PUSH)[2]
    cursor = assert_prefix_applied(rig.engine, school, pending)
    if action == Action.CUT_REQUEST:  # never complete at the server: not applied at all
        assert cut.status is None
        assert cursor == json.loads(cut.body)["first_seq"] - 1
    else:  # applied whole, the answer cut
        assert cut.status == 200 and not cut.delivered
        assert cursor == json.loads(cut.body)["last_seq"]
    school.client.sync_once()
    assert_all_applied_once(rig.engine, school, pending)
    assert_converged(school.reg, rig.engine)


@school_side
@pytest.mark.parametrize("action", [Action.CUT_REQUEST, Action.CUT_RESPONSE, Action.RESET])
def test_a_pull_cut_mid_page_leaves_whole_pages(rig: Rig, school: School, action: Action) -> None:
    school.client.sync_once()
    edited = district_edits(rig.engine, school.id, 10, "lần 1")
    assert edited > 2 * PAGE - 1  # at least two pages
    rig.proxy.add(Action.PASS, method="GET", path=PULL)
    rig.proxy.add(action, method="GET", path=PULL)
    fails(school)
    # The first page is in, with its cursor; nothing of the cut one.
    first_page = rig.proxy.requests("GET", PULL)[0]
    assert first_page.delivered
    settings = state.load(school.reg)
    with rig.engine.connect() as conn:
        seqs = list(
            conn.execute(
                text(
                    "SELECT server_seq FROM change_log WHERE school_id = :s "
                    "AND server_seq > 0 ORDER BY server_seq"
                ),
                {"s": school.id},
            ).scalars()
        )
    assert settings.pull_cursor in seqs
    with school.reg.read() as s:
        noted = s.scalar(select(func.count()).where(Equipment.notes == "Phòng GD kiểm kê lần 1"))
    assert noted == PAGE
    assert_register_sound(school.reg)
    report = school.client.sync_once()
    assert report.pulled == edited - PAGE
    assert_converged(school.reg, rig.engine)


# -- (3) the server killed mid-sync and started again -------------------------------------


def test_server_killed_between_two_batches_then_restarted(rig: Rig, school: School) -> None:
    pending = outbox(school.reg)

    def kill_after_first_batch(stage: str, done: int, total: int) -> None:
        if stage == "push" and done == BATCH:
            rig.server.kill()

    with pytest.raises(SyncError):
        school.client.sync_once(progress=kill_after_first_batch)
    assert not rig.server.alive()
    assert state.load(school.reg).push_cursor == assert_prefix_applied(rig.engine, school, pending)
    with pytest.raises(SyncError):  # still down: says so, keeps everything
        school.client.sync_once()
    assert "Không kết nối được" in state.load(school.reg).last_error
    rig.server.start()
    school.client.sync_once()
    assert_all_applied_once(rig.engine, school, pending)
    assert_converged(school.reg, rig.engine)


def test_server_killed_while_it_applies_a_batch_then_restarted(rig: Rig, school: School) -> None:
    """SIGKILL right after the batch reached the server: committed or not, never half."""
    pending = outbox(school.reg)
    rig.proxy.add(Action.PASS, method="POST", path=PUSH)
    rig.proxy.add(Action.PASS, method="POST", path=PUSH, hook=rig.server.kill)
    with pytest.raises(SyncError):
        school.client.sync_once()
    assert not rig.server.alive()
    rig.server.start()
    assert_prefix_applied(rig.engine, school, pending)
    school.client.sync_once()
    assert_all_applied_once(rig.engine, school, pending)
    assert_converged(school.reg, rig.engine)


# -- (4) duplicated and reordered batches ---------------------------------------------------


def test_duplicated_and_reordered_batches_are_applied_once(rig: Rig, school: School) -> None:
    pending = outbox(school.reg)
    settings = state.load(school.reg)
    headers = school.client._headers(settings)
    first = next_batch(school.reg, limit=BATCH)
    assert first is not None
    with school.reg.read() as s:
        entries = pending_entries(s, 2 * BATCH)[BATCH:]
    second = PushRequest(
        device_id=settings.device_id,
        batch_id=batch_id(settings.device_id, first.last_seq + 1, entries[-1].device_seq),
        first_seq=first.last_seq + 1,
        last_seq=entries[-1].device_seq,
        schema_version=first.schema_version,
        app_version=first.app_version,
        changes=[to_change(e) for e in entries],
    )

    with httpx.Client(base_url=rig.proxy.url, headers=headers, timeout=5.0) as http:

        def post(batch: PushRequest) -> httpx.Response:
            return http.post(PUSH, json=batch.model_dump(mode="json"))

        early = post(second)  # the later batch first: a gap, refused, nothing taken
        assert early.status_code == 409
        assert early.json()["code"] == "bad_request" and looks_vietnamese(early.json()["message"])
        resume = int(early.headers["X-Device-Cursor"])
        assert applied_change_ids(rig.engine, settings.device_id) == []
        assert resume + 1 == first.first_seq  # the client sends from the server's cursor
        answer = post(first)
        again = post(first)  # a duplicate: the stored answer, nothing applied again
        assert answer.status_code == again.status_code == 200
        assert again.json() == answer.json()
        later = post(second)
        assert later.status_code == 200 and post(second).json() == later.json()
        assert post(first).json() == answer.json()  # a stale duplicate after a later batch
    assert len(applied_change_ids(rig.engine, settings.device_id)) == 2 * BATCH
    assert server_cursor(rig.engine, settings.device_id) == second.last_seq

    report = school.client.sync_once()  # the school never heard any answer: resends all
    assert report.pushed == len(pending)
    assert_all_applied_once(rig.engine, school, pending)
    assert_converged(school.reg, rig.engine)


# -- (5) the school's sync process killed at random points --------------------------------

CHILD = """
import os
import sys
from functools import partial
from pathlib import Path

import app.sync.client as client_module
from app.services.errors import ServiceError
from app.services.register import Register
from app.sync import outbox_reader, state
from app.sync.client import SyncClient, SyncError

path, batch, page, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
outbox_reader.pending_batch = partial(outbox_reader.pending_batch, limit=batch)
client_module.DEFAULT_PULL_LIMIT = page
client_module.TIMEOUT_SECONDS = 5.0
calls = []

if mode == "die-before-pull-cursor":  # the 2nd page's rows written, its cursor not yet
    store_cursor = state.set_pull_cursor

    def set_pull_cursor(s, cursor):
        calls.append(cursor)
        if len(calls) == 2:
            s.flush()
            os._exit(9)
        store_cursor(s, cursor)

    state.set_pull_cursor = set_pull_cursor
elif mode == "die-before-ack":  # the 2nd batch's answer received, not yet taken
    take = outbox_reader.acknowledge

    def acknowledge(reg, response):
        calls.append(response)
        if len(calls) == 2:
            os._exit(9)
        take(reg, response)

    outbox_reader.acknowledge = acknowledge

reg = Register.open(Path(path))
client = SyncClient(reg)
print("ready", flush=True)
for _ in range(20):
    try:
        client.sync_once(progress=lambda stage, done, total: print(stage, done, flush=True))
        print("synced", flush=True)
    except SyncError as exc:
        print("error", exc.code, flush=True)
"""
CHILD_PAGE = 2


def start_child(path: Path, mode: str = "") -> subprocess.Popen[bytes]:
    """A process syncing the register over and over (at most 20 times)."""
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(BATCH), str(CHILD_PAGE), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def run_and_kill(path: Path, delay: float) -> list[str]:
    """SIGKILL the syncing process ``delay`` seconds after it is ready. Returns what it
    printed."""
    proc = start_child(path)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().decode()  # imports done, register open
        assert first.strip() == "ready", first + proc.stdout.read(4000).decode()
        time.sleep(delay)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=10)
    return out.decode().split("\n")


@school_side
def test_the_school_killed_at_random_points_loses_and_doubles_nothing(
    rig: Rig, register_templates: Templates, tmp_path: Path
) -> None:
    school = enrolled_school(rig, register_templates.empty, tmp_path / "school", items=6)
    school.client.sync_once()  # the first upload; each round then pushes and pulls a little
    school.reg.close()
    rng = random.Random(20261125)
    seen: list[str] = []
    try:
        for round_ in range(6):
            reg = Register.open(school.path, actor="cán bộ thiết bị")
            for i in range(4):  # new local work each round: pushes
                equipment.create_equipment(
                    reg, {"asset_code": f"R{round_}-{i}", "name": f"Máy tính {round_}.{i}"}
                )
            reg.close()
            district_edits(rig.engine, school.id, 8, f"vòng {round_}")  # pulls
            seen += run_and_kill(school.path, rng.uniform(0.0, 0.6))
        reg = Register.open(school.path, actor="cán bộ thiết bị")
        school = School(reg, SyncClient(reg), school.code, school.path)
        assert_register_sound(reg)
        school.client.sync_once()
        school.client.sync_once()
        assert outbox(reg) == {}
        assert_converged(reg, rig.engine)
        assert_exactly_once(rig.engine)
        assert any(line.startswith(("push", "pull")) for line in seen)  # it got somewhere
    finally:
        school.reg.close()


@school_side
@pytest.mark.parametrize("mode", ["die-before-pull-cursor", "die-before-ack"])
def test_the_school_dies_between_taking_an_answer_and_storing_it(
    rig: Rig, register_templates: Templates, tmp_path: Path, mode: str
) -> None:
    """The process ends (os._exit) inside the transaction that applies a pulled page,
    after its rows were written and before its cursor; or after a push was answered,
    before the answer was taken. Nothing is lost, nothing doubled."""
    school = enrolled_school(rig, register_templates.empty, tmp_path / "school", items=6)
    school.client.sync_once()
    if mode == "die-before-pull-cursor":
        district_edits(rig.engine, school.id, 6, "trước khi chết")  # three pages
    else:
        for i in range(8):
            equipment.create_equipment(school.reg, {"asset_code": f"N-{i}", "name": f"Bàn {i}"})
    pending = outbox(school.reg)
    before = state.load(school.reg)
    school.reg.close()
    proc = start_child(school.path, mode)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 9, out.decode()[-3000:]

    reg = Register.open(school.path, actor="cán bộ thiết bị")
    try:
        school = School(reg, SyncClient(reg), school.code, school.path)
        assert_register_sound(reg)
        after = state.load(reg)
        if mode == "die-before-pull-cursor":
            with reg.read() as s:
                noted = s.scalar(
                    select(func.count()).where(Equipment.notes == "Phòng GD kiểm kê trước khi chết")
                )
            assert noted == CHILD_PAGE  # the first page only: the second rolled back whole
            assert after.pull_cursor > before.pull_cursor
        else:
            taken = assert_prefix_applied(rig.engine, school, pending)
            assert after.push_cursor == taken - BATCH  # the server took one batch more
            assert min(outbox(reg)) == after.push_cursor + 1
        school.client.sync_once()
        assert_converged(reg, rig.engine)
        if mode == "die-before-ack":
            assert_all_applied_once(rig.engine, school, pending)
    finally:
        reg.close()


# -- (6) the PC's clock ----------------------------------------------------------------------


class Clock:
    """A PC clock ``offset`` away from the true time, going back ``step`` at every read."""

    def __init__(self, offset: timedelta, step: timedelta = timedelta(0)) -> None:
        self.offset = offset
        self.step = step
        self.reads = 0

    def datetime_class(self) -> type[datetime]:
        clock = self

        class Skewed(datetime):
            @classmethod
            def now(cls, tz: Any = None) -> Any:
                clock.reads += 1
                moment = datetime.now(UTC) + clock.offset - clock.step * clock.reads
                return moment if tz is not None else moment.replace(tzinfo=None)

        return Skewed


@school_side
@pytest.mark.parametrize(
    ("offset", "step", "way"),
    [
        (timedelta(days=-3 * 365), timedelta(0), "chậm"),
        (timedelta(days=5 * 365), timedelta(0), "nhanh"),
        (timedelta(0), timedelta(hours=1), "chậm"),  # jumping backwards at every read
    ],
    ids=["years-behind", "years-ahead", "jumping-back"],
)
def test_a_wrong_pc_clock_still_syncs_and_is_reported(
    rig: Rig,
    school: School,
    monkeypatch: pytest.MonkeyPatch,
    offset: timedelta,
    step: timedelta,
    way: str,
) -> None:
    clock = Clock(offset, step)
    monkeypatch.setattr("app.sync.client.datetime", clock.datetime_class())
    monkeypatch.setattr("app.sync.state.datetime", clock.datetime_class())
    school.client.sync_once()
    # The school's edit stamped by a clock years off, the district's edit after it.
    item = some_item(school.reg)
    edit_item(school.reg, item.id, name="Tên do trường sửa", notes="trường ghi")
    stamp = (datetime.now(UTC) + offset).strftime("%Y-%m-%d %H:%M:%S.%f")
    with school.reg.write() as s:
        s.execute(update(SyncOutbox).values(created_at=datetime.now(UTC) + offset))
        for entry in s.scalars(select(SyncOutbox)):
            changed = json.loads(entry.changed)
            if entry.table_name == "equipment" and "updated_at" in changed:
                entry.changed = json.dumps({**changed, "updated_at": stamp})
    assert outbox_reader.oldest_pending_age(school.reg) is not None
    with Session(rig.engine) as s:
        district_edit(s, "equipment", item.id, {"name": "Tên do Phòng sửa"})
    school.client.sync_once()
    assert clock.reads > 0
    local = equipment.get_equipment(school.reg, item.id)
    assert (local.name, local.notes) == ("Tên do Phòng sửa", "trường ghi")  # no clock decides
    assert_converged(school.reg, rig.engine)
    settings = state.load(school.reg)
    warning = settings.clock_warning()
    assert warning is not None and looks_vietnamese(warning) and way in warning
    assert settings.last_server_time is not None
    assert abs(settings.last_server_time - datetime.now(UTC)) < timedelta(minutes=5)


# -- (7) the school and the district editing the same row -----------------------------------


def test_same_column_the_district_wins_and_the_school_value_is_kept_for_review(
    rig: Rig, school: School
) -> None:
    school.client.sync_once()
    item = some_item(school.reg)
    with Session(rig.engine) as s:
        district_edit(s, "equipment", item.id, {"name": "Máy chiếu (Phòng GD)"})
    edit_item(school.reg, item.id, name="Máy chiếu (trường)")
    edit_item(school.reg, item.id, name="Máy chiếu (trường, lần 2)")  # twice while offline
    report = school.client.sync_once()
    assert report.conflicts >= 1
    assert equipment.get_equipment(school.reg, item.id).name == "Máy chiếu (Phòng GD)"
    listed = [(c.column_name, c.local_value) for c in state.conflicts(school.reg)]
    assert ("name", "Máy chiếu (trường, lần 2)") in listed
    assert_converged(school.reg, rig.engine)


def test_different_columns_both_are_kept(rig: Rig, school: School) -> None:
    school.client.sync_once()
    item = some_item(school.reg)
    with Session(rig.engine) as s:
        district_edit(s, "equipment", item.id, {"name": "Tên của Phòng"})
    edit_item(school.reg, item.id, notes="Ghi chú của trường", serial="SN-42")
    report = school.client.sync_once()
    assert report.conflicts == 0 and state.conflicts(school.reg) == []
    local = equipment.get_equipment(school.reg, item.id)
    assert (local.name, local.notes, local.serial) == (
        "Tên của Phòng",
        "Ghi chú của trường",
        "SN-42",
    )
    assert_converged(school.reg, rig.engine)


def test_the_district_deletes_while_the_school_edits(rig: Rig, school: School) -> None:
    school.client.sync_once()
    item = some_item(school.reg)
    deleted = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    with Session(rig.engine) as s:
        district_edit(s, "equipment", item.id, {"deleted_at": deleted})
    edit_item(school.reg, item.id, notes="đã sửa xong")
    school.client.sync_once()
    local = equipment.get_equipment(school.reg, item.id)
    assert local.deleted_at == deleted and local.notes == "đã sửa xong"  # a tombstone, kept
    assert equipment.find_by_asset_code(school.reg, item.asset_code) is None
    assert_converged(school.reg, rig.engine)


def test_a_transfer_while_school_edits_are_pending(
    rig: Rig, school: School, register_templates: Templates, tmp_path: Path
) -> None:
    other = enrolled_school(rig, register_templates.empty, tmp_path / "other", items=1)
    try:
        school.client.sync_once()
        other.client.sync_once()
        item = some_item(school.reg)
        with Session(rig.engine) as s:
            district_edit(s, "equipment", item.id, {"school_id": other.id, "room_id": None})
        edit_item(school.reg, item.id, notes="trường cũ sửa sau khi đã chuyển")
        report = school.client.sync_once()
        assert report.rejected == 1
        (refused,) = state.rejected(school.reg)
        assert (refused.row_id, refused.reason) == (item.id, "owner_changed")
        assert looks_vietnamese(refused.message)
        with rig.engine.connect() as conn:
            row = conn.execute(
                text("SELECT school_id, notes FROM equipment WHERE id = :i"), {"i": item.id}
            ).one()
        assert tuple(row) == (other.id, "")
        other.client.sync_once()
        assert equipment.get_equipment(other.reg, item.id).asset_code == item.asset_code
        assert assert_converged(other.reg, rig.engine) == set()
        assert assert_converged(school.reg, rig.engine) == {("equipment", item.id)}
        # The giving school no longer lists it: its copy is kept only as history.
        assert equipment.get_equipment(school.reg, item.id).deleted_at is not None
        assert equipment.find_by_asset_code(school.reg, item.asset_code) is None
    finally:
        other.reg.close()


def test_quantities_edited_on_both_sides_still_sync(rig: Rig, school: School) -> None:
    school.client.sync_once()
    item = some_item(school.reg)
    with Session(rig.engine) as s:  # two more chairs, both good
        district_edit(s, "equipment", item.id, {"quantity": 3, "qty_good": 3})
    edit_item(school.reg, item.id, qty_good=None, qty_broken=1)  # the school: one broke
    report = school.client.sync_once()
    assert report.conflicts >= 1
    assert_converged(school.reg, rig.engine)
    # The district's counts win as a whole; the school's broken chair waits for review.
    kept = equipment.get_equipment(school.reg, item.id)
    assert (kept.quantity, kept.qty_good, kept.qty_broken) == (3, 3, 0)
    conflicts = {c.column_name: c.local_value for c in state.conflicts(school.reg)}
    assert conflicts.get("qty_broken") == 1
