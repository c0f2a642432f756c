"""Excel import: refusing unsafe files, finding the header, reading Vietnamese numbers
and dates, the dry run's messages, and an all-or-nothing apply."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from app.models.enums import EquipmentStatus, FundingSource, RoomKind
from app.reports import excel_import as ei
from app.reports.excel_import import ImportFileError
from app.services import audit, equipment, rooms
from app.services.equipment_query import EquipmentQuery
from app.services.register import Register
from tests.conftest import looks_vietnamese, table_state

# == test workbooks ===================================================================


def _merge(ws: Worksheet, ref: str, value: Any) -> None:
    ws[ref.split(":")[0]] = value
    ws.merge_cells(ref)


def school_register(path: Path, extra: list[list[Any]] | None = None) -> Path:
    """A register as schools keep it: title block, a two-row merged header, a row of
    column numbers, Vietnamese numbers and dates, subtotals, formulas, signatures."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sổ thiết bị"
    ws["A1"] = "PHÒNG GD&ĐT HUYỆN THANH TRÌ"
    ws["A2"] = "TRƯỜNG THCS NGUYỄN DU"
    _merge(ws, "A3:M3", "SỔ QUẢN LÝ THIẾT BỊ")
    ws["A4"] = "Năm học 2023 – 2024"
    for col, caption in zip(
        "ABCDHIJKLM",
        ["STT", "Mã TS", "Tên thiết bị", "ĐVT", "Đơn giá", "Thành tiền", "Nguồn vốn",
         "Năm sử dụng", "Phòng", "Ghi chú"],
        strict=True,
    ):  # fmt: skip
        _merge(ws, f"{col}6:{col}7", caption)
    _merge(ws, "E6:G6", "Số lượng")
    ws["E7"], ws["F7"], ws["G7"] = "Tổng", "Tốt", "Hỏng"
    ws.append([f"({n})" for n in range(1, 14)])  # row 8: column numbers
    rows: list[list[Any]] = [
        # row 9
        [1, "TB-001", "Máy chiếu Epson EB-X06", "cái", 2, 2, 0, "12.500.000", "=E9*H9",
         "Ngân sách nhà nước", 2022, "P.TIN1", None],
        # row 10
        [2, "TB-002", "Bộ thí nghiệm điện học", "bộ", 6, 5, 1, "1.200.000đ", "=E10*H10",
         "Xã hội hóa", "08/2022", "Phòng Khoa học tự nhiên", "Mua bổ sung"],
        # row 11: no code; room named without accents; price with spaces and đ
        [3, None, "Quả địa cầu", "quả", "3", None, None, "350 000 đ", None,
         "Tài trợ", "15/08/2021", "phong tin hoc 1", None],
        # row 12: a subtotal with formulas
        ["Cộng trang", None, None, None, "=SUM(E9:E11)", None, None, None, "=SUM(I9:I11)"],
        # row 13: Excel numbers and an Excel date
        [4, "TB-004", "Cân điện tử", "cái", 1, 1, 0, 2_500_000, None,
         "NSNN", datetime(2023, 1, 15), "Kho", None],
        [],  # row 14
        ["Tổng cộng", None, None, None, 12],  # row 15
        [None, None, "Người lập biểu", None, None, None, None, None, None, "Hiệu trưởng"],
    ]  # fmt: skip
    for row in rows + (extra or []):
        ws.append(row)
    wb.save(path)
    return path


def plain_register(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def rewrite_part(path: Path, part: str, change: Any) -> None:
    """Rewrite one part of an .xlsx (``change(bytes) -> bytes``)."""
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


@pytest.fixture
def lab(register: Register, add_room: Any) -> Any:
    return add_room(register, "P.TIN1", "Phòng Tin học 1")


def run(reg: Register, path: Path) -> ei.DryRun:
    source = ei.open_workbook(path)
    header = ei.find_header(source.sheets[0])
    return ei.dry_run(reg, source, source.sheets[0].name, header.row, ei.propose_mapping(header))


# == header and mapping ===============================================================


def test_header_is_found_below_the_title_block_and_merged_captions_combine(tmp_path):
    source = ei.open_workbook(school_register(tmp_path / "so.xlsx"))
    (sheet,) = source.sheets
    assert sheet.name == "Sổ thiết bị"
    assert sheet.preview[2][0] == "SỔ QUẢN LÝ THIẾT BỊ"
    header = ei.find_header(sheet)
    assert (header.first_row, header.row) == (6, 7)
    assert header.captions[:8] == (
        "STT", "Mã TS", "Tên thiết bị", "ĐVT",
        "Số lượng Tổng", "Số lượng Tốt", "Số lượng Hỏng", "Đơn giá",
    )  # fmt: skip
    assert ei.propose_mapping(header) == {
        1: "asset_code",
        2: "name",
        3: "unit",
        4: "quantity",
        5: "qty_good",
        6: "qty_broken",
        7: "unit_price",
        9: "funding_source",
        10: "in_service_on",
        11: "room",
        12: "notes",
    }  # STT (A) and Thành tiền (I) are left out


def test_two_row_header_without_merge_information_is_still_combined(tmp_path):
    path = plain_register(
        tmp_path / "flat.xlsx",
        ["STT", "Tên thiết bị", "Số lượng", None, "Đơn giá"],
        [[None, None, "Tốt", "Hỏng", None], [1, "Bàn học sinh", 40, 2, "800.000"]],
    )
    header = ei.find_header(ei.open_workbook(path).sheets[0])
    assert header.row == 2
    assert ei.propose_mapping(header) == {
        1: "name",
        2: "qty_good",
        3: "qty_broken",
        4: "unit_price",
    }


@pytest.mark.parametrize(
    ("caption", "field"),
    [
        ("Tên thiết bị", "name"),
        ("ten thiet bi", "name"),
        ("TÊN TB", "name"),
        ("Tên tài sản", "name"),
        ("Mã", "asset_code"),
        ("Mã TS", "asset_code"),
        ("Ma tai san", "asset_code"),
        ("Số hiệu", "asset_code"),
        ("SL", "quantity"),
        ("Số lượng (cái)", "quantity"),
        ("ĐVT", "unit"),
        ("Don vi tinh", "unit"),
        ("Đơn giá (đồng)", "unit_price"),
        ("Nguồn vốn", "funding_source"),
        ("Nguon kinh phi", "funding_source"),
        ("Năm đưa vào sử dụng", "in_service_on"),
        ("Ngày mua", "acquired_on"),
        ("Nước sản xuất", "origin"),
        ("Xuất xứ", "origin"),
        ("Hãng", "brand"),
        ("Nhãn hiệu", "brand"),
        ("Model", "model"),
        ("Số seri", "serial"),
        ("Vị trí", "room"),
        ("Môn học", "subject"),
        ("Khối", "grades"),
        ("Lớp", "grades"),
        ("Tình trạng", "condition"),
        ("Ghi chú", "notes"),
    ],
)
def test_header_words_with_or_without_accents(caption, field):
    assert ei.match_caption(caption)[0] == field


def test_row_numbers_and_computed_columns_are_known_but_not_imported():
    header = ei.HeaderGuess("S", 1, 1, ("STT", "Tên thiết bị", "SL", "Đơn giá", "Thành tiền"), 5)
    assert ei.propose_mapping(header) == {1: "name", 2: "quantity", 3: "unit_price"}
    # Without a unit price, Thành tiền gives it.
    header = ei.HeaderGuess("S", 1, 1, ("Tên thiết bị", "SL", "Thành tiền"), 3)
    assert ei.propose_mapping(header) == {0: "name", 1: "quantity", 2: "line_total"}


# == values written the Vietnamese way ================================================


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1.200.000", 1_200_000),
        ("1,5", 1.5),
        ("12 500 000 đ", 12_500_000),
        ("1.200.000đ", 1_200_000),
        ("1.200.000 VNĐ", 1_200_000),
        ("1,200,000", 1_200_000),
        ("2.500.000,50", 2_500_000.5),
        ("7", 7),
        ("hai", None),
        ("", None),
    ],
)
def test_vietnamese_numbers(text, number):
    assert ei._vn_number(text) == number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15/08/2022", date(2022, 8, 15)),
        ("15-8-2022", date(2022, 8, 15)),
        ("08/2022", date(2022, 8, 1)),
        ("2022", date(2022, 1, 1)),
        (2022, date(2022, 1, 1)),
        ("Năm 2019", date(2019, 1, 1)),
        ("2022-08-15", date(2022, 8, 15)),
        ("ngày 5 tháng 9 năm 2020", date(2020, 9, 5)),
        (datetime(2023, 1, 15), date(2023, 1, 15)),
        (44788, date(2022, 8, 15)),  # an Excel serial in a cell without date format
        ("31/02/2022", "31/02/2022"),  # left for the schema to refuse
    ],
)
def test_dates_as_text_or_excel(value, expected):
    assert ei._date(value) == expected


# == the dry run =====================================================================


def test_dry_run_reads_a_real_world_register(register, lab, snapshot, tmp_path):
    path = school_register(tmp_path / "so.xlsx")
    before = snapshot(register)
    dry = run(register, path)
    assert snapshot(register) == before, "a dry run writes nothing"
    assert dry.errors == []
    assert [r.row for r in dry.to_add] == [9, 10, 11, 13]
    first, second, third, fourth = (r.data for r in dry.to_add)
    assert (first.asset_code, first.quantity, first.qty_good, first.unit_price) == (
        "TB-001",
        2,
        2,
        12_500_000,
    )
    assert first.room_id == lab.id
    assert first.in_service_on == date(2022, 1, 1)  # a year alone: 1 January
    assert first.funding_source == FundingSource.STATE_BUDGET
    assert (second.quantity, second.qty_good, second.qty_broken) == (6, 5, 1)
    assert second.unit_price == 1_200_000
    assert second.in_service_on == date(2022, 8, 1)
    assert second.funding_source == FundingSource.PARENTS
    assert second.notes == "Mua bổ sung"
    assert dry.to_add[1].new_room == "NK-P01"
    assert third.asset_code == "NK-00001"  # generated
    assert third.room_id == lab.id  # matched by name, without accents
    assert (third.quantity, third.unit_price) == (3, 350_000)
    assert third.funding_source == FundingSource.SPONSOR
    assert third.in_service_on == date(2021, 8, 15)
    assert fourth.in_service_on == date(2023, 1, 15)
    assert fourth.unit_price == 2_500_000

    assert [(r.code, r.name, r.items) for r in dry.rooms_to_create] == [
        ("NK-P01", "Phòng Khoa học tự nhiên", 1),
        ("NK-P02", "Kho", 1),
    ]
    assert [r.row for r in dry.skipped] == [8, 12, 15, 16]
    assert "cộng" in dry.skipped[1].message
    assert dry.blank_rows == 1
    assert (dry.total_items, dry.total_quantity, dry.total_value) == (4, 12, 35_750_000)
    warnings = " ".join(str(w) for w in dry.warnings)
    assert "NK-00001" in warnings
    assert "Phòng Khoa học tự nhiên (mã NK-P01)" in warnings
    summary = dry.summary()
    assert "Sẽ thêm 4 thiết bị" in summary and "35.750.000 đ" in summary
    assert "Sẽ tạo 2 phòng mới" in summary and "Kho thiết bị" in summary


def test_every_bad_row_is_listed_with_its_excel_row_and_a_vietnamese_reason(
    register, lab, add_item, tmp_path
):
    add_item(register, "TB-100", "Tivi Sony")
    path = plain_register(
        tmp_path / "loi.xlsx",
        ["Mã tài sản", "Tên thiết bị", "Số lượng", "Tốt", "Hỏng", "Ngày mua", "Nguồn vốn"],
        [
            ["TB-1", "Bàn giáo viên", 1, None, None, "15/08/2022", "Ngân sách"],  # 2: fine
            ["TB-1", "Ghế giáo viên", 1, None, None, None, None],  # 3: code twice
            ["tb-100", "Tivi", 1, None, None, None, None],  # 4: code in register
            ["TB-4", "Loa", "hai", None, None, None, None],  # 5: not a number
            ["TB-5", "Micro", 1, None, None, "31/02/2022", None],  # 6: no such day
            ["TB-6", "Máy in", 3, 1, 1, None, None],  # 7: 1 + 1 != 3
            ["TB-7", None, 2, None, None, None, None],  # 8: no name
            ["TB-8", "Bảng", 1, None, None, "01/01/2099", None],  # 9: future
            ["TB-9", "Đàn", 1, None, None, None, "Quỹ lớp"],  # 10: unknown source
            ["TB-10", "Loa kéo", 2.5, None, None, None, None],  # 11: not whole
        ],
    )
    dry = run(register, path)
    reasons = {issue.row: issue.message for issue in dry.errors}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert [r.row for r in dry.to_add] == [2]
    assert not dry.ok
    assert "trùng với dòng 2" in reasons[3]
    assert "Mã tài sản «TB-100» đã có trong sổ" in reasons[4]
    assert reasons[5] == "Số lượng phải là số nguyên. (ô C5: «hai»)"
    assert "Ngày mua không phải là ngày hợp lệ (dd/mm/yyyy)" in reasons[6]
    assert "F6" in reasons[6]
    assert "Tốt + hỏng nhẹ + hỏng + mất phải bằng số lượng" in reasons[7]
    assert reasons[8].startswith("Chưa nhập tên.")
    assert "ở tương lai" in reasons[9]
    assert "Nguồn kinh phí không hợp lệ" in reasons[10] and "Xã hội hóa" in reasons[10]
    assert "phải là số nguyên" in reasons[11]
    assert all(looks_vietnamese(m) for m in reasons.values())
    assert "9 dòng có lỗi" in dry.summary()

    saved = ei.write_error_list(dry, tmp_path / "loi-nhap.xlsx")
    sheet = openpyxl.load_workbook(saved).active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(min_row=3, max_row=11, values_only=True)] == [
        3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]  # fmt: skip


def test_unknown_condition_words_go_to_the_notes_and_known_ones_set_the_counts(register, tmp_path):
    path = plain_register(
        tmp_path / "tinh-trang.xlsx",
        ["Tên thiết bị", "SL", "Tình trạng", "Đơn giá (nghìn đồng)"],
        [
            ["Máy tính", 3, "Hỏng", "1.500"],
            ["Máy in", 1, "Còn dùng được", 900],
            ["Tủ sắt", 1, "Đã thanh lý", None],
            ["Ghế", None, "Tốt", None],
        ],
    )
    dry = run(register, path)
    assert dry.errors == []
    computer, printer, cupboard, chair = (r.data for r in dry.to_add)
    assert (computer.qty_broken, computer.qty_good, computer.unit_price) == (3, 0, 1_500_000)
    assert printer.notes == "Tình trạng: Còn dùng được"
    assert printer.unit_price == 900_000
    assert cupboard.status == EquipmentStatus.DISPOSED
    assert chair.quantity == 1
    text = " ".join(str(w) for w in dry.warnings)
    assert "nghìn đồng" in text and "chép vào ghi chú" in text and "để trống số lượng" in text


def test_a_mapping_without_the_name_column_or_with_a_field_twice_is_refused(register, tmp_path):
    source = ei.open_workbook(plain_register(tmp_path / "a.xlsx", ["Tên", "Mã"], [["Bàn", "1"]]))
    with pytest.raises(ImportFileError, match="Tên thiết bị"):
        ei.dry_run(register, source, source.sheets[0].name, 1, {1: "asset_code"})
    with pytest.raises(ImportFileError, match="Cột A và cột B"):
        ei.dry_run(register, source, source.sheets[0].name, 1, {0: "name", 1: "name"})


# == apply: all or nothing ===========================================================


def test_apply_writes_every_row_and_new_room_through_the_services(register, lab, tmp_path):
    dry = run(register, school_register(tmp_path / "so.xlsx"))
    result = ei.apply_import(register, dry)
    assert (result.items, result.quantity, result.value, result.rooms) == (4, 12, 35_750_000, 2)
    assert "Đã nhập 4 thiết bị" in str(result)
    stored = {e.asset_code: e for e in (equipment.get_equipment(register, i) for i in result.ids)}
    assert set(stored) == {"TB-001", "TB-002", "NK-00001", "TB-004"}
    store = {r.code: r for r in rooms.list_rooms(register)}
    assert store["NK-P01"].name == "Phòng Khoa học tự nhiên"
    assert store["NK-P01"].kind == RoomKind.STOREROOM
    assert stored["TB-002"].room_id == store["NK-P01"].id
    assert stored["TB-001"].room_id == lab.id
    assert stored["TB-002"].name_norm == "bo thi nghiem dien hoc"
    (line,) = audit.history(register, "equipment", stored["TB-002"].id)
    assert line.action == "import" and "so.xlsx" in line.summary
    # Found by the ordinary search, as if typed in by hand.
    from app.services.equipment_query import equipment_ids

    assert len(equipment_ids(register, EquipmentQuery(text="thi nghiem"))) == 1
    # The next import numbers its missing codes after the ones already given.
    again = plain_register(tmp_path / "them.xlsx", ["Tên thiết bị"], [["Bút trình chiếu"]])
    assert run(register, again).to_add[0].data.asset_code == "NK-00002"


def test_apply_refuses_a_dry_run_with_errors_and_writes_nothing(register, snapshot, tmp_path):
    path = plain_register(
        tmp_path / "loi.xlsx",
        ["Mã", "Tên thiết bị", "SL"],
        [["A1", "Bàn", 1], ["A2", "Ghế", "nhiều"], ["A3", "Tủ", 1]],
    )
    dry = run(register, path)
    assert [e.row for e in dry.errors] == [3]
    before = snapshot(register)
    with pytest.raises(ImportFileError, match="1 dòng lỗi") as info:
        ei.apply_import(register, dry)
    assert looks_vietnamese(info.value.message)
    assert snapshot(register) == before


def test_a_problem_found_while_writing_rolls_everything_back(
    register, add_item, snapshot, tmp_path
):
    """Rooms are created first, then items: a code taken meanwhile undoes the rooms too."""
    path = plain_register(
        tmp_path / "so.xlsx",
        ["Mã", "Tên thiết bị", "Phòng"],
        [["A1", "Bàn", "Phòng mới"], ["A2", "Ghế", "Phòng mới"], ["A3", "Tủ", None]],
    )
    dry = run(register, path)
    assert dry.ok and len(dry.rooms_to_create) == 1
    add_item(register, "A3", "Tủ của người khác")  # entered by hand after the dry run
    before = snapshot(register)
    with pytest.raises(ImportFileError) as info:
        ei.apply_import(register, dry)
    assert info.value.message.startswith("Dòng 4 của tệp: Mã tài sản «A3» đã có trong sổ")
    assert snapshot(register) == before


# == refused files ===================================================================


def _without_prolog(xml: bytes) -> bytes:
    return xml.split(b"?>", 1)[1].lstrip() if xml.startswith(b"<?xml") else xml


def refused_file(reg: Register, path: Path, *words: str) -> str:
    """open_workbook refuses the file with a Vietnamese message; nothing changes."""
    content = path.read_bytes() if path.exists() else None
    before = table_state(reg)
    with pytest.raises(ImportFileError) as info:
        ei.open_workbook(path)
    message = info.value.message
    assert looks_vietnamese(message), message
    for word in words:
        assert word in message, message
    assert table_state(reg) == before
    assert (path.read_bytes() if path.exists() else None) == content
    return message


def test_a_renamed_text_file_is_refused(register, tmp_path):
    path = tmp_path / "so.xlsx"
    path.write_text("STT,Tên thiết bị\n1,Máy chiếu\n", encoding="utf-8")
    refused_file(register, path, "không phải sổ Excel .xlsx", "Lưu thành")


def test_an_old_xls_is_asked_to_be_saved_as_xlsx(register, tmp_path):
    path = tmp_path / "so.xlsx"  # the name does not matter: the content does
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4000)
    refused_file(register, path, ".xls", "lưu lại dưới dạng .xlsx (Excel 2007 trở lên)")


def test_a_password_protected_workbook_is_refused(register, tmp_path):
    path = tmp_path / "mat-khau.xlsx"
    body = b"\0" * 2000 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 2000
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + body)
    refused_file(register, path, "mật khẩu")


def test_a_truncated_file_is_refused(register, tmp_path):
    good = school_register(tmp_path / "so.xlsx").read_bytes()
    path = tmp_path / "dang-tai.xlsx"
    path.write_bytes(good[: len(good) // 2])
    refused_file(register, path, "bị hỏng hoặc chưa tải")


def test_an_xml_bomb_is_refused(register, tmp_path):
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>\n"
    )

    def bomb(xml: bytes) -> bytes:
        body = _without_prolog(xml)
        return laughs + body.replace(b"<v>", b"<v>&lol9;", 1)

    path = plain_register(tmp_path / "bom.xlsx", ["Tên thiết bị"], [[1]])
    rewrite_part(path, "xl/worksheets/sheet1.xml", bomb)
    refused_file(register, path, "DOCTYPE")


def test_defusedxml_itself_stops_a_bomb_hidden_past_the_first_bytes(register, tmp_path):
    """The quick DOCTYPE scan reads 4 KB; past it, openpyxl's defusedxml parser refuses."""
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML, "openpyxl must parse with defusedxml"
    padding = b"<!--" + b" " * 8000 + b"-->"

    def hidden_bomb(xml: bytes) -> bytes:
        body = _without_prolog(xml)
        dtd = b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        return b'<?xml version="1.0"?>' + padding + dtd + body

    path = plain_register(tmp_path / "bom2.xlsx", ["Tên thiết bị"], [["Bàn"]])
    rewrite_part(path, "xl/worksheets/sheet1.xml", hidden_bomb)
    refused_file(register, path, "DOCTYPE")


def test_a_zip_bomb_is_refused_by_its_unpacked_size(register, tmp_path, monkeypatch):
    path = plain_register(tmp_path / "zip.xlsx", ["Tên thiết bị"], [["Bàn"]])
    # 3 MB of spaces pack into a few KB; the limit is lowered so the test stays quick.
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml + b" " * 3_000_000)
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(ei, "MAX_XML_BYTES", 2_000_000)
    refused_file(register, path, "khi giải nén lớn hơn")


def test_a_huge_file_is_refused_before_it_is_read(register, tmp_path, monkeypatch):
    path = school_register(tmp_path / "so.xlsx")
    monkeypatch.setattr(ei, "MAX_FILE_BYTES", 1000)
    refused_file(register, path, "quá lớn")


def test_a_sheet_claiming_too_many_rows_is_refused(register, tmp_path):
    path = plain_register(tmp_path / "dai.xlsx", ["Tên thiết bị"], [["Bàn"]])
    rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:C300000"', xml),
    )
    refused_file(register, path, "200.000 dòng")


def test_an_empty_workbook_is_refused(register, tmp_path):
    path = tmp_path / "trong.xlsx"
    openpyxl.Workbook().save(path)
    refused_file(register, path, "trống")


def test_a_missing_file_and_a_libreoffice_file_are_refused(register, tmp_path):
    refused_file(register, tmp_path / "khong-co.xlsx", "Không tìm thấy")
    path = tmp_path / "so.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    refused_file(register, path, ".ods")


def test_a_real_xlsx_with_another_extension_is_read_by_its_content(tmp_path):
    path = school_register(tmp_path / "so.xlsx").rename(tmp_path / "so-cu.xls")
    assert ei.open_workbook(path).sheets[0].name == "Sổ thiết bị"
