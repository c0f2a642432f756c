"""Benchmark of the room usage book, maintenance plans and fault reports on a big
register (2-core machine).

    .venv/bin/python bench/daily.py [--items 100000] [--runs 3]

On a copy of the demo register of ``--items`` items (bench/reports.py's cache: the demo
school's room sessions of the term, its maintenance plans and its fault reports):

- room usage: a room's week, the book's list (ids and a screenful of rows), an
  accent-free search, the statistics of the school year by room, subject and month,
  one session saved, the book of the term printed to PDF and exported to Excel;
- maintenance plans: the home screen's count of due tasks, the due tasks of the next
  30 days, the plans list, 50 due tasks recorded as done in one go, the plan schedule
  printed and exported;
- fault reports: the page's list and counts, one fault reported, sent for repair and
  its repair finished, the book of the school year printed and exported.

Times are medians of ``--runs`` runs; the saves run on a fresh copy each time, the rest
on one copy that they only read. Prints a Markdown table for docs/PERFORMANCE.md and
writes bench/out/daily.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.disposals import OUT, fresh_copy, median, timed  # noqa: E402
from bench.reports import machine, template  # noqa: E402

PAGE_ROWS = 40  # a screenful of a list


def busiest_room_week(reg: Any) -> tuple[str, date, date, date]:
    """The room with the most sessions, a week of it, and the span of the book."""
    from sqlalchemy import func, select

    from app.models import RoomUsage
    from app.services.room_usage import week_start

    with reg.read() as s:
        room_id, last = s.execute(
            select(RoomUsage.room_id, func.max(RoomUsage.used_on))
            .where(RoomUsage.deleted_at.is_(None))
            .group_by(RoomUsage.room_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        first = s.scalar(select(func.min(RoomUsage.used_on)))
    return room_id, week_start(last), first, last


def run_usage_reads(reg: Any) -> dict[str, float]:
    from app.services import room_usage, room_usage_stats
    from app.services.room_usage import UsageQuery

    room_id, monday, first, last = busiest_room_week(reg)
    year = room_usage.school_year_of(last)

    def screen(q: UsageQuery) -> int:
        ids = room_usage.usage_ids(reg, q)
        room_usage.usage_rows(reg, ids[:PAGE_ROWS])
        return len(ids)

    r: dict[str, float] = {}
    r["week"], _ = timed(lambda: room_usage.week_slots(reg, room_id, monday))
    r["list"], r["sessions"] = timed(lambda: screen(UsageQuery()))
    r["search"], r["search_rows"] = timed(lambda: screen(UsageQuery(text="te bao")))
    r["stats"], _ = timed(
        lambda: (
            room_usage_stats.usage_by_room(reg, *year),
            room_usage_stats.usage_by_subject(reg, *year),
            room_usage_stats.usage_by_month(reg, *year),
            room_usage_stats.usage_totals(reg, *year),
        )
    )
    return r


def run_usage_book(reg: Any) -> dict[str, float]:
    from app.reports.excel_usage import export_usage
    from app.reports.pdf.usage_book import usage_book
    from app.services import room_usage

    _, _, first, last = busiest_room_week(reg)
    since = room_usage.term_of(last)[0]
    r: dict[str, float] = {}
    r["pdf"], _ = timed(lambda: usage_book(reg, OUT / "bench-usage.pdf", since=since, until=last))
    r["xlsx"], _ = timed(
        lambda: export_usage(reg, OUT / "bench-usage.xlsx", since=since, until=last)
    )
    return r


def run_usage_save(source: Path) -> float:
    from app.services import room_usage

    reg = fresh_copy(source, "daily-run.sqlite")
    room_id, monday, _, _ = busiest_room_week(reg)
    busy = {
        (s.used_on, p)
        for s in room_usage.week_slots(reg, room_id, monday)
        for p in range(s.period_from, s.period_to + 1)
    }
    free = next(
        (day, period)
        for day in (monday + timedelta(days=n) for n in range(6))
        for period in range(1, 11)
        if (day, period) not in busy
    )
    data = {
        "room_id": room_id,
        "used_on": free[0],
        "period_from": free[1],
        "period_to": free[1],
        "class_name": "8A1",
        "teacher_name": "Nguyễn Thị Lan",
        "lesson": "Thực hành",
    }
    seconds, _ = timed(lambda: room_usage.record_usage(reg, data))
    reg.close()
    return seconds


def run_plan_reads(reg: Any) -> dict[str, float]:
    from app.services import maintenance
    from app.services.maintenance_tasks import due_task_count, due_tasks

    r: dict[str, float] = {}
    r["due_count"], r["due_rows"] = timed(lambda: due_task_count(reg))
    r["due_month"], month = timed(lambda: due_tasks(reg, ahead=30))
    r["due_month_rows"] = len(month)
    r["plans"], plans = timed(lambda: maintenance.plan_list(reg))
    r["plans_rows"] = len(plans)
    return r


def run_plan_sheets(reg: Any) -> dict[str, float]:
    from app.reports.excel_maintenance_work import export_plans
    from app.reports.pdf.plan_sheet import plan_sheet

    r: dict[str, float] = {}
    r["pdf"], _ = timed(lambda: plan_sheet(reg, OUT / "bench-plans.pdf"))
    r["xlsx"], _ = timed(lambda: export_plans(reg, OUT / "bench-plans.xlsx"))
    return r


def run_plan_done(source: Path, count: int) -> float:
    from app.services import maintenance
    from app.services.maintenance_tasks import due_tasks

    reg = fresh_copy(source, "daily-run.sqlite")
    tasks = [(t.plan_id, t.equipment_id) for t in due_tasks(reg, ahead=365, limit=count)]
    done = {"performed_on": date.today(), "performed_by": "Tổ thiết bị"}
    seconds, made = timed(lambda: maintenance.complete_tasks(reg, tasks, done))
    assert len(made) == len(tasks)
    reg.close()
    return seconds


def run_fault_reads(reg: Any) -> dict[str, float]:
    from app.services import faults
    from app.services.faults import FaultQuery

    def screen(q: FaultQuery) -> int:
        ids = faults.fault_ids(reg, q)
        faults.fault_rows(reg, ids[:PAGE_ROWS])
        return len(ids)

    r: dict[str, float] = {}
    r["list"], r["reports"] = timed(lambda: screen(FaultQuery()))
    r["search"], r["search_rows"] = timed(lambda: screen(FaultQuery(text="khong len")))
    r["counts"], _ = timed(lambda: faults.fault_counts(reg))
    return r


def run_fault_book(reg: Any) -> dict[str, float]:
    from app.reports.excel_maintenance_work import export_faults
    from app.reports.pdf.fault_book import fault_book

    r: dict[str, float] = {}
    r["pdf"], _ = timed(lambda: fault_book(reg, OUT / "bench-faults.pdf"))
    r["xlsx"], _ = timed(lambda: export_faults(reg, OUT / "bench-faults.xlsx"))
    return r


def run_fault_steps(source: Path) -> dict[str, float]:
    from sqlalchemy import select

    from app.models import Equipment
    from app.services import faults

    reg = fresh_copy(source, "daily-run.sqlite")
    with reg.read() as s:
        item_id = s.scalar(
            select(Equipment.id).where(Equipment.qty_good >= 2, Equipment.deleted_at.is_(None))
        )
    today = date.today()
    r: dict[str, float] = {}
    r["report"], fault = timed(
        lambda: faults.report_fault(
            reg,
            {
                "equipment_id": item_id,
                "reported_on": today,
                "reported_by": "Phạm Thị Hoa",
                "description": "Không lên nguồn",
            },
        )
    )
    start = {"started_on": today, "performed_by": "Cửa hàng Tin học Minh Phát", "cost": 350_000}
    r["start"], _ = timed(lambda: faults.start_repair(reg, fault.id, start))
    r["finish"], _ = timed(
        lambda: faults.finish_repair(reg, fault.id, {"finished_on": today, "outcome": "fixed"})
    )
    reg.close()
    return r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=50, help="due tasks done in one go")
    args = parser.parse_args()
    source = template(args.items)
    report: dict[str, Any] = {"machine": machine(), "items": args.items}
    reading = fresh_copy(source, "daily-read-run.sqlite")  # only read
    runs = range(args.runs)
    report["usage"] = usage = median([run_usage_reads(reading) for _ in runs])
    report["usage_book"] = book = median([run_usage_book(reading) for _ in runs])
    report["plans"] = plans = median([run_plan_reads(reading) for _ in runs])
    report["plan_sheets"] = sheets = median([run_plan_sheets(reading) for _ in runs])
    report["faults"] = fl = median([run_fault_reads(reading) for _ in runs])
    report["fault_book"] = fbook = median([run_fault_book(reading) for _ in runs])
    reading.close()
    saves = {
        "usage_save": median([{"s": run_usage_save(source)} for _ in runs])["s"],
        "plan_done": median([{"s": run_plan_done(source, args.tasks)} for _ in runs])["s"],
    }
    steps = median([run_fault_steps(source) for _ in runs])
    report["saves"], report["fault_steps"] = saves, steps
    for leftover in OUT.glob("daily-*run.sqlite*"):
        leftover.unlink()
    (OUT / "daily.json").write_text(json.dumps(report, indent=2))

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms"

    def n(value: float) -> str:
        return f"{value:,.0f}"

    print(
        f"Machine: {report['machine']}; demo register of {args.items:,} items; "
        f"median of {args.runs} runs.\n"
    )
    print("| work | time |\n|---|---:|")
    rows = [
        ("Room usage: a room's week (the busiest room)", ms(usage["week"])),
        (
            f"the book's list, newest first ({n(usage['sessions'])} sessions): "
            f"ids and first {PAGE_ROWS} rows",
            ms(usage["list"]),
        ),
        (f'search "te bao" ({n(usage["search_rows"])} found)', ms(usage["search"])),
        ("statistics of the school year: by room, subject and month, totals", ms(usage["stats"])),
        ("one session saved", ms(saves["usage_save"])),
        ("the book of the term, every room, printed (PDF)", f"{book['pdf']:.2f} s"),
        ("the same exported to Excel (sessions and statistics)", f"{book['xlsx']:.2f} s"),
        (
            f"Maintenance plans: tasks due now, counted for the home screen "
            f"({n(plans['due_rows'])})",
            ms(plans["due_count"]),
        ),
        (
            f"the due tasks of the next 30 days ({n(plans['due_month_rows'])})",
            ms(plans["due_month"]),
        ),
        (f"the plans list ({n(plans['plans_rows'])} plans)", ms(plans["plans"])),
        (f"{args.tasks} due tasks recorded as done in one go", ms(saves["plan_done"])),
        ("the plan schedule printed (PDF)", f"{sheets['pdf']:.2f} s"),
        ("the same exported to Excel", f"{sheets['xlsx']:.2f} s"),
        (
            f"Fault reports: the list ({n(fl['reports'])} reports), ids and first {PAGE_ROWS} rows",
            ms(fl["list"]),
        ),
        (f'search "khong len" ({n(fl["search_rows"])} found)', ms(fl["search"])),
        ("waiting, under repair and overdue counts", ms(fl["counts"])),
        (
            "a fault reported / sent for repair / its repair finished",
            " / ".join(ms(steps[k]) for k in ("report", "start", "finish")),
        ),
        ("the fault book of the school year printed (PDF)", f"{fbook['pdf']:.2f} s"),
        ("the same exported to Excel", f"{fbook['xlsx']:.2f} s"),
    ]
    for work, time_ in rows:
        print(f"| {work} | {time_} |")


if __name__ == "__main__":
    main()
