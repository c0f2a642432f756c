"""Sổ theo dõi mượn – trả thiết bị read back from the PDF (every Vietnamese letter, the
book's columns repeated on every page, month headings, what came back in which
condition, totals, signatures, Trang x/y), its Excel export read by openpyxl and by
LibreOffice, and `sotb print|export loans`."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.cli import main as sotb
from app.reports.excel_loans import LOAN_COLUMNS, export_loans
from app.reports.pdf.loan_book import loan_book
from app.services import loans, schools
from app.services.register import Register
from tests.conftest import Refused
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

ON = date(2026, 11, 30)
OCTOBER = datetime(2026, 10, 5, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội, the same day in UTC
NOVEMBER = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # what "overdue" is measured against


def has_header(page: str) -> bool:
    """The book's columns head the page (pdftotext puts a wrapped caption's first and
    last lines above and below the one-line ones)."""
    flat = one_line(page)
    return in_order(flat, "STT Người mượn Lớp Tiết Tên bài dạy Tên thiết bị Ngày trả Ký trả") and (
        in_order(flat, "Ngày Số Tình trạng Ký STT") and in_order(flat, "mượn lượng khi trả mượn")
    )


def local_day(moment: datetime) -> str:
    return f"{moment.astimezone():%d/%m/%Y}"


@dataclass
class Book:
    reg: Register
    letters: list[str]  # ids of the loans of the items named with every letter
    damaged: str  # back with one broken unit and a note
    partial: str  # one of three back, two still out (overdue at NOW)
    formula: str  # a lesson that looks like a formula


@pytest.fixture
def book(register: Register, add_room, add_item) -> Book:  # type: ignore[no-untyped-def]
    schools.update_school(register, SCHOOL_DATA)
    lab = add_room(register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn")
    hoa = schools.add_staff(register, {"full_name": "Phạm Thị Hoa", "subject": "KHTN"})
    items = [
        add_item(register, f"TB-{n:04}", name, room_id=lab.id, quantity=5, unit="hộp")
        for n, name in enumerate(LETTER_NAMES, start=1)
    ]
    microscopes = add_item(
        register, "TB-0100", "Kính hiển vi quang học", room_id=lab.id, quantity=6
    )

    def lend(at: datetime, item_id: str, quantity: int, **kw: str) -> str:
        data = {
            "borrower_id": hoa.id,
            "class_name": "7A2",
            "period": "3-4",
            "lesson": "Bài 18: Tế bào – đơn vị cơ sở của sự sống",
            "lent_at": at,
            "due_at": at + timedelta(hours=6),
            "lines": [{"equipment_id": item_id, "quantity": quantity}],
            **kw,
        }
        return loans.lend(register, data)[0].id

    letters = [lend(OCTOBER, i.id, 2) for i in items]
    for loan_id in letters:
        loans.return_loan(register, {"loan_id": loan_id, "good": 2, "returned_at": OCTOBER})
    damaged = lend(NOVEMBER, microscopes.id, 2, borrower_id="", borrower_name="Lê Văn Tâm")
    loans.return_loan(
        register,
        {
            "loan_id": damaged,
            "good": 1,
            "damaged": 1,
            "notes": "vỡ lam kính",
            "returned_at": NOVEMBER + timedelta(hours=3),
        },
    )
    partial = lend(NOVEMBER, microscopes.id, 3, class_name="9A1", period="5")
    loans.return_loan(
        register, {"loan_id": partial, "good": 1, "returned_at": NOVEMBER + timedelta(hours=2)}
    )
    formula = lend(NOVEMBER + timedelta(days=1), items[0].id, 1, lesson="=SUM(A1:A9)")
    return Book(register, letters, damaged, partial, formula)


# -- the printed book ------------------------------------------------------------------


def test_the_loan_book_prints_every_column_letter_and_condition(book: Book, tmp_path: Path) -> None:
    out = loan_book(book.reg, tmp_path / "so-muon-tra.pdf", on=ON)
    pages = read_pdf(out)
    assert len(pages) >= 2
    assert_official(pages, "SỔ THEO DÕI MƯỢN – TRẢ THIẾT BỊ")
    text = one_line("\n".join(pages))
    assert "Mường Tè, ngày 30 tháng 11 năm 2026" in text
    assert "Năm học 2026 - 2027" in text and "(Toàn bộ sổ)" in text
    for page in (p for p in pages if "TB-0" in p):  # the book's columns on every page
        assert has_header(page), page
    assert in_order(text, "Tháng 10/2026") and in_order(text, "Tháng 10/2026 1 ")
    assert text.index("Tháng 10/2026") < text.index("Tháng 11/2026")
    assert_every_letter(text)
    assert in_order(text, f"{local_day(OCTOBER)} Phạm Thị Hoa 7A2 3-4 Bài 18: Tế bào")
    assert in_order(text, "Tốt 1, hỏng 1 (vỡ lam kính)")  # wrapped in its narrow column
    assert in_order(text, "Lê Văn Tâm")  # a borrower not on the staff list, as typed
    assert in_order(text, "Đã trả 1 (tốt 1); còn 2")  # the loan not all back
    total = len(book.letters) + 3
    units = 2 * len(book.letters) + 2 + 3 + 1
    assert (
        f"Tổng cộng: {total} lượt mượn, {units} đơn vị thiết bị; {total - 2} lượt đã trả đủ, "
        "2 lượt chưa trả đủ. Khi trả: 1 đơn vị hỏng, 0 đơn vị mất." in text
    )
    assert_signed(
        pages[-1],
        "NGƯỜI LẬP HIỆU TRƯỞNG",
        SCHOOL_DATA["equipment_officer"],
        SCHOOL_DATA["principal"],
    )
    assert has_header(pages[-1])  # the last rows come with the closing lines


def test_a_period_of_the_book_prints_only_its_days(book: Book, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = loan_book(
        book.reg,
        tmp_path / "thang-11.pdf",
        since=NOVEMBER.date(),
        until=ON,
        on=ON,
        progress=lambda done, total: calls.append((done, total)),
    )
    text = one_line("\n".join(read_pdf(out)))
    assert f"(Từ ngày {NOVEMBER:%d/%m/%Y} đến ngày 30/11/2026)" in text
    assert "Tháng 10/2026" not in text and "Tháng 11/2026" in text
    assert LETTER_NAMES[1] not in text  # lent in October
    assert "Tổng cộng: 3 lượt mượn" in text
    assert calls[-1] == (3, 3)
    empty = loan_book(book.reg, tmp_path / "e.pdf", until=date(2026, 6, 30), on=ON)
    flat = one_line("\n".join(read_pdf(empty)))
    assert "Không có lượt mượn nào trong thời gian này" in flat
    assert "Năm học 2025 - 2026" in flat  # the school year of the period asked for


def test_a_book_over_two_school_years_says_both(book: Book, tmp_path: Path) -> None:
    text = one_line(
        "\n".join(read_pdf(loan_book(book.reg, tmp_path / "b.pdf", since=date(2026, 5, 1), on=ON)))
    )
    assert "Năm học 2025 - 2026 đến 2026 - 2027" in text


def test_a_first_day_after_the_last_is_refused(
    book: Book, tmp_path: Path, refused: Refused
) -> None:
    out = tmp_path / "x.pdf"
    err = refused(book.reg, loan_book, out, since=ON, until=NOVEMBER.date())
    assert "sau ngày kết thúc" in err.message
    assert not out.exists()


def test_a_long_book_repeats_its_header_and_keeps_every_row(
    register: Register, add_item, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    schools.update_school(register, SCHOOL_DATA)
    lot = add_item(register, "TB-0001", "Máy tính cầm tay Casio fx-580VN X", quantity=500)
    count = 90
    for n in range(count):
        at = OCTOBER + timedelta(hours=n)
        loans.lend(
            register,
            {
                "borrower_name": f"Giáo viên số {n + 1}",
                "lent_at": at,
                "due_at": at + timedelta(hours=2),
                "lines": [{"equipment_id": lot.id, "quantity": 1}],
            },
        )
    pages = read_pdf(loan_book(register, tmp_path / "dai.pdf", on=ON))
    assert len(pages) >= 3
    for page in pages[:-1]:
        assert has_header(page), page[:400]
    text = one_line("\n".join(pages))
    for n in range(1, count + 1):
        assert f"Giáo viên số {n} " in text, n
    assert f"Tổng cộng: {count} lượt mượn" in text


# -- the Excel export ------------------------------------------------------------------


def test_the_export_reads_back_with_times_numbers_and_text(book: Book, tmp_path: Path) -> None:
    out = export_loans(book.reg, tmp_path / "muon-tra.xlsx", now=NOW)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Sổ mượn trả", "Thông tin"]
    ws = wb["Sổ mượn trả"]
    assert [c.value for c in ws[1]] == [c.header for c in LOAN_COLUMNS]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws.max_row == len(book.letters) + 3 + 1
    headers = [c.header for c in LOAN_COLUMNS]
    rows = [dict(zip(headers, (c for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    first = rows[0]
    assert first["STT"].value == 1 and first["Tên thiết bị"].value == LETTER_NAMES[0]
    lent = OCTOBER.astimezone().replace(tzinfo=None)
    assert first["Ngày giờ mượn"].value == lent
    assert first["Ngày giờ mượn"].number_format == "dd/mm/yyyy hh:mm"
    assert first["Hạn trả"].value == lent + timedelta(hours=6)
    assert (first["Số lượng"].value, first["Trả tốt"].value, first["Chưa trả"].value) == (2, 2, 0)
    assert first["Trạng thái"].value == "Đã trả"
    by_class = {r["Lớp"].value: r for r in rows if r["Mã tài sản"].value == "TB-0100"}
    assert by_class["9A1"]["Trạng thái"].value == "Quá hạn"  # out since 2 November
    assert by_class["9A1"]["Chưa trả"].value == 2 and by_class["9A1"]["Ngày giờ trả"].value is None
    damaged = next(r for r in rows if r["Người mượn"].value == "Lê Văn Tâm")
    assert (damaged["Trả tốt"].value, damaged["Trả hỏng"].value) == (1, 1)
    assert damaged["Ghi chú khi trả"].value == "vỡ lam kính"
    formula = rows[-1]["Tên bài dạy"]
    assert formula.value == "=SUM(A1:A9)" and formula.data_type == "s"  # text, not a formula
    info = {r[0].value: r[1].value for r in wb["Thông tin"].iter_rows(min_row=2)}
    assert info["Số lượt mượn"] == len(book.letters) + 3
    assert (info["Số lượt chưa trả đủ"], info["Trong đó quá hạn"]) == (2, 2)
    assert (info["Đơn vị trả hỏng"], info["Đơn vị bị mất"]) == (1, 0)
    wb.close()
    empty = export_loans(book.reg, tmp_path / "e.xlsx", until=date(2026, 9, 30), now=NOW)
    assert openpyxl.load_workbook(empty)["Sổ mượn trả"].max_row == 1


@needs_soffice
def test_libreoffice_opens_the_export(book: Book, tmp_path: Path) -> None:
    assert SOFFICE is not None
    out = export_loans(book.reg, tmp_path / "loans.xlsx", now=NOW)
    soffice([out], CSV_ALL_SHEETS, tmp_path / "csv", tmp_path / f"p-{uuid.uuid4().hex}")
    tables = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            tables[path.stem] = list(csv.reader(f))
    assert set(tables) == {"loans-Sổ mượn trả", "loans-Thông tin"}
    lines = tables["loans-Sổ mượn trả"]
    assert lines[0] == [c.header for c in LOAN_COLUMNS]
    first = dict(zip(lines[0], lines[1], strict=True))
    assert first["Ngày giờ mượn"] == f"{OCTOBER.astimezone():%d/%m/%Y %H:%M}"
    assert first["Tên thiết bị"] == LETTER_NAMES[0] and first["Số lượng"] == "2"
    assert dict(zip(lines[0], lines[-1], strict=True))["Tên bài dạy"] == "=SUM(A1:A9)"


# -- the command line ------------------------------------------------------------------


def test_sotb_prints_and_exports_the_loan_book(book: Book, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(book.reg.path)
    pdf = tmp_path / "so.pdf"
    args = ["--since", f"{NOVEMBER:%d/%m/%Y}", "--until", "30/11/2026", "--date", "30/11/2026"]
    assert sotb(["--db", db, "print", "loans", *args, "-o", str(pdf)]) == 0
    text = one_line("\n".join(read_pdf(pdf)))
    assert "Tổng cộng: 3 lượt mượn" in text and "ngày 30 tháng 11 năm 2026" in text
    xlsx = tmp_path / "so.xlsx"
    assert sotb(["--db", db, "export", "loans", "--since", "2026-10-01", "-o", str(xlsx)]) == 0
    assert openpyxl.load_workbook(xlsx)["Sổ mượn trả"].max_row == len(book.letters) + 3 + 1
    capsys.readouterr()
    bad = ["--since", "30/11/2026", "--until", "01/11/2026"]
    assert sotb(["--db", db, "print", "loans", *bad, "-o", str(tmp_path / "x.pdf")]) == 1
    assert "sau ngày kết thúc" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
