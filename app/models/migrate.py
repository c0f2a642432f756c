"""Bring a register file to the current schema, with a backup copy first."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
KEEP_BACKUPS = 10


class RegisterFileError(Exception):
    """The register file cannot be opened as it is; the message says what to do."""


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live SQLite file with the backup API (consistent even in WAL mode)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{stamp}-{label}.sqlite"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    backups = sorted(backup_dir.glob(f"{path.stem}-*.sqlite"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(16)
    if header != b"SQLite format 3\x00":
        raise RegisterFileError(
            f"Tệp {path} không phải là sổ thiết bị (không phải cơ sở dữ liệu SQLite). "
            "Hãy chọn đúng tệp sổ hoặc khôi phục từ bản sao lưu."
        )


def upgrade(engine: Engine, backup_dir: Path | None = None) -> MigrationReport:
    """Apply pending migrations; a SQLite file with data is backed up first."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return MigrationReport(current, head, None)
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise RegisterFileError(
            "Sổ thiết bị này được tạo bởi phiên bản mới hơn của phần mềm. "
            "Hãy cập nhật Sổ Thiết Bị lên phiên bản mới nhất rồi mở lại."
        )
    backup = None
    db_path = engine.url.database
    if engine.dialect.name == "sqlite" and db_path and db_path != ":memory:":
        path = Path(db_path)
        has_tables = bool(inspect(engine).get_table_names())
        if has_tables:
            backup = backup_sqlite(path, backup_dir or path.parent / "backups", f"before-{head}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationReport(current, head, backup)


def open_register(path: Path, backup_dir: Path | None = None) -> tuple[Engine, MigrationReport]:
    """Open (creating if needed) and migrate the register file at ``path``."""
    from sqlalchemy.exc import DatabaseError

    from app.models.db import open_sqlite

    if path.is_dir():
        raise RegisterFileError(
            f"{path} là một thư mục, không phải tệp sổ. Hãy chọn tệp sổ (ví dụ register.sqlite)."
        )
    _check_is_sqlite(path)
    try:
        engine = open_sqlite(path)
    except OSError as exc:
        raise RegisterFileError(_cannot_write(path, exc)) from exc
    try:
        report = upgrade(engine, backup_dir)
    except DatabaseError as exc:
        engine.dispose()
        text = str(exc.orig).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise RegisterFileError(_cannot_write(path, exc.orig)) from exc
        raise RegisterFileError(
            f"Không mở được sổ thiết bị {path}: tệp bị hỏng hoặc đang bị khóa ({exc.orig}). "
            "Hãy đóng các chương trình khác đang mở tệp, hoặc khôi phục từ bản sao lưu."
        ) from exc
    except OSError as exc:  # e.g. the backup folder cannot be written
        engine.dispose()
        raise RegisterFileError(_cannot_write(path, exc)) from exc
    except BaseException:
        # A refused or failed file must not stay open (Windows would keep it locked).
        engine.dispose()
        raise
    return engine, report


def _cannot_write(path: Path, exc: object) -> str:
    return (
        f"Không ghi được vào sổ thiết bị {path} ({exc}). Hãy kiểm tra quyền ghi của thư mục "
        "(hoặc ổ USB/thẻ nhớ có đang bị khóa ghi), hoặc chọn một thư mục khác."
    )
