"""Sync in the desktop app: the dialog connects the PC, the status bar tells the truth,
failures back off and show, conflicts can be reviewed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.server import admin
from app.server.api import create_app
from app.server.bundles import import_bundle
from app.server.db import open_server_db
from app.server.sync_apply import district_edit
from app.services import equipment
from app.sync import state
from app.sync.client import SyncClient
from app.ui import sync_dialog, usb_sync
from app.ui.hub import Hub
from app.ui.main_window import MainWindow
from app.ui.sync_controller import BACKOFF_MS, EVERY_MS

URL = "http://testserver"


@pytest.fixture
def server(tmp_path: Path, reg) -> Iterator[tuple[Engine, TestClient, str]]:  # type: ignore[no-untyped-def]
    engine = open_server_db(f"sqlite:///{tmp_path / 'server.sqlite'}")
    school = reg.school()
    with Session(engine) as s:
        admin.add_school(s, {"code": school.code, "name": school.name, "level": "THCS"})
        code = admin.make_enroll_code(s, school.code)
        s.commit()
    with TestClient(create_app(engine), base_url=URL) as http:
        yield engine, http, code
    engine.dispose()


@pytest.fixture
def window(qtbot, reg, english, server, monkeypatch):  # type: ignore[no-untyped-def]
    _, http, _ = server
    monkeypatch.setattr(sync_dialog, "SyncClient", lambda r: SyncClient(r, http=http))
    win = MainWindow(reg)
    qtbot.addWidget(win)
    win.sync.client_factory = lambda: SyncClient(reg, http=http)
    return win


def connect(window, code: str) -> sync_dialog.SyncDialog:  # type: ignore[no-untyped-def]
    dialog = sync_dialog.SyncDialog(window.reg, window.sync, window.hub, window)
    dialog.url.setText(URL)
    dialog.code.setText(code)
    dialog.enroll()
    return dialog


def test_not_set_up_says_so(window) -> None:  # type: ignore[no-untyped-def]
    assert window.sync_indicator.text() == "Sync: not set up"


def test_connecting_uploads_and_the_indicator_follows(window, server, reg) -> None:  # type: ignore[no-untyped-def]
    engine, _, code = server
    dialog = connect(window, code)
    assert state.load(reg).enrolled
    assert window.sync_indicator.text().startswith("Sync: All sent · last sync")
    assert window.sync.timer.interval() == EVERY_MS and window.sync.timer.isActive()
    with engine.connect() as conn:
        items = conn.execute(text("SELECT count(*) FROM equipment")).scalar_one()
    assert items == 5
    assert "0 changes waiting" in dialog.status_label.text()


def test_pending_changes_show_then_go(window, server, reg) -> None:  # type: ignore[no-untyped-def]
    _, _, code = server
    connect(window, code)
    equipment.create_equipment(reg, {"asset_code": "TB-0900", "name": "Bảng tương tác"})
    window.hub.changed.emit("equipment", [])
    assert "2 changes waiting" in window.sync_indicator.text()  # the item and its audit line
    window.sync.sync_now()
    assert "All sent" in window.sync_indicator.text()


def test_a_failed_sync_is_loud_and_backs_off(window, server, reg) -> None:  # type: ignore[no-untyped-def]
    _, _, code = server
    connect(window, code)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("down", request=request)

    offline = httpx.Client(transport=httpx.MockTransport(refuse), base_url=URL)
    window.sync.client_factory = lambda: SyncClient(reg, http=offline)
    equipment.create_equipment(reg, {"asset_code": "TB-0901", "name": "Loa"})
    window.sync.sync_now()
    assert "error" in window.sync_indicator.text()
    assert "#b3261e" in window.sync_indicator.styleSheet()
    assert "Không kết nối được" in window.sync_indicator.toolTip()
    assert window.sync.timer.interval() == BACKOFF_MS[0]
    window.sync.sync_now()
    assert window.sync.timer.interval() == BACKOFF_MS[1]


def test_conflicts_are_listed_and_can_be_reviewed(window, server, reg) -> None:  # type: ignore[no-untyped-def]
    engine, _, code = server
    connect(window, code)
    item = equipment.find_by_asset_code(reg, "TB-0001")
    assert item is not None
    with Session(engine) as s:
        district_edit(s, "equipment", item.id, {"name": "Máy chiếu (Phòng GD)"})
    values = equipment.EquipmentInput.model_validate(
        {k: getattr(item, k) for k in equipment.EquipmentInput.model_fields}
    ).model_dump()
    values["name"] = "Máy chiếu (trường)"
    equipment.update_equipment(reg, item.id, values, expected_version=item.version)
    window.sync.sync_now()
    assert "1 to review" in window.sync_indicator.text()
    dialog = sync_dialog.SyncDialog(reg, window.sync, Hub(), window)
    assert dialog.tabs.tabText(0) == "Conflicts to review (1)"
    assert dialog.conflict_table.item(0, 3).text() == "Máy chiếu (trường)"
    dialog._settle(state.resolve_conflicts, dialog._conflict_ids)
    assert dialog.tabs.tabText(0) == "Conflicts to review (0)"
    assert "to review" not in window.sync_indicator.text()


def test_a_wrong_code_is_explained(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(sync_dialog.QMessageBox, "warning", lambda *a: shown.append(a[2]))
    connect(window, "WRNG-CODE-XXXX")
    assert shown and "mã" in shown[0].lower()
    assert not state.load(window.reg).enrolled


def test_a_long_sync_shows_how_far_it_got(window, server, reg) -> None:  # type: ignore[no-untyped-def]
    _, _, code = server
    connect(window, code)
    for n in range(3):
        equipment.create_equipment(reg, {"asset_code": f"TB-09{n}", "name": "Ghế"})
    seen: list[tuple[int, int]] = []
    window.sync.progress.connect(lambda done, total: seen.append((done, total)))
    window.sync.sync_now()
    assert (6, 6) in seen  # three items and their audit lines, all sent
    assert window.sync_indicator.text().startswith("Sync: All sent")


def test_a_wrong_pc_clock_shows_in_the_status_bar(window, server, reg) -> None:  # type: ignore[no-untyped-def]
    _, _, code = server
    connect(window, code)
    assert "clock" not in window.sync_indicator.text()
    # The server answered 400 days ahead of this PC's clock.
    state.record_success(reg, datetime.now(UTC) + timedelta(days=400))
    window.sync.status_changed.emit()
    text = window.sync_indicator.text()
    assert text.startswith("Sync: All sent") and text.endswith("PC clock is wrong")
    assert "#b26a00" in window.sync_indicator.styleSheet()
    assert "Đồng hồ của máy tính đang chậm" in window.sync_indicator.toolTip()


def test_usb_file_and_reply_from_the_sync_menu(  # type: ignore[no-untyped-def]
    window, server, reg, tmp_path, monkeypatch
) -> None:
    engine, _, code = server
    connect(window, code)
    told: list[str] = []
    monkeypatch.setattr(usb_sync.QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(usb_sync.QMessageBox, "warning", lambda *a: told.append("!" + a[2]))
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(usb_sync.QFileDialog, "getExistingDirectory", lambda *a: str(stick))
    menu = {a.text(): a for a in window.menuBar().actions()}["S&ync"].menu()
    actions = {a.text(): a for a in menu.actions()}
    equipment.create_equipment(reg, {"asset_code": "TB-0902", "name": "Loa kéo"})
    item = equipment.find_by_asset_code(reg, "TB-0001")
    assert item is not None
    with Session(engine) as s:
        district_edit(s, "equipment", item.id, {"notes": "Phòng GD đã kiểm tra"})

    actions["&Write a sync file for USB…"].trigger()
    (sent,) = stick.glob("*.zip")
    assert told == [f"Written {sent}. Take it to the district office; bring back their reply file."]
    with Session(engine) as s:
        result = import_bundle(s, sent, stick / "reply")
        s.commit()
    assert result.applied == 2  # the new item and its audit line
    (reply,) = (stick / "reply").glob("*.zip")

    monkeypatch.setattr(usb_sync.QFileDialog, "getOpenFileName", lambda *a: (str(reply), ""))
    refreshed: list[str] = []
    window.hub.changed.connect(lambda entity, _ids: refreshed.append(entity))
    actions["&Apply the district's reply file…"].trigger()
    assert told[-1] == "Reply applied: 1 change from the district."
    assert "equipment" in refreshed  # every screen hears of it, as after a network sync
    again = equipment.find_by_asset_code(reg, "TB-0001")
    assert again is not None and again.notes == "Phòng GD đã kiểm tra"
    assert window.sync_indicator.text().startswith("Sync: All sent")
    # The same reply twice changes nothing and says so plainly.
    actions["&Apply the district's reply file…"].trigger()
    assert told[-1] == "Reply applied: 0 changes from the district."
