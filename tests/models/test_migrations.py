"""Opening and migrating register files: schema, pragmas, backups, refused files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from app.models import Base, Equipment
from app.models import migrate as migrate_module
from app.models.db import open_sqlite
from app.models.migrate import (
    KEEP_BACKUPS,
    RegisterFileError,
    backup_sqlite,
    head_revision,
    open_register,
)
from app.models.outbox import SYNCED_TABLES
from app.services import equipment
from app.services.register import Register

FTS_OBJECTS = {
    "equipment_fts",
    "equipment_fts_data",
    "equipment_fts_idx",
    "equipment_fts_docsize",
    "equipment_fts_config",
}
# SQLite's own table behind the outbox's AUTOINCREMENT sequence.
SQLITE_INTERNAL = {"sqlite_sequence"}
TRIGGERS = {"equipment_fts_ai", "equipment_fts_ad", "equipment_fts_au"} | {
    f"sync_outbox_{table}_{op}" for table in SYNCED_TABLES for op in ("insert", "update", "delete")
}


def schema_dump(path: Path) -> list[tuple[str, str, str | None]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()


def query(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def open_handles(path: Path) -> list[str]:
    """Files of this process whose name starts with ``path`` (the db, -wal, -shm)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        pytest.skip("no /proc/self/fd on this system")
    found = []
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(fd_dir / fd)
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """A register file just created and migrated to head, closed again."""
    path = tmp_path / "so-thiet-bi.sqlite"
    engine, _ = open_register(path)
    engine.dispose()
    return path


# -- a new file ------------------------------------------------------------------------


def test_upgrade_empty_file_to_head(tmp_path):
    path = tmp_path / "new" / "register.sqlite"  # the folder is created too
    engine, report = open_register(path)
    try:
        assert report.from_revision is None
        assert report.to_revision == head_revision() == CURRENT
        assert report.changed
        assert report.backup is None  # nothing to back up in a new file
        with engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            }
            triggers = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
            }
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert (
            tables
            == set(Base.metadata.tables) | {"alembic_version"} | FTS_OBJECTS | SQLITE_INTERNAL
        )
        assert triggers == TRIGGERS
        assert version == head_revision()
    finally:
        engine.dispose()
    assert not (tmp_path / "new" / "backups").exists()


def test_zero_byte_file_is_treated_as_new(tmp_path):
    path = tmp_path / "register.sqlite"
    path.touch()
    engine, report = open_register(path)
    engine.dispose()
    assert report.from_revision is None
    assert ("table", "equipment") in {(t, n) for t, n, _ in schema_dump(path)}


def test_migrated_schema_matches_the_models(fresh):
    """No drift between app/models and the migrations (the FTS index is SQLite-only)."""
    engine = open_sqlite(fresh)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, _parent: (
                        not (kind == "table" and name in FTS_OBJECTS)
                    ),
                },
            )
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        engine.dispose()


def test_connection_pragmas(fresh):
    engine = open_sqlite(fresh)
    try:
        with engine.connect() as conn:

            def pragma(name: str):
                return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == 5000
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(fresh):
    engine = open_sqlite(fresh)
    try:
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(
                insert(Equipment).values(
                    id="x",
                    school_id="no-such-school",
                    asset_code="A",
                    asset_code_norm="a",
                    name="B",
                    category="tool",
                )
            )
    finally:
        engine.dispose()
    assert query(fresh, "SELECT count(*) FROM equipment") == [(0,)]


def test_fts_triggers_follow_inserts_updates_and_deletes(register, add_item):
    item = add_item(register, "TB-0001", "Máy chiếu")
    with register.engine.begin() as conn:

        def hits(word: str) -> int:
            return conn.execute(
                text("SELECT count(*) FROM equipment_fts WHERE equipment_fts MATCH :q"),
                {"q": word},
            ).scalar_one()

        assert hits("chieu") == 1
        conn.execute(
            text("UPDATE equipment SET search_text = 'loa keo' WHERE id = :id"), {"id": item.id}
        )
        assert (hits("chieu"), hits("loa")) == (0, 1)
        conn.execute(text("DELETE FROM equipment"))
        assert hits("loa") == 0
        conn.execute(text("INSERT INTO equipment_fts(equipment_fts) VALUES('integrity-check')"))


# -- opening again ---------------------------------------------------------------------


def test_second_open_changes_nothing(fresh):
    reg = Register.open(fresh, actor="kiểm tra")
    try:
        from app.services.schools import set_up_school

        set_up_school(reg, {"code": "1", "name": "Trường Tiểu học Kim Đồng", "level": "TH"})
    finally:
        reg.close()
    before = schema_dump(fresh)
    content = query(fresh, "SELECT id, name FROM school")

    engine, report = open_register(fresh)
    engine.dispose()

    assert not report.changed
    assert report.from_revision == report.to_revision == head_revision()
    assert report.backup is None
    assert not (fresh.parent / "backups").exists()
    assert schema_dump(fresh) == before
    assert query(fresh, "SELECT id, name FROM school") == content


# -- a pending migration: backup first -----------------------------------------------------

CURRENT = head_revision()  # of the real migrations, before any test swaps them
PROBE = "9001"

PROBE_MIGRATION = '''"""test probe"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{current}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("migration_probe", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO migration_probe (id) VALUES (1)")
    op.execute("UPDATE equipment SET notes = 'migrated'")
    {fail}


def downgrade():
    op.drop_table("migration_probe")
'''


def _migrations_with_second_revision(tmp_path: Path, revision: str, fail: bool) -> Path:
    """A copy of the real migrations plus one newer revision (today's head becomes "older")."""
    target = tmp_path / f"migrations-{revision}"
    shutil.copytree(
        migrate_module.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__")
    )
    body = PROBE_MIGRATION.format(
        revision=revision,
        current=CURRENT,
        fail="raise RuntimeError('migration failed')" if fail else "",
    )
    (target / "versions" / f"{revision}_probe.py").write_text(body, "utf-8")
    return target


@pytest.fixture
def file_at_head_with_data(register, add_room, add_item):
    """A real register at today's head revision holding a room and an item, closed."""
    room = add_room(register)
    add_item(register, "TB-0001", "Máy chiếu", room_id=room.id, notes="trước")
    register.close()
    assert query(register.path, "SELECT version_num FROM alembic_version") == [(CURRENT,)]
    return register.path


def test_pending_migration_backs_up_then_upgrades(file_at_head_with_data, tmp_path, monkeypatch):
    path = file_at_head_with_data
    monkeypatch.setattr(
        migrate_module, "MIGRATIONS_DIR", _migrations_with_second_revision(tmp_path, PROBE, False)
    )
    assert head_revision() == PROBE

    reg = Register.open(path)
    try:
        report = reg.migration
        assert report is not None
        assert (report.from_revision, report.to_revision, report.changed) == (CURRENT, PROBE, True)
        assert report.backup is not None and report.backup.exists()
        assert report.backup.parent == path.parent / "backups"
        assert f"before-{PROBE}" in report.backup.name
        # The register still works after the migration.
        assert equipment.find_by_asset_code(reg, "TB-0001") is not None
    finally:
        reg.close()

    assert query(path, "SELECT version_num FROM alembic_version") == [(PROBE,)]
    assert query(path, "SELECT id FROM migration_probe") == [(1,)]
    assert query(path, "SELECT notes FROM equipment") == [("migrated",)]
    # The backup is the file as it was before the migration.
    backup = report.backup
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert query(backup, "SELECT version_num FROM alembic_version") == [(CURRENT,)]
    assert query(backup, "SELECT asset_code, notes FROM equipment") == [("TB-0001", "trước")]
    assert "migration_probe" not in {n for _, n, _ in schema_dump(backup)}


def test_pending_migration_backup_goes_to_chosen_folder(
    file_at_head_with_data, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        migrate_module, "MIGRATIONS_DIR", _migrations_with_second_revision(tmp_path, PROBE, False)
    )
    chosen = tmp_path / "sao-luu"
    engine, report = open_register(file_at_head_with_data, backup_dir=chosen)
    engine.dispose()
    assert report.backup is not None and report.backup.parent == chosen
    assert [p.name for p in chosen.iterdir()] == [report.backup.name]


def test_failed_migration_leaves_file_as_it_was(file_at_head_with_data, tmp_path, monkeypatch):
    path = file_at_head_with_data
    schema_before = schema_dump(path)
    monkeypatch.setattr(
        migrate_module, "MIGRATIONS_DIR", _migrations_with_second_revision(tmp_path, PROBE, True)
    )
    with pytest.raises(RuntimeError, match="migration failed"):
        open_register(path)

    assert open_handles(path) == []
    assert schema_dump(path) == schema_before  # the half-done DDL was rolled back
    assert query(path, "SELECT version_num FROM alembic_version") == [(CURRENT,)]
    assert query(path, "SELECT notes FROM equipment") == [("trước",)]
    backups = list((path.parent / "backups").iterdir())
    assert len(backups) == 1
    assert query(backups[0], "SELECT asset_code FROM equipment") == [("TB-0001",)]


def test_backup_includes_committed_wal_content(register, add_item, tmp_path):
    """The backup API copies what is committed even while it sits in the WAL."""
    add_item(register, "TB-0001", "Máy chiếu")
    add_item(register, "TB-0002", "Loa")
    assert register.path.with_name(register.path.name + "-wal").stat().st_size > 0
    target = backup_sqlite(register.path, tmp_path / "bk", "manual")
    assert target.name.startswith("register-") and target.name.endswith("-manual.sqlite")
    assert query(target, "SELECT asset_code FROM equipment ORDER BY 1") == [
        ("TB-0001",),
        ("TB-0002",),
    ]
    assert query(target, "PRAGMA integrity_check") == [("ok",)]


def test_backup_keeps_the_newest_copies(fresh, tmp_path):
    folder = tmp_path / "bk"
    made = [backup_sqlite(fresh, folder, f"n{i:02d}") for i in range(KEEP_BACKUPS + 3)]
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == KEEP_BACKUPS
    assert kept == sorted(p.name for p in made[-KEEP_BACKUPS:])


# -- files that must be refused ------------------------------------------------------------


def test_text_file_renamed_to_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "danh-sach.sqlite"
    content = "STT;Tên thiết bị;Số lượng\n1;Máy chiếu;2\n".encode()
    path.write_bytes(content)

    with pytest.raises(RegisterFileError) as info:
        Register.open(path)
    message = str(info.value)
    assert "không phải là sổ thiết bị" in message
    assert str(path) in message
    assert "sao lưu" in message  # says what to do
    assert path.read_bytes() == content
    assert siblings(path) == {path.name}
    assert open_handles(path) == []


def test_corrupt_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "hong.sqlite"
    content = b"SQLite format 3\x00" + bytes(range(256)) * 20
    path.write_bytes(content)

    with pytest.raises(RegisterFileError) as info:
        open_register(path)
    assert "bị hỏng" in str(info.value)
    assert path.read_bytes() == content
    assert not (tmp_path / "backups").exists()
    assert open_handles(path) == []


def test_file_from_a_newer_version_is_refused(fresh):
    con = sqlite3.connect(fresh)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    content = fresh.read_bytes()

    with pytest.raises(RegisterFileError) as info:
        Register.open(fresh)
    assert "phiên bản mới hơn" in str(info.value)
    assert query(fresh, "SELECT version_num FROM alembic_version") == [("9999_future",)]
    assert fresh.read_bytes() == content
    assert not (fresh.parent / "backups").exists()
    # Refused files are not kept open (on Windows an open file cannot be moved or replaced).
    assert open_handles(fresh) == []
    assert siblings(fresh) == {fresh.name}
