"""Listing and searching equipment: ids first (cheap), rows only for what is shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, text

from app.models import Equipment, Room
from app.models.enums import Condition, EquipmentCategory, EquipmentStatus
from app.services.register import Register
from app.services.text import fts_query, normalise_code, search_terms

NO_ROOM = "__none__"

CONDITION_COLUMNS = {
    Condition.GOOD: Equipment.qty_good,
    Condition.MINOR_DAMAGE: Equipment.qty_minor_damage,
    Condition.BROKEN: Equipment.qty_broken,
    Condition.LOST: Equipment.qty_lost,
}

SORTS: dict[str, Any] = {
    "asset_code": Equipment.asset_code_norm,
    "name": Equipment.name_norm,
    "category": Equipment.category,
    "subject": Equipment.subject,
    "room": Room.code,
    "quantity": Equipment.quantity,
    "unit_price": Equipment.unit_price,
    "total_value": Equipment.quantity * Equipment.unit_price,
    "status": Equipment.status,
    "funding_source": Equipment.funding_source,
    "acquired_on": Equipment.acquired_on,
    "in_service_on": Equipment.in_service_on,
    "brand": Equipment.brand,
    "serial": Equipment.serial,
    "qty_broken": Equipment.qty_broken,
    "updated_at": Equipment.updated_at,
}


@dataclass(frozen=True)
class EquipmentQuery:
    text: str = ""
    room_id: str | None = None  # NO_ROOM for items in no room
    category: EquipmentCategory | None = None
    status: EquipmentStatus | None = None
    condition: Condition | None = None  # items with some quantity in this condition
    deleted: bool = False  # True: the deleted items (the recycle bin) only
    in_service: bool = False  # True: disposed items (kept as history) left out
    sort: str = "asset_code"
    descending: bool = False


def filter_equipment(reg: Register, q: EquipmentQuery, stmt: Select[Any]) -> Select[Any]:
    stmt = stmt.where(Equipment.school_id == reg.school_id)
    stmt = stmt.where(
        Equipment.deleted_at.is_not(None) if q.deleted else Equipment.deleted_at.is_(None)
    )
    if q.room_id == NO_ROOM:
        stmt = stmt.where(Equipment.room_id.is_(None))
    elif q.room_id is not None:
        stmt = stmt.where(Equipment.room_id == q.room_id)
    if q.category is not None:
        stmt = stmt.where(Equipment.category == q.category)
    if q.status is not None:
        stmt = stmt.where(Equipment.status == q.status)
    elif q.in_service:
        stmt = stmt.where(Equipment.status != EquipmentStatus.DISPOSED)
    if q.condition is not None:
        stmt = stmt.where(CONDITION_COLUMNS[q.condition] > 0)
    return _text_filter(reg, q.text, stmt)


def _text_filter(reg: Register, query: str, stmt: Select[Any]) -> Select[Any]:
    terms = search_terms(query)
    if not terms:
        return stmt
    code_prefix = normalise_code(query)
    by_code = and_(*code_starts_with(code_prefix)) if code_prefix else None
    by_words: ColumnElement[bool]
    if reg.engine.dialect.name == "sqlite":
        by_words = literal_column("equipment.rowid").in_(fts_rowids(query))
    else:
        by_words = and_(*(Equipment.search_text.contains(t, autoescape=True) for t in terms))
    return stmt.where(or_(by_words, by_code) if by_code is not None else by_words)


def fts_rowids(query: str) -> Select[Any]:
    """Rowids of the equipment rows whose search text has every word of ``query``."""
    return (
        select(literal_column("rowid"))
        .select_from(text("equipment_fts"))
        .where(text("equipment_fts MATCH :fts").bindparams(fts=fts_query(query)))
    )


def code_starts_with(prefix: str) -> tuple[Any, Any]:
    """asset_code_norm starts with ``prefix``, as a range the code index can answer
    (LIKE cannot use it: SQLite's LIKE ignores case, the index does not)."""
    return (Equipment.asset_code_norm >= prefix, Equipment.asset_code_norm < prefix + "\U0010ffff")


def _ordered(reg: Register, q: EquipmentQuery, *columns: Any) -> Select[Any]:
    column = SORTS.get(q.sort, Equipment.asset_code_norm)
    stmt = select(*columns)
    if q.sort == "room":
        stmt = stmt.outerjoin(Room, Room.id == Equipment.room_id)
    stmt = filter_equipment(reg, q, stmt)
    # Ties break on the asset code, then id: both are in the covering list indexes,
    # so the two common orders (code, name) need no sort step.
    ties = (Equipment.asset_code_norm, Equipment.id)
    if q.descending:
        return stmt.order_by(column.desc(), *(t.desc() for t in ties))
    return stmt.order_by(column.asc(), *ties)


def equipment_ids(reg: Register, q: EquipmentQuery = EquipmentQuery()) -> list[str]:
    """Ids of the matching items in display order."""
    return [row[0] for row in fetch_rows(reg, _ordered(reg, q, Equipment.id))]


class EquipmentLister:
    """equipment_ids for the list screen, fast enough to run on every keystroke.

    The ordered ids of the current filters are read once and kept; a text search
    then asks FTS5 only for the matching rowids and keeps the cached order. The cache
    is dropped when the register changes (SQLite's data_version, a cheap check).
    Other databases, and the deleted-items view, go straight to SQL.
    """

    def __init__(self, reg: Register) -> None:
        self.reg = reg
        self._key: tuple[EquipmentQuery, int] | None = None
        self._rowids: list[int] = []
        self._ids: list[str] = []
        self._probe: Any = None

    def ids(self, q: EquipmentQuery) -> list[str]:
        if self.reg.engine.dialect.name != "sqlite" or q.deleted:
            return equipment_ids(self.reg, q)
        base = replace(q, text="")
        key = (base, self._data_version())
        if key != self._key:
            rows = fetch_rows(
                self.reg, _ordered(self.reg, base, literal_column("equipment.rowid"), Equipment.id)
            )
            self._rowids = [r[0] for r in rows]
            self._ids = [r[1] for r in rows]
            self._key = key
        if not search_terms(q.text):
            return list(self._ids)
        matched = self._matching_rowids(q.text)
        return [i for r, i in zip(self._rowids, self._ids, strict=True) if r in matched]

    def _matching_rowids(self, query: str) -> set[int]:
        code_prefix = normalise_code(query)
        matched = {r[0] for r in fetch_rows(self.reg, fts_rowids(query))}
        if code_prefix:
            by_code: Select[Any] = select(literal_column("equipment.rowid")).where(
                Equipment.school_id == self.reg.school_id,
                Equipment.deleted_at.is_(None),
                *code_starts_with(code_prefix),
            )
            matched.update(r[0] for r in fetch_rows(self.reg, by_code))
        return matched

    def _data_version(self) -> int:
        # data_version changes when another connection commits: every write the
        # services make goes through the pool, never through this probe.
        if self._probe is None:
            self._probe = self.reg.engine.raw_connection()
        cursor = self._probe.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def close(self) -> None:
        if self._probe is not None:
            self._probe.close()
            self._probe = None


def fetch_rows(reg: Register, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """Every row as a plain tuple, read through the driver's own cursor.

    Lists of 100,000 ids are read on every search keystroke; SQLAlchemy's per-row
    result objects would cost more than the query itself.
    """
    with reg.engine.connect() as conn:
        compiled = stmt.compile(conn)
        params = {
            k: v.value if isinstance(v, Enum) else v for k, v in compiled.construct_params().items()
        }
        if compiled.positiontup is not None:
            args: Any = [params[name] for name in compiled.positiontup]
        else:
            args = params
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(compiled), args)
            return cursor.fetchall()  # type: ignore[no-any-return]
        finally:
            cursor.close()


def count_equipment(reg: Register, q: EquipmentQuery = EquipmentQuery()) -> int:
    stmt = filter_equipment(reg, q, select(func.count()).select_from(Equipment))
    with reg.read() as s:
        return int(s.scalar(stmt) or 0)


ROW_COLUMNS = (
    Equipment.id,
    Equipment.asset_code,
    Equipment.name,
    Equipment.catalogue_code,
    Equipment.category,
    Equipment.subject,
    Equipment.grades,
    Equipment.brand,
    Equipment.model,
    Equipment.serial,
    Equipment.origin,
    Equipment.unit,
    Equipment.quantity,
    Equipment.qty_good,
    Equipment.qty_minor_damage,
    Equipment.qty_broken,
    Equipment.qty_lost,
    Equipment.unit_price,
    Equipment.funding_source,
    Equipment.acquired_on,
    Equipment.in_service_on,
    Equipment.warranty_until,
    Equipment.status,
    Equipment.deleted_at,
    Equipment.room_id,
    Room.code.label("room_code"),
    Room.name.label("room_name"),
)


def equipment_rows(reg: Register, ids: Sequence[str]) -> dict[str, Any]:
    """Display rows for these ids (a page of the table), keyed by id."""
    if not ids:
        return {}
    stmt = (
        select(*ROW_COLUMNS)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(Equipment.id.in_(list(ids)))
    )
    with reg.engine.connect() as conn:
        return {row.id: row for row in conn.execute(stmt)}
