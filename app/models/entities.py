"""The register's tables: school, staff, rooms, equipment, maintenance, audit trail.

Portable between SQLite (the school's PC) and PostgreSQL (the district server):
enums are stored as strings, JSON as JSON, money as whole đồng.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RowMixin, SyncedMixin, UtcDateTime, string_enum, utcnow
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

_enum = string_enum


class School(RowMixin, Base):
    __tablename__ = "school"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[SchoolLevel] = mapped_column(_enum(SchoolLevel))
    governing_body: Mapped[str] = mapped_column(String(200), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    class_count: Mapped[int] = mapped_column(Integer, default=0)
    # Classes per grade, {"6": 10, "7": 9, ...}: the minimum equipment lists count per
    # class of a grade. Empty: class_count spread evenly over the level's grades.
    classes_by_grade: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    student_count: Mapped[int] = mapped_column(Integer, default=0)
    principal: Mapped[str] = mapped_column(String(100), default="")
    equipment_officer: Mapped[str] = mapped_column(String(100), default="")

    @property
    def school_id(self) -> str:
        return self.id


class Staff(SyncedMixin, Base):
    __tablename__ = "staff"

    full_name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Room(SyncedMixin, Base):
    __tablename__ = "room"
    __table_args__ = (
        Index("ix_room_school_code", "school_id", "code"),
        CheckConstraint("area_m2 IS NULL OR area_m2 >= 0", name="area_nonnegative"),
        CheckConstraint("seats >= 0", name="seats_nonnegative"),
    )

    kind: Mapped[RoomKind] = mapped_column(_enum(RoomKind))
    # Subject-room type key from resources/reference/room_types.json (e.g. "khtn").
    subject_type: Mapped[str | None] = mapped_column(String(40), default=None)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    building: Mapped[str] = mapped_column(String(100), default="")
    floor: Mapped[int | None] = mapped_column(Integer, default=None)
    area_m2: Mapped[float | None] = mapped_column(Float, default=None)
    seats: Mapped[int] = mapped_column(Integer, default=0)
    has_preparation_room: Mapped[bool] = mapped_column(Boolean, default=False)
    preparation_area_m2: Mapped[float | None] = mapped_column(Float, default=None)
    responsible_staff_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff.id"), default=None
    )
    status: Mapped[RoomStatus] = mapped_column(_enum(RoomStatus), default=RoomStatus.IN_USE)
    # Facility checklist (Circular 14/2020 and the online-classroom letters).
    has_power: Mapped[bool] = mapped_column(Boolean, default=False)
    has_internet: Mapped[bool] = mapped_column(Boolean, default=False)
    has_sound_insulation: Mapped[bool] = mapped_column(Boolean, default=False)
    has_curtains: Mapped[bool] = mapped_column(Boolean, default=False)
    has_cooling: Mapped[bool] = mapped_column(Boolean, default=False)
    has_furniture: Mapped[bool] = mapped_column(Boolean, default=False)
    has_security: Mapped[bool] = mapped_column(Boolean, default=False)
    has_fire_safety: Mapped[bool] = mapped_column(Boolean, default=False)
    rules_document: Mapped[str] = mapped_column(String(300), default="")
    # Smart classrooms: [{"class_name": "6A1", "grade": 6, "students": 42}, ...]
    classes_served: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    responsible_staff: Mapped[Staff | None] = relationship(lazy="joined")


class Equipment(SyncedMixin, Base):
    __tablename__ = "equipment"
    __table_args__ = (
        # Asset codes are unique per school among live rows; enforced by the service
        # (a deleted row keeps its code so a restore can bring it back).
        # The equipment list reads ids in asset-code or name order straight from these
        # covering indexes of live rows (no table access, no sort step).
        Index(
            "ix_equipment_live_code",
            "school_id",
            "asset_code_norm",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_equipment_live_name",
            "school_id",
            "name_norm",
            "asset_code_norm",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_equipment_room", "room_id"),
        CheckConstraint("quantity >= 0", name="quantity_nonnegative"),
        CheckConstraint(
            "qty_good >= 0 AND qty_minor_damage >= 0 AND qty_broken >= 0 AND qty_lost >= 0",
            name="condition_nonnegative",
        ),
        CheckConstraint(
            "qty_good + qty_minor_damage + qty_broken + qty_lost = quantity",
            name="condition_adds_up",
        ),
        CheckConstraint("unit_price >= 0", name="price_nonnegative"),
    )

    asset_code: Mapped[str] = mapped_column(String(40))
    asset_code_norm: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    name_norm: Mapped[str] = mapped_column(String(200), default="")
    catalogue_code: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[EquipmentCategory] = mapped_column(_enum(EquipmentCategory))
    subject: Mapped[str] = mapped_column(String(60), default="")
    grades: Mapped[str] = mapped_column(String(40), default="")
    brand: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    serial: Mapped[str] = mapped_column(String(100), default="")
    origin: Mapped[str] = mapped_column(String(100), default="")
    supplier: Mapped[str] = mapped_column(String(200), default="")
    room_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("room.id"), default=None)
    unit: Mapped[str] = mapped_column(String(20), default="cái")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    qty_good: Mapped[int] = mapped_column(Integer, default=1)
    qty_minor_damage: Mapped[int] = mapped_column(Integer, default=0)
    qty_broken: Mapped[int] = mapped_column(Integer, default=0)
    qty_lost: Mapped[int] = mapped_column(Integer, default=0)
    unit_price: Mapped[int] = mapped_column(BigInteger, default=0)
    funding_source: Mapped[FundingSource] = mapped_column(
        _enum(FundingSource), default=FundingSource.STATE_BUDGET
    )
    acquired_on: Mapped[date | None] = mapped_column(Date, default=None)
    in_service_on: Mapped[date | None] = mapped_column(Date, default=None)
    warranty_until: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[EquipmentStatus] = mapped_column(
        _enum(EquipmentStatus), default=EquipmentStatus.IN_USE
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Accent-free text of the searchable fields; the FTS5 index mirrors it on SQLite.
    search_text: Mapped[str] = mapped_column(Text, default="")

    room: Mapped[Room | None] = relationship(lazy="joined")

    @property
    def total_value(self) -> int:
        return self.quantity * self.unit_price


class MaintenanceRecord(SyncedMixin, Base):
    __tablename__ = "maintenance_record"
    __table_args__ = (
        Index("ix_maintenance_record_equipment", "equipment_id", "performed_on"),
        CheckConstraint("cost >= 0", name="cost_nonnegative"),
    )

    equipment_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment.id"))
    plan_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("maintenance_plan.id"), default=None
    )
    kind: Mapped[MaintenanceKind] = mapped_column(_enum(MaintenanceKind))
    performed_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    performed_by: Mapped[str] = mapped_column(String(200), default="")
    cost: Mapped[int] = mapped_column(BigInteger, default=0)
    result: Mapped[MaintenanceResult] = mapped_column(
        _enum(MaintenanceResult), default=MaintenanceResult.DONE
    )
    next_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    equipment: Mapped[Equipment] = relationship(lazy="joined")


class MaintenancePlan(SyncedMixin, Base):
    __tablename__ = "maintenance_plan"
    __table_args__ = (
        CheckConstraint("interval_days > 0", name="interval_positive"),
        CheckConstraint("equipment_id IS NOT NULL OR category IS NOT NULL", name="has_target"),
    )

    equipment_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("equipment.id"), default=None
    )
    category: Mapped[EquipmentCategory | None] = mapped_column(
        _enum(EquipmentCategory), default=None
    )
    task: Mapped[str] = mapped_column(String(300))
    interval_days: Mapped[int] = mapped_column(Integer)
    next_due_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A category plan may keep to the items whose name holds these words ("máy chiếu"):
    # as typed, and accent-free (what the items' name_norm is matched against).
    name_contains: Mapped[str] = mapped_column(String(100), default="")
    name_contains_norm: Mapped[str] = mapped_column(String(100), default="")


class AuditEntry(SyncedMixin, Base):
    """Who changed what, when: written by the services in the same transaction."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id", "at"),)

    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    # {"field": [old, new], ...} with values as JSON-friendly text.
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    summary: Mapped[str] = mapped_column(String(300), default="")


class AppSetting(Base):
    """Local, unsynced key/value settings of this register file (e.g. the school id)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
