"""District administration: schools, enrollment codes, devices, staff accounts, versions,
and the `sotb-server` commands that drive them. Each runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import School
from app.models.db import session_factory
from app.server import admin
from app.server.cli import main
from app.server.models import Device, DistrictUser, EnrollCode
from app.server.versions import (
    MIN_SCHEMA_VERSION,
    SERVER_TOO_OLD_MESSAGE,
    UPGRADE_MESSAGE,
    UpgradeRequired,
    check_versions,
    parse_app_version,
    schema_versions,
)
from app.services.errors import ServiceError
from tests.conftest import looks_vietnamese
from tests.server.conftest import SCHOOL_A, SCHOOL_B, Schools, ServerDb, db_state

CODE_RE = re.compile(r"^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$")


def refused(session: Session, fn, *args, field: str | None = None, **kw) -> ServiceError:  # type: ignore[no-untyped-def]
    """Call expecting a ServiceError with a Vietnamese message; nothing is written."""
    before = db_state(session.get_bind())  # type: ignore[arg-type]
    with pytest.raises(ServiceError) as info:
        fn(session, *args, **kw)
    session.rollback()
    err = info.value
    assert looks_vietnamese(err.message), err.message
    if field is not None:
        assert field in err.fields, err.fields
    assert db_state(session.get_bind()) == before  # type: ignore[arg-type]
    return err


# -- schools ------------------------------------------------------------------------


def test_add_school_and_refuse_a_duplicate_code(session: Session) -> None:
    school = admin.add_school(session, {**SCHOOL_A, "district": "Quận 1"})
    session.commit()
    assert (school.code, school.district, school.level.value) == ("79000701", "Quận 1", "THCS")

    err = refused(session, admin.add_school, {**SCHOOL_A, "name": "Khác"}, field="code")
    assert "79000701" in err.message and "Đã có trường" in err.message
    err = refused(session, admin.add_school, {"code": "X1", "name": "", "level": "THCS"})
    assert "name" in err.fields
    refused(session, admin.add_school, {"code": "X1", "name": "Tên", "level": "Đại học"})
    assert session.scalar(select(func.count()).select_from(School)) == 1

    admin.add_school(session, SCHOOL_B)
    session.commit()
    assert [s.code for s in admin.list_schools(session)] == ["79000701", "79000702"]


def test_find_school_by_code_or_id(session: Session, schools: Schools) -> None:
    assert admin.find_school(session, "79000702").id == schools.b_id
    assert admin.find_school(session, schools.a_id).code == "79000701"
    refused(session, admin.find_school, "00000000")


# -- enrollment codes ---------------------------------------------------------------


def test_enroll_code_is_typeable_hashed_and_expires(session: Session, schools: Schools) -> None:
    code = admin.make_enroll_code(session, "79000701", valid_hours=48)
    session.commit()
    assert CODE_RE.match(code), code
    row = session.scalars(select(EnrollCode)).one()
    # Only the hash of the normalised code is stored, never the code.
    assert row.code_hash == admin.sha256_hex(code.replace("-", ""))
    assert code.replace("-", "") not in repr(db_state(session.get_bind()))  # type: ignore[arg-type]
    assert row.school_id == schools.a_id and row.used_at is None
    expected = datetime.now(UTC) + timedelta(hours=48)
    assert abs((row.expires_at - expected).total_seconds()) < 60
    assert admin.code_expires_at(session, code.lower()) == row.expires_at
    # Fresh each time.
    assert admin.make_enroll_code(session, schools.b_id) != code

    refused(session, admin.make_enroll_code, "99999999")
    refused(session, admin.make_enroll_code, "79000701", valid_hours=0)
    refused(session, admin.make_enroll_code, "79000701", valid_hours=24 * 365)


def test_enroll_spends_the_code_once(session: Session, schools: Schools) -> None:
    code = admin.make_enroll_code(session, "79000701")
    session.commit()
    # Typed in lower case with spaces instead of dashes: still the same code.
    typed = code.lower().replace("-", " ")
    device, secret = admin.enroll(session, typed, "  Máy kế toán ", "0.1.0")
    session.commit()
    assert device.school_id == schools.a_id
    assert (device.name, device.app_version, device.cursor) == ("Máy kế toán", "0.1.0", 0)
    assert len(secret) >= 43  # 32 random bytes, base64url
    assert device.secret_hash == admin.sha256_hex(secret)
    assert secret not in repr(db_state(session.get_bind()))  # type: ignore[arg-type]
    row = session.scalars(select(EnrollCode)).one()
    assert row.used_at is not None and row.device_id == device.id

    err = refused(session, admin.enroll, code, "Máy thứ hai", field="code")
    assert "đã được dùng" in err.message and "mã mới" in err.message
    assert session.scalar(select(func.count()).select_from(Device)) == 1


def test_enroll_refuses_expired_and_wrong_codes(session: Session, schools: Schools) -> None:
    code = admin.make_enroll_code(session, "79000701")
    session.execute(update(EnrollCode).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    session.commit()
    err = refused(session, admin.enroll, code, field="code")
    assert "hết hạn" in err.message and "mã mới" in err.message

    good = admin.make_enroll_code(session, "79000701")
    session.commit()
    wrong = good[:-1] + ("A" if good[-1] != "A" else "B")
    for attempt in (wrong, good[:-1], "", "ABCD-EFGH-JKMN-PQRS"):
        err = refused(session, admin.enroll, attempt, field="code")
        assert "không đúng" in err.message
    assert session.scalar(select(func.count()).select_from(Device)) == 0


def test_two_pcs_racing_with_one_code_enroll_once(server_db: ServerDb, schools: Schools) -> None:
    """The second PC reads the code as unused, then loses at the conditional UPDATE."""
    engine = server_db.engine
    with Session(engine) as s:
        code = admin.make_enroll_code(s, "79000701")
        s.commit()
    writer = session_factory(engine, write=True)
    outcome: list[object] = []

    def second_pc() -> None:
        with writer() as s2:
            try:
                outcome.append(admin.enroll(s2, code, "PC 2"))
                s2.commit()
            except ServiceError as exc:
                outcome.append(exc)

    with writer() as s1:
        admin.enroll(s1, code, "PC 1")  # holds the code row (uncommitted)
        racer = threading.Thread(target=second_pc)
        racer.start()
        time.sleep(0.3)
        s1.commit()
    racer.join(timeout=10)
    assert len(outcome) == 1 and isinstance(outcome[0], ServiceError), outcome
    assert "đã được dùng" in outcome[0].message
    with Session(engine) as s:
        assert [d.name for d in s.scalars(select(Device))] == ["PC 1"]


# -- devices ------------------------------------------------------------------------


def test_list_and_revoke_devices(session: Session, schools: Schools) -> None:
    made = {}
    for school, name in (("79000701", "A1"), ("79000701", "A2"), ("79000702", "B1")):
        code = admin.make_enroll_code(session, school)
        made[name], _ = admin.enroll(session, code, name)
    session.commit()
    assert {d.name for d in admin.list_devices(session)} == {"A1", "A2", "B1"}
    assert {d.name for d in admin.list_devices(session, "79000701")} == {"A1", "A2"}
    assert [d.name for d in admin.list_devices(session, schools.b_id)] == ["B1"]
    refused(session, admin.list_devices, "nope")

    revoked = admin.revoke_device(session, made["A2"].id)
    session.commit()
    first = revoked.revoked_at
    assert first is not None
    assert admin.revoke_device(session, made["A2"].id).revoked_at == first  # twice: unchanged
    assert session.get(Device, made["A1"].id).revoked_at is None  # type: ignore[union-attr]
    refused(session, admin.revoke_device, "0190a0a0-0000-7000-8000-000000000000")


# -- district staff -----------------------------------------------------------------


def test_user_password_is_argon2_and_verifies(session: Session) -> None:
    user = admin.add_user(session, "lan.nguyen", "mật khẩu dài 123", "Nguyễn Thị Lan", "admin")
    session.commit()
    stored = session.scalars(select(DistrictUser)).one()
    assert stored.password_hash.startswith("$argon2id$")
    assert "mật khẩu" not in stored.password_hash
    assert admin.verify_user(session, "lan.nguyen", "mật khẩu dài 123") is not None
    assert admin.verify_user(session, "LAN.NGUYEN", "mật khẩu dài 123").id == user.id  # type: ignore[union-attr]
    assert admin.verify_user(session, "lan.nguyen", "mật khẩu dài 124") is None
    assert admin.verify_user(session, "lan.nguyen", "") is None
    assert admin.verify_user(session, "khong.co", "mật khẩu dài 123") is None

    refused(session, admin.add_user, "Lan.Nguyen", "another-pass", field="username")
    refused(session, admin.add_user, "x", "another-pass", field="username")
    refused(session, admin.add_user, "minh", "short", field="password")
    refused(session, admin.add_user, "minh", "long enough", role="root", field="role")

    stored.disabled_at = datetime.now(UTC)
    session.commit()
    assert admin.verify_user(session, "lan.nguyen", "mật khẩu dài 123") is None


# -- versions -----------------------------------------------------------------------


def test_accepted_versions() -> None:
    accepted = schema_versions()
    assert accepted[0] == MIN_SCHEMA_VERSION and "0001" not in accepted
    for schema in accepted:
        check_versions(schema, "0.1.0")
    check_versions(accepted[-1], "1.0")
    check_versions(accepted[-1], "0.1.0+win64")
    for schema, app, message in [
        ("0001", "0.1.0", UPGRADE_MESSAGE),  # before the outbox
        (None, "0.1.0", UPGRADE_MESSAGE),
        ("", "0.1.0", UPGRADE_MESSAGE),
        ("9999", "0.1.0", SERVER_TOO_OLD_MESSAGE),  # made by a newer app
        (accepted[-1], "0.0.9", UPGRADE_MESSAGE),
        (accepted[-1], "", UPGRADE_MESSAGE),
        (accepted[-1], None, UPGRADE_MESSAGE),
        (accepted[-1], "beta", UPGRADE_MESSAGE),
    ]:
        with pytest.raises(UpgradeRequired) as info:
            check_versions(schema, app)
        assert info.value.message == message, (schema, app)
    assert parse_app_version("1.2") == (1, 2, 0)
    assert parse_app_version("v2.10.1rc1") == (2, 10, 1)
    assert parse_app_version("0.10.0") > parse_app_version("0.9.9")  # type: ignore[operator]


# -- the sotb-server commands -------------------------------------------------------


def run(server_db: ServerDb, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["--database-url", server_db.url, *argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_cli_school_enroll_code_and_devices(server_db: ServerDb, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = run(
        server_db, capsys, "school", "add", "--code", "79000701", "--name", "Trường THCS Nguyễn Du",
        "--level", "THCS", "--district", "Quận 1",
    )  # fmt: skip
    assert code == 0 and "Đã thêm trường Trường THCS Nguyễn Du" in out
    code, out = run(
        server_db, capsys, "school", "add", "--code", "79000701", "--name", "X", "--level", "TH"
    )
    assert code == 1 and out.startswith("Lỗi: Đã có trường mã 79000701")
    code, out = run(
        server_db, capsys, "school", "add", "--code", "1", "--name", "X", "--level", "Z"
    )
    assert code == 2 and "invalid choice" in out
    code, out = run(server_db, capsys, "school", "list")
    assert code == 0 and "79000701" in out and "Quận 1" in out

    code, out = run(server_db, capsys, "enroll-code", "79000701", "--hours", "24")
    assert code == 0, out
    typed = re.search(r": ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\n", out)
    assert typed is not None, out
    expiry = re.search(r"hết hạn lúc (\d\d/\d\d/\d{4} \d\d:\d\d)", out)
    assert expiry is not None, out
    shown = datetime.strptime(expiry.group(1), "%d/%m/%Y %H:%M").astimezone()
    assert abs((shown - datetime.now(UTC) - timedelta(hours=24)).total_seconds()) < 120
    assert run(server_db, capsys, "enroll-code", "12345678")[0] == 1
    assert run(server_db, capsys, "enroll-code", "79000701", "--hours", "0")[0] == 1

    code, out = run(server_db, capsys, "device", "list")
    assert code == 0 and "Chưa có máy" in out
    with Session(server_db.engine, expire_on_commit=False) as s:  # the printed code works
        device, _ = admin.enroll(s, typed.group(1), "Máy thư viện", "0.1.0")
        s.commit()
    code, out = run(server_db, capsys, "device", "list", "--school", "79000701")
    assert code == 0 and device.id in out and "Máy thư viện" in out and "hoạt động" in out
    code, out = run(server_db, capsys, "device", "revoke", device.id)
    assert code == 0 and "Đã thu hồi" in out
    with Session(server_db.engine) as s:
        assert s.get(Device, device.id).revoked_at is not None  # type: ignore[union-attr]
    code, out = run(server_db, capsys, "device", "list")
    assert "thu hồi" in out
    assert run(server_db, capsys, "device", "revoke", "no-such-device")[0] == 1
    assert run(server_db, capsys, "device", "list", "--school", "nope")[0] == 1


def test_cli_user_add(server_db: ServerDb, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("mật khẩu bí mật\n"))
    code, out = run(
        server_db, capsys, "user", "add", "lan", "--full-name", "Nguyễn Thị Lan", "--role",
        "admin", "--password-stdin",
    )  # fmt: skip
    assert code == 0, out
    with Session(server_db.engine) as s:
        user = admin.verify_user(s, "lan", "mật khẩu bí mật")
        assert user is not None and (user.full_name, user.role) == ("Nguyễn Thị Lan", "admin")

    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    args = ("user", "add", "minh", "--full-name", "Minh", "--password-stdin")
    code, out = run(server_db, capsys, *args)
    assert code == 1 and "mật khẩu" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO("other-password\n"))
    code, out = run(server_db, capsys, "user", "add", "LAN", "--full-name", "X", "--password-stdin")
    assert code == 1 and "Đã có tài khoản" in out

    answers = iter(["first-password", "second-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, out = run(server_db, capsys, "user", "add", "minh", "--full-name", "Minh")
    assert code == 1 and "không giống nhau" in out
    answers = iter(["same-password", "same-password"])
    code, out = run(server_db, capsys, "user", "add", "minh", "--full-name", "Minh")
    assert code == 0, out
    assert code == 0 and run(server_db, capsys, "user", "add", "--full-name", "x")[0] == 2


def test_cli_database_from_environment_and_unreachable(  # type: ignore[no-untyped-def]
    tmp_path, capsys, monkeypatch
) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite'}"
    monkeypatch.setenv("SOTB_SERVER_DATABASE_URL", url)
    assert main(["school", "add", "--code", "1", "--name", "Trường A", "--level", "MN"]) == 0
    assert (tmp_path / "env.sqlite").exists()
    capsys.readouterr()
    assert main(["school", "list"]) == 0 and "Trường A" in capsys.readouterr().out

    dead = "postgresql+psycopg://sotb:s3cret@127.0.0.1:1/sotb"
    assert main(["--database-url", dead, "school", "list"]) == 1
    err = capsys.readouterr().err
    assert "không mở được cơ sở dữ liệu" in err and "s3cret" not in err
    assert main(["--database-url", "nonsense", "school", "list"]) == 1
    assert main([]) == 2


def test_cli_serve_migrates_once_then_starts_workers(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    from app.models.db import make_engine
    from app.models.migrate import current_revision, head_revision

    calls: list[tuple[str, dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv("SOTB_SERVER_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'serve.sqlite'}"
    args = ["--database-url", url, "serve", "--port", "9001", "--workers", "3"]
    assert main(args) == 0
    [(app, kw)] = calls
    assert app == "app.server.api:create_app"
    assert kw["factory"] is True and kw["workers"] == 3 and kw["port"] == 9001
    assert kw["timeout_keep_alive"] >= 30  # a PC packing its next batch is not cut off
    import os

    assert os.environ["SOTB_SERVER_DATABASE_URL"] == url  # how each worker finds it
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()  # migrated before any worker
    engine.dispose()
    assert main(["--database-url", url, "serve", "--workers", "0"]) == 2
