"""Benchmark of a full inventory count (kiểm kê) of a 10,000-item school.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/inventory.py [--items 10000]

On a copy of the demo register (built once by ``bench/reports.py``'s cache):

- open: opening a whole-school count (the book's figures snapshot into its lines);
- scan: the real counting screen (``CountSession``, offscreen, Vietnamese UI) driven
  by QTest the way a USB scanner drives it: the asset code typed and Enter, room by
  room. A lot's quantity is typed into the entry that opens, then Enter. Each scan is
  timed from its first key to the screen having saved, repainted its table, progress
  and message (events processed). About 1 in 40 singles is scanned in the next room
  (moved), 1 in 25 lots has a unit missing, and 1 % of the items is not scanned (then
  confirmed as not found at finalising);
- finalise: the finalise dialog opened (the plan of every line against its item) and
  its Finalise carried out (one transaction), then the minutes PDF and the Excel file
  of the finalised count;
- worst case: on a fresh copy, a count finalised with nothing counted, every item
  confirmed as not found (every item changes).

Prints a Markdown table for docs/PERFORMANCE.md; writes bench/out/inventory.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.reports import machine, template  # noqa: E402

COMMITTEE = [
    {"name": "Nguyễn Văn Hùng", "position": "Hiệu trưởng", "role": "Trưởng ban"},
    {"name": "Trần Thị Mỹ Dung", "position": "Cán bộ thiết bị", "role": "Thư ký"},
]


WORK = Path(tempfile.mkdtemp(prefix="sotb-bench-inventory-"))  # copies: never in bench/out


def _copy(source: Path, name: str) -> Path:
    target = WORK / name
    shutil.copyfile(source, target)
    return target


def _open_count(reg: Any) -> tuple[Any, float]:
    from app.services import inventory_count as ic

    started = time.perf_counter()
    count = ic.open_count(
        reg, {"title": "Kiểm kê cuối năm học", "counted_on": date.today(), "committee": COMMITTEE}
    )
    return count, time.perf_counter() - started


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_full_count(source: Path) -> dict[str, Any]:
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.reports.excel_inventory import export_count
    from app.reports.pdf import count_minutes
    from app.services import inventory_lines as il
    from app.services.register import Register
    from app.ui import i18n
    from app.ui.app import make_application
    from app.ui.count_finalise_dialog import FinaliseDialog
    from app.ui.count_session import EVERY_ROOM, CountSession
    from app.ui.hub import Hub
    from app.ui.tasks import TaskRunner

    app = make_application()
    i18n.install("vi")
    TaskRunner.synchronous = True  # the dialog's work is timed where it runs
    reg = Register.open(_copy(source, "inventory-run.sqlite"), actor="bench")
    count, open_seconds = _open_count(reg)
    lines = il.count_lines(reg, count.id)
    by_room: dict[str, list[il.LineRow]] = defaultdict(list)
    for line in lines:
        by_room[line.book_room_id or il.NO_ROOM].append(line)

    screen = CountSession(reg, Hub(), count.id, confirm=lambda _q: True, beep=lambda: None)
    screen.resize(1280, 760)
    screen.show()
    app.processEvents()
    rooms = [screen.room.itemData(i) for i in range(screen.room.count())]
    rooms = [r for r in rooms if r != EVERY_ROOM]
    times: dict[str, list[float]] = {"single": [], "lot": []}
    skipped = moved = short = 0
    n = 0
    started_all = time.perf_counter()
    for index, room in enumerate(rooms):
        screen.choose_room(room)
        app.processEvents()
        for line in by_room.get(room, []):
            n += 1
            if n % 100 == 0:  # 1 % never found
                skipped += 1
                continue
            other = None
            if not line.is_lot and n % 40 == 0 and index + 1 < len(rooms):
                other = rooms[index + 1]  # found in the next room
                screen.choose_room(other)
                moved += 1
            started = time.perf_counter()
            QTest.keyClicks(screen.scan_box, line.asset_code)
            QTest.keyClick(screen.scan_box, Qt.Key.Key_Return)
            if screen.lot.isVisible():
                good = max(line.book_good - line.on_loan, 0)
                if n % 25 == 0 and good:
                    good -= 1
                    short += 1
                QTest.keyClicks(screen.lot.good, str(good))
                QTest.keyClick(screen.lot.good, Qt.Key.Key_Return)
            app.processEvents()
            times["lot" if line.is_lot else "single"].append(time.perf_counter() - started)
            if other is not None:
                screen.choose_room(room)
    scan_seconds = time.perf_counter() - started_all
    screen.flush_notifications()
    every = times["single"] + times["lot"]
    progress = il.count_progress(reg, count.id).total

    started = time.perf_counter()
    dialog = FinaliseDialog(reg, Hub(), count.id, screen, confirm=lambda _q: True)
    dialog.confirm_missing.setChecked(True)  # the 1 % not found (the plan again)
    app.processEvents()
    plan_seconds = time.perf_counter() - started
    changes = len(dialog.plan.changes) if dialog.plan else 0
    started = time.perf_counter()
    dialog.finalise()
    finalise_seconds = time.perf_counter() - started
    assert dialog.finalised is not None, dialog.problems.text()
    started = time.perf_counter()
    count_minutes(reg, OUT / "bench-bien-ban-kiem-ke.pdf", count.id)
    pdf_seconds = time.perf_counter() - started
    started = time.perf_counter()
    export_count(reg, OUT / "bench-kiem-ke.xlsx", count.id)
    excel_seconds = time.perf_counter() - started
    screen.close()
    shiboken6.delete(screen)  # with its dialog, before Python tears Qt down at exit
    reg.close()
    return {
        "lines": len(lines),
        "open_seconds": open_seconds,
        "scans": len(every),
        "singles": len(times["single"]),
        "lots": len(times["lot"]),
        "not_scanned": skipped,
        "moved": moved,
        "lots_short": short,
        "counted_after": progress.counted,
        "scan_seconds_total": scan_seconds,
        "scans_per_second": len(every) / sum(every),
        "scan_ms_median": 1000 * statistics.median(every),
        "scan_ms_p95": 1000 * _pct(every, 0.95),
        "scan_ms_max": 1000 * max(every),
        "single_ms_median": 1000 * statistics.median(times["single"]),
        "single_ms_max": 1000 * max(times["single"]),
        "lot_ms_median": 1000 * statistics.median(times["lot"]) if times["lot"] else 0,
        "lot_ms_max": 1000 * max(times["lot"]) if times["lot"] else 0,
        "finalise_plan_seconds": plan_seconds,
        "finalise_changes": changes,
        "finalise_seconds": finalise_seconds,
        "minutes_pdf_seconds": pdf_seconds,
        "excel_seconds": excel_seconds,
    }


def run_worst_case(source: Path) -> dict[str, Any]:
    """Nothing counted, every item confirmed as not found: every item changes."""
    from app.services import inventory_finalise as fin
    from app.services.register import Register

    reg = Register.open(_copy(source, "inventory-worst.sqlite"), actor="bench")
    count, _ = _open_count(reg)
    started = time.perf_counter()
    done = fin.finalise_count(reg, count.id, confirm_missing=True)
    seconds = time.perf_counter() - started
    reg.close()
    return {"items_changed": done.items_changed, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    source = template(args.items)
    report: dict[str, Any] = {"machine": machine(), "items": args.items}
    report["count"] = run_full_count(source)
    report["worst"] = run_worst_case(source)
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shutil.rmtree(WORK, ignore_errors=True)
    (OUT / "inventory.json").write_text(json.dumps(report, indent=2))
    c, w = report["count"], report["worst"]
    print(f"Machine: {report['machine']}; {args.items:,} items, {c['lines']:,} lines")
    print()
    print("| step | figure |\n|---|---:|")
    print(f"| open the count (snapshot of {c['lines']:,} lines) | {c['open_seconds']:.2f} s |")
    print(
        f"| scans through the counting screen ({c['singles']:,} singles, {c['lots']:,} lots) "
        f"| {c['scans_per_second']:.1f} scans/s |"
    )
    print(
        f"| one scan: median / 95th percentile / slowest | {c['scan_ms_median']:.0f} / "
        f"{c['scan_ms_p95']:.0f} / {c['scan_ms_max']:.0f} ms |"
    )
    print(
        f"| a single: median / slowest | {c['single_ms_median']:.0f} / "
        f"{c['single_ms_max']:.0f} ms |"
    )
    print(f"| a lot with its quantity typed: median / slowest | {c['lot_ms_median']:.0f} / "
          f"{c['lot_ms_max']:.0f} ms |")  # fmt: skip
    print(f"| whole count scanned (wall time) | {c['scan_seconds_total']:.0f} s |")
    print(f"| finalise dialog ready (plan of every line) | {c['finalise_plan_seconds']:.2f} s |")
    print(f"| finalise ({c['finalise_changes']:,} items changed) | {c['finalise_seconds']:.2f} s |")
    print(f"| minutes PDF of the count | {c['minutes_pdf_seconds']:.1f} s |")
    print(f"| Excel of the count | {c['excel_seconds']:.1f} s |")
    print(f"| finalise, worst case ({w['items_changed']:,} items changed) | {w['seconds']:.2f} s |")
    print(f"| peak RSS | {report['peak_rss_mb']:.0f} MB |")


if __name__ == "__main__":
    main()
