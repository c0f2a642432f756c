"""Fault reports (báo hỏng) and the repairs they become.

A teacher or the officer reports that some units of an item are broken: they move
from good to broken on the item at once. The report then becomes a repair (a
maintenance record of kind repair: who repairs it, the cost, the work), and ends
fixed (the units are good again), not fixed (they stay broken and the item is offered
for disposal) or cancelled (reported by mistake: the units are good again). Each step
is one transaction, stamped in the audit trail of the report and of the item.

The item's status: it goes to "in repair" when it leaves the school for the repairer
and none of its units is left in service; it comes back to "in use" when fixed (or
when a repair that could not fix it leaves some units working), else "in store"
(broken, waiting for disposal), unless another repair of it is still under way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Self

from pydantic import Field, field_validator, model_validator
from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.models import Equipment, FaultReport, MaintenanceRecord, Room, Staff
from app.models.enums import EquipmentStatus, FaultStatus, MaintenanceKind, MaintenanceResult
from app.services import audit
from app.services.errors import ServiceError
from app.services.maintenance import add_record_in_session
from app.services.register import Register
from app.services.schemas import FieldProblem, MaintenanceInput, _Input, not_in_future, parse
from app.services.search_text import fault_search_text
from app.services.text import search_terms

CLOSED = (FaultStatus.FIXED, FaultStatus.NOT_FIXED, FaultStatus.CANCELLED)
UNDER_WAY = (FaultStatus.OPEN, FaultStatus.REPAIRING)


# -- input -------------------------------------------------------------------------------


class FaultInput(_Input):
    """A fault as reported: which item, how many of its units, by whom, when, what."""

    equipment_id: str = Field(min_length=1)
    quantity: int = Field(default=1, ge=1, le=1_000_000)
    reported_on: date
    reporter_id: str | None = None  # a staff member, or a name typed in reported_by
    reported_by: str = Field(default="", max_length=100)
    description: str = Field(min_length=1, max_length=2000)
    notes: str = Field(default="", max_length=5000)

    @field_validator("reported_on")
    @classmethod
    def _reported_not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày báo hỏng")

    @model_validator(mode="after")
    def _has_reporter(self) -> Self:
        if not self.reporter_id and not self.reported_by:
            raise FieldProblem(
                "reported_by", "Chưa ghi người báo hỏng: chọn một cán bộ hoặc gõ tên người báo."
            )
        return self


class RepairStart(_Input):
    """The fault handed to a repairer."""

    started_on: date
    performed_by: str = Field(min_length=1, max_length=200)  # the repairer (person or firm)
    work: str = Field(default="", max_length=2000)  # what is to be done; else the fault
    cost: int = Field(default=0, ge=0, le=10_000_000_000)  # as quoted
    sent_out: bool = True  # the item leaves the school
    repair_due_on: date | None = None  # promised back by
    notes: str = Field(default="", max_length=5000)

    @field_validator("started_on")
    @classmethod
    def _started_not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày bắt đầu sửa")

    @model_validator(mode="after")
    def _due_after_start(self) -> Self:
        if self.repair_due_on is not None and self.repair_due_on < self.started_on:
            raise FieldProblem("repair_due_on", "Ngày hẹn trả không thể trước ngày bắt đầu sửa.")
        return self


class RepairFinish(_Input):
    """How the repair ended. A fault still open can be finished at once (mended on the
    spot): then ``performed_by`` says who mended it."""

    finished_on: date
    outcome: MaintenanceResult = MaintenanceResult.FIXED
    cost: int | None = Field(default=None, ge=0, le=10_000_000_000)  # None: as quoted
    performed_by: str = Field(default="", max_length=200)
    work: str = Field(default="", max_length=2000)
    notes: str = Field(default="", max_length=5000)

    @field_validator("finished_on")
    @classmethod
    def _finished_not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày sửa xong")

    @field_validator("outcome")
    @classmethod
    def _an_ending(cls, v: MaintenanceResult) -> MaintenanceResult:
        if v not in (MaintenanceResult.FIXED, MaintenanceResult.NOT_FIXED):
            raise ValueError("Kết quả sửa chữa phải là «đã sửa xong» hoặc «không sửa được».")
        return v


# -- helpers -----------------------------------------------------------------------------


def _live_item(s: Session, reg: Register, item_id: str) -> Equipment:
    item = s.get(Equipment, item_id)
    if item is None or item.school_id != reg.school_id or item.deleted_at is not None:
        raise ServiceError.for_field(
            "equipment_id", "Thiết bị đã chọn không có trong sổ (có thể đã bị xóa)."
        )
    return item


def _live_fault(s: Session, reg: Register, fault_id: str) -> FaultReport:
    fault = s.get(FaultReport, fault_id)
    if fault is None or fault.school_id != reg.school_id or fault.deleted_at is not None:
        raise ServiceError("Không tìm thấy báo hỏng này (có thể đã bị xóa).")
    return fault


def _what(item: Equipment, quantity: int) -> str:
    return f"{item.asset_code} – {item.name} ({quantity} {item.unit})"


def _move_units(item: Equipment, quantity: int, to_broken: bool) -> dict[str, list[Any]]:
    """Good <-> broken units; the audit's {field: [old, new]}."""
    change = quantity if to_broken else -quantity
    before = {"qty_good": item.qty_good, "qty_broken": item.qty_broken}
    item.qty_good -= change
    item.qty_broken += change
    return {k: [v, getattr(item, k)] for k, v in before.items()}


def _units_back(item: Equipment, fault: FaultReport, why: str) -> dict[str, list[Any]]:
    if item.qty_broken < fault.quantity:
        raise ServiceError(
            f"Sổ chỉ còn ghi {item.qty_broken} {item.unit} hỏng của {item.asset_code}, "
            f"ít hơn {fault.quantity} {item.unit} của báo hỏng này (số lượng đã được sửa ở "
            f"nơi khác). Chưa ghi gì; hãy kiểm tra số lượng của thiết bị rồi {why}."
        )
    return _move_units(item, fault.quantity, to_broken=False)


def _set_status(
    s: Session, reg: Register, item: Equipment, status: EquipmentStatus, why: str
) -> dict[str, list[Any]]:
    if item.status == status:
        return {}
    change = {"status": [item.status.value, status.value]}
    item.status = status
    audit.record(s, reg, "equipment", item.id, "update", change, f"{item.asset_code} {why}")
    return change


def _other_repairs(s: Session, fault: FaultReport) -> bool:
    """Another repair of the same item still under way."""
    return (
        s.scalar(
            select(FaultReport.id).where(
                FaultReport.equipment_id == fault.equipment_id,
                FaultReport.id != fault.id,
                FaultReport.status == FaultStatus.REPAIRING,
                FaultReport.deleted_at.is_(None),
            )
        )
        is not None
    )


def _search_text(fault: FaultReport, repairer: str = "") -> str:
    return fault_search_text(fault.description, fault.reported_by, fault.notes, repairer)


def _in_service(item: Equipment) -> int:
    return item.qty_good + item.qty_minor_damage


# -- the steps ---------------------------------------------------------------------------


def report_fault(reg: Register, data: FaultInput | dict[str, Any]) -> FaultReport:
    """Write the report and mark its units broken on the item, in one transaction."""
    values = parse(FaultInput, data)
    with reg.write() as s:
        item = _live_item(s, reg, values.equipment_id)
        if item.status == EquipmentStatus.DISPOSED:
            raise ServiceError.for_field(
                "equipment_id", f"{item.asset_code} – {item.name} đã thanh lý: không báo hỏng."
            )
        if values.quantity > item.qty_good:
            what = f"{item.asset_code} – {item.name}"
            left = (
                f"chỉ còn {item.qty_good} {item.unit} tốt"
                if item.qty_good
                else f"không còn {item.unit} nào tốt"
            )
            raise ServiceError.for_field(
                "quantity",
                f"{what} {left}: không thể báo hỏng {values.quantity} {item.unit}. "
                "Hãy sửa số lượng báo hỏng.",
            )
        reported_by = values.reported_by
        if values.reporter_id:
            staff = s.get(Staff, values.reporter_id)
            if staff is None or staff.school_id != reg.school_id or staff.deleted_at is not None:
                raise ServiceError.for_field(
                    "reporter_id", "Người báo đã chọn không có trong danh sách cán bộ."
                )
            reported_by = staff.full_name  # the name as written in the book
        fault = FaultReport(
            school_id=reg.school_id,
            equipment_id=item.id,
            reported_on=values.reported_on,
            reporter_id=values.reporter_id or None,
            reported_by=reported_by,
            description=values.description,
            quantity=values.quantity,
            status=FaultStatus.OPEN,
            notes=values.notes,
        )
        fault.search_text = _search_text(fault)
        s.add(fault)
        s.flush()
        changes = _move_units(item, values.quantity, to_broken=True)
        audit.record(
            s,
            reg,
            "fault_report",
            fault.id,
            "create",
            {"quantity": [None, values.quantity]},
            f"Báo hỏng {_what(item, values.quantity)}: {values.description[:150]}",
        )
        audit.record(
            s,
            reg,
            "equipment",
            item.id,
            "fault",
            {**changes, "fault_report_id": [None, fault.id]},
            f"Báo hỏng {values.quantity} {item.unit} ngày {values.reported_on:%d/%m/%Y} "
            f"({reported_by}): {values.description[:150]}",
        )
    return fault


def start_repair(reg: Register, fault_id: str, data: RepairStart | dict[str, Any]) -> FaultReport:
    """The reported fault becomes a repair: a maintenance record of kind repair."""
    values = parse(RepairStart, data)
    with reg.write() as s:
        fault = _live_fault(s, reg, fault_id)
        if fault.status != FaultStatus.OPEN:
            raise ServiceError(_not_open(fault, "chuyển đi sửa"))
        if values.started_on < fault.reported_on:
            raise ServiceError.for_field(
                "started_on",
                f"Ngày bắt đầu sửa không thể trước ngày báo hỏng ({fault.reported_on:%d/%m/%Y}).",
            )
        item = _live_item(s, reg, fault.equipment_id)
        record = add_record_in_session(
            s,
            reg,
            MaintenanceInput(
                equipment_id=item.id,
                kind=MaintenanceKind.REPAIR,
                performed_on=values.started_on,
                description=values.work or fault.description,
                performed_by=values.performed_by,
                cost=values.cost,
                result=MaintenanceResult.SENT_OUT,
                notes=values.notes,
            ),
            mark_in_repair=False,
        )
        changes = {
            "status": [fault.status.value, FaultStatus.REPAIRING.value],
            "maintenance_record_id": [None, record.id],
        }
        fault.status = FaultStatus.REPAIRING
        fault.maintenance_record_id = record.id
        fault.repair_due_on = values.repair_due_on
        fault.search_text = _search_text(fault, values.performed_by)
        if values.sent_out and _in_service(item) == 0:
            _set_status(
                s, reg, item, EquipmentStatus.IN_REPAIR, f"gửi đi sửa ({values.performed_by})"
            )
        where = "gửi đi sửa" if values.sent_out else "sửa tại trường"
        audit.record(
            s,
            reg,
            "fault_report",
            fault.id,
            "repair",
            changes,
            f"{_what(item, fault.quantity)} {where}: {values.performed_by}",
        )
    return fault


def finish_repair(reg: Register, fault_id: str, data: RepairFinish | dict[str, Any]) -> FaultReport:
    """Record how the repair ended: fixed (the units are good again) or not fixed
    (they stay broken). A fault still open is mended on the spot: its repair record
    is written now."""
    values = parse(RepairFinish, data)
    with reg.write() as s:
        fault = _live_fault(s, reg, fault_id)
        if fault.status not in UNDER_WAY:
            raise ServiceError(_not_open(fault, "ghi kết quả sửa"))
        item = _live_item(s, reg, fault.equipment_id)
        record = s.get(MaintenanceRecord, fault.maintenance_record_id or "")
        started = record.performed_on if record is not None else fault.reported_on
        if values.finished_on < started:
            what = "bắt đầu sửa" if record is not None else "báo hỏng"
            raise ServiceError.for_field(
                "finished_on",
                f"Ngày sửa xong không thể trước ngày {what} ({started:%d/%m/%Y}).",
            )
        fixed = values.outcome == MaintenanceResult.FIXED
        unit_changes = _units_back(item, fault, "ghi kết quả sửa") if fixed else {}
        outcome = "đã sửa xong" if fixed else "không sửa được"
        if record is None:
            if not values.performed_by:
                raise ServiceError.for_field("performed_by", "Chưa nhập người/đơn vị đã sửa.")
            record = add_record_in_session(
                s,
                reg,
                MaintenanceInput(
                    equipment_id=item.id,
                    kind=MaintenanceKind.REPAIR,
                    performed_on=values.finished_on,
                    description=values.work or fault.description,
                    performed_by=values.performed_by,
                    cost=values.cost or 0,
                    result=values.outcome,
                    notes=values.notes,
                ),
                mark_in_repair=False,
            )
            fault.maintenance_record_id = record.id
        else:
            update: dict[str, Any] = {"result": values.outcome}
            if values.cost is not None:
                update["cost"] = values.cost
            if values.performed_by:
                update["performed_by"] = values.performed_by
            if values.work:
                update["description"] = values.work
            if values.notes:
                update["notes"] = "; ".join(n for n in (record.notes, values.notes) if n)
            before = {k: getattr(record, k) for k in update}
            for key, value in update.items():
                setattr(record, key, value)
            audit.record(
                s,
                reg,
                "maintenance",
                record.id,
                "update",
                audit.diff(before, update),
                f"{item.asset_code}: sửa chữa {outcome}",
            )
        changes = {
            "status": [
                fault.status.value,
                (FaultStatus.FIXED if fixed else FaultStatus.NOT_FIXED).value,
            ],
            "closed_on": [None, values.finished_on.isoformat()],
        }
        fault.status = FaultStatus.FIXED if fixed else FaultStatus.NOT_FIXED
        fault.closed_on = values.finished_on
        fault.search_text = _search_text(fault, record.performed_by)
        if unit_changes:
            audit.record(
                s,
                reg,
                "equipment",
                item.id,
                "repair",
                {**unit_changes, "fault_report_id": [None, fault.id]},
                f"Sửa xong {fault.quantity} {item.unit} ngày {values.finished_on:%d/%m/%Y} "
                f"({record.performed_by})",
            )
        if item.status == EquipmentStatus.IN_REPAIR and not _other_repairs(s, fault):
            back = EquipmentStatus.IN_USE if _in_service(item) else EquipmentStatus.IN_STORE
            _set_status(s, reg, item, back, f"nhận lại sau sửa chữa ({outcome})")
        elif not fixed and item.status == EquipmentStatus.IN_USE and not _in_service(item):
            _set_status(s, reg, item, EquipmentStatus.IN_STORE, "không sửa được, chờ thanh lý")
        audit.record(
            s,
            reg,
            "fault_report",
            fault.id,
            "finish",
            changes,
            f"{_what(item, fault.quantity)}: {outcome}",
        )
    return fault


def cancel_fault(
    reg: Register, fault_id: str, reason: str = "", on: date | None = None
) -> FaultReport:
    """A report made by mistake: its units are good again. Only before the repair
    starts (a repair under way ends with its result instead)."""
    reason = reason.strip()[:500]
    with reg.write() as s:
        fault = _live_fault(s, reg, fault_id)
        if fault.status != FaultStatus.OPEN:
            raise ServiceError(_not_open(fault, "hủy"))
        item = _live_item(s, reg, fault.equipment_id)
        closed = max(on or date.today(), fault.reported_on)
        unit_changes = _units_back(item, fault, "hủy báo hỏng")
        fault.status = FaultStatus.CANCELLED
        fault.closed_on = closed
        if reason:
            fault.notes = "; ".join(n for n in (fault.notes, f"Hủy: {reason}") if n)
        fault.search_text = _search_text(fault)
        audit.record(
            s,
            reg,
            "fault_report",
            fault.id,
            "cancel",
            {"status": [FaultStatus.OPEN.value, FaultStatus.CANCELLED.value]},
            f"Hủy báo hỏng {_what(item, fault.quantity)}" + (f": {reason}" if reason else ""),
        )
        audit.record(
            s,
            reg,
            "equipment",
            item.id,
            "fault",
            {**unit_changes, "fault_report_id": [fault.id, None]},
            f"Hủy báo hỏng {fault.quantity} {item.unit} (báo nhầm)"
            + (f": {reason}" if reason else ""),
        )
    return fault


def _not_open(fault: FaultReport, action: str) -> str:
    state = {
        FaultStatus.OPEN: "mới được báo",
        FaultStatus.REPAIRING: "đang sửa chữa",
        FaultStatus.FIXED: "đã sửa xong",
        FaultStatus.NOT_FIXED: "đã ghi là không sửa được",
        FaultStatus.CANCELLED: "đã hủy",
    }[fault.status]
    hint = {
        FaultStatus.REPAIRING: " Hãy ghi kết quả sửa chữa (kể cả khi không sửa được).",
        FaultStatus.OPEN: " Hãy chuyển đi sửa trước.",
    }.get(fault.status, "")
    return f"Báo hỏng này {state}, không thể {action}.{hint}"


def get_fault(reg: Register, fault_id: str) -> FaultReport:
    with reg.read() as s:
        fault = s.get(FaultReport, fault_id)
    if fault is None or fault.school_id != reg.school_id or fault.deleted_at is not None:
        raise ServiceError("Không tìm thấy báo hỏng này (có thể đã bị xóa).")
    return fault


# -- lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FaultQuery:
    text: str = ""
    statuses: tuple[FaultStatus, ...] = ()  # empty: every status
    overdue_only: bool = False  # repairs past the day promised
    equipment_id: str | None = None
    since: date | None = None
    until: date | None = None
    on: date | None = None  # "today" for overdue
    sort: str = "reported_on"
    descending: bool = True


FAULT_SORTS: dict[str, Any] = {
    "reported_on": FaultReport.reported_on,
    "asset_code": Equipment.asset_code_norm,
    "name": Equipment.name_norm,
    "quantity": FaultReport.quantity,
    "reported_by": FaultReport.reported_by,
    "status": FaultReport.status,
    "performed_by": MaintenanceRecord.performed_by,
    "cost": MaintenanceRecord.cost,
    "repair_due_on": FaultReport.repair_due_on,
    "closed_on": FaultReport.closed_on,
}


def overdue_condition(on: date | None = None) -> ColumnElement[bool]:
    return and_(
        FaultReport.status == FaultStatus.REPAIRING,
        FaultReport.repair_due_on < (on or date.today()),
    )


def fault_stmt(reg: Register, q: FaultQuery, stmt: Select[Any]) -> Select[Any]:
    stmt = (
        stmt.join(Equipment, Equipment.id == FaultReport.equipment_id)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .outerjoin(MaintenanceRecord, MaintenanceRecord.id == FaultReport.maintenance_record_id)
        .where(FaultReport.school_id == reg.school_id, FaultReport.deleted_at.is_(None))
    )
    if q.equipment_id:
        stmt = stmt.where(FaultReport.equipment_id == q.equipment_id)
    if q.statuses:
        stmt = stmt.where(FaultReport.status.in_(q.statuses))
    if q.overdue_only:
        stmt = stmt.where(overdue_condition(q.on))
    if q.since is not None:
        stmt = stmt.where(FaultReport.reported_on >= q.since)
    if q.until is not None:
        stmt = stmt.where(FaultReport.reported_on <= q.until)
    for term in search_terms(q.text):
        stmt = stmt.where(
            or_(
                Equipment.search_text.contains(term, autoescape=True),
                FaultReport.search_text.contains(term, autoescape=True),
            )
        )
    return stmt


def fault_ids(reg: Register, q: FaultQuery = FaultQuery()) -> list[str]:
    column = FAULT_SORTS.get(q.sort, FaultReport.reported_on)
    order = column.desc() if q.descending else column.asc()
    stmt = fault_stmt(reg, q, select(FaultReport.id)).order_by(
        order, Equipment.asset_code_norm, FaultReport.id
    )
    with reg.read() as s:
        return list(s.scalars(stmt))


FAULT_COLUMNS = (
    FaultReport.id,
    FaultReport.equipment_id,
    FaultReport.reported_on,
    FaultReport.reported_by,
    FaultReport.description,
    FaultReport.quantity,
    FaultReport.status,
    FaultReport.repair_due_on,
    FaultReport.closed_on,
    FaultReport.notes,
    Equipment.asset_code,
    Equipment.name,
    Equipment.unit,
    Room.code.label("room_code"),
    MaintenanceRecord.performed_on.label("started_on"),
    MaintenanceRecord.performed_by,
    MaintenanceRecord.cost,
    MaintenanceRecord.result,
    MaintenanceRecord.description.label("work"),
)


def _row_select() -> Select[Any]:
    return select(*FAULT_COLUMNS)  # type: ignore[return-value]


@dataclass(frozen=True)
class FaultRow:
    id: str
    equipment_id: str
    reported_on: date
    reported_by: str
    description: str
    quantity: int
    status: FaultStatus
    repair_due_on: date | None
    closed_on: date | None
    notes: str
    asset_code: str
    name: str
    unit: str
    room_code: str | None
    started_on: date | None
    performed_by: str | None
    cost: int | None
    result: MaintenanceResult | None
    work: str | None

    def overdue(self, on: date | None = None) -> bool:
        return (
            self.status == FaultStatus.REPAIRING
            and self.repair_due_on is not None
            and self.repair_due_on < (on or date.today())
        )


def fault_rows(reg: Register, ids: Sequence[str]) -> dict[str, FaultRow]:
    if not ids:
        return {}
    stmt = fault_stmt(reg, FaultQuery(), _row_select()).where(FaultReport.id.in_(list(ids)))
    with reg.read() as s:
        return {r.id: FaultRow(*r) for r in s.execute(stmt)}


def fault_log(reg: Register, q: FaultQuery = FaultQuery()) -> list[FaultRow]:
    """The reports of ``q`` (oldest first by default for a book), whole rows."""
    column = FAULT_SORTS.get(q.sort, FaultReport.reported_on)
    order = column.desc() if q.descending else column.asc()
    stmt = fault_stmt(reg, q, _row_select()).order_by(
        order, Equipment.asset_code_norm, FaultReport.id
    )
    with reg.read() as s:
        return [FaultRow(*r) for r in s.execute(stmt)]


@dataclass(frozen=True)
class FaultCounts:
    """For the home screen: reports waiting, repairs under way and overdue ones."""

    open: int = 0
    repairing: int = 0
    overdue: int = 0


def fault_counts(reg: Register, on: date | None = None) -> FaultCounts:
    stmt = select(
        func.count().filter(FaultReport.status == FaultStatus.OPEN),
        func.count().filter(FaultReport.status == FaultStatus.REPAIRING),
        func.count().filter(overdue_condition(on)),
    ).where(
        FaultReport.school_id == reg.school_id,
        FaultReport.deleted_at.is_(None),
        FaultReport.status.in_(UNDER_WAY),
    )
    with reg.read() as s:
        opened, repairing, overdue = s.execute(stmt).one()
    return FaultCounts(int(opened), int(repairing), int(overdue))


@dataclass(frozen=True)
class FaultCandidate:
    """An item with units a repair could not fix: a candidate for disposal."""

    equipment_id: str
    asset_code: str
    name: str
    unit: str
    room_code: str | None
    units: int  # broken units the reports say cannot be fixed (at most the broken ones)
    last_closed_on: date | None
    fault_ids: tuple[str, ...]


def disposal_candidates(reg: Register) -> list[FaultCandidate]:
    """Live, not disposed items whose reports ended "not fixed" and that still have
    broken units, by asset code: what the disposal screen offers."""
    stmt = (
        select(
            Equipment.id,
            Equipment.asset_code,
            Equipment.name,
            Equipment.unit,
            Room.code,
            Equipment.qty_broken,
            func.sum(FaultReport.quantity),
            func.max(FaultReport.closed_on),
            func.group_concat(FaultReport.id)
            if reg.engine.dialect.name == "sqlite"
            else func.string_agg(FaultReport.id, ","),
        )
        .join(Equipment, Equipment.id == FaultReport.equipment_id)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(
            FaultReport.school_id == reg.school_id,
            FaultReport.deleted_at.is_(None),
            FaultReport.status == FaultStatus.NOT_FIXED,
            Equipment.deleted_at.is_(None),
            Equipment.status != EquipmentStatus.DISPOSED,
            Equipment.qty_broken > 0,
        )
        .group_by(
            Equipment.id,
            Equipment.asset_code,
            Equipment.name,
            Equipment.unit,
            Room.code,
            Equipment.qty_broken,
            Equipment.asset_code_norm,
        )
        .order_by(Equipment.asset_code_norm)
    )
    with reg.read() as s:
        rows = s.execute(stmt).all()
    return [
        FaultCandidate(
            item_id,
            code,
            name,
            unit,
            room,
            min(int(units), int(broken)),
            closed,
            tuple(sorted(ids.split(","))),
        )
        for item_id, code, name, unit, room, broken, units, closed, ids in rows
    ]


def known_repairers(reg: Register, limit: int = 50) -> list[str]:
    """Who repaired this school's equipment before, the most used first (for a form's
    suggestions)."""
    stmt = (
        select(MaintenanceRecord.performed_by)
        .where(
            MaintenanceRecord.school_id == reg.school_id,
            MaintenanceRecord.deleted_at.is_(None),
            MaintenanceRecord.kind == MaintenanceKind.REPAIR,
            MaintenanceRecord.performed_by != "",
        )
        .group_by(MaintenanceRecord.performed_by)
        .order_by(func.count().desc(), MaintenanceRecord.performed_by)
        .limit(limit)
    )
    with reg.read() as s:
        return list(s.scalars(stmt))
