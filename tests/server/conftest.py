"""Server fixtures: a migrated server database on SQLite and on PostgreSQL.

``server_engine`` is parametrized over both backends. The PostgreSQL case runs only
when TEST_DATABASE_URL names a PostgreSQL database (e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/test``) and otherwise skips saying so.
Each PostgreSQL test works in a fresh schema of its own (search_path), dropped
afterwards, as in tests/models/test_postgres.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from app import __version__
from app.models.db import make_engine
from app.server import admin
from app.server.api import create_app
from app.server.db import migrate
from app.server.versions import schema_versions
from app.sync.protocol import API_PREFIX, APP_HEADER, DEVICE_HEADER, SCHEMA_HEADER
from tests.postgres import fresh_schema, postgres_url

SCHOOL_A = {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
SCHOOL_B = {"code": "79000702", "name": "Trường TH Lê Lợi", "level": "TH"}
HEAD_SCHEMA = schema_versions()[-1]


@dataclass(frozen=True)
class ServerDb:
    engine: Engine
    url: str  # an URL that reaches the same database (and schema), for the CLI


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated server database file, built once and copied for each test."""
    path = tmp_path_factory.mktemp("server-template") / "server.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()  # the last connection checkpoints the WAL: one file to copy
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerDb]:
    """A migrated, empty server database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
        engine = make_engine(url, pool_pre_ping=True)
        try:
            yield ServerDb(engine, url)
        finally:
            engine.dispose()
        return
    with fresh_schema(postgres_url()) as (engine, url):
        migrate(engine)
        yield ServerDb(engine, url)


@pytest.fixture
def server_engine(server_db: ServerDb) -> Engine:
    return server_db.engine


@pytest.fixture
def session(server_engine: Engine) -> Iterator[Session]:
    with Session(server_engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture
def client(server_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(server_engine)) as c:
        yield c


@dataclass
class Schools:
    a_id: str
    b_id: str


@pytest.fixture
def schools(server_engine: Engine) -> Schools:
    with Session(server_engine) as s:
        a = admin.add_school(s, SCHOOL_A)
        b = admin.add_school(s, SCHOOL_B)
        s.commit()
        return Schools(a.id, b.id)


def new_code(engine: Engine, school: str = SCHOOL_A["code"], hours: float = 72) -> str:
    with Session(engine) as s:
        code = admin.make_enroll_code(s, school, hours)
        s.commit()
    return code


def enroll_body(code: str, **over: Any) -> dict[str, Any]:
    body = {
        "code": code,
        "device_name": "Máy phòng thiết bị",
        "app_version": __version__,
        "schema_version": HEAD_SCHEMA,
    }
    body.update(over)
    return body


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    secret: str
    school_id: str

    def headers(self, **over: str) -> dict[str, str]:
        h = {
            DEVICE_HEADER: self.device_id,
            "Authorization": f"Bearer {self.secret}",
            SCHEMA_HEADER: HEAD_SCHEMA,
            APP_HEADER: __version__,
        }
        h.update(over)
        return h


def enroll_device(client: TestClient, engine: Engine, school: str = SCHOOL_A["code"]) -> Enrolled:
    response = client.post(f"{API_PREFIX}/enroll", json=enroll_body(new_code(engine, school)))
    assert response.status_code == 200, response.text
    data = response.json()
    return Enrolled(data["device_id"], data["device_secret"], data["school_id"])


def db_state(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for "the refusal changed nothing" checks."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            state[name] = sorted((tuple(r) for r in rows), key=repr)
    return state
