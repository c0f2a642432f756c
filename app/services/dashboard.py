"""Figures for the home screen: what the register holds, by room kind, condition and
funding source. Aggregates in SQL, so they stay quick at 100,000 items."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.models import Equipment, Room
from app.models.enums import Condition, EquipmentStatus, FundingSource, RoomKind
from app.services.register import Register


@dataclass(frozen=True)
class RegisterFigures:
    """Live items in service (disposed ones left out) and live rooms."""

    items: int = 0  # register lines
    units: int = 0  # the sum of their quantities
    total_value: int = 0  # đồng: quantity × unit price
    units_by_condition: dict[Condition, int] = field(default_factory=dict)
    value_by_funding: dict[FundingSource, int] = field(default_factory=dict)
    items_by_status: dict[EquipmentStatus, int] = field(default_factory=dict)
    rooms_by_kind: dict[RoomKind, int] = field(default_factory=dict)
    units_by_room_kind: dict[RoomKind | None, dict[Condition, int]] = field(default_factory=dict)
    disposed_items: int = 0


def register_figures(reg: Register) -> RegisterFigures:
    """One pass over the live items (grouped by room, funding source and status), then
    the sums by what the home screen shows. About 0.13 s at 100,000 items: call it off
    the UI thread."""
    school = reg.school_id
    with reg.read() as s:
        groups = s.execute(
            select(
                Equipment.room_id,
                Equipment.funding_source,
                Equipment.status,
                func.count(),
                func.sum(Equipment.quantity),
                func.sum(Equipment.quantity * Equipment.unit_price),
                func.sum(Equipment.qty_good),
                func.sum(Equipment.qty_minor_damage),
                func.sum(Equipment.qty_broken),
                func.sum(Equipment.qty_lost),
            )
            .where(Equipment.school_id == school, Equipment.deleted_at.is_(None))
            .group_by(Equipment.room_id, Equipment.funding_source, Equipment.status)
        ).all()
        rooms = dict(
            s.execute(
                select(Room.id, Room.kind).where(
                    Room.school_id == school, Room.deleted_at.is_(None)
                )
            ).all()
        )
    items = units = value = 0
    by_condition = dict.fromkeys(Condition, 0)
    by_funding: dict[FundingSource, int] = {}
    by_status: dict[EquipmentStatus, int] = {}
    by_room_kind: dict[RoomKind | None, dict[Condition, int]] = {}
    for room_id, funding, status, count, quantity, worth, *conditions in groups:
        by_status[status] = by_status.get(status, 0) + int(count)
        if status == EquipmentStatus.DISPOSED:
            continue
        items += int(count)
        units += int(quantity)
        value += int(worth)
        by_funding[funding] = by_funding.get(funding, 0) + int(worth)
        kind = rooms.get(room_id) if room_id is not None else None
        per_kind = by_room_kind.setdefault(kind, dict.fromkeys(Condition, 0))
        for condition, n in zip(Condition, conditions, strict=True):
            per_kind[condition] += int(n)
            by_condition[condition] += int(n)
    room_kinds: dict[RoomKind, int] = {}
    for kind in rooms.values():
        room_kinds[kind] = room_kinds.get(kind, 0) + 1
    return RegisterFigures(
        items=items,
        units=units,
        total_value=value,
        units_by_condition=by_condition,
        value_by_funding=by_funding,
        items_by_status=by_status,
        rooms_by_kind=room_kinds,
        units_by_room_kind=by_room_kind,
        disposed_items=by_status.get(EquipmentStatus.DISPOSED, 0),
    )
