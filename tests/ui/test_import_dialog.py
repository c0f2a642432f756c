"""The Excel import wizard, driven through a small file: file, sheet, columns, check,
import; a file with a bad row cannot be imported, and a refused file says why."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from app.services.equipment import find_by_asset_code
from app.services.equipment_query import EquipmentQuery, count_equipment
from app.ui.import_dialog import ImportDialog
from tests.conftest import table_state


def small_register(path: Path, bad: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Thiết bị"
    ws.append(["TRƯỜNG THCS NGUYỄN DU"])
    ws.append(["SỔ QUẢN LÝ THIẾT BỊ"])
    ws.append([])
    ws.append(["STT", "Mã TS", "Tên thiết bị", "ĐVT", "SL", "Đơn giá", "Phòng", "Năm sử dụng"])
    ws.append([1, "NK-1", "Máy chiếu Sony", "cái", 1, "9.500.000", "P.TH1", 2021])
    ws.append([2, "NK-2", "Loa kéo", "cái", "hai" if bad else 2, "2.000.000đ", "Kho", "08/2022"])
    ws.append([3, None, "Bảng tương tác", "cái", 1, "45.000.000", "Phòng Lab mới", "2023"])
    ws.append(["Cộng", None, None, None, 4])
    wb.save(path)
    return path


@pytest.fixture
def wizard(qtbot, reg, english):
    dialog = ImportDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_wizard_imports_a_small_register(qtbot, wizard, reg, tmp_path) -> None:
    before = count_equipment(reg, EquipmentQuery())
    wizard.file_page.path.setText(str(small_register(tmp_path / "so.xlsx")))
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    page = wizard.sheet_page
    assert page.sheet.currentData() == "Thiết bị"
    assert page.header_row.value() == 4
    assert "row 4" in page.note.text()
    header_cell = page.preview.item(3, 2)
    assert header_cell.text() == "Tên thiết bị" and header_cell.font().bold()

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping() == {
        1: "asset_code",
        2: "name",
        3: "unit",
        4: "quantity",
        5: "unit_price",
        6: "room",
        7: "in_service_on",
    }
    assert mapping.combos[0].currentText() == "(not imported)"  # STT
    wizard.next()
    check = wizard.check_page
    assert wizard.currentPage() is check
    dry = wizard.dry
    assert dry is not None and dry.ok
    assert "Items to add: 3 (total quantity 4, total value 58.500.000 đ)" in check.summary.text()
    assert check.errors.rowCount() == 0
    assert check.skipped.rowCount() == 1  # the total row
    warnings = [check.warnings.item(r, 1).text() for r in range(check.warnings.rowCount())]
    assert any("NK-00003" in w for w in warnings)  # numbered after NK-1 and NK-2
    assert any("Phòng Lab mới" in w for w in warnings)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()
    apply = wizard.apply_page
    assert apply.button.isEnabled() and "3" in apply.button.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    apply.button.click()
    assert apply.done
    assert "Đã nhập 3 thiết bị" in apply.result.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert count_equipment(reg, EquipmentQuery()) == before + 3
    projector = find_by_asset_code(reg, "NK-1")
    assert projector is not None and projector.room is not None
    assert projector.room.code == "P.TH1"
    speaker = find_by_asset_code(reg, "NK-2")
    assert speaker is not None and speaker.room is not None and speaker.room.code == "KHO"
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_bad_row_blocks_the_import_and_its_list_can_be_saved(
    qtbot, wizard, reg, tmp_path
) -> None:
    before = table_state(reg)
    wizard.file_page.path.setText(str(small_register(tmp_path / "so.xlsx", bad=True)))
    wizard.next()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert check.errors.rowCount() == 1
    assert check.errors.item(0, 0).text() == "6"
    assert "Số lượng phải là số nguyên" in check.errors.item(0, 1).text()
    assert "Errors (1)" in check.tabs.tabText(0)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    out = tmp_path / "loi.xlsx"
    check.write_errors(out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet["A3"].value == 6
    assert table_state(reg) == before


def test_the_mapping_page_needs_the_name_column_and_keeps_each_field_once(
    qtbot, wizard, tmp_path
) -> None:
    wizard.file_page.path.setText(str(small_register(tmp_path / "so.xlsx")))
    wizard.next()
    wizard.next()
    mapping = wizard.mapping_page
    mapping.set_field(0, "name")  # STT as the name: the name column is freed
    assert mapping.mapping()[0] == "name" and 2 not in mapping.mapping()
    mapping.set_field(0, "")
    wizard.next()
    assert wizard.currentPage() is mapping
    assert mapping.error.isVisible()


def test_a_refused_file_says_why_and_the_wizard_stays(qtbot, wizard, tmp_path) -> None:
    path = tmp_path / "so.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 2000)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.isVisible()
    assert ".xlsx" in wizard.file_page.error.text()


def test_changing_the_header_row_changes_the_highlight(qtbot, wizard, tmp_path) -> None:
    wizard.file_page.path.setText(str(small_register(tmp_path / "so.xlsx")))
    wizard.next()
    page = wizard.sheet_page
    page.preview.cellClicked.emit(1, 0)
    assert page.header_row.value() == 2
    assert page.preview.item(1, 0).font().bold()
    assert not page.preview.item(3, 2).font().bold()
