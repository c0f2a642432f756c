"""A school with no network: changes go to the district on a USB file and the district's
reply comes back; importing any file twice, or after a network sync, changes nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.cli import main as sotb
from app.server import admin
from app.server.api import create_app
from app.server.cli import main as sotb_server
from app.server.db import open_server_db
from app.server.sync_apply import district_edit
from app.services import equipment, rooms, schools
from app.services.register import Register
from app.sync import state
from app.sync.bundle import write_bundle
from app.sync.client import SyncClient

SCHOOL = {"code": "79000701", "name": "Trường THCS Nguyễn Du", "level": "THCS"}
URL = "http://testserver"


@pytest.fixture
def district(tmp_path: Path) -> Iterator[tuple[Engine, TestClient, str]]:
    url = f"sqlite:///{tmp_path / 'district.sqlite'}"
    engine = open_server_db(url)
    with Session(engine) as s:
        admin.add_school(s, SCHOOL)
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as http:
        yield engine, http, url
    engine.dispose()


@pytest.fixture
def school(tmp_path: Path, district) -> Iterator[Register]:  # type: ignore[no-untyped-def]
    engine, http, _ = district
    reg = Register.open(tmp_path / "school.sqlite")
    schools.set_up_school(reg, SCHOOL)
    room = rooms.create_room(reg, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})
    equipment.create_equipment(reg, {"asset_code": "TB-1", "name": "Máy chiếu", "room_id": room.id})
    with Session(engine) as s:
        code = admin.make_enroll_code(s, SCHOOL["code"])
        s.commit()
    SyncClient(reg, http=http).enroll(URL, code)  # once, at the district office
    yield reg
    reg.close()


def items_on_server(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.execute(text("SELECT asset_code FROM equipment")).scalars())


def usb_trip(reg: Register, url: str, stick: Path) -> Path:
    """School exports, district imports and replies; returns the reply file."""
    assert reg.path is not None
    assert sotb(["--db", str(reg.path), "bundle", "export", str(stick)]) == 0
    sent = max(stick.glob("*.zip"), key=lambda p: p.stat().st_mtime)
    assert (
        sotb_server(
            ["--database-url", url, "bundle", "import", str(sent), "--out", str(stick / "reply")]
        )
        == 0
    )
    return max((stick / "reply").glob("*.zip"), key=lambda p: p.stat().st_mtime)


def test_changes_go_by_usb_and_the_reply_comes_back(school, district, tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    reply = usb_trip(school, url, stick)
    assert items_on_server(engine) == ["TB-1"]
    item = equipment.find_by_asset_code(school, "TB-1")
    assert item is not None
    with Session(engine) as s:
        district_edit(s, "equipment", item.id, {"status": "in_repair"})
    assert sotb(["--db", str(school.path), "bundle", "import", str(reply)]) == 0
    # The first reply held the acknowledgement: the school's outbox is now empty.
    with school.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
    second = usb_trip(school, url, stick)
    assert sotb(["--db", str(school.path), "bundle", "import", str(second)]) == 0
    assert equipment.get_equipment(school, item.id).status.value == "in_repair"


def test_importing_twice_changes_nothing(school, district, tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    assert school.path is not None
    assert sotb(["--db", str(school.path), "bundle", "export", str(stick)]) == 0
    sent = next(stick.glob("*.zip"))
    out = stick / "reply"
    assert (
        sotb_server(["--database-url", url, "bundle", "import", str(sent), "--out", str(out)]) == 0
    )
    with engine.connect() as conn:
        log = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    assert (
        sotb_server(["--database-url", url, "bundle", "import", str(sent), "--out", str(out)]) == 0
    )
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == log
    replies = sorted(out.glob("*.zip"))
    for reply in replies:
        assert sotb(["--db", str(school.path), "bundle", "import", str(reply)]) == 0
    assert items_on_server(engine) == ["TB-1"]


def test_a_usb_file_after_a_network_sync_changes_nothing(school, district, tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine, http, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    assert school.path is not None
    assert sotb(["--db", str(school.path), "bundle", "export", str(stick)]) == 0
    SyncClient(school, http=http).sync_once()  # the network came back first
    with engine.connect() as conn:
        log = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    sent = next(stick.glob("*.zip"))
    assert (
        sotb_server(["--database-url", url, "bundle", "import", str(sent), "--out", str(stick)])
        == 0
    )
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == log
    assert state.load(school).enrolled


def test_a_tampered_file_is_refused_and_changes_nothing(school, district, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    assert school.path is not None
    assert sotb(["--db", str(school.path), "bundle", "export", str(stick)]) == 0
    sent = next(stick.glob("*.zip"))
    forged = stick / "forged.zip"
    with zipfile.ZipFile(sent) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("changes-"):
                data = data.replace("Máy chiếu".encode(), "Máy chiếu giả".encode())
            dst.writestr(info, data)
    assert (
        sotb_server(["--database-url", url, "bundle", "import", str(forged), "--out", str(stick)])
        == 1
    )
    assert "sửa" in capsys.readouterr().err
    assert items_on_server(engine) == []


def test_a_district_restored_from_a_backup_asks_the_school_for_everything(  # type: ignore[no-untyped-def]
    school, district, tmp_path, capsys
) -> None:
    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    assert (
        sotb(["--db", str(school.path), "bundle", "import", str(usb_trip(school, url, stick))]) == 0
    )
    live, backup = tmp_path / "district.sqlite", tmp_path / "backup.sqlite"
    engine.dispose()
    with sqlite3.connect(live) as source, sqlite3.connect(backup) as target:
        source.backup(target)  # the district's nightly backup
    equipment.create_equipment(school, {"asset_code": "TB-2", "name": "Loa kéo"})
    assert (
        sotb(["--db", str(school.path), "bundle", "import", str(usb_trip(school, url, stick))]) == 0
    )
    assert items_on_server(engine) == ["TB-1", "TB-2"]

    engine.dispose()
    with sqlite3.connect(backup) as source, sqlite3.connect(live) as target:
        source.backup(target)  # the district's disk died: last night's backup is back
    assert sotb_server(["--database-url", url, "restored"]) == 0
    equipment.create_equipment(school, {"asset_code": "TB-3", "name": "Bảng tương tác"})
    capsys.readouterr()
    reply = usb_trip(school, url, stick)  # the server cannot take it: it asks for all
    assert "gửi lại toàn bộ" in capsys.readouterr().out
    assert items_on_server(engine) == ["TB-1"]
    assert sotb(["--db", str(school.path), "bundle", "import", str(reply)]) == 0
    assert "gửi lại trong tệp đồng bộ lần sau" in capsys.readouterr().out
    assert (
        sotb(["--db", str(school.path), "bundle", "import", str(usb_trip(school, url, stick))]) == 0
    )
    assert items_on_server(engine) == ["TB-1", "TB-2", "TB-3"]
    with school.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0


def test_an_old_app_or_a_revoked_pc_is_refused_and_changes_nothing(  # type: ignore[no-untyped-def]
    school, district, tmp_path, capsys
) -> None:
    """A file is no way round the network's rules: the same version range, the same
    revocation."""
    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()

    def imported(path: Path) -> int:
        return sotb_server(
            ["--database-url", url, "bundle", "import", str(path), "--out", str(stick)]
        )

    old = write_bundle(stick, school, app_version="0.0.1", name="old.zip")
    capsys.readouterr()
    assert imported(old) == 1
    assert "cập nhật Sổ Thiết Bị" in capsys.readouterr().err
    assert items_on_server(engine) == []
    current = write_bundle(stick, school, name="current.zip")
    with Session(engine) as s:
        admin.revoke_device(s, state.load(school).device_id)
        s.commit()
    assert imported(current) == 1
    assert "thu hồi" in capsys.readouterr().err
    assert items_on_server(engine) == []
    assert list(stick.glob("reply*")) == []


def test_a_copy_of_the_district_database_cannot_sign_a_file(  # type: ignore[no-untyped-def]
    school, district, tmp_path, capsys
) -> None:
    """Whoever holds a backup of the server's database, and not its key file, cannot
    forge a school's USB file: neither what the database keeps serves as the key."""
    import zipfile

    from app.sync.bundle import sign

    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    sent = write_bundle(stick, school, name="sent.zip")
    with engine.connect() as conn:
        secret_hash, wrapped = conn.execute(
            text("SELECT secret_hash, bundle_key FROM device")
        ).one()
    for n, guess in enumerate((bytes.fromhex(secret_hash), bytes.fromhex(wrapped))):
        forged = stick / f"forged-{n}.zip"
        with zipfile.ZipFile(sent) as src, zipfile.ZipFile(forged, "w") as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == "manifest.json":
                    manifest = json.loads(data)
                    manifest.pop("signature")
                    manifest["signature"] = sign(manifest, guess)
                    data = json.dumps(manifest).encode()
                dst.writestr(info, data)
        capsys.readouterr()
        assert (
            sotb_server(
                ["--database-url", url, "bundle", "import", str(forged), "--out", str(stick)]
            )
            == 1
        )
        assert "sửa" in capsys.readouterr().err  # tampered
    assert items_on_server(engine) == []
    # The genuine file goes in.
    assert (
        sotb_server(["--database-url", url, "bundle", "import", str(sent), "--out", str(stick)])
        == 0
    )
    assert items_on_server(engine) == ["TB-1"]


def test_a_pc_enrolled_before_usb_keys_is_told_to_enroll_again(  # type: ignore[no-untyped-def]
    school, district, tmp_path, capsys
) -> None:
    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    sent = write_bundle(stick, school, name="sent.zip")
    with engine.begin() as conn:
        conn.execute(text("UPDATE device SET bundle_key = NULL"))  # as migration s0002 left it
    capsys.readouterr()
    assert (
        sotb_server(["--database-url", url, "bundle", "import", str(sent), "--out", str(stick)])
        == 1
    )
    assert "đăng ký lại" in capsys.readouterr().err
    assert items_on_server(engine) == []


def test_the_server_key_file_missing_or_another_is_said_plainly(  # type: ignore[no-untyped-def]
    school, district, tmp_path, capsys
) -> None:
    """An import run without the server's key file, or with another one, says so and
    changes nothing; it never makes a key of its own."""
    engine, _, url = district
    stick = tmp_path / "usb"
    stick.mkdir()
    sent = write_bundle(stick, school, name="sent.zip")
    missing = tmp_path / "elsewhere" / "sotb-server.key"

    def imported(key: Path) -> int:
        argv = ["--database-url", url, "--key-file", str(key), "bundle", "import", str(sent)]
        return sotb_server([*argv, "--out", str(stick)])

    capsys.readouterr()
    assert imported(missing) == 1
    assert "Không tìm thấy tệp khóa" in capsys.readouterr().err
    assert not missing.exists()
    other = tmp_path / "other.key"
    other.write_text("ab" * 32 + "\n")
    assert imported(other) == 1
    assert "không phải tệp khóa đã dùng khi đăng ký máy này" in capsys.readouterr().err
    assert items_on_server(engine) == []


def test_the_key_file_is_made_whole_and_private(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import stat

    from app.server import keys
    from app.services.errors import ServiceError

    path = tmp_path / "keys" / "server.key"
    monkeypatch.setenv(keys.KEY_FILE_ENV, str(path))
    assert keys.ensure_server_key() == path
    assert len(bytes.fromhex(path.read_text().strip())) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["server.key"]  # no leftovers
    first = keys.server_key()
    assert keys.ensure_server_key() == path and keys.server_key() == first  # kept
    path.write_text("")  # as a disk might leave it
    with pytest.raises(ServiceError, match="không phải tệp khóa"):
        keys.ensure_server_key()
