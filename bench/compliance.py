"""Benchmark of the compliance review (2-core machine).

    .venv/bin/python bench/compliance.py [--items 100000] [--lines 2000] [--runs 5]

- import: a ministry-like workbook of N lines (a sheet per subject and grade, title
  rows, a two-row header with GV / HS under "Đối tượng sử dụng", a row of column
  numbers, headings between groups), checked (dry run) then applied;
- compare: the demo register of ``--items`` items, 60 % of them given codes of the
  imported list, compared with it (``compare_equipment``), the rooms checked
  (``check_rooms``) and the home screen's ``compliance_summary``: median of ``--runs``;
- outputs: the PDF review (missing lines only, then every line) and the Excel workbook.
Prints a Markdown table for docs/PERFORMANCE.md and writes
bench/out/compliance.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from bench.reports import template  # noqa: E402

SUBJECTS = ("Khoa học tự nhiên", "Công nghệ", "Tin học", "Toán", "Ngữ văn", "Tiếng Anh",
            "Lịch sử và Địa lí", "Giáo dục công dân", "Âm nhạc", "Mĩ thuật")  # fmt: skip
GRADES = (6, 7, 8, 9)


def ministry_workbook(path: Path, lines: int) -> Path:
    """``lines`` lines spread over a sheet per subject and grade, laid out like the
    ministry's annex tables; the codes are left for the importer to make."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = [(s, g) for s in SUBJECTS for g in GRADES]
    per_sheet = -(-lines // len(sheets))
    made = 0
    for subject, grade in sheets:
        ws = wb.create_sheet(f"{subject[:24]} {grade}")
        ws.append(["DANH MỤC THIẾT BỊ DẠY HỌC TỐI THIỂU CẤP TRUNG HỌC CƠ SỞ"])
        ws.append([f"MÔN {subject.upper()} - LỚP {grade}"])
        ws.append([])
        ws.append(
            [
                "STT",
                "Chủ đề",
                "Tên thiết bị",
                "Mục đích",
                "Mô tả chi tiết",
                "Đối tượng sử dụng",
                None,
                "Đơn vị tính",
                "Số lượng",
                "Ghi chú",
            ]
        )
        ws.append([None, None, None, None, None, "GV", "HS"])
        for col in "ABCDEHIJ":
            ws.merge_cells(f"{col}4:{col}5")
        ws.merge_cells("F4:G4")
        ws.append([f"({n})" for n in range(1, 11)])
        for n in range(1, per_sheet + 1):
            if made == lines:
                break
            if n % 25 == 1:
                ws.append([f"{'IVX'[min(n // 25, 2)]}", f"Nhóm thiết bị {n // 25 + 1}"])
            per = "01/trường" if n % 7 == 0 else ("06" if n % 3 else "01")
            ws.append([n, f"Chủ đề {n // 10 + 1}" if n % 10 == 1 else None,
                       f"Thiết bị {subject.lower()} lớp {grade} số {n}",
                       "Dùng để dạy và học", "Theo tiêu chuẩn kỹ thuật của Bộ",
                       "x", "x" if n % 3 else None, "bộ", per, None])  # fmt: skip
            made += 1
    wb.save(path)
    return path


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from sqlalchemy import text

    from app.reports import catalogue_import
    from app.reports.excel_compliance import export_compliance
    from app.reports.pdf.compliance_sheet import compliance_sheet
    from app.services.catalogue import active_list
    from app.services.compliance import check_rooms, compare_equipment, compliance_summary
    from app.services.register import Register

    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"compliance-{args.items}.sqlite"
    for leftover in OUT.glob(db.name + "*"):
        leftover.unlink()
    shutil.copyfile(template(args.items), db)
    reg = Register.open(db)
    figures: dict[str, Any] = {"items": args.items, "lines": args.lines}

    book = ministry_workbook(OUT / f"compliance-list-{args.lines}.xlsx", args.lines)
    started = time.perf_counter()
    dry = catalogue_import.dry_run(book, "THCS")
    figures["import_dry_run_s"] = time.perf_counter() - started
    assert dry.ok, [str(e) for e in dry.errors[:5]]
    started = time.perf_counter()
    figures["import_lines"] = catalogue_import.apply(reg, dry)
    figures["import_apply_s"] = time.perf_counter() - started

    catalogue = active_list(reg, "THCS")
    assert catalogue is not None and len(catalogue.lines) == args.lines
    codes = [line.code for line in catalogue.lines]
    # 60 % of the items carry a code of the list (in bulk: this is test data).
    with reg.engine.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE bench_codes (n INTEGER PRIMARY KEY, code TEXT)"))
        conn.execute(
            text("INSERT INTO bench_codes (n, code) VALUES (:n, :code)"),
            [{"n": n, "code": c} for n, c in enumerate(codes)],
        )
        conn.execute(
            text(
                "UPDATE equipment SET catalogue_code = (SELECT code FROM bench_codes WHERE n = "
                f"equipment.rowid % {len(codes)}) WHERE equipment.rowid % 10 < 6"
            )
        )
    reg.school()
    started = time.perf_counter()
    compare_equipment(reg)  # the first call reads the file from disk
    figures["compare_first_s"] = time.perf_counter() - started
    figures["compare_s"], report = timed(lambda: compare_equipment(reg), args.runs)
    figures["missing_lines"] = len(report.missing_lines)
    figures["rooms_s"], _rooms = timed(lambda: check_rooms(reg), args.runs)
    figures["summary_s"], _summary = timed(lambda: compliance_summary(reg), args.runs)
    started = time.perf_counter()
    compliance_sheet(reg, OUT / "compliance-missing.pdf")
    figures["pdf_missing_s"] = time.perf_counter() - started
    started = time.perf_counter()
    compliance_sheet(reg, OUT / "compliance-all.pdf", only_missing=False)
    figures["pdf_all_s"] = time.perf_counter() - started
    started = time.perf_counter()
    export_compliance(reg, OUT / "compliance.xlsx")
    figures["excel_s"] = time.perf_counter() - started
    reg.close()
    figures["machine"] = (
        f"{platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    (OUT / "compliance.json").write_text(json.dumps(figures, indent=2), "utf-8")

    rows = [
        (f"Import check (dry run) of a {args.lines}-line list, 40 sheets", "import_dry_run_s"),
        ("Import apply (replace the list, one transaction)", "import_apply_s"),
        (
            f"compare_equipment: {args.items} items vs {args.lines} lines, first call",
            "compare_first_s",
        ),
        (f"compare_equipment: {args.items} items vs {args.lines} lines (median)", "compare_s"),
        ("check_rooms (median)", "rooms_s"),
        ("compliance_summary for the home screen (median)", "summary_s"),
        ("PDF review, missing lines only", "pdf_missing_s"),
        (f"PDF review, all {args.lines} lines", "pdf_all_s"),
        ("Excel workbook of the review", "excel_s"),
    ]
    print("| measurement | seconds |\n| --- | ---: |")
    for label, key in rows:
        print(f"| {label} | {figures[key]:.3f} |")
    print(f"\n{figures['missing_lines']} lines missing; {figures['machine']}")


if __name__ == "__main__":
    main()
