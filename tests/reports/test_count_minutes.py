"""The minutes of a count made in the app (Biên bản kiểm kê), read back with pdftotext:
book against counted figures, thừa and thiếu, the committee with positions and roles,
the conclusion and signatures, every Vietnamese letter intact; a count still open
prints as a draft; `sotb print inventory --count` and `sotb export count`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.reports import pdf
from app.reports.vocabulary import vn_number
from app.services import inventory_count as ic
from app.services import inventory_finalise as fin
from app.services import inventory_lines as il
from app.services import schools
from app.services.register import Register
from tests.reports.letters import LETTER_NAMES, assert_every_letter
from tests.reports.test_pdf_sheets import (
    SCHOOL_DATA,
    assert_official,
    assert_signed,
    in_order,
    one_line,
    read_pdf,
)

ON = date.today() - timedelta(days=2)
COMMITTEE = [
    {"name": "Nguyễn Văn Hùng", "position": "Hiệu trưởng", "role": "Trưởng ban"},
    {"name": "Lê Thị Ánh Tuyết", "position": "Tổ trưởng chuyên môn", "role": "Thành viên"},
    {"name": "Trần Thị Mỹ Dung", "position": "Nhân viên thiết bị", "role": "Thư ký"},
]
TITLE = "Kiểm kê phòng bộ môn cuối năm học"


@pytest.fixture
def counted(register: Register, add_room: Callable[..., Any], add_item: Callable[..., Any]) -> str:
    """A count of two rooms with each kind of difference, not yet finalised."""
    schools.update_school(register, SCHOOL_DATA)
    lab = add_room(register, "P.HOA", "Phòng bộ môn Hóa học", subject_type="khtn")
    it = add_room(register, "P.TIN1", "Phòng Tin học 1")
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    add_item(register, "TB-001", "Máy chiếu đa năng", room_id=it.id, unit_price=12_500_000)
    add_item(
        register, "TB-002", "Bộ ống nghiệm thủy tinh", room_id=lab.id, quantity=20,
        qty_lost=1, unit="bộ", unit_price=150_000,
    )  # fmt: skip
    add_item(
        register,
        "TB-003",
        "Kính hiển vi quang học",
        room_id=lab.id,
        quantity=6,
        unit_price=2_000_000,
    )
    add_item(register, "TB-004", "Loa kéo di động", room_id=it.id, unit_price=3_000_000)
    add_item(register, "TB-005", "Quả địa cầu", room_id=store.id, unit_price=400_000)
    for n, name in enumerate(LETTER_NAMES, start=10):
        add_item(register, f"TB-{n:03d}", name, room_id=lab.id, quantity=2, unit="hộp")
    count = ic.open_count(
        register,
        {"title": TITLE, "counted_on": ON, "whole_school": False,
         "room_ids": [lab.id, it.id], "committee": COMMITTEE},
    )  # fmt: skip
    lines = {r.asset_code: r for r in il.count_lines(register, count.id)}
    ic.scan(register, count.id, "TB-001", lab.id)  # in the wrong room
    ic.record_count(  # 2 more missing, 1 broken, 1 to dispose
        register, count.id,
        {"equipment_id": lines["TB-002"].equipment_id, "room_id": lab.id, "good": 16,
         "broken": 1, "to_dispose": 1, "reason": "Vỡ miệng ống"},
    )  # fmt: skip
    ic.record_count(
        register, count.id, {"equipment_id": lines["TB-003"].equipment_id, "good": 7}
    )  # one more than the book
    ic.mark_not_found(register, count.id, [lines["TB-004"].id])
    ic.scan(register, count.id, "TB-005", it.id)  # the storeroom's globe, outside the scope
    letters = [r.id for code, r in lines.items() if code >= "TB-010"]
    ic.tick_lines(register, count.id, letters, lab.id)
    return count.id


def test_the_minutes_of_a_count_print_book_and_counted_figures(
    register: Register, counted: str, tmp_path: Path
) -> None:
    fin.finalise_count(
        register, counted, conclusion="Đề nghị thanh lý 1 bộ ống nghiệm; tìm tiếp loa kéo."
    )
    pages = read_pdf(pdf.count_minutes(register, tmp_path / "bb.pdf", counted))
    assert_official(pages, "BIÊN BẢN KIỂM KÊ TÀI SẢN, THIẾT BỊ")
    text = "\n".join(pages)
    flat = one_line(text)
    assert TITLE in flat and f"Thời điểm kiểm kê: ngày {ON:%d/%m/%Y}" in flat
    assert f"Mường Tè, ngày {ON.day} tháng {ON.month} năm {ON.year}" in one_line(pages[0])
    assert "bản nháp" not in flat
    for member in COMMITTEE:
        assert f"Ông (bà): {member['name']}" in flat
        assert f"Chức vụ: {member['position']}" in flat
        assert member["role"] in flat
    assert "các phòng P.HOA, P.TIN1" in flat
    assert_every_letter(text)
    assert "Phòng: P.HOA – Phòng bộ môn Hóa học" in flat
    assert "Thiết bị ngoài phạm vi kiểm kê, tìm thấy khi kiểm kê" in flat
    assert in_order(flat, "Tìm thấy ở P.HOA")
    assert in_order(flat, "Không tìm thấy") and in_order(flat, "Sổ ghi: KHO")
    assert in_order(flat, "Sổ đã ghi mất 1") and in_order(flat, "Vỡ miệng ống")

    def row(code: str, unit: str) -> list[str]:
        """The figures of an item's row: the words after its unit, up to the notes."""
        (line,) = [line for line in text.splitlines() if code in line]
        words = one_line(line).split()
        return words[words.index(unit, 3) + 1 :]

    # TB-002: book 20, present 17: thiếu 3; tốt 16, hỏng 1, 1 to dispose.
    assert row("TB-002", "bộ")[:8] == ["20", "3.000.000", "17", "2.550.000", "3", "16", "1", "1"]
    assert row("TB-003", "cái")[:6] == ["6", "12.000.000", "7", "14.000.000", "1", "7"]  # thừa 1
    (total_line,) = [line for line in text.splitlines() if "TỔNG CỘNG" in line]
    total = one_line(total_line).split()
    lines = il.count_lines(register, counted)
    book = sum(r.book_quantity for r in lines)
    present = sum(r.present for r in lines)
    assert total[2] == vn_number(book) and total[4] == vn_number(present)
    assert "Đề nghị thanh lý 1 bộ ống nghiệm; tìm tiếp loa kéo." in flat
    assert "Tổng hợp: Đã kiểm" in flat and "thừa 1 đơn vị" in flat
    assert_signed(
        pages[-1],
        "THƯ KÝ TRƯỞNG BAN KIỂM KÊ HIỆU TRƯỞNG",
        "Trần Thị Mỹ Dung Nguyễn Văn Hùng Phạm Thị Hồng Nhung",
    )
    assert "TỔNG CỘNG" in pages[-1]  # the signatures follow the table's end


def test_an_open_count_prints_as_a_draft_with_what_is_left(
    register: Register, counted: str, tmp_path: Path
) -> None:
    lab_line = next(r for r in il.count_lines(register, counted) if r.asset_code == "TB-010")
    ic.undo_lines(register, counted, [lab_line.id])
    flat = one_line("\n".join(read_pdf(pdf.count_minutes(register, tmp_path / "bb.pdf", counted))))
    assert "bản nháp, đợt kiểm kê chưa chốt" in flat
    assert in_order(flat, "TB-010") and "Chưa kiểm" in flat
    assert "...... giờ ......" in flat  # the end time is written in by hand


def test_the_command_line_prints_and_exports_a_count(
    register: Register, counted: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register.path
    assert path is not None
    out = tmp_path / "bb.pdf"
    assert main(["--db", str(path), "print", "inventory", "--count", "latest", "-o", str(out)]) == 0
    assert "bản nháp" in one_line("\n".join(read_pdf(out)))
    xlsx = tmp_path / "kk.xlsx"
    assert main(["--db", str(path), "export", "count", "--count", counted, "-o", str(xlsx)]) == 0
    assert xlsx.read_bytes()[:2] == b"PK"
    assert (
        main(["--db", str(path), "print", "inventory", "--count", "khong-co", "-o", str(out)]) == 1
    )
    assert "Không có đợt kiểm kê" in capsys.readouterr().err
