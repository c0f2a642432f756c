"""Thanh lý: a disposal is prepared as a draft (its decision, committee and the items
with the units that go), then applied to the register in one step.

Applying takes each listed unit out of service: an item whose every unit goes keeps
its row as history with status *disposed* (the lists leave it out, the register book
still shows it); part of a lot lowers the item's quantity and the count of the
condition the units were in. An applied disposal is never edited again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.models import Disposal, DisposalLine, Equipment, Loan, Room
from app.models.enums import Condition, DisposalStatus, EquipmentStatus
from app.services import audit, faults
from app.services.common import apply_fields, check_version, now_utc
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import FieldProblem, clean_text, not_in_future, parse
from app.services.text import fold, normalise_code, search_terms

# The condition columns of an item, by the condition a line names.
CONDITION_FIELDS: dict[Condition, str] = {
    Condition.GOOD: "qty_good",
    Condition.MINOR_DAMAGE: "qty_minor_damage",
    Condition.BROKEN: "qty_broken",
    Condition.LOST: "qty_lost",
}
CONDITION_WORDS: dict[Condition, str] = {
    Condition.GOOD: "tốt",
    Condition.MINOR_DAMAGE: "hỏng nhẹ",
    Condition.BROKEN: "hỏng",
    Condition.LOST: "mất",
}
MAX_MONEY = 100_000_000_000_000  # well above any school's whole register


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


class CommitteeMember(_Input):
    """A member of the disposal committee (hội đồng thanh lý)."""

    name: str = Field(min_length=1, max_length=100)
    position: str = Field(default="", max_length=100)  # chức vụ: Hiệu trưởng, ...
    role: str = Field(default="", max_length=60)  # Chủ tịch hội đồng, Thư ký, Ủy viên

    @field_validator("name")
    @classmethod
    def _visible(cls, v: str) -> str:
        return clean_text(v, "Họ tên thành viên hội đồng")


class DisposalInput(_Input):
    decision_number: str = Field(default="", max_length=60)
    decision_date: date | None = None
    disposed_on: date
    reason: str = Field(default="", max_length=2000)
    method: str = Field(default="", max_length=200)  # bán đấu giá, tiêu hủy, ...
    committee: list[CommitteeMember] = Field(default_factory=list)
    proceeds: int = Field(default=0, ge=0, le=MAX_MONEY)
    notes: str = Field(default="", max_length=5000)

    @field_validator("decision_number")
    @classmethod
    def _visible(cls, v: str) -> str:
        return clean_text(v, "Số quyết định")

    @field_validator("decision_date")
    @classmethod
    def _decision_not_future(cls, v: date | None) -> date | None:
        return not_in_future(v, "Ngày quyết định")

    @field_validator("disposed_on")
    @classmethod
    def _disposed_not_future(cls, v: date) -> date | None:
        return not_in_future(v, "Ngày thanh lý")

    @model_validator(mode="after")
    def _decided_first(self) -> Self:
        if self.decision_date and self.disposed_on < self.decision_date:
            raise FieldProblem(
                "disposed_on",
                f"Ngày thanh lý ({self.disposed_on:%d/%m/%Y}) không thể trước ngày quyết định "
                f"({self.decision_date:%d/%m/%Y}).",
            )
        return self


class DisposalLineInput(_Input):
    equipment_id: str = Field(min_length=1)
    quantity: int = Field(default=1, ge=1, le=1_000_000)
    condition: Condition = Condition.BROKEN
    remaining_value: int = Field(default=0, ge=0, le=MAX_MONEY)
    reason: str = Field(default="", max_length=2000)


# -- reading rows inside a transaction ------------------------------------------------


def _draft(s: Session, reg: Register, disposal_id: str) -> Disposal:
    disposal = _disposal(s, reg, disposal_id)
    if disposal.status != DisposalStatus.DRAFT:
        raise ServiceError(
            "Hồ sơ thanh lý này đã được thực hiện nên không sửa được nữa. "
            "Nếu có sai sót, hãy lập hồ sơ mới hoặc sửa trực tiếp thiết bị."
        )
    return disposal


def _disposal(s: Session, reg: Register, disposal_id: str) -> Disposal:
    disposal = s.get(Disposal, disposal_id)
    if disposal is None or disposal.school_id != reg.school_id or disposal.deleted_at is not None:
        raise ServiceError("Không tìm thấy hồ sơ thanh lý này (có thể đã bị xóa).")
    return disposal


def _live_lines(s: Session, disposal_id: str) -> list[DisposalLine]:
    return list(
        s.scalars(
            select(DisposalLine)
            .where(DisposalLine.disposal_id == disposal_id, DisposalLine.deleted_at.is_(None))
            .order_by(DisposalLine.created_at, DisposalLine.id)
        )
    )


def _items(s: Session, reg: Register, ids: Iterable[str]) -> dict[str, Equipment]:
    wanted = sorted(set(ids))
    found: dict[str, Equipment] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for item in s.scalars(select(Equipment).where(Equipment.id.in_(chunk))):
            if item.school_id == reg.school_id:
                found[item.id] = item
    return found


def units_on_loan(s: Session, item_ids: Iterable[str]) -> dict[str, int]:
    """Units of each item lent and not yet returned (they are out of the room)."""
    wanted = sorted(set(item_ids))
    out: dict[str, int] = defaultdict(int)
    outstanding = Loan.quantity - Loan.returned_good - Loan.returned_damaged - Loan.returned_lost
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = s.execute(
            select(Loan.equipment_id, func.sum(outstanding))
            .where(
                Loan.equipment_id.in_(chunk),
                Loan.returned_at.is_(None),
                Loan.deleted_at.is_(None),
            )
            .group_by(Loan.equipment_id)
        )
        for item_id, units in rows:
            out[item_id] += int(units or 0)
    return out


def _usable_item(item: Equipment | None) -> Equipment:
    if item is None or item.deleted_at is not None:
        raise ServiceError.for_field(
            "equipment_id", "Thiết bị đã chọn không có trong sổ (có thể đã bị xóa)."
        )
    if item.status == EquipmentStatus.DISPOSED:
        raise ServiceError.for_field(
            "equipment_id", f"Thiết bị {item.asset_code} đã được thanh lý trước đây."
        )
    return item


def _available(item: Equipment, condition: Condition, lent: int) -> int:
    """Units of ``item`` in ``condition`` that can go (lent units are good ones, away)."""
    count = int(getattr(item, CONDITION_FIELDS[condition]))
    return max(count - lent, 0) if condition == Condition.GOOD else count


def _too_many(item: Equipment, condition: Condition, wanted: int, lent: int) -> ServiceError:
    have = _available(item, condition, lent)
    word = CONDITION_WORDS[condition]
    text = (
        f"Thiết bị {item.asset_code} chỉ có {have} {item.unit} {word}, không thể thanh lý {wanted}."
    )
    if condition == Condition.GOOD and lent:
        text += f" ({lent} {item.unit} đang cho mượn chưa trả.)"
    return ServiceError.for_field("quantity", text + " Hãy sửa số lượng hoặc tình trạng.")


# -- the draft ------------------------------------------------------------------------


def _committee_json(values: DisposalInput) -> list[dict[str, Any]]:
    return [m.model_dump() for m in values.committee]


def create_disposal(reg: Register, data: DisposalInput | dict[str, Any]) -> Disposal:
    """A new draft: the register is not changed until it is applied."""
    values = parse(DisposalInput, data)
    with reg.write() as s:
        fields = values.model_dump()
        fields["committee"] = _committee_json(values)
        disposal = Disposal(school_id=reg.school_id, status=DisposalStatus.DRAFT, **fields)
        s.add(disposal)
        s.flush()
        audit.record(
            s, reg, "disposal", disposal.id, "create", summary=f"Lập hồ sơ thanh lý{_for(disposal)}"
        )
    return disposal


def _for(disposal: Disposal) -> str:
    """ " theo QĐ số 15/QĐ-THCS ngày 01/06/2026" (or nothing while it has no number)."""
    if not disposal.decision_number:
        return ""
    when = f" ngày {disposal.decision_date:%d/%m/%Y}" if disposal.decision_date else ""
    return f" theo QĐ số {disposal.decision_number}{when}"


def update_disposal(
    reg: Register,
    disposal_id: str,
    data: DisposalInput | dict[str, Any],
    expected_version: int | None = None,
) -> Disposal:
    values = parse(DisposalInput, data)
    with reg.write() as s:
        disposal = _draft(s, reg, disposal_id)
        check_version(disposal, expected_version, "Hồ sơ thanh lý")
        fields = values.model_dump()
        fields["committee"] = _committee_json(values)
        changes = apply_fields(disposal, fields)
        if changes:
            audit.record(s, reg, "disposal", disposal.id, "update", changes, "Sửa hồ sơ thanh lý")
    return disposal


def delete_disposal(reg: Register, disposal_id: str) -> None:
    """Delete a draft with its list (an applied disposal stays: it is the record)."""
    with reg.write() as s:
        disposal = _draft(s, reg, disposal_id)
        stamp = now_utc()
        for line in _live_lines(s, disposal.id):
            line.deleted_at = stamp
        disposal.deleted_at = stamp
        audit.record(
            s, reg, "disposal", disposal.id, "delete", summary=f"Xóa hồ sơ thanh lý{_for(disposal)}"
        )


def add_lines(
    reg: Register,
    disposal_id: str,
    lines: Sequence[DisposalLineInput | dict[str, Any]],
) -> list[DisposalLine]:
    """Add items to a draft, all or none. An item may be listed once per condition;
    its nguyên giá is taken from the register (unit price × quantity)."""
    values = [parse(DisposalLineInput, line) for line in lines]
    with reg.write() as s:
        disposal = _draft(s, reg, disposal_id)
        existing = _live_lines(s, disposal.id)
        taken = {(line.equipment_id, line.condition) for line in existing}
        items = _items(s, reg, [v.equipment_id for v in values])
        lent = units_on_loan(s, items)
        made: list[DisposalLine] = []
        for v in values:
            item = _usable_item(items.get(v.equipment_id))
            key = (item.id, v.condition)
            if key in taken:
                raise ServiceError.for_field(
                    "equipment_id",
                    f"{item.asset_code} ({CONDITION_WORDS[v.condition]}) đã có trong danh sách; "
                    "hãy sửa số lượng của dòng đó.",
                )
            taken.add(key)
            if v.quantity > _available(item, v.condition, lent.get(item.id, 0)):
                raise _too_many(item, v.condition, v.quantity, lent.get(item.id, 0))
            original = item.unit_price * v.quantity
            _check_remaining(v.remaining_value, original)
            line = DisposalLine(
                school_id=reg.school_id,
                disposal_id=disposal.id,
                original_value=original,
                **v.model_dump(),
            )
            s.add(line)
            made.append(line)
        s.flush()
        if made:
            codes = ", ".join(items[v.equipment_id].asset_code for v in values[:5])
            more = f" và {len(made) - 5} thiết bị khác" if len(made) > 5 else ""
            audit.record(
                s,
                reg,
                "disposal",
                disposal.id,
                "add_items",
                {"lines": [len(existing), len(existing) + len(made)]},
                f"Thêm vào danh sách thanh lý: {codes}{more}",
            )
    return made


def add_line(
    reg: Register, disposal_id: str, data: DisposalLineInput | dict[str, Any]
) -> DisposalLine:
    return add_lines(reg, disposal_id, [data])[0]


def _check_remaining(remaining: int, original: int) -> None:
    if remaining > original:
        raise ServiceError.for_field(
            "remaining_value",
            f"Giá trị còn lại ({remaining:,} đ) không thể lớn hơn nguyên giá "
            f"({original:,} đ).".replace(",", "."),
        )


def update_line(
    reg: Register,
    line_id: str,
    data: DisposalLineInput | dict[str, Any],
    expected_version: int | None = None,
) -> DisposalLine:
    """Change a listed item's quantity, condition, remaining value or reason."""
    v = parse(DisposalLineInput, data)
    with reg.write() as s:
        line = _line(s, reg, line_id)
        disposal = _draft(s, reg, line.disposal_id)
        check_version(line, expected_version, "Dòng thanh lý")
        if v.equipment_id != line.equipment_id:
            raise ServiceError.for_field(
                "equipment_id", "Không đổi được thiết bị của một dòng; hãy xóa dòng và thêm mới."
            )
        others = {
            (o.equipment_id, o.condition) for o in _live_lines(s, disposal.id) if o.id != line.id
        }
        item = _usable_item(_items(s, reg, [line.equipment_id]).get(line.equipment_id))
        if (item.id, v.condition) in others:
            raise ServiceError.for_field(
                "condition",
                f"{item.asset_code} ({CONDITION_WORDS[v.condition]}) đã có ở một dòng khác.",
            )
        lent = units_on_loan(s, [item.id]).get(item.id, 0)
        if v.quantity > _available(item, v.condition, lent):
            raise _too_many(item, v.condition, v.quantity, lent)
        original = item.unit_price * v.quantity
        _check_remaining(v.remaining_value, original)
        changes = apply_fields(line, {**v.model_dump(), "original_value": original})
        if changes:
            audit.record(
                s,
                reg,
                "disposal",
                disposal.id,
                "update_item",
                changes,
                f"Sửa dòng {item.asset_code} của danh sách thanh lý",
            )
    return line


def remove_lines(reg: Register, line_ids: Iterable[str]) -> int:
    """Take items off a draft's list."""
    count = 0
    with reg.write() as s:
        for line_id in line_ids:
            line = _line(s, reg, line_id)
            disposal = _draft(s, reg, line.disposal_id)
            line.deleted_at = now_utc()
            item = s.get(Equipment, line.equipment_id)
            audit.record(
                s,
                reg,
                "disposal",
                disposal.id,
                "remove_item",
                summary=f"Bỏ {item.asset_code if item else ''} khỏi danh sách thanh lý",
            )
            count += 1
    return count


def _line(s: Session, reg: Register, line_id: str) -> DisposalLine:
    line = s.get(DisposalLine, line_id)
    if line is None or line.school_id != reg.school_id or line.deleted_at is not None:
        raise ServiceError("Không tìm thấy dòng này trong danh sách thanh lý (có thể đã bị xóa).")
    return line


# -- applying -------------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    disposal_id: str
    items: int  # items touched
    units: int  # units taken out of service
    whole_items: int  # items that left service entirely (status disposed)
    item_ids: tuple[str, ...]


def apply_disposal(reg: Register, disposal_id: str, expected_version: int | None = None) -> Applied:
    """Carry out the disposal: every listed unit leaves the register, in one
    transaction. Refused, with nothing written, without a decision number and date,
    with an empty list, or when an item no longer has the units listed."""
    with reg.write() as s:
        disposal = _draft(s, reg, disposal_id)
        check_version(disposal, expected_version, "Hồ sơ thanh lý")
        missing = {}
        if not disposal.decision_number.strip():
            missing["decision_number"] = "Chưa có số quyết định thanh lý."
        if disposal.decision_date is None:
            missing["decision_date"] = "Chưa có ngày quyết định thanh lý."
        if missing:
            raise ServiceError(
                " ".join(missing.values())
                + " Hãy ghi số và ngày của quyết định thanh lý trước khi thực hiện.",
                missing,
            )
        lines = _live_lines(s, disposal.id)
        if not lines:
            raise ServiceError("Danh sách thanh lý còn trống: hãy thêm thiết bị trước.")
        items = _items(s, reg, [line.equipment_id for line in lines])
        lent = units_on_loan(s, items)
        by_item: dict[str, dict[Condition, int]] = defaultdict(lambda: defaultdict(int))
        for line in lines:
            item = _usable_item(items.get(line.equipment_id))
            by_item[item.id][line.condition] += line.quantity
        for item_id, wanted in by_item.items():
            item = items[item_id]
            for condition, n in wanted.items():
                if n > _available(item, condition, lent.get(item_id, 0)):
                    raise _too_many(item, condition, n, lent.get(item_id, 0))
            if sum(wanted.values()) == item.quantity and lent.get(item_id, 0):
                raise ServiceError(
                    f"Thiết bị {item.asset_code} còn {lent[item_id]} {item.unit} đang cho mượn: "
                    "hãy nhận trả trước khi thanh lý toàn bộ."
                )
        for line in lines:  # the values as they are on the day it is carried out
            line.original_value = items[line.equipment_id].unit_price * line.quantity
        whole = 0
        units = 0
        decided = _for(disposal)
        for item_id, wanted in by_item.items():
            item = items[item_id]
            n = sum(wanted.values())
            units += n
            parts = ", ".join(f"{k} {CONDITION_WORDS[c]}" for c, k in wanted.items())
            if n == item.quantity:
                changes = apply_fields(item, {"status": EquipmentStatus.DISPOSED})
                whole += 1
                summary = f"Thanh lý toàn bộ {item.asset_code} ({parts}){decided}"
            else:
                after = {"quantity": item.quantity - n}
                for condition, k in wanted.items():
                    field = CONDITION_FIELDS[condition]
                    after[field] = int(getattr(item, field)) - k
                changes = apply_fields(item, after)
                summary = f"Thanh lý {parts} {item.unit} của {item.asset_code}{decided}"
            changes["disposal_id"] = [None, disposal.id]
            audit.record(s, reg, "equipment", item.id, "dispose", changes, summary)
        status_change = apply_fields(
            disposal, {"status": DisposalStatus.APPLIED, "applied_at": now_utc()}
        )
        audit.record(
            s,
            reg,
            "disposal",
            disposal.id,
            "apply",
            status_change,
            f"Thực hiện thanh lý {len(by_item)} thiết bị ({units} đơn vị){decided}",
        )
    return Applied(disposal.id, len(by_item), units, whole, tuple(by_item))


# -- suggestions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """Units that could be disposed of: an item's broken or lost ones."""

    equipment_id: str
    asset_code: str
    name: str
    unit: str
    room_code: str | None
    condition: Condition
    available: int
    unit_price: int
    why: str

    @property
    def key(self) -> str:
        return f"{self.equipment_id}:{self.condition.value}"


def disposal_candidates(reg: Register, disposal_id: str | None = None) -> list[Candidate]:
    """Items with broken or lost units, by room and asset code; units already on
    ``disposal_id``'s list are left out. Broken units that a repair could not fix say
    so (from the fault reports)."""
    listed: set[tuple[str, Condition]] = set()
    with reg.read() as s:
        if disposal_id is not None:
            listed = {(line.equipment_id, line.condition) for line in _live_lines(s, disposal_id)}
        rows = s.execute(
            select(
                Equipment.id,
                Equipment.asset_code,
                Equipment.name,
                Equipment.unit,
                Room.code,
                Equipment.qty_broken,
                Equipment.qty_lost,
                Equipment.unit_price,
            )
            .outerjoin(Room, Room.id == Equipment.room_id)
            .where(
                Equipment.school_id == reg.school_id,
                Equipment.deleted_at.is_(None),
                Equipment.status != EquipmentStatus.DISPOSED,
                or_(Equipment.qty_broken > 0, Equipment.qty_lost > 0),
            )
            .order_by(Room.code.is_(None), Room.code, Equipment.asset_code_norm)
        ).all()
    unfixable = {c.equipment_id: c for c in faults.disposal_candidates(reg)}
    found: list[Candidate] = []
    for item_id, code, name, unit, room, broken, lost, price in rows:
        for condition, count, why in (
            (Condition.BROKEN, broken, _broken_why(unfixable.get(item_id))),
            (Condition.LOST, lost, "Mất (theo sổ)"),
        ):
            if count and (item_id, condition) not in listed:
                found.append(
                    Candidate(item_id, code, name, unit, room, condition, count, price, why)
                )
    return found


def _broken_why(fault: faults.FaultCandidate | None) -> str:
    if fault is None:
        return "Hỏng (theo sổ)"
    when = f" ngày {fault.last_closed_on:%d/%m/%Y}" if fault.last_closed_on else ""
    return f"Hỏng; báo hỏng đã sửa không được{when}"


# -- lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DisposalQuery:
    text: str = ""
    status: DisposalStatus | None = None
    sort: str = "disposed_on"
    descending: bool = True


@dataclass(frozen=True)
class DisposalRow:
    id: str
    decision_number: str
    decision_date: date | None
    disposed_on: date
    status: DisposalStatus
    reason: str
    method: str
    proceeds: int
    applied_at: datetime | None
    items: int
    units: int
    original_value: int
    remaining_value: int
    version: int


def _totals() -> Any:
    return (
        select(
            DisposalLine.disposal_id,
            func.count().label("line_count"),
            func.coalesce(func.sum(DisposalLine.quantity), 0).label("units"),
            func.coalesce(func.sum(DisposalLine.original_value), 0).label("original"),
            func.coalesce(func.sum(DisposalLine.remaining_value), 0).label("remaining"),
        )
        .where(DisposalLine.deleted_at.is_(None))
        .group_by(DisposalLine.disposal_id)
        .subquery()
    )


DISPOSAL_SORTS = {
    "disposed_on": Disposal.disposed_on,
    "decision_number": Disposal.decision_number,
    "decision_date": Disposal.decision_date,
    "status": Disposal.status,
    "method": Disposal.method,
}


def _matching(s: Session, reg: Register, query: str) -> set[str] | None:
    """Ids of the disposals whose own text or listed items match every word of
    ``query`` (accents aside); None when there is nothing to search for."""
    terms = search_terms(query)
    if not terms:
        return None
    found: set[str] = set()
    own = s.execute(
        select(
            Disposal.id, Disposal.decision_number, Disposal.reason, Disposal.method, Disposal.notes
        ).where(Disposal.school_id == reg.school_id, Disposal.deleted_at.is_(None))
    )
    for row_id, *texts in own:
        folded = fold(" ".join(texts))
        if all(t in folded for t in terms):
            found.add(row_id)
    by_items = (
        select(DisposalLine.disposal_id)
        .join(Equipment, Equipment.id == DisposalLine.equipment_id)
        .where(DisposalLine.school_id == reg.school_id, DisposalLine.deleted_at.is_(None))
    )
    code = normalise_code(query)
    by_words = and_(*(Equipment.search_text.contains(t, autoescape=True) for t in terms))
    by_code = Equipment.asset_code_norm.startswith(code, autoescape=True)
    found.update(s.scalars(by_items.where(or_(by_words, by_code))))
    return found


def disposal_ids(reg: Register, q: DisposalQuery = DisposalQuery()) -> list[str]:
    column = DISPOSAL_SORTS.get(q.sort, Disposal.disposed_on)
    stmt: Select[Any] = select(Disposal.id).where(
        Disposal.school_id == reg.school_id, Disposal.deleted_at.is_(None)
    )
    if q.status is not None:
        stmt = stmt.where(Disposal.status == q.status)
    order = column.desc() if q.descending else column.asc()
    stmt = stmt.order_by(order, Disposal.created_at.desc(), Disposal.id)
    with reg.read() as s:
        wanted = _matching(s, reg, q.text)
        ids = list(s.scalars(stmt))
    return ids if wanted is None else [i for i in ids if i in wanted]


def disposal_rows(reg: Register, ids: Sequence[str]) -> dict[str, DisposalRow]:
    if not ids:
        return {}
    totals = _totals()
    stmt = (
        select(
            Disposal.id,
            Disposal.decision_number,
            Disposal.decision_date,
            Disposal.disposed_on,
            Disposal.status,
            Disposal.reason,
            Disposal.method,
            Disposal.proceeds,
            Disposal.applied_at,
            func.coalesce(totals.c.line_count, 0),
            func.coalesce(totals.c.units, 0),
            func.coalesce(totals.c.original, 0),
            func.coalesce(totals.c.remaining, 0),
            Disposal.version,
        )
        .outerjoin(totals, totals.c.disposal_id == Disposal.id)
        .where(Disposal.id.in_(list(ids)), Disposal.school_id == reg.school_id)
    )
    with reg.read() as s:
        return {row[0]: DisposalRow(*row) for row in s.execute(stmt)}


def get_disposal(reg: Register, disposal_id: str) -> Disposal:
    with reg.read() as s:
        return _disposal(s, reg, disposal_id)


def find_disposal(reg: Register, key: str) -> Disposal:
    """A disposal by its id or its decision number (as `sotb print disposal` takes)."""
    with reg.read() as s:
        found = s.get(Disposal, key)
        if found is not None and found.school_id == reg.school_id and found.deleted_at is None:
            return found
        wanted = normalise_code(key)
        matches = [
            d
            for d in s.scalars(
                select(Disposal).where(
                    Disposal.school_id == reg.school_id, Disposal.deleted_at.is_(None)
                )
            )
            if normalise_code(d.decision_number) == wanted
        ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ServiceError(
            f"Có {len(matches)} hồ sơ thanh lý cùng số quyết định {key!r}; hãy in theo mã hồ sơ."
        )
    raise ServiceError(f"Không có hồ sơ thanh lý nào có mã hoặc số quyết định {key!r}.")


@dataclass(frozen=True)
class LineRow:
    """One listed item as the dialog and the minutes show it."""

    id: str
    equipment_id: str
    asset_code: str
    name: str
    unit: str
    room_code: str | None
    room_name: str | None
    acquired_on: date | None
    in_service_on: date | None
    condition: Condition
    quantity: int
    unit_price: int
    original_value: int
    remaining_value: int
    reason: str
    available: int  # units of the item in that condition now
    item_quantity: int
    item_status: EquipmentStatus
    version: int


def disposal_lines(reg: Register, disposal_id: str) -> list[LineRow]:
    """The items on a disposal's list, in the order they were added."""
    stmt = (
        select(DisposalLine, Equipment, Room.code, Room.name)
        .join(Equipment, Equipment.id == DisposalLine.equipment_id)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(
            DisposalLine.disposal_id == disposal_id,
            DisposalLine.school_id == reg.school_id,
            DisposalLine.deleted_at.is_(None),
        )
        .order_by(DisposalLine.created_at, DisposalLine.id)
    )
    out = []
    with reg.read() as s:
        for line, item, room_code, room_name in s.execute(stmt).unique():
            out.append(
                LineRow(
                    id=line.id,
                    equipment_id=item.id,
                    asset_code=item.asset_code,
                    name=item.name,
                    unit=item.unit,
                    room_code=room_code,
                    room_name=room_name,
                    acquired_on=item.acquired_on,
                    in_service_on=item.in_service_on,
                    condition=line.condition,
                    quantity=line.quantity,
                    unit_price=item.unit_price,
                    original_value=line.original_value,
                    remaining_value=line.remaining_value,
                    reason=line.reason,
                    available=int(getattr(item, CONDITION_FIELDS[line.condition])),
                    item_quantity=item.quantity,
                    item_status=item.status,
                    version=line.version,
                )
            )
    return out
