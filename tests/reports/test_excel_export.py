"""Excel exports: each file read back with openpyxl (header in row 1, values, number
formats, frozen header, filter, widths, text that must never become a formula), and
opened by LibreOffice (skipped, saying why, where LibreOffice is not installed)."""

from __future__ import annotations

import csv
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from app.models.enums import SchoolLevel
from app.reports import excel_export as ee
from app.reports import excel_import as ei
from app.reports.data import register_rows
from app.services import equipment, maintenance, rooms, schools
from app.services.equipment_query import EquipmentQuery
from app.services.errors import ServiceError
from app.services.register import Register
from tests.conftest import SCHOOL, Templates, looks_vietnamese, open_copy
from tests.system import LIBREOFFICE_WHY, need_program

RISKY_NAME = '=HYPERLINK("http://x.example/a","Bấm vào đây")'
RISKY_NOTES = "+1+2 cộng thêm"
RISKY_BRAND = "@SUM(A1:A2)"
RISKY_MODEL = "-3+4"


@dataclass(frozen=True)
class School:
    reg: Register
    lab_id: str


def build_school(reg: Register) -> School:
    """A small school with every case the exports must get right."""
    schools.update_school(
        reg,
        {
            **SCHOOL,
            "governing_body": "PHÒNG GD&ĐT QUẬN 1",
            "district": "Quận 1",
            "province": "Thành phố Hồ Chí Minh",
            "class_count": 12,
            "student_count": 480,
        },
    )
    teacher = schools.add_staff(reg, {"full_name": "Trần Văn Bình"})
    lab = rooms.create_room(
        reg,
        {
            "kind": "subject",
            "subject_type": "tin_hoc",
            "code": "P.TIN1",
            "name": "Phòng Tin học 1",
            "building": "Nhà B",
            "floor": 2,
            "area_m2": 62.5,
            "seats": 45,
            "has_preparation_room": True,
            "preparation_area_m2": 15,
            "responsible_staff_id": teacher.id,
            "has_power": True,
            "has_internet": True,
            "classes_served": [
                {"class_name": "6A", "grade": 6, "students": 40},
                {"class_name": "6B", "grade": 6},
            ],
        },
    )
    store = rooms.create_room(reg, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})

    def item(code: str, name: str, **kw: Any) -> str:
        return equipment.create_equipment(reg, {"asset_code": code, "name": name, **kw}).id

    projector = item(
        "TB-001",
        "Máy chiếu Epson EB-X06",
        category="fixed_asset",
        subject="Dùng chung",
        brand="Epson",
        origin="Philippines",
        room_id=lab.id,
        quantity=2,
        unit_price=12_500_000,
        acquired_on=date(2022, 8, 15),
        in_service_on=date(2022, 8, 20),
        warranty_until=date(2024, 8, 15),
    )
    kit = item(
        "TB-002",
        "Bộ thí nghiệm điện học",
        grades="8, 9",
        unit="bộ",
        room_id=store.id,
        quantity=6,
        qty_minor_damage=1,
        qty_broken=1,
        unit_price=1_200_000,
        funding_source="parents",
    )
    item(
        "TB-003",
        RISKY_NAME,
        brand=RISKY_BRAND,
        model=RISKY_MODEL,
        supplier="Công ty\x0b Hồng Phát",  # a control character pasted from Word
        notes=RISKY_NOTES,
    )
    item("TB-004", "Tivi cũ", status="disposed", unit_price=3_000_000, room_id=store.id)
    broken = item("TB-005", "Loa kéo", qty_broken=1, unit_price=2_000_000, room_id=lab.id)
    for equipment_id, day, kind, text, cost, result, next_due in (
        (projector, date(2023, 3, 1), "maintenance", "Vệ sinh lưới", 0, "done", date(2023, 9, 1)),
        (kit, date(2024, 1, 10), "repair", "Thay dây nối", 350_000, "fixed", None),
        (broken, date(2024, 5, 5), "repair", "=1+1 hỏng mạch", 1_500_000, "sent_out", None),
    ):  # fmt: skip
        maintenance.record_maintenance(
            reg,
            {
                "equipment_id": equipment_id,
                "performed_on": day,
                "kind": kind,
                "description": text,
                "performed_by": "Trung tâm sửa chữa Hoàng Long",
                "cost": cost,
                "result": result,
                "next_due_on": next_due,
            },
        )
    return School(reg, lab.id)


@pytest.fixture
def school(register: Register) -> School:
    return build_school(register)


def header(path: Path, sheet: str) -> list[Any]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [c.value for c in next(wb[sheet].iter_rows(max_row=1))]
    finally:
        wb.close()


def rows_by(path: Path, sheet: str, key: str) -> dict[Any, dict[str, Any]]:
    """Data rows as {caption: cell} keyed by one column (read-only mode)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        it = wb[sheet].iter_rows()
        captions = [c.value for c in next(it)]
        rows = [dict(zip(captions, row, strict=False)) for row in it]
    finally:
        wb.close()
    return {row[key].value: row for row in rows}


def check_layout(path: Path, sheet: str, columns: tuple[ee.Column, ...] | list[ee.Column]) -> int:
    """Header in row 1 (bold), frozen under it, filter over the data, widths set.
    Returns the number of data rows."""
    wb = openpyxl.load_workbook(path)  # full mode: panes, filters and widths
    ws = wb[sheet]
    assert [c.value for c in ws[1]] == [c.header for c in columns]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    last = get_column_letter(len(columns))
    assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}"
    for n, col in enumerate(columns, start=1):
        assert ws.column_dimensions[get_column_letter(n)].width == col.width
    assert ws.print_title_rows == "$1:$1"
    return ws.max_row - 1


# == (a) read back with openpyxl ======================================================


def test_the_register_has_every_column_with_real_numbers_and_dates(
    school: School, tmp_path: Path
) -> None:
    out = ee.export_register(school.reg, tmp_path / "so.xlsx")
    assert out == tmp_path / "so.xlsx"
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Sổ thiết bị", "Thông tin"]
    assert wb.properties.creator == "Sổ Thiết Bị"
    assert wb.properties.title == "Sổ quản lý thiết bị"
    assert "Trường THCS Nguyễn Du" in (wb.properties.description or "")
    wb.close()
    assert check_layout(out, "Sổ thiết bị", ee.REGISTER_COLUMNS) == 5
    assert header(out, "Sổ thiết bị")[:3] == ["STT", "Mã tài sản", "Tên thiết bị"]

    rows = rows_by(out, "Sổ thiết bị", "Mã tài sản")
    assert [r["STT"].value for r in rows.values()] == [1, 2, 3, 4, 5]
    p = rows["TB-001"]
    assert p["Tên thiết bị"].value == "Máy chiếu Epson EB-X06"
    assert p["Nhóm"].value == "Tài sản cố định"
    assert (p["Phòng (mã)"].value, p["Phòng (tên)"].value) == ("P.TIN1", "Phòng Tin học 1")
    assert (p["Số lượng"].value, p["Tốt"].value, p["Đơn vị tính"].value) == (2, 2, "cái")
    for caption, value in (("Đơn giá (đồng)", 12_500_000), ("Thành tiền (đồng)", 25_000_000)):
        assert p[caption].value == value and p[caption].data_type == "n"
        assert p[caption].number_format == ee.MONEY
    for caption, day in (
        ("Ngày mua", date(2022, 8, 15)),
        ("Ngày đưa vào sử dụng", date(2022, 8, 20)),
        ("Bảo hành đến", date(2024, 8, 15)),
    ):
        assert p[caption].value == datetime.combine(day, datetime.min.time())
        assert p[caption].number_format == "dd/mm/yyyy"
    assert p["Nguồn kinh phí"].value == "Ngân sách nhà nước"
    assert p["Trạng thái"].value == "Đang sử dụng"
    assert p["Hỏng"].value is None  # a zero damage count is left blank

    kit = rows["TB-002"]
    assert [kit[c].value for c in ("Tốt", "Hỏng nhẹ", "Hỏng", "Mất")] == [4, 1, 1, None]
    assert (kit["Khối lớp"].value, kit["Nguồn kinh phí"].value) == ("8, 9", "Xã hội hóa")
    assert rows["TB-004"]["Trạng thái"].value == "Đã thanh lý"
    assert rows["TB-003"]["Ngày mua"].value is None  # no date: an empty cell, not 0

    info = {r[0]: r[1] for r in openpyxl.load_workbook(out).worksheets[1].values}
    assert info["Trường"] == "Trường THCS Nguyễn Du"
    assert info["Phạm vi"] == "Toàn bộ sổ"
    assert info["Số thiết bị (dòng)"] == 5
    assert info["Ngày xuất"].date() == date.today()


def test_text_that_looks_like_a_formula_stays_text(school: School, tmp_path: Path) -> None:
    out = ee.export_register(school.reg, tmp_path / "so.xlsx")
    wb = openpyxl.load_workbook(out)  # full mode: the quote prefix is a style
    ws = wb["Sổ thiết bị"]
    captions = [c.value for c in ws[1]]
    (row,) = [r for r in ws.iter_rows(min_row=2) if r[1].value == "TB-003"]
    cells = dict(zip(captions, row, strict=True))
    for caption, text in (
        ("Tên thiết bị", RISKY_NAME),
        ("Nhãn hiệu", RISKY_BRAND),
        ("Model", RISKY_MODEL),
        ("Ghi chú", RISKY_NOTES),
    ):
        assert cells[caption].value == text
        assert cells[caption].data_type == "s", caption  # not "f"
        assert cells[caption].quotePrefix, caption
    assert cells["Nhà cung cấp"].value == "Công ty Hồng Phát"  # control character dropped
    # and no formula anywhere in the file's XML
    with zipfile.ZipFile(out) as z:
        assert all(b"<f>" not in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_a_filtered_register_and_its_progress(school: School, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    q = EquipmentQuery(room_id=school.lab_id)
    out = ee.export_register(
        school.reg, tmp_path / "lab.xlsx", q=q, progress=lambda d, t: seen.append((d, t))
    )
    assert check_layout(out, "Sổ thiết bị", ee.REGISTER_COLUMNS) == 2
    assert list(rows_by(out, "Sổ thiết bị", "Mã tài sản")) == ["TB-001", "TB-005"]
    assert seen[-1] == (2, 2)
    info = {r[0]: r[1] for r in openpyxl.load_workbook(out)["Thông tin"].values}
    assert info["Phạm vi"] == "phòng P.TIN1 – Phòng Tin học 1"


def test_an_empty_register_exports_its_header(register: Register, tmp_path: Path) -> None:
    out = ee.export_register(register, tmp_path / "empty.xlsx")
    assert check_layout(out, "Sổ thiết bị", ee.REGISTER_COLUMNS) == 0


def test_the_file_is_written_whole_or_not_at_all(
    school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "so.xlsx"
    out.write_bytes(b"the previous export")

    def broken_stream(*args: Any, **kw: Any) -> Iterator[Any]:
        yield from list(register_rows(*args, **kw))[:1]
        raise RuntimeError("disk went away")

    monkeypatch.setattr(ee, "register_rows", broken_stream)
    with pytest.raises(RuntimeError):
        ee.export_register(school.reg, out)
    assert out.read_bytes() == b"the previous export"
    monkeypatch.undo()
    ee.export_register(school.reg, out)  # replaces the old file
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "Sổ thiết bị"
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" not in p.name) == ["so.xlsx"]
    with pytest.raises(ServiceError) as info:
        ee.export_register(school.reg, tmp_path / "missing" / "so.xlsx")
    assert looks_vietnamese(info.value.message)


def test_the_rooms_with_facilities_classes_and_equipment(school: School, tmp_path: Path) -> None:
    out = ee.export_rooms(school.reg, tmp_path / "phong.xlsx")
    assert check_layout(out, "Phòng học", ee.ROOM_COLUMNS) == 2
    rows = rows_by(out, "Phòng học", "Mã phòng")
    lab = rows["P.TIN1"]
    assert lab["Loại phòng"].value == "Phòng học bộ môn"
    assert lab["Loại phòng bộ môn"].value == "Tin học"
    assert (lab["Dãy/nhà"].value, lab["Tầng"].value, lab["Số chỗ ngồi"].value) == ("Nhà B", 2, 45)
    assert lab["Diện tích (m²)"].value == 62.5
    assert lab["Diện tích (m²)"].number_format == ee.DECIMAL
    assert lab["Phòng chuẩn bị"].value == "Có"
    assert lab["Diện tích phòng chuẩn bị (m²)"].value == 15
    assert lab["Người phụ trách"].value == "Trần Văn Bình"
    assert (lab["Điện"].value, lab["Internet"].value, lab["Cách âm"].value) == ("Có", "Có", "Không")
    assert lab["Lớp sử dụng"].value == "6A (40 HS), 6B"
    assert (lab["Số lớp"].value, lab["Số học sinh"].value) == (2, 40)
    assert lab["Số thiết bị (dòng)"].value == 2
    assert lab["Giá trị thiết bị (đồng)"].value == 27_000_000
    assert lab["Giá trị thiết bị (đồng)"].number_format == ee.MONEY
    store = rows["KHO"]
    assert (store["Loại phòng"].value, store["Phòng chuẩn bị"].value) == ("Kho thiết bị", "Không")
    assert store["Lớp sử dụng"].value is None


def test_the_maintenance_log_within_dates(school: School, tmp_path: Path) -> None:
    out = ee.export_maintenance(school.reg, tmp_path / "bt.xlsx")
    assert check_layout(out, "Nhật ký bảo trì", ee.MAINTENANCE_COLUMNS) == 3
    rows = rows_by(out, "Nhật ký bảo trì", "STT")
    first, second, third = rows[1], rows[2], rows[3]
    assert first["Ngày"].value == datetime(2023, 3, 1)
    assert first["Ngày"].number_format == "dd/mm/yyyy"
    assert first["Ngày bảo trì tiếp theo"].value == datetime(2023, 9, 1)
    assert (first["Mã tài sản"].value, first["Loại công việc"].value) == ("TB-001", "Bảo dưỡng")
    assert first["Kết quả"].value == "Hoàn thành"
    assert second["Chi phí (đồng)"].value == 350_000
    assert second["Chi phí (đồng)"].number_format == ee.MONEY
    assert third["Hiện tượng hỏng / nội dung bảo trì"].value == "=1+1 hỏng mạch"
    assert third["Hiện tượng hỏng / nội dung bảo trì"].data_type == "s"
    assert third["Kết quả"].value == "Gửi đi sửa"

    out = ee.export_maintenance(
        school.reg, tmp_path / "bt-2024.xlsx", since=date(2024, 1, 1), until=date(2024, 3, 31)
    )
    assert list(rows_by(out, "Nhật ký bảo trì", "Mã tài sản")) == ["TB-002"]
    info = {r[0]: r[1] for r in openpyxl.load_workbook(out)["Thông tin"].values}
    assert info["Thời gian"] == "Từ ngày 01/01/2024 đến ngày 31/03/2024"
    assert info["Tổng chi phí (đồng)"] == 350_000
    with pytest.raises(ServiceError):
        ee.export_maintenance(
            school.reg, tmp_path / "x.xlsx", since=date(2024, 2, 1), until=date(2024, 1, 1)
        )


def test_the_district_summary_one_row_per_school_and_the_details(
    school: School, tmp_path: Path
) -> None:
    out = ee.export_district_summary(school.reg, tmp_path / "tong-hop.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Tổng hợp", "Chi tiết"]
    cols, _ = ee._summary_row(ee.district_summary(school.reg))
    assert check_layout(out, "Tổng hợp", cols) == 1
    (row,) = rows_by(out, "Tổng hợp", "Mã trường").values()
    v = {k: c.value for k, c in row.items()}
    assert (v["Mã trường"], v["Tên trường"], v["Cấp học"]) == (
        "79000701",
        "Trường THCS Nguyễn Du",
        "Trung học cơ sở",
    )
    assert (v["Số lớp"], v["Số học sinh"], v["Quận/huyện"]) == (12, 480, "Quận 1")
    assert v["Ngày số liệu"].date() == date.today()
    assert row["Ngày số liệu"].number_format == "dd/mm/yyyy"
    assert (v["Số phòng học bộ môn"], v["Số kho thiết bị"], v["Tổng số phòng"]) == (1, 1, 2)
    assert v["Số phòng học thông minh"] == 0
    # TB-004 is disposed: counted apart, not in the school's holdings.
    held = 25_000_000 + 7_200_000 + 0 + 2_000_000
    assert (v["Số thiết bị (dòng)"], v["Tổng số lượng thiết bị"]) == (4, 10)
    assert v["Tổng giá trị (đồng)"] == held
    assert row["Tổng giá trị (đồng)"].number_format == ee.MONEY
    assert v["Tài sản cố định: giá trị (đồng)"] == 25_000_000
    assert v["Thiết bị dạy học: số lượng"] == 8  # the kit (6), TB-003 and TB-005
    assert v["Hóa chất: số lượng"] == 0
    assert v["Xã hội hóa: giá trị (đồng)"] == 7_200_000
    assert v["Ngân sách nhà nước: giá trị (đồng)"] == held - 7_200_000
    assert [v[f"Số lượng {w}"] for w in ("tốt", "hỏng nhẹ", "hỏng", "mất")] == [7, 1, 2, 0]
    assert v["Thiết bị cần sửa chữa (dòng)"] == 2
    assert v["Số lượng cần sửa chữa"] == 3
    assert v["Giá trị cần sửa chữa (đồng)"] == 2 * 1_200_000 + 2_000_000
    assert v["Đang sửa chữa (dòng)"] == 1  # sent out for repair
    assert v["Đã thanh lý (dòng)"] == 1

    assert check_layout(out, "Chi tiết", ee.DETAIL_COLUMNS) == len(
        ee._detail_rows(ee.district_summary(school.reg))
    )
    detail = openpyxl.load_workbook(out, read_only=True)["Chi tiết"]
    lines = {(r[2], r[3]): r[4:] for r in detail.iter_rows(min_row=2, values_only=True)}
    rooms_group = "Phòng và thiết bị trong phòng"
    assert lines[(rooms_group, "Phòng học bộ môn")] == (1, 2, 3, 27_000_000)
    assert lines[(rooms_group, "Kho thiết bị")] == (1, 1, 6, 7_200_000)  # TB-004 left out
    assert lines[(rooms_group, "Chưa xếp phòng")] == (None, 1, 1, 0)
    assert lines[("Tổng cộng", "Thiết bị đang quản lý")] == (2, 4, 10, held)
    assert lines[("Theo tình trạng", "Hỏng")] == (None, 2, 2, 3_200_000)
    assert lines[("Thanh lý", "Đã thanh lý (không tính ở trên)")] == (None, 1, 1, 3_000_000)


def test_the_importer_reads_the_export_back(
    school: School, register_templates: Templates, tmp_path: Path
) -> None:
    """An export is a register another school (or a reinstall) can import as it is."""
    out = ee.export_register(school.reg, tmp_path / "so.xlsx")
    source = ei.open_workbook(out)
    sheet = source.sheet("Sổ thiết bị")
    guess = ei.find_header(sheet)
    assert guess.row == 1
    mapping = ei.propose_mapping(guess)
    assert {"asset_code", "name", "quantity", "unit_price", "acquired_on", "room"} <= set(
        mapping.values()
    )
    (tmp_path / "other").mkdir()
    for target in open_copy(register_templates.school, tmp_path / "other"):
        dry = ei.dry_run(target, source, "Sổ thiết bị", guess.row, mapping)
        assert dry.errors == [], dry.summary()
        assert dry.total_items == 5
        assert dry.total_value == 25_000_000 + 7_200_000 + 3_000_000 + 2_000_000


# == (b) opened by LibreOffice =========================================================

SOFFICE = shutil.which("soffice")
# All sheets (token 12 = -1, LibreOffice 7.2+), UTF-8, en-US, cells as shown.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"
needs_soffice = pytest.mark.usefixtures("libreoffice")


def soffice(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    assert SOFFICE is not None
    outdir.mkdir(exist_ok=True)
    cmd = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",  # private: parallel runs don't clash
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice did not finish converting in 180 s: {cmd}")
    assert done.returncode == 0, done.stdout + done.stderr


@dataclass(frozen=True)
class Opened:
    files: dict[str, Path]
    csv: dict[str, list[list[str]]]  # "register-Sổ thiết bị" -> rows
    resaved: Path  # the register, saved again as .xlsx by LibreOffice


@pytest.fixture(scope="module")
def opened(
    register_templates: Templates, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Opened]:
    """The four exports of one school, opened by LibreOffice once for the module."""
    need_program("soffice", LIBREOFFICE_WHY)
    folder = tmp_path_factory.mktemp("libreoffice")
    for reg in open_copy(register_templates.school, folder):
        build_school(reg)
        files = {
            "register": ee.export_register(reg, folder / "register.xlsx"),
            "rooms": ee.export_rooms(reg, folder / "rooms.xlsx"),
            "maintenance": ee.export_maintenance(reg, folder / "maintenance.xlsx"),
            "summary": ee.export_district_summary(reg, folder / "summary.xlsx"),
        }
    profile = folder / f"profile-{uuid.uuid4().hex}"
    soffice(list(files.values()), CSV_ALL_SHEETS, folder / "csv", profile)
    soffice([files["register"]], "xlsx", folder / "xlsx", profile)
    tables = {}
    for path in (folder / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            tables[path.stem] = list(csv.reader(f))
    yield Opened(files, tables, folder / "xlsx" / "register.xlsx")


def as_dicts(table: list[list[str]], key: str) -> dict[str, dict[str, str]]:
    captions = table[0]
    return {r[captions.index(key)]: dict(zip(captions, r, strict=True)) for r in table[1:]}


@needs_soffice
def test_libreoffice_reads_every_sheet(opened: Opened) -> None:
    assert set(opened.csv) == {
        "register-Sổ thiết bị",
        "register-Thông tin",
        "rooms-Phòng học",
        "rooms-Thông tin",
        "maintenance-Nhật ký bảo trì",
        "maintenance-Thông tin",
        "summary-Tổng hợp",
        "summary-Chi tiết",
    }
    assert opened.csv["register-Sổ thiết bị"][0] == [c.header for c in ee.REGISTER_COLUMNS]
    assert opened.csv["rooms-Phòng học"][0] == [c.header for c in ee.ROOM_COLUMNS]


@needs_soffice
def test_libreoffice_shows_the_register_text_numbers_and_dates(opened: Opened) -> None:
    rows = as_dicts(opened.csv["register-Sổ thiết bị"], "Mã tài sản")
    p = rows["TB-001"]
    assert p["Tên thiết bị"] == "Máy chiếu Epson EB-X06"
    assert p["Phòng (tên)"] == "Phòng Tin học 1"
    assert p["Nhóm"] == "Tài sản cố định"
    assert p["Đơn giá (đồng)"] == "12,500,000"  # "#,##0" shown in en-US
    assert p["Thành tiền (đồng)"] == "25,000,000"
    assert p["Ngày mua"] == "15/08/2022"  # dd/mm/yyyy whatever the locale
    assert p["Bảo hành đến"] == "15/08/2024"
    assert rows["TB-002"]["Nguồn kinh phí"] == "Xã hội hóa"
    assert rows["TB-002"]["Hỏng nhẹ"] == "1"
    # Evaluated, the formula would show "Bấm vào đây"; as text it shows itself.
    risky = rows["TB-003"]
    assert risky["Tên thiết bị"] == RISKY_NAME
    assert (risky["Nhãn hiệu"], risky["Model"], risky["Ghi chú"]) == (
        RISKY_BRAND,
        RISKY_MODEL,
        RISKY_NOTES,
    )
    info = dict(tuple(r) for r in opened.csv["register-Thông tin"][1:])
    assert info["Trường"] == "Trường THCS Nguyễn Du"
    assert info["Ngày xuất"] == date.today().strftime("%d/%m/%Y")


@needs_soffice
def test_libreoffice_keeps_formula_like_text_as_text(opened: Opened) -> None:
    wb = openpyxl.load_workbook(opened.resaved)
    ws = wb.worksheets[0]
    (row,) = [r for r in ws.iter_rows(min_row=2) if r[1].value == "TB-003"]
    assert row[2].value == RISKY_NAME
    assert row[2].data_type == "s"
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)
    assert ws.auto_filter.ref == "A1:AB6"
    # (Frozen panes are view settings: headless LibreOffice has no view and drops them
    # on saving, so they are checked on our own file only.)


@needs_soffice
def test_libreoffice_shows_rooms_maintenance_and_summary(opened: Opened) -> None:
    lab = as_dicts(opened.csv["rooms-Phòng học"], "Mã phòng")["P.TIN1"]
    assert (lab["Loại phòng"], lab["Loại phòng bộ môn"]) == ("Phòng học bộ môn", "Tin học")
    assert (lab["Diện tích (m²)"], lab["Internet"]) == ("62.5", "Có")
    assert lab["Lớp sử dụng"] == "6A (40 HS), 6B"
    assert lab["Giá trị thiết bị (đồng)"] == "27,000,000"

    log = opened.csv["maintenance-Nhật ký bảo trì"]
    assert [r[1] for r in log[1:]] == ["01/03/2023", "10/01/2024", "05/05/2024"]
    third = dict(zip(log[0], log[3], strict=True))
    assert third["Hiện tượng hỏng / nội dung bảo trì"] == "=1+1 hỏng mạch"
    assert third["Chi phí (đồng)"] == "1,500,000"
    assert third["Người / đơn vị thực hiện"] == "Trung tâm sửa chữa Hoàng Long"

    (summary,) = as_dicts(opened.csv["summary-Tổng hợp"], "Mã trường").values()
    assert summary["Tên trường"] == "Trường THCS Nguyễn Du"
    assert summary["Cấp học"] == "Trung học cơ sở"
    assert summary["Tổng giá trị (đồng)"] == "34,200,000"
    assert summary["Số lượng hỏng"] == "2"
    detail = opened.csv["summary-Chi tiết"]
    assert ["79000701", "Trường THCS Nguyễn Du", "Tổng cộng", "Thiết bị đang quản lý", "2", "4",
            "10", "34,200,000"] in detail  # fmt: skip


# == (c) the register's own row writer =================================================

FAST_COLUMNS = (
    ee.Column("STT", 6, "number"),
    ee.Column("Văn bản", 30),
    ee.Column("Tiền (đồng)", 18, "money"),
    ee.Column("Ngày", 12, "date"),
)
FAST_TEXTS = [
    "A & B < C > D",
    "Nói \"to\" và 'nhỏ'",
    "  hai đầu có dấu cách  ",
    " ",
    "Thước đo – Ống nghiệm, ữ ỹ Ạ Đ đ",
    "dòng 1\ndòng 2\ttab",
    "CR\r\ngiữa",
    "&amp; là chữ, ]]> cũng vậy",
    "Công ty\x0b Hồng\x00 Phát\x1f",  # control characters: dropped
    RISKY_NAME,
    "=SUM(A1:A2)",
    "+84 912 345 678",
    RISKY_MODEL,
    RISKY_BRAND,
    "\tTab đầu",
    "\rCR đầu",
    "",
    None,
]
FAST_MONEY = [0, 999_999_999_999, 12_500_000, None]
FAST_DATES = [date(2024, 2, 29), date(1900, 3, 1), date(2099, 12, 31), None]


def fast_rows() -> list[list[Any]]:
    return [
        [n, text, FAST_MONEY[n % 4], FAST_DATES[n % 4]]
        for n, text in enumerate(FAST_TEXTS, start=1)
    ]


def write_fast(path: Path, rows: list[list[Any]], expected: int | None = None) -> int:
    school = ee.SchoolInfo(
        "79000701", "Trường THCS Nguyễn Du", next(iter(SchoolLevel)), "", "", "", "", "", "",
        0, 0,
    )  # fmt: skip
    build = ee._template(
        "Thử", school, "Thử", ("Dữ liệu", FAST_COLUMNS), lambda n: [("Số dòng", n)]
    )
    total = len(rows) if expected is None else expected
    return ee._save_fast(path, build, FAST_COLUMNS, iter(rows), total)


def sheet_refs(path: Path, part: str = "xl/worksheets/sheet1.xml") -> tuple[str, str, str]:
    """The sheet's dimension and filter, and the workbook's filter range, as written."""
    with zipfile.ZipFile(path) as z:
        sheet = z.read(part).decode()
        book = z.read("xl/workbook.xml").decode()
        assert all(b"<f>" not in z.read(n) for n in z.namelist())
    dimension = sheet.split('<dimension ref="', 1)[1].split('"', 1)[0]
    autofilter = sheet.split('<autoFilter ref="', 1)[1].split('"', 1)[0]
    database = book.split('"_xlnm._FilterDatabase" localSheetId="0" hidden="1">', 1)[1]
    return dimension, autofilter, database.split("!", 1)[1].split("<", 1)[0]


def expected_text(text: str | None) -> str | None:
    return ee._clean(text) or None if text is not None else None


def test_the_fast_writer_reads_back_what_was_written(tmp_path: Path) -> None:
    out = tmp_path / "nhanh.xlsx"
    rows = fast_rows()
    assert write_fast(out, rows) == len(rows)
    assert check_layout(out, "Dữ liệu", FAST_COLUMNS) == len(rows)
    last = len(rows) + 1
    assert sheet_refs(out) == (f"A1:D{last}", f"A1:D{last}", f"$A$1:$D${last}")

    ws = openpyxl.load_workbook(out)["Dữ liệu"]  # full mode: styles
    for values, cells in zip(rows, ws.iter_rows(min_row=2), strict=True):
        number, text, money, day = values
        c_number, c_text, c_money, c_day = cells
        assert (c_number.value, c_number.data_type) == (number, "n")
        assert c_text.value == expected_text(text), repr(text)
        if c_text.value is not None:
            assert c_text.data_type == "s"
            assert c_text.quotePrefix == (text[0] in "=+-@\t\r"), repr(text)
        assert c_money.value == money
        if money is not None:
            assert (c_money.data_type, c_money.number_format) == ("n", ee.MONEY)
        if day is None:
            assert c_day.value is None
        else:
            assert c_day.value == datetime.combine(day, datetime.min.time())
            assert c_day.number_format == ee.DATE
    assert ws.cell(row=2 + FAST_TEXTS.index("Công ty\x0b Hồng\x00 Phát\x1f"), column=2).value == (
        "Công ty Hồng Phát"
    )
    # read-only mode (another parser, which trusts the dimension) reads the same values
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        values_only = list(wb["Dữ liệu"].iter_rows(min_row=2, values_only=True))
        info = {r[0]: r[1] for r in wb["Thông tin"].iter_rows(values_only=True)}
    finally:
        wb.close()
    assert [v[1] for v in values_only] == [expected_text(t) for t in FAST_TEXTS]
    assert [v[2] for v in values_only] == [r[2] for r in rows]
    assert info["Số dòng"] == len(rows)


def test_the_fast_writer_refuses_what_a_cell_cannot_hold(tmp_path: Path) -> None:
    out = tmp_path / "sai.xlsx"
    out.write_bytes(b"the previous export")
    with pytest.raises(ValueError):
        write_fast(out, [[1, "x", float("nan"), None]])
    with pytest.raises(TypeError):
        write_fast(out, [[1, "x", object(), None]])
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sai.xlsx"]


def test_a_register_of_one_item_and_of_none(register: Register, tmp_path: Path) -> None:
    out = ee.export_register(register, tmp_path / "empty.xlsx")
    assert check_layout(out, "Sổ thiết bị", ee.REGISTER_COLUMNS) == 0
    assert sheet_refs(out) == ("A1:AB1", "A1:AB1", "$A$1:$AB$1")
    assert rows_by(out, "Sổ thiết bị", "Mã tài sản") == {}

    equipment.create_equipment(
        register,
        {"asset_code": "TB-1", "name": "  Bàn & ghế <GV>  ", "unit_price": 0, "notes": "-"},
    )
    out = ee.export_register(register, tmp_path / "one.xlsx")
    assert check_layout(out, "Sổ thiết bị", ee.REGISTER_COLUMNS) == 1
    assert sheet_refs(out) == ("A1:AB2", "A1:AB2", "$A$1:$AB$2")
    (row,) = rows_by(out, "Sổ thiết bị", "Mã tài sản").values()
    assert row["STT"].value == 1
    assert row["Tên thiết bị"].value.strip() == "Bàn & ghế <GV>"
    assert (row["Đơn giá (đồng)"].value, row["Đơn giá (đồng)"].number_format) == (0, ee.MONEY)
    assert row["Ghi chú"].value == "-"
    info = {r[0]: r[1] for r in openpyxl.load_workbook(out)["Thông tin"].values}
    assert info["Số thiết bị (dòng)"] == 1


@pytest.mark.parametrize("counted", [2, 9])
def test_the_refs_follow_the_rows_read_not_the_count(
    school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: int
) -> None:
    """The register changed between the count and the read: the file says what it holds."""
    monkeypatch.setattr(ee, "count_register_rows", lambda reg, q: counted)
    seen: list[tuple[int, int]] = []
    out = ee.export_register(
        school.reg, tmp_path / "so.xlsx", progress=lambda d, t: seen.append((d, t))
    )
    assert check_layout(out, "Sổ thiết bị", ee.REGISTER_COLUMNS) == 5
    assert sheet_refs(out) == ("A1:AB6", "A1:AB6", "$A$1:$AB$6")
    info = {r[0]: r[1] for r in openpyxl.load_workbook(out)["Thông tin"].values}
    assert info["Số thiết bị (dòng)"] == 5
    assert seen[-1] == (5, max(5, counted))
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" not in p.name) == ["so.xlsx"]


@needs_soffice
def test_libreoffice_reads_the_fast_writers_cells(tmp_path: Path) -> None:
    out = tmp_path / "nhanh.xlsx"
    rows = fast_rows()
    write_fast(out, rows)
    soffice([out], CSV_ALL_SHEETS, tmp_path / "csv", tmp_path / f"profile-{uuid.uuid4().hex}")
    with (tmp_path / "csv" / "nhanh-Dữ liệu.csv").open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == [c.header for c in FAST_COLUMNS]
    assert len(table) == len(rows) + 1
    shown_money = {0: "0", 999_999_999_999: "999,999,999,999", 12_500_000: "12,500,000", None: ""}
    for (number, text, money, day), line in zip(rows, table[1:], strict=True):
        assert line[0] == str(number)
        if text is not None and "\r" not in text:  # (CSV line ends are LibreOffice's own)
            assert line[1] == (expected_text(text) or ""), repr(text)
        assert line[2] == shown_money[money]
        assert line[3] == (day.strftime("%d/%m/%Y") if day else "")
