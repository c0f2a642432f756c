"""Sổ theo dõi sử dụng phòng học bộ môn read back from the PDF (letterhead, place and
date, every Vietnamese letter, the columns on every page, month headings, the rows,
the room's figures, the signatures, Trang x/y; a section per room), its Excel export
read by openpyxl and by LibreOffice, and `sotb print|export usage`."""

from __future__ import annotations

import argparse
import csv
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main as sotb
from app.cli_reports import _usage_scope
from app.models import Room
from app.reports.excel_usage import (
    MONTH_COLUMNS,
    ROOM_COLUMNS,
    SESSION_COLUMNS,
    SUBJECT_COLUMNS,
    export_usage,
)
from app.reports.pdf.usage_book import usage_book
from app.reports.vocabulary import vn_number
from app.services import room_usage, schools
from app.services.register import Register
from tests.conftest import Refused
from tests.reports.letters import LETTER_NAMES, assert_every_letter
from tests.reports.test_excel_export import CSV_ALL_SHEETS, SOFFICE, needs_soffice, soffice
from tests.reports.test_pdf_sheets import (
    PRINCIPAL,
    SCHOOL_DATA,
    assert_numbered,
    assert_official,
    assert_signed,
    in_order,
    one_line,
    read_pdf,
)

TITLE = "SỔ THEO DÕI SỬ DỤNG PHÒNG HỌC BỘ MÔN"
ON = date.today()
# Seven weeks back: inside the dates a session may take, and over two months at least.
FIRST = room_usage.week_start(ON) - timedelta(weeks=7)
LAST = FIRST + timedelta(weeks=6)
TEACHER = "Phạm Thị Hoa"
KEEPER = "Trịnh Thị Ngọc Ánh"  # in charge of the science room
LESSON = "Bài 18: Tế bào – đơn vị cơ sở của sự sống"


def day_of(n: int) -> date:
    """The n-th session's day: Monday to Friday, a week after another."""
    return FIRST + timedelta(weeks=n // 5, days=n % 5)


def place_and_date(on: date) -> str:
    return f"Mường Tè, ngày {on.day} tháng {on.month} năm {on.year}"


@dataclass
class Book:
    reg: Register
    lab: Room
    it: Room
    music: Room
    sessions: int  # in the lab
    periods: int  # in the lab


@pytest.fixture
def book(register: Register, add_room: Any, add_item: Any) -> Book:
    """The science room used for a lesson on each letter's day (the lesson named with
    the letters), one session with an incident and one of another subject; the computer
    room used once; the music room never."""
    schools.update_school(register, SCHOOL_DATA)
    keeper = schools.add_staff(register, {"full_name": KEEPER})
    hoa = schools.add_staff(register, {"full_name": TEACHER, "subject": "Khoa học tự nhiên"})
    lab = add_room(
        register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn",
        responsible_staff_id=keeper.id,
    )  # fmt: skip
    it = add_room(register, "P.TIN1", "Phòng Tin học 1")
    music = add_room(register, "P.NHAC", "Phòng Âm nhạc", subject_type="am_nhac")
    microscope = add_item(register, "TB-0100", "Kính hiển vi quang học", room_id=lab.id)

    def record(room: Room, day: date, first: int, last: int, **kw: Any) -> None:
        data = {
            "room_id": room.id, "used_on": day, "period_from": first, "period_to": last,
            "class_name": "7A2", "teacher_id": hoa.id, "lesson": LESSON, **kw,
        }  # fmt: skip
        room_usage.record_usage(register, data)

    periods = 0
    for n, name in enumerate(LETTER_NAMES):
        first = 1 + n % 4
        record(lab, day_of(n), first, first + 1, lesson=name)
        periods += 2
    record(
        lab, LAST, 6, 7, class_name="9A1", lesson=LESSON, equipment_ids=[microscope.id],
        equipment_text="2 bộ lam kính", incidents="Vỡ 1 lam kính",
    )  # fmt: skip
    record(lab, LAST, 8, 8, class_name="8A3", subject="Toán", lesson="=Thống kê và xác suất")
    record(it, LAST, 1, 1, teacher_id=None, teacher_name="Lê Văn Tâm", lesson="Bài 3. Mạng")
    return Book(register, lab, it, music, len(LETTER_NAMES) + 2, periods + 3)


# -- the printed book ------------------------------------------------------------------


def test_the_book_of_a_room_prints_its_sessions_figures_and_signatures(
    book: Book, tmp_path: Path
) -> None:
    out = usage_book(
        book.reg, tmp_path / "so.pdf", since=FIRST, until=LAST, room_id=book.lab.id, on=ON
    )
    pages = read_pdf(out)
    assert len(pages) >= 2
    assert_official(pages, TITLE)
    first = one_line(pages[0])
    assert place_and_date(ON) in first
    assert "Trường THCS Nguyễn Du – Phòng: P.KHTN1 – Phòng Khoa học tự nhiên 1" in first
    assert f"Người phụ trách: {KEEPER}" in first
    assert f"(Từ ngày {FIRST:%d/%m/%Y} đến ngày {LAST:%d/%m/%Y})" in first
    assert "Ghi chú: Tiết 1–5: buổi sáng; tiết 6–10: buổi chiều." in first
    for page in pages:  # the columns on every page (a wrapped caption around the rest)
        flat = one_line(page)
        assert in_order(flat, "Ngày Tiết Lớp Giáo viên Tên bài dạy Thiết bị sử dụng"), page
        assert in_order(flat, "Tình trạng phòng Ký tên và thiết bị"), page
    text = "\n".join(pages)
    flat = one_line(text)
    assert_every_letter(text)
    # A month heading before the month's first session, in order.
    months = sorted({(d.year, d.month) for d in (day_of(0), LAST)})
    headings = [flat.index(f"Tháng {m:02d}/{y}") for y, m in months]
    assert headings == sorted(headings) and len(headings) == 2
    assert in_order(flat, f"{day_of(0):%d/%m/%Y} 1–2 7A2 {TEACHER} {LETTER_NAMES[0]} Bình thường")
    # A wrapped cell's lines go round the one-line cells of its row.
    assert in_order(flat, f"Kính hiển vi quang học; 2 bộ {LAST:%d/%m/%Y} 6–7 9A1 {TEACHER}")
    assert in_order(flat, f"{LAST:%d/%m/%Y} 6–7 9A1 {TEACHER} Vỡ 1 lam kính")
    assert in_order(flat, "Toán: =Thống kê và xác suất")  # another subject than the room's
    assert "P.TIN1" not in flat and "Bài 3. Mạng" not in flat  # the other room's session
    available = room_usage.school_days(FIRST, LAST) * 10
    share = vn_number(round(100 * book.periods / available, 1))
    assert (
        f"Cộng: {book.sessions} buổi, {book.periods} tiết; đã dùng {share} % trong "
        f"{vn_number(available)} tiết có thể dùng (từ thứ Hai đến thứ Bảy, 10 tiết mỗi "
        "ngày). Số buổi ghi sự cố về phòng, thiết bị: 1."
    ) in flat
    last = pages[-1]
    assert "Toán: =Thống kê" in one_line(last)  # the last row comes with the figures
    assert_signed(last, "NGƯỜI PHỤ TRÁCH PHÒNG HIỆU TRƯỞNG", KEEPER, PRINCIPAL)


def test_the_book_of_every_room_has_a_section_for_each(book: Book, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = usage_book(
        book.reg,
        tmp_path / "tat-ca.pdf",
        since=FIRST,
        until=LAST,
        on=ON,
        progress=lambda done, total: calls.append((done, total)),
    )
    pages = read_pdf(out)
    assert_numbered(pages)  # one numbering over the sections
    starts = [n for n, page in enumerate(pages) if TITLE in one_line(page)]
    assert len(starts) == 3  # each room from a new page, with its own letterhead
    ends = [*starts[1:], None]
    sections = [one_line("\n".join(pages[a:b])) for a, b in zip(starts, ends, strict=True)]
    codes = [s.split("Phòng: ", 1)[1].split()[0] for s in sections]
    assert codes == ["P.KHTN1", "P.NHAC", "P.TIN1"]  # by code
    lab, music, it = sections
    assert f"Cộng: {book.sessions} buổi" in lab
    assert "Không có buổi sử dụng phòng nào trong thời gian này" in music
    assert "Cộng: 0 buổi, 0 tiết" in music
    # The room's own subject goes without saying.
    assert in_order(it, f"{LAST:%d/%m/%Y} 1 7A2 Lê Văn Tâm Bài 3. Mạng Bình thường")
    for section in sections:
        assert place_and_date(ON) in section and "NGƯỜI PHỤ TRÁCH PHÒNG" in section
        assert "HIỆU TRƯỞNG" in section and PRINCIPAL in section
    assert calls[-1] == (book.sessions + 2, book.sessions + 2)  # every session, then done


def test_a_wrong_period_or_room_is_refused_and_writes_nothing(
    book: Book, tmp_path: Path, refused: Refused
) -> None:
    out = tmp_path / "x.pdf"
    err = refused(book.reg, usage_book, out, since=LAST, until=FIRST)
    assert "sau ngày kết thúc" in err.message
    refused(book.reg, usage_book, out, since=FIRST, until=LAST, room_id="no-such-room")
    refused(book.reg, export_usage, tmp_path / "x.xlsx", since=LAST, until=FIRST)
    assert list(tmp_path.glob("x.*")) == []


# -- the Excel export ------------------------------------------------------------------


def test_the_export_reads_back_with_dates_numbers_text_and_statistics(
    book: Book, tmp_path: Path
) -> None:
    out = export_usage(book.reg, tmp_path / "su-dung.xlsx", since=FIRST, until=LAST)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Sổ sử dụng phòng", "Thống kê theo phòng", "Thống kê theo môn", "Thống kê theo tháng",
        "Thông tin",
    ]  # fmt: skip
    ws = wb["Sổ sử dụng phòng"]
    headers = [c.header for c in SESSION_COLUMNS]
    assert [c.value for c in ws[1]] == headers
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    rows = [dict(zip(headers, r, strict=True)) for r in ws.iter_rows(min_row=2)]
    assert len(rows) == book.sessions + 1
    first = rows[0]  # by room code, then day and period
    assert first["STT"].value == 1 and first["Phòng (mã)"].value == "P.KHTN1"
    assert first["Ngày"].value == datetime.combine(day_of(0), datetime.min.time())
    assert first["Ngày"].number_format == "dd/mm/yyyy"
    assert first["Thứ"].value == "Thứ Hai" and first["Buổi"].value == "Sáng"
    assert (first["Từ tiết"].value, first["Đến tiết"].value, first["Số tiết"].value) == (1, 2, 2)
    assert first["Giáo viên"].value == TEACHER and first["Môn học"].value == "Khoa học tự nhiên"
    assert [r["Tên bài dạy"].value for r in rows[: len(LETTER_NAMES)]] == LETTER_NAMES
    incident = next(r for r in rows if r["Lớp"].value == "9A1")
    assert incident["Buổi"].value == "Chiều" and incident["Số tiết"].value == 2
    assert incident["Thiết bị sử dụng"].value == "Kính hiển vi quang học; 2 bộ lam kính"
    assert incident["Tình trạng phòng và thiết bị"].value == "Vỡ 1 lam kính"
    formula = next(r for r in rows if r["Lớp"].value == "8A3")["Tên bài dạy"]
    assert formula.value == "=Thống kê và xác suất" and formula.data_type == "s"  # not a formula
    assert rows[-1]["Phòng (mã)"].value == "P.TIN1"

    by_room = list(wb["Thống kê theo phòng"].iter_rows(values_only=True))
    assert list(by_room[0]) == [c.header for c in ROOM_COLUMNS]
    figures = {r[0]: r for r in by_room[1:]}
    available = room_usage.school_days(FIRST, LAST) * 10
    lab = figures["P.KHTN1"]
    assert lab[3:6] == (book.sessions, book.periods, available)
    assert lab[6] == pytest.approx(round(100 * book.periods / available, 1))
    assert figures["P.NHAC"][3:5] == (0, 0)  # a subject room never used still counts
    subjects = {r[0]: r[1:] for r in wb["Thống kê theo môn"].iter_rows(min_row=2, values_only=True)}
    assert [c.header for c in SUBJECT_COLUMNS][0] == "Môn học"
    assert subjects["Toán"] == (1, 1, 1) and subjects["Tin học"] == (1, 1, 1)
    months = list(wb["Thống kê theo tháng"].iter_rows(values_only=True))
    assert list(months[0]) == [c.header for c in MONTH_COLUMNS]
    assert sum(r[1] for r in months[1:]) == book.sessions + 1
    info = {r[0]: r[1] for r in wb["Thông tin"].iter_rows(min_row=2, values_only=True)}
    assert (info["Số buổi"], info["Số tiết"], info["Số buổi ghi sự cố"]) == (
        book.sessions + 1, book.periods + 1, 1,
    )  # fmt: skip
    assert info["Phòng"] == "Tất cả các phòng"
    wb.close()
    one = export_usage(book.reg, tmp_path / "mot.xlsx", since=FIRST, until=LAST, room_id=book.it.id)
    wb = openpyxl.load_workbook(one)
    assert wb["Sổ sử dụng phòng"].max_row == 2
    assert {r[0] for r in wb["Thống kê theo phòng"].iter_rows(min_row=2, values_only=True)} == {
        "P.TIN1"
    }
    wb.close()


@needs_soffice
def test_libreoffice_opens_the_export(book: Book, tmp_path: Path) -> None:
    assert SOFFICE is not None
    out = export_usage(book.reg, tmp_path / "usage.xlsx", since=FIRST, until=LAST)
    soffice([out], CSV_ALL_SHEETS, tmp_path / "csv", tmp_path / f"p-{uuid.uuid4().hex}")
    tables = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            tables[path.stem] = list(csv.reader(f))
    assert set(tables) == {
        "usage-Sổ sử dụng phòng", "usage-Thống kê theo phòng", "usage-Thống kê theo môn",
        "usage-Thống kê theo tháng", "usage-Thông tin",
    }  # fmt: skip
    lines = tables["usage-Sổ sử dụng phòng"]
    assert lines[0] == [c.header for c in SESSION_COLUMNS]
    first = dict(zip(lines[0], lines[1], strict=True))
    assert first["Ngày"] == f"{day_of(0):%d/%m/%Y}"  # dd/mm/yyyy whatever the locale
    assert first["Số tiết"] == "2" and first["Tên bài dạy"] == LETTER_NAMES[0]
    lessons = [dict(zip(lines[0], line, strict=True))["Tên bài dạy"] for line in lines[1:]]
    assert lessons[: len(LETTER_NAMES)] == LETTER_NAMES
    assert "=Thống kê và xác suất" in lessons  # text, as typed


# -- the command line ------------------------------------------------------------------


def test_sotb_prints_and_exports_the_usage_book(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(book.reg.path)
    period = ["--since", f"{FIRST:%d/%m/%Y}", "--until", LAST.isoformat()]
    pdf = tmp_path / "so.pdf"
    assert sotb(["--db", db, "print", "usage", "p.khtn1", *period, "--date", "30/11/2026",
                 "-o", str(pdf)]) == 0  # fmt: skip
    text = one_line("\n".join(read_pdf(pdf)))
    assert "Phòng: P.KHTN1" in text and "P.TIN1" not in text
    assert "ngày 30 tháng 11 năm 2026" in text and f"Cộng: {book.sessions} buổi" in text
    assert str(pdf) in capsys.readouterr().out
    every = tmp_path / "tat-ca.pdf"
    assert sotb(["--db", db, "print", "usage", *period, "-o", str(every)]) == 0
    assert "Phòng: P.TIN1" in one_line("\n".join(read_pdf(every)))
    xlsx = tmp_path / "so.xlsx"
    assert sotb(["--db", db, "export", "usage", "--room", "P.TIN1", *period, "-o", str(xlsx)]) == 0
    assert openpyxl.load_workbook(xlsx)["Sổ sử dụng phòng"].max_row == 2
    whole = tmp_path / "ca-nam.xlsx"  # by default the school year up to today
    assert sotb(["--db", db, "export", "usage", "-o", str(whole)]) == 0
    assert whole.is_file()
    capsys.readouterr()

    bad = tmp_path / "x.pdf"
    assert sotb(["--db", db, "print", "usage", "KHONG-CO", "-o", str(bad)]) == 1
    assert "Không có phòng mã 'KHONG-CO'" in capsys.readouterr().err
    backwards = ["--since", f"{LAST:%d/%m/%Y}", "--until", f"{FIRST:%d/%m/%Y}"]
    assert sotb(["--db", db, "print", "usage", *backwards, "-o", str(bad)]) == 1
    assert "sau ngày kết thúc" in capsys.readouterr().err
    assert sotb(["--db", db, "export", "usage", *backwards, "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "không hợp lệ" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        sotb(["--db", db, "print", "usage", "--since", "31/02/2026", "-o", str(bad)])
    assert info.value.code == 2
    assert list(tmp_path.glob("x.*")) == []


@pytest.mark.parametrize(
    ("until", "since"),
    [
        (date(2026, 12, 7), date(2026, 9, 5)),
        (date(2027, 5, 31), date(2026, 9, 5)),
        (date(2026, 8, 20), date(2025, 9, 5)),  # the summer: the year just ended
        (date(2026, 9, 4), date(2025, 9, 5)),
    ],
)
def test_the_default_period_runs_from_the_start_of_the_school_year(
    register: Register, add_room: Any, until: date, since: date
) -> None:
    """`sotb print|export usage` without --since: from 5 September of the school year
    of --until (today), or of the year just ended in the summer, never after --until."""
    lab = add_room(register, "P.KHTN1", "Phòng Khoa học tự nhiên 1", subject_type="khtn")
    args = argparse.Namespace(since=None, until=until)
    assert _usage_scope(register, None, args) == (None, since, until)
    args = argparse.Namespace(since=date(2026, 1, 1), until=until)
    assert _usage_scope(register, "p.khtn1", args) == (lab.id, date(2026, 1, 1), until)
