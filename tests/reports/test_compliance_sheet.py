"""The compliance review printed (PDF read back with pdftotext: every Vietnamese letter,
letterhead, repeated header, Trang x/y, signatures, each shortfall) and exported to
Excel (opened in LibreOffice), and both from the command line."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app import cli
from app.cli_reports import EXIT_BAD_ROWS, EXIT_OK
from app.reports.excel_compliance import LINE_COLUMNS, ROOM_COLUMNS, export_compliance
from app.reports.pdf.compliance_sheet import compliance_sheet
from app.services import equipment, schools
from app.services.catalogue import replace_list
from app.services.class_counts import set_classes_by_grade
from app.services.register import Register
from tests.reports.letters import LETTER_NAMES, assert_every_letter
from tests.reports.test_catalogue_import import ministry_file
from tests.reports.test_excel_export import SOFFICE, needs_soffice, soffice
from tests.reports.test_pdf_sheets import (
    OFFICER,
    ON,
    PLACE_AND_DATE,
    PRINCIPAL,
    SCHOOL_DATA,
    assert_official,
    assert_signed,
    in_order,
    one_line,
    read_pdf,
)

TITLE = "BÁO CÁO RÀ SOÁT PHÒNG HỌC BỘ MÔN VÀ THIẾT BỊ DẠY HỌC TỐI THIỂU"


@pytest.fixture
def school(register: Register, add_room: Any) -> Register:
    """A THCS school with a short KHTN room, a room without fire safety, classes per
    grade, a list whose names hold every Vietnamese letter, and some items."""
    schools.update_school(register, SCHOOL_DATA)
    set_classes_by_grade(register, {6: 4, 7: 4, 8: 3, 9: 3})
    teacher = schools.add_staff(register, {"full_name": "Trịnh Thị Ngọc Ánh"}).id
    full = dict(has_power=True, has_cooling=True, has_furniture=True, has_fire_safety=True,
                rules_document="Nội quy số 12/QĐ-THCS", responsible_staff_id=teacher)  # fmt: skip
    add_room(register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn",
             area_m2=72.0, seats=45, has_preparation_room=True, **full)  # fmt: skip
    add_room(register, "P.TIN", "Phòng Tin học", subject_type="tin_hoc", area_m2=80.0, seats=40,
             **{**full, "has_fire_safety": False})  # fmt: skip
    lines = [
        {"subject": "Khoa học tự nhiên", "grade": 6 + i % 4, "code": f"CSKHTN{6 + i % 4}.{i:02d}",
         "name": name, "unit": "bộ", "quantity": 2}
        for i, name in enumerate(LETTER_NAMES, start=1)
    ]  # fmt: skip
    lines.append({"subject": "Dùng chung", "code": "CSDC.01", "name": "Máy chiếu đa năng",
                  "unit": "cái", "quantity": 1, "per": "school"})  # fmt: skip
    replace_list(register, "THCS", lines, "Tệp thử")
    equipment.create_equipment(register, {"asset_code": "TB-1", "name": "Máy chiếu Epson",
                                          "catalogue_code": "CSDC.01"})  # fmt: skip
    equipment.create_equipment(register, {"asset_code": "TB-2", "name": "Bàn xoay gốm",
                                          "catalogue_code": "CSMT7.99", "quantity": 3})  # fmt: skip
    return register


def test_the_pdf_reads_back_with_every_letter_and_shortfall(school, tmp_path):
    out = compliance_sheet(school, tmp_path / "ra-soat.pdf", on=ON)
    pages = read_pdf(out)
    assert_official(pages, TITLE)
    text = one_line(" ".join(pages))
    assert PLACE_AND_DATE in one_line(pages[0])
    assert_every_letter(text)  # every line is missing: every name is printed
    assert "còn thiếu 11,25 m²" in text  # 45 × 1,85 = 83,25 m² in a 72 m² room
    assert in_order(text, "Phòng chưa có thiết bị phòng cháy chữa cháy")
    assert in_order(text, "Trường cần ít nhất 2 phòng bộ môn Khoa học tự nhiên")
    assert "THIẾT BỊ CÓ MÃ KHÔNG THUỘC DANH MỤC" in text and "CSMT7.99" in text
    assert "Số lớp theo khối do trường nhập" in text
    assert in_order(text, "Kết luận:")
    assert "Máy chiếu đa năng" not in text  # held: not among the missing lines
    assert_signed(pages[-1], "Kết luận: NGƯỜI LẬP HIỆU TRƯỞNG", OFFICER, PRINCIPAL)


def test_the_equipment_header_repeats_on_every_page_of_a_long_list(school, tmp_path):
    many = [{"subject": "Toán", "grade": 6 + i % 4, "code": f"CSTOAN.{i:03d}",
             "name": f"Mô hình hình học số {i}", "unit": "bộ", "quantity": 1}
            for i in range(120)]  # fmt: skip
    replace_list(school, "THCS", many, "Tệp dài")
    out = compliance_sheet(school, tmp_path / "day-du.pdf", only_missing=False)
    pages = read_pdf(out)
    with_lines = [p for p in pages if "Mô hình hình học số" in p]
    assert len(with_lines) >= 3
    for page in with_lines:  # the header on every page of the table
        assert all(word in page for word in ("STT", "Tên thiết bị", "Định", "Còn")), page[:400]
    text = one_line(" ".join(pages))
    assert all(f"Mô hình hình học số {i} " in text for i in range(120))


def test_the_workbook_has_the_rooms_and_every_line(school, tmp_path):
    out = export_compliance(school, tmp_path / "ra-soat.xlsx")
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == [
        "Số phòng theo loại", "Phòng học bộ môn", "Thiết bị tối thiểu", "Mã ngoài danh mục",
        "Thông tin",
    ]  # fmt: skip
    rooms = list(wb["Phòng học bộ môn"].iter_rows(values_only=True))
    assert list(rooms[0]) == [c.header for c in ROOM_COLUMNS]
    by_code = {r[1]: r for r in rooms[1:]}
    assert by_code["P.KHTN1"][9] == "Chưa đạt" and "11,25 m²" in by_code["P.KHTN1"][10]
    assert by_code["P.KHTN1"][7] == pytest.approx(83.25)
    lines = list(wb["Thiết bị tối thiểu"].iter_rows(values_only=True))
    assert list(lines[0]) == [c.header for c in LINE_COLUMNS]
    assert len(lines) == len(LETTER_NAMES) + 2
    projector = next(r for r in lines if r[3] == "CSDC.01")
    assert projector[2:14] == ("Mọi khối", "CSDC.01", None, "Máy chiếu đa năng", None, "cái", 1,
                             "trường", None, 1, 1, 0)  # fmt: skip
    first = lines[1]
    assert (first[2], first[10], first[11], first[12], first[13]) == (7, 4, 8, 0, 8)
    others = list(wb["Mã ngoài danh mục"].iter_rows(values_only=True))
    assert others[1][1:] == ("CSMT7.99", "Bàn xoay gốm", 1, 3, 3)
    wb.close()


@needs_soffice
def test_libreoffice_opens_the_workbook(school, tmp_path):
    assert SOFFICE is not None
    out = export_compliance(school, tmp_path / "ra-soat.xlsx")
    csv_all = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"
    soffice([out], csv_all, tmp_path / "csv", tmp_path / f"profile-{uuid.uuid4().hex}")
    tables = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            tables[path.stem] = list(csv.reader(f))
    assert set(tables) == {
        "ra-soat-Số phòng theo loại", "ra-soat-Phòng học bộ môn", "ra-soat-Thiết bị tối thiểu",
        "ra-soat-Mã ngoài danh mục", "ra-soat-Thông tin",
    }  # fmt: skip
    lines = tables["ra-soat-Thiết bị tối thiểu"]
    assert [row[5] for row in lines[1:-1]] == LETTER_NAMES
    rooms = tables["ra-soat-Phòng học bộ môn"]
    assert rooms[1][1] == "P.KHTN1" and rooms[1][9] == "Chưa đạt"


def test_the_command_line_prints_exports_and_imports(school, tmp_path):
    db = str(school.path)
    school.close()
    pdf = tmp_path / "ra-soat.pdf"
    xlsx = tmp_path / "ra-soat.xlsx"
    assert cli.main(["print", "compliance", "-o", str(pdf), "--db", db]) == EXIT_OK
    assert cli.main(["export", "compliance", "-o", str(xlsx), "--db", db]) == EXIT_OK
    assert pdf.stat().st_size > 0 and xlsx.stat().st_size > 0
    good = ministry_file(tmp_path / "tt38.xlsx")
    assert cli.main(["import-catalogue", str(good), "--dry-run", "--db", db]) == EXIT_OK
    reg = Register.open(Path(db))
    try:
        from app.services.catalogue import active_list

        assert len(active_list(reg, "THCS").lines) == len(LETTER_NAMES) + 1  # unchanged
    finally:
        reg.close()
    bad = openpyxl.Workbook()
    ws = bad.active
    assert ws is not None
    ws.title = "Toán 6"
    ws.append(["STT", "Tên thiết bị", "Đơn vị tính", "Số lượng"])
    ws.append([1, "Compa", "cái", "nhiều"])
    bad.save(tmp_path / "loi.xlsx")
    assert cli.main(["import-catalogue", str(tmp_path / "loi.xlsx"), "--db", db]) == EXIT_BAD_ROWS
    assert cli.main(["import-catalogue", str(good), "--db", db]) == EXIT_OK
    reg = Register.open(Path(db))
    try:
        assert len(active_list(reg, "THCS").lines) == 6
    finally:
        reg.close()
