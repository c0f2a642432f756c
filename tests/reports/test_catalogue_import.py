"""Importing the ministry's minimum equipment list from Excel: headers below titles and
over merged sub-columns, accents or not, subject and grade from titles, sheet names
and rows between tables, every bad row with its reason, broken files, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from app.reports import catalogue_import as ci
from app.reports.excel_import import ImportFileError
from app.services.catalogue import active_list, imported_counts, replace_list
from app.services.register import Register
from tests.conftest import looks_vietnamese, table_state

HEADER = ["STT", "Chủ đề", "Tên thiết bị", "Mục đích", "Mô tả chi tiết", "Đối tượng sử dụng",
          None, "Đơn vị tính", "Số lượng", "Ghi chú"]  # fmt: skip


def _merge(ws: Worksheet, ref: str, value: Any) -> None:
    ws[ref.split(":")[0]] = value
    ws.merge_cells(ref)


def ministry_sheet(ws: Worksheet, title: str, rows: list[list[Any]]) -> None:
    """A table as the ministry's annex prints it: titles, a two-row header with
    "Đối tượng sử dụng" over GV / HS, a row of column numbers, then the lines."""
    _merge(ws, "A1:J1", "DANH MỤC THIẾT BỊ DẠY HỌC TỐI THIỂU CẤP TRUNG HỌC CƠ SỞ")
    _merge(ws, "A2:J2", "(Kèm theo Thông tư số 38/2021/TT-BGDĐT ngày 30 tháng 12 năm 2021)")
    _merge(ws, "A3:J3", title)
    for col, caption in zip("ABCDEHIJ", [c for c in HEADER if c and c != "Đối tượng sử dụng"],
                            strict=True):  # fmt: skip
        _merge(ws, f"{col}5:{col}6", caption)
    _merge(ws, "F5:G5", "Đối tượng sử dụng")
    ws["F6"], ws["G6"] = "GV", "HS"
    for n, col in enumerate("ABCDEFGHIJ", start=1):
        ws[f"{col}7"] = f"({n})"
    for i, row in enumerate(rows, start=8):
        for col, value in zip("ABCDEFGHIJ", row, strict=False):
            ws[f"{col}{i}"] = value


def ministry_file(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KHTN"
    ministry_sheet(
        ws,
        "MÔN KHOA HỌC TỰ NHIÊN - LỚP 6",
        [
            ["I", "TRANH ẢNH"],  # row 8: a heading
            [1, "Tế bào", "Bộ tranh tế bào", "Quan sát cấu tạo tế bào", "Gồm 4 tờ khổ A0",
             "x", None, "Bộ", "01", None],  # row 9
            [2, None, "Kính lúp cầm tay", "Quan sát vật nhỏ", "Độ phóng đại 3x", None, "x",
             "Cái", "06", "Dùng theo nhóm"],  # row 10: topic merged from above
            ["II", "DỤNG CỤ"],  # row 11
            [1, "Lực", "Lực kế ống 5 N", None, None, "x", "x", "Cái", 6, None],  # row 12
            [2, "Các phép đo", "Cân điện tử", None, "Độ chính xác 0,01 g", "x", None, "Cái",
             "01/trường", None],  # row 13: one for the whole school
            ["LỚP 7"],  # row 14: the next table's grade
            [1, "Ánh sáng", "Bộ thí nghiệm quang học", None, None, None, "x", "Bộ", "06 bộ/lớp",
             None],  # row 15
            ["THIẾT BỊ DÙNG CHUNG"],  # row 16: lines for every grade
            [1, None, "Tủ đựng hóa chất", None, None, "x", None, "Cái", 1, "Toàn trường"],
        ],
    )  # fmt: skip
    ws.merge_cells("B9:B10")
    wb.save(path)
    return path


def check(reg: Register, path: Path, level: str = "THCS") -> ci.CatalogueDryRun:
    before = table_state(reg)
    dry = ci.dry_run(path, level)
    assert table_state(reg) == before, "a dry run writes nothing"
    return dry


def by_name(dry: ci.CatalogueDryRun) -> dict[str, Any]:
    return {line.data.name: line.data for line in dry.lines}


def test_a_ministry_table_is_read_line_by_line(register, tmp_path):
    dry = check(register, ministry_file(tmp_path / "tt38.xlsx"))
    assert dry.errors == [], [str(e) for e in dry.errors]
    (sheet,) = dry.sheets
    assert (sheet.name, sheet.header_row, sheet.lines) == ("KHTN", 6, 6)
    lines = by_name(dry)
    assert list(lines) == [
        "Bộ tranh tế bào", "Kính lúp cầm tay", "Lực kế ống 5 N", "Cân điện tử",
        "Bộ thí nghiệm quang học", "Tủ đựng hóa chất",
    ]  # fmt: skip
    tranh = lines["Bộ tranh tế bào"]
    assert (tranh.subject, tranh.grade, tranh.topic, tranh.user, tranh.unit) == (
        "Khoa học tự nhiên", 6, "Tế bào", "GV", "Bộ"
    )  # fmt: skip
    assert (tranh.purpose, tranh.description, tranh.quantity, tranh.per) == (
        "Quan sát cấu tạo tế bào", "Gồm 4 tờ khổ A0", 1, "class"
    )  # fmt: skip
    kinh = lines["Kính lúp cầm tay"]
    assert (kinh.topic, kinh.user, kinh.quantity, kinh.notes) == (
        "Tế bào", "HS", 6, "Dùng theo nhóm"
    )  # fmt: skip
    assert lines["Lực kế ống 5 N"].user == "GV, HS"
    assert (lines["Cân điện tử"].quantity, lines["Cân điện tử"].per) == (1, "school")
    light = lines["Bộ thí nghiệm quang học"]
    assert (light.grade, light.quantity, light.per, light.topic) == (7, 6, "class", "Ánh sáng")
    cupboard = lines["Tủ đựng hóa chất"]
    assert (cupboard.grade, cupboard.per) == (None, "school")
    assert "Lớp" not in "".join(line.data.name for line in dry.lines)


def test_codes_follow_the_shipped_scheme_when_the_file_has_none(register, tmp_path):
    dry = check(register, ministry_file(tmp_path / "tt38.xlsx"))
    assert [line.data.code for line in dry.lines] == [
        # grade 6: STT restarts under each heading (1, 2, 1, 2): the lines' order instead
        "CSKHTN6.01", "CSKHTN6.02", "CSKHTN6.03", "CSKHTN6.04",
        "CSKHTN7.01",  # grade 7: the STT
        "CSKHTN.01",  # every grade
    ]  # fmt: skip
    assert dry.derived_codes == 6
    assert "CSKHTN6.01" in dry.summary()


def test_headings_and_column_numbers_are_skipped_with_a_reason(register, tmp_path):
    dry = check(register, ministry_file(tmp_path / "tt38.xlsx"))
    reasons = {issue.row: issue.message for issue in dry.skipped}
    assert reasons[7] == "dòng tiêu đề cột, bỏ qua."
    assert "TRANH ẢNH" in reasons[8] and "LỚP 7" in reasons[14]


def test_headers_without_accents_and_a_sheet_named_by_subject_and_grade(register, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tin hoc 8"
    ws.append(["DANH MUC THIET BI TOI THIEU"])
    ws.append([])
    ws.append(["TT", "Ten thiet bi", "Doi tuong su dung", "DVT", "So luong", "Ghi chu"])
    ws.append([1, "Bộ mạch lập trình", "HS", "bộ", "6", None])
    ws.append([2, "Máy tính giáo viên", "GV", "bộ", "1", "Mỗi trường 01"])
    path = tmp_path / "tin.xlsx"
    wb.save(path)
    dry = check(register, path)
    assert dry.errors == []
    assert [(d.subject, d.grade, d.user, d.per, d.code) for d in by_name(dry).values()] == [
        ("Tin học", 8, "HS", "class", "CSTH8.01"),
        ("Tin học", 8, "GV", "school", "CSTH8.02"),
    ]


def test_subject_in_a_title_without_accents_and_a_code_and_grade_column(register, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"  # says nothing
    ws.append(["MON TOAN"])
    ws.append(["STT", "Mã thiết bị", "Lớp", "Tên thiết bị", "Đơn vị tính", "Số lượng"])
    ws.append([1, "TOAN7-01", "Lớp 7", "Bộ thước vẽ bảng", "bộ", 1])
    ws.append([2, "TOAN9-01", 9, "Mô hình hình nón", "cái", 2])
    path = tmp_path / "toan.xlsx"
    wb.save(path)
    dry = check(register, path)
    assert dry.errors == []
    assert [(d.subject, d.grade, d.code) for d in by_name(dry).values()] == [
        ("Toán", 7, "TOAN7-01"),
        ("Toán", 9, "TOAN9-01"),
    ]
    assert dry.derived_codes == 0


def test_every_bad_row_is_listed_with_its_reason(register, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KHTN 6"
    ws.append(["STT", "Mã", "Tên thiết bị", "Đơn vị tính", "Số lượng", "Lớp"])
    rows = [
        [1, "A-1", "Kính hiển vi", "cái", "hai", None],  # row 2: not a number
        [2, "A-2", "Ống nghiệm", "hộp", 0, None],  # row 3: zero
        [3, "A-3", "Giá thí nghiệm", "cái", None, None],  # row 4: no quantity
        [4, "A-4", None, "cái", 3, None],  # row 5: no name
        [5, "A-1", "Đèn cồn", "cái", 6, None],  # row 6: code used on row 2
        [6, "A-6", "Bộ lắp ráp", "bộ", 2, 10],  # row 7: grade 10 is not THCS
        [7, "A-7", "Nhiệt kế", "cái", 2.5, None],  # row 8: half a thermometer
        [8, "A-8", "Cốc thủy tinh", "cái", 6, None],  # row 9: fine
    ]
    for row in rows:
        ws.append(row)
    path = tmp_path / "loi.xlsx"
    wb.save(path)
    dry = check(register, path)
    errors = {e.row: e.message for e in dry.errors}
    assert set(errors) == {2, 3, 4, 5, 6, 7, 8}
    assert "Số lượng phải là số nguyên" in errors[2] and "E2" in errors[2]
    assert "Số lượng phải từ 1 trở lên" in errors[3]
    assert "Chưa nhập số lượng" in errors[4]
    assert "thiếu tên thiết bị" in errors[5]
    assert "trùng với trang «KHTN 6», dòng 2" in errors[6]
    assert "Lớp 10 không thuộc cấp Trung học cơ sở" in errors[7]
    assert "số nguyên" in errors[8]
    assert all(looks_vietnamese(m) for m in errors.values())
    assert [line.data.name for line in dry.lines] == ["Cốc thủy tinh"]
    assert str(dry.errors[0]).startswith("Trang «KHTN 6», dòng 2: ")
    assert "7 lỗi" in dry.summary()


def test_a_sheet_without_a_subject_is_an_error_and_one_without_a_table_a_warning(
    register, tmp_path
):
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append(["STT", "Tên thiết bị", "Đơn vị tính", "Số lượng"])
    ws.append([1, "Bảng nhóm", "cái", 6])
    notes = wb.create_sheet("Hướng dẫn")
    notes.append(["Danh mục này dùng cho các trường THCS."])
    hidden = wb.create_sheet("Nháp")
    hidden.append(["STT", "Tên thiết bị", "Đơn vị tính", "Số lượng"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "khong-mon.xlsx"
    wb.save(path)
    dry = check(register, path)
    (error,) = dry.errors
    assert error.sheet == "Sheet1" and "không rõ môn học" in error.message
    warned = {w.sheet: w.message for w in dry.warnings}
    assert "không thấy dòng tiêu đề" in warned["Hướng dẫn"]
    assert "bị ẩn" in warned["Nháp"]


def test_another_levels_list_shows_as_errors_not_as_a_silent_import(register, tmp_path):
    dry = check(register, ministry_file(tmp_path / "tt38.xlsx"), level="TH")
    assert dry.errors and not dry.ok
    assert any("không thuộc cấp Tiểu học" in e.message for e in dry.errors)


def test_apply_replaces_the_list_all_or_nothing(register, tmp_path):
    dry = check(register, ministry_file(tmp_path / "tt38.xlsx"))
    assert ci.apply(register, dry) == 6
    found = active_list(register, "THCS")
    assert found is not None and found.imported
    assert [line.code for line in found.lines][:2] == ["CSKHTN6.01", "CSKHTN6.02"]
    assert "tt38.xlsx" in found.source
    assert imported_counts(register) == {"THCS": 6}


def test_a_dry_run_with_errors_is_refused_and_the_old_list_kept(register, tmp_path):
    replace_list(register, "THCS", [{"subject": "Toán", "grade": 6, "code": "T1", "name": "Thước",
                                     "quantity": 1}], "cũ")  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Toán 6"
    ws.append(["STT", "Tên thiết bị", "Đơn vị tính", "Số lượng"])
    ws.append([1, "Compa", "cái", 1])
    ws.append([2, "Êke", "cái", "nhiều"])
    path = tmp_path / "toan.xlsx"
    wb.save(path)
    dry = check(register, path)
    before = table_state(register)
    with pytest.raises(ImportFileError) as info:
        ci.apply(register, dry)
    assert "chưa nhập gì" in info.value.message
    assert table_state(register) == before
    assert [line.code for line in active_list(register, "THCS").lines] == ["T1"]


def refused(reg: Register, path: Path, *words: str) -> None:
    before = table_state(reg)
    with pytest.raises(ImportFileError) as info:
        ci.dry_run(path, "THCS")
    assert looks_vietnamese(info.value.message)
    for word in words:
        assert word in info.value.message
    assert table_state(reg) == before


def test_broken_and_foreign_files_get_a_clear_message(register, tmp_path):
    text = tmp_path / "danh-muc.xlsx"
    text.write_text("STT;Tên thiết bị\n1;Kính lúp\n", encoding="utf-8")
    refused(register, text, "không phải sổ Excel .xlsx")
    locked = tmp_path / "mat-khau.xlsx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 100
                       + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100)  # fmt: skip
    refused(register, locked, "mật khẩu")
    half = tmp_path / "dang-tai.xlsx"
    half.write_bytes(ministry_file(tmp_path / "ok.xlsx").read_bytes()[:3000])
    refused(register, half, "bị hỏng")
    refused(register, tmp_path / "khong-co.xlsx", "Không tìm thấy tệp")


def test_only_the_three_levels_have_lists(register, tmp_path):
    with pytest.raises(ImportFileError):
        ci.dry_run(ministry_file(tmp_path / "tt38.xlsx"), "MN")
