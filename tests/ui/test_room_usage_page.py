"""The room-usage page through its widgets: the week grid shows each session over its
periods, a double-click (or Enter) on an empty cell opens the form prefilled and on a
session opens it for correction, the form saves, refuses with the message under the
field, scans items; the list filters and searches; the statistics show known figures;
the Print and Excel menus write the book."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models import RoomUsage
from app.services import room_usage, rooms, schools
from app.services.register import Register
from app.ui.forms.room_usage_form import FoldingCompleter, RoomUsageForm
from app.ui.hub import Hub
from app.ui.room_usage_page import RoomUsagePage, UsageScope, UsageScopeDialog

MONDAY = room_usage.week_start(date.today())


def room(reg: Register, code: str) -> str:
    return next(r.id for r in rooms.list_rooms(reg) if r.code == code)


@pytest.fixture
def hoa(reg: Register) -> Any:
    return schools.add_staff(reg, {"full_name": "Phạm Thị Hoà", "subject": "Tin học"})


@pytest.fixture
def booked(reg: Register, hoa: Any) -> dict[str, RoomUsage]:
    it = room(reg, "P.TH1")
    first = room_usage.record_usage(
        reg,
        {
            "room_id": it,
            "used_on": MONDAY,
            "period_from": 3,
            "period_to": 4,
            "class_name": "7A2",
            "teacher_id": hoa.id,
            "lesson": "Bài 3. Thông tin trong máy tính",
        },
    )
    second = room_usage.record_usage(
        reg,
        {
            "room_id": it,
            "used_on": MONDAY + timedelta(days=2),
            "period_from": 7,
            "period_to": 7,
            "class_name": "9A1",
            "teacher_name": "Lê Văn Tám",
            "subject": "Toán",
            "incidents": "Máy chiếu mờ",
        },
    )
    elsewhere = room_usage.record_usage(
        reg,
        {
            "room_id": room(reg, "P.KHTN1"),
            "used_on": MONDAY,
            "period_from": 1,
            "period_to": 1,
            "class_name": "6A1",
            "teacher_name": "Đỗ Thị Thu",
        },
    )
    return {"first": first, "second": second, "elsewhere": elsewhere}


@pytest.fixture
def page(qtbot, reg, english) -> RoomUsagePage:  # type: ignore[no-untyped-def]
    widget = RoomUsagePage(reg, Hub())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[RoomUsageForm]:  # type: ignore[no-untyped-def]
    """Forms the page opens, kept instead of shown (exec answers Cancel)."""
    forms: list[RoomUsageForm] = []

    def keep(form: RoomUsageForm) -> int:
        forms.append(form)
        return 0

    monkeypatch.setattr(RoomUsageForm, "exec", keep)
    return forms


def show_room(page: RoomUsagePage, reg: Register, code: str) -> None:
    page.week.set_room(room(page.reg, code))
    page.week.set_week(MONDAY)


def double_click(qtbot, page: RoomUsagePage, row: int, col: int) -> None:  # type: ignore[no-untyped-def]
    grid = page.week.grid
    rect = grid.visualRect(grid.model().index(row, col))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# == the week ============================================================================


def test_the_week_shows_each_session_over_its_periods(page, reg, booked) -> None:  # type: ignore[no-untyped-def]
    show_room(page, reg, "P.TH1")
    grid = page.week.grid
    assert grid.columnCount() == 6  # Monday to Saturday
    assert grid.horizontalHeaderItem(0).text().startswith("Monday")
    monday_3 = grid.item(2, 0).text()
    assert "7A2" in monday_3 and "Tin học" in monday_3 and "Phạm Thị Hoà" in monday_3
    assert grid.rowSpan(2, 0) == 2  # tiết 3–4: one block
    wednesday_7 = grid.item(6, 2)
    assert "9A1 · Toán" in wednesday_7.text() and wednesday_7.text().startswith("⚠")
    assert "Máy chiếu mờ" in wednesday_7.toolTip()
    assert grid.item(0, 0).text() == ""  # the KHTN room's session is not here
    assert page.week.summary.text() == "2 sessions · 3 periods used"
    show_room(page, reg, "P.KHTN1")
    assert "6A1" in grid.item(0, 0).text()
    assert grid.item(2, 0).text() == ""


def test_the_week_moves_with_the_buttons_and_alt_arrows(page, reg, booked, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_room(page, reg, "P.TH1")
    page.week.grid.setFocus()
    qtbot.keyClick(page.week.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.week.monday == MONDAY + timedelta(days=7)
    assert all(page.week.grid.item(r, 0).text() == "" for r in range(10))
    page.week.previous_button.click()
    assert page.week.monday == MONDAY and "7A2" in page.week.grid.item(2, 0).text()
    page.week.go_to.setFocus()  # where the officer types it (shortcuts follow the focus)
    page.week.go_to.setText((MONDAY - timedelta(days=10)).strftime("%d/%m/%Y"))
    qtbot.keyClick(page.week.go_to, Qt.Key.Key_Return)
    assert page.week.monday == room_usage.week_start(MONDAY - timedelta(days=10))


def test_double_click_on_an_empty_cell_opens_the_form_prefilled(
    page, reg, booked, qtbot, opened
) -> None:  # type: ignore[no-untyped-def]
    show_room(page, reg, "P.TH1")
    double_click(qtbot, page, 5, 3)  # Thursday, tiết 6
    (form,) = opened
    assert form.usage is None
    assert form.room.value() == room(reg, "P.TH1")
    assert form.used_on.value() == MONDAY + timedelta(days=3)
    assert (form.period_from.value(), form.period_to.value()) == (6, 6)
    assert form.subject.text() == "Tin học"  # the room's subject until a teacher is chosen
    assert form.weekday.text() == "Thursday"


def test_double_click_on_a_session_opens_it_for_correction(
    page, reg, booked, qtbot, opened
) -> None:  # type: ignore[no-untyped-def]
    show_room(page, reg, "P.TH1")
    double_click(qtbot, page, 3, 0)  # tiết 4: the second period of the 3–4 block
    (form,) = opened
    assert form.usage is not None and form.usage.id == booked["first"].id
    assert form.lesson.text() == "Bài 3. Thông tin trong máy tính"
    assert form.teacher.text() == "Phạm Thị Hoà"
    assert (form.period_from.value(), form.period_to.value()) == (3, 4)


def test_selected_empty_periods_and_enter_record_them_together(
    page, reg, booked, qtbot, opened
) -> None:  # type: ignore[no-untyped-def]
    show_room(page, reg, "P.TH1")
    grid = page.week.grid
    grid.setFocus()
    grid.setCurrentCell(0, 1)  # Tuesday tiết 1
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    (form,) = opened
    assert (form.period_from.value(), form.period_to.value()) == (1, 3)
    assert form.used_on.value() == MONDAY + timedelta(days=1)


def test_delete_key_deletes_the_session_after_asking(page, reg, booked, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    show_room(page, reg, "P.TH1")
    grid = page.week.grid
    grid.setFocus()
    grid.setCurrentCell(2, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert room_usage.get_usage(reg, booked["first"].id).deleted_at is not None
    assert grid.item(2, 0).text() == ""  # the week was read again


# == the form ============================================================================


def test_the_form_saves_a_session_and_the_week_shows_it(page, reg, hoa, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fill(form: RoomUsageForm) -> int:
        form.class_name.setText("8A3")
        form.teacher.setText("pham thi hoa")  # typed without accents: still the staff member
        form.lesson.setText("Bài 5. Bảng tính")
        form.items.scan.setText("TB-0001")
        qtbot.keyClick(form.items.scan, Qt.Key.Key_Return)  # a scanner's Enter
        assert room_usage.count_usage(reg) == 0  # the Enter added the item, saved nothing
        assert len(form.items.ids()) == 1
        form.try_save()
        return int(form.result())

    monkeypatch.setattr(RoomUsageForm, "exec", fill)
    show_room(page, reg, "P.TH1")
    page.week.activate(4, 4)  # Friday tiết 5
    (usage_id,) = room_usage.usage_ids(reg)
    saved = room_usage.get_usage(reg, usage_id)
    assert (saved.used_on, saved.period_from, saved.period_to) == (MONDAY + timedelta(days=4), 5, 5)
    assert (saved.teacher_id, saved.teacher_name) == (hoa.id, "Phạm Thị Hoà")
    assert saved.subject == "Tin học"
    assert len(saved.equipment_ids) == 1
    assert "8A3" in page.week.grid.item(4, 4).text()


def test_the_form_shows_a_refusal_under_its_field_and_saves_nothing(
    qtbot, reg, english, booked, snapshot
) -> None:  # type: ignore[no-untyped-def]
    form = RoomUsageForm(reg, room_id=room(reg, "P.TH1"), used_on=MONDAY, periods=(4, 5))
    qtbot.addWidget(form)
    form.class_name.setText("8A1")
    form.teacher.setText("Lê Văn Tám")
    before = snapshot(reg)
    form.try_save()
    assert "đã có lớp 7A2 tiết 3–4" in form.errors()["period_from"]
    assert form.result() == 0
    assert snapshot(reg) == before
    form.period_from.set_value(5)
    form.period_to.set_value(6)  # across lunch
    form.try_save()
    assert "buổi sáng với buổi chiều" in form.errors()["period_to"]


def test_the_start_period_moves_the_end_along(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    form = RoomUsageForm(reg, room_id=room(reg, "P.TH1"), used_on=MONDAY, periods=(2, 3))
    qtbot.addWidget(form)
    form.period_from.set_value(4)
    assert form.period_to.value() == 4
    form.period_to.set_value(5)
    form.period_from.set_value(7)  # the afternoon: the end follows
    assert form.period_to.value() == 7


def test_an_unknown_scanned_code_is_said_and_nothing_added(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    form = RoomUsageForm(reg, room_id=room(reg, "P.TH1"), used_on=MONDAY)
    qtbot.addWidget(form)
    form.show()
    form.items.scan.setText("XX-404")
    qtbot.keyClick(form.items.scan, Qt.Key.Key_Return)
    assert form.items.ids() == []
    assert "XX-404" in form.items.message.text()
    assert form.isVisible()  # the Enter stayed in the scan box


def test_teachers_are_suggested_without_accents(qtbot, reg, english, hoa) -> None:  # type: ignore[no-untyped-def]
    schools.add_staff(reg, {"full_name": "Nguyễn Văn Hoàng", "subject": "Toán"})
    form = RoomUsageForm(reg, room_id=room(reg, "P.TH1"), used_on=MONDAY)
    qtbot.addWidget(form)
    completer = form.teacher_completer
    assert isinstance(completer, FoldingCompleter)
    completer.setCompletionPrefix("hoa")
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert sorted(found) == ["Nguyễn Văn Hoàng", "Phạm Thị Hoà"]
    completer.setCompletionPrefix("thi hoa")
    assert completer.completionCount() == 1
    form.teacher.setText("Nguyễn Văn Hoàng")
    assert form.subject.text() == "Toán"  # the teacher's subject replaces the room's
    assert "In the staff list" in form.teacher_hint.text()
    form.subject.setText("Tin học")
    form.subject.textEdited.emit("Tin học")  # typed by the user: kept from now on
    form.teacher.setText("Phạm Thị Hoà")
    assert form.subject.text() == "Tin học"


# == the list and the statistics =========================================================


def test_the_list_filters_and_searches(page, reg, booked, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    listed = page.list_page
    page.tabs.setCurrentWidget(listed)
    listed.reload_filters()  # the sessions were recorded after the page was built
    listed.refresh()
    qtmodeltester.check(listed.model)
    assert listed.model.rowCount() == 3
    listed.room_filter.set_value(room(reg, "P.TH1"))
    assert listed.model.rowCount() == 2
    listed.teacher_filter.set_value("Lê Văn Tám")
    assert listed.model.rowCount() == 1
    listed.teacher_filter.set_value(None)
    listed.room_filter.set_value(None)
    qtbot.keyClicks(listed.search, "thong tin may tinh")
    qtbot.waitUntil(lambda: listed.model.rowCount() == 1, timeout=2000)
    row = listed.model.row_data(0)
    assert row.id == booked["first"].id
    texts = [listed.model.data(listed.model.index(0, c)) for c in range(listed.model.columnCount())]
    assert "3–4" in texts and "P.TH1" in texts and "normal" in texts
    assert listed.count_label.text() == "1 session"


def test_the_statistics_show_the_figures(page, reg, booked) -> None:  # type: ignore[no-untyped-def]
    stats = page.stats
    stats.period.set_value("custom")
    stats.since.set_value(MONDAY)
    stats.until.set_value(MONDAY + timedelta(days=5))
    page.tabs.setCurrentWidget(stats)
    stats.refresh()
    rooms_shown = {row[0]: row for row in stats.table_texts(stats.rooms_table)}
    assert rooms_shown["P.TH1"][3:] == ["2", "3", "60", "5,0 %"]
    assert rooms_shown["P.KHTN1"][3:] == ["1", "1", "60", "1,7 %"]
    assert "KHO" not in rooms_shown
    subjects = {row[0]: row[1:] for row in stats.table_texts(stats.subjects_table)}
    assert subjects["Tin học"] == ["1", "2", "1"]
    assert "3 sessions, 4 periods, in 2 rooms; 1 session noted a problem" in stats.summary.text()
    assert stats.rooms_chart.series()  # the chart is drawn
    stats.since.setText("31/02/2026")
    stats.refresh()
    assert stats.message.isVisible()


# == printing and exporting ==============================================================


def test_the_print_and_excel_menus_write_the_book(
    qtbot, reg, english, booked, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    window = MainWindow(reg)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Room usage" in titles
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    chosen = UsageScope(room(reg, "P.TH1"), MONDAY - timedelta(days=7), MONDAY + timedelta(days=6))

    def accept(dialog: UsageScopeDialog) -> int:
        assert dialog.room.value() == window.room_usage_page.week.room_id()
        dialog.scope = chosen
        return 1

    monkeypatch.setattr(UsageScopeDialog, "exec", accept)
    for text, suffix in (("Room usage book…", ".pdf"), ("Export the room usage book…", ".xlsx")):
        target = tmp_path / f"book{suffix}"
        answer = (str(target), "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, answer=answer, **k: answer)
        (action,) = [
            a
            for menu in (window.reports.print_menu, window.reports.excel_menu)
            for a in menu.actions()
            if a.text().replace("&", "") == text
        ]
        action.trigger()
        assert target.is_file() and target.stat().st_size > 1000
    assert (tmp_path / "book.pdf").read_bytes().startswith(b"%PDF")
    assert zipfile.is_zipfile(tmp_path / "book.xlsx")


def test_the_scope_dialog_refuses_reversed_dates(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    dialog = UsageScopeDialog(reg, "Room usage book", None)
    qtbot.addWidget(dialog)
    assert dialog.room.value() is None  # every subject room by default
    dialog.since.setText("10/05/2026")
    dialog.until.setText("01/05/2026")
    dialog._accept()
    assert dialog.scope is None and "ends before it starts" in dialog.message.text()
    dialog.until.setText("31/05/2026")
    dialog._accept()
    assert dialog.scope == UsageScope(None, date(2026, 5, 10), date(2026, 5, 31))


def test_a_deleted_rooms_session_can_still_be_corrected(qtbot, reg, english, hoa) -> None:  # type: ignore[no-untyped-def]
    hall = rooms.create_room(
        reg, {"kind": "subject", "subject_type": "am_nhac", "code": "P.AN", "name": "Phòng Âm nhạc"}
    )
    usage = room_usage.record_usage(
        reg,
        {"room_id": hall.id, "used_on": MONDAY, "period_from": 2, "period_to": 2,
         "class_name": "6A2", "teacher_id": hoa.id},
    )  # fmt: skip
    rooms.delete_room(reg, hall.id)
    form = RoomUsageForm(reg, room_usage.get_usage(reg, usage.id))
    qtbot.addWidget(form)
    assert form.room.value() == hall.id
    assert "(deleted)" in form.room.currentText()
    form.lesson.setText("Hát: Đi học")
    form.try_save()
    assert form.errors() == {} and form.result() == 1
    assert room_usage.get_usage(reg, usage.id).lesson == "Hát: Đi học"


@pytest.mark.parametrize(
    ("today", "last"),
    [
        (date(2026, 12, 7), (date(2025, 9, 5), date(2026, 5, 31))),
        (date(2026, 3, 2), (date(2024, 9, 5), date(2025, 5, 31))),
        (date(2026, 8, 10), (date(2025, 9, 5), date(2026, 5, 31))),  # the new year is coming
    ],
)
def test_last_school_year_is_the_one_before_this_one(today: date, last: tuple[date, date]) -> None:
    from app.ui.usage_stats_view import last_school_year

    assert last_school_year(today) == last
