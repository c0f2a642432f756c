"""The demo's room-usage book: the current term to a timetable, holidays and Sundays
left out, never two sessions of a room at once, the same book for the same seed."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.models import AuditEntry, RoomUsage
from app.services.demo import generate_demo, reference_date
from app.services.demo_usage import holidays, terms
from app.services.register import Register
from app.services.room_usage import school_year_of, term_of


def demo_book(path: Path, seed: int) -> list[tuple[object, ...]]:
    reg = Register.open(path)
    try:
        generate_demo(reg, items=300, seed=seed)
        with reg.read() as s:
            rows = s.execute(
                select(
                    RoomUsage.room_id,
                    RoomUsage.used_on,
                    RoomUsage.period_from,
                    RoomUsage.period_to,
                    RoomUsage.class_name,
                    RoomUsage.teacher_name,
                    RoomUsage.subject,
                    RoomUsage.lesson,
                    RoomUsage.incidents,
                    RoomUsage.equipment_ids,
                    RoomUsage.id,
                ).order_by(RoomUsage.used_on, RoomUsage.period_from, RoomUsage.class_name)
            ).all()
            audited = set(
                s.scalars(select(AuditEntry.entity_id).where(AuditEntry.entity == "room_usage"))
            )
    finally:
        reg.close()
    assert {r[-1] for r in rows} == audited  # every session has its audit line
    return [tuple(r[1:-2]) for r in rows]  # ids of rooms and items differ between files


def test_the_demo_fills_the_current_term_to_a_timetable(tmp_path: Path) -> None:
    book = demo_book(tmp_path / "a.sqlite", seed=1)
    ref = reference_date(1)
    first, _last = term_of(ref)
    assert len(book) > 1000
    days = {row[0] for row in book}
    assert min(days) >= first and max(days) <= ref  # ref is a Sunday for seed 1
    assert all(d.weekday() < 6 for d in days)  # no Sundays
    assert not days & holidays(first, ref)  # Tết and 30/4 – 1/5 off
    assert date(2026, 2, 17) not in days and date(2026, 4, 30) not in days
    assert any(row[7] for row in book)  # some incidents noted
    assert all(row[3] and row[4] and row[5] and row[6] for row in book)


def test_the_demo_never_puts_two_sessions_in_a_room_at_once(tmp_path: Path) -> None:
    reg = Register.open(tmp_path / "demo.sqlite")
    generate_demo(reg, items=300, seed=3)
    taken: dict[tuple[str, date], set[int]] = defaultdict(set)
    with reg.read() as s:
        rows = s.execute(
            select(RoomUsage.room_id, RoomUsage.used_on, RoomUsage.period_from, RoomUsage.period_to)
        ).all()
    reg.close()
    for room_id, day, first, last in rows:
        periods = set(range(first, last + 1))
        assert not taken[room_id, day] & periods
        assert (first <= 5) == (last <= 5)  # within one half-day
        taken[room_id, day] |= periods


def test_the_same_seed_gives_the_same_book(tmp_path: Path) -> None:
    assert demo_book(tmp_path / "a.sqlite", 2) == demo_book(tmp_path / "b.sqlite", 2)


def test_terms_and_the_term_under_way() -> None:
    assert term_of(date(2026, 5, 24)) == (date(2026, 1, 16), date(2026, 5, 31))
    assert term_of(date(2026, 7, 10)) == (date(2026, 1, 16), date(2026, 5, 31))
    assert term_of(date(2026, 11, 2)) == (date(2026, 9, 5), date(2027, 1, 15))
    assert term_of(date(2027, 1, 3)) == (date(2026, 9, 5), date(2027, 1, 15))
    assert school_year_of(date(2026, 5, 24)) == (date(2025, 9, 5), date(2026, 5, 31))
    assert school_year_of(date(2026, 8, 20)) == (date(2026, 9, 5), date(2027, 5, 31))
    assert terms(date(2025, 12, 1), date(2026, 2, 1)) == [
        (date(2025, 12, 1), date(2026, 1, 15)),
        (date(2026, 1, 16), date(2026, 2, 1)),
    ]
