"""The official PDF sheets, read back with poppler's pdftotext: every Vietnamese letter
survives, the letterhead, place and date and signatures are there, pages are numbered
"Trang x/y", the table header repeats on every page and the totals add up."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.models import Room
from app.reports import pdf
from app.reports.data import room_rows
from app.reports.fonts import serif_font
from app.reports.vocabulary import vn_number
from app.services import maintenance, schools
from app.services.demo import generate_demo
from app.services.errors import ServiceError
from app.services.register import Register
from tests.conftest import SCHOOL, Refused
from tests.reports.letters import (
    ALPHABET,
    LETTER_NAMES,
    LOWER,
    TONES,
    VOWELS,
    assert_every_letter,
)
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
PLACE_AND_DATE = "Mường Tè, ngày 30 tháng 5 năm 2026"  # the district, and ON
SIGN_HINT = "(Ký, ghi rõ họ tên)"
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


def assert_signed(last_page: str, *titles_then_names: str) -> None:
    """The signature blocks side by side on the last page: their titles in order, the
    hint under each, then the names in the same order."""
    flat = one_line(last_page)
    assert in_order(flat, " ".join(titles_then_names)), flat[-600:]
    assert flat.count(SIGN_HINT) >= 2, flat[-600:]


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


# -- the alphabet the tests print --------------------------------------------------------


def test_the_alphabet_has_every_vowel_with_every_tone_and_d() -> None:
    composed = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES]
    assert list(LOWER) == [*composed, "đ"]
    assert len(ALPHABET) == len(set(ALPHABET)) == 2 * (12 * 6 + 1)
    assert all(len(c) == 1 and unicodedata.is_normalized("NFC", c) for c in ALPHABET)
    assert (
        "".join(n.removeprefix("Thẻ ").removeprefix("THẺ ") for n in LETTER_NAMES).replace(" ", "")
        == ALPHABET
    )
    font = serif_font().regular  # one line in the narrowest column a name is printed in
    assert max(stringWidth(n, font, 11) for n in LETTER_NAMES) <= 32 * mm


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
    assert PLACE_AND_DATE in flat
    assert "Năm học 2025 - 2026" in flat
    assert_every_letter(text)
    assert "Bộ thí nghiệm đo áp suất" in text and "Bảng từ trắng chống lóa" in text
    assert "Phòng: A101 – Phòng học lớp 6A1" in flat
    assert "Phòng: P.HOA – Phòng bộ môn Hóa học" in flat
    assert "Chưa xếp phòng" in flat
    assert "Tốt 5, hỏng 1" in flat and "Tốt 2, mất 1" in flat
    assert "1.250.000" in flat and "7.500.000" in flat  # unit price and 6 x 1.250.000
    (total,) = [line for line in text.splitlines() if "TỔNG CỘNG" in line]
    assert one_line(total).split()[-2:] == [vn_number(qty), vn_number(value)]
    subtotal = next(line for line in text.splitlines() if "Cộng phòng P.HOA" in line)
    assert one_line(subtotal).split()[-2:] == ["6", "7.500.000"]
    assert_signed(pages[-1], "NGƯỜI LẬP HIỆU TRƯỞNG", OFFICER, PRINCIPAL)


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
    assert PLACE_AND_DATE in flat and "Kết luận và kiến nghị" in flat
    assert "Phòng: P.HOA – Phòng bộ môn Hóa học" in flat
    assert "Mất 1" in flat
    assert_every_letter("\n".join(pages))
    qty, value = pdf_filled
    (total,) = [line for line in "\n".join(pages).splitlines() if "TỔNG CỘNG" in line]
    assert one_line(total).split()[-2:] == [vn_number(qty), vn_number(value)]
    assert_signed(
        pages[-1], "THƯ KÝ TRƯỞNG BAN KIỂM KÊ HIỆU TRƯỞNG", committee[1], committee[0], PRINCIPAL
    )


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
    work = [
        (projector, date(2025, 9, 5), "Vệ sinh, thay bóng đèn", 1_850_000),
        (fan, date(2026, 1, 12), "Thay tụ điện quạt", 120_000),
        (projector, date(2024, 3, 1), "Kiểm tra định kỳ", 0),
    ]
    # Every letter, in the work done: enough entries for a second page.
    work += [(fan, date(2026, 2, 1 + n), name, 0) for n, name in enumerate(LETTER_NAMES)]
    for item, day, text, cost in work:
        maintenance.record_maintenance(
            pdf_school,
            {"equipment_id": item.id, "performed_on": day, "description": text,
             "kind": "repair", "cost": cost, "performed_by": "Cửa hàng Điện tử Hưng Thịnh",
             "next_due_on": date(2026, 9, 5)},
        )  # fmt: skip
    out = pdf.maintenance_log(pdf_school, pdf_out / "bt.pdf", since=date(2025, 1, 1), on=ON)
    pages = read_pdf(out)
    assert len(pages) >= 2
    assert_official(pages, "NHẬT KÝ BẢO TRÌ, SỬA CHỮA THIẾT BỊ")
    text = "\n".join(pages)
    flat = one_line(text)
    assert PLACE_AND_DATE in one_line(pages[0])
    assert "Từ ngày 01/01/2025" in flat
    for page in pages:  # the header on every page (a wrapped caption around the rest)
        assert in_order(one_line(page), "Hiện tượng hỏng / Nội dung bảo STT Ngày Thiết bị Kết quả")
        assert "Chi phí" in page and "Ngày bảo trì" in page
    assert "05/09/2025" in flat and "12/01/2026" in flat and "Kiểm tra định kỳ" not in flat
    assert in_order(flat, "TB-001 – Máy chiếu đa năng (A101)")
    assert "Sửa chữa: Vệ sinh, thay bóng đèn" in flat and "05/09/2026" in flat
    assert_every_letter(text)
    assert all(f"Sửa chữa: {name}" in text for name in LETTER_NAMES)
    (total,) = [line for line in text.splitlines() if "TỔNG CHI PHÍ" in line]
    assert one_line(total).split()[-1] == "1.970.000"
    assert "TỔNG CHI PHÍ" in pages[-1]  # the signatures never stand alone
    assert_signed(pages[-1], "NGƯỜI LẬP HIỆU TRƯỞNG", OFFICER, PRINCIPAL)
    one_room = pdf.maintenance_log(pdf_school, pdf_out / "p.pdf", room_id=pdf_rooms["P.HOA"].id)
    flat = one_line("\n".join(read_pdf(one_room)))
    assert "Thay tụ điện quạt" in flat and "Máy chiếu" not in flat
    assert f"ngày {date.today().day} tháng {date.today().month}" in flat  # dated today


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
    out = pdf.room_profile(pdf_school, pdf_out / "phong.pdf", pdf_rooms["P.HOA"].id, on=ON)
    pages = read_pdf(out)
    assert_official(pages, "HỒ SƠ PHÒNG HỌC")
    flat = one_line("\n".join(pages))
    assert PLACE_AND_DATE in one_line(pages[0])
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
    ):
        assert text in flat, text
    (total,) = [line for line in "\n".join(pages).splitlines() if "TỔNG CỘNG" in line]
    assert one_line(total).split()[-2:] == ["6", "7.500.000"]
    # Nobody is in charge of the room yet: the block is left to sign.
    assert_signed(pages[-1], "PHỤ TRÁCH PHÒNG NGƯỜI LẬP HIỆU TRƯỞNG", OFFICER, PRINCIPAL)
    # The classroom holds the items named with every letter.
    pages = read_pdf(pdf.room_profile(pdf_school, pdf_out / "a101.pdf", pdf_rooms["A101"].id))
    assert_every_letter("\n".join(pages))
    assert_numbered(pages)
    assert "TỔNG CỘNG" in pages[-1] and "HIỆU TRƯỞNG" in pages[-1]


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
    """Every official sheet, on the demo's data: letterhead, numbered pages, and the
    signatures on a page with the table's last rows (never a page of their own)."""
    from app.models.enums import TransferKind
    from app.reports.pdf.compliance_sheet import compliance_sheet
    from app.reports.pdf.disposal_minutes import disposal_minutes
    from app.reports.pdf.fault_book import fault_book
    from app.reports.pdf.loan_book import loan_book
    from app.reports.pdf.plan_sheet import plan_sheet
    from app.reports.pdf.transfer_minutes import transfer_minutes
    from app.reports.pdf.usage_book import usage_book
    from app.services import transfers
    from app.services.demo import reference_date
    from app.services.disposals import disposal_ids

    generate_demo(register, items=150, seed=1)
    busiest = max(room_rows(register), key=lambda r: r.item_count).id
    ref = reference_date(1)
    # Each sheet and a word of its table's header (repeated on the last page too).
    sheets = {
        "register": (pdf.register_book(register, pdf_out / "register.pdf"), "Mã thiết bị"),
        "inventory": (pdf.inventory_sheet(register, pdf_out / "inventory.pdf"), "Mã thiết bị"),
        "maintenance": (pdf.maintenance_log(register, pdf_out / "maintenance.pdf"), "Thiết bị"),
        "room": (pdf.room_profile(register, pdf_out / "room.pdf", busiest), "Mã thiết bị"),
        "loans": (loan_book(register, pdf_out / "loans.pdf"), "Người mượn"),
        "usage": (
            usage_book(register, pdf_out / "usage.pdf", since=ref - timedelta(days=60), until=ref),
            "Giáo viên",
        ),
        "plans": (plan_sheet(register, pdf_out / "plans.pdf"), "Mã tài sản"),
        "faults": (fault_book(register, pdf_out / "faults.pdf"), "Người báo"),
        "disposal": (
            disposal_minutes(register, pdf_out / "disposal.pdf", disposal_ids(register)[0]),
            "Mã thiết bị",
        ),
        "compliance": (compliance_sheet(register, pdf_out / "compliance.pdf"), "STT"),
    }
    handovers = transfers.transfer_ids(register, transfers.TransferQuery(kind=TransferKind.ROOM))
    if handovers:
        sheets["handover"] = (
            transfer_minutes(register, pdf_out / "handover.pdf", handovers[0]),
            "Mã thiết bị",
        )
    for name, (path, header) in sheets.items():
        pages = read_pdf(path)
        assert len(pages) >= 1, name
        assert_numbered(pages)
        assert NATION in pages[0] and MOTTO in pages[0], name
        last = pages[-1]
        assert "HIỆU TRƯỞNG" in last and SIGN_HINT in last, name
        assert header in last, (name, last[:300])
