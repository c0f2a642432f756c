"""Shared fixtures: a migrated register built once per session, copied for each test.

Building the schema (Alembic) once and copying the file per test keeps every test on
a real SQLite file with the production pragmas while staying fast (Anki's approach).
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from app.models import Base, Equipment, Room
from app.services import equipment, rooms
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schools import set_up_school

SCHOOL = {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
ACTOR = "Nguyễn Thị Lan"


@dataclass(frozen=True)
class Templates:
    empty: Path  # migrated, no school
    school: Path  # migrated, school set up


@pytest.fixture(scope="session")
def register_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite"
    Register.open(empty, actor="fixture").close()
    school = folder / "school.sqlite"
    shutil.copyfile(empty, school)
    reg = Register.open(school, actor="fixture")
    try:
        set_up_school(reg, SCHOOL)
    finally:
        reg.close()
    # Closing the last connection checkpoints the WAL: each template is one file.
    for path in (empty, school):
        assert not path.with_name(path.name + "-wal").exists()
    return Templates(empty, school)


def open_copy(template: Path, folder: Path, name: str = "register.sqlite") -> Iterator[Register]:
    path = folder / name
    shutil.copyfile(template, path)
    reg = Register.open(path, actor=ACTOR)
    try:
        yield reg
    finally:
        reg.close()


@pytest.fixture
def register(register_templates: Templates, tmp_path: Path) -> Iterator[Register]:
    """A register of one school (Trường THCS Nguyễn Du), private to this test."""
    yield from open_copy(register_templates.school, tmp_path)


@pytest.fixture
def empty_register(register_templates: Templates, tmp_path: Path) -> Iterator[Register]:
    """A migrated register with no school declared yet (first run)."""
    yield from open_copy(register_templates.empty, tmp_path)


# -- helpers -------------------------------------------------------------------------


def looks_vietnamese(message: str) -> bool:
    """True for text written with Vietnamese letters (accents or đ), not bare ASCII."""
    decomposed = unicodedata.normalize("NFD", message)
    return "đ" in message.lower() or any(unicodedata.combining(c) for c in decomposed)


def table_state(reg: Register) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the register, for "nothing was written" checks."""
    names = sorted(set(inspect(reg.engine).get_table_names()) & set(Base.metadata.tables))
    state: dict[str, list[tuple[Any, ...]]] = {}
    with reg.engine.connect() as conn:
        for name in names:
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            state[name] = sorted((tuple(r) for r in rows), key=repr)
    return state


@pytest.fixture
def snapshot() -> Callable[[Register], dict[str, list[tuple[Any, ...]]]]:
    return table_state


Refused = Callable[..., ServiceError]


@pytest.fixture
def refused() -> Refused:
    """Call a service expecting a ServiceError; check the message and that nothing changed.

    ``refused(reg, fn, *args, field="quantity", **kwargs)`` returns the error.
    """

    def check(
        reg: Register, fn: Callable[..., Any], *args: Any, field: str | None = None, **kw: Any
    ) -> ServiceError:
        before = table_state(reg)
        with pytest.raises(ServiceError) as info:
            fn(reg, *args, **kw)
        err = info.value
        assert err.message, "a refusal must say why"
        assert looks_vietnamese(err.message), err.message
        assert str(err) == err.message
        if field is not None:
            assert field in err.fields, (field, err.fields)
            assert looks_vietnamese(err.fields[field]), err.fields
        assert table_state(reg) == before, "a refused change must leave nothing written"
        return err

    return check


@pytest.fixture
def add_room() -> Callable[..., Room]:
    def make(reg: Register, code: str = "P.TIN1", name: str = "Phòng Tin học 1", **kw: Any) -> Room:
        data: dict[str, Any] = {"kind": "subject", "subject_type": "tin_hoc"}
        data.update(kw)
        data.update(code=code, name=name)
        return rooms.create_room(reg, data)

    return make


@pytest.fixture
def add_item() -> Callable[..., Equipment]:
    def make(reg: Register, asset_code: str, name: str, **kw: Any) -> Equipment:
        return equipment.create_equipment(reg, {"asset_code": asset_code, "name": name, **kw})

    return make


@pytest.fixture(scope="session")
def libreoffice() -> str:
    """soffice, or a skip (a failure under CI) saying it is missing."""
    from tests.system import LIBREOFFICE_WHY, need_program

    return need_program("soffice", LIBREOFFICE_WHY)


@pytest.fixture(scope="session", autouse=True)
def server_key_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The district server's key file (app/server/keys.py) in a temporary folder, for
    the in-process servers and the server processes the tests start."""
    import os

    from app.server.keys import KEY_FILE_ENV, ensure_server_key

    path = tmp_path_factory.mktemp("server-key") / "sotb-server.key"
    before = os.environ.get(KEY_FILE_ENV)
    os.environ[KEY_FILE_ENV] = str(path)
    ensure_server_key()  # as sotb-server serve makes it
    yield path
    if before is None:
        os.environ.pop(KEY_FILE_ENV, None)
    else:
        os.environ[KEY_FILE_ENV] = before
