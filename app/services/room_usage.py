"""Sổ theo dõi sử dụng phòng học bộ môn: the lessons held in the subject rooms (and the
smart and online classrooms), who taught what to which class, the equipment used and
how the room and its equipment were left.

Periods (tiết) are numbered through the day: 1–5 are the morning (buổi sáng), 6–10 the
afternoon (buổi chiều). A session takes one or more periods of one half-day; two
sessions of a room on a day may follow each other (tiết 1–2, then 3–4) but not overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import Equipment, Room, RoomUsage, School, Staff
from app.models.enums import EquipmentStatus, RoomKind, SchoolLevel
from app.services import audit
from app.services.common import apply_fields, check_version, now_utc
from app.services.errors import ServiceError
from app.services.reference import room_type_name
from app.services.register import Register
from app.services.schemas import FieldProblem, clean_text, parse
from app.services.schools import list_staff, name_order
from app.services.search_text import room_usage_search_text
from app.services.text import fold, search_terms

MORNING = range(1, 6)  # tiết 1–5
AFTERNOON = range(6, 11)  # tiết 6–10
PERIODS_PER_DAY = 10
SCHOOL_DAYS = 6  # Monday to Saturday
# How far from today a session may be dated: a booking a few weeks ahead is normal, a
# date further out (or more than a school year back) is almost always a typo in the year.
DAYS_AHEAD = 31
DAYS_BACK = 366
MAX_ITEMS = 200  # register items one session may list
MULTI_PURPOSE = "da_chuc_nang"  # the subject-room type that serves every subject

# The rooms a lesson is held in, in the order pickers list them (subject rooms first).
USAGE_KINDS = (RoomKind.SUBJECT, RoomKind.SMART, RoomKind.ONLINE, RoomKind.CLASSROOM)
# The rooms whose usage the book follows (and the statistics count even when unused).
BOOK_KINDS = (RoomKind.SUBJECT, RoomKind.SMART, RoomKind.ONLINE)
_KIND_ORDER = {kind: i for i, kind in enumerate(USAGE_KINDS)}

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
GRADES = {
    SchoolLevel.TH: (1, 2, 3, 4, 5),
    SchoolLevel.THCS: (6, 7, 8, 9),
    SchoolLevel.THPT: (10, 11, 12),
    SchoolLevel.LIEN_CAP: (6, 7, 8, 9, 10, 11, 12),
    SchoolLevel.GDTX: (10, 11, 12),
}


# == periods and dates ===================================================================


def half_day(period: int) -> str:
    """ "sáng" for tiết 1–5, "chiều" for tiết 6–10."""
    return "sáng" if period in MORNING else "chiều"


def periods_text(period_from: int, period_to: int) -> str:
    """ "3" or "3–4", as the book writes the periods of a session."""
    return str(period_from) if period_from == period_to else f"{period_from}–{period_to}"


def period_count(period_from: int, period_to: int) -> int:
    return period_to - period_from + 1


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def school_days(since: date, until: date) -> int:
    """Monday-to-Saturday days from ``since`` to ``until``, both included."""
    if until < since:
        return 0
    days = (until - since).days + 1
    weeks, rest = divmod(days, 7)
    extra = sum(1 for i in range(rest) if (since.weekday() + i) % 7 < SCHOOL_DAYS)
    return weeks * SCHOOL_DAYS + extra


def school_terms(year: int) -> tuple[tuple[date, date], tuple[date, date]]:
    """The two terms (học kỳ) of the school year that starts in ``year``: term I from
    5 September to 15 January, term II from 16 January to 31 May."""
    return (
        (date(year, 9, 5), date(year + 1, 1, 15)),
        (date(year + 1, 1, 16), date(year + 1, 5, 31)),
    )


def term_of(day: date) -> tuple[date, date]:
    """The term under way on ``day`` (in the summer: the one just ended), whole."""
    started = [
        term for year in (day.year - 1, day.year) for term in school_terms(year) if term[0] <= day
    ]
    return started[-1]


def school_year_of(day: date) -> tuple[date, date]:
    """5 September to 31 May of the school year ``day`` belongs to (from August on, the
    year about to start)."""
    year = day.year if day.month >= 8 else day.year - 1
    return date(year, 9, 5), date(year + 1, 5, 31)


def date_problem(used_on: date, today: date) -> str | None:
    """Why a session cannot be dated ``used_on`` (None when it can)."""
    if used_on > today + timedelta(days=DAYS_AHEAD):
        return (
            f"Ngày {used_on:%d/%m/%Y} còn hơn {DAYS_AHEAD} ngày nữa mới tới: sổ chỉ ghi trước "
            "các buổi trong vòng một tháng. Hãy kiểm tra lại ngày (nhất là năm), hoặc ngày "
            "giờ của máy tính nếu máy đang sai."
        )
    if used_on < today - timedelta(days=DAYS_BACK):
        return (
            f"Ngày {used_on:%d/%m/%Y} đã hơn một năm trước: hãy kiểm tra lại ngày (nhất là "
            "năm), hoặc ngày giờ của máy tính nếu máy đang sai."
        )
    return None


def room_words(room: Room | Any) -> str:
    """ "Phòng Tin học 1" as a message names a room (its name, or its code)."""
    name = (room.name or room.code).strip()
    return name if fold(name).startswith("phong") else f"Phòng {name}"


# == input ===============================================================================


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


_TEXT_LIMITS = {
    "class_name": ("Tên lớp", 20),
    "teacher_name": ("Tên giáo viên", 100),
    "subject": ("Môn học", 60),
    "lesson": ("Tên bài dạy", 300),
    "equipment_text": ("Thiết bị khác", 2000),
    "incidents": ("Tình trạng phòng và thiết bị", 2000),
    "notes": ("Ghi chú", 2000),
}


class RoomUsageInput(_Input):
    """One session: a room on a day for some periods, a class, its teacher and lesson."""

    room_id: str = Field(min_length=1)
    used_on: date
    period_from: int
    period_to: int
    class_name: str = ""
    teacher_id: str | None = None  # a staff member; None for a name typed freely
    teacher_name: str = ""
    subject: str = ""  # the teacher's subject (or the room's) when left empty
    lesson: str = ""
    equipment_ids: list[str] = Field(default_factory=list)
    equipment_text: str = ""  # equipment written by hand (not in the register)
    incidents: str = ""  # "" = bình thường
    notes: str = ""

    @field_validator(*_TEXT_LIMITS)
    @classmethod
    def _text(cls, v: str, info: Any) -> str:
        label, limit = _TEXT_LIMITS[info.field_name]
        if len(v) > limit:
            raise ValueError(f"{label} dài quá {limit} ký tự.")
        if info.field_name in ("class_name", "teacher_name", "subject", "lesson"):
            return clean_text(v, label)
        return v

    @field_validator("period_from", "period_to")
    @classmethod
    def _period(cls, v: int) -> int:
        if not 1 <= v <= PERIODS_PER_DAY:
            raise ValueError(
                f"Không có tiết {v}: buổi sáng từ tiết 1 đến tiết 5, "
                "buổi chiều từ tiết 6 đến tiết 10."
            )
        return v

    @field_validator("equipment_ids")
    @classmethod
    def _items(cls, v: list[str]) -> list[str]:
        unique = list(dict.fromkeys(i for i in v if i))
        if len(unique) > MAX_ITEMS:
            raise ValueError(f"Một buổi ghi được tối đa {MAX_ITEMS} thiết bị.")
        return unique

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.period_to < self.period_from:
            raise FieldProblem(
                "period_to",
                f"Tiết kết thúc ({self.period_to}) đứng trước tiết bắt đầu "
                f"({self.period_from}): hãy sửa lại, ví dụ tiết "
                f"{self.period_to}–{self.period_from}.",
            )
        if half_day(self.period_from) != half_day(self.period_to):
            raise FieldProblem(
                "period_to",
                f"Tiết {self.period_from}–{self.period_to} nối buổi sáng với buổi chiều: "
                "hãy ghi thành hai buổi, một buổi sáng và một buổi chiều.",
            )
        if not self.class_name:
            raise FieldProblem("class_name", "Chưa ghi lớp học (ví dụ 7A2).")
        if not self.teacher_id and not self.teacher_name:
            raise FieldProblem(
                "teacher_name",
                "Chưa ghi giáo viên: hãy chọn một giáo viên trong danh sách cán bộ "
                "hoặc gõ tên giáo viên.",
            )
        return self


# == recording ===========================================================================


def record_usage(reg: Register, data: RoomUsageInput | dict[str, Any]) -> RoomUsage:
    """Write one session in the book, all checks passed, with its audit line."""
    values = parse(RoomUsageInput, data)
    with reg.write() as s:
        room = _usable_room(s, reg, values.room_id)
        _check_date(values.used_on, None)
        _check_free(s, room, values, None)
        row_values = _row_values(s, reg, values, room, None)
        usage = RoomUsage(school_id=reg.school_id, **row_values)
        s.add(usage)
        s.flush()
        audit.record(s, reg, "room_usage", usage.id, "create", summary=_summary(room, usage))
    return usage


def update_usage(
    reg: Register,
    usage_id: str,
    data: RoomUsageInput | dict[str, Any],
    expected_version: int | None = None,
) -> RoomUsage:
    """Correct a session: the same checks as recording, the session keeping its own slot."""
    values = parse(RoomUsageInput, data)
    with reg.write() as s:
        usage = _live_usage(s, reg, usage_id)
        check_version(usage, expected_version, "Buổi sử dụng phòng")
        if values.room_id != usage.room_id:
            room = _usable_room(s, reg, values.room_id)
        else:  # a room deleted since keeps its sessions, and they can be corrected
            room = _room(s, reg, usage.room_id)
        _check_date(values.used_on, usage.used_on)
        _check_free(s, room, values, usage.id)
        changes = apply_fields(usage, _row_values(s, reg, values, room, usage))
        changes.pop("search_text", None)
        if changes:
            audit.record(
                s, reg, "room_usage", usage.id, "update", changes, "Sửa: " + _summary(room, usage)
            )
    return usage


def delete_usage(reg: Register, usage_ids: str | Sequence[str]) -> None:
    """Soft-delete one session or several, all or none."""
    ids = [usage_ids] if isinstance(usage_ids, str) else list(usage_ids)
    with reg.write() as s:
        for usage_id in ids:
            usage = _live_usage(s, reg, usage_id)
            usage.deleted_at = now_utc()
            room = _room(s, reg, usage.room_id)
            audit.record(
                s, reg, "room_usage", usage.id, "delete", summary="Xóa: " + _summary(room, usage)
            )


def get_usage(reg: Register, usage_id: str) -> RoomUsage:
    with reg.read() as s:
        usage = s.get(RoomUsage, usage_id)
    if usage is None or usage.school_id != reg.school_id:
        raise ServiceError("Không tìm thấy buổi sử dụng phòng này trong sổ.")
    return usage


def _summary(room: Room, usage: RoomUsage) -> str:
    """ "B201 02/11/2026 tiết 3–4: 7A2 – Phạm Thị Hoa" for the history."""
    who = " – ".join(p for p in (usage.class_name, usage.teacher_name) if p)
    when = f"{usage.used_on:%d/%m/%Y} tiết {periods_text(usage.period_from, usage.period_to)}"
    return f"{room.code} {when}: {who}"


def _live_usage(s: Session, reg: Register, usage_id: str) -> RoomUsage:
    usage = s.get(RoomUsage, usage_id)
    if usage is None or usage.school_id != reg.school_id or usage.deleted_at is not None:
        raise ServiceError("Không tìm thấy buổi sử dụng phòng này (có thể đã bị xóa).")
    return usage


def _room(s: Session, reg: Register, room_id: str) -> Room:
    room = s.get(Room, room_id)
    if room is None or room.school_id != reg.school_id:
        raise ServiceError.for_field("room_id", "Phòng đã chọn không có trong sổ.")
    return room


def _usable_room(s: Session, reg: Register, room_id: str) -> Room:
    room = _room(s, reg, room_id)
    if room.deleted_at is not None:
        raise ServiceError.for_field(
            "room_id",
            f"{room_words(room)} ({room.code}) đã bị xóa khỏi sổ: hãy chọn phòng khác.",
        )
    if room.kind not in USAGE_KINDS:
        raise ServiceError.for_field(
            "room_id",
            f"{room_words(room)} ({room.code}) không phải phòng học: sổ chỉ ghi các buổi "
            "học ở phòng bộ môn, phòng học thông minh, phòng học trực tuyến và phòng học.",
        )
    return room


def _check_date(used_on: date, before: date | None) -> None:
    # A correction that keeps the session's own date is always allowed (an old entry).
    if used_on == before:
        return
    problem = date_problem(used_on, date.today())
    if problem:
        raise ServiceError.for_field("used_on", problem)


def _check_free(s: Session, room: Room, values: RoomUsageInput, own_id: str | None) -> None:
    """Refuse a session that overlaps another of the same room on the same day."""
    stmt = (
        select(RoomUsage)
        .where(
            RoomUsage.room_id == room.id,
            RoomUsage.used_on == values.used_on,
            RoomUsage.deleted_at.is_(None),
            RoomUsage.period_from <= values.period_to,
            RoomUsage.period_to >= values.period_from,
        )
        .order_by(RoomUsage.period_from)
    )
    if own_id is not None:
        stmt = stmt.where(RoomUsage.id != own_id)
    taken = s.scalars(stmt.limit(1)).first()
    if taken is None:
        return
    who = f"lớp {taken.class_name}" if taken.class_name else taken.teacher_name
    raise ServiceError.for_field(
        "period_from",
        f"{room_words(room)} đã có {who} tiết "
        f"{periods_text(taken.period_from, taken.period_to)} ngày {taken.used_on:%d/%m/%Y}. "
        "Hãy chọn tiết khác hoặc phòng khác.",
    )


def _teacher(
    s: Session, reg: Register, values: RoomUsageInput, before: RoomUsage | None
) -> tuple[str | None, str, Staff | None]:
    """The teacher's staff id (None for a name typed freely), name as written, and row."""
    if not values.teacher_id:
        return None, values.teacher_name, None
    staff = s.get(Staff, values.teacher_id)
    if staff is None or staff.school_id != reg.school_id or staff.deleted_at is not None:
        raise ServiceError.for_field(
            "teacher_name",
            "Giáo viên đã chọn không còn trong danh sách cán bộ (có thể đã bị xóa). "
            "Hãy chọn lại hoặc gõ tên giáo viên.",
        )
    kept = before is not None and before.teacher_id == staff.id
    if not staff.active and not kept:
        raise ServiceError.for_field(
            "teacher_name",
            f"{staff.full_name} không còn công tác ở trường. "
            "Hãy chọn giáo viên khác hoặc gõ tên giáo viên.",
        )
    return staff.id, staff.full_name, staff


def default_subject(room: Room | None, staff: Staff | None) -> str:
    """The subject a session takes when none is written: the teacher's, else the
    subject room's type ("Tin học")."""
    if staff is not None and staff.subject:
        return staff.subject[:60]
    if room is not None and room.kind == RoomKind.SUBJECT and room.subject_type:
        # A multi-purpose room (đa chức năng) serves every subject: no default there.
        return "" if room.subject_type == MULTI_PURPOSE else room_type_name(room.subject_type)
    return ""


def _items(s: Session, reg: Register, ids: list[str], before: RoomUsage | None) -> list[Equipment]:
    """The register items a session lists; refuses unknown, deleted and disposed ones
    (items already on the session being corrected stay, whatever became of them)."""
    if not ids:
        return []
    kept = set(before.equipment_ids or []) if before is not None else set()
    found = {
        item.id: item
        for item in s.scalars(
            select(Equipment).where(Equipment.id.in_(ids), Equipment.school_id == reg.school_id)
        )
    }
    for item_id in ids:
        item = found.get(item_id)
        if item_id in kept and item is not None:
            continue
        if item is None:
            raise ServiceError.for_field(
                "equipment_ids",
                "Có thiết bị đã chọn không có trong sổ của trường: hãy bỏ nó ra rồi quét "
                "hoặc chọn lại.",
            )
        if item.deleted_at is not None:
            raise ServiceError.for_field(
                "equipment_ids",
                f"Thiết bị {item.asset_code} – {item.name} đã bị xóa khỏi sổ: hãy bỏ nó "
                "khỏi danh sách thiết bị sử dụng.",
            )
        if item.status == EquipmentStatus.DISPOSED:
            raise ServiceError.for_field(
                "equipment_ids",
                f"Thiết bị {item.asset_code} – {item.name} đã thanh lý: hãy bỏ nó khỏi "
                "danh sách thiết bị sử dụng.",
            )
    return [found[i] for i in ids if i in found]


def _row_values(
    s: Session, reg: Register, values: RoomUsageInput, room: Room, before: RoomUsage | None
) -> dict[str, Any]:
    teacher_id, teacher_name, staff = _teacher(s, reg, values, before)
    items = _items(s, reg, values.equipment_ids, before)
    row = values.model_dump()
    row.update(
        teacher_id=teacher_id,
        teacher_name=teacher_name,
        subject=values.subject or default_subject(room, staff),
    )
    row["search_text"] = room_usage_search_text(row, [item.name for item in items])
    return row


# == rooms, teachers, classes for the forms =============================================


def usage_rooms(reg: Register) -> list[Room]:
    """Live rooms a lesson may be recorded in: subject rooms, smart and online
    classrooms, then ordinary classrooms; by code within each kind."""
    with reg.read() as s:
        rooms = list(
            s.scalars(
                select(Room).where(
                    Room.school_id == reg.school_id,
                    Room.deleted_at.is_(None),
                    Room.kind.in_(USAGE_KINDS),
                )
            )
        )
    return sorted(rooms, key=lambda r: (_KIND_ORDER[r.kind], fold(r.code)))


def teachers(reg: Register) -> list[Staff]:
    """Active staff, in the order Vietnamese lists go (by given name)."""
    return list_staff(reg, active_only=True)


def class_names(reg: Register) -> list[str]:
    """The school's classes: from its classes per grade ("6A1" ... "9A7"), else spread
    from its number of classes, and every class already written in the book."""
    with reg.read() as s:
        school = s.get(School, reg.school_id)
        used = list(
            s.scalars(
                select(RoomUsage.class_name)
                .where(RoomUsage.school_id == reg.school_id, RoomUsage.class_name != "")
                .distinct()
            )
        )
    names: list[str] = []
    if school is not None:
        grades = GRADES.get(school.level, ())
        per_grade = {int(g): int(n) for g, n in (school.classes_by_grade or {}).items()}
        if not per_grade and grades and school.class_count:
            share, rest = divmod(min(school.class_count, 120), len(grades))
            per_grade = {g: share + (1 if i < rest else 0) for i, g in enumerate(grades)}
        for grade in sorted(per_grade):
            names += [f"{grade}A{i}" for i in range(1, per_grade[grade] + 1)]
    return sorted(set(names) | set(used), key=_class_order)


def _class_order(name: str) -> tuple[int, str]:
    digits = "".join(c for c in name[:2] if c.isdigit())
    return (int(digits) if digits else 99, fold(name))


def known_subjects(reg: Register) -> list[str]:
    """Subjects of the staff and of the book, for the form's suggestions."""
    with reg.read() as s:
        staff = s.scalars(
            select(Staff.subject)
            .where(Staff.school_id == reg.school_id, Staff.subject != "")
            .distinct()
        )
        used = s.scalars(
            select(RoomUsage.subject)
            .where(RoomUsage.school_id == reg.school_id, RoomUsage.subject != "")
            .distinct()
        )
        names = set(staff) | set(used)
    return sorted(names, key=fold)


def item_names(reg: Register, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(asset code, name) of register items by id, deleted ones included."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, tuple[str, str]] = {}
    with reg.read() as s:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            stmt = select(Equipment.id, Equipment.asset_code, Equipment.name).where(
                Equipment.id.in_(chunk), Equipment.school_id == reg.school_id
            )
            found.update({i: (code, name) for i, code, name in s.execute(stmt)})
    return found


def equipment_words(ids: Sequence[str], text: str, names: dict[str, tuple[str, str]]) -> str:
    """What the book's "thiết bị sử dụng" column says: the items' names, then what was
    written by hand ("Máy chiếu Epson; Loa kéo; 2 bộ dây nối")."""
    parts = [names[i][1] for i in ids if i in names]
    parts = list(dict.fromkeys(parts))  # twenty computers of one name read as one
    if text.strip():
        parts.append(text.strip())
    return "; ".join(parts)


# == the week of a room ==================================================================


@dataclass(frozen=True)
class Slot:
    """A session as the week view and the list show it."""

    id: str
    room_id: str
    used_on: date
    period_from: int
    period_to: int
    class_name: str
    teacher_name: str
    subject: str
    lesson: str
    equipment_ids: tuple[str, ...]
    equipment_text: str
    incidents: str
    notes: str
    room_code: str = ""
    room_name: str = ""
    equipment: str = ""  # equipment_words(): names of the items and the written text

    @property
    def periods(self) -> int:
        return period_count(self.period_from, self.period_to)

    @property
    def periods_text(self) -> str:
        return periods_text(self.period_from, self.period_to)


_SLOT_COLUMNS = (
    RoomUsage.id,
    RoomUsage.room_id,
    RoomUsage.used_on,
    RoomUsage.period_from,
    RoomUsage.period_to,
    RoomUsage.class_name,
    RoomUsage.teacher_name,
    RoomUsage.subject,
    RoomUsage.lesson,
    RoomUsage.equipment_ids,
    RoomUsage.equipment_text,
    RoomUsage.incidents,
    RoomUsage.notes,
    Room.code,
    Room.name,
)


def _slots(reg: Register, stmt: Select[Any]) -> list[Slot]:
    with reg.read() as s:
        rows = s.execute(stmt).all()
    return _as_slots(reg, rows)


def _as_slots(reg: Register, rows: Sequence[Any]) -> list[Slot]:
    names = item_names(reg, (i for row in rows for i in (row[9] or [])))
    slots = []
    for row in rows:
        (usage_id, room_id, used_on, p_from, p_to, class_name, teacher, subject, lesson) = row[:9]
        ids, text, incidents, notes, room_code, room_name = row[9:]
        slots.append(
            Slot(
                id=usage_id,
                room_id=room_id,
                used_on=used_on,
                period_from=p_from,
                period_to=p_to,
                class_name=class_name,
                teacher_name=teacher,
                subject=subject,
                lesson=lesson,
                equipment_ids=tuple(ids or ()),
                equipment_text=text,
                incidents=incidents,
                notes=notes,
                room_code=room_code,
                room_name=room_name,
                equipment=equipment_words(ids or [], text, names),
            )
        )
    return slots


def _slot_select() -> Select[Any]:
    stmt: Select[Any] = select(*_SLOT_COLUMNS)  # type: ignore[assignment]
    return stmt.join(Room, Room.id == RoomUsage.room_id)


def week_slots(reg: Register, room_id: str, monday: date) -> list[Slot]:
    """The room's live sessions from ``monday`` to the Sunday after it."""
    monday = week_start(monday)
    stmt = (
        _slot_select()
        .where(
            RoomUsage.school_id == reg.school_id,
            RoomUsage.room_id == room_id,
            RoomUsage.deleted_at.is_(None),
            RoomUsage.used_on >= monday,
            RoomUsage.used_on <= monday + timedelta(days=6),
        )
        .order_by(RoomUsage.used_on, RoomUsage.period_from)
    )
    return _slots(reg, stmt)


# == the list ============================================================================


@dataclass(frozen=True)
class UsageQuery:
    text: str = ""
    room_id: str | None = None
    month: tuple[int, int] | None = None  # (year, month)
    since: date | None = None
    until: date | None = None
    teacher_name: str | None = None
    subject: str | None = None
    sort: str = "used_on"
    descending: bool = True


USAGE_SORTS: dict[str, Any] = {
    "used_on": (RoomUsage.used_on, RoomUsage.period_from, Room.code),
    "room": (Room.code, RoomUsage.used_on, RoomUsage.period_from),
    "class_name": (RoomUsage.class_name, RoomUsage.used_on, RoomUsage.period_from),
    "teacher_name": (RoomUsage.teacher_name, RoomUsage.used_on, RoomUsage.period_from),
    "subject": (RoomUsage.subject, RoomUsage.used_on, RoomUsage.period_from),
    "lesson": (RoomUsage.lesson, RoomUsage.used_on, RoomUsage.period_from),
}


def month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    return first, after - timedelta(days=1)


def usage_stmt(reg: Register, q: UsageQuery, stmt: Select[Any]) -> Select[Any]:
    """``stmt`` (over RoomUsage joined to Room) narrowed to the live sessions of ``q``."""
    stmt = stmt.where(RoomUsage.school_id == reg.school_id, RoomUsage.deleted_at.is_(None))
    if q.room_id:
        stmt = stmt.where(RoomUsage.room_id == q.room_id)
    since, until = q.since, q.until
    if q.month is not None:
        first, last = month_range(*q.month)
        since = max(since, first) if since else first
        until = min(until, last) if until else last
    if since is not None:
        stmt = stmt.where(RoomUsage.used_on >= since)
    if until is not None:
        stmt = stmt.where(RoomUsage.used_on <= until)
    if q.teacher_name:
        stmt = stmt.where(RoomUsage.teacher_name == q.teacher_name)
    if q.subject:
        stmt = stmt.where(RoomUsage.subject == q.subject)
    for term in search_terms(q.text):
        stmt = stmt.where(RoomUsage.search_text.contains(term, autoescape=True))
    return stmt


def usage_ids(reg: Register, q: UsageQuery = UsageQuery()) -> list[str]:
    columns = USAGE_SORTS.get(q.sort, USAGE_SORTS["used_on"])
    stmt = usage_stmt(reg, q, select(RoomUsage.id).join(Room, Room.id == RoomUsage.room_id))
    # The chosen column in the chosen direction; within it, a day's periods in order.
    first, *rest = columns
    stmt = stmt.order_by(first.desc() if q.descending else first.asc(), *rest, RoomUsage.id)
    with reg.read() as s:
        return list(s.scalars(stmt))


def usage_rows(reg: Register, ids: Sequence[str]) -> dict[str, Slot]:
    if not ids:
        return {}
    stmt = _slot_select().where(RoomUsage.id.in_(list(ids)), RoomUsage.school_id == reg.school_id)
    return {slot.id: slot for slot in _slots(reg, stmt)}


def count_usage(reg: Register, q: UsageQuery = UsageQuery()) -> int:
    stmt = usage_stmt(reg, q, select(func.count()).select_from(RoomUsage))
    with reg.read() as s:
        return int(s.scalar(stmt) or 0)


def iter_slots(reg: Register, q: UsageQuery, chunk: int = 2000) -> Iterator[Slot]:
    """The sessions of ``q`` by room code, date and period (a printed book's order),
    streamed a chunk at a time so a book of several years never sits in memory."""
    stmt = usage_stmt(reg, q, _slot_select()).order_by(
        Room.code, RoomUsage.room_id, RoomUsage.used_on, RoomUsage.period_from, RoomUsage.id
    )
    with reg.read() as s:
        for rows in s.execute(stmt.execution_options(yield_per=chunk)).partitions():
            yield from _as_slots(reg, rows)


def book_filters(reg: Register) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """The teachers, subjects and months found in the book (for the list's filters),
    months newest first."""
    live = (RoomUsage.school_id == reg.school_id, RoomUsage.deleted_at.is_(None))
    year = func.extract("year", RoomUsage.used_on)
    month = func.extract("month", RoomUsage.used_on)
    with reg.read() as s:
        names = s.scalars(select(RoomUsage.teacher_name).where(*live).distinct())
        subjects = s.scalars(
            select(RoomUsage.subject).where(*live, RoomUsage.subject != "").distinct()
        )
        months = s.execute(select(year, month).where(*live).distinct()).all()
        teacher_list = sorted((n for n in names if n), key=name_order)
        subject_list = sorted(subjects, key=fold)
    return (
        teacher_list,
        subject_list,
        sorted(((int(y), int(m)) for y, m in months), reverse=True),
    )
