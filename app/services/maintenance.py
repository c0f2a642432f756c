"""Maintenance and repair records, and maintenance plans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import Field, field_validator
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import Equipment, MaintenancePlan, MaintenanceRecord, Room
from app.models.enums import (
    EquipmentCategory,
    EquipmentStatus,
    MaintenanceKind,
    MaintenanceResult,
)
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.errors import ServiceError
from app.services.maintenance_tasks import PlanFigures, earliest_due, in_plan_scope, plan_figures
from app.services.register import Register
from app.services.schemas import (
    MaintenanceInput,
    MaintenancePlanInput,
    _Input,
    not_in_future,
    parse,
)
from app.services.text import fold, fold_all, search_terms


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
        return add_record_in_session(s, reg, values)


def add_record_in_session(
    s: Session,
    reg: Register,
    values: MaintenanceInput,
    plan_id: str | None = None,
    *,
    mark_in_repair: bool = True,
) -> MaintenanceRecord:
    """Add a record inside the caller's transaction ``s``, with its audit lines. A
    repair sent out marks the item in repair unless the caller decides that itself."""
    item = _live_equipment(s, reg, values.equipment_id)
    record = MaintenanceRecord(school_id=reg.school_id, plan_id=plan_id, **values.model_dump())
    s.add(record)
    s.flush()
    sent_out = values.kind == MaintenanceKind.REPAIR and values.result == MaintenanceResult.SENT_OUT
    if mark_in_repair and sent_out and item.status != EquipmentStatus.IN_REPAIR:
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
            _refit_plans(s, reg, [record])
    return record


def delete_maintenance(reg: Register, record_ids: str | list[str]) -> None:
    """Soft-delete one record or several, all or none."""
    ids = [record_ids] if isinstance(record_ids, str) else record_ids
    with reg.write() as s:
        records = [_live_record(s, reg, record_id) for record_id in ids]
        done_before = {
            plan_id: earliest_due(s, reg, plan_id).all_done
            for plan_id in {r.plan_id for r in records if r.plan_id is not None}
        }
        for record in records:
            record.deleted_at = now_utc()
            audit.record(s, reg, "maintenance", record.id, "delete", summary="Xóa bản ghi bảo trì")
        _refit_plans(s, reg, records, done_before)


def _refit_plans(
    s: Session,
    reg: Register,
    records: Sequence[MaintenanceRecord],
    done_before: dict[str, bool] | None = None,
) -> None:
    """After plan records were corrected or deleted, the plans' dates follow their
    items again: every item done, the earliest date by the interval; an item left
    never done (its only record deleted), due again from that record's day."""
    by_plan: dict[str, list[MaintenanceRecord]] = {}
    for record in records:
        if record.plan_id is not None:
            by_plan.setdefault(record.plan_id, []).append(record)
    if not by_plan:
        return
    s.flush()
    for plan_id, changed in sorted(by_plan.items()):
        plan = s.get(MaintenancePlan, plan_id)
        if plan is None or plan.deleted_at is not None:
            continue
        earliest = earliest_due(s, reg, plan_id)
        target = plan.next_due_on
        if earliest.all_done and earliest.own is not None:
            target = earliest.own
        elif done_before and done_before.get(plan_id):
            target = min(plan.next_due_on, *(r.performed_on for r in changed))
        if target != plan.next_due_on:
            changes = apply_fields(plan, {"next_due_on": target})
            audit.record(s, reg, "maintenance_plan", plan.id, "update", changes, plan.task)


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


def _plan_values(values: MaintenancePlanInput) -> dict[str, Any]:
    fields = values.model_dump()
    fields["name_contains_norm"] = fold(values.name_contains)
    return fields


def _plan_target(s: Session, reg: Register, values: MaintenancePlanInput) -> None:
    if values.equipment_id:
        item = _live_equipment(s, reg, values.equipment_id)
        if item.status == EquipmentStatus.DISPOSED:
            raise ServiceError.for_field(
                "equipment_id",
                f"Thiết bị {item.asset_code} đã thanh lý: không lập kế hoạch bảo trì cho nó.",
            )


def create_plan(reg: Register, data: MaintenancePlanInput | dict[str, Any]) -> MaintenancePlan:
    values = parse(MaintenancePlanInput, data)
    with reg.write() as s:
        _plan_target(s, reg, values)
        plan = MaintenancePlan(school_id=reg.school_id, **_plan_values(values))
        s.add(plan)
        s.flush()
        audit.record(s, reg, "maintenance_plan", plan.id, "create", summary=plan.task)
    return plan


def update_plan(
    reg: Register,
    plan_id: str,
    data: MaintenancePlanInput | dict[str, Any],
    expected_version: int | None = None,
) -> MaintenancePlan:
    """Edit a plan. A new interval moves the items' due dates at once; when every item
    has been done and the date was left as it was, the plan's date follows them."""
    values = parse(MaintenancePlanInput, data)
    with reg.write() as s:
        plan = _live_plan(s, reg, plan_id)
        check_version(plan, expected_version, "Kế hoạch bảo trì")
        _plan_target(s, reg, values)
        changes = apply_fields(plan, _plan_values(values))
        changes.pop("name_contains_norm", None)
        if "interval_days" in changes and "next_due_on" not in changes:
            s.flush()
            earliest = earliest_due(s, reg, plan.id)
            if earliest.all_done and earliest.own is not None:
                changes.update(apply_fields(plan, {"next_due_on": earliest.own}))
        if changes:
            audit.record(
                s, reg, "maintenance_plan", plan.id, "update", changes, f"Sửa kế hoạch: {plan.task}"
            )
    return plan


def set_plans_active(reg: Register, plan_ids: Sequence[str], active: bool) -> int:
    """Pause (``active=False``) or resume plans; returns how many changed."""
    changed = 0
    with reg.write() as s:
        for plan_id in plan_ids:
            plan = _live_plan(s, reg, plan_id)
            if plan.active == active:
                continue
            changes = apply_fields(plan, {"active": active})
            word = "Tiếp tục" if active else "Tạm dừng"
            audit.record(
                s, reg, "maintenance_plan", plan.id, "update", changes, f"{word}: {plan.task}"
            )
            changed += 1
    return changed


def delete_plans(reg: Register, plan_ids: Sequence[str]) -> int:
    """Soft-delete plans, all or none; the records written under them stay in the log."""
    with reg.write() as s:
        for plan_id in plan_ids:
            plan = _live_plan(s, reg, plan_id)
            plan.deleted_at = now_utc()
            audit.record(
                s, reg, "maintenance_plan", plan.id, "delete", summary=f"Xóa kế hoạch: {plan.task}"
            )
    return len(plan_ids)


def get_plan(reg: Register, plan_id: str) -> MaintenancePlan:
    with reg.read() as s:
        plan = s.get(MaintenancePlan, plan_id)
    if plan is None or plan.school_id != reg.school_id or plan.deleted_at is not None:
        raise ServiceError("Không tìm thấy kế hoạch bảo trì này (có thể đã bị xóa).")
    return plan


def _live_plan(s: Session, reg: Register, plan_id: str) -> MaintenancePlan:
    plan = s.get(MaintenancePlan, plan_id)
    if plan is None or plan.school_id != reg.school_id or plan.deleted_at is not None:
        raise ServiceError("Không tìm thấy kế hoạch bảo trì này (có thể đã bị xóa).")
    return plan


# -- completing tasks ----------------------------------------------------------------


class TaskDone(_Input):
    """How the officer completed one or several tasks."""

    performed_on: date
    performed_by: str = Field(default="", max_length=200)
    cost: int = Field(default=0, ge=0, le=10_000_000_000)
    notes: str = Field(default="", max_length=5000)

    @field_validator("performed_on")
    @classmethod
    def _performed_not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày thực hiện")


def complete_tasks(
    reg: Register,
    tasks: Sequence[tuple[str, str]],
    done: TaskDone | dict[str, Any],
) -> list[MaintenanceRecord]:
    """Record (plan, item) tasks as done, all in ONE transaction: a maintenance record
    per task (plan_id set, next date = the day + the interval), then each plan's date
    moved on. Any task refused (unknown or paused plan, an item the plan does not
    cover, a disposed item, the same task already done that day) refuses them all,
    naming it; nothing is written."""
    values = parse(TaskDone, done)
    wanted = list(dict.fromkeys(tasks))  # a code scanned twice is done once
    if not wanted:
        raise ServiceError("Chưa chọn công việc nào để ghi hoàn thành.")
    records: list[MaintenanceRecord] = []
    with reg.write() as s:
        plans: dict[str, MaintenancePlan] = {}
        for plan_id, item_id in wanted:
            plan = plans.get(plan_id) or _live_plan(s, reg, plan_id)
            plans[plan_id] = plan
            item = _live_equipment(s, reg, item_id)
            _check_task(s, plan, item, values.performed_on)
            record_values = MaintenanceInput(
                equipment_id=item.id,
                kind=MaintenanceKind.MAINTENANCE,
                performed_on=values.performed_on,
                description=plan.task,
                performed_by=values.performed_by,
                cost=values.cost,
                next_due_on=values.performed_on + timedelta(days=plan.interval_days),
                notes=values.notes,
            )
            records.append(add_record_in_session(s, reg, record_values, plan.id))
        s.flush()
        for plan in plans.values():
            _settle_next_due(s, reg, plan)
    return records


def complete_plan_task(
    reg: Register, plan_id: str, equipment_id: str, performed_on: date, performed_by: str = ""
) -> MaintenanceRecord:
    """Record one plan's task as done on one item (``complete_tasks`` for one)."""
    done = {"performed_on": performed_on, "performed_by": performed_by}
    return complete_tasks(reg, [(plan_id, equipment_id)], done)[0]


def task_problem(reg: Register, plan_id: str, equipment_id: str) -> str | None:
    """Why this task could not be recorded as done today (None: it can), for a form to
    say at once, before Save; ``complete_tasks`` checks again."""
    with reg.read() as s:
        try:
            plan = _live_plan(s, reg, plan_id)
            item = _live_equipment(s, reg, equipment_id)
            _check_task(s, plan, item, None)
        except ServiceError as exc:
            return exc.message
    return None


def _check_task(s: Session, plan: MaintenancePlan, item: Equipment, on: date | None) -> None:
    where = f"Thiết bị {item.asset_code} – {item.name}"
    if not plan.active:
        raise ServiceError(
            f"Kế hoạch «{plan.task}» đang tạm dừng. Hãy cho kế hoạch chạy tiếp rồi ghi hoàn thành."
        )
    if item.status == EquipmentStatus.DISPOSED:
        raise ServiceError.for_field("equipment_id", f"{where} đã thanh lý.")
    if not in_plan_scope(plan, item):
        if plan.equipment_id is not None:
            reason = "kế hoạch này dành cho một thiết bị khác"
        elif item.category != plan.category:
            reason = "kế hoạch này dành cho một nhóm tài sản khác"
        else:
            reason = f"kế hoạch này chỉ dành cho thiết bị có tên chứa «{plan.name_contains}»"
        raise ServiceError.for_field(
            "equipment_id",
            f"{where} không thuộc kế hoạch «{plan.task}»: {reason}. "
            "Không ghi gì; hãy bỏ thiết bị này ra khỏi danh sách.",
        )
    if on is not None:
        twice = s.scalar(
            select(MaintenanceRecord.id).where(
                MaintenanceRecord.plan_id == plan.id,
                MaintenanceRecord.equipment_id == item.id,
                MaintenanceRecord.performed_on == on,
                MaintenanceRecord.deleted_at.is_(None),
            )
        )
        if twice is not None:
            raise ServiceError.for_field(
                "equipment_id",
                f"{where} đã được ghi hoàn thành «{plan.task}» ngày {on:%d/%m/%Y}. "
                "Không ghi gì; hãy bỏ thiết bị này ra khỏi danh sách.",
            )


def _settle_next_due(s: Session, reg: Register, plan: MaintenancePlan) -> None:
    """Once every item of the plan has been done under it, the plan's date is its
    earliest due (it only moves on: the plan's date still holds the items back)."""
    earliest = earliest_due(s, reg, plan.id)
    if not earliest.all_done or earliest.due is None or earliest.due <= plan.next_due_on:
        return
    changes = apply_fields(plan, {"next_due_on": earliest.due})
    audit.record(s, reg, "maintenance_plan", plan.id, "update", changes, plan.task)


def due_plans(reg: Register, on: date | None = None) -> list[MaintenancePlan]:
    """Active plans with a task due on or before ``on`` (today by default), the most
    overdue first."""
    on = on or date.today()
    figures = plan_figures(reg, on=on)
    due = [p for p in list_plans(reg) if p.active and figures.get(p.id, PlanFigures()).due]
    return sorted(due, key=lambda p: (figures[p.id].earliest_due or on, p.task))


def list_plans(reg: Register) -> list[MaintenancePlan]:
    with reg.read() as s:
        return list(
            s.scalars(
                select(MaintenancePlan)
                .where(
                    MaintenancePlan.school_id == reg.school_id, MaintenancePlan.deleted_at.is_(None)
                )
                .order_by(MaintenancePlan.next_due_on, MaintenancePlan.task)
            )
        )


# -- the plans list ------------------------------------------------------------------


class PlanState(StrEnum):
    ALL = "all"
    ACTIVE = "active"
    DUE = "due"  # active, with a task due today or earlier
    PAUSED = "paused"


@dataclass(frozen=True)
class PlanQuery:
    text: str = ""
    state: PlanState = PlanState.ALL
    on: date | None = None  # "today" for what is due
    sort: str = "earliest_due"
    descending: bool = False


@dataclass(frozen=True)
class PlanRow:
    """A plan as the list and the printed schedule show it, with its tasks counted."""

    id: str
    task: str
    equipment_id: str | None
    asset_code: str | None  # an item plan's item
    item_name: str | None
    category: EquipmentCategory | None  # a category plan's
    name_contains: str
    interval_days: int
    next_due_on: date
    active: bool
    version: int
    items: int  # the live items it covers
    due: int  # of them, due on or before the day asked
    earliest_due: date | None
    last_done_on: date | None

    def overdue(self, on: date | None = None) -> bool:
        return (
            self.active
            and self.earliest_due is not None
            and self.earliest_due < (on or date.today())
        )


PLAN_SORTS: dict[str, Any] = {
    "task": lambda r: fold(r.task),
    "target": lambda r: (fold(r.asset_code or ""), r.category or "", fold(r.name_contains)),
    "interval_days": lambda r: r.interval_days,
    "items": lambda r: r.items,
    "due": lambda r: r.due,
    "earliest_due": lambda r: (r.earliest_due or date.max, fold(r.task)),
    "last_done_on": lambda r: (r.last_done_on or date.min, fold(r.task)),
    "active": lambda r: (not r.active, fold(r.task)),
}


def plan_list(reg: Register, q: PlanQuery = PlanQuery()) -> list[PlanRow]:
    """The plans of ``q`` with their figures (two queries; a school has tens of plans,
    the items they cover are counted in SQL)."""
    on = q.on or date.today()
    figures = plan_figures(reg, on=on)
    with reg.read() as s:
        found = s.execute(
            select(MaintenancePlan, Equipment.asset_code, Equipment.name, Equipment.name_norm)
            .outerjoin(Equipment, Equipment.id == MaintenancePlan.equipment_id)
            .where(MaintenancePlan.school_id == reg.school_id, MaintenancePlan.deleted_at.is_(None))
        ).all()
    terms = search_terms(q.text)
    rows: list[PlanRow] = []
    for plan, code, name, name_norm in found:
        f = figures.get(plan.id, PlanFigures())
        row = PlanRow(
            plan.id,
            plan.task,
            plan.equipment_id,
            code,
            name,
            plan.category,
            plan.name_contains,
            plan.interval_days,
            plan.next_due_on,
            plan.active,
            plan.version,
            f.items,
            f.due if plan.active else 0,
            f.earliest_due,
            f.last_done_on,
        )
        if q.state == PlanState.ACTIVE and not plan.active:
            continue
        if q.state == PlanState.PAUSED and plan.active:
            continue
        if q.state == PlanState.DUE and not row.due:
            continue
        searched = fold_all(plan.task, code, name_norm, plan.name_contains)
        if all(t in searched for t in terms):
            rows.append(row)
    rows.sort(key=PLAN_SORTS.get(q.sort, PLAN_SORTS["earliest_due"]), reverse=q.descending)
    return rows


def plan_scope_count(reg: Register, category: EquipmentCategory, name_contains: str = "") -> int:
    """How many live, not disposed items a category plan with these words would cover
    (for the form to say before Save)."""
    stmt = select(func.count()).where(
        Equipment.school_id == reg.school_id,
        Equipment.deleted_at.is_(None),
        Equipment.status != EquipmentStatus.DISPOSED,
        Equipment.category == category,
    )
    words = fold(name_contains)
    if words:
        stmt = stmt.where(Equipment.name_norm.contains(words, autoescape=True))
    with reg.read() as s:
        return int(s.scalar(stmt) or 0)
