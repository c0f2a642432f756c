"""Benchmark of printing and Excel exchange (issue 4 targets, 2-core machine).

    .venv/bin/python bench/reports.py [--export-items 100000] [--import-rows 10000]
                                      [--pdf-items 10000] [--labels 1000] [--runs 1]

Each measurement runs in a fresh child process, which reports its wall time and peak
RSS (ru_maxrss). Demo registers are built once and cached in bench/out/.

- export: ``export_register`` of the whole register (openpyxl write-only), and the same
  rows written by openpyxl's default mode (a Workbook kept in memory) for comparison;
- import: a register of N items exported to .xlsx, then read back into an empty
  register: open, find the header, map the columns, dry run, apply;
- pdf: the register book (by room) of N items;
- labels: a QR label sheet of the first N items (A4, 3 x 8).
Prints a Markdown table for docs/PERFORMANCE.md and writes bench/out/reports.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))


def template(items: int) -> Path:
    """A demo register of ``items`` items (built once)."""
    from app.services.demo import generate_demo
    from app.services.register import Register

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"reports-school-{items}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".part")
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        reg = Register.open(partial)
        generate_demo(reg, items=items, seed=1)
        reg.close()
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(db: str) -> Any:
    from app.services.register import Register

    return Register.open(Path(db))


def task_export(db: str, out: str) -> dict[str, Any]:
    from app.reports.excel_export import export_register

    reg = _open(db)
    started = time.perf_counter()
    export_register(reg, Path(out))
    return {"seconds": time.perf_counter() - started}


def task_export_default_mode(db: str, out: str) -> dict[str, Any]:
    """The same cells through openpyxl's default (in-memory) Workbook: the comparison.
    The values are the export's own (its row builder), with its money and date formats."""
    from openpyxl import Workbook

    from app.reports import excel_export as ee
    from app.reports.data import register_rows
    from app.reports.vocabulary import WORDS

    reg = _open(db)
    started = time.perf_counter()
    wb = Workbook()
    ws = wb.active
    ws.append([c.header for c in ee.REGISTER_COLUMNS])
    formats = {"money": "#,##0", "date": "dd/mm/yyyy"}
    styled = [(i, formats[c.kind]) for i, c in enumerate(ee.REGISTER_COLUMNS) if c.kind in formats]
    for n, row in enumerate(register_rows(reg), start=1):
        ws.append(ee._register_values(n, row, WORDS))
        for i, number_format in styled:
            ws.cell(row=n + 1, column=i + 1).number_format = number_format
    wb.save(out)
    return {"seconds": time.perf_counter() - started}


def task_import(db: str, xlsx: str, target: str) -> dict[str, Any]:
    """`sotb import FILE` into a new register: open, header, mapping, dry run, apply."""
    from app.cli import main as sotb
    from app.services import schools
    from app.services.equipment_query import count_equipment
    from app.services.register import Register

    reg = Register.open(Path(target))
    schools.set_up_school(reg, {"code": "79000001", "name": "Trường thử nhập", "level": "THCS"})
    reg.close()
    started = time.perf_counter()
    code = sotb(["--db", target, "import", xlsx])
    seconds = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"sotb import exited {code}")
    reg = Register.open(Path(target))
    return {"seconds": seconds, "items": count_equipment(reg)}


def task_pdf(db: str, out: str) -> dict[str, Any]:
    from app.reports.pdf import register_book

    reg = _open(db)
    started = time.perf_counter()
    register_book(reg, Path(out), by="room")
    return {"seconds": time.perf_counter() - started}


def task_labels(db: str, out: str, count: str) -> dict[str, Any]:
    from app.reports.data import register_rows
    from app.reports.labels import label_sheet

    reg = _open(db)
    ids = [row.id for _, row in zip(range(int(count)), register_rows(reg), strict=False)]
    started = time.perf_counter()
    label_sheet(reg, Path(out), item_ids=ids)
    return {"seconds": time.perf_counter() - started}


def task_template(items: str) -> dict[str, Any]:
    return {"seconds": 0.0, "path": str(template(int(items)))}


TASKS = {
    "template": task_template,
    "export": task_export,
    "export_default": task_export_default_mode,
    "import": task_import,
    "pdf": task_pdf,
    "labels": task_labels,
}


def child(name: str, *args: str) -> None:
    result = TASKS[name](*args)
    result["peak_mb"] = _peak_mb()
    print(json.dumps(result), flush=True)


def measure(name: str, *args: str, runs: int = 1) -> dict[str, Any]:
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, *args],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "seconds_all": [round(r["seconds"], 2) for r in results],
        "peak_mb": max(r["peak_mb"] for r in results),
        "extra": {k: v for k, v in results[0].items() if k not in ("seconds", "peak_mb")},
    }


def machine() -> str:
    import os
    import sqlite3

    return (
        f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--export-items", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--pdf-items", type=int, default=10_000)
    parser.add_argument("--labels", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    work = OUT / "reports"
    work.mkdir(exist_ok=True)

    # Built in a child: on Linux a child process starts with its parent's peak RSS, so
    # a register built here would show in every task's figure.
    for items in {args.export_items, args.import_rows, args.pdf_items}:
        subprocess.run(
            [sys.executable, __file__, "--child", "template", str(items)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    big = template(args.export_items)
    small = template(args.import_rows)
    book = template(args.pdf_items)
    results: dict[str, Any] = {"machine": machine()}
    results["export"] = measure("export", str(big), str(work / "export.xlsx"), runs=args.runs)
    results["export_default"] = measure(
        "export_default", str(big), str(work / "export-default.xlsx"), runs=args.runs
    )
    # The file to import: the export of a register of import-rows items.
    source = work / f"import-{args.import_rows}.xlsx"
    subprocess.run(
        [sys.executable, __file__, "--child", "export", str(small), str(source)],
        check=True,
        capture_output=True,
    )
    target = work / "import-target.sqlite"
    import_runs = []
    for _ in range(args.runs):
        for leftover in work.glob("import-target.sqlite*"):
            leftover.unlink()
        import_runs.append(measure("import", str(small), str(source), str(target)))
    results["import"] = {
        "seconds": statistics.median(r["seconds"] for r in import_runs),
        "seconds_all": [round(r["seconds"], 2) for r in import_runs],
        "peak_mb": max(r["peak_mb"] for r in import_runs),
        "extra": import_runs[0]["extra"],
    }
    results["pdf"] = measure("pdf", str(book), str(work / "book.pdf"), runs=args.runs)
    results["labels"] = measure(
        "labels", str(book), str(work / "labels.pdf"), str(args.labels), runs=args.runs
    )
    results["sizes"] = {
        "export_items": args.export_items,
        "import_rows": args.import_rows,
        "pdf_items": args.pdf_items,
        "labels": args.labels,
    }
    (OUT / "reports.json").write_text(json.dumps(results, indent=1), "utf-8")
    print_report(results)


def print_report(r: dict[str, Any]) -> None:
    s = r["sizes"]
    print(f"Machine: {r['machine']}\n")
    print("| work | size | time | peak RSS | target |")
    print("|---|---:|---:|---:|---|")
    rows = [
        ("Excel export (the app)", f"{s['export_items']:,} items", r["export"], "≤ 15 s"),
        (
            "Excel export, openpyxl default mode",
            f"{s['export_items']:,} items",
            r["export_default"],
            "(comparison)",
        ),
        ("Excel import (dry run + apply)", f"{s['import_rows']:,} rows", r["import"], "≤ 10 s"),
        ("register book PDF", f"{s['pdf_items']:,} items", r["pdf"], "≤ 20 s"),
        ("QR label sheet", f"{s['labels']:,} labels", r["labels"], "–"),
    ]
    for name, size, m, target in rows:
        print(f"| {name} | {size} | {m['seconds']:.1f} s | {m['peak_mb']:.0f} MB | {target} |")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], *sys.argv[3:])
    else:
        main()
