"""The compliance page through its widgets: rooms and their findings, the equipment
comparison with its filters, classes per grade, importing the ministry's list, and
the Print / Excel entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import equipment
from app.services.catalogue import active_list, shipped_lists
from app.services.class_counts import class_plan
from app.services.compliance import compare_equipment
from app.ui.catalogue_import_dialog import CatalogueImportDialog
from app.ui.classes_dialog import ClassesDialog
from app.ui.compliance_page import CompliancePage
from app.ui.hub import Hub
from app.ui.main_window import MainWindow
from tests.reports.test_catalogue_import import ministry_file

SAMPLE = next(c for c in shipped_lists() if c.level == "THCS")


@pytest.fixture
def page(qtbot, reg, english):  # type: ignore[no-untyped-def]
    equipment.create_equipment(
        reg,
        {"asset_code": "TB-0100", "name": "Máy chiếu đa năng Epson", "catalogue_code": "CSDC.01",
         "quantity": 40},
    )  # fmt: skip
    equipment.create_equipment(
        reg, {"asset_code": "TB-0101", "name": "Bàn xoay gốm", "catalogue_code": "XX-1"}
    )
    hub = Hub()
    widget = CompliancePage(reg, hub)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def codes(page: CompliancePage) -> list[str]:
    return [e.line.code for e in page.lines.shown()]


def test_rooms_tab_shows_each_room_and_its_findings(page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.room_table.model)
    rooms = {r.code: r for r in page.room_table.shown()}
    assert set(rooms) == {"P.KHTN1", "P.TH1"}
    assert page.rooms_summary.text().endswith("2 of 2 rooms short")
    types = {t.key: t for t in page.types.shown()}
    assert types["khtn"].present == 1
    model = page.types.model
    row = page.types.shown().index(types["khtn"])
    assert model.index(row, 4).data() == "1 missing"
    assert model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # in red
    page.room_table.view.selectRow(
        page.room_table.model.row_of(str(page.room_table.rows.index(rooms["P.KHTN1"])))
    )
    text = page.findings.toPlainText()
    assert "P.KHTN1 – Phòng Khoa học tự nhiên 1" in text
    assert "Phòng chưa có quạt hoặc điều hòa" in text
    assert "Diện tích 84 m² đủ cho 45 học sinh" in text
    assert text.index("✘") < text.index("✔")  # shortfalls first


def test_equipment_tab_lists_what_is_missing_with_totals(page, reg, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.lines.model)
    page.tabs.setCurrentIndex(1)
    assert "MẪU" in page.list_note.text()
    assert "ƯỚC TÍNH" in page.classes_note.text() or "Chưa có số lớp" in page.classes_note.text()
    assert page.only_missing.isChecked()
    shown = codes(page)
    assert "CSDC.01" not in shown  # 40 projectors held: enough
    missing = [e.line.code for e in compare_equipment(reg).lines if e.missing]
    assert sorted(shown) == sorted(missing) and len(missing) > 10
    page.only_missing.setChecked(False)
    assert len(codes(page)) == len(SAMPLE.lines)
    assert "CSDC.01" in codes(page)
    assert page.totals.text().startswith(f"{len(SAMPLE.lines)} lines shown")
    # The groups by subject and grade filter the lines.
    groups = page.groups.shown()
    assert page.groups.model.index(0, 0).data() == "All subjects and grades"
    khtn6 = next(
        i for i, g in enumerate(groups) if (g.subject, g.grade) == ("Khoa học tự nhiên", 6)
    )
    page.groups.view.selectRow(khtn6)
    assert codes(page) and all(c.startswith("CSKHTN6.") for c in codes(page))
    assert len(codes(page)) == groups[khtn6].lines


def test_search_without_accents(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    page.only_missing.setChecked(False)
    qtbot.keyClicks(page.search, "may chieu")
    qtbot.waitUntil(lambda: codes(page) == ["CSDC.01"])
    page.search.clear()
    qtbot.waitUntil(lambda: len(codes(page)) == len(SAMPLE.lines))


def test_codes_not_on_the_list_are_shown_apart(page) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    assert page.unlisted_box.isVisible()
    assert [u.code for u in page.unlisted.shown()] == ["XX-1"]
    assert "(1 code)" in page.unlisted_box.title()


def test_classes_per_grade_are_entered_and_the_review_follows(page, reg, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ClassesDialog(reg, "THCS", page)
    qtbot.addWidget(dialog)
    for grade, count in {6: 5, 7: 5, 8: 4, 9: 4}.items():
        dialog.boxes[grade].setValue(count)
    assert dialog.total.text() == "18 classes"
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert class_plan(reg).by_grade == {6: 5, 7: 5, 8: 4, 9: 4}
    page.hub.changed.emit("school", [reg.school_id])
    qtbot.waitUntil(lambda: "do trường nhập" in page.classes_note.text())
    line = next(e for e in page.stock.lines if e.line.per == "class" and e.line.grade == 8)
    assert line.classes == 4


def test_importing_the_ministry_list_replaces_the_sample(
    page, reg, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = CatalogueImportDialog(reg, "THCS", page)
    qtbot.addWidget(dialog)
    dialog.imported.connect(lambda level: page.hub.changed.emit("catalogue", [level]))
    bad = tmp_path / "hong.xlsx"
    bad.write_text("không phải Excel", encoding="utf-8")
    dialog.path.setText(str(bad))
    dialog.check()
    assert "không phải sổ Excel .xlsx" in dialog.report.toPlainText()
    assert not dialog.apply_button.isEnabled()
    dialog.path.setText(str(ministry_file(tmp_path / "tt38.xlsx")))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "Không có lỗi: có thể nhập." in dialog.report.toPlainText()
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert active_list(reg, "THCS").imported
    page.tabs.setCurrentIndex(1)
    page.only_missing.setChecked(False)
    qtbot.waitUntil(lambda: len(codes(page)) == 6)
    assert "Thông tư 38/2021/TT-BGDĐT" in page.list_note.text()
    # ... and back to the shipped list.
    again = CatalogueImportDialog(reg, "THCS", page)
    qtbot.addWidget(again)
    again.imported.connect(lambda level: page.hub.changed.emit("catalogue", [level]))
    assert again.remove_button.isEnabled()
    again.remove()
    assert active_list(reg, "THCS").sample
    qtbot.waitUntil(lambda: len(codes(page)) == len(SAMPLE.lines))


def test_a_file_with_bad_rows_cannot_be_applied(reg, qtbot, tmp_path, english) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Toán 6"
    ws.append(["STT", "Tên thiết bị", "Đơn vị tính", "Số lượng"])
    ws.append([1, "Compa", "cái", "nhiều"])
    path = tmp_path / "loi.xlsx"
    wb.save(path)
    dialog = CatalogueImportDialog(reg, "THCS", None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check()
    text = dialog.report.toPlainText()
    assert "Errors:" in text and "Trang «Toán 6», dòng 2" in text
    assert not dialog.apply_button.isEnabled()
    assert active_list(reg, "THCS").sample


def test_print_and_excel_entries_follow_the_page(
    qtbot, reg, english, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(reg)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    titles = {a.text().replace("&", ""): a for m in (window.reports.print_menu,
              window.reports.excel_menu) for a in m.actions() if a.text()}  # fmt: skip
    window.nav.setCurrentRow([p for _t, p in window.pages].index(window.compliance_page))
    pdf = tmp_path / "ra-soat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    titles["Subject rooms and minimum equipment review…"].trigger()
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "ra-soat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    qtbot.mouseClick(window.compliance_page.excel_button, Qt.MouseButton.LeftButton)
    assert xlsx.stat().st_size > 1000
    assert "Import a minimum equipment list from Excel…" in titles


def test_a_change_to_the_register_refreshes_the_shown_page(page, reg, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    page.only_missing.setChecked(False)
    before = next(e for e in page.stock.lines if e.line.code == "CSKHTN6.02").have
    equipment.create_equipment(
        reg, {"asset_code": "TB-0200", "name": "Kính lúp", "catalogue_code": "cskhtn6.02",
              "quantity": 12}
    )  # fmt: skip
    page.hub.changed.emit("equipment", [])
    qtbot.waitUntil(
        lambda: next(e for e in page.stock.lines if e.line.code == "CSKHTN6.02").have == before + 12
    )


def test_the_home_screen_card_counts_the_shortfalls(qtbot, reg, english) -> None:  # type: ignore[no-untyped-def]
    from app.services.compliance import compliance_summary
    from app.ui.compliance_page import compliance_attention
    from app.ui.home_page import Card

    attention = compliance_attention()
    assert (attention.title, attention.page) == ("Compliance shortfalls", "compliance")
    card = Card(attention.title)
    qtbot.addWidget(card)
    summary = attention.read(reg)
    assert summary == compliance_summary(reg)
    attention.show(card, summary)
    assert card.value.text() == str(summary.room_shortfalls + summary.missing_lines)
    assert card.detail.text().startswith(f"{summary.room_shortfalls} room shortfall(s)")
    assert "SAMPLE" in card.detail.text()
