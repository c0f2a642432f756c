"""Inventory counts through their screens, driven as the officer does: a count opened
from the page, labels scanned room by room (singles, lots, unknown codes, items from
another room or outside the count), lines ticked, not found and undone, pause and
resume, finalising after a confirmation, and the minutes and Excel from the page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.models import Equipment
from app.models.enums import CountStatus, EquipmentStatus
from app.services import equipment as equipment_service
from app.services import inventory_count as ic
from app.services import inventory_lines as il
from app.services.register import Register
from app.services.rooms import list_rooms
from app.ui.count_finalise_dialog import FinaliseDialog
from app.ui.count_session import EVERY_ROOM, CountSession
from app.ui.count_wizard import CountWizard, suggested_title
from app.ui.hub import Hub
from app.ui.inventory_page import InventoryPage
from app.ui.main_window import MainWindow
from tests.conftest import table_state

ON = date.today() - timedelta(days=1)
COMMITTEE = [
    {"name": "Nguyễn Văn Hùng", "position": "Hiệu trưởng", "role": "Trưởng ban"},
    {"name": "Trần Thị Mỹ Dung", "position": "Cán bộ thiết bị", "role": "Thư ký"},
]


def scan(qtbot, box, code: str) -> None:  # type: ignore[no-untyped-def]
    """What a USB scanner does: type the code, then Enter."""
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def room_id(reg: Register, code: str) -> str:
    return next(r.id for r in list_rooms(reg) if r.code == code)


def item(reg: Register, code: str) -> Equipment:
    found = equipment_service.find_by_asset_code(reg, code)
    assert found is not None
    return found


def line(reg: Register, count_id: str, code: str) -> il.LineRow:
    return next(r for r in il.count_lines(reg, count_id) if r.asset_code == code)


@pytest.fixture
def hub(qtbot) -> Hub:  # type: ignore[no-untyped-def]
    return Hub()


@pytest.fixture
def seen(hub: Hub) -> list[tuple[str, list[str]]]:
    changes: list[tuple[str, list[str]]] = []
    hub.changed.connect(lambda entity, ids: changes.append((entity, ids)))
    return changes


@pytest.fixture
def count(reg: Register) -> il.CountRow:
    return ic.open_count(
        reg, {"title": "Kiểm kê cuối năm học", "counted_on": ON, "committee": COMMITTEE}
    )


class Session:
    """A counting screen with its beeps and questions recorded."""

    def __init__(self, qtbot, reg: Register, hub: Hub, count_id: str, yes: bool = True) -> None:  # type: ignore[no-untyped-def]
        self.beeps = 0
        self.questions: list[str] = []

        def beep() -> None:
            self.beeps += 1

        def confirm(question: str) -> bool:
            self.questions.append(question)
            return yes

        self.screen = CountSession(reg, hub, count_id, confirm=confirm, beep=beep)
        qtbot.addWidget(self.screen)
        self.screen.show()


def open_session(
    qtbot, reg, hub, count_id: str, room: str | None = None, yes: bool = True
) -> Session:  # type: ignore[no-untyped-def]
    session = Session(qtbot, reg, hub, count_id, yes)
    if room is not None:
        session.screen.choose_room(room_id(reg, room))
    return session


def listed(screen: CountSession) -> list[str]:
    return [screen.model.row_data(r).asset_code for r in range(screen.model.rowCount())]


# == opening ===============================================================================


def test_a_count_is_opened_from_the_page_for_chosen_rooms(
    qtbot, reg, english, hub, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []

    def counting(self: CountSession) -> int:
        opened.append(self.count_id)
        return 0

    monkeypatch.setattr(CountSession, "exec", counting)
    page = InventoryPage(reg, hub)
    qtbot.addWidget(page)

    def fill(wizard: CountWizard) -> int:
        assert wizard.title.text() == suggested_title(date.today())
        wizard.chosen_rooms.setChecked(True)
        for i in range(wizard.rooms.count()):
            entry = wizard.rooms.item(i)
            if entry.text().startswith(("P.KHTN1", "P.TH1")):
                entry.setCheckState(Qt.CheckState.Checked)
        wizard.committee.set_members(COMMITTEE)
        wizard.try_save()
        return wizard.result()

    monkeypatch.setattr(CountWizard, "exec", fill)
    page.new_count()
    (row,) = il.active_counts(reg)
    assert opened == [row.id]  # straight on to counting
    assert sorted(row.room_codes) == ["P.KHTN1", "P.TH1"] and row.lines == 4
    assert row.committee == COMMITTEE
    assert page.model.rowCount() == 1 and page.current_row() is not None
    # A second count over the same rooms is refused beside the scope, naming the first.
    wizard = CountWizard(reg)
    qtbot.addWidget(wizard)
    before = table_state(reg)
    wizard.try_save()  # the whole school: it overlaps
    assert f"«{suggested_title(date.today())}»" in wizard.errors()["room_ids"]
    assert table_state(reg) == before and not wizard.result()


# == scanning ==============================================================================


def test_scanning_singles_and_lots_keeps_the_scan_box_and_saves_each_at_once(
    qtbot, qtmodeltester, reg, english, hub, count
) -> None:  # type: ignore[no-untyped-def]
    session = open_session(qtbot, reg, hub, count.id, room="P.TH1")
    screen = session.screen
    qtmodeltester.check(screen.model)
    assert listed(screen) == ["TB-0001", "TB-0004"]
    assert screen.focusWidget() is screen.scan_box
    scan(qtbot, screen.scan_box, "tb-0001")  # a single: counted at once
    saved = line(reg, count.id, "TB-0001")
    assert saved.counted and saved.counted_good == 1 and saved.counted_by == "tester"
    assert saved.found_room_code == "P.TH1" and saved.counted_at is not None
    assert "TB-0001" in screen.message.text() and "counted" in screen.message.text()
    assert screen.scan_box.text() == "" and screen.focusWidget() is screen.scan_box
    assert screen.model.row_data(0).state == il.LineState.MATCHES
    assert screen.overall.value() == 1
    # A lot: its quantities are asked for, the focus goes to them, Enter saves.
    scan(qtbot, screen.scan_box, "TB-0004")
    assert screen.lot.isVisible() and screen.focusWidget() is screen.lot.good
    assert screen.lot.good.text() == "18" and screen.lot.broken.text() == "2"  # the book's
    assert not line(reg, count.id, "TB-0004").counted  # nothing written yet
    screen.lot.good.clear()
    qtbot.keyClicks(screen.lot.good, "16")
    screen.lot.to_dispose.setText("1")
    qtbot.keyClick(screen.lot.good, Qt.Key.Key_Return)
    lot = line(reg, count.id, "TB-0004")
    assert (lot.counted_good, lot.counted_broken, lot.to_dispose, lot.missing) == (16, 2, 1, 2)
    assert not screen.lot.isVisible() and screen.focusWidget() is screen.scan_box
    assert "2 not found" in screen.message.text()
    assert "2 of 2 counted" in screen.room_summary.text()
    assert "1 with units missing" in screen.room_summary.text()
    # Scanned again: already counted, nothing changes.
    before = table_state(reg)
    scan(qtbot, screen.scan_box, "TB-0001")
    assert "already counted" in screen.message.text() and table_state(reg) == before
    assert session.beeps == 0


def test_a_wrong_lot_entry_is_explained_and_a_scan_during_it_puts_it_aside(
    qtbot, reg, english, hub, count
) -> None:  # type: ignore[no-untyped-def]
    screen = open_session(qtbot, reg, hub, count.id, room="P.KHTN1").screen
    scan(qtbot, screen.scan_box, "TB-0003")
    screen.lot.good.setText("2")
    screen.lot.to_dispose.setText("5")
    before = table_state(reg)
    screen.save_lot()
    assert screen.lot.isVisible() and "5" in screen.lot.error.text()
    assert screen.focusWidget() is screen.lot.to_dispose
    assert table_state(reg) == before
    # The officer scans the next label before saving: it lands in the quantity box.
    screen.lot.good.setFocus()
    screen.lot.good.clear()
    scan(qtbot, screen.lot.good, "TB-0002")
    assert "quantities of TB-0003 were not saved" in screen.message.text()
    assert screen.lot.isVisible() and screen.lot.code == "TB-0002"
    qtbot.keyClick(screen.lot.good, Qt.Key.Key_Escape)  # Esc: back to scanning
    assert not screen.lot.isVisible() and screen.isVisible()
    assert screen.focusWidget() is screen.scan_box
    assert not line(reg, count.id, "TB-0003").counted
    assert not line(reg, count.id, "TB-0002").counted


def test_an_unknown_code_beeps_says_so_and_writes_nothing(qtbot, reg, english, hub, count) -> None:  # type: ignore[no-untyped-def]
    session = open_session(qtbot, reg, hub, count.id, room="P.TH1")
    screen = session.screen
    before = table_state(reg)
    scan(qtbot, screen.scan_box, "XX-9999")
    assert session.beeps == 1 and "XX-9999" in screen.message.text()
    assert table_state(reg) == before
    # The wrong code stays selected: the next scan replaces it.
    assert screen.focusWidget() is screen.scan_box and screen.scan_box.selectedText() == "XX-9999"
    scan(qtbot, screen.scan_box, "TB-0001")
    assert line(reg, count.id, "TB-0001").counted
    equipment_service.create_equipment(reg, {"asset_code": "TB-0009", "name": "Tivi cũ"})
    with reg.write() as s:  # disposed of: not counted
        gone = s.get(Equipment, item(reg, "TB-0009").id)
        assert gone is not None
        gone.status = EquipmentStatus.DISPOSED
    scan(qtbot, screen.scan_box, "TB-0009")
    assert session.beeps == 2 and "disposed" in screen.message.text()


def test_items_from_another_room_and_outside_the_count(qtbot, reg, english, hub) -> None:  # type: ignore[no-untyped-def]
    count = ic.open_count(
        reg,
        {"title": "Kiểm kê phòng Tin", "counted_on": ON, "whole_school": False,
         "room_ids": [room_id(reg, "P.TH1"), room_id(reg, "KHO")]},
    )  # fmt: skip
    screen = open_session(qtbot, reg, hub, count.id, room="KHO").screen
    rooms = [screen.room.itemText(i) for i in range(screen.room.count())]
    assert rooms[0].startswith("KHO") and rooms[1].startswith("P.TH1") and len(rooms) == 3
    scan(qtbot, screen.scan_box, "TB-0001")  # P.TH1's projector, found in the storeroom
    assert "P.TH1" in screen.message.text() and "moves it" in screen.message.text()
    moved = line(reg, count.id, "TB-0001")
    assert moved.moved and moved.found_room_code == "KHO"
    assert listed(screen) == ["TB-0001"]  # found here, so listed here
    assert "1 from other rooms found here" in screen.room_summary.text()
    # The lab's microscopes are not in this count: an extra line once counted.
    scan(qtbot, screen.scan_box, "TB-0003")
    assert "not on this count's list" in screen.lot.book.text()
    screen.lot.good.setText("3")
    screen.save_lot()
    extra = line(reg, count.id, "TB-0003")
    assert not extra.expected and extra.state == il.LineState.EXTRA
    assert extra.found_room_code == "KHO"
    assert listed(screen) == ["TB-0001", "TB-0003"]
    assert "1 extra" in screen.room_summary.text()
    screen.step_room(1)
    assert screen.room_id() == room_id(reg, "P.TH1")
    assert "1 found in another room" in screen.room_summary.text()
    screen.show_filter.set_value(il.LineFilter.DIFFERENCES)
    assert listed(screen) == ["TB-0001"]


def test_lines_are_ticked_marked_not_found_and_undone(qtbot, reg, english, hub, count) -> None:  # type: ignore[no-untyped-def]
    session = open_session(qtbot, reg, hub, count.id, room="P.KHTN1")
    screen = session.screen
    screen.table.selectAll()
    screen.tick_button.click()
    kit = line(reg, count.id, "TB-0002")
    assert (kit.counted, kit.counted_good, kit.counted_broken) == (True, 5, 1)
    assert screen.progress.room(room_id(reg, "P.KHTN1")).remaining == 0
    screen.table.selectRow(1)  # TB-0003
    screen.not_found_button.click()
    assert session.questions and "not found" in session.questions[-1]
    assert line(reg, count.id, "TB-0003").state == il.LineState.NOT_FOUND
    screen.table.selectRow(0)
    screen.undo_button.click()
    assert not line(reg, count.id, "TB-0002").counted
    assert screen.focusWidget() is screen.scan_box
    # Correct a line's figures from the table (F2).
    screen.table.selectRow(1)
    screen.edit_current()
    assert screen.lot.isVisible() and screen.lot.good.text() == "12"
    screen.lot.good.setText("11")
    screen.lot.minor_damage.setText("1")
    screen.save_lot()
    corrected = line(reg, count.id, "TB-0003")
    assert (corrected.counted_good, corrected.counted_minor_damage, corrected.missing) == (11, 1, 0)
    # Nothing selected: said, not done.
    screen.table.clearSelection()
    screen.tick_button.click()
    assert "Select lines" in screen.message.text()


def test_every_room_counts_items_where_the_book_has_them(qtbot, reg, english, hub, count) -> None:  # type: ignore[no-untyped-def]
    screen = open_session(qtbot, reg, hub, count.id).screen
    screen.choose_room(EVERY_ROOM)
    assert len(listed(screen)) == 5
    scan(qtbot, screen.scan_box, "TB-0005")  # a lot in no room
    screen.lot.good.setText("3")
    screen.save_lot()
    globe = line(reg, count.id, "TB-0005")
    assert globe.counted and globe.found_room_id is None and not globe.moved
    screen.line_search.setText("kinh hien")
    screen.refresh_lines()
    assert listed(screen) == ["TB-0003"]


# == pause, resume, finalise ===============================================================


def test_pause_closes_and_a_paused_count_resumes_before_scanning(
    qtbot, reg, english, hub, seen, count
) -> None:  # type: ignore[no-untyped-def]
    screen = open_session(qtbot, reg, hub, count.id, room="P.TH1").screen
    scan(qtbot, screen.scan_box, "TB-0001")
    screen.pause_button.click()
    assert il.get_count(reg, count.id).status == CountStatus.PAUSED
    assert not screen.isVisible()
    assert ("inventory_count", [count.id]) in seen  # the page hears of it
    again = open_session(qtbot, reg, hub, count.id, room="P.TH1").screen
    assert again.state_banner.isVisible() and "paused" in again.state_banner.text()
    assert not again.scan_box.isEnabled() and again.resume_button.isVisible()
    before = table_state(reg)
    again.scan_code("TB-0004")  # refused while paused: nothing written
    assert table_state(reg) == before
    again.resume_button.click()
    assert again.scan_box.isEnabled() and not again.state_banner.isVisible()
    assert line(reg, count.id, "TB-0001").counted  # kept across the pause
    scan(qtbot, again.scan_box, "TB-0004")
    assert again.lot.isVisible()


def count_everything(qtbot, screen: CountSession, reg: Register) -> None:  # type: ignore[no-untyped-def]
    for code in ("P.KHTN1", "P.TH1"):
        screen.choose_room(room_id(reg, code))
        screen.table.selectAll()
        screen.tick_button.click()


def test_finalising_asks_then_applies_and_leaves_the_count_read_only(
    qtbot, reg, english, hub, seen, count, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    session = open_session(qtbot, reg, hub, count.id, room="P.TH1")
    screen = session.screen
    scan(qtbot, screen.scan_box, "TB-0004")
    screen.lot.good.setText("15")
    screen.save_lot()  # 3 of 18 good ones missing
    screen.choose_room(room_id(reg, "KHO"))
    scan(qtbot, screen.scan_box, "TB-0001")  # the projector is in the storeroom
    printed: list[str] = []
    screen.print_requested.connect(printed.append)
    dialogs: list[FinaliseDialog] = []

    def run(dialog: FinaliseDialog) -> int:
        dialogs.append(dialog)
        # TB-0002, TB-0003 (lab) and TB-0005 (no room) were not counted: refused.
        assert not dialog.finalise_button.isEnabled()
        assert "3" in dialog.problems.text() and not dialog.confirm_missing.isHidden()
        assert dialog.tabs.tabText(1).endswith("(3)")
        dialog.confirm_missing.setChecked(True)
        assert dialog.finalise_button.isEnabled() and dialog.problems.isHidden()
        dialog.conclusion.setPlainText("Thiếu 3 máy tính, đề nghị làm rõ trách nhiệm.")
        dialog.finalise_button.click()
        return dialog.result()

    monkeypatch.setattr(FinaliseDialog, "exec", run)
    screen.finalise_button.click()
    assert "cannot be undone" in session.questions[0]
    final = il.get_count(reg, count.id)
    assert final.status == CountStatus.FINALISED and final.conclusion.startswith("Thiếu 3")
    computers = item(reg, "TB-0004")
    assert (computers.quantity, computers.qty_good, computers.qty_broken, computers.qty_lost) == (
        20, 15, 2, 3,
    )  # fmt: skip
    assert item(reg, "TB-0001").room_id == room_id(reg, "KHO")
    kit = item(reg, "TB-0003")
    assert (kit.qty_good, kit.qty_lost) == (0, 12)  # confirmed as not found
    equipment_seen = [ids for entity, ids in seen if entity == "equipment"]
    assert equipment_seen and item(reg, "TB-0004").id in equipment_seen[-1]
    assert printed == [count.id]  # "print the minutes now?" answered yes
    # Read-only now.
    assert not screen.scan_box.isEnabled() and not screen.finalise_button.isEnabled()
    assert "finalised" in screen.state_banner.text() and screen.print_button.isEnabled()


def test_a_refused_confirmation_and_items_edited_after_opening(
    qtbot, reg, english, hub, count
) -> None:  # type: ignore[no-untyped-def]
    screen = open_session(qtbot, reg, hub, count.id).screen
    count_everything(qtbot, screen, reg)
    screen.choose_room(EVERY_ROOM)
    screen.table.selectAll()
    screen.tick_button.click()  # the item in no room too
    projector = item(reg, "TB-0001")
    equipment_service.update_equipment(
        reg, projector.id,
        {"asset_code": "TB-0001", "name": projector.name, "room_id": projector.room_id,
         "unit_price": projector.unit_price, "qty_minor_damage": 1},
        projector.version,
    )  # fmt: skip
    questions: list[str] = []

    def refuse(question: str) -> bool:
        questions.append(question)
        return False

    dialog = FinaliseDialog(reg, hub, count.id, confirm=refuse)
    qtbot.addWidget(dialog)
    assert not dialog.drift.isHidden() and "1 item was changed" in dialog.drift.text()
    assert dialog.tabs.tabText(2).endswith("(1)")
    assert dialog.finalise_button.isEnabled()
    before = table_state(reg)
    dialog.finalise_button.click()
    assert questions and table_state(reg) == before  # answered no: nothing written
    assert il.get_count(reg, count.id).status == CountStatus.OPEN


def test_a_count_without_committee_cannot_be_finalised(qtbot, reg, english, hub) -> None:  # type: ignore[no-untyped-def]
    count = ic.open_count(reg, {"title": "Kiểm kê đột xuất", "counted_on": ON})
    dialog = FinaliseDialog(reg, hub, count.id, confirm=lambda _q: True)
    qtbot.addWidget(dialog)
    dialog.confirm_missing.setChecked(True)
    assert not dialog.finalise_button.isEnabled()
    assert "ban kiểm kê" in dialog.problems.text().lower()


# == the page ==============================================================================


def test_the_page_pauses_resumes_and_cancels_counts(
    qtbot, reg, english, hub, count, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = InventoryPage(reg, hub)
    qtbot.addWidget(page)
    page.table.selectRow(0)

    def status() -> CountStatus:
        row = page.current_row()
        assert row is not None
        return row.status

    assert page.pause_button.text() == "&Pause" and page.count_button.text() == "&Count…"
    page.pause_button.click()
    assert status() == CountStatus.PAUSED and page.pause_button.text() == "&Resume"
    page.pause_button.click()
    assert status() == CountStatus.OPEN
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mở nhầm", True))
    page.cancel_button.click()
    assert status() == CountStatus.CANCELLED
    assert "Mở nhầm" in il.get_count(reg, count.id).notes
    assert page.count_button.text() == "&Look at…" and not page.finalise_button.isEnabled()
    page.status_filter.set_value(CountStatus.OPEN)
    assert page.model.rowCount() == 0
    page.status_filter.set_value(None)
    page.search.setText("cuoi nam")
    page.refresh()
    assert page.model.rowCount() == 1


def test_minutes_and_excel_from_the_page_and_the_menus(
    qtbot, reg, english, count, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ic.scan(reg, count.id, "TB-0001", room_id(reg, "P.TH1"))
    window = MainWindow(reg)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Inventory counts" in titles
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.show()
    page = window.inventory_page
    window.show_widget(page)
    page.table.selectRow(0)
    target = tmp_path / "bb.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.print_current()
    assert target.read_bytes().startswith(b"%PDF")
    sheet = tmp_path / "kk.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    page.export_current()
    ws = openpyxl.load_workbook(sheet, read_only=True)["Kiểm kê"]
    rows: list[Any] = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 5 and any(r[1] == "TB-0001" and r[6] == "Khớp sổ" for r in rows)
    actions = {a.text(): a for a in window.reports.print_menu.actions()}
    menu_pdf = tmp_path / "menu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(menu_pdf), ""))
    actions["Minutes of an inventory &count…"].trigger()
    assert menu_pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("on", "title"),
    [
        (date(2026, 12, 7), "Kiểm kê tài sản cuối năm 2026"),
        (date(2027, 1, 5), "Kiểm kê tài sản cuối năm 2026"),
        (date(2027, 5, 20), "Kiểm kê cuối năm học 2026 - 2027"),
        (date(2026, 9, 10), "Kiểm kê đầu năm học 2026 - 2027"),
        (date(2027, 3, 1), "Kiểm kê giữa năm học 2026 - 2027"),
    ],
)
def test_the_suggested_title_follows_the_time_of_year(on: date, title: str) -> None:
    assert suggested_title(on) == title
