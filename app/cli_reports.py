"""`sotb print`, `sotb export` and `sotb import`: sheets, labels and Excel from the
command line, with exit codes a script can act on.

Exit codes: 0 done; 1 refused or failed (the message says why, nothing was changed);
2 a wrong command line; 3 `import --dry-run` found rows that cannot be imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.cli_compliance import add_commands as add_compliance_commands
from app.cli_compliance import export_compliance, print_compliance, run_import_catalogue

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BAD_ROWS = 0, 1, 2, 3

SHEETS = (
    *("register", "inventory", "maintenance", "room", "labels", "disposal", "transfer", "loans"),
    "usage",
    "compliance",
    *("plans", "faults"),
)
EXPORTS = (
    *("register", "rooms", "maintenance", "summary", "disposals", "transfers", "loans"),
    "usage",
    "count",
    "compliance",
    *("plans", "faults"),
)


def cli_date(text: str) -> date:
    """2026-05-30 or 30/05/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (viết 30/05/2026)")


# The label sheet's margins and gaps (mm): option -> (LabelLayout field, help).
LABEL_SPACING = {
    "margin_top": ("top", "labels: top page margin"),
    "margin_bottom": ("bottom", "labels: bottom page margin"),
    "margin_left": ("left", "labels: left page margin"),
    "margin_right": ("right", "labels: right page margin"),
    "column_gap": ("column_gap", "labels: gap between columns"),
    "row_gap": ("row_gap", "labels: gap between rows"),
}
MAX_MM = 297.0  # an A4 page's height: anything more is a typo


def cli_mm(text: str) -> float:
    """A length in mm, 0 or more: 4.5 or 4,5."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_MM:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"không phải số mm hợp lệ: {text!r} (viết một số từ 0 đến 297, ví dụ 4,5) "
            f"/ not a length in mm from 0 to 297"
        )
    return value


def add_commands(commands: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """The print, export and import sub-commands of `sotb`."""
    pr = commands.add_parser("print", help="print a record book, sheet or QR labels to PDF")
    add_db(pr)
    pr.add_argument("sheet", choices=SHEETS)
    pr.add_argument(
        "target",
        nargs="?",
        help="room: the room's code; disposal, transfer: its id or decision number",
    )
    pr.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    pr.add_argument("--by", choices=["room", "subject"], default="room", help="register book")
    pr.add_argument("--room", action="append", default=[], metavar="CODE", help="only this room")
    pr.add_argument("--search", default="", help="register: only items matching this text")
    pr.add_argument("--items", default="", metavar="CODES", help="labels: asset codes, a,b,c")
    pr.add_argument("--layout", default=None, help="labels: a sticker sheet preset")
    pr.add_argument("--rows", type=int, default=None, help="labels per column")
    pr.add_argument("--columns", type=int, default=None, help="labels per row")
    pr.add_argument(
        "--margins", type=cli_mm, default=None, metavar="MM", help="labels: all 4 page margins"
    )
    for option, (_field, text) in LABEL_SPACING.items():
        flag = "--" + option.replace("_", "-")
        pr.add_argument(flag, type=cli_mm, default=None, metavar="MM", help=text)
    pr.add_argument("--since", type=cli_date, default=None, metavar="DATE")
    pr.add_argument("--until", type=cli_date, default=None, metavar="DATE")
    pr.add_argument("--date", type=cli_date, default=None, help="the date printed on the sheet")
    pr.add_argument("--committee", default="", help="inventory: committee members, comma-separated")
    pr.add_argument(
        "--count", default=None, metavar="ID", help="inventory: a count's minutes (id or latest)"
    )

    ex = commands.add_parser("export", help="write the register, rooms or log to Excel")
    add_db(ex)
    ex.add_argument("what", choices=EXPORTS)
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    ex.add_argument("--room", default=None, metavar="CODE", help="register: only this room")
    ex.add_argument("--search", default="", help="register: only items matching this text")
    ex.add_argument("--since", type=cli_date, default=None, metavar="DATE")
    ex.add_argument("--until", type=cli_date, default=None, metavar="DATE")
    ex.add_argument("--count", default="latest", metavar="ID", help="count: its id or latest")

    im = commands.add_parser("import", help="import an Excel register (check it with --dry-run)")
    add_db(im)
    im.add_argument("file", type=Path, metavar="FILE.xlsx")
    im.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    im.add_argument("--sheet", default=None, help="the sheet to read (default: the best one)")
    im.add_argument("--header-row", type=int, default=None, help="the header's row number")
    pr.add_argument("--all", action="store_true", help="compliance: every line, not only missing")
    add_compliance_commands(commands, add_db)


def cli_progress(label: str) -> Callable[[int, int], None]:
    last = -1

    def show(done: int, total: int) -> None:
        nonlocal last
        pct = done * 100 // max(total, 1)
        if pct // 10 != last // 10:
            print(f"  {label}: {pct}%", file=sys.stderr)
            last = pct

    return show


def _room_id(reg: Any, code: str) -> str:
    from app.services.errors import ServiceError
    from app.services.rooms import list_rooms
    from app.services.text import normalise_code

    wanted = normalise_code(code)
    for room in list_rooms(reg):
        if normalise_code(room.code) == wanted:
            return room.id
    raise ServiceError(f"Không có phòng mã {code!r} trong sổ.")


def _item_ids(reg: Any, codes: str) -> list[str]:
    from app.services.equipment import find_by_asset_code
    from app.services.errors import ServiceError

    ids = []
    for code in (c.strip() for c in codes.split(",")):
        if not code:
            continue
        item = find_by_asset_code(reg, code)
        if item is None:
            raise ServiceError(f"Không có thiết bị mã {code!r} trong sổ.")
        ids.append(item.id)
    return ids


def _print_minutes(reg: Any, sheet: str, target: str | None, out: Path) -> Path:
    """Biên bản thanh lý / bàn giao of the disposal or transfer named by ``target``."""
    from app.services.errors import ServiceError

    if not target:
        raise ServiceError(
            f"Cho biết mã hoặc số quyết định, ví dụ: sotb print {sheet} 15/QĐ-THCS -o ..."
        )
    if sheet == "disposal":
        from app.reports.pdf.disposal_minutes import disposal_minutes
        from app.services.disposals import find_disposal

        return disposal_minutes(reg, out, find_disposal(reg, target).id)
    from app.reports.pdf.transfer_minutes import transfer_minutes
    from app.services.transfers import find_handover

    return transfer_minutes(reg, out, find_handover(reg, target))


def _usage_scope(reg: Any, code: str | None, args: argparse.Namespace) -> tuple[Any, date, date]:
    """The room (None: all) and days of the room-usage book: by default from the start
    of the school year to today."""
    from app.services.room_usage import school_year_of

    until = args.until or date.today()
    since = args.since or school_year_of(until)[0]
    if not args.since and since > until:
        # August to 4 September: the year about to start has no lessons yet.
        since = since.replace(year=since.year - 1)
    return (_room_id(reg, code) if code else None), since, until


def _faults_period(args: argparse.Namespace) -> tuple[date, date | None]:
    """The fault book's days: from the start of the school year unless --since says."""
    from app.reports.pdf.fault_book import year_start

    return args.since or year_start(args.until or date.today()), args.until


def _print_maintenance_work(reg: Any, sheet: str, args: argparse.Namespace, out: Path) -> Path:
    """Kế hoạch bảo trì (tasks due up to --until, a month ahead by default) or the fault
    and repair book (this school year unless --since/--until say)."""
    if sheet == "plans":
        from app.reports.pdf.plan_sheet import plan_sheet

        return plan_sheet(
            reg, out, on=args.date, until=args.until, progress=cli_progress("Kế hoạch bảo trì")
        )
    from app.reports.pdf.fault_book import fault_book

    since, until = _faults_period(args)
    return fault_book(
        reg, out, since=since, until=until, on=args.date, progress=cli_progress("Sổ báo hỏng")
    )


def _label_layout(args: argparse.Namespace) -> Any:
    """The sticker sheet: a preset (--layout, else the default), with the rows, columns,
    margins and gaps given on the command line instead of the preset's."""
    from dataclasses import replace

    from app.reports import labels
    from app.services.errors import ServiceError

    layout = labels.LabelLayout()
    if args.layout:
        # "3x8" is enough: the preset whose name holds that grid.
        wanted = args.layout.replace("x", "×").replace("X", "×")
        found = [name for name in labels.PRESETS if wanted in name]
        if len(found) != 1:
            names = ", ".join(repr(n) for n in labels.PRESETS)
            raise ServiceError(f"Không rõ khổ nhãn {args.layout!r}. Có: {names}.")
        layout = labels.PRESETS[found[0]]
    changes: dict[str, Any] = {}
    if args.margins is not None:
        changes.update(dict.fromkeys(("top", "bottom", "left", "right"), args.margins))
    for option, (field, _help) in LABEL_SPACING.items():
        if getattr(args, option) is not None:
            changes[field] = getattr(args, option)
    # 0 is passed on, to be refused by the layout's check (not taken as "not given").
    if args.rows is not None:
        changes["rows"] = args.rows
    if args.columns is not None:
        changes["columns"] = args.columns
    return replace(layout, **changes)


def run_print(reg: Any, args: argparse.Namespace) -> int:
    from app.reports import labels, pdf
    from app.services.equipment_query import EquipmentQuery
    from app.services.errors import ServiceError

    rooms = [_room_id(reg, code) for code in args.room]
    out: Path = args.output
    if args.sheet == "register":
        if len(rooms) > 1:
            raise ServiceError("Sổ thiết bị: chọn một phòng, hoặc bỏ --room để in cả trường.")
        q = EquipmentQuery(text=args.search, room_id=rooms[0] if rooms else None)
        path = pdf.register_book(
            reg, out, q=q, by=args.by, on=args.date, progress=cli_progress("Sổ thiết bị")
        )
    elif args.sheet == "inventory" and args.count:
        from app.services.inventory_lines import find_count

        count = find_count(reg, args.count)
        path = pdf.count_minutes(reg, out, count.id, progress=cli_progress("Biên bản kiểm kê"))
    elif args.sheet == "inventory":
        committee = [m.strip() for m in args.committee.split(",") if m.strip()]
        path = pdf.inventory_sheet(
            reg,
            out,
            room_ids=rooms or None,
            on=args.date,
            committee=committee,
            progress=cli_progress("Biên bản kiểm kê"),
        )
    elif args.sheet == "maintenance":
        if len(rooms) > 1:
            raise ServiceError("Nhật ký bảo trì: chọn một phòng, hoặc bỏ --room.")
        path = pdf.maintenance_log(
            reg, out, since=args.since, until=args.until,
            room_id=rooms[0] if rooms else None, on=args.date,
        )  # fmt: skip
    elif args.sheet in ("disposal", "transfer"):
        path = _print_minutes(reg, args.sheet, args.target, out)
    elif args.sheet == "loans":
        from app.reports.pdf.loan_book import loan_book

        path = loan_book(
            reg, out, since=args.since, until=args.until, on=args.date,
            progress=cli_progress("Sổ mượn – trả"),
        )  # fmt: skip
    elif args.sheet == "usage":
        from app.reports.pdf.usage_book import usage_book

        room_id, since, until = _usage_scope(reg, args.target or (args.room or [None])[0], args)
        path = usage_book(
            reg, out, since=since, until=until, room_id=room_id, on=args.date,
            progress=cli_progress("Sổ sử dụng phòng"),
        )  # fmt: skip
    elif args.sheet == "compliance":
        path = print_compliance(reg, out, args.all)
    elif args.sheet in ("plans", "faults"):
        path = _print_maintenance_work(reg, args.sheet, args, out)
    elif args.sheet == "room":
        code = args.target or (args.room[0] if args.room else None)
        if not code:
            raise ServiceError(
                "Hồ sơ phòng: cho biết mã phòng, ví dụ: sotb print room P.TIN1 -o ..."
            )
        path = pdf.room_profile(reg, out, _room_id(reg, code), on=args.date)
    else:
        path = labels.label_sheet(
            reg,
            out,
            item_ids=_item_ids(reg, args.items) if args.items else None,
            room_id=rooms[0] if rooms else None,
            layout=_label_layout(args),
            progress=cli_progress("Nhãn QR"),
        )
    print(f"Đã in ra {path}")
    return EXIT_OK


def run_export(reg: Any, args: argparse.Namespace) -> int:
    from app.reports import excel_export
    from app.services.equipment_query import EquipmentQuery

    out: Path = args.output
    if args.what == "register":
        room = _room_id(reg, args.room) if args.room else None
        q = EquipmentQuery(text=args.search, room_id=room)
        path = excel_export.export_register(reg, out, q=q, progress=cli_progress("Xuất Excel"))
    elif args.what == "compliance":
        path = export_compliance(reg, out)
    elif args.what == "plans":
        from app.reports.excel_maintenance_work import export_plans

        path = export_plans(reg, out, until=args.until, progress=cli_progress("Xuất Excel"))
    elif args.what == "faults":
        from app.reports.excel_maintenance_work import export_faults

        since, until = _faults_period(args)
        path = export_faults(reg, out, since=since, until=until)
    elif args.what == "rooms":
        path = excel_export.export_rooms(reg, out)
    elif args.what in ("disposals", "transfers"):
        from app.reports import excel_disposal_transfers as edt

        export = edt.export_disposals if args.what == "disposals" else edt.export_transfers
        path = export(reg, out, since=args.since, until=args.until)
    elif args.what == "maintenance":
        path = excel_export.export_maintenance(reg, out, since=args.since, until=args.until)
    elif args.what == "usage":
        from app.reports.excel_usage import export_usage

        room_id, since, until = _usage_scope(reg, args.room, args)
        path = export_usage(reg, out, since=since, until=until, room_id=room_id)
    elif args.what == "count":
        from app.reports.excel_inventory import export_count
        from app.services.inventory_lines import find_count

        count = find_count(reg, args.count)
        path = export_count(reg, out, count.id, progress=cli_progress("Xuất Excel"))
    elif args.what == "loans":
        from app.reports.excel_loans import export_loans

        path = export_loans(
            reg, out, since=args.since, until=args.until, progress=cli_progress("Xuất Excel")
        )
    else:
        path = excel_export.export_district_summary(reg, out)
    print(f"Đã xuất {path}")
    return EXIT_OK


def run(reg: Any, args: argparse.Namespace) -> int:
    """Run a print/export/import command; refusals print their message, exit 1."""
    from app.services.errors import ServiceError

    try:
        if args.command == "print":
            return run_print(reg, args)
        if args.command == "export":
            return run_export(reg, args)
        if args.command == "import-catalogue":
            return run_import_catalogue(reg, args)
        return run_import(reg, args)
    except ServiceError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"Lỗi: không ghi/đọc được tệp ({exc}).", file=sys.stderr)
        return EXIT_FAILED


def print_check(dry: Any, only_check: bool) -> int | None:
    """Print an import's dry run (summary, errors, notes); the exit code when nothing is
    to be written (bad rows, or --dry-run), None to go on and apply."""
    print(dry.summary())
    for issue in dry.errors:
        print(f"  Lỗi: {issue}")
    for issue in dry.warnings:
        print(f"  Lưu ý: {issue}")
    if dry.errors:
        return EXIT_BAD_ROWS
    if only_check:
        print("Chạy thử: chưa ghi gì vào sổ.")
        return EXIT_OK
    return None


def run_import(reg: Any, args: argparse.Namespace) -> int:
    from app.reports import excel_import
    from app.services.errors import ServiceError

    source = excel_import.open_workbook(args.file)
    if args.sheet is not None:
        sheet = source.sheet(args.sheet)  # refuses an unknown name, listing the sheets
        header = excel_import.find_header(sheet)
    else:
        header = excel_import.best_header(source)
        sheet = source.sheet(header.sheet)
    if args.header_row is not None:
        header = excel_import.header_at(sheet, args.header_row)
    if not header.found:
        raise ServiceError(
            f"Không tìm thấy dòng tiêu đề (Tên thiết bị, Số lượng, ...) trong trang "
            f"«{sheet.name}». Hãy chỉ rõ bằng --sheet và --header-row."
        )
    mapping = excel_import.propose_mapping(header)
    dry = excel_import.dry_run(
        reg, source, sheet.name, header.row, mapping, progress=cli_progress("Kiểm tra")
    )
    stop = print_check(dry, args.dry_run)
    if stop is not None:
        return stop
    result = excel_import.apply_import(reg, dry, progress=cli_progress("Nhập"))
    print(result)
    return EXIT_OK
