"""The official PDF sheets, read back with poppler's pdftotext: every Vietnamese letter
survives, the letterhead and signatures are there, pages are numbered "Trang x/y",
the table header repeats on every page and the totals add up."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.models import Room
from app.reports import pdf
from app.reports.data import room_rows
from app.reports.vocabulary import vn_number
from app.services import maintenance, schools
from app.services.demo import generate_demo
from app.services.errors import ServiceError
from app.services.register import Register
from tests.conftest import SCHOOL, Refused
from tests.system import need_program

ON = date(2026, 5, 30)
PRINCIPAL = "Phạm Thị Hồng Nhung"
OFFICER = "Đặng Quốc Việt"
SCHOOL_DATA = {
    **SCHOOL,
    "governing_body": "Phòng GD&ĐT huyện Mường Tè",
    "district": "Mường Tè",
    "province": "Lai Châu",
    "principal": PRINCIPAL,
    "equipment_officer": OFFICER,
}
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
LOWER = "ạảãấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ"
# Item names carrying every letter above in both cases, short enough for one line.
LETTER_NAMES = [f"Thẻ chữ {' '.join(LOWER[i : i + 6])}" for i in range(0, len(LOWER), 6)] + [
    f"THẺ CHỮ {' '.join(LOWER.upper()[i : i + 5])}" for i in range(0, len(LOWER), 5)
]
Maker = Callable[..., Any]


def read_pdf(path: Path) -> list[str]:
    """The text of each page (pdftotext -layout), or skip where poppler is missing."""
    tool = need_program("pdftotext", "poppler-utils reads the PDF back")
    result = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def in_order(text: str, phrase: str) -> bool:
    """The words of ``phrase`` appear in ``text`` in order (a wrapped cell or block
    has other columns' words between its lines)."""
    return re.search(".*?".join(re.escape(w) for w in phrase.split()), text) is not None


def assert_numbered(pages: list[str]) -> None:
    n = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Trang {number}/{n}" in page, (number, page[-300:])


def assert_official(pages: list[str], title: str) -> None:
    first = one_line(pages[0])
    for text in (NATION, MOTTO, "TRƯỜNG THCS NGUYỄN DU", title):
        assert text in first, text
    # On a portrait sheet the governing body takes two lines, beside the motto.
    assert in_order(first, "PHÒNG GD&ĐT HUYỆN MƯỜNG TÈ")
    assert_numbered(pages)


@pytest.fixture
def pdf_out(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (the register's files live in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def pdf_school(register: Register) -> Register:
    """The test register with its governing body, place, principal and officer."""
    schools.update_school(register, SCHOOL_DATA)
    return register


@pytest.fixture
def pdf_rooms(pdf_school: Register, add_room: Maker) -> dict[str, Room]:
    return {
        "A101": add_room(
            pdf_school, "A101", "Phòng học lớp 6A1", kind="classroom", subject_type=None
        ),
        "P.HOA": add_room(
            pdf_school,
            "P.HOA",
            "Phòng bộ môn Hóa học",
            subject_type="khtn",
            building="Nhà B",
            floor=2,
            area_m2=72.5,
            seats=45,
            has_preparation_room=True,
            preparation_area_m2=18,
            has_power=True,
            has_fire_safety=True,
            rules_document="Nội quy phòng học bộ môn số 12/QĐ-THCS",
            classes_served=[{"class_name": "8A1", "grade": 8, "students": 42}],
        ),
        "EMPTY": add_room(pdf_school, "P.NHAC", "Phòng Âm nhạc", subject_type="am_nhac"),
    }


def fill(reg: Register, rooms: dict[str, Room], add_item: Maker) -> tuple[int, int]:
    """Add the test items; return their total quantity and value."""
    specs: list[dict[str, Any]] = [
        dict(name="Bộ thí nghiệm đo áp suất", room_id=rooms["P.HOA"].id, quantity=6, qty_good=5,
             qty_broken=1, unit="bộ", unit_price=1_250_000, origin="Việt Nam", subject="Hóa học",
             in_service_on=date(2021, 9, 5)),
        dict(name="Bảng từ trắng chống lóa", room_id=rooms["A101"].id, quantity=1,
             unit_price=3_450_000, origin="Hàn Quốc", subject="Ngữ văn"),
        dict(name="Quạt trần sải cánh 1,4 m", quantity=3, qty_good=2, qty_lost=1,
             unit="chiếc", unit_price=1_270_000),
    ]  # fmt: skip
    specs += [
        dict(name=name, room_id=rooms["A101"].id, quantity=20, unit="hộp", unit_price=15_500)
        for name in LETTER_NAMES
    ]
    qty = value = 0
    for n, spec in enumerate(specs, start=1):
        add_item(reg, f"TB-{n:03d}", **spec)
        qty += spec["quantity"]
        value += spec["quantity"] * spec["unit_price"]
    return qty, value


@pytest.fixture
def pdf_filled(
    pdf_school: Register, pdf_rooms: dict[str, Room], add_item: Maker
) -> tuple[int, int]:
    return fill(pdf_school, pdf_rooms, add_item)


# -- the register book ---------------------------------------------------------------


def test_the_register_book_prints_vietnamese_letters_totals_and_signatures(
    pdf_school: Register, pdf_filled: tuple[int, int], pdf_out: Path
) -> None:
    qty, value = pdf_filled
    out = pdf.register_book(pdf_school, pdf_out / "so.pdf", on=ON)
    assert out == pdf_out / "so.pdf"
    pages = read_pdf(out)
    assert_official(pages, "SỔ QUẢN LÝ THIẾT BỊ DẠY HỌC")
    text = "\n".join(pages)
    flat = one_line(text)
    assert "Mường Tè, ngày 30 tháng 5 năm 2026" in flat
    assert "Năm học 2025 - 2026" in flat
    for name in LETTER_NAMES + ["Bộ thí nghiệm đo áp suất", "Bảng từ trắng chống lóa"]:
        assert name in text, name
    assert "Phòng: A101 – Phòng học lớp 6A1" in flat
    assert "Phòng: P.HOA – Phòng bộ môn Hóa học" in flat
    assert "Chưa xếp phòng" in flat
    assert "Tốt 5, hỏng 1" in flat and "Tốt 2, mất 1" in flat
    assert "1.250.000" in flat and "7.500.000" in flat  # unit price and 6 x 1.250.000
    (total,) = [line for line in text.splitlines() if "TỔNG CỘNG" in line]
    assert one_line(total).split()[-2:] == [vn_number(qty), vn_number(value)]
    subtotal = next(line for line in text.splitlines() if "Cộng phòng P.HOA" in line)
    assert one_line(subtotal).split()[-2:] == ["6", "7.500.000"]
    for signer in ("NGƯỜI LẬP", "HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên)", PRINCIPAL, OFFICER):
        assert signer in flat, signer


def test_a_long_book_repeats_its_header_and_loses_no_row_at_page_breaks(
    pdf_school: Register, add_item: Maker, pdf_out: Path
) -> None:
    count = 120
    for n in range(1, count + 1):
        add_item(pdf_school, f"TB-{n:04d}", f"Ống nghiệm chịu nhiệt số {n}", unit_price=12_000)
    calls: list[tuple[int, int]] = []
    out = pdf.register_book(
        pdf_school, pdf_out / "so.pdf", on=ON, progress=lambda d, t: calls.append((d, t))
    )
    pages = read_pdf(out)
    assert len(pages) >= 3
    assert_numbered(pages)
    for page in pages:
        assert "Mã thiết bị" in page and "Thành tiền" in page and "Tình trạng" in page
    codes = re.findall(r"TB-\d{4}", "\n".join(pages))
    assert codes == [f"TB-{n:04d}" for n in range(1, count + 1)]
    assert "TỔNG CỘNG" in pages[-1] and vn_number(count * 12_000) in pages[-1]
    # Progress: reading then laying out, never backwards, ending at total/total.
    assert calls[-1] == (2 * count, 2 * count)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(calls) > 2


def test_the_book_by_subject_heads_each_subject(
    pdf_school: Register, pdf_filled: tuple[int, int], pdf_out: Path
) -> None:
    flat = one_line(
        "\n".join(read_pdf(pdf.register_book(pdf_school, pdf_out / "s.pdf", by="subject")))
    )
    assert "Môn: Hóa học" in flat and "Môn: Ngữ văn" in flat and "Chưa ghi môn học" in flat
    assert "Cộng môn Hóa học" in flat


def test_an_empty_book_says_there_is_nothing(pdf_school: Register, pdf_out: Path) -> None:
    pages = read_pdf(pdf.register_book(pdf_school, pdf_out / "so.pdf", on=ON))
    assert "Không có thiết bị" in pages[0]
    assert_official(pages, "SỔ QUẢN LÝ THIẾT BỊ DẠY HỌC")


def test_a_wrong_grouping_is_refused(pdf_school: Register, pdf_out: Path, refused: Refused) -> None:
    refused(pdf_school, pdf.register_book, pdf_out / "so.pdf", by="colour")
    assert list(pdf_out.iterdir()) == []


# -- the inventory minutes -------------------------------------------------------------


def test_the_inventory_lists_the_committee_and_the_books_side(
    pdf_school: Register, pdf_rooms: dict[str, Room], pdf_filled: tuple[int, int], pdf_out: Path
) -> None:
    committee = ["Nguyễn Văn Hùng", "Trần Thị Mỹ Dung", "Lê Văn Bảy"]
    out = pdf.inventory_sheet(pdf_school, pdf_out / "kk.pdf", on=ON, committee=committee)
    pages = read_pdf(out)
    assert_official(pages, "BIÊN BẢN KIỂM KÊ TÀI SẢN, THIẾT BỊ")
    flat = one_line("\n".join(pages))
    for name in committee:
        assert f"Ông (bà): {name}" in flat
    for text in ("Theo sổ sách", "Theo kiểm kê", "Chênh lệch", "Nguyên giá", "Thừa", "Thiếu"):
        assert text in flat, text
    assert in_order(flat, "Chờ thanh lý")
    for text in ("ngày 30 tháng 5 năm 2026", "Kết luận và kiến nghị", "THƯ KÝ", "TRƯỞNG BAN"):
        assert text in flat, text
    assert "Phòng: P.HOA – Phòng bộ môn Hóa học" in flat
    assert "Mất 1" in flat
    qty, value = pdf_filled
    (total,) = [line for line in "\n".join(pages).splitlines() if "TỔNG CỘNG" in line]
    assert one_line(total).split()[-2:] == [vn_number(qty), vn_number(value)]
    assert PRINCIPAL in flat


def test_an_inventory_of_chosen_rooms_leaves_lines_to_fill_in(
    pdf_school: Register, pdf_rooms: dict[str, Room], pdf_filled: tuple[int, int], pdf_out: Path
) -> None:
    chosen = [pdf_rooms["EMPTY"].id, pdf_rooms["P.HOA"].id]
    pages = read_pdf(pdf.inventory_sheet(pdf_school, pdf_out / "kk.pdf", room_ids=chosen))
    flat = one_line("\n".join(pages))
    assert "Ông (bà): ....." in flat and "Chức vụ: ....." in flat
    assert "Phòng: P.NHAC – Phòng Âm nhạc" in flat and "Không có thiết bị" in flat
    assert "Bộ thí nghiệm đo áp suất" in flat and "Bảng từ trắng" not in flat


def test_an_inventory_of_an_unknown_room_is_refused(
    pdf_school: Register, pdf_out: Path, refused: Refused
) -> None:
    refused(pdf_school, pdf.inventory_sheet, pdf_out / "kk.pdf", room_ids=["no-such-room"])
    refused(pdf_school, pdf.inventory_sheet, pdf_out / "kk.pdf", room_ids=[])
    assert list(pdf_out.iterdir()) == []


# -- the maintenance log -------------------------------------------------------------


def test_the_maintenance_log_lists_the_work_and_its_cost(
    pdf_school: Register, pdf_rooms: dict[str, Room], add_item: Maker, pdf_out: Path
) -> None:
    projector = add_item(pdf_school, "TB-001", "Máy chiếu đa năng", room_id=pdf_rooms["A101"].id)
    fan = add_item(pdf_school, "TB-002", "Quạt trần", room_id=pdf_rooms["P.HOA"].id)
    for item, day, text, cost in (
        (projector, date(2025, 9, 5), "Vệ sinh, thay bóng đèn", 1_850_000),
        (fan, date(2026, 1, 12), "Thay tụ điện quạt", 120_000),
        (projector, date(2024, 3, 1), "Kiểm tra định kỳ", 0),
    ):
        maintenance.record_maintenance(
            pdf_school,
            {"equipment_id": item.id, "performed_on": day, "description": text,
             "kind": "repair", "cost": cost, "performed_by": "Cửa hàng Điện tử Hưng Thịnh",
             "next_due_on": date(2026, 9, 5)},
        )  # fmt: skip
    out = pdf.maintenance_log(pdf_school, pdf_out / "bt.pdf", since=date(2025, 1, 1))
    pages = read_pdf(out)
    assert_official(pages, "NHẬT KÝ BẢO TRÌ, SỬA CHỮA THIẾT BỊ")
    text = "\n".join(pages)
    flat = one_line(text)
    assert "Từ ngày 01/01/2025" in flat
    assert "05/09/2025" in flat and "12/01/2026" in flat and "Kiểm tra định kỳ" not in flat
    assert in_order(flat, "TB-001 – Máy chiếu đa năng (A101)")
    assert "Sửa chữa: Vệ sinh, thay bóng đèn" in flat and "05/09/2026" in flat
    (total,) = [line for line in text.splitlines() if "TỔNG CHI PHÍ" in line]
    assert one_line(total).split()[-1] == "1.970.000"
    one_room = pdf.maintenance_log(pdf_school, pdf_out / "p.pdf", room_id=pdf_rooms["P.HOA"].id)
    flat = one_line("\n".join(read_pdf(one_room)))
    assert "Thay tụ điện quạt" in flat and "Máy chiếu" not in flat


def test_a_log_with_nothing_in_it_says_so(pdf_school: Register, pdf_out: Path) -> None:
    pages = read_pdf(pdf.maintenance_log(pdf_school, pdf_out / "bt.pdf"))
    assert "Không có lần bảo trì, sửa chữa nào" in one_line(pages[0])


def test_a_log_with_dates_backwards_or_an_unknown_room_is_refused(
    pdf_school: Register, pdf_out: Path, refused: Refused
) -> None:
    out = pdf_out / "bt.pdf"
    refused(pdf_school, pdf.maintenance_log, out, since=date(2026, 5, 1), until=date(2026, 1, 1))
    refused(pdf_school, pdf.maintenance_log, out, room_id="no-such-room")
    assert list(pdf_out.iterdir()) == []


# -- the room profile --------------------------------------------------------------------


def test_the_room_profile_shows_details_facilities_and_equipment(
    pdf_school: Register, pdf_rooms: dict[str, Room], pdf_filled: tuple[int, int], pdf_out: Path
) -> None:
    out = pdf.room_profile(pdf_school, pdf_out / "phong.pdf", pdf_rooms["P.HOA"].id)
    pages = read_pdf(out)
    assert_official(pages, "HỒ SƠ PHÒNG HỌC")
    flat = one_line("\n".join(pages))
    for text in (
        "Phòng bộ môn Hóa học (P.HOA)",
        "Phòng học bộ môn",
        "Dãy/nhà Nhà B, tầng 2",
        "72,5 m²",
        "Có (diện tích 18 m²)",
        "8A1 (42 học sinh)",
        "Nội quy phòng học bộ môn số 12/QĐ-THCS",
        "Đang sử dụng",
        "Phòng cháy chữa cháy Có",
        "Internet Không",
        "Bộ thí nghiệm đo áp suất",
        "Tốt 5, hỏng 1",
        "PHỤ TRÁCH PHÒNG",
        PRINCIPAL,
    ):
        assert text in flat, text
    (total,) = [line for line in "\n".join(pages).splitlines() if "TỔNG CỘNG" in line]
    assert one_line(total).split()[-2:] == ["6", "7.500.000"]


def test_an_empty_room_profile_and_an_unknown_room(
    pdf_school: Register, pdf_rooms: dict[str, Room], pdf_out: Path, refused: Refused
) -> None:
    out = pdf.room_profile(pdf_school, pdf_out / "phong.pdf", pdf_rooms["EMPTY"].id)
    assert "Không có thiết bị" in one_line("\n".join(read_pdf(out)))
    refused(pdf_school, pdf.room_profile, pdf_out / "x.pdf", "no-such-room")
    assert not (pdf_out / "x.pdf").exists()


# -- writing the file ----------------------------------------------------------------


def test_a_failure_half_way_leaves_neither_a_pdf_nor_a_temporary_file(
    pdf_school: Register, add_item: Maker, pdf_out: Path
) -> None:
    for n in range(1, 80):
        add_item(pdf_school, f"TB-{n:03d}", f"Bàn ghế học sinh số {n}")
    target = pdf_out / "so.pdf"
    target.write_bytes(b"%PDF an older book")

    def crash(done: int, total: int) -> None:
        if done > total // 2:  # while the pages are being laid out
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        pdf.register_book(pdf_school, target, progress=crash)
    assert [p.name for p in pdf_out.iterdir()] == ["so.pdf"]
    assert target.read_bytes() == b"%PDF an older book"  # the old file is untouched


def test_a_missing_folder_is_refused_in_vietnamese(pdf_school: Register, pdf_out: Path) -> None:
    with pytest.raises(ServiceError, match="thư mục"):
        pdf.register_book(pdf_school, pdf_out / "no" / "such" / "so.pdf")


def test_every_sheet_of_a_demo_school(register: Register, pdf_out: Path) -> None:
    generate_demo(register, items=150, seed=1)
    busiest = max(room_rows(register), key=lambda r: r.item_count).id
    sheets = {
        "register": pdf.register_book(register, pdf_out / "register.pdf"),
        "inventory": pdf.inventory_sheet(register, pdf_out / "inventory.pdf"),
        "maintenance": pdf.maintenance_log(register, pdf_out / "maintenance.pdf"),
        "room": pdf.room_profile(register, pdf_out / "room.pdf", busiest),
    }
    for name, path in sheets.items():
        pages = read_pdf(path)
        assert len(pages) >= 1, name
        assert_numbered(pages)
        assert NATION in pages[0] and MOTTO in pages[0], name
