"""Applying pushed changes and serving pulls, on the server (no FastAPI here).

One push batch is one transaction: changes at or below the device's cursor are
skipped, every row must belong to the device's school, each change is applied column
by column in its own savepoint (a bad change is rejected, the rest go on), each
applied change is appended to the change log under one lock so that server_seq
order is commit order, and the answer is stored under the batch id.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from app.models import Base
from app.models.outbox import LOCAL_COLUMNS
from app.server.models import ChangeLog, Device, PushBatch
from app.services.text import fold, fold_all, normalise_code
from app.sync.apply import typed_values
from app.sync.enrollment import wire_value
from app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    Change,
    ChangeResult,
    ChangeStatus,
    PulledChange,
    PullResponse,
    PushRequest,
    PushResponse,
)

SEQ_LOCK_KEY = 72_270_001
# Timestamps both sides write on every edit: never a conflict, the later push stamps.
BOOKKEEPING = frozenset(
    {"created_at", "updated_at"}
)  # pg_advisory_xact_lock key that orders server_seq


class PushRefused(Exception):
    """The whole batch is refused (not one change): the client must fix and resend."""

    def __init__(self, code: str, message: str, cursor: int) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.cursor = cursor


def now() -> datetime:
    return datetime.now(UTC)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _lock_sequence(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEQ_LOCK_KEY})


def _derived(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The PC's local search columns, rebuilt here so the server rows are complete."""
    if table_name == "equipment":
        return {
            "asset_code_norm": normalise_code(row.get("asset_code") or ""),
            "name_norm": fold(row.get("name") or ""),
            "search_text": fold_all(
                row.get("name"),
                row.get("asset_code"),
                row.get("serial"),
                row.get("brand"),
                row.get("model"),
            ),
        }
    if table_name == "room":
        return {"search_text": fold_all(row.get("code"), row.get("name"), row.get("building"))}
    return {}


def _owner(table_name: str, row: dict[str, Any]) -> str | None:
    return row.get("id") if table_name == "school" else row.get("school_id")


def _district_columns_since(
    session: Session, change: Change, school_id: str, pulled: int | None
) -> set[str]:
    """Columns of this row the district changed that the device had not seen: after
    the server_seq it had pulled (``pulled``), else after the version it edited.

    The version alone cannot tell: the PC's version counts its own edits too, so after
    two offline edits its base version can equal a district edit's version."""
    unseen = (
        ChangeLog.server_seq > pulled
        if pulled is not None
        else ChangeLog.version > change.base_version
    )
    rows = session.scalars(
        select(ChangeLog.changed).where(
            ChangeLog.school_id == school_id,
            ChangeLog.table_name == change.table,
            ChangeLog.row_id == change.row_id,
            ChangeLog.origin_device_id.is_(None),
            unseen,
        )
    ).all()
    return {column for changed in rows for column in changed}


def _reject(change: Change, reason: str, message: str) -> ChangeResult:
    return ChangeResult(
        change_id=change.change_id,
        device_seq=change.device_seq,
        status=ChangeStatus.REJECTED,
        reason=reason,
        message=message,
    )


def _apply_change(
    session: Session, device: Device, change: Change, pulled: int | None = None
) -> ChangeResult:
    table = _table(change.table)
    unknown = set(change.changed) - set(table.columns.keys())
    if unknown:
        return _reject(change, "unknown_column", f"Cột không có trên máy chủ: {sorted(unknown)}")
    current = session.execute(select(table).where(table.c.id == change.row_id)).mappings().first()
    school_id = device.school_id

    if current is None and change.op == "delete":
        return ChangeResult(
            change_id=change.change_id, device_seq=change.device_seq, status=ChangeStatus.APPLIED
        )
    if current is not None and _owner(change.table, dict(current)) != school_id:
        ours = session.scalar(
            select(func.count()).where(
                ChangeLog.table_name == change.table,
                ChangeLog.row_id == change.row_id,
                ChangeLog.school_id == school_id,
            )
        )
        if ours:
            return _reject(
                change,
                "owner_changed",
                "Dòng này đã được chuyển sang trường khác; thay đổi của trường không được áp dụng.",
            )
        return _reject(change, "wrong_school", "Dòng này thuộc trường khác.")

    lost: list[str] = []
    if current is None:
        values = dict(change.changed)
        values["id"] = change.row_id
        if _owner(change.table, values) != school_id:
            return _reject(
                change, "wrong_school", "Dòng này ghi mã trường khác với trường của máy."
            )
        if change.table == "school":
            return _reject(change, "wrong_school", "Trường do Phòng GD&ĐT tạo, không tạo từ máy.")
        values = typed_values(table, values)
        values.update(_derived(change.table, values))
        values["version"] = 1
        op = "insert"
        with session.begin_nested():
            session.execute(table.insert().values(**values))
        applied = dict(change.changed)
        version = 1
    elif change.op == "delete":
        with session.begin_nested():
            session.execute(table.delete().where(table.c.id == change.row_id))
        op, applied, version = "delete", {}, int(current["version"]) + 1
    else:
        changed = dict(change.changed)
        changed.pop("id", None)
        if "school_id" in changed and changed["school_id"] != school_id:
            return _reject(change, "wrong_school", "Không thể chuyển dòng sang trường khác từ máy.")
        if pulled is not None or change.base_version < int(current["version"]):
            district = _district_columns_since(session, change, school_id, pulled)
            lost = sorted((district - BOOKKEEPING) & set(changed))
            # The district's timestamps stay too, silently (the PC takes them when it
            # pulls that change, so both sides keep the same stamp).
            for column in district & set(changed):
                changed.pop(column)
        version = int(current["version"]) + 1
        values = typed_values(table, changed)
        merged = {**dict(current), **values}
        values.update(_derived(change.table, merged))
        values["version"] = version
        # Not the column's onupdate (this server's clock): the PC keeps its stamp too.
        values.setdefault("updated_at", current["updated_at"])
        with session.begin_nested():
            session.execute(table.update().where(table.c.id == change.row_id).values(**values))
        op, applied = "update", changed

    entry = ChangeLog(
        school_id=school_id,
        table_name=change.table,
        row_id=change.row_id,
        op=op,
        changed=applied,
        version=version,
        origin_device_id=device.id,
        change_id=change.change_id,
    )
    session.add(entry)
    session.flush()
    return ChangeResult(
        change_id=change.change_id,
        device_seq=change.device_seq,
        status=ChangeStatus.CONFLICT if lost else ChangeStatus.APPLIED,
        server_seq=entry.server_seq,
        lost_columns=lost,
        message="Phòng GD&ĐT đã sửa cùng mục này; giữ giá trị của Phòng." if lost else None,
    )


def push(session: Session, device: Device, request: PushRequest) -> PushResponse:
    """Apply one batch; the caller's session is committed here."""
    stored = session.get(PushBatch, request.batch_id)
    if stored is not None:
        if stored.device_id != device.id:
            raise PushRefused(
                "batch_of_other_device", "Lô dữ liệu này không phải của máy này.", device.cursor
            )
        return PushResponse.model_validate_json(stored.response)
    if request.device_id != device.id:
        raise PushRefused("wrong_device", "Mã máy trong lô không khớp với máy gửi.", device.cursor)
    seqs = [c.device_seq for c in request.changes]
    if (
        seqs != sorted(seqs)
        or len(set(seqs)) != len(seqs)
        or (seqs and (seqs[0] < request.first_seq or seqs[-1] > request.last_seq))
    ):
        raise PushRefused("bad_batch", "Lô dữ liệu không hợp lệ (thứ tự thay đổi).", device.cursor)

    _lock_sequence(session)
    # Re-read the cursor under the lock: another worker may have taken this batch.
    session.refresh(device, with_for_update=session.get_bind().dialect.name == "postgresql")
    if request.first_seq > device.cursor + 1:
        raise PushRefused(
            "gap", "Thiếu dữ liệu trước lô này; máy sẽ gửi lại từ chỗ còn thiếu.", device.cursor
        )
    results: list[ChangeResult] = []
    for change in request.changes:
        if change.device_seq <= device.cursor:
            results.append(
                ChangeResult(
                    change_id=change.change_id,
                    device_seq=change.device_seq,
                    status=ChangeStatus.ALREADY,
                )
            )
            continue
        try:
            results.append(_apply_change(session, device, change, request.pull_cursor))
        except (IntegrityError, StatementError, ValueError, KeyError) as exc:
            results.append(_reject(change, "invalid", f"Dữ liệu không hợp lệ: {exc}"[:300]))
    device.cursor = max(device.cursor, request.last_seq)
    response = PushResponse(
        batch_id=request.batch_id, cursor=device.cursor, results=results, server_time=now()
    )
    session.add(
        PushBatch(
            batch_id=request.batch_id, device_id=device.id, response=response.model_dump_json()
        )
    )
    session.commit()
    return response


def pull(
    session: Session, device: Device, since: int, limit: int = DEFAULT_PULL_LIMIT
) -> PullResponse:
    """Changes of the device's school after ``since`` that it did not make itself."""
    limit = max(1, min(limit, 5000))
    rows = session.scalars(
        select(ChangeLog)
        .where(ChangeLog.school_id == device.school_id, ChangeLog.server_seq > since)
        .order_by(ChangeLog.server_seq)
        .limit(limit)
    ).all()
    changes = [
        PulledChange.model_validate(
            {
                "server_seq": row.server_seq,
                "table": row.table_name,
                "row_id": row.row_id,
                "op": row.op,
                "changed": row.changed,
                "version": row.version,
            }
        )
        for row in rows
        if row.origin_device_id != device.id
    ]
    next_since = rows[-1].server_seq if rows else since
    return PullResponse(
        changes=changes, next_since=next_since, has_more=len(rows) == limit, server_time=now()
    )


def district_edit(
    session: Session, table_name: str, row_id: str, changes: dict[str, Any]
) -> ChangeLog:
    """An edit made at the district (dashboard, transfer): logged with no device."""
    table = _table(table_name)
    current = session.execute(select(table).where(table.c.id == row_id)).mappings().one()
    version = int(current["version"]) + 1
    # The server's clock stamps the edit, and the stamp travels with it.
    changes = {**changes, "updated_at": now().strftime("%Y-%m-%d %H:%M:%S.%f")}
    values = typed_values(table, changes)
    values.update(_derived(table_name, {**dict(current), **values}))
    values["version"] = version
    _lock_sequence(session)
    session.execute(table.update().where(table.c.id == row_id).values(**values))
    owner = (
        current["id"] if table_name == "school" else changes.get("school_id", current["school_id"])
    )
    op, logged = "update", json.loads(json.dumps(changes, default=str))
    if table_name != "school" and owner != current["school_id"]:
        # A transfer: the receiving school never had the row, so it gets all of it.
        row = dict(session.execute(select(table).where(table.c.id == row_id)).mappings().one())
        _check_transfer(session, table, row)
        op = "insert"
        logged = {k: wire_value(v) for k, v in row.items() if k not in LOCAL_COLUMNS}
        logged.pop("version")
    entry = ChangeLog(
        school_id=owner,
        table_name=table_name,
        row_id=row_id,
        op=op,
        changed=logged,
        version=version,
    )
    session.add(entry)
    session.commit()
    return entry


def _check_transfer(session: Session, table: Table, row: dict[str, Any]) -> None:
    """A transferred row must not point at another school's rows (its room, ...): the
    receiving school's register could not hold it."""
    for key in table.foreign_keys:
        column, target = key.parent.name, key.column.table
        if column == "school_id" or row[column] is None or "school_id" not in target.c:
            continue
        owner = session.scalar(select(target.c.school_id).where(key.column == row[column]))
        if owner != row["school_id"]:
            raise ValueError(
                f"{table.name}.{column} still points at a row of another school: "
                "set it (e.g. to None) in the same transfer"
            )
