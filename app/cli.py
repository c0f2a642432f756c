"""`sotb`: open the desktop app, or run a command on the register.

`--db PATH` may stand before or after the command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.cli_reports import add_commands as add_report_commands
from app.cli_reports import cli_progress
from app.paths import default_register_path


def _add_db(parser: argparse.ArgumentParser, top: bool) -> None:
    # The sub-parser's copy must not overwrite a --db given before the command.
    parser.add_argument(
        "--db",
        type=Path,
        default=None if top else argparse.SUPPRESS,
        help="register file (default: the one in your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sotb", description="Sổ Thiết Bị – school equipment register"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_db(parser, top=True)
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE", help="render the main window to a PNG and exit"
    )
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language for this run")
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="fill the register with a realistic demo school")
    _add_db(demo, top=False)
    demo.add_argument("--items", type=int, default=2000, help="number of equipment items")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same register)")

    info = commands.add_parser("info", help="show the register file, school and counts")
    _add_db(info, top=False)

    enroll = commands.add_parser("enroll", help="connect this register to the district server")
    _add_db(enroll, top=False)
    enroll.add_argument("url", help="the district server's address")
    enroll.add_argument("code", help="the one-time code from the district office")
    enroll.add_argument("--name", default="", help="a name for this PC")

    sync = commands.add_parser("sync", help="send pending changes and fetch the district's")
    _add_db(sync, top=False)

    bundle = commands.add_parser("bundle", help="sync by USB file when there is no network")
    bundle_cmds = bundle.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = bundle_cmds.add_parser("export", help="write a signed file of pending changes")
    _add_db(export, top=False)
    export.add_argument("folder", type=Path, metavar="DIR")
    reply = bundle_cmds.add_parser("import", help="apply the district's reply file")
    _add_db(reply, top=False)
    reply.add_argument("file", type=Path, metavar="REPLY")
    add_report_commands(commands, lambda p: _add_db(p, top=False))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db: Path = args.db or default_register_path()
    if args.command == "demo":
        return _demo(db, args.items, args.seed)
    if args.command == "info":
        return _info(db)
    if args.command in ("enroll", "sync", "bundle"):
        return _sync_command(db, args)
    if args.command in ("print", "export", "import", "import-catalogue"):
        return _report_command(db, args)
    from app.ui.app import run_gui

    return run_gui(db, screenshot=args.screenshot, lang=args.lang)


def _open(db: Path):  # type: ignore[no-untyped-def]
    from app.models.migrate import RegisterFileError
    from app.services.register import Register

    try:
        return Register.open(db)
    except RegisterFileError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc


def _demo(db: Path, items: int, seed: int) -> int:
    from app.services.demo import generate_demo
    from app.services.errors import ServiceError

    if items < 0:
        print("Lỗi: số thiết bị phải từ 0 trở lên.", file=sys.stderr)
        return 2
    reg = _open(db)
    try:
        summary = generate_demo(reg, items=items, seed=seed, progress=cli_progress("Sổ mẫu"))
    except ServiceError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    finally:
        reg.close()
    print(f"Đã tạo sổ mẫu tại {db}: {summary}")
    return 0


def _info(db: Path) -> int:
    from app.services.equipment_query import count_equipment

    if not db.is_file():
        print(f"Lỗi: không có tệp sổ {db}.", file=sys.stderr)
        return 1
    reg = _open(db)
    try:
        if not reg.has_school():
            print(f"{db}: chưa khai báo trường")
            return 0
        school = reg.school()
        print(f"{db}\n{school.name} ({school.code})\nThiết bị: {count_equipment(reg)}")
    finally:
        reg.close()
    return 0


def _report_command(db: Path, args: argparse.Namespace) -> int:
    from app.cli_reports import EXIT_FAILED, run

    if not db.is_file():
        print(f"Lỗi: không có tệp sổ {db}.", file=sys.stderr)
        return EXIT_FAILED
    reg = _open(db)
    try:
        if not reg.has_school():
            print("Lỗi: sổ chưa khai báo trường; mở chương trình để khai báo.", file=sys.stderr)
            return EXIT_FAILED
        return run(reg, args)
    finally:
        reg.close()


def _sync_command(db: Path, args: argparse.Namespace) -> int:
    from app.services.errors import ServiceError
    from app.sync import bundle
    from app.sync.client import SyncClient

    if not db.is_file():
        print(f"Lỗi: không có tệp sổ {db}.", file=sys.stderr)
        return 1
    reg = _open(db)
    try:
        if args.command == "enroll":
            answer = SyncClient(reg).enroll(args.url, args.code, args.name)
            print(f"Đã đăng ký máy với {answer.school_name} ({answer.school_code}).")
        elif args.command == "sync":
            report = SyncClient(reg).sync_once()
            print(
                f"Đã gửi {report.pushed} thay đổi ({report.rejected} bị từ chối), "
                f"nhận {report.pulled} thay đổi từ Phòng."
            )
        elif args.action == "export":
            path = bundle.write_bundle(args.folder, reg)
            print(f"Đã ghi tệp đồng bộ: {path}")
        else:
            result = bundle.import_reply(reg, bundle.read_reply_bundle(args.file, reg))
            print(f"Đã nhập tệp trả lời: {result.applied} thay đổi từ Phòng.")
            if result.resent:
                print(
                    "Máy chủ của Phòng đã mất một phần dữ liệu của trường; toàn bộ sổ "
                    f"({result.resent} dòng) sẽ được gửi lại trong tệp đồng bộ lần sau."
                )
    except ServiceError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Lỗi: không đọc/ghi được tệp ({exc}).", file=sys.stderr)
        return 1
    finally:
        reg.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
