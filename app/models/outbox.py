"""The sync outbox: SQLite triggers record every change of a synced table.

The triggers write ``sync_outbox`` in the same transaction as the change itself, so a
bulk UPDATE is caught as surely as an ORM edit, and a rolled-back change leaves no
entry. While pulled changes are applied, ``sync_state.applying`` is 1 and the
triggers stay silent: what came from the server must not go back to it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow

# Tables whose rows travel to the district server, in the order a fresh server can
# apply them (parents first).
SYNCED_TABLES = (
    "school",
    "staff",
    "room",
    "equipment",
    "maintenance_plan",
    "maintenance_record",
    "fault_report",
    "loan",
    "room_usage",
    "inventory_count",
    "inventory_line",
    "disposal",
    "disposal_line",
    "transfer",
    "audit_entry",
)

# Columns derived on the PC (search text) never travel; the receiver rebuilds them.
LOCAL_COLUMNS = frozenset({"search_text", "name_norm", "asset_code_norm"})


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # a seq is never reused

    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(32), unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    changed: Mapped[str] = mapped_column(Text)  # JSON object of column -> new value
    base_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncState(Base):
    """One row of local sync flags."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    applying: Mapped[int] = mapped_column(Integer, default=0)


_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_QUIET = "(SELECT applying FROM sync_state WHERE id = 1) = 0"


def _value(column: str, json_columns: frozenset[str], row: str) -> str:
    # JSON columns are stored as text: json() keeps them as JSON inside the payload.
    return f"json({row}.{column})" if column in json_columns else f"{row}.{column}"


def trigger_ddl(
    table: str, columns: list[str], json_columns: frozenset[str] = frozenset()
) -> list[str]:
    """CREATE TRIGGER statements that feed the outbox from ``table``.

    ``columns`` is frozen by the migration that calls this, so a later schema change
    must write new triggers in its own migration (a test compares them with the models).
    """
    synced = [c for c in columns if c not in LOCAL_COLUMNS]
    insert_pairs = ", ".join(f"'{c}', {_value(c, json_columns, 'new')}" for c in synced)
    # Only the columns that changed: each pair's path is '$._' when unchanged, and that
    # key is removed at the end (one json_set call, no subquery, JSON kept as JSON).
    update_args = ", ".join(
        f"CASE WHEN new.{c} IS NOT old.{c} THEN '$.{c}' ELSE '$._' END, "
        f"{_value(c, json_columns, 'new')}"
        for c in synced
        if c != "version"
    )
    columns_sql = "change_id, table_name, row_id, op, changed, base_version, created_at"
    change_id = "lower(hex(randomblob(16)))"
    return [
        f"""CREATE TRIGGER sync_outbox_{table}_insert AFTER INSERT ON {table}
        WHEN {_QUIET}
        BEGIN
            INSERT INTO sync_outbox ({columns_sql})
            VALUES ({change_id}, '{table}', new.id, 'insert', json_object({insert_pairs}),
                    0, {_NOW});
        END""",
        f"""CREATE TRIGGER sync_outbox_{table}_update AFTER UPDATE ON {table}
        WHEN {_QUIET}
        BEGIN
            INSERT INTO sync_outbox ({columns_sql})
            SELECT {change_id}, '{table}', new.id, 'update', changed, old.version, {_NOW}
            FROM (SELECT json_remove(json_set('{{}}', {update_args}), '$._') AS changed)
            WHERE changed <> '{{}}';
        END""",
        f"""CREATE TRIGGER sync_outbox_{table}_delete AFTER DELETE ON {table}
        WHEN {_QUIET}
        BEGIN
            INSERT INTO sync_outbox ({columns_sql})
            VALUES ({change_id}, '{table}', old.id, 'delete', '{{}}', old.version, {_NOW});
        END""",
    ]


def queue_all_sql(
    table: str,
    columns: list[str],
    json_columns: frozenset[str] = frozenset(),
    op: str = "insert",
    omit: frozenset[str] = frozenset(),
) -> str:
    """One INSERT ... SELECT that queues every row of ``table`` as ``op``, its payload
    built exactly as the insert trigger builds it (the first upload after enrollment)."""
    synced = [c for c in columns if c not in LOCAL_COLUMNS and c not in omit]
    pairs = ", ".join(f"'{c}', {_value(c, json_columns, table)}" for c in synced)
    return f"""INSERT INTO sync_outbox
        (change_id, table_name, row_id, op, changed, base_version, created_at)
        SELECT lower(hex(randomblob(16))), '{table}', {table}.id, '{op}', json_object({pairs}),
               0, {_NOW}
        FROM {table} ORDER BY {table}.rowid"""


def drop_trigger_ddl(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS sync_outbox_{table}_{kind}"
        for kind in ("insert", "update", "delete")
    ]
