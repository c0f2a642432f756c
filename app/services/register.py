"""The open register: engine, the school it belongs to, who is working, and transactions."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.models import AppSetting, School
from app.models.db import session_factory
from app.models.migrate import MigrationReport, open_register
from app.services.errors import ServiceError

SCHOOL_ID_KEY = "school_id"


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows set-ups
        return "officer"


@dataclass
class Register:
    """What every service call needs. Services are its only writers."""

    engine: Engine
    actor: str = field(default_factory=default_actor)
    path: Path | None = None
    migration: MigrationReport | None = None
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False)
    _school_id: str | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._reader = session_factory(self.engine)
        self._writer = session_factory(self.engine, write=True)

    @classmethod
    def open(cls, path: Path, actor: str | None = None) -> Register:
        engine, report = open_register(path)
        reg = cls(engine, path=path, migration=report)
        if actor:
            reg.actor = actor
        return reg

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One all-or-nothing transaction; database failures become ServiceError."""
        try:
            with self._writer() as session, session.begin():
                yield session
        except StaleDataError as exc:
            raise ServiceError(
                "Dữ liệu vừa được thay đổi ở nơi khác. Hãy mở lại và sửa lần nữa."
            ) from exc
        except IntegrityError as exc:
            raise ServiceError(
                f"Dữ liệu không hợp lệ, chưa lưu gì: {exc.orig}. Hãy kiểm tra lại các ô đã nhập."
            ) from exc
        except OperationalError as exc:
            raise ServiceError(_operational_message(exc)) from exc

    # -- the school this register belongs to -------------------------------------------

    @property
    def school_id(self) -> str:
        if self._school_id is None:
            with self.read() as s:
                value = s.get(AppSetting, SCHOOL_ID_KEY)
            if value is None or not value.value:
                raise ServiceError("Sổ chưa có thông tin trường. Hãy khai báo trường trước.")
            self._school_id = value.value
        return self._school_id

    def has_school(self) -> bool:
        with self.read() as s:
            setting = s.get(AppSetting, SCHOOL_ID_KEY)
            return setting is not None and s.get(School, setting.value) is not None

    def school(self) -> School:
        with self.read() as s:
            school = s.scalars(select(School).where(School.id == self.school_id)).one()
        return school

    def forget_school_cache(self) -> None:
        self._school_id = None


def _operational_message(exc: OperationalError) -> str:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return (
            "Sổ đang được một chương trình khác ghi. Chưa lưu gì; "
            "hãy đóng chương trình đó rồi thử lại."
        )
    if "full" in text:
        return "Ổ đĩa đã đầy. Chưa lưu gì; hãy giải phóng dung lượng rồi thử lại."
    if "readonly" in text or "read-only" in text:
        return "Tệp sổ chỉ cho phép đọc. Chưa lưu gì; hãy kiểm tra quyền ghi của thư mục."
    return f"Lỗi khi ghi sổ, chưa lưu gì: {exc.orig}"
