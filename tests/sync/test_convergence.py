"""Convergence: several schools and the district editing at random, syncing at random
(over the network, some answers lost on the way, and by USB bundle), end up with the
same rows.

Hypothesis writes random scripts: each school creates, edits, moves, deletes and
restores rooms and items through app.services while the district edits, soft-deletes,
restores and transfers the schools' rows on the server (``district_edit``). Schools
sync when the script says so. At the end every school syncs twice and its register
must hold exactly the server's rows of that school, for every synced table.

Compared: every column of every synced table, except

- search_text, name_norm, asset_code_norm: derived on each side from the other
  columns, never sent (LOCAL_COLUMNS; the PC's search text also holds the room's name);
- version: each side's own optimistic-lock counter. The PC bumps it for its own edits
  and takes the server's number for pulled changes; the server bumps it for every
  change it applies, the school's included. The two counters are not meant to agree.

Rows the district transferred to another school are compared at the receiving
school. The giving school keeps its old copy (nothing tells it to drop the row; its
later edits of it are refused as owner_changed), so such rows, and only those, are left
out of the giving school's comparison (``transferred_away``).

Examples: SOTB_CONVERGENCE_EXAMPLES (default 20, about 12 s per server backend).

The USB leg writes the school's bundle (app.sync.bundle), imports it at the district
as ``sotb-server bundle import`` does (app.server.bundles) and imports the reply at
the school; sometimes an old bundle or an old reply is carried again.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session

from app.models import Base, Equipment, Room
from app.models.db import make_engine
from app.models.outbox import LOCAL_COLUMNS, SYNCED_TABLES
from app.server import admin
from app.server.api import create_app
from app.server.bundles import import_bundle
from app.server.db import migrate
from app.server.models import ChangeLog
from app.server.sync_apply import district_edit
from app.services import equipment, rooms, schools
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import EquipmentInput, RoomInput
from app.sync import state
from app.sync.bundle import import_reply, read_reply_bundle, write_bundle
from app.sync.client import SyncClient, SyncError
from tests.conftest import Templates
from tests.postgres import fresh_schema, postgres_url

URL = "http://testserver"
IGNORED_COLUMNS = LOCAL_COLUMNS | {"version"}
PULL_PAGE = 7  # small pages: a network sync pulls several


# -- comparing a school's register with the server ----------------------------------


Rows = dict[str, dict[str, dict[str, Any]]]  # table -> row id -> column -> value
Key = tuple[str, str]  # (table, row id)


def school_rows(conn: Connection, school_id: str) -> Rows:
    """Every synced row of one school, as typed values, without the ignored columns."""
    found: Rows = {}
    for name in SYNCED_TABLES:
        table = Base.metadata.tables[name]
        owner = table.c.id if name == "school" else table.c.school_id
        rows = conn.execute(select(table).where(owner == school_id)).mappings()
        found[name] = {
            row["id"]: {k: v for k, v in row.items() if k not in IGNORED_COLUMNS} for row in rows
        }
    return found


def differences(local: Rows, server: Rows) -> list[str]:
    """Readable differences, empty when both hold the same rows."""
    out: list[str] = []
    for name in SYNCED_TABLES:
        mine, theirs = local[name], server[name]
        for row_id in sorted(mine.keys() - theirs.keys()):
            out.append(f"{name} {row_id}: only in the school's register")
        for row_id in sorted(theirs.keys() - mine.keys()):
            out.append(f"{name} {row_id}: only on the server")
        for row_id in sorted(mine.keys() & theirs.keys()):
            for column in sorted(mine[row_id]):
                a, b = mine[row_id][column], theirs[row_id].get(column)
                if a != b:
                    out.append(f"{name} {row_id} {column}: school {a!r} != server {b!r}")
    return out


def transferred_away(conn: Connection, school_id: str, local: Rows, server: Rows) -> set[Key]:
    """Rows only the school's register holds because the district moved them to another
    school (the server logged them as new rows of that school)."""
    found: set[Key] = set()
    for name in SYNCED_TABLES:
        for row_id in local[name].keys() - server[name].keys():
            moved = conn.execute(
                select(ChangeLog.school_id).where(
                    ChangeLog.table_name == name,
                    ChangeLog.row_id == row_id,
                    ChangeLog.origin_device_id.is_(None),
                    ChangeLog.op == "insert",
                    ChangeLog.school_id != school_id,
                )
            ).first()
            if moved is not None:
                found.add((name, row_id))
    return found


def assert_converged(reg: Register, engine: Engine) -> set[Key]:
    """The school's register holds the server's rows of that school; returns the rows
    it still holds after they were transferred away (left out of the comparison)."""
    school_id = reg.school_id
    with reg.engine.connect() as conn:
        local = school_rows(conn, school_id)
    with engine.connect() as conn:
        server = school_rows(conn, school_id)
        gone = transferred_away(conn, school_id, local, server)
    for name, row_id in gone:
        del local[name][row_id]
    assert differences(local, server) == []
    return gone


def assert_exactly_once(engine: Engine) -> None:
    """No change of any device was applied twice."""
    with engine.connect() as conn:
        repeated = conn.execute(
            text(
                "SELECT change_id, count(*) FROM change_log WHERE change_id IS NOT NULL "
                "GROUP BY change_id HAVING count(*) > 1"
            )
        ).all()
    assert repeated == []


# -- the district: one server for the module, fresh schools for every example ---------


@dataclass
class District:
    engine: Engine
    http: TestClient
    schools: int = 0

    def new_school(self) -> dict[str, str]:
        self.schools += 1
        tag = uuid.uuid4().hex[:6].upper()
        data = {"code": f"C{tag}{self.schools:03d}", "name": f"Trường {tag}", "level": "THCS"}
        with Session(self.engine) as s:
            admin.add_school(s, data)
            s.commit()
        return data

    def enroll_code(self, code: str) -> str:
        with Session(self.engine) as s:
            value = admin.make_enroll_code(s, code)
            s.commit()
        return value


@contextmanager
def server_engine(backend: str, folder: Path) -> Iterator[Engine]:
    """A migrated, empty server database on ``backend`` (PostgreSQL: a schema of its
    own, dropped afterwards)."""
    if backend == "sqlite":
        engine = make_engine(f"sqlite:///{folder / 'server.sqlite'}", pool_pre_ping=True)
        try:
            migrate(engine)
            yield engine
        finally:
            engine.dispose()
        return
    with fresh_schema(postgres_url(), "sotb_conv") as (engine, url):
        migrate(engine)
        yield engine


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def district(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[District]:
    folder = tmp_path_factory.mktemp("district")
    with (
        server_engine(request.param, folder) as engine,
        TestClient(create_app(engine), base_url=URL) as http,
    ):
        yield District(engine, http)


# -- a network that loses answers ------------------------------------------------------


class Flaky(httpx.BaseTransport):
    """Forwards to the in-process server; ``plan`` says what happens to the next
    requests: "pass", "lost" (the server answered, the answer is lost on the way back)
    or "cut" (the request never arrives)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.plan: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.plan.pop(0) if self.plan else "pass"
        if fault == "cut":
            raise httpx.WriteError("connection cut before the request arrived", request=request)
        response = self.inner.handle_request(request)
        response.read()
        if fault == "lost":
            response.close()
            raise httpx.ReadError("connection dropped before the answer arrived", request=request)
        return response


# -- a school -----------------------------------------------------------------------------


@dataclass
class School:
    reg: Register
    client: SyncClient
    flaky: Flaky
    code: str
    folder: Path
    made: int = 0
    bundles: list[Path] = field(default_factory=list)
    replies: list[Path] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.reg.school_id


def open_school(district: District, template: Path, folder: Path) -> School:
    data = district.new_school()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "register.sqlite"
    shutil.copyfile(template, path)
    reg = Register.open(path, actor="cán bộ thiết bị")
    schools.set_up_school(reg, {**data, "principal": "Nguyễn Văn An"})
    flaky = Flaky(district.http._transport)
    http = httpx.Client(transport=flaky, base_url=URL)
    client = SyncClient(reg, http=http)
    client.enroll(URL, district.enroll_code(data["code"]), "Máy phòng thiết bị")
    return School(reg, client, flaky, data["code"], folder)


def _own(school: School, model: type[Equipment] | type[Room], live: bool | None) -> list[Any]:
    with school.reg.read() as s:
        stmt = select(model).where(model.school_id == school.id).order_by(model.id)
        if live is True:
            stmt = stmt.where(model.deleted_at.is_(None))
        elif live is False:
            stmt = stmt.where(model.deleted_at.is_not(None))
        return list(s.scalars(stmt).unique())


def _pick(items: list[Any], pick: int) -> Any | None:
    return items[pick % len(items)] if items else None


NAMES = ["Máy chiếu Epson", "Loa kéo", "Bộ thí nghiệm quang học", "Tivi 55 inch", "Đàn organ"]
NOTES = ["", "đã lau", "hỏng nguồn", "chờ sửa", "mượn tổ Toán"]


def _item_input(item: Equipment) -> dict[str, Any]:
    return EquipmentInput.model_validate(
        {k: getattr(item, k) for k in EquipmentInput.model_fields}
    ).model_dump()


def _room_input(room: Room) -> dict[str, Any]:
    return RoomInput.model_validate(
        {k: getattr(room, k) for k in RoomInput.model_fields}
    ).model_dump()


def school_step(school: School, op: str, pick: int, variant: int) -> None:
    """One officer's action; a refusal of the services (ServiceError) is fine."""
    reg = school.reg
    live_rooms = _own(school, Room, True)
    if op == "item+":
        school.made += 1
        room = _pick(live_rooms, pick) if variant % 2 else None
        equipment.create_equipment(
            reg,
            {
                "asset_code": f"TB-{school.made:04d}",
                "name": NAMES[variant % len(NAMES)],
                "room_id": room.id if room else None,
                "quantity": 1 + variant,
            },
        )
    elif op == "item~":
        item = _pick(_own(school, Equipment, True), pick)
        if item is None:
            return
        values = _item_input(item)
        if variant % 3 == 0:
            values["name"] = NAMES[(pick + variant) % len(NAMES)] + f" {variant}"
        elif variant % 3 == 1:
            values["notes"] = NOTES[(pick + variant) % len(NOTES)]
        else:  # the quantity, all of it good
            values.update(quantity=1 + variant, qty_good=None, qty_minor_damage=0)
            values.update(qty_broken=0, qty_lost=0)
        equipment.update_equipment(reg, item.id, values)
    elif op == "move":
        item = _pick(_own(school, Equipment, True), pick)
        room = _pick(live_rooms, pick + variant) if variant % 3 else None
        if item is not None:
            equipment.move_equipment(reg, [item.id], room.id if room else None)
    elif op == "item-":
        item = _pick(_own(school, Equipment, True), pick)
        if item is not None:
            equipment.delete_equipment(reg, [item.id], "hỏng")
    elif op == "item^":
        item = _pick(_own(school, Equipment, False), pick)
        if item is not None:
            equipment.restore_equipment(reg, [item.id])
    elif op == "room+":
        school.made += 1
        rooms.create_room(
            reg,
            {
                "kind": "subject",
                "subject_type": "tin_hoc",
                "code": f"P.{school.made}",
                "name": f"Phòng Tin {school.made}",
            },
        )
    elif op == "room~":
        room = _pick(live_rooms, pick)
        if room is not None:
            values = _room_input(room)
            values["name"] = f"Phòng {NAMES[variant % len(NAMES)]}"
            rooms.update_room(reg, room.id, values)
    elif op == "room-":
        room = _pick(live_rooms, pick)
        if room is not None:
            rooms.delete_rooms(reg, [room.id])
    elif op == "room^":
        room = _pick(_own(school, Room, False), pick)
        if room is not None:
            rooms.restore_rooms(reg, [room.id])


def district_step(district: District, all_schools: list[School], k: int, pick: int, v: int) -> None:
    """The district edits a row of school ``k`` on the server (as its dashboard would)."""
    school = all_schools[k]
    table = "room" if v % 7 == 6 else "equipment"
    with district.engine.connect() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                text(f"SELECT id FROM {table} WHERE school_id = :s ORDER BY id"), {"s": school.id}
            )
        ]
    if not ids:
        return
    row_id = ids[pick % len(ids)]
    changes: dict[str, Any]
    if table == "room":
        changes = {"name": f"Phòng (Phòng GD sửa {pick % 10})"}
    elif v % 7 == 0:
        changes = {"name": f"{NAMES[pick % len(NAMES)]} (Phòng GD)"}
    elif v % 7 == 1:
        changes = {"notes": f"Phòng GD kiểm kê {pick % 10}"}
    elif v % 7 == 2:
        changes = {"deleted_at": "2026-03-01 08:00:00.000000"}
    elif v % 7 == 3:
        changes = {"deleted_at": None}
    elif v % 7 == 4:
        q = 2 + pick % 5
        changes = {"quantity": q, "qty_good": q, "qty_minor_damage": 0, "qty_broken": 0}
        changes["qty_lost"] = 0
    else:  # a transfer to another school, leaving the room behind
        other = all_schools[(k + 1 + pick) % len(all_schools)]
        if other is school:
            return
        changes = {"school_id": other.id, "room_id": None}
    with Session(district.engine) as s:
        district_edit(s, table, row_id, changes)


def network_sync(school: School, plan: list[str]) -> None:
    school.flaky.plan = list(plan)
    try:
        school.client.sync_once()
    except SyncError:
        assert plan, "a sync with nothing lost on the way must succeed"
    finally:
        school.flaky.plan = []


def district_imports(district: District, bundle: Path, folder: Path) -> Path:
    """The district imports a school's USB file (``sotb-server bundle import``)."""
    folder.mkdir(parents=True)
    with Session(district.engine, expire_on_commit=False) as s:
        result = import_bundle(s, bundle, folder)
        s.commit()
    return result.reply


def usb_sync(district: District, school: School, variant: int) -> None:
    """Bundle out, district import, reply back; sometimes an old bundle or an old reply
    is imported again (which must change nothing)."""

    def exchange() -> Path:
        return school.folder / f"usb-{uuid.uuid4().hex[:8]}"

    if variant == 3 and school.bundles:  # an old bundle carried again
        school.replies.append(district_imports(district, school.bundles[0], exchange()))
    path = write_bundle(exchange(), school.reg)
    school.bundles.append(path)
    reply = district_imports(district, path, exchange())
    school.replies.append(reply)
    if variant == 4:
        return  # the reply is still on the stick
    import_reply(school.reg, read_reply_bundle(reply, school.reg))
    if variant == 2 and len(school.replies) > 1:  # an older reply again
        old = school.replies[0]
        import_reply(school.reg, read_reply_bundle(old, school.reg))


# -- the property -------------------------------------------------------------------------

SCHOOL_OPS = ["item+", "item~", "move", "item-", "item^", "room+", "room~", "room-", "room^"]
OPS = SCHOOL_OPS + ["item~", "item~", "district", "district", "district", "sync", "sync", "usb"]

steps = st.lists(
    st.tuples(
        st.sampled_from(OPS),
        st.integers(0, 2),  # which school
        st.integers(0, 1000),  # which row
        st.integers(0, 6),  # which variant
    ),
    min_size=1,
    max_size=40,
)


def _fault_plan(pick: int, variant: int) -> list[str]:
    if variant < 4:
        return []
    fault = "lost" if variant in (4, 6) else "cut"
    return ["pass"] * (pick % 4) + [fault]


@pytest.fixture(autouse=True)
def _small_pull_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.sync.client.DEFAULT_PULL_LIMIT", PULL_PAGE)


@settings(
    max_examples=int(os.environ.get("SOTB_CONVERGENCE_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(count=st.integers(2, 3), script=steps)
def test_every_school_converges_with_the_server(
    district: District,
    register_templates: Templates,
    tmp_path_factory: pytest.TempPathFactory,
    count: int,
    script: list[tuple[str, int, int, int]],
) -> None:
    folder = tmp_path_factory.mktemp("example")
    all_schools: list[School] = []
    try:
        for i in range(count):
            school = open_school(district, register_templates.empty, folder / str(i))
            all_schools.append(school)
            # Something for the district to edit from the start: a room, two items.
            school_step(school, "room+", 0, 0)
            school_step(school, "item+", 0, 1)
            school_step(school, "item+", 0, 2)
            school.client.sync_once()
        for op, k, pick, variant in script:
            school = all_schools[k % count]
            event(op if op not in ("district", "sync") else f"{op}-{variant}")
            if op == "district":
                district_step(district, all_schools, k % count, pick, variant)
            elif op == "sync":
                network_sync(school, _fault_plan(pick, variant))
            elif op == "usb":
                usb_sync(district, school, variant)
            else:
                try:
                    school_step(school, op, pick, variant)
                except ServiceError as exc:
                    assert exc.message  # refused by the services, as the officer would see
        for _ in range(2):
            for school in all_schools:
                school.client.sync_once()
        for school in all_schools:
            assert_converged(school.reg, district.engine)
            reasons = {r.reason for r in state.rejected(school.reg)}
            assert reasons <= {"owner_changed"}, reasons
            again = school.client.sync_once()
            assert (again.pushed, again.pulled) == (0, 0)
        assert_exactly_once(district.engine)
    finally:
        for school in all_schools:
            school.reg.close()


def test_a_transferred_row_reaches_the_receiving_school(
    district: District, register_templates: Templates, tmp_path: Path
) -> None:
    """A transfer as the district makes it: the receiving school gets the whole row; the
    giving school keeps its copy, and its later edits are refused as owner_changed."""
    a = open_school(district, register_templates.empty, tmp_path / "a")
    b = open_school(district, register_templates.empty, tmp_path / "b")
    try:
        room = rooms.create_room(a.reg, {"kind": "storeroom", "code": "KHO", "name": "Kho"})
        item = equipment.create_equipment(
            a.reg, {"asset_code": "TB-9001", "name": "Loa kéo", "room_id": room.id}
        )
        a.client.sync_once()
        with Session(district.engine) as s, pytest.raises(ValueError, match="room_id"):
            district_edit(s, "equipment", item.id, {"school_id": b.id})  # A's room stays
        with Session(district.engine) as s:
            district_edit(s, "equipment", item.id, {"school_id": b.id, "room_id": None})
        school_step(a, "item~", 0, 1)  # A, not knowing, writes a note on it
        a.client.sync_once()
        b.client.sync_once()
        assert assert_converged(b.reg, district.engine) == set()
        assert assert_converged(a.reg, district.engine) == {("equipment", item.id)}
        with b.reg.read() as s:
            moved = s.get(Equipment, item.id)
            assert moved is not None and moved.school_id == b.id and moved.name == "Loa kéo"
            assert moved.room_id is None and moved.asset_code == "TB-9001"
        assert equipment.find_by_asset_code(b.reg, "TB-9001") is not None  # searchable at B
        assert [r.reason for r in state.rejected(a.reg)] == ["owner_changed"]
        with district.engine.connect() as conn:
            notes = conn.execute(
                text("SELECT notes FROM equipment WHERE id = :i"), {"i": item.id}
            ).scalar_one()
        assert notes == ""  # A's note was refused
    finally:
        a.reg.close()
        b.reg.close()
