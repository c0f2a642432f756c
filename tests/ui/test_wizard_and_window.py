"""First-run wizard, main window, rooms and maintenance pages, detail pages, screenshot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from app.services import equipment
from app.services import maintenance as maintenance_service
from app.services import rooms as room_service
from app.services.equipment import find_by_asset_code
from app.services.register import Register
from app.ui.equipment_detail import EquipmentDetail
from app.ui.forms.maintenance_form import MaintenanceForm
from app.ui.forms.room_form import RoomForm, parse_classes
from app.ui.hub import Hub
from app.ui.main_window import MainWindow
from app.ui.room_detail import RoomDetail
from app.ui.wizard import SetupWizard


@pytest.fixture
def empty(tmp_path: Path):
    register = Register.open(tmp_path / "new.sqlite", actor="tester")
    yield register
    register.close()


def test_wizard_refuses_missing_details_then_sets_up_school(qtbot, empty, english) -> None:
    wizard = SetupWizard(empty)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.school_page
    wizard.next()
    assert wizard.currentPage() is page  # nothing typed: stays, with messages
    assert page.rows["code"].error.isVisible()
    assert page.rows["name"].error.text()

    qtbot.keyClicks(page.code, "79000701")
    page.name.setText("Trường THCS Lê Lợi")  # keyClicks only types Latin-1
    qtbot.keyClicks(page.class_count, "abc")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.rows["class_count"].error.isVisible()
    assert not page.rows["code"].error.isVisible()

    page.class_count.setText("24")
    wizard.next()
    assert wizard.currentPage() is wizard.start_page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert empty.has_school()
    school = empty.school()
    assert (school.code, school.name, school.class_count) == ("79000701", "Trường THCS Lê Lợi", 24)


def test_wizard_demo_option_fills_the_register(qtbot, empty, english, monkeypatch) -> None:
    from app.services.equipment_query import count_equipment
    from app.ui import wizard as wizard_module

    monkeypatch.setattr(wizard_module, "DEMO_ITEMS", 120)
    wizard = SetupWizard(empty)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.school_page.code.setText("79000702")
    wizard.school_page.name.setText("Trường THCS Demo")
    wizard.next()
    wizard.start_page.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert empty.school().name == "Trường THCS Demo"
    assert count_equipment(empty) == 120
    assert room_service.list_rooms(empty)


def test_main_window_navigation_and_status_bar(qtbot, reg, english) -> None:
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    assert "Trường THCS Nguyễn Du" in window.windowTitle()
    assert window.count_label.text() == "5 items in the register"
    assert str(reg.path) in window.file_label.text()
    assert window.stack.currentWidget() is window.home_page  # it opens on the overview
    window.nav.setCurrentRow(2)
    assert window.stack.currentWidget() is window.rooms_page
    assert window.rooms_page.model.rowCount() == 3
    window.show_widget(window.maintenance_page)
    assert window.stack.currentWidget() is window.maintenance_page
    by_key = {a.shortcut().toString(): a for a in window.actions()}
    assert {f"Ctrl+{n}" for n in range(1, 10)} <= by_key.keys()
    by_key["Ctrl+2"].trigger()
    assert window.stack.currentWidget() is window.equipment_page
    by_key["Ctrl+1"].trigger()
    assert window.stack.currentWidget() is window.home_page


def test_home_cards_open_their_pages(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    home = window.home_page
    qtbot.waitUntil(lambda: home.items_card.value.text() == "5")
    titles = [card.title.text() for card in home.attention_cards]
    assert titles == ["Overdue loans", "Maintenance due", "Compliance shortfalls"]
    qtbot.waitUntil(lambda: all(c.value.text() != "…" for c in home.attention_cards))
    assert home.attention_cards[0].value.text() == "0"  # the fixture lends nothing
    home.attention_cards[0].clicked.emit()
    assert window.stack.currentWidget() is window.loans_page
    home.attention_cards[2].clicked.emit()
    assert window.stack.currentWidget() is window.compliance_page
    home.rooms_card.clicked.emit()
    assert window.stack.currentWidget() is window.rooms_page


def test_status_bar_follows_changes(qtbot, reg, english, monkeypatch) -> None:
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    page = window.equipment_page
    window.show_widget(page)  # a page of the window loads when it is shown
    monkeypatch.setattr(page, "confirm", lambda _q: True)
    page.table.selectRow(0)
    page.delete_selected()
    assert window.count_label.text() == "4 items in the register"
    # The room page's item count follows too, when it is shown next.
    rooms = window.rooms_page
    window.show_widget(rooms)
    counts = [rooms.model.data(rooms.model.index(r, 8)) for r in range(rooms.model.rowCount())]
    assert sum(int(c) for c in counts) == 3  # one of the five had no room, one deleted


def test_rooms_page_models_and_room_form(qtbot, reg, english, qtmodeltester, monkeypatch) -> None:
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    page = window.rooms_page
    window.show_widget(page)
    qtmodeltester.check(page.model)

    def fill(form: RoomForm) -> bool:
        form.kind.set_value("smart")
        form.code.setText("P.TM1")
        form.name.setText("Phòng học thông minh")
        form.area.setText("62,5")
        form.classes.setText("6A1 (42), 7A2 (40)")
        form.checks["has_internet"].setChecked(True)
        form.try_save()
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(RoomForm, "exec", fill)
    page.add_room()
    assert page.model.rowCount() == 4
    room = next(r for r in room_service.list_rooms(reg) if r.code == "P.TM1")
    assert room.area_m2 == 62.5 and room.has_internet
    assert room.classes_served == [
        {"class_name": "6A1", "grade": 6, "students": 42},
        {"class_name": "7A2", "grade": 7, "students": 40},
    ]


def test_room_form_inline_errors(qtbot, reg, english) -> None:
    form = RoomForm(reg)
    qtbot.addWidget(form)
    form.show()
    form.code.setText("p.khtn1")  # taken (case-insensitive)
    form.name.setText("Trùng")
    form.kind.set_value("subject")
    form.try_save()
    assert "subject_type" in form.errors()
    form.subject_type.set_value("khtn")
    form.try_save()
    assert "P.KHTN1" in form.errors()["code"] or "p.khtn1" in form.errors()["code"]
    form.code.setText("P.KHTN9")
    form.area.setText("rộng")
    form.try_save()
    assert "area_m2" in form.errors()
    assert len(room_service.list_rooms(reg)) == 3


def test_parse_classes_refuses_nonsense() -> None:
    from app.ui.forms.fields import FieldValueError

    assert parse_classes("9A3:38") == [{"class_name": "9A3", "grade": 9, "students": 38}]
    with pytest.raises(FieldValueError):
        parse_classes("lớp sáu")


def test_room_detail_shows_equipment_and_checklist(qtbot, reg, english) -> None:
    room = next(r for r in room_service.list_rooms(reg) if r.code == "P.KHTN1")
    detail = RoomDetail(reg, Hub(), room.id)
    qtbot.addWidget(detail)
    detail.show()
    assert detail.equipment_model.rowCount() == 2
    texts = [w.text() for w in detail.tabs.widget(0).findChildren(QLabel)]
    assert "Power supply" in texts and "✔" in texts and "✘" in texts
    assert any("84 m²" in t for t in texts)
    assert detail.tabs.tabText(1) == "Equipment"


def test_maintenance_recorded_from_item_page(qtbot, reg, english, monkeypatch) -> None:
    item = find_by_asset_code(reg, "TB-0001")
    assert item is not None
    detail = EquipmentDetail(reg, Hub(), item.id)
    qtbot.addWidget(detail)

    def fill(form: MaintenanceForm) -> bool:
        assert form.asset_code.text() == "TB-0001"
        form.description.setPlainText("Thay bóng đèn máy chiếu")
        form.performed_on.setText("03/09/2025")
        form.cost.setText("1.850.000")
        form.try_save()
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(MaintenanceForm, "exec", fill)
    detail.add_maintenance()
    records = maintenance_service.maintenance_ids(
        reg, maintenance_service.MaintenanceQuery(equipment_id=item.id)
    )
    assert len(records) == 1
    record = maintenance_service.get_maintenance(reg, records[0])
    assert record.cost == 1_850_000 and record.performed_on == date(2025, 9, 3)
    history = detail.tabs.widget(2)
    assert history.rowCount() == 2  # created, maintenance
    assert detail.tabs.widget(1).rowCount() == 1


def test_maintenance_form_refuses_unknown_code_and_future_date(qtbot, reg, english) -> None:
    form = MaintenanceForm(reg)
    qtbot.addWidget(form)
    form.asset_code.setText("KHONG-CO")
    form.description.setPlainText("Kiểm tra")
    form.try_save()
    assert "KHONG-CO" in form.errors()["equipment_id"]
    form.asset_code.setText("TB-0002")
    form.performed_on.setText("01/01/2999")
    form.try_save()
    assert "tương lai" in form.errors()["performed_on"]
    assert maintenance_service.maintenance_ids(reg) == []


def test_maintenance_page_lists_and_deletes(
    qtbot, reg, english, monkeypatch, qtmodeltester
) -> None:
    item = find_by_asset_code(reg, "TB-0002")
    assert item is not None
    for day in (1, 2, 3):
        maintenance_service.record_maintenance(
            reg,
            {
                "equipment_id": item.id,
                "performed_on": date(2025, 3, day),
                "description": f"Lần {day}",
            },
        )
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    page = window.maintenance_page
    window.show_widget(page)
    qtmodeltester.check(page.model)
    assert [page.model.data(page.model.index(r, 0)) for r in range(3)] == [
        "03/03/2025",
        "02/03/2025",
        "01/03/2025",
    ]
    other_room = page.room_filter.findText("P.TH1", Qt.MatchFlag.MatchStartsWith)
    page.room_filter.setCurrentIndex(other_room)
    assert page.model.rowCount() == 0
    page.room_filter.setCurrentIndex(
        page.room_filter.findText("P.KHTN1", Qt.MatchFlag.MatchStartsWith)
    )
    assert page.model.rowCount() == 3
    monkeypatch.setattr(page, "confirm", lambda _q: True)
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.rowCount() == 2


def test_screenshot_command_writes_png(tmp_path: Path, reg, qapp) -> None:
    from app.ui.app import run_gui

    shot = tmp_path / "main.png"
    assert reg.path is not None
    assert run_gui(reg.path, screenshot=shot, lang="vi") == 0
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_gui_refuses_a_file_that_is_not_a_register(tmp_path: Path, qapp, capsys) -> None:
    from app.ui.app import run_gui

    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("danh sách thiết bị", encoding="utf-8")
    assert run_gui(bogus, screenshot=tmp_path / "x.png") == 1
    assert "không phải là sổ thiết bị" in capsys.readouterr().err
    assert bogus.read_text(encoding="utf-8") == "danh sách thiết bị"


def test_the_window_loads_a_page_when_it_is_shown(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    """A start at 100,000 items runs only the first page's queries; a hidden page
    changed meanwhile loads again when it is next shown."""
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.show()
    assert window.equipment_page.model.rowCount() == 0  # not loaded yet
    assert window.rooms_page.model.rowCount() == 0
    window.show_widget(window.equipment_page)
    assert window.equipment_page.model.rowCount() == 5
    window.show_widget(window.home_page)
    equipment.create_equipment(reg, {"asset_code": "TB-0100", "name": "Loa kéo"})
    window.hub.changed.emit("equipment", [])
    assert window.equipment_page.model.rowCount() == 5  # hidden: not read again yet
    window.show_widget(window.equipment_page)
    assert window.equipment_page.model.rowCount() == 6
    # A page built on its own (a dialog's, a test's) loads at once.
    from app.ui.rooms_page import RoomsPage

    alone = RoomsPage(reg, window.hub)
    qtbot.addWidget(alone)
    assert alone.model.rowCount() == 3
