"""Biên bản thanh lý and biên bản bàn giao read back from the PDF (every Vietnamese
letter, letterhead, repeated header, Trang x/y, totals), their Excel exports read by
openpyxl and by LibreOffice, and `sotb print|export` for them."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main as sotb
from app.reports.excel_disposal_transfers import (
    DISPOSAL_COLUMNS,
    DISPOSAL_LINE_COLUMNS,
    TRANSFER_COLUMNS,
    export_disposals,
    export_transfers,
)
from app.reports.pdf.disposal_minutes import disposal_minutes
from app.reports.pdf.transfer_minutes import transfer_minutes
from app.reports.vocabulary import vn_number
from app.services import disposals, schools, transfers
from app.services.register import Register
from tests.reports.letters import LETTER_NAMES, assert_every_letter
from tests.reports.test_excel_export import CSV_ALL_SHEETS, SOFFICE, needs_soffice, soffice
from tests.reports.test_pdf_sheets import (
    SCHOOL_DATA,
    assert_official,
    assert_signed,
    in_order,
    one_line,
    read_pdf,
)

DECIDED = date.today() - timedelta(days=40)
DONE = date.today() - timedelta(days=30)
COMMITTEE = [
    {"name": "Phạm Thị Hồng Nhung", "position": "Hiệu trưởng", "role": "Chủ tịch hội đồng"},
    {"name": "Đặng Quốc Việt", "position": "Nhân viên thiết bị", "role": "Thư ký"},
    {"name": "Lưu Thị Ngọc Ánh", "position": "Kế toán", "role": "Ủy viên"},
]


@dataclass
class Sheets:
    reg: Register
    disposal_id: str
    handover_id: str
    split_id: str
    items: list[Any]
    original: int
    remaining: int


@pytest.fixture
def sheets(register: Register, add_room, add_item) -> Sheets:  # type: ignore[no-untyped-def]
    schools.update_school(register, SCHOOL_DATA)
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    lab = add_room(register, "P.HOA", "Phòng bộ môn Hóa học", subject_type="khtn")
    items = [
        add_item(
            register,
            f"TB-{n:04}",
            name,
            room_id=store.id,
            quantity=4,
            qty_broken=2,
            unit="bộ",
            unit_price=1_250_000 + n * 1000,
            in_service_on=date(2019, 9, 5),
        )
        for n, name in enumerate(LETTER_NAMES * 3, start=1)
    ]
    d = disposals.create_disposal(
        register,
        {
            "decision_number": "15/QĐ-THCS",
            "decision_date": DECIDED,
            "disposed_on": DONE,
            "reason": "Hỏng nặng, không còn sửa chữa được",
            "method": "Bán phế liệu",
            "proceeds": 350_000,
            "committee": COMMITTEE,
        },
    )
    disposals.add_lines(
        register,
        d.id,
        [
            {"equipment_id": i.id, "quantity": 2, "remaining_value": 10_000, "reason": "=vỡ"}
            for i in items
        ],
    )
    disposals.apply_disposal(register, d.id)
    lines = disposals.disposal_lines(register, d.id)
    handed = transfers.transfer_between_rooms(
        register,
        {
            "to_room_id": lab.id,
            "transferred_on": DONE,
            "decision_number": "07/QĐ-THCS",
            "handed_by": "Đặng Quốc Việt",
            "received_by": "Nguyễn Thị Lan Hương",
            "reason": "Trang bị phòng bộ môn",
            # One unit of each item named with the letters, the sixth one whole.
            "lines": [{"equipment_id": i.id, "quantity": 1} for i in items[:5]]
            + [{"equipment_id": items[5].id}]
            + [{"equipment_id": i.id, "quantity": 1} for i in items[6 : len(LETTER_NAMES)]],
        },
    )
    return Sheets(
        register,
        d.id,
        handed.transfer_ids[0],
        handed.split_off[0],
        items,
        sum(line.original_value for line in lines),
        sum(line.remaining_value for line in lines),
    )


def test_the_disposal_minutes_have_everything_on_every_page(sheets: Sheets, tmp_path: Path) -> None:
    out = disposal_minutes(sheets.reg, tmp_path / "thanh-ly.pdf", sheets.disposal_id)
    pages = read_pdf(out)
    assert len(pages) >= 2
    assert_official(pages, "BIÊN BẢN THANH LÝ TÀI SẢN, THIẾT BỊ")
    text = one_line("\n".join(pages))
    assert f"Quyết định số 15/QĐ-THCS ngày {DECIDED:%d/%m/%Y}" in text
    for member in COMMITTEE:
        assert member["name"] in text and member["position"] in text
    for page in (p for p in pages if "TB-00" in p):  # the header repeats over the items
        flat = one_line(page)
        assert in_order(flat, "STT Mã thiết bị Tên thiết bị") and "Nguyên giá" in flat
        assert "Giá trị còn lại" in flat and "Lý do, ghi chú" in flat
    assert f"Mường Tè, ngày {DONE.day} tháng {DONE.month} năm {DONE.year}" in one_line(pages[0])
    assert_every_letter("\n".join(pages))
    assert in_order(text, f"TỔNG CỘNG {vn_number(2 * len(sheets.items))}")
    assert f"{vn_number(sheets.original)}" in text and f"{vn_number(sheets.remaining)}" in text
    assert "Lý do thanh lý: Hỏng nặng, không còn sửa chữa được" in text
    assert "Hình thức thanh lý: Bán phế liệu" in text
    assert "số tiền thu hồi 350.000 đồng" in text
    assert_signed(
        pages[-1],
        "THƯ KÝ CHỦ TỊCH HỘI ĐỒNG HIỆU TRƯỞNG",
        "Đặng Quốc Việt Phạm Thị Hồng Nhung Phạm Thị Hồng Nhung",
    )
    assert "TỔNG CỘNG" in pages[-1]
    assert "Dự thảo" not in text


def test_a_draft_prints_as_a_draft(register: Register, tmp_path: Path) -> None:
    d = disposals.create_disposal(register, {"disposed_on": DONE})
    text = one_line("\n".join(read_pdf(disposal_minutes(register, tmp_path / "d.pdf", d.id))))
    assert "Dự thảo, chưa thực hiện" in text
    assert "Chưa có thiết bị nào trong danh sách thanh lý" in text


def test_the_handover_minutes_list_the_items_and_the_new_codes(
    sheets: Sheets, tmp_path: Path
) -> None:
    out = transfer_minutes(sheets.reg, tmp_path / "ban-giao.pdf", sheets.handover_id)
    pages = read_pdf(out)
    assert_official(pages, "BIÊN BẢN BÀN GIAO THIẾT BỊ")
    text = one_line("\n".join(pages))
    assert "Từ phòng KHO đến phòng P.HOA – Phòng bộ môn Hóa học" in text
    assert "Căn cứ Quyết định số 07/QĐ-THCS" in text
    assert "Bên giao: Ông (bà) Đặng Quốc Việt" in text
    assert "Bên nhận: Ông (bà) Nguyễn Thị Lan Hương" in text
    assert f"Mường Tè, ngày {DONE.day} tháng {DONE.month} năm {DONE.year}" in one_line(pages[0])
    assert_every_letter("\n".join(pages))
    assert in_order(text, "Mã mới: TB-0001 1 Tốt 1 KHO P.HOA 1.251.000 TB-0001.1")
    units = len(LETTER_NAMES) + 1  # one unit of each item, and the sixth item's two
    assert in_order(text, f"TỔNG CỘNG {units}")
    for page in pages:  # the header on every page
        assert in_order(one_line(page), "STT Mã thiết bị Tên thiết bị")
    assert_signed(
        pages[-1],
        "BÊN GIAO BÊN NHẬN HIỆU TRƯỞNG",
        "Đặng Quốc Việt Nguyễn Thị Lan Hương Phạm Thị Hồng Nhung",
    )
    assert "TỔNG CỘNG" in pages[-1]


def test_the_exports_read_back_with_numbers_dates_and_text(sheets: Sheets, tmp_path: Path) -> None:
    out = export_disposals(sheets.reg, tmp_path / "thanh-ly.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Thiết bị thanh lý", "Hồ sơ thanh lý", "Thông tin"]
    ws = wb["Thiết bị thanh lý"]
    assert [c.value for c in ws[1]] == [c.header for c in DISPOSAL_LINE_COLUMNS]
    assert ws.freeze_panes == "A2" and ws.max_row == len(sheets.items) + 1
    first = [c for c in ws[2]]
    assert first[1].value == "15/QĐ-THCS" and first[2].value.date() == DECIDED
    assert first[2].number_format == "dd/mm/yyyy"
    assert (first[10].value, first[11].value) == (2, 2 * 1_251_000)
    assert first[13].value == "=vỡ" and first[13].data_type == "s"  # text, not a formula
    summary = wb["Hồ sơ thanh lý"]
    assert [c.value for c in summary[1]] == [c.header for c in DISPOSAL_COLUMNS]
    assert summary.cell(2, 8).value == sheets.original
    assert "Phạm Thị Hồng Nhung" in summary.cell(2, 13).value
    wb.close()
    # Nothing in the period: an empty sheet, not a failure.
    empty = export_disposals(sheets.reg, tmp_path / "e.xlsx", until=DECIDED - timedelta(days=1))
    assert openpyxl.load_workbook(empty)["Thiết bị thanh lý"].max_row == 1

    moved = export_transfers(sheets.reg, tmp_path / "dieu-chuyen.xlsx")
    ws = openpyxl.load_workbook(moved)["Điều chuyển"]
    assert [c.value for c in ws[1]] == [c.header for c in TRANSFER_COLUMNS]
    rows = {r[3].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert rows["TB-0001"][4] == "TB-0001.1"
    assert rows["TB-0001"][2] == "Điều chuyển giữa các phòng"
    assert (rows["TB-0001"][9], rows["TB-0001"][10]) == ("KHO", "P.HOA")
    assert rows["TB-0006"][7] == 2 and rows["TB-0006"][8] == "Tốt 2"


@needs_soffice
def test_libreoffice_opens_both_exports(sheets: Sheets, tmp_path: Path) -> None:
    assert SOFFICE is not None
    files = [
        export_disposals(sheets.reg, tmp_path / "disposals.xlsx"),
        export_transfers(sheets.reg, tmp_path / "transfers.xlsx"),
    ]
    soffice(files, CSV_ALL_SHEETS, tmp_path / "csv", tmp_path / f"p-{uuid.uuid4().hex}")
    tables = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            tables[path.stem] = list(csv.reader(f))
    assert set(tables) == {
        "disposals-Thiết bị thanh lý",
        "disposals-Hồ sơ thanh lý",
        "disposals-Thông tin",
        "transfers-Điều chuyển",
        "transfers-Thông tin",
    }
    lines = tables["disposals-Thiết bị thanh lý"]
    assert lines[0] == [c.header for c in DISPOSAL_LINE_COLUMNS]
    assert lines[1][2] == f"{DECIDED:%d/%m/%Y}"  # dd/mm/yyyy whatever the locale
    assert lines[1][6] == LETTER_NAMES[0] and lines[1][13] == "=vỡ"
    assert lines[1][11] == "2,502,000"
    moved = tables["transfers-Điều chuyển"]
    assert moved[0] == [c.header for c in TRANSFER_COLUMNS]
    assert {r[4] for r in moved[1:]} >= {"TB-0001.1", "TB-0005.1"}


def test_sotb_prints_and_exports_them(sheets: Sheets, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(sheets.reg.path)
    pdf = tmp_path / "tl.pdf"
    assert sotb(["--db", db, "print", "disposal", "15/QĐ-THCS", "-o", str(pdf)]) == 0
    assert "15/QĐ-THCS" in one_line("\n".join(read_pdf(pdf)))
    assert sotb(["--db", db, "print", "transfer", "07/QĐ-THCS", "-o", str(tmp_path / "b.pdf")]) == 0
    assert sotb(["--db", db, "print", "transfer", sheets.handover_id, "-o", str(pdf)]) == 0
    assert sotb(["--db", db, "print", "disposal", "99/QĐ", "-o", str(pdf)]) == 1
    assert "99/QĐ" in capsys.readouterr().err
    assert sotb(["--db", db, "print", "disposal", "-o", str(pdf)]) == 1
    for what in ("disposals", "transfers"):
        out = tmp_path / f"{what}.xlsx"
        assert sotb(["--db", db, "export", what, "-o", str(out), "--since", "01/01/2020"]) == 0
        assert out.exists()


@pytest.mark.parametrize("count", [10, 14, 18])
def test_the_closing_follows_the_totals_where_the_page_has_room(
    register: Register, add_room, add_item, tmp_path: Path, count: int
) -> None:  # type: ignore[no-untyped-def]
    """A few items over the first page: the closing lines and the signatures come right
    under the totals on the second page, not on a third page of their own."""
    schools.update_school(register, SCHOOL_DATA)
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    items = [
        add_item(register, f"TB-{n:04}", f"Bàn ghế học sinh {n}", room_id=store.id, qty_broken=1)
        for n in range(1, count + 1)
    ]
    d = disposals.create_disposal(
        register,
        {"decision_number": "15/QĐ-THCS", "decision_date": DECIDED, "disposed_on": DONE,
         "reason": "Gãy, mục", "committee": COMMITTEE},
    )  # fmt: skip
    disposals.add_lines(register, d.id, [{"equipment_id": i.id} for i in items])
    pages = read_pdf(disposal_minutes(register, tmp_path / "tl.pdf", d.id))
    assert len(pages) == 2
    last = one_line(pages[-1])
    assert in_order(last, "TỔNG CỘNG Lý do thanh lý: Gãy, mục")
    assert in_order(last, "THƯ KÝ CHỦ TỊCH HỘI ĐỒNG HIỆU TRƯỞNG")


@pytest.mark.parametrize("count", [12, 17, 22])
def test_the_handover_closing_follows_the_totals_where_the_page_has_room(
    register: Register, add_room, add_item, tmp_path: Path, count: int
) -> None:  # type: ignore[no-untyped-def]
    schools.update_school(register, SCHOOL_DATA)
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    lab = add_room(register, "P.HOA", "Phòng bộ môn Hóa học", subject_type="khtn")
    items = [
        add_item(register, f"TB-{n:04}", f"Ống nghiệm {n}", room_id=store.id)
        for n in range(1, count + 1)
    ]
    handed = transfers.transfer_between_rooms(
        register,
        {"to_room_id": lab.id, "transferred_on": DONE, "handed_by": "Đặng Quốc Việt",
         "received_by": "Nguyễn Thị Lan Hương", "lines": [{"equipment_id": i.id} for i in items]},
    )  # fmt: skip
    pages = read_pdf(transfer_minutes(register, tmp_path / "bg.pdf", handed.transfer_ids[0]))
    assert len(pages) == 2
    last = one_line(pages[-1])
    assert in_order(last, f"TỔNG CỘNG {count} Tổng số: {count} loại thiết bị")
    assert in_order(last, "BÊN GIAO BÊN NHẬN HIỆU TRƯỞNG")
