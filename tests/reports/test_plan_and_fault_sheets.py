"""Kế hoạch bảo trì and the fault-and-repair book read back from the PDF (letterhead,
every Vietnamese letter, the header on every page, Trang x/y, totals, signatures),
their Excel exports read by openpyxl and by LibreOffice, `sotb print|export plans|
faults`, and the refusals that write no file."""

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
from app.reports.excel_maintenance_work import (
    FAULT_COLUMNS,
    PLAN_COLUMNS,
    TASK_COLUMNS,
    export_faults,
    export_plans,
)
from app.reports.pdf.fault_book import fault_book, year_start
from app.reports.pdf.plan_sheet import interval_words, plan_sheet
from app.services import faults, maintenance, schools
from app.services.errors import ServiceError
from app.services.register import Register
from tests.reports.letters import LETTER_NAMES, assert_every_letter
from tests.reports.test_excel_export import CSV_ALL_SHEETS, needs_soffice, soffice
from tests.reports.test_pdf_sheets import (
    OFFICER,
    PRINCIPAL,
    SCHOOL_DATA,
    assert_official,
    assert_signed,
    in_order,
    one_line,
    read_pdf,
)

ON = date.today()
LOTS = 40  # projectors: enough due tasks for the list to run over several pages


@dataclass
class Work:
    reg: Register
    projector_plan: str
    letters_plan: str
    fault_ids: dict[str, str]  # fixed, repairing, open, not_fixed, cancelled


@pytest.fixture
def work(register: Register, add_room, add_item) -> Work:  # type: ignore[no-untyped-def]
    schools.update_school(register, SCHOOL_DATA)
    room = add_room(register, "P.TIN1", "Phòng Tin học 1")
    for n in range(1, LOTS + 1):
        add_item(
            register, f"TB-{n:04d}", f"Máy chiếu Epson số {n}", room_id=room.id,
            category="fixed_asset",
        )  # fmt: skip
    letters = [
        add_item(register, f"TC-{n:02d}", name, category="teaching", quantity=4)
        for n, name in enumerate(LETTER_NAMES, start=1)
    ]
    projectors = maintenance.create_plan(
        register,
        {
            "category": "fixed_asset",
            "name_contains": "máy chiếu",
            "task": "Vệ sinh lưới lọc bụi máy chiếu",
            "interval_days": 180,
            "next_due_on": ON - timedelta(days=12),
        },
    )
    cards = maintenance.create_plan(
        register,
        {
            "category": "teaching",
            "task": "Kiểm tra, bổ sung thẻ chữ",
            "interval_days": 365,
            "next_due_on": ON + timedelta(days=10),
        },
    )
    maintenance.complete_tasks(
        register,
        [(projectors.id, find(register, "TB-0001"))],
        {"performed_on": ON - timedelta(days=100), "performed_by": "Đặng Quốc Việt"},
    )
    paused = maintenance.create_plan(
        register,
        {
            "equipment_id": find(register, "TB-0002"),
            "task": "Thay bóng đèn",
            "interval_days": 90,
            "next_due_on": ON,
        },
    )
    maintenance.set_plans_active(register, [paused.id], False)

    def report(code: str, what: str, days_ago: int, quantity: int = 1) -> str:
        return faults.report_fault(
            register,
            {
                "equipment_id": find(register, code),
                "quantity": quantity,
                "reported_on": ON - timedelta(days=days_ago),
                "reported_by": "Cô Lưu Thị Ngọc Ánh",
                "description": what,
            },
        ).id

    ids = {
        "fixed": report("TB-0003", "Máy chiếu không lên hình", 30),
        "repairing": report("TB-0004", "=Quạt kêu to", 20),
        "open": report(letters[0].asset_code, f"Rách {LETTER_NAMES[0]}", 5, 2),
        "not_fixed": report("TB-0005", "Vỡ ống kính", 25),
        "cancelled": report("TB-0006", "Báo nhầm", 3),
    }
    start = {"performed_by": "Công ty TNHH Tin học Hòa Bình", "cost": 450_000}
    faults.start_repair(register, ids["fixed"], {**start, "started_on": ON - timedelta(days=28)})
    faults.finish_repair(
        register, ids["fixed"], {"finished_on": ON - timedelta(days=21), "cost": 500_000}
    )
    faults.start_repair(
        register,
        ids["repairing"],
        {**start, "started_on": ON - timedelta(days=18), "repair_due_on": ON - timedelta(days=4)},
    )
    faults.finish_repair(
        register,
        ids["not_fixed"],
        {"finished_on": ON - timedelta(days=20), "outcome": "not_fixed", "performed_by": "Tổ Tin"},
    )
    faults.cancel_fault(register, ids["cancelled"], "báo nhầm")
    return Work(register, projectors.id, cards.id, ids)


def find(reg: Register, code: str) -> str:
    from app.services.equipment import find_by_asset_code

    item = find_by_asset_code(reg, code)
    assert item is not None
    return item.id


# -- the plan schedule ------------------------------------------------------------------


def test_the_plan_schedule_lists_plans_and_due_tasks_on_every_page(
    work: Work, tmp_path: Path
) -> None:
    pages = read_pdf(plan_sheet(work.reg, tmp_path / "ke-hoach.pdf", on=ON))
    assert len(pages) >= 3
    assert_official(pages, "KẾ HOẠCH BẢO TRÌ THIẾT BỊ")
    text = one_line("\n".join(pages))
    until = ON + timedelta(days=30)
    assert f"(Các việc đến hạn đến ngày {until:%d/%m/%Y})" in text
    assert "I. CÁC KẾ HOẠCH BẢO TRÌ" in text and "II. CÁC VIỆC ĐẾN HẠN ĐẾN NGÀY" in text
    # A wrapped cell's lines interleave with its neighbours': its phrases one by one.
    assert "Vệ sinh lưới lọc bụi máy chiếu" in text
    assert in_order(text, "Các thiết bị nhóm «Tài sản cố định»")
    assert in_order(text, "có tên chứa «máy chiếu»")
    assert in_order(text, f"{LOTS} 6 tháng")  # items covered, interval
    assert in_order(text, "Thay bóng đèn TB-0002 – Máy chiếu Epson số 2 1 3 tháng")
    assert "Tạm dừng" in text
    # Every projector but the one done lately is due: 39 overdue rows, plan by plan.
    assert in_order(text, f"Vệ sinh lưới lọc bụi máy chiếu (chu kỳ 6 tháng; {LOTS - 1} thiết bị)")
    assert "Quá hạn 12 ngày" in text and "TB-0001 " not in text.split("II. CÁC")[1]
    assert in_order(text, "Kiểm tra, bổ sung thẻ chữ (chu kỳ 1 năm;")
    assert "Còn 10 ngày" in text
    assert_every_letter(text)
    for page in pages[1:]:
        if "TB-00" in page or "TC-" in page:
            assert in_order(one_line(page), "STT Mã tài sản Tên thiết bị Phòng")
            assert in_order(one_line(page), "Ngày thực Người thực hiện Ký")
    assert in_order(text, f"{3} kế hoạch; {LOTS - 1 + len(LETTER_NAMES)} việc đến hạn")
    assert f"trong đó {LOTS - 1} việc đã quá hạn" in text
    assert f"Mường Tè, ngày {ON.day} tháng {ON.month} năm {ON.year}" in one_line(pages[0])
    assert_signed(pages[-1], "NGƯỜI LẬP HIỆU TRƯỞNG", OFFICER, PRINCIPAL)
    assert "TB-00" in pages[-1] or "TC-" in pages[-1]  # with the table's last rows


def test_the_plan_schedule_of_a_register_without_plans(register: Register, tmp_path: Path) -> None:
    text = one_line("\n".join(read_pdf(plan_sheet(register, tmp_path / "k.pdf"))))
    assert "Chưa có kế hoạch bảo trì nào" in text
    assert "Không có việc bảo trì nào đến hạn trong thời gian này" in text


def test_intervals_in_words() -> None:
    assert [interval_words(d) for d in (365, 730, 90, 30, 14, 45)] == [
        "1 năm", "2 năm", "3 tháng", "1 tháng", "2 tuần", "45 ngày",
    ]  # fmt: skip


# -- the fault book ---------------------------------------------------------------------


def test_the_fault_book_has_each_report_its_repair_and_the_total(
    work: Work, tmp_path: Path
) -> None:
    pages = read_pdf(fault_book(work.reg, tmp_path / "bao-hong.pdf", on=ON))
    assert_official(pages, "SỔ THEO DÕI BÁO HỎNG – SỬA CHỮA THIẾT BỊ")
    text = one_line("\n".join(pages))
    assert in_order(text, "STT Ngày báo Người báo Thiết bị SL Hiện tượng hỏng")
    assert in_order(text, "Chi phí Kết quả Ngày xong") and "(đồng)" in text
    fixed = ON - timedelta(days=30)
    assert f"Tháng {fixed:%m/%Y}" in text
    # Wrapped cells interleave their lines with the row's other cells: cell by cell.
    assert f"{fixed:%d/%m/%Y}" in text and in_order(text, "Cô Lưu Thị Ngọc Ánh")
    assert in_order(text, "TB-0003 – Máy chiếu Epson số 3 (P.TIN1)")
    assert in_order(text, "Công ty TNHH Tin học Hòa Bình")
    assert in_order(text, f"500.000 Đã sửa xong {ON - timedelta(days=21):%d/%m/%Y}")
    assert in_order(text, f"Quá hạn trả: {ON - timedelta(days=4):%d/%m/%Y}")
    assert "=Quạt kêu to" in text
    assert in_order(text, "Không sửa được, đề nghị thanh lý") and "Chờ sửa" in text
    assert in_order(text, "Hủy (báo nhầm)")
    assert in_order(text, f"2 cái Rách {LETTER_NAMES[0]}")
    assert in_order(text, "TỔNG CHI PHÍ SỬA CHỮA 950.000")  # fixed 500 + repairing 450
    assert (
        "Tổng cộng: 5 lần báo hỏng, trong đó 1 đã sửa xong, 1 không sửa được, 1 đang sửa "
        "(1 quá hạn trả), 1 chờ sửa, 1 đã hủy. Chi phí sửa chữa: 950.000 đồng."
    ) in text
    assert f"Mường Tè, ngày {ON.day} tháng {ON.month} năm {ON.year}" in one_line(pages[0])
    assert_signed(pages[-1], "NGƯỜI LẬP HIỆU TRƯỞNG", OFFICER, PRINCIPAL)
    assert "TỔNG CHI PHÍ SỬA CHỮA" in pages[-1]


def test_the_fault_book_prints_every_letter_of_what_was_reported(
    work: Work, tmp_path: Path
) -> None:
    """Each item named with a vowel and its tones, reported broken in those words: the
    «hiện tượng hỏng» column gives every letter back."""
    for n, name in enumerate(LETTER_NAMES, start=1):
        faults.report_fault(
            work.reg,
            {"equipment_id": find(work.reg, f"TC-{n:02d}"), "quantity": 1,
             "reported_on": ON - timedelta(days=1), "reported_by": "Đặng Quốc Việt",
             "description": name},
        )  # fmt: skip
    pages = read_pdf(fault_book(work.reg, tmp_path / "bao-hong.pdf", on=ON))
    assert len(pages) >= 2
    text = "\n".join(pages)
    assert_every_letter(text)
    for page in pages:  # the header on every page
        assert in_order(one_line(page), "STT Ngày báo Người báo Thiết bị SL Hiện tượng hỏng")
    total = 5 + len(LETTER_NAMES)
    assert f"Tổng cộng: {total} lần báo hỏng" in one_line(pages[-1])


def test_the_fault_book_keeps_to_its_period(work: Work, tmp_path: Path) -> None:
    since = ON - timedelta(days=6)
    text = one_line("\n".join(read_pdf(fault_book(work.reg, tmp_path / "b.pdf", since=since))))
    assert f"(Từ ngày {since:%d/%m/%Y})" in text
    assert "TB-0003" not in text and "Rách" in text and "Báo nhầm" in text
    empty = fault_book(work.reg, tmp_path / "e.pdf", until=ON - timedelta(days=90))
    assert "Không có báo hỏng nào trong thời gian này" in one_line("\n".join(read_pdf(empty)))


def test_the_book_starts_with_the_school_year() -> None:
    assert year_start(date(2026, 12, 4)) == date(2026, 8, 1)
    assert year_start(date(2026, 7, 31)) == date(2025, 8, 1)


def test_wrong_periods_are_refused_and_write_no_file(work: Work, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="trước ngày lập kế hoạch"):
        plan_sheet(work.reg, tmp_path / "k.pdf", on=ON, until=ON - timedelta(days=1))
    with pytest.raises(ServiceError, match="sau ngày kết thúc"):
        fault_book(work.reg, tmp_path / "b.pdf", since=ON, until=ON - timedelta(days=1))
    with pytest.raises(ServiceError, match="trước ngày lập"):
        export_plans(work.reg, tmp_path / "k.xlsx", on=ON, until=ON - timedelta(days=1))
    with pytest.raises(ServiceError, match="không hợp lệ"):
        export_faults(work.reg, tmp_path / "b.xlsx", since=ON, until=ON - timedelta(days=1))
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.xlsx")) == []


# -- Excel ------------------------------------------------------------------------------


def test_the_exports_read_back_with_numbers_dates_and_text(work: Work, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(export_plans(work.reg, tmp_path / "ke-hoach.xlsx", on=ON))
    assert wb.sheetnames == ["Kế hoạch bảo trì", "Việc đến hạn", "Thông tin"]
    plans = wb["Kế hoạch bảo trì"]
    assert [c.value for c in plans[1]] == [c.header for c in PLAN_COLUMNS]
    assert plans.freeze_panes == "A2" and plans.max_row == 4
    rows = {r[1].value: [c.value for c in r] for r in plans.iter_rows(min_row=2)}
    projectors = rows["Vệ sinh lưới lọc bụi máy chiếu"]
    assert projectors[3:9] == ["Tài sản cố định", "máy chiếu", 180, "6 tháng", LOTS, LOTS - 1]
    assert projectors[9].date() == ON - timedelta(days=12)
    assert plans.cell(2, 10).number_format == "dd/mm/yyyy"
    assert rows["Thay bóng đèn"][11] == "Tạm dừng" and rows["Thay bóng đèn"][9] is None
    tasks = wb["Việc đến hạn"]
    assert [c.value for c in tasks[1]] == [c.header for c in TASK_COLUMNS]
    assert tasks.max_row == 1 + LOTS - 1 + len(LETTER_NAMES)
    first = [c.value for c in tasks[2]]  # the most overdue first
    assert first[1] == "Vệ sinh lưới lọc bụi máy chiếu" and first[7] == 12
    assert first[8] == "Quá hạn 12 ngày" and first[6].date() == ON - timedelta(days=12)
    wb.close()

    wb = openpyxl.load_workbook(export_faults(work.reg, tmp_path / "bao-hong.xlsx", on=ON))
    assert wb.sheetnames == ["Báo hỏng – sửa chữa", "Thông tin"]
    ws = wb["Báo hỏng – sửa chữa"]
    assert [c.value for c in ws[1]] == [c.header for c in FAULT_COLUMNS]
    by_code = {r[2].value: r for r in ws.iter_rows(min_row=2)}
    fixed = by_code["TB-0003"]
    assert fixed[1].value.date() == ON - timedelta(days=30)
    assert fixed[13].value == 500_000 and fixed[13].number_format == "#,##0"
    assert fixed[9].value == "Đã sửa xong" and fixed[15].value.date() == ON - timedelta(days=21)
    late = by_code["TB-0004"]
    assert late[7].value == "=Quạt kêu to" and late[7].data_type == "s"  # text, not a formula
    assert late[14].value.startswith("Quá hạn trả")
    info = {r[0].value: r[1].value for r in wb["Thông tin"].iter_rows(min_row=2)}
    assert info["Số lần báo hỏng"] == 5 and info["Chi phí sửa chữa (đồng)"] == 950_000
    wb.close()


@needs_soffice
def test_libreoffice_opens_both_exports(work: Work, tmp_path: Path) -> None:
    files = [
        export_plans(work.reg, tmp_path / "plans.xlsx", on=ON),
        export_faults(work.reg, tmp_path / "faults.xlsx", on=ON),
    ]
    soffice(files, CSV_ALL_SHEETS, tmp_path / "csv", tmp_path / f"p-{uuid.uuid4().hex}")
    tables: dict[str, list[list[str]]] = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            tables[path.stem] = list(csv.reader(f))
    assert set(tables) == {
        "plans-Kế hoạch bảo trì",
        "plans-Việc đến hạn",
        "plans-Thông tin",
        "faults-Báo hỏng – sửa chữa",
        "faults-Thông tin",
    }
    tasks = tables["plans-Việc đến hạn"]
    assert tasks[0] == [c.header for c in TASK_COLUMNS]
    assert tasks[1][6] == f"{ON - timedelta(days=12):%d/%m/%Y}"  # dd/mm/yyyy whatever the locale
    assert {r[3] for r in tasks[1:]} >= set(LETTER_NAMES)
    reports = {r[2]: r for r in tables["faults-Báo hỏng – sửa chữa"][1:]}
    assert reports["TB-0003"][13] == "500,000"
    assert reports["TB-0004"][7] == "=Quạt kêu to"


# -- the command line -------------------------------------------------------------------


def test_sotb_prints_and_exports_them(work: Work, tmp_path: Path, capsys: Any) -> None:
    db = str(work.reg.path)
    pdf = tmp_path / "k.pdf"
    until = (ON + timedelta(days=60)).isoformat()
    assert sotb(["--db", db, "print", "plans", "-o", str(pdf), "--until", until]) == 0
    assert "II. CÁC VIỆC ĐẾN HẠN" in one_line("\n".join(read_pdf(pdf)))
    book = tmp_path / "b.pdf"
    assert sotb(["--db", db, "print", "faults", "-o", str(book)]) == 0
    text = one_line("\n".join(read_pdf(book)))
    assert f"Từ ngày {year_start(ON):%d/%m/%Y}" in text
    for what in ("plans", "faults"):
        out = tmp_path / f"{what}.xlsx"
        assert sotb(["--db", db, "export", what, "-o", str(out), "--since", "01/01/2020"]) == 0
        assert out.exists()
    past = (ON - timedelta(days=1)).isoformat()
    assert sotb(["--db", db, "print", "plans", "-o", str(tmp_path / "x.pdf"), "--until", past]) == 1
    assert "trước ngày lập kế hoạch" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
