"""Maintenance and repair records, and maintenance plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import Equipment, MaintenancePlan, MaintenanceRecord, Room
from app.models.enums import EquipmentStatus, MaintenanceKind, MaintenanceResult
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import MaintenanceInput, MaintenancePlanInput, parse
from app.services.text import fold


def _live_equipment(s: Session, reg: Register, item_id: str) -> Equipment:
    item = s.get(Equipment, item_id)
    if item is None or item.school_id != reg.school_id or item.deleted_at is not None:
        raise ServiceError.for_field(
            "equipment_id", "Thiết bị đã chọn không có trong sổ (có thể đã bị xóa)."
        )
    return item


def record_maintenance(reg: Register, data: MaintenanceInput | dict[str, Any]) -> MaintenanceRecord:
    """Write a maintenance/repair record; a repair sent out marks the item in repair."""
    values = parse(MaintenanceInput, data)
    with reg.write() as s:
        return _add_record(s, reg, values, None)


def _add_record(
    s: Session, reg: Register, values: MaintenanceInput, plan_id: str | None
) -> MaintenanceRecord:
    item = _live_equipment(s, reg, values.equipment_id)
    record = MaintenanceRecord(school_id=reg.school_id, plan_id=plan_id, **values.model_dump())
    s.add(record)
    s.flush()
    sent_out = values.kind == MaintenanceKind.REPAIR and values.result == MaintenanceResult.SENT_OUT
    if sent_out and item.status != EquipmentStatus.IN_REPAIR:
        audit.record(
            s,
            reg,
            "equipment",
            item.id,
            "update",
            {"status": [item.status.value, EquipmentStatus.IN_REPAIR.value]},
            f"{item.asset_code} gửi đi sửa",
        )
        item.status = EquipmentStatus.IN_REPAIR
    audit.record(
        s,
        reg,
        "maintenance",
        record.id,
        "create",
        summary=f"{item.asset_code}: {values.description[:200]}",
    )
    audit.record(
        s,
        reg,
        "equipment",
        item.id,
        "maintenance",
        {"maintenance_id": [None, record.id]},
        f"Bảo trì/sửa chữa ngày {values.performed_on:%d/%m/%Y}: {values.description[:150]}",
    )
    return record


def update_maintenance(
    reg: Register,
    record_id: str,
    data: MaintenanceInput | dict[str, Any],
    expected_version: int | None = None,
) -> MaintenanceRecord:
    values = parse(MaintenanceInput, data)
    with reg.write() as s:
        record = _live_record(s, reg, record_id)
        check_version(record, expected_version, "Bản ghi bảo trì")
        _live_equipment(s, reg, values.equipment_id)
        changes = apply_fields(record, values.model_dump())
        if changes:
            audit.record(s, reg, "maintenance", record.id, "update", changes, "Sửa bản ghi bảo trì")
    return record


def delete_maintenance(reg: Register, record_ids: str | list[str]) -> None:
    """Soft-delete one record or several, all or none."""
    ids = [record_ids] if isinstance(record_ids, str) else record_ids
    with reg.write() as s:
        for record_id in ids:
            record = _live_record(s, reg, record_id)
            record.deleted_at = now_utc()
            audit.record(s, reg, "maintenance", record.id, "delete", summary="Xóa bản ghi bảo trì")


def get_maintenance(reg: Register, record_id: str) -> MaintenanceRecord:
    with reg.read() as s:
        record = s.get(MaintenanceRecord, record_id)
    if record is None or record.school_id != reg.school_id:
        raise ServiceError("Không tìm thấy bản ghi bảo trì này.")
    return record


def _live_record(s: Session, reg: Register, record_id: str) -> MaintenanceRecord:
    record = s.get(MaintenanceRecord, record_id)
    if record is None or record.school_id != reg.school_id or record.deleted_at is not None:
        raise ServiceError("Không tìm thấy bản ghi bảo trì này (có thể đã bị xóa).")
    return record


@dataclass(frozen=True)
class MaintenanceQuery:
    text: str = ""
    equipment_id: str | None = None
    room_id: str | None = None
    kind: MaintenanceKind | None = None
    since: date | None = None
    sort: str = "performed_on"
    descending: bool = True


MAINTENANCE_SORTS: dict[str, Any] = {
    "performed_on": MaintenanceRecord.performed_on,
    "asset_code": Equipment.asset_code_norm,
    "name": Equipment.name_norm,
    "kind": MaintenanceRecord.kind,
    "performed_by": MaintenanceRecord.performed_by,
    "cost": MaintenanceRecord.cost,
    "result": MaintenanceRecord.result,
    "next_due_on": MaintenanceRecord.next_due_on,
}

MAINTENANCE_COLUMNS = (
    MaintenanceRecord.id,
    MaintenanceRecord.performed_on,
    MaintenanceRecord.kind,
    MaintenanceRecord.description,
    MaintenanceRecord.performed_by,
    MaintenanceRecord.cost,
    MaintenanceRecord.result,
    MaintenanceRecord.next_due_on,
    MaintenanceRecord.equipment_id,
    Equipment.asset_code,
    Equipment.name,
    Room.code.label("room_code"),
)


def maintenance_stmt(reg: Register, q: MaintenanceQuery, stmt: Select[Any]) -> Select[Any]:
    stmt = (
        stmt.join(Equipment, Equipment.id == MaintenanceRecord.equipment_id)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(MaintenanceRecord.school_id == reg.school_id, MaintenanceRecord.deleted_at.is_(None))
    )
    if q.equipment_id:
        stmt = stmt.where(MaintenanceRecord.equipment_id == q.equipment_id)
    else:
        # The log lists live items' records; a deleted item's stay on its own page.
        stmt = stmt.where(Equipment.deleted_at.is_(None))
    if q.room_id:
        stmt = stmt.where(Equipment.room_id == q.room_id)
    if q.kind is not None:
        stmt = stmt.where(MaintenanceRecord.kind == q.kind)
    if q.since is not None:
        stmt = stmt.where(MaintenanceRecord.performed_on >= q.since)
    for term in fold(q.text).split():
        stmt = stmt.where(Equipment.search_text.contains(term, autoescape=True))
    return stmt


def maintenance_ids(reg: Register, q: MaintenanceQuery = MaintenanceQuery()) -> list[str]:
    column = MAINTENANCE_SORTS.get(q.sort, MaintenanceRecord.performed_on)
    stmt = maintenance_stmt(reg, q, select(MaintenanceRecord.id))
    stmt = stmt.order_by(column.desc() if q.descending else column.asc(), MaintenanceRecord.id)
    with reg.read() as s:
        return list(s.scalars(stmt))


def maintenance_rows(reg: Register, ids: list[str]) -> dict[str, Any]:
    if not ids:
        return {}
    columns: Select[Any] = select(*MAINTENANCE_COLUMNS)  # type: ignore[assignment]
    stmt = maintenance_stmt(reg, MaintenanceQuery(), columns)
    stmt = stmt.where(MaintenanceRecord.id.in_(ids))
    with reg.read() as s:
        return {row.id: row for row in s.execute(stmt)}


# -- plans ---------------------------------------------------------------------------


def create_plan(reg: Register, data: MaintenancePlanInput | dict[str, Any]) -> MaintenancePlan:
    values = parse(MaintenancePlanInput, data)
    with reg.write() as s:
        if values.equipment_id:
            _live_equipment(s, reg, values.equipment_id)
        plan = MaintenancePlan(school_id=reg.school_id, **values.model_dump())
        s.add(plan)
        s.flush()
        audit.record(s, reg, "maintenance_plan", plan.id, "create", summary=plan.task)
    return plan


def complete_plan_task(
    reg: Register, plan_id: str, equipment_id: str, performed_on: date, performed_by: str = ""
) -> MaintenanceRecord:
    """Record the plan's task as done for one item and move the plan's next due date."""
    next_due_on = None
    with reg.write() as s:
        plan = s.get(MaintenancePlan, plan_id)
        if plan is None or plan.school_id != reg.school_id or plan.deleted_at is not None:
            raise ServiceError("Không tìm thấy kế hoạch bảo trì này.")
        next_due_on = performed_on + timedelta(days=plan.interval_days)
        values = parse(
            MaintenanceInput,
            {
                "equipment_id": equipment_id,
                "performed_on": performed_on,
                "description": plan.task,
                "performed_by": performed_by,
                "next_due_on": next_due_on,
            },
        )
        _check_plan_target(plan, _live_equipment(s, reg, equipment_id))
        record = _add_record(s, reg, values, plan.id)
        if next_due_on > plan.next_due_on:
            changes = apply_fields(plan, {"next_due_on": next_due_on})
            audit.record(s, reg, "maintenance_plan", plan.id, "update", changes, plan.task)
    return record


def _check_plan_target(plan: MaintenancePlan, item: Equipment) -> None:
    """A plan for one item, or for one category, is done on that item or category only."""
    if plan.equipment_id is not None:
        wrong = item.id != plan.equipment_id
    else:
        wrong = plan.category is not None and item.category != plan.category
    if wrong:
        raise ServiceError.for_field(
            "equipment_id", f"Thiết bị {item.asset_code} không thuộc kế hoạch «{plan.task}»."
        )


def due_plans(reg: Register, on: date | None = None) -> list[MaintenancePlan]:
    """Active plans due on or before ``on`` (today by default), most overdue first."""
    on = on or date.today()
    with reg.read() as s:
        return list(
            s.scalars(
                select(MaintenancePlan)
                .where(
                    MaintenancePlan.school_id == reg.school_id,
                    MaintenancePlan.deleted_at.is_(None),
                    MaintenancePlan.active.is_(True),
                    MaintenancePlan.next_due_on <= on,
                )
                .order_by(MaintenancePlan.next_due_on)
            )
        )


def list_plans(reg: Register) -> list[MaintenancePlan]:
    with reg.read() as s:
        return list(
            s.scalars(
                select(MaintenancePlan)
                .where(
                    MaintenancePlan.school_id == reg.school_id, MaintenancePlan.deleted_at.is_(None)
                )
                .order_by(MaintenancePlan.next_due_on)
            )
        )
