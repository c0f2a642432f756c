"""Listing and searching equipment: ids first (cheap), rows only for what is shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal_column, or_, select, text
from sqlalchemy.engine import Row

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
    sort: str = "asset_code"
    descending: bool = False


def _filtered(reg: Register, q: EquipmentQuery, stmt: Select[Any]) -> Select[Any]:
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
    if q.condition is not None:
        stmt = stmt.where(CONDITION_COLUMNS[q.condition] > 0)
    return _text_filter(reg, q.text, stmt)


def _text_filter(reg: Register, query: str, stmt: Select[Any]) -> Select[Any]:
    terms = search_terms(query)
    if not terms:
        return stmt
    code_prefix = normalise_code(query).replace("%", "").replace("_", "")
    by_code = Equipment.asset_code_norm.like(f"{code_prefix}%") if code_prefix else None
    if reg.engine.dialect.name == "sqlite":
        match = fts_query(query)
        by_words = literal_column("equipment.rowid").in_(
            select(literal_column("rowid"))
            .select_from(text("equipment_fts"))
            .where(text("equipment_fts MATCH :fts").bindparams(fts=match))
        )
    else:
        conditions = [Equipment.search_text.contains(t, autoescape=True) for t in terms]
        by_words = conditions[0]
        for c in conditions[1:]:
            by_words = by_words & c
    return stmt.where(or_(by_words, by_code) if by_code is not None else by_words)


def equipment_ids(reg: Register, q: EquipmentQuery = EquipmentQuery()) -> list[str]:
    """Ids of the matching items in display order."""
    column = SORTS.get(q.sort, Equipment.asset_code_norm)
    stmt = select(Equipment.id)
    if q.sort == "room":
        stmt = stmt.outerjoin(Room, Room.id == Equipment.room_id)
    stmt = _filtered(reg, q, stmt)
    order = column.desc() if q.descending else column.asc()
    stmt = stmt.order_by(order, Equipment.asset_code_norm)
    with reg.read() as s:
        return list(s.scalars(stmt))


def count_equipment(reg: Register, q: EquipmentQuery = EquipmentQuery()) -> int:
    stmt = _filtered(reg, q, select(func.count()).select_from(Equipment))
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


def equipment_rows(reg: Register, ids: Sequence[str]) -> dict[str, Row[Any]]:
    """Display rows for these ids (a page of the table), keyed by id."""
    if not ids:
        return {}
    stmt = (
        select(*ROW_COLUMNS)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(Equipment.id.in_(list(ids)))
    )
    with reg.read() as s:
        return {row.id: row for row in s.execute(stmt)}
