"""The compliance review as an Excel workbook, in the house layout of ``excel_export``:
room counts by type, the subject rooms with their shortfalls, every line of the
minimum equipment list with what is needed, held and missing, and the items whose
catalogue code is not on the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.reports.data import school_info
from app.reports.excel_export import Column, _clean, _info_sheet, _Sheet, _writing
from app.services.compliance import (
    VERDICT_WORDS,
    EquipmentReport,
    RoomReport,
    check_rooms,
    compare_equipment,
)
from app.services.register import Register

TYPE_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Loại phòng bộ môn", 24),
    Column("Cần có", 9, "any"),
    Column("Hiện có", 9, "number"),
    Column("Các phòng", 24),
    Column("Kết quả", 14),
    Column("Nhận xét", 70),
)
ROOM_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Mã phòng", 11),
    Column("Tên phòng", 30),
    Column("Loại phòng", 20),
    Column("Diện tích (m²)", 11, "decimal"),
    Column("Số học sinh", 9, "number"),
    Column("Tính theo", 16),
    Column("Diện tích cần (m²)", 11, "decimal"),
    Column("Người phụ trách", 20),
    Column("Kết quả", 14),
    Column("Thiếu sót", 80),
    Column("Chưa kiểm tra được", 60),
)
LINE_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Môn học", 20),
    Column("Lớp", 7, "any"),
    Column("Mã", 13),
    Column("Chủ đề", 24),
    Column("Tên thiết bị", 40),
    Column("Đối tượng sử dụng", 10),
    Column("Đơn vị tính", 9),
    Column("Số lượng theo danh mục", 11, "number"),
    Column("Tính cho", 9),
    Column("Số lớp", 8, "number"),
    Column("Cần có", 9, "number"),
    Column("Hiện có (dùng được)", 10, "number"),
    Column("Còn thiếu", 9, "number"),
    Column("Ghi chú", 30),
)
OTHER_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Mã danh mục", 14),
    Column("Thiết bị (ví dụ)", 40),
    Column("Số dòng trong sổ", 10, "number"),
    Column("Số lượng", 9, "number"),
    Column("Dùng được", 9, "number"),
)


def _cleaned(values: list[Any]) -> list[Any]:
    return [_clean(v) if type(v) is str else v for v in values]


def _types(wb: Any, rooms: RoomReport) -> None:
    sheet = _Sheet(wb, "Số phòng theo loại", TYPE_COLUMNS, len(rooms.types))
    for n, t in enumerate(rooms.types, start=1):
        verdict = {True: "Đủ", False: "Thiếu", None: "Chưa có định mức"}[t.finding.ok]
        sheet.append(
            _cleaned(
                [
                    n,
                    t.name,
                    t.required if t.required is not None else "–",
                    t.present,
                    ", ".join(t.rooms),
                    verdict,
                    t.finding.text,
                ]
            )
        )


def _rooms(wb: Any, rooms: RoomReport) -> None:
    sheet = _Sheet(wb, "Phòng học bộ môn", ROOM_COLUMNS, len(rooms.rooms))
    for n, r in enumerate(rooms.rooms, start=1):
        sheet.append(
            _cleaned(
                [
                    n,
                    r.code,
                    r.name,
                    r.type_name or ("Phòng học trực tuyến" if r.kind.value == "online" else ""),
                    r.area_m2,
                    r.students or None,
                    r.students_basis if r.students else "",
                    r.needed_m2,
                    r.responsible,
                    VERDICT_WORDS[r.verdict],
                    "\n".join(f.text for f in r.shortfalls),
                    "\n".join(f.text for f in r.findings if f.ok is None),
                ]
            )
        )


def _lines(wb: Any, stock: EquipmentReport) -> None:
    sheet = _Sheet(wb, "Thiết bị tối thiểu", LINE_COLUMNS, len(stock.lines))
    for n, e in enumerate(stock.lines, start=1):
        line = e.line
        school = line.per == "school"
        sheet.append(
            _cleaned(
                [
                    n,
                    line.subject,
                    line.grade if line.grade is not None else "Mọi khối",
                    line.code,
                    line.topic,
                    line.name,
                    line.user,
                    line.unit,
                    line.quantity,
                    "trường" if school else "lớp",
                    None if school else e.classes,
                    e.required,
                    e.have,
                    e.missing,
                    line.notes,
                ]
            )
        )


def _others(wb: Any, stock: EquipmentReport) -> None:
    sheet = _Sheet(wb, "Mã ngoài danh mục", OTHER_COLUMNS, len(stock.unlisted))
    for n, u in enumerate(stock.unlisted, start=1):
        sheet.append(_cleaned([n, u.code, u.example, u.items, u.units, u.usable]))


def export_compliance(reg: Register, out: Path, *, level: str | None = None) -> Path:
    """The review of the school's subject rooms and minimum equipment for ``level``
    (default: the school's)."""
    school = school_info(reg)
    rooms = check_rooms(reg, level)
    stock = compare_equipment(reg, rooms.level or level)
    title = "Rà soát phòng học bộ môn và thiết bị dạy học tối thiểu"
    with _writing(out, title, school, f"Cấp học {rooms.level_name}") as wb:
        _types(wb, rooms)
        _rooms(wb, rooms)
        _lines(wb, stock)
        _others(wb, stock)
        total = stock.total()
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", title),
                ("Cấp học rà soát", rooms.level_name),
                ("Thiếu sót về phòng", len(rooms.shortfalls)),
                ("Phòng chưa đạt", f"{rooms.failing_rooms}/{len(rooms.rooms)}"),
                ("Danh mục", stock.catalogue.title if stock.catalogue else "Chưa có"),
                ("Nguồn danh mục", stock.catalogue.source if stock.catalogue else ""),
                ("Dòng còn thiếu", f"{total.missing_lines}/{total.lines}"),
                ("Số đơn vị còn thiếu", total.missing),
                *(("Ghi chú", note) for note in (*rooms.notes, *stock.notes)),
            ],
        )
    return Path(out)
