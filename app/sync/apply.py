"""Applying pulled changes to the register: one page, one transaction, with its cursor.

While a page is applied ``sync_state.applying`` is 1, so the outbox triggers stay
silent: what came from the server does not go back to it. Each change is applied
column by column; the PC's derived search columns are rebuilt here (they never
travel). A column that also has a pending local edit takes the district's value and
the local value is kept in ``sync_conflict`` for the officer; the column is removed
from the pending outbox entries so a later push does not overwrite the district's
value (an entry left with no column is dropped). Columns changed only here are kept.

A page is applied at most once: changes at or below the stored pull cursor are
skipped, and the cursor is stored in the same transaction as the rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Table,
    TypeDecorator,
    Update,
    bindparam,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.models import Base, SyncConflict, SyncOutbox
from app.models.outbox import LOCAL_COLUMNS, SYNCED_TABLES
from app.services import audit
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.search_text import (
    equipment_search_text,
    fault_search_text,
    loan_search_text,
    room_search_text,
    room_usage_search_text,
)
from app.services.text import fold, normalise_code
from app.sync import state
from app.sync.protocol import PulledChange, PullResponse

# Columns every edit touches: the district's value replaces the local one silently
# (they are still taken out of pending entries, so both sides end up equal).
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})
_CHUNK = 500

GAP = (
    "Thiếu dữ liệu đồng bộ trước phần này (tệp trả lời trước đó chưa được nhập). "
    "Hãy nhập các tệp trả lời theo thứ tự, hoặc đồng bộ qua mạng. Chưa có gì thay đổi."
)


class ApplyError(ServiceError):
    """A page that cannot be applied as it is; nothing of it was written."""


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0  # at or below the stored cursor: applied before
    conflicts: int = 0  # columns recorded in sync_conflict
    missing: list[str] = field(default_factory=list)  # "table:row_id" updates of unknown rows
    cursor: int = 0
    resent: int = 0  # rows queued again: the server had lost what it acknowledged


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def update_by_id(table_name: str, keep_updated_at: bool) -> Update:
    """UPDATE ... WHERE id = :row_id_, the SET columns coming from the parameters
    (one statement per table: compiled once, fast for a 100,000-row first sync).
    ``keep_updated_at`` pins updated_at, which would otherwise take the column's
    onupdate (this PC's clock)."""
    table = _table(table_name)
    stmt = table.update().where(table.c.id == bindparam("row_id_"))
    return stmt.values(updated_at=table.c.updated_at) if keep_updated_at else stmt


def _update_row(s: Session, table_name: str, row_id: str, values: dict[str, Any]) -> None:
    keep = "updated_at" not in values
    s.execute(update_by_id(table_name, keep), {**values, "row_id_": row_id})


# -- wire values -> column values -----------------------------------------------------


def _to_datetime(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _to_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _one_of(allowed: frozenset[str]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if getattr(value, "value", value) not in allowed:
            raise ValueError(f"not one of {sorted(allowed)}: {value!r}")
        return value

    return check


@cache
def _converters(table_name: str) -> dict[str, Callable[[Any], Any]]:
    """Per column, what turns a wire value into the column's Python value (none for the
    columns whose JSON value is already right). Enum values are checked here, so a
    writer that bypasses SQLAlchemy's types (PostgreSQL COPY) refuses them alike."""
    found: dict[str, Callable[[Any], Any]] = {}
    for column in _table(table_name).columns:
        kind = column.type
        if isinstance(kind, TypeDecorator):
            kind = kind.impl_instance  # UtcDateTime -> DateTime
        if isinstance(kind, Enum):
            found[column.name] = _one_of(frozenset(kind.enums))
        elif isinstance(kind, DateTime):
            found[column.name] = _to_datetime
        elif isinstance(kind, Date):
            found[column.name] = _to_date
        elif isinstance(kind, Boolean):
            found[column.name] = bool
    return found


def typed_value(table: Table, column: str, value: Any) -> Any:
    """A wire (JSON) value as the column's Python value: times, dates, booleans."""
    convert = _converters(table.name).get(table.c[column].name)
    return value if value is None or convert is None else convert(value)


@cache
def column_names(table_name: str) -> frozenset[str]:
    """The table's columns (SQLAlchemy builds a new list each time it is asked)."""
    return frozenset(_table(table_name).c.keys())


def typed_values(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    unknown = values.keys() - column_names(table.name)
    if unknown:
        raise KeyError(f"{table.name} has no column {sorted(unknown)}")
    converters = _converters(table.name)
    return {
        column: value if value is None or column not in converters else converters[column](value)
        for column, value in values.items()
    }


def _same(table: Table, column: str, a: Any, b: Any) -> bool:
    try:
        return bool(typed_value(table, column, a) == typed_value(table, column, b))
    except (TypeError, ValueError):
        return bool(a == b)


def _wire_columns(table: Table, changed: dict[str, Any]) -> dict[str, Any]:
    """The columns of a pulled change this register stores (never the local ones)."""
    return {
        c: v
        for c, v in changed.items()
        if c in table.c and c not in LOCAL_COLUMNS and c not in ("id", "version")
    }


# -- derived local columns ------------------------------------------------------------


def derived_columns(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The columns a register derives from a row for its searches (they never travel)."""
    if table_name == "equipment":
        return {
            "asset_code_norm": normalise_code(row.get("asset_code") or ""),
            "name_norm": fold(row.get("name") or ""),
        }
    if table_name == "room":
        return {
            "search_text": room_search_text(
                row.get("code") or "", row.get("name") or "", row.get("building") or ""
            )
        }
    if table_name == "loan":
        return {
            "search_text": loan_search_text(
                row.get("borrower_name") or "", row.get("class_name") or "", row.get("lesson") or ""
            )
        }
    # Without the words a join would add (the items' names, the repairer), as the
    # equipment's text on the server goes without its room's.
    if table_name == "room_usage":
        return {"search_text": room_usage_search_text(row, [])}
    if table_name == "fault_report":
        return {
            "search_text": fault_search_text(
                row.get("description") or "", row.get("reported_by") or "", row.get("notes") or ""
            )
        }
    return {}


def chunks(items: Iterable[str]) -> Iterable[list[str]]:
    """The distinct ``items``, sorted, in lists short enough for an IN (...)."""
    ordered = sorted(set(items))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def refresh_search_text(s: Session, equipment_ids: set[str], room_ids: set[str]) -> None:
    """Rebuild the search text of these items and of every item in these rooms."""
    equipment, room = _table("equipment"), _table("room")
    ids = set(equipment_ids)
    changed: list[dict[str, Any]] = []
    for chunk in chunks(room_ids):
        ids.update(s.scalars(select(equipment.c.id).where(equipment.c.room_id.in_(chunk))))
    for chunk in chunks(ids):
        rows = s.execute(
            select(equipment, room.c.code.label("room_code"), room.c.name.label("room_name"))
            .outerjoin(room, room.c.id == equipment.c.room_id)
            .where(equipment.c.id.in_(chunk))
        ).mappings()
        for row in rows:
            item = SimpleNamespace(**row)
            place = (
                SimpleNamespace(code=row["room_code"], name=row["room_name"])
                if row["room_id"] is not None and row["room_code"] is not None
                else None
            )
            wanted = equipment_search_text(item, place)
            if wanted != row["search_text"]:
                changed.append({"search_text": wanted, "row_id_": row["id"]})
    if changed:
        s.execute(update_by_id("equipment", True), changed)


# -- pending local edits --------------------------------------------------------------


def _pending(s: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], list[SyncOutbox]]:
    found: dict[tuple[str, str], list[SyncOutbox]] = defaultdict(list)
    for chunk in chunks({row_id for _, row_id in keys}):
        entries = s.scalars(
            select(SyncOutbox).where(SyncOutbox.row_id.in_(chunk)).order_by(SyncOutbox.device_seq)
        )
        for entry in entries:
            key = (entry.table_name, entry.row_id)
            if key in keys:
                found[key].append(entry)
    return found


def _local_values(entries: list[SyncOutbox]) -> dict[str, Any]:
    """Column -> the latest pending local value."""
    values: dict[str, Any] = {}
    for entry in entries:
        values.update(json.loads(entry.changed))
    return values


def _strip(s: Session, entries: list[SyncOutbox], columns: set[str]) -> None:
    """Take ``columns`` out of pending entries; drop an update left with nothing."""
    for entry in list(entries):
        changed = json.loads(entry.changed)
        if not columns & set(changed):
            continue
        for column in columns:
            changed.pop(column, None)
        if not changed and entry.op != "delete":
            s.delete(entry)
            entries.remove(entry)
        else:
            entry.changed = json.dumps(changed, ensure_ascii=False)


# -- one change -----------------------------------------------------------------------


Key = tuple[str, str]  # (table, row id)


@dataclass
class _Page:
    """One page's work: the rows it touches as they stand (read once), the new rows
    (inserted together at the end, many per statement) and what needs new search text."""

    s: Session
    pending: dict[Key, list[SyncOutbox]]
    current: dict[Key, dict[str, Any] | None]
    result: ApplyResult
    inserts: dict[Key, dict[str, Any]] = field(default_factory=dict)
    equipment: set[str] = field(default_factory=set)
    rooms: set[str] = field(default_factory=set)


def _current_rows(s: Session, keys: set[Key]) -> dict[Key, dict[str, Any] | None]:
    found: dict[Key, dict[str, Any] | None] = dict.fromkeys(keys)
    by_table: dict[str, set[str]] = defaultdict(set)
    for table_name, row_id in keys:
        by_table[table_name].add(row_id)
    for table_name, row_ids in by_table.items():
        table = _table(table_name)
        for chunk in chunks(row_ids):
            for row in s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[(table_name, row["id"])] = dict(row)
    return found


def _conflict(page: _Page, change: PulledChange, column: str, local: Any, server: Any) -> None:
    page.s.add(
        SyncConflict(
            table_name=change.table,
            row_id=change.row_id,
            column_name=column,
            local_value=local,
            server_value=server,
            server_seq=change.server_seq,
            origin="pull",
        )
    )
    page.result.conflicts += 1


def _apply_change(page: _Page, change: PulledChange) -> None:
    s = page.s
    key: Key = (change.table, change.row_id)
    table = _table(change.table)
    current = page.current.get(key)
    entries = page.pending.get(key, [])
    local = _local_values(entries)

    if change.op == "delete":
        if current is None:
            return
        for column in sorted(set(local) - BOOKKEEPING):
            _conflict(page, change, column, local[column], None)
        for entry in entries:
            s.delete(entry)
        entries.clear()
        if page.inserts.pop(key, None) is None:
            s.execute(table.delete().where(table.c.id == change.row_id))
        page.current[key] = None
        return

    wire = _wire_columns(table, change.changed)
    overlap = set(wire) & set(local)
    for column in sorted(overlap - BOOKKEEPING):
        if not _same(table, column, local[column], wire[column]):
            _conflict(page, change, column, local[column], wire[column])
    if overlap:
        _strip(s, entries, overlap)

    values = typed_values(table, wire)
    values["version"] = change.version
    if key in page.inserts:  # inserted earlier in this page: still one row to insert
        page.inserts[key].update(values)
        page.current[key] = page.inserts[key]
    elif current is None:
        if change.op != "insert":
            page.result.missing.append(f"{change.table}:{change.row_id}")
            return
        values["id"] = change.row_id
        page.inserts[key] = values
        page.current[key] = values
    else:
        merged = {**current, **values}
        values.update(derived_columns(change.table, merged))
        _update_row(s, change.table, change.row_id, values)
        page.current[key] = merged
    if change.table == "equipment":
        page.equipment.add(change.row_id)
    elif change.table == "room":
        page.rooms.add(change.row_id)


def _insert_new_rows(page: _Page) -> None:
    """The page's new rows, parents' tables first, many rows per statement."""
    groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for (table_name, _), values in page.inserts.items():
        row = {**values, **derived_columns(table_name, values)}
        groups[(table_name, tuple(sorted(row)))].append(row)
    for table_name, columns in sorted(groups, key=lambda g: (SYNCED_TABLES.index(g[0]), g[1])):
        page.s.execute(_table(table_name).insert(), groups[(table_name, columns)])
    page.inserts.clear()


def _set_applying(s: Session, on: bool) -> None:
    s.execute(text("UPDATE sync_state SET applying = :on WHERE id = 1"), {"on": int(on)})


def apply_page(reg: Register, page: PullResponse, since: int | None = None) -> ApplyResult:
    """Apply one pulled page and store its cursor, all in one transaction.

    ``since`` is the cursor the page was asked from (a reply bundle's page says it):
    a page that starts beyond the stored cursor would leave a hole, so it is refused.
    Changes at or below the stored cursor were applied before and are skipped.
    """
    result = ApplyResult()
    with reg.write() as s:
        cursor = state.pull_cursor(s)
        if since is not None and since > cursor:
            raise ApplyError(GAP)
        fresh = [c for c in page.changes if c.server_seq > cursor]
        result.skipped = len(page.changes) - len(fresh)
        # Parents and children may come in any order within the page; SQLite checks the
        # foreign keys at commit.
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        _set_applying(s, True)
        keys: set[Key] = {(c.table, c.row_id) for c in fresh}
        work = _Page(s, _pending(s, keys), _current_rows(s, keys), result)
        for change in sorted(fresh, key=lambda c: c.server_seq):
            _apply_change(work, change)
            result.applied += 1
        _insert_new_rows(work)
        refresh_search_text(s, work.equipment, work.rooms)
        result.cursor = max(cursor, page.next_since)
        state.set_pull_cursor(s, result.cursor)
        _set_applying(s, False)
        s.flush()
    return result


# -- the officer's choice on a conflict -----------------------------------------------


def keep_local_value(reg: Register, conflict_id: int) -> None:
    """Write the school's value of a conflict back as a new local edit (it is pushed
    like any other edit) and mark the conflict resolved."""
    with reg.write() as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ServiceError("Xung đột này đã được xử lý.")
        table = _table(conflict.table_name)
        current = s.execute(select(table).where(table.c.id == conflict.row_id)).mappings().first()
        if current is None or conflict.column_name not in table.c:
            raise ServiceError(
                "Dòng dữ liệu này không còn trong sổ (Phòng GD&ĐT đã xóa), "
                "không thể giữ giá trị của trường."
            )
        column = conflict.column_name
        values = typed_values(table, {column: conflict.local_value})
        values["updated_at"] = datetime.now(UTC)
        values["version"] = int(current["version"]) + 1
        values.update(derived_columns(conflict.table_name, {**dict(current), **values}))
        _update_row(s, conflict.table_name, conflict.row_id, values)
        if conflict.table_name == "equipment":
            refresh_search_text(s, {conflict.row_id}, set())
        elif conflict.table_name == "room":
            refresh_search_text(s, set(), {conflict.row_id})
        school_id = current["id"] if conflict.table_name == "school" else current["school_id"]
        audit.record(
            s,
            reg,
            conflict.table_name,
            conflict.row_id,
            "update",
            {column: [audit.jsonable(current[column]), conflict.local_value]},
            summary=f"Giữ giá trị của trường sau xung đột đồng bộ ({column})",
            school_id=school_id,
        )
        conflict.resolved_at = datetime.now(UTC)
