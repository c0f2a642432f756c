"""Demo loans: teachers borrowing their subject's equipment for a class and a lesson,
school day after school day up to now, written in bulk.

The loans run up to the moment the demo is made (not to the demo's reference date),
so that some are open now, a few overdue and most returned, whenever it is run; the
same seed gives the same borrowers, items, periods and outcomes. Most loans come back
the same day in good condition; a few come back late, with a damaged unit, or one
lost, and those units move to the item's broken and lost counts. Each loan has the
audit lines a lend and a return through the service would write.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select

from app.models import AuditEntry, Equipment, Loan, Room, Staff
from app.models.enums import EquipmentCategory, EquipmentStatus, RoomKind
from app.models.ids import uuid7
from app.services import audit
from app.services.common import now_utc
from app.services.demo_usage import LESSONS, holidays, terms
from app.services.disposals import units_on_loan
from app.services.loan_schemas import default_due
from app.services.register import Register
from app.services.room_usage import class_names
from app.services.search_text import loan_search_text

CHUNK = 5000
DEFAULT_DAYS = 80  # school days of history in an ordinary demo (about four months)
PER_DAY = (3, 8)  # loans a school day
FURNITURE = ("Tủ", "Bục", "Giá", "Bàn", "Ghế", "Kệ", "Bình chữa cháy")
PRACTICAL = ("Khoa học tự nhiên", "Công nghệ", "Tin học")  # two periods at a time
DAMAGE_NOTES = (
    "Vỡ 1 lam kính",
    "Gãy chân đế",
    "Hỏng công tắc nguồn",
    "Nứt vỏ, cần kiểm tra",
    "Rách tờ tranh",
    "Đứt dây nối",
    "Kẹt khớp xoay",
)
LOST_NOTES = ("Học sinh làm mất", "Thất lạc sau tiết học, lớp đang tìm")
OUTSIDE_BORROWERS = ("Nguyễn Thị Hạnh (giáo sinh thực tập)", "Trần Minh Đức (Đoàn trường)")
LONG_LESSONS = ("Chuẩn bị hội thi giáo viên dạy giỏi", "Ôn tập cuối học kì", "Ngoại khóa")
# Subjects the room-usage demo has no lessons for (their equipment is borrowed too).
MORE_LESSONS = {
    "Giáo dục thể chất": (
        "Chạy cự li ngắn (60 m)",
        "Bóng đá: dẫn bóng, sút bóng",
        "Nhảy cao kiểu bước qua",
        "Đá cầu: tâng cầu",
        "Bóng rổ: chuyền và bắt bóng",
        "Bài thể dục liên hoàn",
    ),
}


@dataclass
class _Item:
    id: str
    code: str
    name: str
    unit: str
    subject: str
    grades: tuple[int, ...]
    good: int
    broken: int = 0
    lost: int = 0
    status: EquipmentStatus = EquipmentStatus.IN_USE
    since: date | None = None
    changed: bool = False


def _grade(class_name: str) -> int:
    """6 for "6A1", 10 for "10A2"."""
    digits = ""
    for ch in class_name:
        if not ch.isdigit():
            break
        digits += ch
    return int(digits or 0)


def _period_start(period: int) -> time:
    """When a period begins: mornings from 7:00, afternoons from 13:30, 50 minutes each."""
    minutes = 7 * 60 + (period - 1) * 50 if period <= 5 else 13 * 60 + 30 + (period - 6) * 50
    return time(minutes // 60, minutes % 60)


def _school_days(end: date, wanted: int) -> list[date]:
    """The last ``wanted`` teaching days up to ``end``: Monday to Saturday, in term,
    holidays left out; oldest first."""
    start = end - timedelta(days=wanted * 2 + 120)
    off = holidays(start, end)
    days = [
        first + timedelta(days=n)
        for first, last in terms(start, end)
        for n in range((last - first).days + 1)
    ]
    days = [d for d in days if d.weekday() < 6 and d not in off]
    return days[-wanted:]


def _items(reg: Register) -> list[_Item]:
    """What teachers borrow: teaching equipment and subject tools in subject rooms,
    storerooms and preparation rooms, in use or in store, not furniture."""
    with reg.read() as s:
        rows = s.execute(
            select(
                Equipment.id,
                Equipment.asset_code,
                Equipment.name,
                Equipment.unit,
                Equipment.subject,
                Equipment.grades,
                Equipment.qty_good,
                Equipment.qty_broken,
                Equipment.qty_lost,
                Equipment.status,
                Equipment.in_service_on,
                Equipment.category,
            )
            .join(Room, Room.id == Equipment.room_id)
            .where(
                Equipment.school_id == reg.school_id,
                Equipment.deleted_at.is_(None),
                Equipment.qty_good > 0,
                Equipment.status.in_((EquipmentStatus.IN_USE, EquipmentStatus.IN_STORE)),
                Equipment.category.in_((EquipmentCategory.TEACHING, EquipmentCategory.TOOL)),
                Room.kind.in_((RoomKind.SUBJECT, RoomKind.STOREROOM, RoomKind.PREPARATION)),
            )
            .order_by(Equipment.asset_code_norm)
        ).all()
    found = []
    for i, code, name, unit, subject, grades, good, broken, lost, status, since, kind in rows:
        if name.startswith(FURNITURE):
            continue
        if kind == EquipmentCategory.TOOL and subject in ("", "Dùng chung"):
            continue
        years = tuple(int(g) for g in grades.replace(" ", "").split(",") if g.isdigit())
        found.append(_Item(i, code, name, unit, subject, years, good, broken, lost, status, since))
    return found


def _teachers(reg: Register) -> dict[str, list[tuple[str, str]]]:
    with reg.read() as s:
        rows = s.execute(
            select(Staff.id, Staff.full_name, Staff.subject).where(
                Staff.school_id == reg.school_id,
                Staff.deleted_at.is_(None),
                Staff.active.is_(True),
                Staff.subject != "",
            )
        ).all()
    by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for staff_id, name, subject in rows:
        by_subject[subject].append((staff_id, name))
    return by_subject


def _quantity(rng: random.Random, item: _Item, free: int) -> int:
    """A single device, or part of a lot: a set per group, or the class's whole set."""
    if free <= 1 or item.good <= 2:
        return 1
    roll = rng.random()
    if roll < 0.35:
        return free  # the class set
    if roll < 0.8:
        return max(1, min(free, rng.choice((4, 6, 8, 10, 12))))
    return rng.randint(1, free)


def add_demo_loans(
    reg: Register, seed: int, count: int | None = None, now: datetime | None = None
) -> int:
    """About ``count`` loans (a few hundred when None) over the school days up to
    ``now``. Returns how many were written."""
    rng = random.Random(f"sotb-demo:{seed}:loans")
    items = _items(reg)
    teachers = _teachers(reg)
    classes = class_names(reg) or ["6A1"]
    if not items or not teachers:
        return 0
    now = (now or now_utc()).replace(microsecond=0)
    local_now = now.astimezone()
    wanted_days = DEFAULT_DAYS if count is None else max(DEFAULT_DAYS, min(400, count // 50))
    days = _school_days(local_now.date(), wanted_days)
    if not days:
        return 0
    per_day = None if count is None else max(1, round(count / len(days)))
    by_subject: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        by_subject[item.subject].append(item)
    subjects = [s for s in teachers if by_subject.get(s)]
    if not subjects:
        return 0
    # Units on loans not yet returned, those already in the book included.
    out: dict[str, int] = defaultdict(int)
    with reg.read() as s:
        out.update(units_on_loan(s, [item.id for item in items]))
    loans: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    left_open = 0
    most_open = max(40, (count or 0) // 100)
    for day in days:
        today = day == local_now.date()
        loans_today = per_day or rng.randint(*PER_DAY)
        busy: dict[str, int] = defaultdict(int)  # out for today's lessons, back by evening
        for _ in range(loans_today):
            subject = rng.choice(subjects)
            item = rng.choice(by_subject[subject])
            if item.since is not None and item.since > day:
                continue
            free = item.good - out[item.id] - busy[item.id]
            if free < 1:
                continue
            staff_id, staff_name = rng.choice(teachers[subject])
            borrower_id: str | None = staff_id
            if rng.random() < 0.02:
                borrower_id, staff_name = None, rng.choice(OUTSIDE_BORROWERS)
            period = rng.randint(1, 9)
            periods = (
                f"{period}-{period + 1}" if subject in PRACTICAL and period != 5 else str(period)
            )
            lent = datetime.combine(day, _period_start(period)).astimezone() - timedelta(
                minutes=rng.randint(5, 20)
            )
            lent_at = lent.astimezone(UTC).replace(microsecond=0)
            if lent_at >= now:
                continue
            quantity = _quantity(rng, item, free)
            grades = [c for c in classes if item.grades and _grade(c) in item.grades]
            class_name = rng.choice(grades or classes)
            long_loan = rng.random() < 0.1
            taught = LESSONS.get(subject) or MORE_LESSONS.get(subject) or ("Ôn tập",)
            lesson = rng.choice(LONG_LESSONS if long_loan else taught)
            due_at = default_due(lent_at)
            if long_loan:
                due_at += timedelta(days=rng.randint(5, 30))
            loan_id = uuid7()
            loan: dict[str, Any] = {
                "id": loan_id,
                "school_id": reg.school_id,
                "created_at": lent_at,
                "updated_at": lent_at,
                "deleted_at": None,
                "version": 1,
                "equipment_id": item.id,
                "borrower_id": borrower_id,
                "borrower_name": staff_name,
                "class_name": class_name,
                "period": periods,
                "lesson": lesson,
                "quantity": quantity,
                "lent_at": lent_at,
                "due_at": due_at,
                "returned_at": None,
                "returned_good": 0,
                "returned_damaged": 0,
                "returned_lost": 0,
                "return_notes": "",
                "status_before": None,
                "notes": "",
                "search_text": loan_search_text(staff_name, class_name, lesson),
            }
            who = f"{staff_name} – {class_name}"
            units = f"{quantity} {item.unit}"
            history.append(
                audit.bulk_row(
                    reg, lent_at, "loan", loan_id, "lend",
                    f"Cho mượn {units} {item.code} {item.name} – {who}",
                )
            )  # fmt: skip
            history.append(
                audit.bulk_row(
                    reg, lent_at, "equipment", item.id, "lend", f"Cho mượn {units} – {who}"
                )
            )
            loans.append(loan)
            if due_at > now:  # today's lessons, or borrowed for some weeks
                keep = today or long_loan
            else:  # due lately, and forgotten: overdue
                keep = now - due_at < timedelta(days=7) and rng.random() < (
                    0.4 if long_loan else 0.06
                )
            if keep and left_open < most_open:
                left_open += 1
                out[item.id] += quantity
                continue
            busy[item.id] += quantity
            _return(rng, loan, item, history, reg, now)
    _write(reg, loans, history, items, out)
    return len(loans)


def _return(
    rng: random.Random,
    loan: dict[str, Any],
    item: _Item,
    history: list[dict[str, Any]],
    reg: Register,
    now: datetime,
) -> None:
    """Bring a loan back: mostly on time and whole, sometimes late, damaged or short."""
    lent_at: datetime = loan["lent_at"]
    back = lent_at + timedelta(minutes=rng.randint(50, 130))
    if rng.random() < 0.07:
        back = loan["due_at"] + timedelta(hours=rng.randint(14, 40))  # late, the next days
    back = min(back, now).replace(microsecond=0)
    quantity = loan["quantity"]
    damaged = lost = 0
    notes = ""
    roll = rng.random()
    if roll < 0.03 and item.good >= 1:
        damaged, notes = 1, rng.choice(DAMAGE_NOTES)
    elif roll < 0.04 and item.good >= 1:
        lost, notes = 1, rng.choice(LOST_NOTES)
    good = quantity - damaged - lost
    loan.update(
        returned_at=back,
        returned_good=good,
        returned_damaged=damaged,
        returned_lost=lost,
        return_notes=notes,
        updated_at=back,
        version=2,
    )
    if damaged or lost:
        item.good -= damaged + lost
        item.broken += damaged
        item.lost += lost
        item.changed = True
    parts = ", ".join(f"{w} {n}" for w, n in (("tốt", good), ("hỏng", damaged), ("mất", lost)) if n)
    who = f"{loan['borrower_name']} – {loan['class_name']}"
    units = f"{quantity} {item.unit}"
    text = f"Nhận trả {units} {item.code} {item.name} ({parts}) – {loan['borrower_name']}"
    history.append(audit.bulk_row(reg, back, "loan", loan["id"], "return", text + "; đã trả đủ"))
    history.append(
        audit.bulk_row(
            reg, back, "equipment", item.id, "return", f"Nhận trả {units} – {who}: {parts}"
        )
    )


def _write(
    reg: Register,
    loans: list[dict[str, Any]],
    history: list[dict[str, Any]],
    items: list[_Item],
    out: dict[str, int],
) -> None:
    """Insert the loans and their audit lines; put the items' counts and statuses right:
    an item whose every good unit is out is on loan, as a lend through the service
    would leave it (the last open loan of it remembers the status before)."""
    latest_open: dict[str, dict[str, Any]] = {}
    for loan in loans:
        if loan["returned_at"] is None:
            latest_open[loan["equipment_id"]] = loan
    for item in items:
        if item.id in latest_open and item.good - out[item.id] <= 0:
            latest_open[item.id]["status_before"] = item.status
            item.status = EquipmentStatus.ON_LOAN
            item.changed = True
    with reg.write() as s:
        for start in range(0, len(loans), CHUNK):
            s.execute(insert(Loan), loans[start : start + CHUNK])
        for start in range(0, len(history), CHUNK):
            s.execute(insert(AuditEntry), history[start : start + CHUNK])
        for item in items:
            if not item.changed:
                continue
            row = s.get(Equipment, item.id)
            assert row is not None
            row.qty_good, row.qty_broken, row.qty_lost = item.good, item.broken, item.lost
            row.status = item.status
