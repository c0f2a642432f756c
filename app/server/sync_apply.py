"""Applying pushed changes and serving pulls, on the server (no FastAPI here).

One push batch is one transaction: changes at or below the device's cursor are
skipped, every row must belong to the device's school, each change is applied column
by column, each applied change is appended to the change log under the school's lock
so that the school's server_seq order is its commit order, and the answer is stored
under the batch id.

A batch is applied set-wise: its rows are read with one query per table, planned in
order in memory, then written as one multi-row statement per run of like changes and
one change-log insert. Should any statement fail, the batch is redone change by change,
each in its own savepoint, so only the bad change is rejected and the rest go on.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from types import SimpleNamespace
from typing import Any

import psycopg
from sqlalchemy import JSON, String, Table, bindparam, func, insert, or_, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.schema import ColumnDefault
from sqlalchemy.sql import Executable

from app.models import Base
from app.models.outbox import LOCAL_COLUMNS, SYNCED_TABLES
from app.server.models import ChangeLog, Device, PushBatch
from app.services.search_text import equipment_search_text
from app.sync.apply import chunks, column_names, derived_columns, typed_values, update_by_id
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
    widen_to_groups,
)

# pg_advisory_xact_lock(SCHOOL_LOCK_CLASS, hashtext(school_id)): one lock per school.
SCHOOL_LOCK_CLASS = 72_270_001
# Timestamps both sides write on every edit: never a conflict, the later push stamps.
BOOKKEEPING = frozenset({"created_at", "updated_at"})

Key = tuple[str, str]  # (table, row id)


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


def lock_school(session: Session, school_id: str) -> None:
    """Every writer of a school's change log holds its lock until commit, so that
    school's server_seq order is its commit order (pull relies on it); other schools'
    pushes go on at the same time. SQLite has one writer anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:cls, hashtext(:school))"),
            {"cls": SCHOOL_LOCK_CLASS, "school": school_id},
        )


def _derived(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The PC's local search columns, rebuilt here so the server rows are complete
    (the equipment's search text without its room's words: no join here)."""
    values = derived_columns(table_name, row)
    if table_name == "equipment":
        values["search_text"] = equipment_search_text(SimpleNamespace(**row), None)
    return values


def _owner(table_name: str, row: dict[str, Any]) -> str | None:
    return row.get("id") if table_name == "school" else row.get("school_id")


@cache
def _references(table_name: str) -> dict[str, str]:
    """Column -> the synced table it points at (school_id aside: checked as the owner)."""
    return {
        column.name: fk.column.table.name
        for column in _table(table_name).columns
        for fk in column.foreign_keys
        if column.name != "school_id" and fk.column.table.name in SYNCED_TABLES
    }


def _with_groups(table_name: str, changed: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """``changed`` for the change log, with the whole merge group of any column in it."""
    wide = widen_to_groups(table_name, set(changed))
    return {**{c: wire_value(row[c]) for c in wide - set(changed)}, **changed}


def _reject(change: Change, reason: str, message: str) -> ChangeResult:
    return ChangeResult(
        change_id=change.change_id,
        device_seq=change.device_seq,
        status=ChangeStatus.REJECTED,
        reason=reason,
        message=message,
    )


def _refused(exc: Exception) -> bool:
    """Whether ``exc`` says the change itself is bad (it is rejected as "invalid"), not
    that the database failed (lost connection, deadlock: the push fails and is resent)."""
    if isinstance(exc, DBAPIError):
        return isinstance(exc, IntegrityError | DataError)
    return isinstance(
        exc,
        StatementError  # SQLAlchemy could not bind a value
        | psycopg.errors.IntegrityError
        | psycopg.errors.DataError
        | ValueError
        | KeyError
        | TypeError
        | LookupError,
    )


@dataclass
class _Write:
    """One planned change: what to write to the row and what to log."""

    change: Change
    op: str  # insert / update / delete
    values: dict[str, Any]  # column values (typed) for insert and update
    logged: dict[str, Any]  # the change log's "changed"
    version: int
    lost: list[str]  # the school's columns the district's edit kept


def _rows_by_id(session: Session, table: Table, *columns: Any) -> Executable:
    """SELECT the rows (or these ``columns`` of them) whose id is in :ids. PostgreSQL
    gets a join on unnest(): with an IN list of hundreds it chose a sequential scan,
    0.5 s a batch at 100,000 items."""
    what = select(*columns) if columns else select(table)
    if not _is_postgres(session):
        return what.where(table.c.id.in_(bindparam("ids", expanding=True)))
    ids = (
        func.unnest(bindparam("ids", type_=ARRAY(String)))
        .table_valued("id")
        .render_derived(name="wanted")
    )
    return what.select_from(table).join(ids, table.c.id == ids.c.id)


class _Batch:
    """The rows a batch touches, read once and kept current while it is planned, and
    the district's edits of them that the device had not seen."""

    def __init__(self, session: Session, device: Device, pulled: int | None) -> None:
        self.session = session
        self.school_id = device.school_id
        self.pulled = pulled
        self.rows: dict[Key, dict[str, Any] | None] = {}
        self.district: dict[Key, list[tuple[int, int, dict[str, Any]]]] = defaultdict(list)
        self.owners: dict[Key, str] = {}  # rows pointed at, not touched by the batch

    def read(self, changes: list[Change]) -> None:
        by_table: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            if (change.table, change.row_id) not in self.rows:
                by_table[change.table].add(change.row_id)
        for name, ids in by_table.items():
            table = _table(name)
            for row_id in ids:
                self.rows[(name, row_id)] = None
            for chunk in chunks(ids):
                for row in self.session.execute(_rows_by_id(self.session, table), {"ids": chunk}):
                    self.rows[(name, row.id)] = dict(row._mapping)
        self._read_district(
            {
                (c.table, c.row_id)
                for c in changes
                if c.op == "update" and self.rows.get((c.table, c.row_id)) is not None
            }
        )
        self._read_owners(changes)

    def _new_references(self, change: Change) -> Iterator[tuple[str, str, str]]:
        """(column, table, row id) of each reference ``change`` makes that its row does
        not hold already. A reference the row holds stands: an item moved to another
        school stays in the history of the one that had it, which may send that history
        again (after enrolling again)."""
        current = self.rows.get((change.table, change.row_id))
        for column, target in _references(change.table).items():
            value = change.changed.get(column)
            if isinstance(value, str) and (current is None or current.get(column) != value):
                yield column, target, value

    def _read_owners(self, changes: list[Change]) -> None:
        """The school of every row the changes newly point at that the batch did not read."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            for _, target, value in self._new_references(change):
                if (target, value) not in self.rows:
                    wanted[target].add(value)
        for name, ids in wanted.items():
            table = _table(name)
            owner = table.c.id if name == "school" else table.c.school_id
            query = _rows_by_id(self.session, table, table.c.id, owner)
            for chunk in chunks(ids):
                for row_id, school_id in self.session.execute(query, {"ids": chunk}):
                    self.owners[(name, row_id)] = school_id

    def _foreign_reference(self, change: Change) -> str | None:
        """A column of ``change`` that newly points at another school's row, if any; a
        row the database does not hold is left to its foreign key."""
        for column, target, value in self._new_references(change):
            row = self.rows.get((target, value))
            owner = _owner(target, row) if row is not None else self.owners.get((target, value))
            if owner is not None and owner != self.school_id:
                return column
        return None

    def _read_district(self, keys: set[Key]) -> None:
        """District edits (no device) of these rows, after the device's pull cursor."""
        if not keys:
            return
        for chunk in chunks(row_id for _, row_id in keys):
            query = select(
                ChangeLog.table_name,
                ChangeLog.row_id,
                ChangeLog.server_seq,
                ChangeLog.version,
                ChangeLog.changed,
            ).where(
                ChangeLog.school_id == self.school_id,
                ChangeLog.row_id.in_(chunk),
                ChangeLog.origin_device_id.is_(None),
            )
            if self.pulled is not None:
                query = query.where(ChangeLog.server_seq > self.pulled)
            for name, row_id, seq, version, changed in self.session.execute(query):
                if (name, row_id) in keys:
                    self.district[(name, row_id)].append((seq, version, changed))

    def district_columns(self, change: Change) -> set[str]:
        """Columns of this row the district changed that the device had not seen: after
        the server_seq it had pulled, else after the version it edited.

        The version alone cannot tell: the PC's version counts its own edits too, so
        after two offline edits its base version can equal a district edit's version."""
        return {
            column
            for _, version, changed in self.district.get((change.table, change.row_id), [])
            if self.pulled is not None or version > change.base_version
            for column in changed
        }

    def plan(self, change: Change) -> _Write | ChangeResult:
        """What ``change`` does to its row, or the answer refusing it."""
        table = _table(change.table)
        unknown = change.changed.keys() - column_names(change.table)
        if unknown:
            return _reject(
                change, "unknown_column", f"Cột không có trên máy chủ: {sorted(unknown)}"
            )
        key = (change.table, change.row_id)
        current = self.rows[key]
        if current is None and change.op == "delete":
            return ChangeResult(
                change_id=change.change_id,
                device_seq=change.device_seq,
                status=ChangeStatus.APPLIED,
            )
        if current is not None and _owner(change.table, current) != self.school_id:
            return self._not_ours(change)
        if change.op != "delete" and (column := self._foreign_reference(change)):
            return _reject(
                change,
                "wrong_school",
                f"Cột {column} trỏ tới dữ liệu của trường khác; thay đổi không được áp dụng.",
            )
        if current is None:
            write = self._insert(change, table)
        elif change.op == "delete":
            write = _Write(change, "delete", {}, {}, int(current["version"]) + 1, [])
        else:
            write = self._update(change, table, current)
        if isinstance(write, _Write):
            self.rows[key] = None if write.op == "delete" else {**(current or {}), **write.values}
        return write

    def _not_ours(self, change: Change) -> ChangeResult:
        ours = self.session.scalar(
            select(func.count()).where(
                ChangeLog.table_name == change.table,
                ChangeLog.row_id == change.row_id,
                ChangeLog.school_id == self.school_id,
            )
        )
        if ours:
            return _reject(
                change,
                "owner_changed",
                "Dòng này đã được chuyển sang trường khác; thay đổi của trường không được áp dụng.",
            )
        return _reject(change, "wrong_school", "Dòng này thuộc trường khác.")

    def _insert(self, change: Change, table: Table) -> _Write | ChangeResult:
        values = {**change.changed, "id": change.row_id}
        if _owner(change.table, values) != self.school_id:
            return _reject(
                change, "wrong_school", "Dòng này ghi mã trường khác với trường của máy."
            )
        if change.table == "school":
            return _reject(change, "wrong_school", "Trường do Phòng GD&ĐT tạo, không tạo từ máy.")
        values = typed_values(table, values)
        values.update(_derived(change.table, values))
        values["version"] = 1
        return _Write(change, "insert", values, dict(change.changed), 1, [])

    def _update(
        self, change: Change, table: Table, current: dict[str, Any]
    ) -> _Write | ChangeResult:
        changed = dict(change.changed)
        changed.pop("id", None)
        if "school_id" in changed and changed["school_id"] != self.school_id:
            return _reject(change, "wrong_school", "Không thể chuyển dòng sang trường khác từ máy.")
        lost: list[str] = []
        if self.pulled is not None or change.base_version < int(current["version"]):
            # The district's whole merge group wins over any column of it here.
            district = widen_to_groups(change.table, self.district_columns(change))
            taken = district & set(changed)
            lost = sorted(taken - BOOKKEEPING)
            # The district's timestamps stay too, silently (the PC takes them when it
            # pulls that change, so both sides keep the same stamp).
            for column in taken:
                changed.pop(column)
        version = int(current["version"]) + 1
        values = typed_values(table, changed)
        merged = {**current, **values}
        values.update(_derived(change.table, merged))
        values["version"] = version
        # Not the column's onupdate (this server's clock): the PC keeps its stamp too.
        values.setdefault("updated_at", current["updated_at"])
        logged = _with_groups(change.table, changed, merged)
        return _Write(change, "update", values, logged, version, lost)


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _copy_in(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: COPY the rows in. A multi-row INSERT of a 500-row batch cost more in
    building and parsing its SQL than in writing; constraints hold for COPY alike, and
    the values were typed and checked by typed_values."""
    # The columns' own defaults where the rows leave them out, as an INSERT gives them.
    defaults = {
        c.name: c.default.arg(None) if c.default.is_callable else c.default.arg
        for c in table.columns
        if c.name not in rows[0]
        and isinstance(c.default, ColumnDefault)
        and (c.default.is_scalar or c.default.is_callable)
    }
    rows = [{**defaults, **row} for row in rows] if defaults else rows
    columns = list(rows[0])
    json_columns = {c for c in columns if isinstance(table.c[c].type, JSON)}
    names = ", ".join(f'"{c}"' for c in columns)
    raw = session.connection().connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(
                [
                    json.dumps(row[c]) if c in json_columns and row[c] is not None else row[c]
                    for c in columns
                ]
            )


def _insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if _is_postgres(session):
        _copy_in(session, table, rows)
    else:
        session.execute(table.insert(), rows)


def _write_rows(session: Session, writes: list[_Write]) -> None:
    """One statement per run of like writes (same table, operation and columns)."""
    runs = itertools.groupby(writes, key=lambda w: (w.change.table, w.op, tuple(sorted(w.values))))
    for (name, op, _columns), run in runs:
        group = list(run)
        table = _table(name)
        if op == "insert":
            _insert_rows(session, table, [w.values for w in group])
        elif op == "update":
            session.execute(
                update_by_id(name, keep_updated_at=False),  # values carry updated_at
                [{**w.values, "row_id_": w.change.row_id} for w in group],
            )
        else:
            ids = [w.change.row_id for w in group]
            for chunk in chunks(ids):
                session.execute(table.delete().where(table.c.id.in_(chunk)))


def _log(session: Session, device: Device, writes: list[_Write]) -> list[int]:
    """Append the writes to the change log; their server_seq values, in order."""
    if not writes:
        return []
    stamp = now()
    rows = [
        {
            "school_id": device.school_id,
            "table_name": w.change.table,
            "row_id": w.change.row_id,
            "op": w.op,
            "changed": w.logged,
            "version": w.version,
            "origin_device_id": device.id,
            "change_id": w.change.change_id,
            "applied_at": stamp,
        }
        for w in writes
    ]
    if not _is_postgres(session):
        stmt = insert(ChangeLog).returning(ChangeLog.server_seq, sort_by_parameter_order=True)
        return list(session.scalars(stmt, rows).all())
    # Take the numbers first (under the school's lock, so in commit order), then COPY.
    seqs = sorted(
        session.scalars(
            text(
                "SELECT nextval(pg_get_serial_sequence('change_log', 'server_seq')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": len(rows)},
        )
    )
    for row, seq in zip(rows, seqs, strict=True):
        row["server_seq"] = seq
    _copy_in(session, ChangeLog.__table__, rows)  # type: ignore[arg-type]
    return seqs


def _apply(
    session: Session, device: Device, changes: list[Change], pulled: int | None
) -> list[ChangeResult]:
    """Apply ``changes`` set-wise; raises what the database says if it refuses any."""
    batch = _Batch(session, device, pulled)
    batch.read(changes)
    planned = [batch.plan(change) for change in changes]
    writes = [p for p in planned if isinstance(p, _Write)]
    _write_rows(session, writes)
    seqs = iter(_log(session, device, writes))
    results: list[ChangeResult] = []
    for step in planned:
        if isinstance(step, ChangeResult):
            results.append(step)
            continue
        # Built from checked values: model_construct skips validating 2,000 of them.
        results.append(
            ChangeResult.model_construct(
                change_id=step.change.change_id,
                device_seq=step.change.device_seq,
                status=ChangeStatus.CONFLICT if step.lost else ChangeStatus.APPLIED,
                reason=None,
                server_seq=next(seqs),
                lost_columns=step.lost,
                message="Phòng GD&ĐT đã sửa cùng mục này; giữ giá trị của Phòng."
                if step.lost
                else None,
            )
        )
    return results


def _apply_alone(
    session: Session, device: Device, change: Change, pulled: int | None
) -> ChangeResult:
    try:
        with session.begin_nested():
            (result,) = _apply(session, device, [change], pulled)
        return result
    except Exception as exc:
        if not _refused(exc):
            raise
        return _reject(change, "invalid", f"Dữ liệu không hợp lệ: {exc}"[:300])


def push(session: Session, device: Device, request: PushRequest) -> PushResponse:
    """Apply one batch; the caller's session is committed here."""
    # The school's lock first: the same batch sent twice at once (a resend racing its
    # slow original on another worker) is then answered from the stored batch.
    lock_school(session, device.school_id)
    stored = session.get(PushBatch, request.batch_id)
    if stored is not None:
        if stored.device_id != device.id:
            raise PushRefused(
                "batch_of_other_device", "Lô dữ liệu này không phải của máy này.", device.cursor
            )
        session.commit()  # nothing written: the school's lock goes at once
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

    # Re-read the cursor under the lock: another worker may have taken this batch.
    session.refresh(device, with_for_update=session.get_bind().dialect.name == "postgresql")
    if request.first_seq > device.cursor + 1:
        raise PushRefused(
            "gap", "Thiếu dữ liệu trước lô này; máy sẽ gửi lại từ chỗ còn thiếu.", device.cursor
        )
    fresh = [c for c in request.changes if c.device_seq > device.cursor]
    try:
        with session.begin_nested():
            applied = _apply(session, device, fresh, request.pull_cursor)
    except Exception as exc:
        if not _refused(exc):
            raise
        # Some change is refused: redo one by one so that only it is rejected.
        applied = [_apply_alone(session, device, c, request.pull_cursor) for c in fresh]
    taken = iter(applied)
    results = [
        ChangeResult(change_id=c.change_id, device_seq=c.device_seq, status=ChangeStatus.ALREADY)
        if c.device_seq <= device.cursor
        else next(taken)
        for c in request.changes
    ]
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
    """Changes of the device's school after ``since`` that it did not make itself.

    The device's own changes are skipped in SQL (a first upload would otherwise come
    back page by page, empty). ``top`` bounds the page: it is read first, and a later
    commit of this school always gets a higher server_seq (the school's lock), so
    nothing at or below ``top`` can appear after this page was read."""
    limit = max(1, min(limit, 5000))
    school = ChangeLog.school_id == device.school_id
    top = session.scalar(select(func.max(ChangeLog.server_seq)).where(school))
    if top is None or top <= since:
        return PullResponse(
            changes=[],
            next_since=since,
            has_more=False,
            server_time=now(),
            device_cursor=device.cursor,
        )
    rows = session.scalars(
        select(ChangeLog)
        .where(
            school,
            ChangeLog.server_seq > since,
            ChangeLog.server_seq <= top,
            or_(ChangeLog.origin_device_id.is_(None), ChangeLog.origin_device_id != device.id),
        )
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
    ]
    has_more = len(rows) == limit
    next_since = rows[-1].server_seq if has_more else top
    return PullResponse(
        changes=changes,
        next_since=next_since,
        has_more=has_more,
        server_time=now(),
        device_cursor=device.cursor,
    )


# How far the change log jumps after a restore: beyond any server_seq a school could
# have pulled from the lost part of the log.
RESTORE_GAP = 1_000_000_000


def mark_restored(session: Session) -> int:
    """Run once after the database was restored from a backup. The restored log ends
    before seqs the schools have already pulled, and new changes would reuse those
    numbers, unseen; so number on from far beyond. (Each PC finds out by itself that the
    server lost its pushes, and sends its register again.) Returns the new top."""
    top = session.scalar(select(func.max(ChangeLog.server_seq))) or 0
    marker = top + RESTORE_GAP
    # A row of no school (no pull ever returns it) holds the number on SQLite too.
    session.add(
        ChangeLog(
            server_seq=marker,
            school_id="",
            table_name="",
            row_id="",
            op="restored",
            changed={},
            version=0,
        )
    )
    session.flush()
    if _is_postgres(session):
        session.execute(
            text("SELECT setval(pg_get_serial_sequence('change_log', 'server_seq'), :top)"),
            {"top": marker},
        )
    return marker


def district_edit(
    session: Session,
    table_name: str,
    row_id: str,
    changes: dict[str, Any],
    *,
    commit: bool = True,
) -> ChangeLog:
    """An edit made at the district (dashboard, transfer): logged with no device.
    ``commit=False`` leaves the commit to the caller (several edits as one)."""
    table = _table(table_name)
    current = session.execute(select(table).where(table.c.id == row_id)).mappings().one()
    version = int(current["version"]) + 1
    # The server's clock stamps the edit, and the stamp travels with it.
    changes = {**changes, "updated_at": now().strftime("%Y-%m-%d %H:%M:%S.%f")}
    values = typed_values(table, changes)
    merged = {**dict(current), **values}
    values.update(_derived(table_name, merged))
    values["version"] = version
    owner = (
        current["id"] if table_name == "school" else changes.get("school_id", current["school_id"])
    )
    giver = current["school_id"] if table_name != "school" else owner
    for school in sorted({owner, giver}):  # both schools' logs, locked in one order
        lock_school(session, school)
    session.execute(table.update().where(table.c.id == row_id).values(**values))
    op = "update"
    logged = _with_groups(table_name, json.loads(json.dumps(changes, default=str)), merged)
    if owner != giver:
        # A transfer: the receiving school never had the row, so it gets all of it.
        row = dict(session.execute(select(table).where(table.c.id == row_id)).mappings().one())
        _check_transfer(session, table, row)
        op = "insert"
        logged = {k: wire_value(v) for k, v in row.items() if k not in LOCAL_COLUMNS}
        logged.pop("version")
        # The giving school's copy leaves its lists as a deleted row: its maintenance
        # records still point at it, so the row itself stays as their history.
        stamp = changes["updated_at"]
        session.add(
            ChangeLog(
                school_id=giver,
                table_name=table_name,
                row_id=row_id,
                op="update",
                changed={"deleted_at": stamp, "updated_at": stamp},
                version=version,
            )
        )
    entry = ChangeLog(
        school_id=owner,
        table_name=table_name,
        row_id=row_id,
        op=op,
        changed=logged,
        version=version,
    )
    session.add(entry)
    if commit:
        session.commit()
    else:
        session.flush()  # server_seq in the order of the edits
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
