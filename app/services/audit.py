"""The audit trail: who changed what, when. Written inside each service transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services.register import Register


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields whose value changed."""
    return {
        key: [jsonable(before.get(key)), jsonable(value)]
        for key, value in after.items()
        if jsonable(before.get(key)) != jsonable(value)
    }


def record(
    session: Session,
    reg: Register,
    entity: str,
    entity_id: str,
    action: str,
    changes: dict[str, Any] | None = None,
    summary: str = "",
    school_id: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        school_id=school_id or reg.school_id,
        actor=reg.actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        changes=changes or {},
        summary=summary[:300],
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    action: str
    summary: str
    changes: dict[str, Any]


def history(reg: Register, entity: str, entity_id: str) -> list[HistoryLine]:
    """The audit trail of one row, newest first."""
    with reg.read() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        ).all()
    return [HistoryLine(r.at, r.actor, r.action, r.summary, r.changes) for r in rows]


def bulk_row(
    reg: Register,
    stamp: datetime,
    entity: str,
    entity_id: str,
    action: str,
    summary: str,
) -> dict[str, Any]:
    """An audit line as a plain row, for INSERTs of many at once (a demo or an import):
    the same line ``record`` writes, with no changes to list."""
    from app.models.ids import uuid7

    return {
        "id": uuid7(),
        "school_id": reg.school_id,
        "created_at": stamp,
        "updated_at": stamp,
        "deleted_at": None,
        "version": 1,
        "at": stamp,
        "actor": reg.actor,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "changes": {},
        "summary": summary[:300],
    }
