"""Benchmark of sync with the district server, over real HTTP on 127.0.0.1.

    .venv/bin/python bench/sync.py [--items 100000] [--schools 200] [--workers 2]
    .venv/bin/python bench/sync.py --items 2000 --schools 20 --school-items 100  # ~1 min

It starts the real server (``python -m app.server.cli serve --workers N``) on a free
loopback port, on a fresh PostgreSQL database made for the run and dropped after it
(``--database-url`` names the server to create it on; when PostgreSQL cannot be
reached it falls back to a SQLite file and says so). Then it measures:

1. **first sync** of an N-item demo school (``generate_demo``, built once and cached
   in bench/out/): enrollment (which queues the whole register) and the first
   ``sync_once`` (push everything, pull until done), their wall times, the bytes on the
   wire both ways, and beside them one JSON dump of every synced row (``json.dumps``
   of all rows, as a naive "send the whole file" would), so the ratio shows;
2. **incremental sync** of 100 changes: 100 items edited through
   ``update_equipment`` (untimed), then ``sync_once`` (timed); bytes sent per changed
   item, with and without the audit-entry rows each edit also queues. Median of
   ``--runs`` rounds;
3. **many schools at once**: ``--schools`` small registers of ``--school-items``
   items, each generated for its own school and enrolled with its own code (untimed;
   copies of one file would share row ids, which the server rightly refuses from a
   second school), whose first syncs run concurrently from ``--concurrency`` client
   processes against the one server; then each school edits ``--school-edits`` items
   and all sync again. Throughput (changes/s, syncs/s) and p50/p95 latency per push
   request and per whole sync. ``--schools-only`` runs only this phase.

Bytes are counted by a transport wrapper around the client's httpx transport: the
HTTP/1.1 request line, headers and body sent, and the status line, headers and raw
body received (what h11 puts on the TCP connection, without TCP/IP framing).

Prints Markdown tables for docs/PERFORMANCE.md and writes bench/out/sync.json.
``--profile`` also runs phase 1 with the client under cProfile and the server as
one worker under cProfile, and prints where the time goes (figures then are slower).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import multiprocessing
import os
import platform
import pstats
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))  # also in the spawned client processes

import httpx  # noqa: E402

DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SEED = 1
SERVER_START_TIMEOUT = 120.0  # seconds for the server to answer /healthz
SERVER_STOP_TIMEOUT = 30.0
CODE_HOURS = 24


# == bytes on the wire =================================================================


@dataclass
class Exchange:
    """One HTTP request and its answer, as the client saw them."""

    method: str
    path: str
    sent: int  # request line + headers + body
    received: int  # status line + headers + raw body
    body_sent: int
    seconds: float  # from sending the request to the last byte of the answer
    body: bytes = b""  # kept for push requests, looked at after the timing


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw)  # "k: v\r\n"


def _unzipped(body: bytes) -> bytes:
    """The JSON of a push body (the client gzips it)."""
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body


def _push_table_bytes(body: bytes) -> dict[str, int]:
    """How many body bytes each table's changes take in a push request. A gzipped body
    (as the client sends it) is unpacked first, and each table is given its share of
    the bytes sent in proportion to its compact JSON (as the client writes it, plus the
    separating comma): compressed bytes cannot be told apart exactly."""
    sent = len(body)
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            return {}
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    out: dict[str, int] = defaultdict(int)
    for change in data.get("changes", []):
        text = json.dumps(change, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        out[change.get("table", "?")] += len(text.encode("utf-8")) + 1
    ratio = sent / len(body) if body else 1.0
    return {name: round(n * ratio) for name, n in out.items()}


class CountingTransport(httpx.BaseTransport):
    """httpx's own transport, counting what goes through it (one per client).

    The counts are the bytes on the connection: the request body as sent (gzipped for
    pushes) and the answer's raw body before httpx undoes its Content-Encoding (the inner
    transport's stream is the undecoded bytes; the Response handed back still carries
    the Content-Encoding header, so the client decodes it as usual)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.log: list[Exchange] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        target = request.url.raw_path.decode("ascii")
        sent = len(f"{request.method} {target} HTTP/1.1\r\n") + _header_bytes(request.headers)
        sent += 2 + len(body)
        start = time.perf_counter()
        response = self.inner.handle_request(request)
        try:
            raw = b"".join(response.stream)  # type: ignore[arg-type]
        finally:
            response.close()
        seconds = time.perf_counter() - start
        received = len(f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n")
        received += _header_bytes(response.headers) + 2 + len(raw)
        path = request.url.path
        kept = body if path.endswith("/sync/push") else b""
        with self._lock:
            self.log.append(
                Exchange(request.method, path, sent, received, len(body), seconds, kept)
            )
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
        )

    def take(self) -> list[Exchange]:
        with self._lock:
            log, self.log = self.log, []
        return log

    def close(self) -> None:
        self.inner.close()


def http_client(base_url: str) -> tuple[httpx.Client, CountingTransport]:
    from app.sync.client import TIMEOUT_SECONDS

    transport = CountingTransport()
    return httpx.Client(base_url=base_url, transport=transport, timeout=TIMEOUT_SECONDS), transport


def wire_totals(log: list[Exchange]) -> dict[str, Any]:
    push = [e for e in log if e.path.endswith("/sync/push")]
    pull = [e for e in log if e.path.endswith("/sync/pull")]
    tables: dict[str, int] = defaultdict(int)
    for e in push:
        for name, n in _push_table_bytes(e.body).items():
            tables[name] += n
    return {
        "requests": len(log),
        "push_requests": len(push),
        "pull_requests": len(pull),
        "sent": sum(e.sent for e in log),
        "received": sum(e.received for e in log),
        "push_sent": sum(e.sent for e in push),
        "push_received": sum(e.received for e in push),
        "pull_sent": sum(e.sent for e in pull),
        "pull_received": sum(e.received for e in pull),
        "push_seconds": sum(e.seconds for e in push),
        "pull_seconds": sum(e.seconds for e in pull),
        "push_body": sum(e.body_sent for e in push),
        "push_json": sum(len(_unzipped(e.body)) for e in push),
        "push_table_bytes": dict(tables),
    }


# == the database and the server ===========================================================


@dataclass
class Database:
    url: str
    kind: str  # "postgresql" or "sqlite"
    version: str
    note: str = ""
    drop: Any = None  # callable, or None


def make_database(admin_url: str, fallback_dir: Path) -> Database:
    """A fresh PostgreSQL database for this run, else a fresh SQLite file."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"sotb_bench_{uuid.uuid4().hex[:10]}"
    try:
        root = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with root.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure: fall back, saying why
        note = f"PostgreSQL unreachable at {admin_url} ({type(exc).__name__}): ran on SQLite"
        print(f"NOTE: {note}", file=sys.stderr)
        path = fallback_dir / f"{name}.sqlite"
        version = f"SQLite {sqlite3.sqlite_version}"
        return Database(f"sqlite:///{path}", "sqlite", version, note, lambda: remove_register(path))

    def drop() -> None:
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        root.dispose()

    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    return Database(url, "postgresql", f"PostgreSQL {version}", drop=drop)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(
    db_url: str, workers: int, log_path: Path, profile: Path | None = None
) -> Iterator[str]:
    """The district server in its own process group; yields its base URL."""
    port = free_port()
    if profile is not None:  # one process, so the profile sees every request
        cmd = [sys.executable, str(Path(__file__).resolve()), "--serve-profiled", str(profile)]
        workers = 1
    else:
        cmd = [sys.executable, "-m", "app.server.cli"]
    cmd += ["--database-url", db_url, "serve"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    base = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + SERVER_START_TIMEOUT
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"server exited with {proc.returncode}; see {log_path}")
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"server did not answer in {SERVER_START_TIMEOUT:.0f} s")
                time.sleep(0.2)
            yield base
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)  # uvicorn's graceful stop (and cProfile's dump)
                try:
                    proc.wait(SERVER_STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)  # the group this run started
                    proc.wait(SERVER_STOP_TIMEOUT)


def serve_profiled(prefix: Path, cli_argv: list[str]) -> int:
    """`sotb-server serve` (one worker) under cProfile: <prefix>-loop.prof for the
    event loop thread (request parsing, validation, answers), <prefix>-handlers.prof
    for the push and pull handlers, which FastAPI runs in its thread pool."""
    from app.server import cli
    from app.server.routes import sync as routes

    handlers = cProfile.Profile()
    lock = threading.Lock()

    def profiled(fn: Any) -> Any:
        def call(*a: Any, **kw: Any) -> Any:
            with lock:  # one profiler, one thread at a time
                handlers.enable()
                try:
                    return fn(*a, **kw)
                finally:
                    handlers.disable()

        return call

    routes.push = profiled(routes.push)  # type: ignore[assignment]
    routes.pull = profiled(routes.pull)  # type: ignore[assignment]
    loop = cProfile.Profile()
    loop.enable()
    try:
        return cli.main(cli_argv)
    finally:
        loop.disable()
        loop.dump_stats(f"{prefix}-loop.prof")
        handlers.dump_stats(f"{prefix}-handlers.prof")


class Admin:
    """The district's admin side, on the server database (as `sotb-server` would)."""

    def __init__(self, db_url: str) -> None:
        from app.models.db import make_engine

        self.engine = make_engine(db_url)

    def add_school(self, data: dict[str, Any]) -> str:
        from sqlalchemy.orm import Session

        from app.server import admin

        with Session(self.engine) as s:
            school = admin.add_school(s, data)
            s.commit()
            return school.id

    def codes(self, school_ids: list[str]) -> list[str]:
        from sqlalchemy.orm import Session

        from app.server import admin

        with Session(self.engine) as s:
            codes = [admin.make_enroll_code(s, sid, CODE_HOURS) for sid in school_ids]
            s.commit()
        return codes

    def counts(self, school_id: str) -> dict[str, int]:
        from sqlalchemy import text

        from app.models.outbox import SYNCED_TABLES

        out = {}
        with self.engine.connect() as conn:
            for name in SYNCED_TABLES:
                column = "id" if name == "school" else "school_id"
                out[name] = int(
                    conn.execute(
                        text(f"SELECT count(*) FROM {name} WHERE {column} = :s"), {"s": school_id}
                    ).scalar_one()
                )
        return out

    def close(self) -> None:
        self.engine.dispose()


# == registers ==========================================================================


def template(items: int) -> tuple[Path, float | None]:
    """A demo register of ``items`` items (cached); with the seconds it took to build."""
    from app.services.demo import generate_demo
    from app.services.register import Register

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"sync-school-{items}.sqlite"
    if path.exists():
        return path, None
    tmp = path.with_suffix(".tmp")
    for p in _sqlite_files(tmp):
        p.unlink(missing_ok=True)
    start = time.perf_counter()
    reg = Register.open(tmp, actor="bench")
    generate_demo(reg, items=items, seed=SEED)
    reg.close()
    _checkpoint(tmp)
    tmp.rename(path)
    seconds = time.perf_counter() - start
    print(f"built {path.name} in {seconds:.1f} s", file=sys.stderr)
    return path, seconds


def _sqlite_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so copying the main file copies everything."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def copy_register(src: Path, dst: Path) -> None:
    for p in _sqlite_files(dst):
        p.unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def remove_register(path: Path) -> None:
    for p in _sqlite_files(path):
        p.unlink(missing_ok=True)


def school_input(reg: Any) -> dict[str, Any]:
    from app.services.schemas import SchoolInput

    school = reg.school()
    return {k: getattr(school, k) for k in SchoolInput.model_fields}


def full_dump(reg: Any, only: dict[str, set[str]] | None = None) -> bytes:
    """Every synced row of the register (or only the given ids per table) as one JSON
    document, column values as the outbox writes them."""
    from sqlalchemy import select

    from app.models import Base
    from app.models.outbox import LOCAL_COLUMNS, SYNCED_TABLES
    from app.sync.enrollment import wire_value

    rows: dict[str, list[dict[str, Any]]] = {}
    with reg.read() as s:
        for name in SYNCED_TABLES:
            if only is not None and name not in only:
                continue
            t = Base.metadata.tables[name]
            stmt = select(t)
            if only is not None:
                stmt = stmt.where(t.c.id.in_(sorted(only[name])))
            rows[name] = [
                {k: wire_value(v) for k, v in m.items() if k not in LOCAL_COLUMNS}
                for m in s.execute(stmt).mappings()
            ]
    return json.dumps(rows, ensure_ascii=False).encode("utf-8")


def edit_items(reg: Any, count: int, round_no: int) -> list[str]:
    """Edit ``count`` items spread over the register, as the officer would: a third are
    moved to another room, a third get a note, a third a changed condition count."""
    from sqlalchemy import select

    from app.models import Equipment, Room
    from app.services.equipment import get_equipment, update_equipment
    from app.services.schemas import EquipmentInput

    with reg.read() as s:
        ids = list(
            s.scalars(
                select(Equipment.id)
                .where(Equipment.deleted_at.is_(None))
                .order_by(Equipment.asset_code_norm)
            )
        )
        rooms = list(s.scalars(select(Room.id).order_by(Room.code)))
    step = max(1, len(ids) // count)
    picked = ids[round_no % step :: step][:count]
    for n, item_id in enumerate(picked):
        item = get_equipment(reg, item_id)
        values = EquipmentInput.model_validate(
            {k: getattr(item, k) for k in EquipmentInput.model_fields}
        ).model_dump()
        if n % 3 == 0 and rooms:
            room = rooms[(n + round_no) % len(rooms)]
            if room == item.room_id:
                room = rooms[(n + round_no + 1) % len(rooms)]
            values["room_id"] = room
        elif n % 3 == 1 or values["quantity"] < 2:
            values["notes"] = f"Kiểm kê đợt {round_no + 1}: đã kiểm tra, ghi chú số {n}."
        else:
            room = values["quantity"] - values["qty_broken"] - values["qty_lost"]
            values["qty_minor_damage"] = (values["qty_minor_damage"] + 1) % (max(room, 0) + 1)
            values["qty_good"] = None  # recomputed from the others
        update_equipment(reg, item_id, values, expected_version=item.version)
    return picked


# == phases 1 and 2: one big school ========================================================


def big_school(
    args: argparse.Namespace, base: str, admin: Admin, profile_dir: Path | None
) -> dict[str, Any]:
    from app.services.register import Register
    from app.sync.client import SyncClient

    src, built = template(args.items)
    path = OUT / f"sync-run-{args.items}.sqlite"
    copy_register(src, path)
    reg = Register.open(path, actor="bench")
    school = school_input(reg)
    school_id = admin.add_school(school)
    (code,) = admin.codes([school_id])
    http, wire = http_client(base)
    client = SyncClient(reg, http=http)
    result: dict[str, Any] = {"items": args.items, "template_build_seconds": built}
    try:
        with profiled(profile_dir, "sync-client-enroll.prof"):
            t = time.perf_counter()
            client.enroll(base, code, "bench")
            result["enroll_seconds"] = time.perf_counter() - t
        result["enroll_wire"] = wire_totals(wire.take())

        with profiled(profile_dir, "sync-client-first.prof"):
            t = time.perf_counter()
            report = client.sync_once()
            result["first_sync_seconds"] = time.perf_counter() - t
        log = wire.take()
        result["first_wire"] = wire_totals(log)
        result["first_pushed"] = report.pushed
        result["first_rejected"] = report.rejected
        result["first_push_latency"] = _latency([e for e in log if e.path.endswith("/push")])
        result["first_pull_latency"] = _latency([e for e in log if e.path.endswith("/pull")])
        dump = full_dump(reg)
        result["dump_bytes"] = len(dump)
        result["dump_gzip_bytes"] = len(gzip.compress(dump, 6))
        with reg.read() as s:
            result["pc_rows"] = _pc_counts(s)
        result["server_rows"] = admin.counts(reg.school_id)
        if result["server_rows"] != result["pc_rows"]:
            print(
                f"WARNING: server rows {result['server_rows']} != PC rows {result['pc_rows']}",
                file=sys.stderr,
            )

        rounds = []
        for round_no in range(args.runs):
            picked = edit_items(reg, args.changes, round_no)
            pending = _pending_by_table(reg)
            t = time.perf_counter()
            report = client.sync_once()
            seconds = time.perf_counter() - t
            log = wire.take()
            totals = wire_totals(log)
            changed_dump = full_dump(reg, {"equipment": set(picked)})
            rounds.append(
                {
                    "seconds": seconds,
                    "edited_items": len(picked),
                    "pending": pending,
                    "pushed": report.pushed,
                    "wire": totals,
                    "full_rows_dump_bytes": len(changed_dump),
                    "push_latency": _latency([e for e in log if e.path.endswith("/push")]),
                }
            )
        result["incremental_rounds"] = rounds
    finally:
        http.close()
        reg.close()
        remove_register(path)
    return result


@contextmanager
def profiled(folder: Path | None, name: str) -> Iterator[None]:
    """cProfile what runs inside, into folder/name (nothing when folder is None)."""
    if folder is None:
        yield
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(folder / name)


def _pc_counts(s: Any) -> dict[str, int]:
    from sqlalchemy import func, select

    from app.models import Base
    from app.models.outbox import SYNCED_TABLES

    return {
        name: int(s.scalar(select(func.count()).select_from(Base.metadata.tables[name])) or 0)
        for name in SYNCED_TABLES
    }


def _pending_by_table(reg: Any) -> dict[str, int]:
    from sqlalchemy import func, select

    from app.models import SyncOutbox

    with reg.read() as s:
        return {
            name: int(n)
            for name, n in s.execute(
                select(SyncOutbox.table_name, func.count()).group_by(SyncOutbox.table_name)
            )
        }


def _latency(log: list[Exchange]) -> dict[str, float]:
    return _percentiles([e.seconds for e in log])


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]

    return {
        "n": len(ordered),
        "p50": statistics.median(ordered),
        "p95": pick(0.95),
        "max": ordered[-1],
        "mean": statistics.fmean(ordered),
    }


# == phase 3: many schools at once (runs in client processes) ================================


def prepare_school(dst: str, items: int, school: dict[str, Any], base: str, code: str) -> float:
    """A fresh demo register of this school, enrolled (untimed); seconds taken.

    Each school is generated, not copied from one file: a copy would carry the same
    row ids, and the server rightly refuses rows that another school already owns."""
    from app.services.demo import generate_demo
    from app.services.register import Register
    from app.services.schemas import SchoolInput
    from app.sync.client import SyncClient

    start = time.perf_counter()
    remove_register(Path(dst))
    reg = Register.open(Path(dst), actor="bench")
    try:
        generate_demo(reg, items=items, seed=SEED, school=SchoolInput(**school))
        http, _ = http_client(base)
        with http:
            SyncClient(reg, http=http).enroll(base, code, school["code"])
    finally:
        reg.close()
    return time.perf_counter() - start


def edit_school(dst: str, count: int, round_no: int) -> int:
    from app.services.register import Register

    reg = Register.open(Path(dst), actor="bench")
    try:
        return len(edit_items(reg, count, round_no))
    finally:
        reg.close()


def sync_school(dst: str, base: str) -> dict[str, Any]:
    """One school's sync_once, timed; its requests' sizes and latencies."""
    from app.services.register import Register
    from app.sync.client import SyncClient, SyncError

    reg = Register.open(Path(dst), actor="bench")
    http, wire = http_client(base)
    error = ""
    pushed = rejected = 0
    t = time.perf_counter()
    try:
        report = SyncClient(reg, http=http).sync_once()
        pushed, rejected = report.pushed, report.rejected
    except SyncError as exc:
        error = f"{exc.code}: {exc.message}"
    seconds = time.perf_counter() - t
    http.close()
    reg.close()
    log = wire.take()
    return {
        "seconds": seconds,
        "pushed": pushed,
        "rejected": rejected,
        "error": error,
        "push": [e.seconds for e in log if e.path.endswith("/push")],
        "pull": [e.seconds for e in log if e.path.endswith("/pull")],
        "sent": sum(e.sent for e in log),
        "received": sum(e.received for e in log),
    }


def dump_size(dst: str) -> int:
    """The school's register as one JSON dump: what sending it whole each time costs."""
    from app.services.register import Register

    reg = Register.open(Path(dst), actor="bench")
    try:
        return len(full_dump(reg))
    finally:
        reg.close()


def many_schools(args: argparse.Namespace, base: str, admin: Admin) -> dict[str, Any]:
    from app.services.demo import demo_school

    base_school = demo_school(SEED).model_dump()
    folder = OUT / "sync-schools"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    schools = [
        {
            **base_school,
            "code": f"BENCH{i:05d}",
            "name": f"Trường THCS Thử Nghiệm Số {i}",
        }
        for i in range(1, args.schools + 1)
    ]
    ids = [admin.add_school(s) for s in schools]
    codes = admin.codes(ids)
    paths = [str(folder / f"school-{i:05d}.sqlite") for i in range(1, args.schools + 1)]
    result: dict[str, Any] = {
        "schools": args.schools,
        "school_items": args.school_items,
        "concurrency": args.concurrency,
    }
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=args.concurrency, mp_context=ctx) as pool:
        list(pool.map(_warm_task, range(args.concurrency)))
        t = time.perf_counter()
        n = len(paths)
        list(pool.map(prepare_school, paths, [args.school_items] * n, schools, [base] * n, codes))
        result["prepare_seconds"] = time.perf_counter() - t
        rounds = []
        for round_no in range(1 + (1 if args.school_edits else 0)):
            if round_no:
                list(
                    pool.map(
                        edit_school,
                        paths,
                        [args.school_edits] * len(paths),
                        [round_no] * len(paths),
                    )
                )
            dumps = sum(pool.map(dump_size, paths))  # before the clock: not the sync's work
            t = time.perf_counter()
            outcomes = list(pool.map(sync_school, paths, [base] * len(paths)))
            wall = time.perf_counter() - t
            failed = [o["error"] for o in outcomes if o["error"]]
            changes = sum(o["pushed"] for o in outcomes)
            rounds.append(
                {
                    "kind": "first sync" if round_no == 0 else f"{args.school_edits} edits each",
                    "wall_seconds": wall,
                    "changes": changes,
                    "rejected": sum(o["rejected"] for o in outcomes),
                    "changes_per_second": changes / wall,
                    "syncs_per_second": (len(outcomes) - len(failed)) / wall,
                    "failed": len(failed),
                    "errors": sorted(set(failed))[:5],
                    "push_latency": _percentiles([x for o in outcomes for x in o["push"]]),
                    "pull_latency": _percentiles([x for o in outcomes for x in o["pull"]]),
                    "sync_latency": _percentiles([o["seconds"] for o in outcomes]),
                    "sent": sum(o["sent"] for o in outcomes),
                    "received": sum(o["received"] for o in outcomes),
                    "dump_bytes": dumps,
                }
            )
        result["rounds"] = rounds
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _warm_task(_: int) -> None:
    """Start the client processes and import there once, untimed."""
    import app.services.demo  # noqa: F401
    import app.sync.client  # noqa: F401


# == report ===================================================================================


def machine() -> str:
    mem = ""
    try:
        kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return (
        f"{platform.node()}: {os.cpu_count()} cores, {platform.machine()}{mem}, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def _kb(n: float) -> str:
    return f"{n / 1024:,.0f} KiB" if n < 10 * 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MiB"


def _ms(s: float) -> str:
    return f"{s * 1000:,.0f} ms"


def print_report(results: dict[str, Any]) -> None:
    from app.sync.protocol import MAX_BATCH

    print(f"Machine: {results['machine']}; server database: {results['database']}")
    print(f"Server: {results['workers']} worker processes on 127.0.0.1\n")
    big = results.get("big")
    if big:
        w = big["first_wire"]
        total = big["enroll_seconds"] + big["first_sync_seconds"]
        rows = sum(big["pc_rows"].values())
        print(f"First sync of a {big['items']:,}-item school ({rows:,} rows):\n")
        print(
            "| enroll (queue all) | first sync_once | total | pushed | requests "
            "| sent | received | full JSON dump (gzip) | sent / dump |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(
            f"| {big['enroll_seconds']:.1f} s | {big['first_sync_seconds']:.1f} s "
            f"| {total:.1f} s | {big['first_pushed']:,} "
            f"| {w['push_requests']} push + {w['pull_requests']} pull "
            f"| {_kb(w['sent'])} | {_kb(w['received'])} "
            f"| {_kb(big['dump_bytes'])} ({_kb(big['dump_gzip_bytes'])}) "
            f"| {w['sent'] / big['dump_bytes']:.2f} |"
        )
        print(
            f"\nInside the first sync: push requests {w['push_seconds']:.1f} s "
            f"(p50 {_ms(big['first_push_latency']['p50'])} per batch of up to "
            f"{MAX_BATCH:,} changes), "
            f"pull requests {w['pull_seconds']:.1f} s, client work the rest. "
            f"Push bodies {_kb(w['push_body'])} gzip'd, {_kb(w['push_json'])} of JSON."
        )
        rounds = big["incremental_rounds"]
        if rounds:
            med = statistics.median
            changes = rounds[0]["edited_items"]
            print(f"\nIncremental sync of {changes} edited items (median of {len(rounds)}):\n")
            print(
                "| sync_once | rows pushed | push request | bytes / edited item "
                "| without audit rows | JSON before gzip / item | full rows as JSON / item "
                "| every request and answer / item |"
            )
            print("|---:|---:|---:|---:|---:|---:|---:|---:|")
            sent = med(r["wire"]["push_sent"] for r in rounds)
            audit = med(r["wire"]["push_table_bytes"].get("audit_entry", 0) for r in rounds)
            full = med(r["full_rows_dump_bytes"] for r in rounds)
            zipped = med(r["wire"]["push_json"] for r in rounds)
            both = med(r["wire"]["sent"] + r["wire"]["received"] for r in rounds)
            print(
                f"| {_ms(med(r['seconds'] for r in rounds))} "
                f"| {med(r['pushed'] for r in rounds):.0f} | {_kb(sent)} "
                f"| {sent / changes:,.0f} B | {(sent - audit) / changes:,.0f} B "
                f"| {zipped / changes:,.0f} B | {full / changes:,.0f} B "
                f"| {both / changes:,.0f} B |"
            )
    many = results.get("many")
    if many:
        print(
            f"\n{many['schools']} schools of {many['school_items']} items, "
            f"{many['concurrency']} client processes at once:\n"
        )
        print(
            "| round | wall | changes | changes/s | syncs/s | push p50 / p95 "
            "| whole sync p50 / p95 | rejected | failed | sent | full JSON dumps | sent / dumps |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in many["rounds"]:
            p, s = r["push_latency"], r["sync_latency"]
            print(
                f"| {r['kind']} | {r['wall_seconds']:.1f} s | {r['changes']:,} "
                f"| {r['changes_per_second']:,.0f} | {r['syncs_per_second']:.1f} "
                f"| {_ms(p.get('p50', 0))} / {_ms(p.get('p95', 0))} "
                f"| {_ms(s.get('p50', 0))} / {_ms(s.get('p95', 0))} "
                f"| {r['rejected']} | {r['failed']} | {_kb(r['sent'])} "
                f"| {_kb(r['dump_bytes'])} | {r['sent'] / max(r['dump_bytes'], 1):.3f} |"
            )
    targets = results.get("targets")
    if targets:
        print("\nTargets:\n")
        for name, (value, limit, ok) in targets.items():
            print(f"- {name}: {value} (target {limit}) {'met' if ok else 'MISSED'}")


def targets(results: dict[str, Any]) -> dict[str, tuple[str, str, bool]]:
    big = results.get("big")
    if not big:
        return {}
    out: dict[str, tuple[str, str, bool]] = {}
    rounds = big["incremental_rounds"]
    if rounds:
        secs = statistics.median(r["seconds"] for r in rounds)
        changes = rounds[0]["edited_items"]
        per = statistics.median(r["wire"]["push_sent"] for r in rounds) / changes
        out[f"incremental sync of {changes} changes"] = (f"{secs:.2f} s", "≤ 1 s", secs <= 1)
        out["bytes sent per changed row"] = (f"{per:,.0f} B", "≤ 200 B", per <= 200)
    total = big["enroll_seconds"] + big["first_sync_seconds"]
    out[f"first sync of {big['items']:,} items (enroll + sync_once)"] = (
        f"{total:.1f} s",
        "≤ 60 s",
        total <= 60,
    )
    return out


def print_profile(path: Path, title: str, limit: int = 25) -> None:
    if not path.exists():
        print(f"\n(no profile at {path})")
        return
    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    print(f"\n### {title}\n")
    print(out.getvalue())


def _commit() -> str:
    """The commit measured, "+dirty" when app/ has changes not committed."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "app"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"
    return (head or "unknown") + ("+dirty" if dirty else "")


def main() -> None:
    if sys.argv[1:2] == ["--serve-profiled"]:
        sys.exit(serve_profiled(Path(sys.argv[2]), sys.argv[3:]))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000, help="items of the big school")
    parser.add_argument("--changes", type=int, default=100, help="edits per incremental sync")
    parser.add_argument("--runs", type=int, default=3, help="incremental rounds (median)")
    parser.add_argument("--schools", type=int, default=200, help="schools syncing at once")
    parser.add_argument("--school-items", type=int, default=200, help="items of each school")
    parser.add_argument("--school-edits", type=int, default=20, help="edits per school, round 2")
    parser.add_argument("--concurrency", type=int, default=20, help="client processes")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--database-url", default=DEFAULT_ADMIN_URL, help="PostgreSQL to use")
    parser.add_argument("--profile", action="store_true", help="cProfile phase 1 (slower)")
    parser.add_argument("--schools-only", action="store_true", help="only phase 3")
    args = parser.parse_args()
    if args.items < 1 or args.schools < 0 or args.concurrency < 1 or args.changes < 1:
        parser.error("--items, --changes and --concurrency must be ≥ 1, --schools ≥ 0")
    OUT.mkdir(parents=True, exist_ok=True)
    profile_dir = OUT if args.profile else None
    db = make_database(args.database_url, OUT)
    results: dict[str, Any] = {
        "machine": machine(),
        "database": db.version + (f" ({db.note})" if db.note else ""),
        "workers": 1 if args.profile else args.workers,
        "args": vars(args),
        "date": time.strftime("%Y-%m-%d"),
        "commit": _commit(),
    }
    try:
        server_profile = OUT / "sync-server" if args.profile else None
        with running_server(db.url, args.workers, OUT / "sync-server.log", server_profile) as base:
            admin = Admin(db.url)
            try:
                if not args.schools_only:
                    results["big"] = big_school(args, base, admin, profile_dir)
                if args.schools and not args.profile:
                    results["many"] = many_schools(args, base, admin)
            finally:
                admin.close()
    finally:
        if db.drop is not None:
            db.drop()
    results["targets"] = targets(results)
    suffix = "-profile" if args.profile else ""
    (OUT / f"sync{suffix}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print_report(results)
    if args.profile:
        print_profile(OUT / "sync-client-enroll.prof", "client (enroll)")
        print_profile(OUT / "sync-client-first.prof", "client (first sync_once)")
        print_profile(OUT / "sync-server-handlers.prof", "server: push and pull handlers")
        print_profile(OUT / "sync-server-loop.prof", "server: event loop thread")


if __name__ == "__main__":
    main()
