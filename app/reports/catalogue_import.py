"""Importing the ministry's minimum teaching-equipment list (Circulars 37, 38,
39/2021/TT-BGDĐT) from its Excel file: check every row first, then replace the
level's list all or nothing.

The ministry's tables: STT; chủ đề; tên thiết bị; mục đích; mô tả chi tiết; đối tượng
sử dụng (one column "GV/HS", or two sub-columns GV and HS ticked with x); đơn vị
tính; số lượng; ghi chú. Often a sheet per subject (or per subject and grade), the
subject and grade in a title row ("MÔN KHOA HỌC TỰ NHIÊN – LỚP 6"), in the sheet's
name ("KHTN 6"), in rows between tables ("Lớp 7") or in a column. The file safety
checks, header finding (below titles, two-row headers with merged cells, words with
or without accents) and Vietnamese numbers are excel_import's.

How a line is read:
- the topic (chủ đề) is often one merged cell for several rows: a blank topic takes
  the one above, until a heading or a new grade;
- a heading row (no unit, no quantity: "I. TRANH ẢNH", "THIẾT BỊ DÙNG CHUNG", "Lớp 7")
  sets the grade or subject it names; "dùng chung" makes the lines below count for
  every grade;
- quantity: the number the cell starts with ("06", "6 bộ/lớp"); the line counts per
  school when its quantity, unit or notes say so ("/trường", "toàn trường", "cả
  trường"), else per class of its grade (the lists count per class);
- code: the sheet's code column if it has one, else CS + subject code + grade + "." +
  two digits (CSKHTN6.01, the shipped lists' scheme): the STT when the STT of the
  subject and grade are distinct whole numbers, else the lines' order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from app.reports.excel_import import (
    IGNORE,
    ImportFileError,
    SheetInfo,
    _has,
    _line,
    _number,
    _words,
    caption_matcher,
    cell_text,
    find_header,
    open_workbook,
    read_sheets,
)
from app.reports.vocabulary import vn_number
from app.services import catalogue
from app.services.catalogue import LineInput, derived_code, find_subject, level_info
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import parse
from app.services.text import fold, normalise_code

Progress = Callable[[int, int], None]

FIELDS: dict[str, str] = {
    "order_no": "STT",
    "topic": "Chủ đề",
    "name": "Tên thiết bị",
    "purpose": "Mục đích",
    "description": "Mô tả chi tiết",
    "user": "Đối tượng sử dụng",
    "user_gv": "Đối tượng sử dụng: GV",
    "user_hs": "Đối tượng sử dụng: HS",
    "unit": "Đơn vị tính",
    "quantity": "Số lượng",
    "notes": "Ghi chú",
    "code": "Mã thiết bị",
    "grade": "Lớp",
    "subject": "Môn học",
}

# Header words -> field, matched accent-free like the register import's.
SYNONYMS: dict[str, str] = {
    "STT": "order_no",
    "TT": "order_no",
    "Số TT": "order_no",
    "Số thứ tự": "order_no",
    "Chủ đề": "topic",
    "Chủ đề dạy học": "topic",
    "Chủ đề, mạch nội dung": "topic",
    "Mạch nội dung": "topic",
    "Nội dung": "topic",
    "Tên thiết bị": "name",
    "Tên thiết bị dạy học": "name",
    "Tên": "name",
    "Danh mục thiết bị": "name",
    "Mục đích": "purpose",
    "Mục đích sử dụng": "purpose",
    "Mô tả chi tiết": "description",
    "Mô tả chi tiết thiết bị": "description",
    "Mô tả": "description",
    "Mô tả thiết bị": "description",
    "Đối tượng sử dụng": "user",
    "Đối tượng": "user",
    "Đối tượng sử dụng GV": "user_gv",
    "Đối tượng sử dụng Giáo viên": "user_gv",
    "Đối tượng GV": "user_gv",
    "GV": "user_gv",
    "Giáo viên": "user_gv",
    "Đối tượng sử dụng HS": "user_hs",
    "Đối tượng sử dụng Học sinh": "user_hs",
    "Đối tượng HS": "user_hs",
    "HS": "user_hs",
    "Học sinh": "user_hs",
    "Đơn vị tính": "unit",
    "ĐVT": "unit",
    "Đơn vị": "unit",
    "Số lượng": "quantity",
    "SL": "quantity",
    "Số lượng tối thiểu": "quantity",
    "Ghi chú": "notes",
    "Mã": "code",
    "Mã thiết bị": "code",
    "Mã số": "code",
    "Mã TBDH": "code",
    "Mã hiệu": "code",
    "Mã danh mục": "code",
    "Lớp": "grade",
    "Khối": "grade",
    "Khối lớp": "grade",
    "Môn": "subject",
    "Môn học": "subject",
    "Thành tiền": IGNORE,
}
match = caption_matcher(SYNONYMS)
MIN_HEADER_SCORE = 3
MAX_LINES = 20_000

_GRADE = re.compile(r"\b(?:lop|khoi)\s*:?\s*(\d{1,2})\b")
_TRAILING_NUMBER = re.compile(r"(\d{1,2})$")
_GRADE_WORDS = ("", "lop", "khoi", "l", "k")
_SUBJECT = re.compile(
    r"\bmôn(?:\s+học)?\s*[:：]?\s*(.+?)\s*(?:[-–—,;(]|\blớp\b|\bkhối\b|$)", re.IGNORECASE
)
_SUBJECT_FOLDED = re.compile(r"\bmon(?: hoc)?\s*:?\s*(.+?)\s*(?:[-,;(]|\blop\b|\bkhoi\b|$)")
_COLUMN_NUMBER = re.compile(r"\(?\s*\d{1,2}\s*\)?")
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)")
_PER_SCHOOL = re.compile(r"/\s*truong\b|\b(toan|ca|moi) truong\b")
_TICK = re.compile(r"^(x|v|✓|✔|\+|co|1)$")


@dataclass(frozen=True)
class SheetIssue:
    """A remark about a row of a sheet (row 0: about the whole sheet)."""

    sheet: str
    row: int
    message: str

    def __str__(self) -> str:
        where = f"Trang «{self.sheet}»" + (f", dòng {self.row}" if self.row else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ParsedLine:
    sheet: str
    row: int
    data: LineInput
    derived: bool  # the code was made by the app


@dataclass(frozen=True)
class SheetRead:
    name: str
    header_row: int
    lines: int
    subjects: tuple[str, ...]


@dataclass
class CatalogueDryRun:
    """What the import would write; nothing has been written."""

    path: Path
    level: str
    lines: list[ParsedLine] = field(default_factory=list)
    errors: list[SheetIssue] = field(default_factory=list)
    warnings: list[SheetIssue] = field(default_factory=list)
    skipped: list[SheetIssue] = field(default_factory=list)
    sheets: list[SheetRead] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.lines)

    @property
    def derived_codes(self) -> int:
        return sum(1 for line in self.lines if line.derived)

    def counts_by_subject(self) -> dict[str, int]:
        return dict(Counter(line.data.subject for line in self.lines))

    def summary(self) -> str:
        info = level_info(self.level)
        name = info.name if info is not None else self.level
        subjects = self.counts_by_subject()
        lines = [
            f"Tệp «{self.path.name}»: đọc {len(self.sheets)} trang có bảng thiết bị.",
            f"Sẽ thay danh mục thiết bị dạy học tối thiểu cấp {name} bằng "
            f"{vn_number(len(self.lines))} dòng của {len(subjects)} môn"
            + (": " + ", ".join(f"{s} ({n})" for s, n in subjects.items()) if subjects else "")
            + ".",
        ]
        if self.derived_codes:
            lines.append(
                f"{vn_number(self.derived_codes)} dòng chưa có mã: đặt mã theo cách CS + môn + "
                "lớp + số thứ tự (ví dụ CSKHTN6.01)."
            )
        if self.skipped:
            lines.append(
                f"Bỏ qua {vn_number(len(self.skipped))} dòng không phải thiết bị (tiêu đề, "
                "dòng đánh số cột…)."
            )
        if self.warnings:
            lines.append(f"{vn_number(len(self.warnings))} lưu ý.")
        if self.errors:
            lines.append(
                f"{vn_number(len(self.errors))} lỗi: chưa thể nhập. Hãy sửa trong Excel rồi "
                "kiểm tra lại; danh mục đang dùng được giữ nguyên."
            )
        elif not self.lines:
            lines.append("Không có dòng thiết bị nào để nhập.")
        else:
            lines.append("Không có lỗi: có thể nhập.")
        return "\n".join(lines)


# == reading ==============================================================================


def _mapping(captions: tuple[str, ...]) -> dict[int, str]:
    """Column -> field; each field once, the most exact caption first, then leftmost."""
    candidates = []
    for col, caption in enumerate(captions):
        target, strength = match(caption)
        if target in FIELDS:
            candidates.append((-strength, col, target))
    mapping: dict[int, str] = {}
    for _neg, col, target in sorted(candidates):
        if target not in mapping.values() and col not in mapping:
            mapping[col] = target
    return dict(sorted(mapping.items()))


def _grade_in(text: str) -> int | None:
    m = _GRADE.search(fold(text))
    return int(m[1]) if m else None


def _subject_in(text: str) -> str | None:
    """The subject a title names: "MÔN KHOA HỌC TỰ NHIÊN - LỚP 6" -> Khoa học tự nhiên."""
    m = _SUBJECT.search(text)
    if m:
        words = m[1].strip(" .:")
        return find_subject(words) or (words[:1].upper() + words[1:].lower() if words else None)
    m = _SUBJECT_FOLDED.search(fold(text))
    if m:
        return find_subject(m[1])
    return None


def _sheet_context(sheet: SheetInfo, first_header_row: int) -> tuple[str | None, int | None]:
    """Subject and grade named above the header, else by the sheet's name."""
    subject: str | None = None
    grade: int | None = None
    for row in range(1, first_header_row):
        text = " ".join(sheet.text(row, c) for c in range(sheet.columns)).strip()
        if not text:
            continue
        subject = subject or _subject_in(text)
        grade = grade or _grade_in(text)
    name = sheet.name.strip()
    m = _TRAILING_NUMBER.search(name)
    if m and 1 <= int(m[1]) <= 12:
        # "KHTN 6", "Toán7", "Lớp 8": a grade after a subject or the word lớp/khối
        # (not "Sheet1").
        prefix = name[: m.start()].strip(" _-.")
        if find_subject(prefix) or _words(prefix) in _GRADE_WORDS:
            grade = grade or int(m[1])
            name = prefix
    if subject is None:
        subject = find_subject(name) or _subject_in(name)
    return subject, grade


def _quantity(value: Any) -> tuple[int | str | None, str]:
    """(the number the cell starts with, the cell's text); text with no number stays."""
    text = cell_text(value)
    if not text:
        return None, ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = _number(value)
    else:
        m = _LEADING_NUMBER.match(text)
        number = _number(m[1]) if m else text
    if isinstance(number, float):
        return text, text  # "1,5": the schema says it must be a whole number
    return number, text


def _user(cells: dict[str, Any]) -> str:
    teacher = pupil = False
    words = _words(cell_text(cells.get("user")))
    if words:
        teacher = bool(re.search(r"\b(gv|giao vien)\b", words))
        pupil = bool(re.search(r"\b(hs|hoc sinh)\b", words))
    teacher = teacher or bool(_TICK.match(_words(cell_text(cells.get("user_gv")))))
    pupil = pupil or bool(_TICK.match(_words(cell_text(cells.get("user_hs")))))
    return ", ".join(w for w, on in (("GV", teacher), ("HS", pupil)) if on)


def _exact(value: Any) -> str:
    """The field a cell's whole text names exactly ("" if none)."""
    target, strength = match(cell_text(value))
    return target if strength >= 1000 else ""


def _is_header_repeat(values: tuple[Any, ...]) -> bool:
    """The table's header again (a sheet holding a table per grade)."""
    known = {_exact(v) for v in values if isinstance(v, str)}
    return len(known & set(FIELDS)) >= MIN_HEADER_SCORE


def _is_column_numbers(values: tuple[Any, ...]) -> bool:
    filled = [cell_text(v) for v in values if _has(v)]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.fullmatch(t) for t in filled)


def _is_sub_header(values: tuple[Any, ...]) -> bool:
    """The GV / HS row under a two-row header repeated in the sheet."""
    filled = [_exact(v) for v in values if _has(v)]
    return bool(filled) and all(t in ("user_gv", "user_hs") for t in filled)


@dataclass
class _Context:
    subject: str | None
    grade: int | None
    topic: str = ""
    shared: bool = False  # below a "dùng chung" heading: lines for every grade


def _read_sheet(
    sheet: SheetInfo,
    rows: list[tuple[int, tuple[Any, ...]]],
    dry: CatalogueDryRun,
    pending: list[tuple[str, int, dict[str, Any], dict[str, str]]],
) -> None:
    header = find_header(sheet, match)
    mapping = _mapping(header.captions)
    if header.score < MIN_HEADER_SCORE or "name" not in mapping.values():
        dry.warnings.append(
            SheetIssue(
                sheet.name,
                0,
                "không thấy dòng tiêu đề của bảng thiết bị (Tên thiết bị, Đơn vị tính, Số "
                "lượng…): bỏ qua trang này.",
            )
        )
        return
    subject, grade = _sheet_context(sheet, header.first_row)
    ctx = _Context(subject, grade)
    cols = {t: c for c, t in mapping.items()}
    before = len(pending)
    no_subject_rows: list[int] = []
    no_grade = False
    for number, values in rows:
        if number <= header.row:
            continue
        cells = {t: values[c] if c < len(values) else None for c, t in mapping.items()}
        name = _line(cells.get("name"))
        unit = _line(cells.get("unit"))
        qty_text = cell_text(cells.get("quantity"))
        stt = _words(cell_text(cells.get("order_no")))
        if _is_column_numbers(values) or _is_sub_header(values) or _is_header_repeat(values):
            dry.skipped.append(SheetIssue(sheet.name, number, "dòng tiêu đề cột, bỏ qua."))
            continue
        if not unit and not qty_text and not stt.isdigit():
            text = " ".join(cell_text(v) for v in values if _has(v))
            _heading(text, ctx)
            dry.skipped.append(SheetIssue(sheet.name, number, f"tiêu đề «{text[:60]}», bỏ qua."))
            continue
        data, origin = _convert(number, cells, cols, ctx)
        if not name:
            dry.errors.append(
                SheetIssue(
                    sheet.name, number, "dòng có số lượng/đơn vị tính nhưng thiếu tên thiết bị."
                )  # fmt: skip
            )
            continue
        if ctx.subject is None and "subject" not in data:
            no_subject_rows.append(number)
            continue
        data.setdefault("subject", ctx.subject)
        if data.get("grade") is None and not ctx.shared:
            no_grade = True
        pending.append((sheet.name, number, data, origin))
    if no_subject_rows:
        dry.errors.append(
            SheetIssue(
                sheet.name,
                0,
                f"không rõ môn học của {len(no_subject_rows)} dòng (dòng {no_subject_rows[0]}"
                + (f" … {no_subject_rows[-1]}" if len(no_subject_rows) > 1 else "")
                + "). Hãy thêm dòng tiêu đề «Môn …» trên bảng, hoặc đặt tên trang tính theo "
                "môn học (ví dụ «KHTN 6»).",
            )
        )
    if no_grade and len(pending) > before:
        dry.warnings.append(
            SheetIssue(
                sheet.name,
                0,
                "có dòng không ghi lớp/khối (không có dòng «Lớp …» hay cột Lớp): các dòng đó "
                "được tính cho mọi khối của cấp học.",
            )
        )
    dry.sheets.append(
        SheetRead(
            sheet.name,
            header.row,
            len(pending) - before,
            tuple(dict.fromkeys(str(p[2]["subject"]) for p in pending[before:])),
        )
    )


def _heading(text: str, ctx: _Context) -> None:
    """A row between the lines: it may name a grade, a subject or lines for every grade."""
    grade = _grade_in(text)
    if grade is not None:
        ctx.grade, ctx.shared = grade, False
    if "dung chung" in fold(text):
        ctx.grade, ctx.shared = None, True  # the subject's lines for every grade
    else:
        named = _subject_in(text) if "mon" in fold(text).split() else find_subject(text)
        ctx.subject = named or ctx.subject
    ctx.topic = ""


def _convert(
    number: int, cells: dict[str, Any], cols: dict[str, int], ctx: _Context
) -> tuple[dict[str, Any], dict[str, str]]:
    """One row's cells as LineInput values, and the cell each came from."""

    def where(target: str) -> str:
        raw = cell_text(cells[target])
        ref = f"{get_column_letter(cols[target] + 1)}{number}"
        return f"{ref}: «{raw[:40]}»" if raw else ref

    origin = {t: where(t) for t in cells}
    data: dict[str, Any] = {}
    for target in ("order_no", "name", "unit", "code"):
        if _has(cells.get(target)):
            data[target] = _line(cells[target])
    for target in ("purpose", "description", "notes"):
        if _has(cells.get(target)):
            data[target] = cell_text(cells[target])
    topic = _line(cells.get("topic"))
    if topic:
        ctx.topic = topic
    data["topic"] = ctx.topic  # a merged topic cell covers the rows below it
    if _has(cells.get("subject")):
        data["subject"] = find_subject(_line(cells["subject"])) or _line(cells["subject"])
    grade: Any = ctx.grade
    if _has(cells.get("grade")):
        text = cell_text(cells["grade"])
        found = re.findall(r"\d{1,2}", text)
        grade = int(found[0]) if found else text
    data["grade"] = grade
    quantity, qty_text = _quantity(cells.get("quantity"))
    if quantity is not None:
        data["quantity"] = quantity
    data["user"] = _user(cells)
    context = fold(" ".join((qty_text, data.get("unit", ""), data.get("notes", ""))))
    data["per"] = "school" if _PER_SCHOOL.search(context) else "class"
    if not data.get("code"):
        data["code"] = "?"  # made once the whole file is read
        data["_derive"] = True
    return data, origin


def _codes(
    dry: CatalogueDryRun, pending: list[tuple[str, int, dict[str, Any], dict[str, str]]]
) -> None:
    """Codes for the lines without one: per subject and grade, the STT where those are
    distinct whole numbers, else the order of the lines."""
    groups: dict[tuple[str, Any], list[dict[str, Any]]] = {}
    for _sheet, _row, data, _origin in pending:
        if data.get("_derive"):
            groups.setdefault((data["subject"], data.get("grade")), []).append(data)
    for (subject, grade), rows in groups.items():
        numbers = [str(d.get("order_no", "")).strip().rstrip(".") for d in rows]
        by_stt = all(n.isdigit() and int(n) > 0 for n in numbers) and len(set(numbers)) == len(
            numbers
        )
        for i, data in enumerate(rows, start=1):
            number = int(numbers[i - 1]) if by_stt else i
            data["code"] = derived_code(subject, grade if isinstance(grade, int) else None, number)


def _with_cell(message: str, target: str, origin: dict[str, str]) -> str:
    return f"{message} (ô {origin[target]})" if origin.get(target) else message


def dry_run(path: Path, level: str, *, progress: Progress | None = None) -> CatalogueDryRun:
    """Read and check every sheet of the ministry's file for ``level``; write nothing.
    A file that is not a safe, readable .xlsx raises ImportFileError."""
    info = level_info(level)
    if info is None:
        raise ImportFileError(
            "Chỉ nhập được danh mục cho cấp Tiểu học, THCS hoặc THPT (Thông tư 37, 38, "
            "39/2021/TT-BGDĐT). Hãy chọn một trong các cấp đó."
        )
    path = Path(path)
    source = open_workbook(path)
    dry = CatalogueDryRun(path, level)
    visible = [s for s in source.sheets if not s.hidden]
    for sheet in source.sheets:
        if sheet.hidden:
            dry.warnings.append(SheetIssue(sheet.name, 0, "trang tính bị ẩn: bỏ qua."))
    rows = read_sheets(path, [s.name for s in visible], progress)
    pending: list[tuple[str, int, dict[str, Any], dict[str, str]]] = []
    for sheet in visible:
        _read_sheet(sheet, rows[sheet.name], dry, pending)
    if len(pending) > MAX_LINES:
        raise ImportFileError(
            f"Tệp có hơn {vn_number(MAX_LINES)} dòng thiết bị, không giống một danh mục "
            "thiết bị tối thiểu. Hãy kiểm tra đã chọn đúng tệp chưa."
        )
    _codes(dry, pending)
    seen: dict[str, tuple[str, int]] = {}
    for sheet_name, number, data, origin in pending:
        derived = bool(data.pop("_derive", False))
        problems: list[str] = []
        grade = data.get("grade")
        if isinstance(grade, int) and grade not in info.grades:
            problems.append(
                _with_cell(
                    f"Lớp {grade} không thuộc cấp {info.name} (lớp {info.grades[0]}–"
                    f"{info.grades[-1]}): hãy chọn đúng cấp học khi nhập.",
                    "grade",
                    origin,
                )
            )
            data["grade"] = None
        elif grade is not None and not isinstance(grade, int):
            problems.append(_with_cell(f"Lớp «{grade}» không phải là số lớp.", "grade", origin))
            data["grade"] = None
        code = str(data.get("code", ""))
        key = normalise_code(code)
        if key in seen:
            first_sheet, first_row = seen[key]
            problems.append(
                f"Mã «{code}» trùng với trang «{first_sheet}», dòng {first_row}. Mỗi thiết "
                "bị của danh mục cần một mã riêng."
            )
        elif key:
            seen[key] = (sheet_name, number)
        try:
            line = parse(LineInput, data)
        except ServiceError as exc:
            problems += [_with_cell(msg, f, origin) for f, msg in exc.fields.items()]
            dry.errors.append(SheetIssue(sheet_name, number, " ".join(dict.fromkeys(problems))))
            continue
        if problems:
            dry.errors.append(SheetIssue(sheet_name, number, " ".join(problems)))
            continue
        dry.lines.append(ParsedLine(sheet_name, number, line, derived))
    order = {s.name: i for i, s in enumerate(source.sheets)}
    dry.errors.sort(key=lambda e: (order.get(e.sheet, -1), e.row))
    if not dry.sheets:
        dry.errors.append(
            SheetIssue(
                visible[0].name if visible else path.name,
                0,
                "Không trang nào có bảng thiết bị (cột STT, Tên thiết bị, Đơn vị tính, Số "
                "lượng…). Hãy kiểm tra đã chọn đúng tệp danh mục của Bộ chưa.",
            )
        )
    return dry


def apply(reg: Register, dry: CatalogueDryRun) -> int:
    """Replace the level's list by the lines of a clean dry run, in one transaction;
    refuses a dry run with errors (nothing is written). Returns the lines written."""
    if dry.errors:
        raise ImportFileError(
            f"Tệp còn {vn_number(len(dry.errors))} lỗi nên chưa nhập gì; danh mục đang dùng "
            "được giữ nguyên. Hãy sửa trong Excel rồi kiểm tra lại."
        )
    if not dry.lines:
        raise ImportFileError("Không có dòng thiết bị nào để nhập.")
    source = f"Tệp «{dry.path.name}», nhập ngày {date.today():%d/%m/%Y}"
    return catalogue.replace_list(reg, dry.level, [line.data for line in dry.lines], source)
