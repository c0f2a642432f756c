"""`sotb-server`: run the district server and administer it.

    sotb-server [--database-url URL] serve [--host H] [--port P] [--workers N]
    sotb-server school add --code C --name N --level L [--district D] ...
    sotb-server school list
    sotb-server enroll-code SCHOOL [--hours 72]
    sotb-server device list [--school SCHOOL]
    sotb-server device revoke DEVICE_ID
    sotb-server user add USERNAME --full-name NAME [--role admin|staff] [--password-stdin]
    sotb-server transfer --from SCHOOL --to SCHOOL ASSET_CODE[=NEW_CODE]... [--date D]
                         [--decision NO] [--reason R] [--dry-run]

The database is --database-url, else $SOTB_SERVER_DATABASE_URL, else
sqlite:///sotb-server.sqlite. Exit status: 0 done, 1 refused or failed (the message
says why), 2 wrong command line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import __version__
from app.cli_reports import cli_date
from app.models.enums import SchoolLevel
from app.server.api import DATABASE_URL_ENV
from app.server.db import DEFAULT_URL
from app.server.keys import DEFAULT_KEY_FILE, KEY_FILE_ENV, ensure_server_key, key_file

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sotb-server", description="Sổ Thiết Bị – district server"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database-url",
        default=None,
        metavar="URL",
        help=f"database (default: ${DATABASE_URL_ENV}, else {DEFAULT_URL}); "
        "e.g. postgresql+psycopg://sotb:PASSWORD@127.0.0.1:5432/sotb",
    )
    parser.add_argument(
        "--key-file",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"the server key that guards USB files (default: ${KEY_FILE_ENV}, else "
        f"{DEFAULT_KEY_FILE}; serve makes it the first time). Keep it, and back it up, "
        "apart from the database: every worker and every bundle import uses the same file",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="serve the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="worker processes")

    school = commands.add_parser("school", help="schools: add, list")
    school_cmds = school.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = school_cmds.add_parser("add", help="add a school")
    add.add_argument("--code", required=True, help="mã trường (unique)")
    add.add_argument("--name", required=True)
    add.add_argument("--level", required=True, choices=[lv.value for lv in SchoolLevel])
    add.add_argument("--district", default="")
    add.add_argument("--province", default="")
    add.add_argument("--governing-body", default="")
    add.add_argument("--address", default="")
    school_cmds.add_parser("list", help="list the schools")

    code = commands.add_parser("enroll-code", help="make a one-time enrollment code")
    code.add_argument("school", metavar="SCHOOL", help="mã trường or school id")
    code.add_argument("--hours", type=float, default=72, help="valid for (default 72 hours)")

    device = commands.add_parser("device", help="enrolled PCs: list, revoke")
    device_cmds = device.add_subparsers(dest="action", required=True, metavar="ACTION")
    dlist = device_cmds.add_parser("list", help="list enrolled PCs")
    dlist.add_argument("--school", default=None, help="only this school (mã trường or id)")
    revoke = device_cmds.add_parser("revoke", help="refuse every later request of a PC")
    revoke.add_argument("device_id", metavar="DEVICE_ID")

    user = commands.add_parser("user", help="district staff accounts: add")
    user_cmds = user.add_subparsers(dest="action", required=True, metavar="ACTION")
    uadd = user_cmds.add_parser("add", help="add a staff account (asks for the password)")
    uadd.add_argument("username", metavar="USERNAME")
    uadd.add_argument("--full-name", required=True)
    uadd.add_argument("--role", choices=["admin", "staff"], default="staff")
    uadd.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    bundle = commands.add_parser("bundle", help="USB files from schools")
    bundle_cmds = bundle.add_subparsers(dest="action", required=True, metavar="ACTION")
    bimport = bundle_cmds.add_parser("import", help="apply a school's USB file, write the reply")
    bimport.add_argument("file", type=Path, metavar="FILE")
    bimport.add_argument(
        "--out", type=Path, default=None, help="folder for the reply file (default: beside FILE)"
    )
    commands.add_parser(
        "restored",
        help="run once after restoring the database from a backup (see docs/sync.md)",
    )
    move = commands.add_parser(
        "transfer",
        help="move equipment from one school to another (both PCs get it on their next sync)",
    )
    move.add_argument("--from", dest="giver", required=True, metavar="SCHOOL", help="mã trường")
    move.add_argument("--to", dest="receiver", required=True, metavar="SCHOOL", help="mã trường")
    move.add_argument(
        "codes",
        nargs="+",
        metavar="ASSET_CODE",
        help="the items' asset codes; CODE=NEW_CODE gives one a new code at the receiver",
    )
    move.add_argument(
        "--date", type=cli_date, default=None, metavar="DATE", help="dd/mm/yyyy (default today)"
    )
    move.add_argument("--decision", default="", metavar="NO", help="số quyết định điều chuyển")
    move.add_argument("--reason", default="")
    move.add_argument("--handed-by", default="")
    move.add_argument("--received-by", default="")
    move.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    return parser


def database_url(args: argparse.Namespace) -> str:
    return args.database_url or os.environ.get(DATABASE_URL_ENV) or DEFAULT_URL


def _err(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)


def _local(moment: datetime | None) -> str:
    """dd/mm/yyyy HH:MM in this machine's time zone."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else "–"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a wrong command line (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    url = database_url(args)
    if args.key_file is not None:  # for this process and the workers it starts
        os.environ[KEY_FILE_ENV] = str(args.key_file.resolve())
    if args.command == "serve":
        return _serve(url, args.host, args.port, args.workers)
    handlers: dict[tuple[str, str | None], Callable[[Session, argparse.Namespace], int]] = {
        ("school", "add"): _school_add,
        ("school", "list"): _school_list,
        ("enroll-code", None): _enroll_code,
        ("device", "list"): _device_list,
        ("device", "revoke"): _device_revoke,
        ("user", "add"): _user_add,
        ("bundle", "import"): _bundle_import,
        ("restored", None): _restored,
        ("transfer", None): _transfer,
    }
    handler = handlers[(args.command, getattr(args, "action", None))]
    password: str | None = None
    if args.command == "user":
        password = _read_password(args.password_stdin)
        if password is None:
            return EXIT_FAILED
        args.password = password
    engine = _open(url)
    if engine is None:
        return EXIT_FAILED
    from app.services.errors import ServiceError

    try:
        with Session(engine, expire_on_commit=False) as session:
            code = handler(session, args)
            session.commit()
            return code
    except ServiceError as exc:
        _err(exc.message)
        return EXIT_FAILED
    except SQLAlchemyError as exc:
        _err(f"không ghi được vào cơ sở dữ liệu ({_short(exc)}).")
        return EXIT_FAILED
    finally:
        engine.dispose()


def _restored(session: Session, args: argparse.Namespace) -> int:
    from app.server.sync_apply import mark_restored

    top = mark_restored(session)
    print(
        f"Đã ghi nhận khôi phục từ bản sao lưu; nhật ký thay đổi đánh số tiếp từ {top:,}. "
        "Ở lần đồng bộ tới, mỗi máy của trường tự gửi lại toàn bộ dữ liệu còn thiếu."
    )
    return 0


def _transfer(session: Session, args: argparse.Namespace) -> int:
    from app.server.transfers import parse_codes, transfer_between_schools

    done = transfer_between_schools(
        session,
        args.giver,
        args.receiver,
        parse_codes(args.codes),
        on=args.date,
        decision_number=args.decision,
        reason=args.reason,
        handed_by=args.handed_by,
        received_by=args.received_by,
    )
    print(
        f"Điều chuyển {len(done.items)} thiết bị từ {done.giver.name} ({done.giver.code}) "
        f"đến {done.receiver.name} ({done.receiver.code}), ngày "
        f"{done.transferred_on:%d/%m/%Y}:"
    )
    for item in done.items:
        renamed = f" -> {item.new_code}" if item.new_code != item.asset_code else ""
        print(f"  {item.asset_code}{renamed}  {item.name} (số lượng {item.quantity})")
    if args.dry_run:
        session.rollback()
        print("Chạy thử: chưa ghi gì.")
    else:
        print("Hai trường nhận thay đổi này ở lần đồng bộ tới (qua mạng hoặc tệp USB).")
    return EXIT_OK


def _bundle_import(session: Session, args: argparse.Namespace) -> int:
    from app.server.bundles import import_bundle

    out = args.out or args.file.parent
    result = import_bundle(session, args.file, out)
    print(
        f"Đã nhập {args.file.name}: {result.applied} thay đổi áp dụng, "
        f"{result.rejected} bị từ chối, {result.already} đã có từ trước; "
        f"{result.pulled} thay đổi của Phòng gửi về trường."
    )
    print(f"Tệp trả lời: {result.reply}")
    if result.resend_from is not None:
        print(
            "Máy chủ không còn giữ một phần dữ liệu trường đã gửi (máy chủ được khôi phục từ "
            "bản sao lưu). Hãy mang tệp trả lời về trường và nhập vào: máy của trường sẽ "
            "gửi lại toàn bộ dữ liệu trong tệp đồng bộ lần sau."
        )
    return 0


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _open(url: str) -> Engine | None:
    """The migrated server database, or None after printing why it cannot be opened."""
    from sqlalchemy.exc import ArgumentError

    from app.models.migrate import RegisterFileError
    from app.server.db import open_server_db

    try:
        return open_server_db(url)
    except ArgumentError:
        _err(f"địa chỉ cơ sở dữ liệu không hợp lệ: {url!r}.")
    except RegisterFileError as exc:
        _err(str(exc))
    except (SQLAlchemyError, OSError) as exc:
        _err(
            f"không mở được cơ sở dữ liệu {_safe_url(url)} ({_short(exc)}). "
            "Hãy kiểm tra địa chỉ, tài khoản và rằng máy chủ cơ sở dữ liệu đang chạy."
        )
    return None


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(không đọc được)"


# -- serve --------------------------------------------------------------------------


def _serve(url: str, host: str, port: int, workers: int) -> int:
    if workers < 1:
        _err("số tiến trình (--workers) phải từ 1 trở lên.")
        return EXIT_USAGE
    # Migrate once here, before any worker starts, so workers never race to migrate.
    engine = _open(url)
    if engine is None:
        return EXIT_FAILED
    engine.dispose()
    from app.services.errors import ServiceError

    try:
        made = ensure_server_key()  # here once, so workers never race to make it
    except ServiceError as exc:
        _err(exc.message)
        return EXIT_FAILED
    except OSError as exc:
        _err(f"không tạo được tệp khóa máy chủ {key_file()}: {exc}")
        return EXIT_FAILED
    os.environ[KEY_FILE_ENV] = str(made)  # the same file for every worker
    import uvicorn

    # Each worker process builds its own engine from this variable (create_app()).
    os.environ[DATABASE_URL_ENV] = url
    print(f"Máy chủ Sổ Thiết Bị {__version__}: {_safe_url(url)}, http://{host}:{port}")
    uvicorn.run(
        "app.server.api:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        # A PC packs its next batch between requests: under load that can outlast
        # uvicorn's 5 s, and a request sent as the server drops the idle connection
        # fails (seen once in 200 schools syncing at once).
        timeout_keep_alive=30,
    )
    return EXIT_OK


# -- schools ------------------------------------------------------------------------


def _school_add(session: Session, args: argparse.Namespace) -> int:
    from app.server import admin

    school = admin.add_school(
        session,
        {
            "code": args.code,
            "name": args.name,
            "level": args.level,
            "district": args.district,
            "province": args.province,
            "governing_body": args.governing_body,
            "address": args.address,
        },
    )
    print(f"Đã thêm trường {school.name} (mã {school.code}, id {school.id}).")
    return EXIT_OK


def _school_list(session: Session, args: argparse.Namespace) -> int:
    from app.server import admin

    schools = admin.list_schools(session)
    if not schools:
        print("Chưa có trường nào. Thêm bằng lệnh: sotb-server school add")
        return EXIT_OK
    print(f"{'MÃ':<12} {'CẤP':<9} {'QUẬN/HUYỆN':<20} {'TÊN':<40} ID")
    for s in schools:
        print(f"{s.code:<12} {s.level.value:<9} {s.district[:20]:<20} {s.name[:40]:<40} {s.id}")
    return EXIT_OK


def _enroll_code(session: Session, args: argparse.Namespace) -> int:
    from app.server import admin

    school = admin.find_school(session, args.school)
    code = admin.make_enroll_code(session, school.id, args.hours)
    expires = admin.code_expires_at(session, code)
    print(f"Mã đăng ký cho {school.name} ({school.code}): {code}")
    print(f"Dùng được một lần, hết hạn lúc {_local(expires)}.")
    return EXIT_OK


# -- devices ------------------------------------------------------------------------


def _device_list(session: Session, args: argparse.Namespace) -> int:
    from app.models import School
    from app.server import admin

    devices = admin.list_devices(session, args.school)
    if not devices:
        print("Chưa có máy nào đăng ký.")
        return EXIT_OK
    codes: dict[str, str] = {
        row.id: row.code for row in session.execute(select(School.id, School.code))
    }
    print(
        f"{'ID':<36}  {'TRƯỜNG':<10} {'TÊN MÁY':<20} {'PHIÊN BẢN':<10} "
        f"{'ĐĂNG KÝ':<16} {'LẦN CUỐI':<16} TRẠNG THÁI"
    )
    for d in devices:
        state = f"thu hồi {_local(d.revoked_at)}" if d.revoked_at else "hoạt động"
        print(
            f"{d.id:<36}  {codes.get(d.school_id, '?'):<10} {d.name[:20]:<20} "
            f"{d.app_version[:10]:<10} {_local(d.created_at):<16} {_local(d.last_seen_at):<16} "
            f"{state}"
        )
    return EXIT_OK


def _device_revoke(session: Session, args: argparse.Namespace) -> int:
    from app.server import admin

    device = admin.revoke_device(session, args.device_id)
    print(
        f"Đã thu hồi quyền đồng bộ của máy {device.id} ({device.name or 'không tên'}) "
        f"từ {_local(device.revoked_at)}."
    )
    return EXIT_OK


# -- district staff -----------------------------------------------------------------


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            _err("không đọc được mật khẩu từ đầu vào chuẩn (dòng đầu trống).")
            return None
        return password
    try:
        first = getpass.getpass("Mật khẩu: ")
        second = getpass.getpass("Nhập lại mật khẩu: ")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        _err("chưa nhập mật khẩu.")
        return None
    if first != second:
        _err("hai lần nhập mật khẩu không giống nhau.")
        return None
    return first


def _user_add(session: Session, args: argparse.Namespace) -> int:
    from app.server import admin

    user = admin.add_user(session, args.username, args.password, args.full_name, args.role)
    print(f"Đã thêm tài khoản {user.username} ({user.full_name}, vai trò {user.role}).")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
