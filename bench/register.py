"""Benchmark of the local register at 1,000 / 10,000 / 100,000 items.

    .venv/bin/python bench/register.py [--sizes 1000,10000,100000] [--runs 3]

For each size it builds (once, cached in bench/out/) a demo register, then runs a
fresh child process per run that measures, as a user would feel them:
cold start to the main window shown, opening the equipment list, one search
keystroke, scrolling to the end, one edit saved, and the child's peak RSS.
Prints a Markdown table for docs/PERFORMANCE.md and writes bench/out/register.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
QUERIES = ["m", "ma", "may", "may c", "may chieu", "dien", "TB-0001", "kinh hien vi", "dell"]


def child(db: Path) -> None:
    """Runs in a fresh process; prints one JSON line of timings (seconds)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtCore import QCoreApplication

    from app.services.equipment import update_equipment
    from app.services.equipment_query import EquipmentLister
    from app.services.schemas import EquipmentInput
    from app.ui import i18n
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow
    from app.ui.tasks import runner

    app = make_application()
    i18n.install("vi")
    from app.services.register import Register

    reg = Register.open(db)
    window = MainWindow(reg)
    window.show()
    QCoreApplication.processEvents()
    shown = time.perf_counter()
    print(json.dumps({"event": "shown"}), flush=True)

    page = window.equipment_page
    # The home page reads its figures off the UI thread as the window opens; a user
    # turns to the list after that, so the list is timed after it too.
    runner.wait()
    QCoreApplication.processEvents()

    def paint() -> None:
        page.table.viewport().grab()  # forces data() for the visible rows

    # Opening the list from cold: the window opens on the home page, and the equipment
    # page loads when it is first shown (a new lister has no cached order yet).
    page.lister.close()
    page.lister = EquipmentLister(reg)
    t = time.perf_counter()
    window.show_widget(page)
    paint()
    open_list = time.perf_counter() - t
    assert page.model.rowCount() > 0

    search_times = []
    for text in QUERIES:
        page.search.setText(text)
        t = time.perf_counter()
        page.refresh()  # what the debounce timer fires
        paint()
        search_times.append(time.perf_counter() - t)
    page.search.setText("")
    page.refresh()

    t = time.perf_counter()
    page.table.scrollToBottom()
    paint()
    scroll_end = time.perf_counter() - t

    ids = page.model.ids()[:: max(1, len(page.model.ids()) // 20)][:20]
    save_times = []
    for n, item_id in enumerate(ids):
        item = reg_item(reg, item_id)
        values = EquipmentInput.model_validate(
            {k: getattr(item, k) for k in EquipmentInput.model_fields}
        ).model_dump()
        values["notes"] = f"bench edit {n}"
        t = time.perf_counter()
        update_equipment(reg, item_id, values, expected_version=item.version)
        page.model.reload_ids([item_id])
        paint()
        save_times.append(time.perf_counter() - t)

    runner.wait()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "event": "done",
                "items": page.model.rowCount(),
                "open_list": open_list,
                "search_median": statistics.median(search_times),
                "search_max": max(search_times),
                "search_by_query": dict(zip(QUERIES, search_times, strict=True)),
                "scroll_end": scroll_end,
                "save_median": statistics.median(save_times),
                "save_max": max(save_times),
                "peak_rss_mb": rss_kb / 1024,
                "shown_at": shown,
            }
        ),
        flush=True,
    )
    window.close()
    reg.close()
    app.quit()


def reg_item(reg, item_id):  # type: ignore[no-untyped-def]
    from app.services.equipment import get_equipment

    return get_equipment(reg, item_id)


def build(size: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"register-{size}.sqlite"
    if db.exists():
        return db
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--items", str(size), "--db", str(db)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"built {db.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return db


def run_once(db: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    result: dict[str, Any] = {}
    for line in proc.stdout:
        event = json.loads(line)
        if event["event"] == "shown":
            result["cold_start"] = time.perf_counter() - start
        elif event["event"] == "done":
            result.update({k: v for k, v in event.items() if k not in ("event", "shown_at")})
    if proc.wait() != 0 or "items" not in result:
        raise SystemExit(f"benchmark child failed on {db}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    results = {}
    for size in (int(s) for s in args.sizes.split(",")):
        db = build(size)
        runs = [run_once(db) for _ in range(args.runs)]
        results[size] = {
            k: statistics.median(r[k] for r in runs) for k in runs[0] if k != "search_by_query"
        }
        results[size]["search_by_query"] = {
            q: statistics.median(r["search_by_query"][q] for r in runs) for q in QUERIES
        }
    machine = (
        f"{platform.node()}: {os.cpu_count()} cores, {platform.machine()}, "
        f"Python {platform.python_version()}"
    )
    (OUT / "register.json").write_text(
        json.dumps({"machine": machine, "results": results}, indent=2)
    )
    print(f"Machine: {machine}; median of {args.runs} runs\n")
    print(
        "| items | cold start to window | open list | search keystroke (median / max) "
        "| scroll to end | edit saved (median / max) | peak RSS |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size, r in results.items():
        print(
            f"| {size:,} | {r['cold_start']:.2f} s | {r['open_list'] * 1000:.0f} ms "
            f"| {r['search_median'] * 1000:.0f} / {r['search_max'] * 1000:.0f} ms "
            f"| {r['scroll_end'] * 1000:.0f} ms "
            f"| {r['save_median'] * 1000:.1f} / {r['save_max'] * 1000:.1f} ms "
            f"| {r['peak_rss_mb']:.0f} MB |"
        )
    print("\nSearch keystroke by query (median, ms):\n")
    print("| items | " + " | ".join(f"`{q}`" for q in QUERIES) + " |")
    print("|---:|" + "---:|" * len(QUERIES))
    for size, r in results.items():
        cells = " | ".join(f"{r['search_by_query'][q] * 1000:.0f}" for q in QUERIES)
        print(f"| {size:,} | {cells} |")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
