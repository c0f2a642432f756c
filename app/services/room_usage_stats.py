"""How much the rooms are used: sessions and periods per room, per subject and per
month over a stretch of days, summed in SQL (a school year of 50,000 sessions in
milliseconds), as plain dataclasses the screens, the sheets and the home screen share.

A room's *available* periods are its Monday-to-Saturday days in the stretch times the
ten periods of a day; holidays are not known to the register, so a share of 40 % over
a term with a week of Tết off means a little more than 40 % of the real school days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, case, func, select

from app.models import Room, RoomUsage
from app.models.enums import RoomKind
from app.services.register import Register
from app.services.room_usage import BOOK_KINDS, PERIODS_PER_DAY, month_range, school_days
from app.services.text import fold

PERIODS = RoomUsage.period_to - RoomUsage.period_from + 1
NO_SUBJECT = ""  # sessions written without a subject are grouped under this key


@dataclass(frozen=True)
class RoomUsageStat:
    room_id: str
    code: str
    name: str
    kind: RoomKind
    deleted: bool
    sessions: int
    periods: int
    available: int  # periods the room could have held in the stretch (Mon–Sat × 10)

    @property
    def share(self) -> float:
        """The part of the available periods used, 0 to 1."""
        return self.periods / self.available if self.available else 0.0


@dataclass(frozen=True)
class SubjectUsageStat:
    subject: str  # NO_SUBJECT when none was written
    sessions: int
    periods: int
    rooms: int  # different rooms the subject was taught in


@dataclass(frozen=True)
class MonthUsageStat:
    year: int
    month: int
    sessions: int
    periods: int
    available: int  # the rooms' available periods in the part of the month shown

    @property
    def share(self) -> float:
        return self.periods / self.available if self.available else 0.0


def _live(
    reg: Register, since: date, until: date, room_id: str | None
) -> list[ColumnElement[bool]]:
    where = [
        RoomUsage.school_id == reg.school_id,
        RoomUsage.deleted_at.is_(None),
        RoomUsage.used_on >= since,
        RoomUsage.used_on <= until,
    ]
    if room_id is not None:
        where.append(RoomUsage.room_id == room_id)
    return where


def usage_by_room(reg: Register, since: date, until: date) -> list[RoomUsageStat]:
    """Every live subject room, smart and online classroom (used or not) and any other
    room used in the stretch, busiest first (then by code)."""
    sums = (
        select(
            RoomUsage.room_id,
            func.count().label("sessions"),
            func.sum(PERIODS).label("periods"),
        )
        .where(*_live(reg, since, until, None))
        .group_by(RoomUsage.room_id)
        .subquery()
    )
    stmt = (
        select(Room, sums.c.sessions, sums.c.periods)
        .outerjoin(sums, sums.c.room_id == Room.id)
        .where(Room.school_id == reg.school_id)
        .where(
            (sums.c.sessions.is_not(None)) | (Room.deleted_at.is_(None) & Room.kind.in_(BOOK_KINDS))
        )
    )
    available = school_days(since, until) * PERIODS_PER_DAY
    with reg.read() as s:
        rows = s.execute(stmt).unique().all()
    stats = [
        RoomUsageStat(
            room_id=room.id,
            code=room.code,
            name=room.name,
            kind=room.kind,
            deleted=room.deleted_at is not None,
            sessions=int(sessions or 0),
            periods=int(periods or 0),
            available=available,
        )
        for room, sessions, periods in rows
    ]
    return sorted(stats, key=lambda r: (-r.periods, fold(r.code)))


def usage_by_subject(
    reg: Register, since: date, until: date, room_id: str | None = None
) -> list[SubjectUsageStat]:
    """Sessions and periods per subject (of one room, or of all), most periods first."""
    stmt = (
        select(
            RoomUsage.subject,
            func.count(),
            func.sum(PERIODS),
            func.count(func.distinct(RoomUsage.room_id)),
        )
        .where(*_live(reg, since, until, room_id))
        .group_by(RoomUsage.subject)
    )
    with reg.read() as s:
        rows = s.execute(stmt).all()
    stats = [
        SubjectUsageStat(subject, int(sessions), int(periods or 0), int(rooms))
        for subject, sessions, periods, rooms in rows
    ]
    return sorted(stats, key=lambda r: (-r.periods, r.subject == NO_SUBJECT, fold(r.subject)))


def usage_by_month(
    reg: Register, since: date, until: date, room_id: str | None = None
) -> list[MonthUsageStat]:
    """Every month from ``since`` to ``until`` (empty ones too), oldest first. The
    available periods count the one room, or every room of the book (subject rooms,
    smart and online classrooms) when none is given."""
    year = func.extract("year", RoomUsage.used_on)
    month = func.extract("month", RoomUsage.used_on)
    stmt = (
        select(year, month, func.count(), func.sum(PERIODS))
        .where(*_live(reg, since, until, room_id))
        .group_by(year, month)
    )
    with reg.read() as s:
        found = {(int(y), int(m)): (int(n), int(p or 0)) for y, m, n, p in s.execute(stmt)}
        if room_id is not None:
            rooms = 1
        else:
            rooms = int(
                s.scalar(
                    select(func.count()).where(
                        Room.school_id == reg.school_id,
                        Room.deleted_at.is_(None),
                        Room.kind.in_(BOOK_KINDS),
                    )
                )
                or 0
            )
    stats = []
    y, m = since.year, since.month
    while (y, m) <= (until.year, until.month):
        first, last = month_range(y, m)
        days = school_days(max(first, since), min(last, until))
        sessions, periods = found.get((y, m), (0, 0))
        stats.append(MonthUsageStat(y, m, sessions, periods, days * PERIODS_PER_DAY * rooms))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return stats


@dataclass(frozen=True)
class UsageTotals:
    sessions: int
    periods: int
    rooms_used: int
    incidents: int  # sessions that noted something about the room or its equipment


def usage_totals(
    reg: Register, since: date, until: date, room_id: str | None = None
) -> UsageTotals:
    stmt = select(
        func.count(),
        func.coalesce(func.sum(PERIODS), 0),
        func.count(func.distinct(RoomUsage.room_id)),
        func.coalesce(func.sum(case((RoomUsage.incidents != "", 1), else_=0)), 0),
    ).where(*_live(reg, since, until, room_id))
    with reg.read() as s:
        sessions, periods, rooms, incidents = s.execute(stmt).one()
    return UsageTotals(int(sessions), int(periods), int(rooms), int(incidents))
