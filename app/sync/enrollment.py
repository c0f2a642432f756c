"""Joining the district: the register takes the school id the district gave it, and
everything it already holds is queued as the first upload."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import JSON, delete, func, select, text, update
from sqlalchemy.orm import Session

from app.models import AppSetting, Base, SyncOutbox
from app.models.outbox import SYNCED_TABLES, queue_all_sql
from app.services.register import SCHOOL_ID_KEY, Register
from app.sync import state


def wire_value(value: Any) -> Any:
    """A column value as the outbox triggers write it (so the server reads both alike)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _queue_every_row(s: Session) -> int:
    """Queue every row of every synced table, parents first, one INSERT ... SELECT per
    table (a row at a time took minutes at 100,000 items). Returns how many."""
    before = int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)
    for name in SYNCED_TABLES:
        t = Base.metadata.tables[name]
        json_columns = frozenset(c.name for c in t.columns if isinstance(c.type, JSON))
        # The district made the school: the officer's details go as an edit of it.
        op, omit = ("update", frozenset({"id"})) if name == "school" else ("insert", frozenset())
        s.execute(text(queue_all_sql(name, list(t.columns.keys()), json_columns, op, omit)))
    return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0) - before


def resend_everything(reg: Register, server_cursor: int) -> int:
    """The server has lost changes it had acknowledged (it was restored from a backup):
    queue the whole register again after the pending deletes (the rows carry every
    other pending edit), and count from the server's cursor. Returns how many rows."""
    with reg.write() as s:
        s.execute(delete(SyncOutbox).where(SyncOutbox.op != "delete"))
        queued = _queue_every_row(s)
        state.set_push_cursor(s, server_cursor)
    return queued


def adopt_school(reg: Register, school_id: str) -> int:
    """Move every row to ``school_id`` (the district's id of this school) and queue the
    whole register for upload, in one transaction. Returns how many rows are queued."""
    old_id = reg.school_id
    with reg.write() as s:
        s.execute(text("UPDATE sync_state SET applying = 1"))  # our own rewrite: no outbox
        if old_id != school_id:
            # The rows point at the school: let the foreign keys be checked at commit,
            # once the school and every row carry the new id.
            s.execute(text("PRAGMA defer_foreign_keys = ON"))
            school = Base.metadata.tables["school"]
            # A re-key, not an edit: updated_at keeps its value (no onupdate stamp).
            s.execute(
                update(school)
                .where(school.c.id == old_id)
                .values(id=school_id, updated_at=school.c.updated_at)
            )
            for name in SYNCED_TABLES:
                if name != "school":
                    t = Base.metadata.tables[name]
                    s.execute(
                        update(t)
                        .where(t.c.school_id == old_id)
                        .values(school_id=school_id, updated_at=t.c.updated_at)
                    )
            # The school's own history lines name it by id too.
            audit = Base.metadata.tables["audit_entry"]
            s.execute(
                update(audit)
                .where(audit.c.entity == "school", audit.c.entity_id == old_id)
                .values(entity_id=school_id, updated_at=audit.c.updated_at)
            )
            s.merge(AppSetting(key=SCHOOL_ID_KEY, value=school_id))
        # What was queued before refers to the old id: start the first upload afresh.
        s.execute(delete(SyncOutbox))
        queued = _queue_every_row(s)
        s.execute(text("UPDATE sync_state SET applying = 0"))
    reg.forget_school_cache()
    return queued
