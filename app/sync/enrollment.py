"""Joining the district: the register takes the school id the district gave it, and
everything it already holds is queued as the first upload."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table, delete, insert, select, text, update
from sqlalchemy.orm import Session

from app.models import AppSetting, Base, SyncOutbox
from app.models.ids import uuid7
from app.models.outbox import LOCAL_COLUMNS, SYNCED_TABLES
from app.services.register import SCHOOL_ID_KEY, Register


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


def _row_payload(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {k: wire_value(v) for k, v in row.items() if k not in LOCAL_COLUMNS}


def _queue(
    s: Session, table: str, row_id: str, op: str, changed: dict[str, Any], base: int
) -> None:
    s.execute(
        insert(SyncOutbox).values(
            change_id=uuid7().replace("-", ""),
            table_name=table,
            row_id=row_id,
            op=op,
            changed=json.dumps(changed, ensure_ascii=False),
            base_version=base,
            created_at=datetime.now(UTC),
        )
    )


def adopt_school(reg: Register, school_id: str) -> int:
    """Move every row to ``school_id`` (the district's id of this school) and queue the
    whole register for upload, in one transaction. Returns how many rows are queued."""
    old_id = reg.school_id
    queued = 0
    with reg.write() as s:
        s.execute(text("UPDATE sync_state SET applying = 1"))  # our own rewrite: no outbox
        if old_id != school_id:
            # The rows point at the school: let the foreign keys be checked at commit,
            # once the school and every row carry the new id.
            s.execute(text("PRAGMA defer_foreign_keys = ON"))
            school = Base.metadata.tables["school"]
            s.execute(update(school).where(school.c.id == old_id).values(id=school_id))
            for name in SYNCED_TABLES:
                if name != "school":
                    t = Base.metadata.tables[name]
                    s.execute(update(t).where(t.c.school_id == old_id).values(school_id=school_id))
            s.merge(AppSetting(key=SCHOOL_ID_KEY, value=school_id))
        # What was queued before refers to the old id: start the first upload afresh.
        s.execute(delete(SyncOutbox))
        for name in SYNCED_TABLES:
            t = Base.metadata.tables[name]
            for mapping in s.execute(select(t)).mappings():
                payload = _row_payload(t, dict(mapping))
                row_id = mapping["id"]
                if name == "school":
                    # The district made the school: send the officer's details as an edit.
                    payload.pop("id")
                    _queue(s, name, row_id, "update", payload, 0)
                else:
                    _queue(s, name, row_id, "insert", payload, 0)
                queued += 1
        s.execute(text("UPDATE sync_state SET applying = 0"))
    reg.forget_school_cache()
    return queued
