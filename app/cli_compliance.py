"""`sotb import-catalogue FILE [--dry-run] [--level THCS]`: replace the minimum
teaching-equipment list of a level by the ministry's Excel file, and the compliance
review's `sotb print compliance` / `sotb export compliance` (exit codes of
app/cli_reports.py: 0 done, 1 refused, 3 the file has rows that cannot be imported)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

LEVELS = ("TH", "THCS", "THPT")


def add_commands(commands: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    cat = commands.add_parser(
        "import-catalogue",
        help="replace a minimum equipment list by the ministry's Excel file (--dry-run checks)",
    )
    add_db(cat)
    cat.add_argument("file", type=Path, metavar="FILE.xlsx")
    cat.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    cat.add_argument(
        "--level", choices=LEVELS, default=None, help="the list's level (default: the school's)"
    )


def _level(reg: Any, wanted: str | None) -> str:
    from app.services.compliance import review_levels
    from app.services.errors import ServiceError

    if wanted:
        return wanted
    levels = review_levels(str(reg.school().level))
    if not levels:
        raise ServiceError("Trường mầm non không có danh mục thiết bị tối thiểu để nhập.")
    return levels[0]


def run_import_catalogue(reg: Any, args: argparse.Namespace) -> int:
    from app.cli_reports import EXIT_OK, cli_progress, print_check
    from app.reports import catalogue_import

    dry = catalogue_import.dry_run(
        args.file, _level(reg, args.level), progress=cli_progress("Kiểm tra")
    )
    stop = print_check(dry, args.dry_run)
    if stop is not None:
        return stop
    written = catalogue_import.apply(reg, dry)
    print(f"Đã nhập {written} dòng vào danh mục thiết bị dạy học tối thiểu.")
    return EXIT_OK


def print_compliance(reg: Any, out: Path, show_all: bool) -> Path:
    from app.reports.pdf.compliance_sheet import compliance_sheet

    return compliance_sheet(reg, out, only_missing=not show_all)


def export_compliance(reg: Any, out: Path) -> Path:
    from app.reports.excel_compliance import export_compliance

    return export_compliance(reg, out)
