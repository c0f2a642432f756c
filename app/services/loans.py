"""Sổ theo dõi mượn – trả thiết bị: lending equipment to teachers and taking it back.

A lend gives one borrower, for a class and a lesson, some units of one or more items:
one Loan row per item, all in one transaction. An item's *available* units are its
good ones less those out on open loans, and a lend asks for no more than that. When a
lend takes the last available unit of an item in use or in store, the item's status
becomes *on loan* (the loan keeps what it was); a return that frees units again puts
it back. Units that come back damaged move to the item's broken count, lost ones to
its lost count, in the return's own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.models import Equipment, Loan, Room, Staff
from app.models.enums import Condition, EquipmentStatus
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.disposals import CONDITION_WORDS, units_on_loan
from app.services.equipment_query import EquipmentQuery, filter_equipment
from app.services.errors import ServiceError
from app.services.loan_schemas import (
    DueInput,
    LendInput,
    ReturnInput,
    at_minutes,
    due_problem,
)
from app.services.register import Register
from app.services.schemas import parse
from app.services.search_text import loan_search_text
from app.services.text import normalise_code, search_terms

DUE_SOON = timedelta(hours=2)  # an open loan due within this is shown as due soon
OUTSTANDING = Loan.quantity - Loan.returned_good - Loan.returned_damaged - Loan.returned_lost
# Statuses a lend may take an item out of (and a return puts back).
LENDABLE_FROM = (EquipmentStatus.IN_USE, EquipmentStatus.IN_STORE)


class LoanState(StrEnum):
    """The loans a list shows."""

    OPEN = "open"  # not yet all returned
    OVERDUE = "overdue"  # open, and its due time has passed
    RETURNED = "returned"  # everything lent is accounted for
    ALL = "all"


def _named(item: Any) -> str:
    return f"{item.asset_code} {item.name}"


def _who(name: str, class_name: str) -> str:
    """ "Phạm Thị Hoa – 7A2" as the book and the history write a borrower."""
    return " – ".join(part for part in (name, class_name) if part)


# == what can be lent ====================================================================


@dataclass(frozen=True)
class Lendable:
    """An item as the lend dialog shows it, with the units it can lend now."""

    id: str
    asset_code: str
    name: str
    unit: str
    room_code: str | None
    status: EquipmentStatus
    deleted: bool
    qty_good: int
    on_loan: int

    @property
    def available(self) -> int:
        return max(self.qty_good - self.on_loan, 0)

    def refusal(self, wanted: int = 1) -> str | None:
        """Why ``wanted`` units of this item cannot be lent now (None: they can)."""
        return why_not(self, self.deleted, self.available, wanted)


def why_not(item: Any, deleted: bool, available: int, wanted: int) -> str | None:
    """The one wording of every refusal of a lend line (the dialog shows the same)."""
    if deleted:
        return f"{_named(item)} đã bị xóa khỏi sổ, không cho mượn được."
    if item.status == EquipmentStatus.DISPOSED:
        return f"{_named(item)} đã thanh lý, không cho mượn được."
    if item.status == EquipmentStatus.IN_REPAIR:
        return (
            f"{_named(item)} đang sửa chữa, không cho mượn được. Khi sửa xong, hãy ghi "
            "kết quả sửa chữa để đưa thiết bị về sử dụng."
        )
    if wanted <= 0:
        return f"{_named(item)}: số lượng cho mượn phải từ 1 trở lên (đang ghi {wanted})."
    if wanted > available:
        return (
            f"{_named(item)}: còn {available} {item.unit} sẵn sàng cho mượn, "
            f"không thể cho mượn {wanted}."
        )
    return None


_LENDABLE_COLUMNS: tuple[Any, ...] = (
    Equipment.id,
    Equipment.asset_code,
    Equipment.name,
    Equipment.unit,
    Room.code,
    Equipment.status,
    Equipment.deleted_at,
    Equipment.qty_good,
)


def _lendables(s: Session, stmt: Select[Any]) -> list[Lendable]:
    rows = s.execute(stmt.outerjoin(Room, Room.id == Equipment.room_id)).all()
    lent = units_on_loan(s, [r[0] for r in rows])
    return [
        Lendable(i, code, name, unit, room, status, deleted is not None, good, lent.get(i, 0))
        for i, code, name, unit, room, status, deleted, good in rows
    ]


def lendable(reg: Register, item_ids: Iterable[str]) -> dict[str, Lendable]:
    """The items of ``item_ids`` (of this school) with their available units."""
    wanted = sorted(set(item_ids))
    if not wanted:
        return {}
    stmt = select(*_LENDABLE_COLUMNS).where(
        Equipment.id.in_(wanted), Equipment.school_id == reg.school_id
    )
    with reg.read() as s:
        return {x.id: x for x in _lendables(s, stmt)}


def find_lendable(reg: Register, text: str, limit: int = 20) -> list[Lendable]:
    """Items for the lend dialog's search box: the item whose asset code is ``text``
    (as a scanner types it), else live items matching its words, by asset code."""
    code = normalise_code(text)
    if not code:
        return []
    with reg.read() as s:
        exact = select(*_LENDABLE_COLUMNS).where(
            Equipment.school_id == reg.school_id,
            Equipment.asset_code_norm == code,
            Equipment.deleted_at.is_(None),
        )
        found = _lendables(s, exact)
        if found:
            return found
        q = EquipmentQuery(text=text, in_service=True)
        stmt = filter_equipment(reg, q, select(*_LENDABLE_COLUMNS))
        return _lendables(s, stmt.order_by(Equipment.asset_code_norm).limit(limit))


# == lending =============================================================================


def _borrower(s: Session, reg: Register, values: LendInput) -> tuple[str | None, str]:
    """The borrower's staff id (None for a name typed freely) and name as written."""
    if not values.borrower_id:
        return None, values.borrower_name
    staff = s.get(Staff, values.borrower_id)
    if staff is None or staff.school_id != reg.school_id or staff.deleted_at is not None:
        raise ServiceError.for_field(
            "borrower_name",
            "Người mượn đã chọn không còn trong danh sách cán bộ (có thể đã bị xóa). "
            "Hãy chọn lại hoặc gõ tên người mượn.",
        )
    if not staff.active:
        raise ServiceError.for_field(
            "borrower_name",
            f"{staff.full_name} không còn công tác ở trường. "
            "Hãy chọn người khác hoặc gõ tên người mượn.",
        )
    return staff.id, staff.full_name


def lend(reg: Register, data: LendInput | dict[str, Any]) -> list[Loan]:
    """Lend the listed items to one borrower: one loan per item, all or none.

    Refused, with nothing written, for an item deleted, disposed or in repair, an item
    listed twice, a quantity under 1 or above the item's available units, no borrower,
    no item, or a due time not after the lend."""
    values = parse(LendInput, data)
    assert values.lent_at is not None and values.due_at is not None  # the schema sets them
    with reg.write() as s:
        borrower_id, name = _borrower(s, reg, values)
        ids = [line.equipment_id for line in values.lines]
        items = {
            item.id: item
            for item in s.scalars(select(Equipment).where(Equipment.id.in_(sorted(set(ids)))))
            if item.school_id == reg.school_id
        }
        lent = units_on_loan(s, items)
        problems: list[str] = []
        seen: set[str] = set()
        for line in values.lines:
            item = items.get(line.equipment_id)
            if item is None:
                problems.append("Một thiết bị trong phiếu không có trong sổ (có thể đã bị xóa).")
                continue
            if item.id in seen:
                problems.append(
                    f"{_named(item)} có hai lần trong phiếu mượn: hãy gộp thành một dòng "
                    "và ghi tổng số lượng."
                )
                continue
            seen.add(item.id)
            available = max(item.qty_good - lent.get(item.id, 0), 0)
            why = why_not(item, item.deleted_at is not None, available, line.quantity)
            if why:
                problems.append(why)
        if problems:
            text = " ".join(problems)
            raise ServiceError(text, {"lines": text})

        who = _who(name, values.class_name)
        made: list[Loan] = []
        for line in values.lines:
            item = items[line.equipment_id]
            takes_last = item.qty_good - lent.get(item.id, 0) - line.quantity <= 0
            before = item.status if takes_last and item.status in LENDABLE_FROM else None
            loan = Loan(
                school_id=reg.school_id,
                equipment_id=item.id,
                borrower_id=borrower_id,
                borrower_name=name,
                class_name=values.class_name,
                period=values.period,
                lesson=values.lesson,
                quantity=line.quantity,
                lent_at=values.lent_at,
                due_at=values.due_at,
                status_before=before,
                notes=values.notes,
                search_text=loan_search_text(name, values.class_name, values.lesson),
            )
            s.add(loan)
            made.append(loan)
        s.flush()
        for loan in made:
            item = items[loan.equipment_id]
            units = f"{loan.quantity} {item.unit}"
            changes: dict[str, list[Any]] = {"loan_id": [None, loan.id]}
            summary = f"Cho mượn {units} – {who}"
            if loan.status_before is not None:
                changes.update(apply_fields(item, {"status": EquipmentStatus.ON_LOAN}))
                summary += " (không còn cái nào sẵn sàng: chuyển sang Đang cho mượn)"
            audit.record(
                s, reg, "loan", loan.id, "lend", summary=f"Cho mượn {units} {_named(item)} – {who}"
            )
            audit.record(s, reg, "equipment", item.id, "lend", changes, summary)
    return made


# == returning ===========================================================================


def _live_loan(s: Session, reg: Register, loan_id: str) -> Loan:
    loan = s.get(Loan, loan_id)
    if loan is None or loan.school_id != reg.school_id or loan.deleted_at is not None:
        raise ServiceError("Không tìm thấy lượt mượn này (có thể đã bị hủy).")
    return loan


def _open_loan(s: Session, reg: Register, loan_id: str) -> tuple[Loan, Equipment]:
    loan = _live_loan(s, reg, loan_id)
    item = s.get(Equipment, loan.equipment_id)
    assert item is not None  # a foreign key
    if loan.returned_at is not None:
        raise ServiceError(
            f"{_named(item)}: lượt mượn của {loan.borrower_name} đã trả đủ lúc "
            f"{at_minutes(loan.returned_at)}."
        )
    return loan, item


def _condition_text(good: int, damaged: int, lost: int) -> str:
    """ "tốt 2, hỏng 1" (the counts that are not 0)."""
    parts = [
        (CONDITION_WORDS[Condition.GOOD], good),
        (CONDITION_WORDS[Condition.BROKEN], damaged),
        (CONDITION_WORDS[Condition.LOST], lost),
    ]
    return ", ".join(f"{word} {n}" for word, n in parts if n)


def _restore_status(s: Session, item: Equipment) -> dict[str, list[Any]]:
    """An item marked on loan gets back the status the lend took it from, once units
    are available again or none is out any more. Call after the change is flushed."""
    if item.status != EquipmentStatus.ON_LOAN:
        return {}
    out = units_on_loan(s, [item.id]).get(item.id, 0)
    if item.qty_good - out <= 0 and out > 0:
        return {}
    previous = s.scalar(
        select(Loan.status_before)
        .where(Loan.equipment_id == item.id, Loan.status_before.is_not(None))
        .order_by(Loan.lent_at.desc(), Loan.created_at.desc())
        .limit(1)
    )
    if previous is None:
        return {}  # marked on loan by hand: what it was before is not known
    return apply_fields(item, {"status": previous})


def return_loans(reg: Register, returns: Sequence[ReturnInput | dict[str, Any]]) -> list[Loan]:
    """Take back units of one or more loans, all or none. Damaged units move from the
    item's good count to its broken count, lost ones to its lost count."""
    values = [parse(ReturnInput, r) for r in returns]
    if not values:
        raise ServiceError("Chưa chọn lượt mượn nào để nhận trả.")
    if len({v.loan_id for v in values}) < len(values):
        raise ServiceError("Một lượt mượn có hai lần trong danh sách nhận trả.")
    done: list[Loan] = []
    with reg.write() as s:
        for v in values:
            loan, item = _open_loan(s, reg, v.loan_id)
            check_version(loan, v.expected_version, "Lượt mượn")
            assert v.returned_at is not None  # the schema sets it
            unit = item.unit
            if v.units > loan.outstanding:
                raise ServiceError.for_field(
                    "good",
                    f"{_named(item)}: {loan.borrower_name} còn giữ {loan.outstanding} {unit}, "
                    f"không thể nhận trả {v.units}.",
                )
            if v.returned_at < loan.lent_at:
                raise ServiceError.for_field(
                    "returned_at",
                    f"Lúc trả ({at_minutes(v.returned_at)}) trước lúc mượn "
                    f"({at_minutes(loan.lent_at)}): hãy kiểm tra ngày giờ của máy tính.",
                )
            moved = v.damaged + v.lost
            if moved > item.qty_good:
                raise ServiceError.for_field(
                    "damaged",
                    f"{_named(item)}: sổ chỉ còn {item.qty_good} {unit} tốt, không ghi được "
                    f"{moved} {unit} hỏng hoặc mất. Hãy kiểm tra số lượng theo tình trạng "
                    "của thiết bị.",
                )
            left = loan.outstanding - v.units
            notes = "; ".join(n for n in (loan.return_notes, v.notes) if n)
            loan_changes = apply_fields(
                loan,
                {
                    "returned_good": loan.returned_good + v.good,
                    "returned_damaged": loan.returned_damaged + v.damaged,
                    "returned_lost": loan.returned_lost + v.lost,
                    "return_notes": notes,
                    "returned_at": v.returned_at if left == 0 else None,
                },
            )
            item_changes: dict[str, list[Any]] = {}
            if moved:
                item_changes = apply_fields(
                    item,
                    {
                        "qty_good": item.qty_good - moved,
                        "qty_broken": item.qty_broken + v.damaged,
                        "qty_lost": item.qty_lost + v.lost,
                    },
                )
            s.flush()  # the return counts before the status is worked out
            item_changes.update(_restore_status(s, item))
            item_changes["loan_id"] = [None, loan.id]
            parts = _condition_text(v.good, v.damaged, v.lost)
            rest = f"còn {left} {unit} chưa trả" if left else "đã trả đủ"
            audit.record(
                s,
                reg,
                "loan",
                loan.id,
                "return",
                loan_changes,
                f"Nhận trả {v.units} {unit} {_named(item)} ({parts}) – {loan.borrower_name}; "
                + rest,
            )
            who = _who(loan.borrower_name, loan.class_name)
            audit.record(
                s,
                reg,
                "equipment",
                item.id,
                "return",
                item_changes,
                f"Nhận trả {v.units} {unit} – {who}: {parts}",
            )
            done.append(loan)
    return done


def return_loan(reg: Register, data: ReturnInput | dict[str, Any]) -> Loan:
    return return_loans(reg, [data])[0]


def return_all_good(reg: Register, loan_ids: Sequence[str]) -> list[Loan]:
    """Everything still out on these loans comes back in good condition."""
    with reg.read() as s:
        loans = {
            loan.id: loan for loan in s.scalars(select(Loan).where(Loan.id.in_(list(loan_ids))))
        }
    returns = []
    for loan_id in loan_ids:
        loan = loans.get(loan_id)
        outstanding = loan.outstanding if loan is not None else 1  # refused just below
        returns.append({"loan_id": loan_id, "good": max(outstanding, 1)})
    return return_loans(reg, returns)


def extend_loan(reg: Register, data: DueInput | dict[str, Any]) -> Loan:
    """A new due time for an open loan (gia hạn)."""
    values = parse(DueInput, data)
    with reg.write() as s:
        loan, item = _open_loan(s, reg, values.loan_id)
        check_version(loan, values.expected_version, "Lượt mượn")
        problem = due_problem(loan.lent_at, values.due_at)
        if problem:
            raise ServiceError.for_field("due_at", problem)
        changes = apply_fields(loan, {"due_at": values.due_at})
        if changes:
            audit.record(
                s,
                reg,
                "loan",
                loan.id,
                "update",
                changes,
                f"Gia hạn trả {_named(item)} – {loan.borrower_name} đến "
                f"{at_minutes(values.due_at)}",
            )
    return loan


def cancel_loan(reg: Register, loan_id: str, reason: str = "") -> None:
    """Strike out a loan written by mistake (nothing of it returned yet): the row
    stays as a tombstone, the item's status comes back if the loan had changed it."""
    with reg.write() as s:
        loan, item = _open_loan(s, reg, loan_id)
        if loan.outstanding < loan.quantity:
            raise ServiceError(
                f"{_named(item)}: lượt mượn này đã nhận trả một phần nên không hủy được. "
                "Hãy nhận trả phần còn lại."
            )
        loan.deleted_at = now_utc()
        s.flush()
        changes = _restore_status(s, item)
        changes["loan_id"] = [loan.id, None]
        why = f" ({reason.strip()})" if reason.strip() else ""
        summary = f"Hủy lượt mượn {loan.quantity} {item.unit} – " + _who(
            loan.borrower_name, loan.class_name
        )
        audit.record(s, reg, "loan", loan.id, "cancel", summary=summary + why)
        audit.record(s, reg, "equipment", item.id, "cancel_loan", changes, summary + why)


# == lists ===============================================================================


@dataclass(frozen=True)
class LoanRow:
    """One loan with its item, as the lists, the dialogs and the book show it."""

    id: str
    equipment_id: str
    asset_code: str
    item_name: str
    unit: str
    room_code: str | None
    borrower_id: str | None
    borrower_name: str
    class_name: str
    period: str
    lesson: str
    quantity: int
    lent_at: datetime
    due_at: datetime | None
    returned_at: datetime | None
    returned_good: int
    returned_damaged: int
    returned_lost: int
    return_notes: str
    notes: str
    version: int

    @property
    def returned_units(self) -> int:
        return self.returned_good + self.returned_damaged + self.returned_lost

    @property
    def outstanding(self) -> int:
        return self.quantity - self.returned_units

    @property
    def is_open(self) -> bool:
        return self.returned_at is None

    def overdue(self, now: datetime) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < now

    def due_soon(self, now: datetime) -> bool:
        return self.is_open and self.due_at is not None and now <= self.due_at < now + DUE_SOON

    @property
    def condition_text(self) -> str:
        """ "Tốt 3, hỏng 1" of the units returned so far ("" when none)."""
        text = _condition_text(self.returned_good, self.returned_damaged, self.returned_lost)
        return text[:1].upper() + text[1:]


ROW_COLUMNS: tuple[Any, ...] = (
    Loan.id,
    Loan.equipment_id,
    Equipment.asset_code,
    Equipment.name,
    Equipment.unit,
    Room.code,
    Loan.borrower_id,
    Loan.borrower_name,
    Loan.class_name,
    Loan.period,
    Loan.lesson,
    Loan.quantity,
    Loan.lent_at,
    Loan.due_at,
    Loan.returned_at,
    Loan.returned_good,
    Loan.returned_damaged,
    Loan.returned_lost,
    Loan.return_notes,
    Loan.notes,
    Loan.version,
)

SORTS: dict[str, Any] = {
    "lent_at": Loan.lent_at,
    "due_at": Loan.due_at,
    "returned_at": Loan.returned_at,
    "asset_code": Equipment.asset_code_norm,
    "name": Equipment.name_norm,
    "borrower": Loan.search_text,  # starts with the borrower's name, accents aside
    "class_name": Loan.class_name,
    "period": Loan.period,
    "lesson": Loan.lesson,
    "quantity": Loan.quantity,
    "outstanding": OUTSTANDING,
    "state": case((Loan.returned_at.is_(None), Loan.due_at), else_=None),
}


@dataclass(frozen=True)
class LoanQuery:
    text: str = ""
    state: LoanState = LoanState.OPEN
    equipment_id: str | None = None
    since: date | None = None  # lent on or after this day (the school's calendar)
    until: date | None = None  # lent on or before this day
    sort: str = "lent_at"
    descending: bool = True
    now: datetime | None = None  # what "overdue" is measured against (the clock's now)


def day_start(day: date) -> datetime:
    """Midnight of ``day`` in the PC's time zone, as UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def loan_stmt(reg: Register, q: LoanQuery, stmt: Select[Any]) -> Select[Any]:
    stmt = (
        stmt.join(Equipment, Equipment.id == Loan.equipment_id)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(Loan.school_id == reg.school_id, Loan.deleted_at.is_(None))
    )
    now = q.now or now_utc()
    if q.state == LoanState.OPEN:
        stmt = stmt.where(Loan.returned_at.is_(None))
    elif q.state == LoanState.OVERDUE:
        stmt = stmt.where(Loan.returned_at.is_(None), Loan.due_at < now)
    elif q.state == LoanState.RETURNED:
        stmt = stmt.where(Loan.returned_at.is_not(None))
    if q.equipment_id is not None:
        stmt = stmt.where(Loan.equipment_id == q.equipment_id)
    if q.since is not None:
        stmt = stmt.where(Loan.lent_at >= day_start(q.since))
    if q.until is not None:
        stmt = stmt.where(Loan.lent_at < day_start(q.until + timedelta(days=1)))
    terms = search_terms(q.text)
    if terms:
        by_words = and_(
            *(
                or_(
                    Loan.search_text.contains(t, autoescape=True),
                    Equipment.search_text.contains(t, autoescape=True),
                )
                for t in terms
            )
        )
        by_code = Equipment.asset_code_norm.startswith(normalise_code(q.text), autoescape=True)
        stmt = stmt.where(or_(by_words, by_code))
    return stmt


def loan_ids(reg: Register, q: LoanQuery = LoanQuery()) -> list[str]:
    """Ids of the matching loans in display order."""
    column = SORTS.get(q.sort, Loan.lent_at)
    order = column.desc() if q.descending else column.asc()
    ties = (Loan.lent_at.desc(), Loan.id) if q.descending else (Loan.lent_at, Loan.id)
    stmt = loan_stmt(reg, q, select(Loan.id)).order_by(order, *ties)
    with reg.read() as s:
        return list(s.scalars(stmt))


def loan_rows(reg: Register, ids: Sequence[str]) -> dict[str, LoanRow]:
    """Display rows for these ids (a page of the table), keyed by id."""
    if not ids:
        return {}
    stmt = (
        select(*ROW_COLUMNS)
        .join(Equipment, Equipment.id == Loan.equipment_id)
        .outerjoin(Room, Room.id == Equipment.room_id)
        .where(Loan.id.in_(list(ids)), Loan.school_id == reg.school_id)
    )
    with reg.read() as s:
        return {row[0]: LoanRow(*row) for row in s.execute(stmt)}


def get_loan(reg: Register, loan_id: str) -> LoanRow:
    row = loan_rows(reg, [loan_id]).get(loan_id)
    if row is None:
        raise ServiceError("Không tìm thấy lượt mượn này (có thể đã bị hủy).")
    return row


def list_loans(reg: Register, q: LoanQuery) -> list[LoanRow]:
    """Every matching loan as a row, in the query's order (the book, the export)."""
    column = SORTS.get(q.sort, Loan.lent_at)
    order = column.desc() if q.descending else column.asc()
    stmt = loan_stmt(reg, q, select(*ROW_COLUMNS)).order_by(order, Loan.created_at, Loan.id)
    with reg.read() as s:
        return [LoanRow(*row) for row in s.execute(stmt)]


def book_rows(reg: Register, since: date | None = None, until: date | None = None) -> list[LoanRow]:
    """The loan book from ``since`` to ``until`` (days lent, both included), oldest first."""
    if since and until and since > until:
        raise ServiceError(
            f"Ngày bắt đầu ({since:%d/%m/%Y}) sau ngày kết thúc ({until:%d/%m/%Y}): "
            "hãy chọn lại khoảng thời gian."
        )
    q = LoanQuery(state=LoanState.ALL, since=since, until=until, descending=False)
    return list_loans(reg, q)


def open_loans_of(reg: Register, item_id: str) -> list[LoanRow]:
    """The item's open loans, oldest first (what a scanned code at the desk finds)."""
    return list_loans(reg, LoanQuery(equipment_id=item_id, descending=False))


# == figures for the home screen and the page =============================================


@dataclass(frozen=True)
class LoanCounts:
    open: int
    overdue: int
    due_soon: int


def loan_counts(reg: Register, now: datetime | None = None) -> LoanCounts:
    """Open loans, how many are overdue and how many are due soon: one query."""
    now = now or now_utc()
    stmt = select(
        func.count(),
        func.coalesce(func.sum(case((Loan.due_at < now, 1), else_=0)), 0),
        func.coalesce(
            func.sum(case((and_(Loan.due_at >= now, Loan.due_at < now + DUE_SOON), 1), else_=0)),
            0,
        ),
    ).where(
        Loan.school_id == reg.school_id,
        Loan.deleted_at.is_(None),
        Loan.returned_at.is_(None),
    )
    with reg.read() as s:
        total, overdue, soon = s.execute(stmt).one()
    return LoanCounts(int(total), int(overdue), int(soon))


def open_loan_count(reg: Register) -> int:
    return loan_counts(reg).open


def overdue_count(reg: Register, now: datetime | None = None) -> int:
    return loan_counts(reg, now).overdue


def overdue_loans(reg: Register, now: datetime | None = None, limit: int = 10) -> list[LoanRow]:
    """The open loans past their due time, longest overdue first."""
    q = LoanQuery(state=LoanState.OVERDUE, now=now, sort="due_at", descending=False)
    column = SORTS["due_at"]
    stmt = loan_stmt(reg, q, select(*ROW_COLUMNS)).order_by(column.asc(), Loan.id).limit(limit)
    with reg.read() as s:
        return [LoanRow(*row) for row in s.execute(stmt)]


def known_classes(reg: Register) -> list[str]:
    """Class names already in the loan book (for the lend dialog's suggestions)."""
    stmt = (
        select(Loan.class_name)
        .where(Loan.school_id == reg.school_id, Loan.class_name != "")
        .distinct()
        .order_by(Loan.class_name)
    )
    with reg.read() as s:
        return list(s.scalars(stmt))
