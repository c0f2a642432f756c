"""The Excel export of a count: read back with openpyxl (layout, numbers, formula-like
text kept as text) and opened by LibreOffice."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.reports.excel_inventory import COUNT_COLUMNS, export_count
from app.services import inventory_count as ic
from app.services import inventory_finalise as fin
from app.services.register import Register
from tests.reports.test_excel_export import CSV_ALL_SHEETS, as_dicts, needs_soffice, soffice

RISKY = '=HYPERLINK("http://x.example","Bấm")'
ON = date.today() - timedelta(days=1)


@pytest.fixture
def exported(
    register: Register, add_room: Callable[..., Any], add_item: Callable[..., Any], tmp_path: Path
) -> Path:
    lab = add_room(register, "P.HOA", "Phòng bộ môn Hóa học", subject_type="khtn")
    store = add_room(register, "KHO", "Kho thiết bị", kind="storeroom", subject_type=None)
    kit = add_item(
        register, "TB-1", "Bộ ống nghiệm thủy tinh", room_id=lab.id, quantity=20,
        unit="bộ", unit_price=150_000,
    )  # fmt: skip
    add_item(register, "TB-2", RISKY, room_id=lab.id)
    add_item(register, "TB-3", "Quả địa cầu", room_id=store.id, unit_price=400_000)
    count = ic.open_count(
        register,
        {"title": "Kiểm kê phòng Hóa", "counted_on": ON, "whole_school": False,
         "room_ids": [lab.id], "committee": [{"name": "Nguyễn Văn Hùng", "role": "Trưởng ban"}]},
    )  # fmt: skip
    ic.record_count(
        register, count.id, {"equipment_id": kit.id, "good": 17, "broken": 1, "to_dispose": 1}
    )
    ic.scan(register, count.id, "TB-3", lab.id)
    fin.finalise_count(register, count.id, confirm_missing=True, conclusion="Thiếu 2 bộ.")
    return export_count(register, tmp_path / "kiem-ke.xlsx", count.id)


def test_the_count_exports_one_row_per_line(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Kiểm kê"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:AA4"
    header = [c.value for c in ws[1]]
    assert header == [c.header for c in COUNT_COLUMNS]
    rows = {
        r[1]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)
    }
    kit = rows["TB-1"]
    assert (kit["Sổ: số lượng"], kit["Kiểm: số lượng"], kit["Thiếu"], kit["Chờ thanh lý"]) == (
        20, 18, 2, 1,
    )  # fmt: skip
    assert kit["Kết quả"] == "Có chênh lệch" and kit["Nguyên giá theo sổ (đồng)"] == 3_000_000
    assert rows["TB-3"]["Kết quả"] == "Ngoài phạm vi" and rows["TB-3"]["Phòng tìm thấy"] == "P.HOA"
    assert rows["TB-2"]["Tên thiết bị"] == RISKY and rows["TB-2"]["Kết quả"] == "Không tìm thấy"
    (cell,) = [r[2] for r in ws.iter_rows(min_row=2) if r[1].value == "TB-2"]
    assert cell.data_type == "s"
    info = {r[0]: r[1] for r in wb["Thông tin"].iter_rows(min_row=2, values_only=True)}
    assert info["Đợt kiểm kê"] == "Kiểm kê phòng Hóa" and info["Trạng thái"] == "Đã chốt"
    assert info["Phạm vi"] == "P.HOA" and info["Kết luận"] == "Thiếu 2 bộ."
    assert "Nguyễn Văn Hùng (Trưởng ban)" in info["Ban kiểm kê"]


@needs_soffice
def test_libreoffice_opens_the_count(exported: Path, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    soffice([exported], CSV_ALL_SHEETS, folder, tmp_path / f"profile-{uuid.uuid4().hex}")
    with (folder / "kiem-ke-Kiểm kê.csv").open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    rows = as_dicts(table, "Mã tài sản")
    assert rows["TB-1"]["Tên thiết bị"] == "Bộ ống nghiệm thủy tinh"
    assert rows["TB-1"]["Nguyên giá theo kiểm kê (đồng)"] == "2,700,000"
    assert rows["TB-2"]["Tên thiết bị"] == RISKY  # shown as itself, never evaluated
    assert rows["TB-3"]["Phòng theo sổ"] == "KHO"
