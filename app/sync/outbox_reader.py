"""Reading the outbox into push batches, and taking the server's answer.

A batch covers the lowest pending ``device_seq`` values. Its ``first_seq`` is the
acknowledged cursor + 1 (the outbox has gaps: a seq is never reused and an entry
emptied by a pulled conflict is dropped), so the server can tell a resend from a gap.
The batch id is derived from the range, so the resend of a batch whose answer was lost
carries the same id and gets the stored answer back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import __version__
from app.models import SyncConflict, SyncOutbox, SyncRejected
from app.services.register import Register
from app.sync import state
from app.sync.protocol import MAX_BATCH, Change, ChangeStatus, PushRequest, PushResponse


def batch_id(device_id: str, first_seq: int, last_seq: int) -> str:
    """The idempotency key of the batch covering ``first_seq..last_seq`` (stable)."""
    return f"{device_id}:{first_seq}-{last_seq}"


class PendingEntry(NamedTuple):
    """An outbox entry as read for a batch (plain tuples: ORM objects cost more than
    the query at a first upload's 280,000 entries)."""

    device_seq: int
    change_id: str
    table_name: str
    row_id: str
    op: str
    changed: str  # JSON text
    base_version: int


def to_change(entry: PendingEntry) -> Change:
    return Change(
        change_id=entry.change_id,
        device_seq=entry.device_seq,
        table=entry.table_name,  # type: ignore[arg-type]
        row_id=entry.row_id,
        op=entry.op,  # type: ignore[arg-type]
        changed=json.loads(entry.changed),
        base_version=entry.base_version,
    )


def pending_entries(
    s: Session, limit: int | None = None, after: int | None = None
) -> list[PendingEntry]:
    stmt = select(*(SyncOutbox.__table__.c[name] for name in PendingEntry._fields)).order_by(
        SyncOutbox.device_seq
    )
    if after is not None:
        stmt = stmt.where(SyncOutbox.device_seq > after)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [PendingEntry(*row) for row in s.execute(stmt)]


def first_seq_of(acknowledged: int, entries: list[PendingEntry]) -> int:
    """Where the next batch starts: just after the acknowledged cursor (or at the first
    entry, should one lie at or below it)."""
    first = acknowledged + 1
    return min(first, entries[0].device_seq) if entries else first


@dataclass(frozen=True)
class PendingBatch:
    """The next push batch, as the JSON body the network sends."""

    first_seq: int
    last_seq: int
    count: int
    body: bytes  # a PushRequest as JSON

    def request(self) -> PushRequest:
        return PushRequest.model_validate_json(self.body)


def _change_json(entry: PendingEntry) -> str:
    # The outbox holds each change's columns as JSON text already (SQLite's json_object):
    # it goes out as it is, not parsed and written again (a first upload is 200 MB).
    return (
        f'{{"change_id":{json.dumps(entry.change_id)},"device_seq":{int(entry.device_seq)},'
        f'"table":{json.dumps(entry.table_name)},"row_id":{json.dumps(entry.row_id)},'
        f'"op":{json.dumps(entry.op)},"changed":{entry.changed},'
        f'"base_version":{int(entry.base_version)}}}'
    )


def pending_batch(
    reg: Register,
    limit: int = MAX_BATCH,
    app_version: str = __version__,
    after: int | None = None,
) -> PendingBatch | None:
    """The next batch to push, or None when nothing is pending. ``after``: the batch
    that follows the one ending there, read while that one is still on its way (the
    server takes a batch whole or refuses it, so this one then starts just after).

    Raises ServiceError when this PC is not enrolled.
    """
    limit = max(1, min(limit, MAX_BATCH))
    with reg.read() as s:
        device = state.device_id(s)
        acknowledged = state.push_cursor(s) if after is None else after
        pulled = state.pull_cursor(s)
        entries = pending_entries(s, limit, after)
    if not entries:
        return None
    first = first_seq_of(acknowledged, entries)
    last = entries[-1].device_seq
    head = PushRequest(
        device_id=device,
        batch_id=batch_id(device, first, last),
        first_seq=first,
        last_seq=last,
        schema_version=state.schema_version(),
        app_version=app_version,
        changes=[],
        pull_cursor=pulled,
    ).model_dump_json(exclude={"changes"})
    changes = ",".join(_change_json(e) for e in entries)
    body = f'{head[:-1]},"changes":[{changes}]}}'.encode()
    return PendingBatch(first, last, len(entries), body)


def next_batch(
    reg: Register, limit: int = MAX_BATCH, app_version: str = __version__
) -> PushRequest | None:
    """The next batch as a PushRequest (what ``pending_batch`` sends, parsed)."""
    batch = pending_batch(reg, limit=limit, app_version=app_version)
    return None if batch is None else batch.request()


def acknowledge(reg: Register, response: PushResponse) -> None:
    """Take the server's answer, in one transaction: refused changes go to
    ``sync_rejected``, columns the district kept go to ``sync_conflict``, entries up to
    ``response.cursor`` leave the outbox and the cursor is stored. Taking the same
    answer twice changes nothing more."""
    with reg.write() as s:
        # Only refused and conflicting changes leave a trace: read just their entries.
        noted = [
            r
            for r in response.results
            if r.status in (ChangeStatus.REJECTED, ChangeStatus.CONFLICT)
        ]
        seqs = [r.device_seq for r in noted]
        entries = {
            e.device_seq: e
            for start in range(0, len(seqs), MAX_BATCH)
            for e in s.scalars(
                select(SyncOutbox).where(SyncOutbox.device_seq.in_(seqs[start : start + MAX_BATCH]))
            )
        }
        for result in noted:
            entry = entries.get(result.device_seq)
            if entry is None or entry.change_id != result.change_id:
                continue  # taken before (a repeated answer) or not ours
            changed = json.loads(entry.changed)
            if result.status == ChangeStatus.REJECTED:
                _record_rejected(s, entry, changed, result.reason, result.message)
            elif result.status == ChangeStatus.CONFLICT:
                for column in result.lost_columns:
                    s.add(
                        SyncConflict(
                            table_name=entry.table_name,
                            row_id=entry.row_id,
                            column_name=column,
                            local_value=changed.get(column),
                            server_value=None,
                            server_seq=result.server_seq,
                            origin="push",
                        )
                    )
        s.execute(delete(SyncOutbox).where(SyncOutbox.device_seq <= response.cursor))
        state.set_push_cursor(s, max(state.push_cursor(s), response.cursor))


def _record_rejected(
    s: Session,
    entry: SyncOutbox,
    changed: dict[str, object],
    reason: str | None,
    message: str | None,
) -> None:
    exists = s.scalar(select(SyncRejected.id).where(SyncRejected.change_id == entry.change_id))
    if exists is not None:
        return
    s.add(
        SyncRejected(
            change_id=entry.change_id,
            device_seq=entry.device_seq,
            table_name=entry.table_name,
            row_id=entry.row_id,
            op=entry.op,
            reason=reason or "",
            message=message or "",
            changed=changed,
        )
    )


def pending_count(reg: Register) -> int:
    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def oldest_pending_age(reg: Register, now: datetime | None = None) -> timedelta | None:
    """How long the oldest pending change has waited (PC clock), None when none waits."""
    with reg.read() as s:
        # The first in the queue, by its key: min(created_at) read the whole outbox.
        first = select(SyncOutbox.created_at).order_by(SyncOutbox.device_seq).limit(1)
        oldest = s.scalar(first)
    if oldest is None:
        return None
    if oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=UTC)
    return max(timedelta(0), (now or datetime.now(UTC)) - oldest)
