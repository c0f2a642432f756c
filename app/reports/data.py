"""What the sheets and the Excel files read from the register (read-only queries).

Rows come as small frozen dataclasses; the register's list streams, so that 100,000
items never sit in memory as ORM objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, literal_column, select

from app.models import Equipment, MaintenanceRecord, Room, School, Staff
from app.models.enums import (
    EquipmentCategory,
    EquipmentStatus,
    FundingSource,
    MaintenanceKind,
    MaintenanceResult,
    RoomKind,
    RoomStatus,
    SchoolLevel,
)
from app.services.equipment_query import EquipmentQuery, filter_equipment
from app.services.maintenance import MaintenanceQuery, maintenance_stmt
from app.services.reference import room_type_name
from app.services.register import Register

STREAM_CHUNK = 2000
ALL_ITEMS = EquipmentQuery()
ALL_MAINTENANCE = MaintenanceQuery(descending=False)

# The facility checklist of a room (Circular 14/2020 and the online-classroom letters),
# in the order sheets print it.
FACILITY_WORDS: dict[str, str] = {
    "has_power": "Điện",
    "has_internet": "Internet",
    "has_sound_insulation": "Cách âm",
    "has_curtains": "Rèm che",
    "has_cooling": "Quạt / điều hòa",
    "has_furniture": "Bàn ghế, tủ",
    "has_security": "An ninh cửa",
    "has_fire_safety": "Phòng cháy chữa cháy",
}


@dataclass(frozen=True)
class SchoolInfo:
    code: str
    name: str
    level: SchoolLevel
    governing_body: str  # e.g. "PHÒNG GD&ĐT HUYỆN ..." (printed above the school)
    district: str
    province: str
    address: str
    principal: str
    equipment_officer: str
    class_count: int
    student_count: int

    @property
    def place(self) -> str:
        """Where sheets are dated: the district, else the province."""
        return self.district or self.province


@dataclass(frozen=True)
class RegisterRow:
    """One item of the register with its room."""

    id: str
    asset_code: str
    name: str
    category: EquipmentCategory
    subject: str
    grades: str
    brand: str
    model: str
    serial: str
    origin: str
    supplier: str
    catalogue_code: str
    unit: str
    quantity: int
    qty_good: int
    qty_minor_damage: int
    qty_broken: int
    qty_lost: int
    unit_price: int
    funding_source: FundingSource
    acquired_on: date | None
    in_service_on: date | None
    warranty_until: date | None
    status: EquipmentStatus
    notes: str
    room_id: str | None
    room_code: str | None
    room_name: str | None

    @property
    def total_value(self) -> int:
        return self.quantity * self.unit_price

    @property
    def year_in_service(self) -> int | None:
        moment = self.in_service_on or self.acquired_on
        return moment.year if moment else None


@dataclass(frozen=True)
class RoomRow:
    id: str
    code: str
    name: str
    kind: RoomKind
    subject_type: str | None
    subject_type_name: str
    building: str
    floor: int | None
    area_m2: float | None
    seats: int
    has_preparation_room: bool
    preparation_area_m2: float | None
    status: RoomStatus
    responsible: str  # the responsible staff member's name
    facilities: dict[str, bool]  # FACILITY_WORDS keys
    classes_served: list[dict[str, Any]]
    rules_document: str
    notes: str
    item_count: int = 0  # items (rows) in the room
    total_value: int = 0


@dataclass(frozen=True)
class MaintenanceRow:
    performed_on: date
    asset_code: str
    item_name: str
    room_code: str | None
    kind: MaintenanceKind
    description: str
    performed_by: str
    cost: int
    result: MaintenanceResult
    next_due_on: date | None
    notes: str = field(default="")


def school_info(reg: Register) -> SchoolInfo:
    with reg.read() as s:
        school = s.get(School, reg.school_id)
        if school is None:
            raise LookupError("the register has no school")
        return SchoolInfo(
            code=school.code,
            name=school.name,
            level=school.level,
            governing_body=school.governing_body,
            district=school.district,
            province=school.province,
            address=school.address,
            principal=school.principal,
            equipment_officer=school.equipment_officer,
            class_count=school.class_count,
            student_count=school.student_count,
        )


_REGISTER_COLUMNS = (
    Equipment.id,
    Equipment.asset_code,
    Equipment.name,
    Equipment.category,
    Equipment.subject,
    Equipment.grades,
    Equipment.brand,
    Equipment.model,
    Equipment.serial,
    Equipment.origin,
    Equipment.supplier,
    Equipment.catalogue_code,
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
    Equipment.notes,
    Equipment.room_id,
    Room.code,
    Room.name,
)

# How a register is ordered for a book: by room (then code) or by subject (then code).
REGISTER_ORDERS = ("code", "room", "subject")


def _among(reg: Register, ids: list[str]) -> ColumnElement[bool]:
    """Equipment.id is one of ``ids``, however many (a selection of the whole register):
    one JSON parameter on SQLite, whose IN list stops at 32,766 bound parameters."""
    if reg.engine.dialect.name != "sqlite":
        return Equipment.id.in_(ids)
    wanted: Select[Any] = select(literal_column("value")).select_from(
        func.json_each(bindparam("wanted_ids", json.dumps(ids)))
    )
    return Equipment.id.in_(wanted)


def register_rows(
    reg: Register,
    q: EquipmentQuery = ALL_ITEMS,
    order: str = "code",
    ids: list[str] | None = None,
) -> Iterator[RegisterRow]:
    """The live items matching ``q`` (or just ``ids``), streamed in ``order``."""
    stmt: Select[Any] = select(*_REGISTER_COLUMNS).outerjoin(  # type: ignore[assignment]
        Room, Room.id == Equipment.room_id
    )
    stmt = filter_equipment(reg, q, stmt)
    if ids is not None:
        stmt = stmt.where(_among(reg, ids))
    ties = (Equipment.asset_code_norm, Equipment.id)
    if order == "room":
        stmt = stmt.order_by(Room.code.is_(None), Room.code, *ties)
    elif order == "subject":
        stmt = stmt.order_by(Equipment.subject == "", Equipment.subject, *ties)
    else:
        stmt = stmt.order_by(*ties)
    with reg.read() as s:
        for row in s.execute(stmt.execution_options(yield_per=STREAM_CHUNK)):
            yield RegisterRow(*row)


def count_register_rows(
    reg: Register, q: EquipmentQuery = ALL_ITEMS, ids: list[str] | None = None
) -> int:
    stmt = filter_equipment(reg, q, select(func.count()).select_from(Equipment))
    if ids is not None:
        stmt = stmt.where(_among(reg, ids))
    with reg.read() as s:
        return int(s.scalar(stmt) or 0)


def room_rows(reg: Register, room_ids: list[str] | None = None) -> list[RoomRow]:
    """The school's live rooms by code, each with its item count and value."""
    totals = (
        select(
            Equipment.room_id,
            func.count().label("item_count"),
            func.coalesce(func.sum(Equipment.quantity * Equipment.unit_price), 0).label(
                "item_value"
            ),
        )
        .where(Equipment.school_id == reg.school_id, Equipment.deleted_at.is_(None))
        .group_by(Equipment.room_id)
        .subquery()
    )
    stmt = (
        select(Room, Staff.full_name, totals.c.item_count, totals.c.item_value)
        .outerjoin(Staff, Staff.id == Room.responsible_staff_id)
        .outerjoin(totals, totals.c.room_id == Room.id)
        .where(Room.school_id == reg.school_id, Room.deleted_at.is_(None))
        .order_by(Room.code)
    )
    if room_ids is not None:
        stmt = stmt.where(Room.id.in_(room_ids))
    with reg.read() as s:
        return [
            RoomRow(
                id=room.id,
                code=room.code,
                name=room.name,
                kind=room.kind,
                subject_type=room.subject_type,
                subject_type_name=room_type_name(room.subject_type) if room.subject_type else "",
                building=room.building,
                floor=room.floor,
                area_m2=room.area_m2,
                seats=room.seats,
                has_preparation_room=room.has_preparation_room,
                preparation_area_m2=room.preparation_area_m2,
                status=room.status,
                responsible=staff or "",
                facilities={key: bool(getattr(room, key)) for key in FACILITY_WORDS},
                classes_served=list(room.classes_served or []),
                rules_document=room.rules_document,
                notes=room.notes,
                item_count=int(items or 0),
                total_value=int(value or 0),
            )
            for room, staff, items, value in s.execute(stmt).unique()
        ]


def maintenance_log(
    reg: Register, q: MaintenanceQuery = ALL_MAINTENANCE, until: date | None = None
) -> list[MaintenanceRow]:
    """Maintenance and repairs matching ``q`` (``q.since`` ... ``until``), oldest first."""
    columns: Select[Any] = select(  # type: ignore[assignment]
        MaintenanceRecord.performed_on,
        Equipment.asset_code,
        Equipment.name,
        Room.code,
        MaintenanceRecord.kind,
        MaintenanceRecord.description,
        MaintenanceRecord.performed_by,
        MaintenanceRecord.cost,
        MaintenanceRecord.result,
        MaintenanceRecord.next_due_on,
        MaintenanceRecord.notes,
    )
    stmt = maintenance_stmt(reg, q, columns)
    if until is not None:
        stmt = stmt.where(MaintenanceRecord.performed_on <= until)
    stmt = stmt.order_by(MaintenanceRecord.performed_on, Equipment.asset_code_norm)
    with reg.read() as s:
        return [MaintenanceRow(*row) for row in s.execute(stmt)]
