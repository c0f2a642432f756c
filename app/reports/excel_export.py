"""Excel (.xlsx) exports: the register, the rooms, the maintenance log, the district
summary.

Every sheet is a plain table: the header is row 1 (no title block above it), so that
filters, sorting and pasting into another workbook work at once. What a title block
would say (school, date, filter) goes into the document properties and a last
"Thông tin" sheet. Numbers, money and dates are real numbers and dates with a format,
never text, so a clerk can sum them.

openpyxl's write-only mode streams rows to disk: 100,000 items never sit in memory.
Its per-cell cost (~10 µs) is what a big export's time is made of, so the register's
data rows are written by a small streaming writer of our own (``_FastRows``): openpyxl
builds the workbook with the header and one template row (styles, widths, panes,
filter, properties, the "Thông tin" sheet), and the final file copies its parts and
streams the rows in the template row's place, with the template cells' styles. The
small exports (rooms, maintenance, summary) are plain openpyxl write-only.
"""

from __future__ import annotations

import io
import math
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from app.models import Equipment, Room
from app.models.enums import (
    Condition,
    EquipmentCategory,
    EquipmentStatus,
    FundingSource,
    RoomKind,
)
from app.reports.data import (
    ALL_ITEMS,
    FACILITY_WORDS,
    RegisterRow,
    SchoolInfo,
    count_register_rows,
    maintenance_log,
    register_rows,
    room_rows,
    school_info,
)
from app.reports.vocabulary import WORDS, vn_date, word
from app.services.equipment_query import (
    CONDITION_COLUMNS,
    NO_ROOM,
    EquipmentQuery,
    filter_equipment,
)
from app.services.errors import ServiceError
from app.services.maintenance import MaintenanceQuery
from app.services.register import Register

Progress = Callable[[int, int], None]

APP_NAME = "Sổ Thiết Bị"
MONEY = "#,##0"  # whole đồng; Excel shows the separator of the user's locale
DATE = "dd/mm/yyyy"
DATETIME = "dd/mm/yyyy hh:mm"  # a local time without zone (Excel has none)
DECIMAL = "#,##0.0"
PROGRESS_EVERY = 2000  # rows between progress reports

# A text that starts with one of these is a formula to Excel or LibreOffice (or is
# turned into one when the cell is edited or the sheet saved as CSV): such values are
# written as text with a quote prefix, never as formulas. Tab and CR too (OWASP).
_RISKY_START = frozenset("=+-@\t\r")
# Control characters are not allowed in XML 1.0 (openpyxl refuses them mid-file, which
# would kill the stream): they are dropped. Text pasted from Word can carry \x0b.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text | number | money | date | datetime | decimal | any (mixed)


# == one sheet ==========================================================================


class _Sheet:
    """A write-only sheet with the house layout: bold header in row 1, frozen,
    filtered, column widths, formats on money/date cells, text never a formula."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column], data_rows: int) -> None:
        ws = wb.create_sheet(title=title)
        assert isinstance(ws, WriteOnlyWorksheet)
        self.ws = ws
        self.columns = tuple(columns)
        # Write-only mode writes the sheet's head (widths, panes) before the first row
        # and the filter after the last: all of it is set now.
        for n, col in enumerate(self.columns, start=1):
            ws.column_dimensions[get_column_letter(n)].width = col.width
        ws.freeze_panes = "A2"
        last = get_column_letter(len(self.columns))
        ws.auto_filter.ref = f"A1:{last}{data_rows + 1}"
        ws.print_title_rows = "1:1"  # the header on every printed page
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        # One reusable styled cell per formatted column. openpyxl writes a row as soon
        # as it is appended, so the same cell object can carry the next row's value:
        # no new cell (and no style lookup) per money or date value.
        self._formatted: list[tuple[int, WriteOnlyCell]] = []
        for i, col in enumerate(self.columns):
            fmt = {"money": MONEY, "date": DATE, "datetime": DATETIME, "decimal": DECIMAL}.get(
                col.kind
            )
            if fmt is not None:
                cell = WriteOnlyCell(ws)
                cell.number_format = fmt
                self._formatted.append((i, cell))
        self._texts = [i for i, col in enumerate(self.columns) if col.kind == "text"]
        self._mixed = [i for i, col in enumerate(self.columns) if col.kind == "any"]
        self._date_cell = WriteOnlyCell(ws)
        self._date_cell.number_format = DATE
        self.written = 0
        self._header()

    def _header(self) -> None:
        font = Font(bold=True)
        fill = PatternFill("solid", fgColor="DDEBF7")
        align = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cells = []
        for col in self.columns:
            cell = WriteOnlyCell(self.ws, value=col.header)
            cell.font, cell.fill, cell.alignment = font, fill, align
            cells.append(cell)
        self.ws.row_dimensions[1].height = 32
        self.ws.append(cells)

    def template_values(self) -> list[Any]:
        """A data row whose cells carry every column's style (a formula-like text, so
        text columns get the quote-prefix style): what the fast writer copies."""
        sample = {"number": 0, "money": 0, "decimal": 0.5, "date": _TEMPLATE_DATE,
                  "datetime": _TEMPLATE_DATETIME}  # fmt: skip
        return [sample.get(col.kind, "=") for col in self.columns]

    def text_cell(self, value: str) -> WriteOnlyCell:
        """A cell that stays text whatever it starts with ("=HYPERLINK(...)")."""
        cell = WriteOnlyCell(self.ws, value=value)
        cell.data_type = "s"  # openpyxl typed it "f" for a leading "="
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        return cell

    def append(self, values: list[Any]) -> None:
        """One data row; ``values`` in column order (changed in place)."""
        for i in self._texts:
            v = values[i]
            if not v:
                values[i] = None  # an empty string would still cost a cell
            elif v[0] in _RISKY_START:
                values[i] = self.text_cell(v)
        for i, cell in self._formatted:
            v = values[i]
            if v is not None:
                cell.value = v
                values[i] = cell
        for i in self._mixed:  # few rows (the "Thông tin" sheet): no need to be quick
            v = values[i]
            if isinstance(v, str) and v and v[0] in _RISKY_START:
                values[i] = self.text_cell(v)
            elif isinstance(v, date):
                self._date_cell.value = v
                values[i] = self._date_cell
        self.ws.append(values)
        self.written += 1


_TEMPLATE_DATE = date(2000, 1, 1)
_TEMPLATE_DATETIME = datetime(2000, 1, 1, 7, 30)


def _clean(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _fields_clean(values: Iterable[Any]) -> bool:
    """True when no text among ``values`` has a control character (one search per row)."""
    return _ILLEGAL.search("".join(v for v in values if type(v) is str)) is None


# == the fast rows ======================================================================

# The sheet openpyxl writes first (the register) is this part of the package.
_SHEET_PART = "xl/worksheets/sheet1.xml"
# Deflate level of the package. 100,000 items (120 MB of XML): level 1 3.8 s, 17.6 MB;
# level 4 3.9 s, 15.2 MB; level 6 4.6 s, 13.3 MB.
ZIP_LEVEL = 4
_CHUNK_ROWS = 1000  # rows of XML joined and written at once
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()  # serial 0 (the 1900 leap-year bug)
_EXCEL_EPOCH_DT = datetime(1899, 12, 30)
_SPACE = frozenset(" \t\n\r")
_PRESERVE = ' xml:space="preserve"'
_TEMPLATE_CELL = re.compile(r'<c r="([A-Z]+)2"(?: s="(\d+)")?')


def _xml_text(text: str) -> str:
    """Element text: & < > escaped, and CR as a reference (an XML reader turns a raw CR
    into LF)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


@dataclass(frozen=True)
class _Layout:
    """The sheet XML openpyxl wrote around its template data row (row 2), and the style
    of each column's template cell (' s="N"' or '')."""

    head: str  # <worksheet> ... <sheetData><row r="1">...</row>
    tail: str  # </sheetData><autoFilter .../> ... </worksheet>
    styles: tuple[str, ...]
    last: str  # the last column's letter

    @classmethod
    def parse(cls, xml: str, columns: int) -> _Layout:
        start, end = xml.find('<row r="2"'), xml.find("</sheetData>")
        if start < 0 or end < start or xml.find('<row r="3"') >= 0:
            raise RuntimeError("openpyxl's template sheet has not the expected rows")
        found = dict(_TEMPLATE_CELL.findall(xml, start, end))
        letters = [get_column_letter(n) for n in range(1, columns + 1)]
        if set(found) != set(letters):
            raise RuntimeError("openpyxl's template row has not a cell in every column")
        styles = tuple(f' s="{found[c]}"' if found[c] else "" for c in letters)
        head, tail = xml[:start], xml[end:]
        if "<dimension" not in head:  # openpyxl's write-only mode writes none
            at = min(i for tag in ("<sheetViews", "<sheetFormatPr", "<cols", "<sheetData")
                     if (i := head.find(tag)) >= 0)  # fmt: skip
            head = f'{head[:at]}<dimension ref="A1:A1"/>{head[at:]}'
        return cls(head, tail, styles, letters[-1])

    def head_for(self, rows: int) -> bytes:
        ref = f'<dimension ref="A1:{self.last}{rows + 1}"'
        return re.sub(r'<dimension ref="[^"]*"', ref, self.head, count=1).encode()

    def tail_for(self, rows: int) -> bytes:
        ref = f'<autoFilter ref="A1:{self.last}{rows + 1}"'
        return re.sub(r'<autoFilter ref="[^"]*"', ref, self.tail, count=1).encode()


class _FastRows:
    """Data rows as sheet XML, written straight into the package: a cell a few string
    operations instead of openpyxl's cell objects. Empty cells (None, "") are left out;
    text is an inline string, with the quote-prefix style when it starts like a formula;
    numbers are <v> with their column's style; dates are serial numbers with it."""

    def __init__(self, layout: _Layout, columns: Sequence[Column]) -> None:
        self.cols = [(get_column_letter(n), s) for n, s in enumerate(layout.styles, start=1)]
        # A text column's template cell held a formula-like text: its style is the
        # quote prefix (plain text has no style).
        texts = [s for s, col in zip(layout.styles, columns, strict=True) if col.kind == "text"]
        self.quote = texts[0] if texts else ""

    def write(
        self, f: Any, rows: Iterable[list[Any]], progress: Progress | None, total: int
    ) -> int:
        """Writes ``rows`` (data rows 2, 3, ...) to the binary stream ``f``; returns how
        many. Never more than ``_CHUNK_ROWS`` rows of XML are held at once."""
        parts: list[str] = []
        add = parts.append
        cols, quote, risky, space = self.cols, self.quote, _RISKY_START, _SPACE
        n = 0
        for values in rows:
            if not _fields_clean(values):
                values = [_clean(v) if type(v) is str else v for v in values]
            n += 1
            r = str(n + 1)
            add(f'<row r="{r}">')
            for (letter, style), v in zip(cols, values, strict=True):
                t = type(v)
                if t is str:
                    if not v:
                        continue
                    s = quote if v[0] in risky else ""
                    pre = _PRESERVE if v[0] in space or v[-1] in space else ""
                    if "&" in v or "<" in v or ">" in v or "\r" in v:
                        v = _xml_text(v)
                    add(f'<c r="{letter}{r}"{s} t="inlineStr"><is><t{pre}>{v}</t></is></c>')
                elif t is int:
                    add(f'<c r="{letter}{r}"{style}><v>{v}</v></c>')
                elif t is date:
                    add(f'<c r="{letter}{r}"{style}><v>{v.toordinal() - _EXCEL_EPOCH}</v></c>')
                elif v is not None:
                    add(_other_cell(f"{letter}{r}", style, v))
            add("</row>")
            if n % _CHUNK_ROWS == 0:
                f.write("".join(parts).encode())
                parts.clear()
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, total)
        f.write("".join(parts).encode())
        return n


def _other_cell(ref: str, style: str, v: Any) -> str:
    """The rare values: booleans, floats, date-times, int subclasses."""
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, int):
        return f'<c r="{ref}"{style}><v>{int(v)}</v></c>'
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(f"{v!r} cannot be written to a cell ({ref})")
        return f'<c r="{ref}"{style}><v>{v!r}</v></c>'
    if isinstance(v, datetime):
        if v.tzinfo is not None:
            raise TypeError(f"a date-time with a time zone cannot be written ({ref})")
        serial = (v - _EXCEL_EPOCH_DT).total_seconds() / 86400
        return f'<c r="{ref}"{style}><v>{serial!r}</v></c>'
    if isinstance(v, date):
        return f'<c r="{ref}"{style}><v>{v.toordinal() - _EXCEL_EPOCH}</v></c>'
    raise TypeError(f"{type(v).__name__} cannot be written to a cell ({ref})")


def _template(
    title: str,
    school: SchoolInfo,
    subject: str,
    sheet: tuple[str, Sequence[Column]],
    info: Callable[[int], list[tuple[str, Any]]],
) -> Callable[[int], bytes]:
    """What ``_save_fast`` fills in: openpyxl's workbook (in memory) for ``n`` data rows,
    the sheet with its header and one template row, then the "Thông tin" sheet with
    ``info(n)``."""
    name, columns = sheet

    def build(rows: int) -> bytes:
        wb = _new_workbook(title, school, subject)
        try:
            data = _Sheet(wb, name, columns, rows)  # the filter's range is for ``rows``
            data.append(data.template_values())
            _info_sheet(wb, school, info(rows))
            buffer = io.BytesIO()
            wb.save(buffer)
        except BaseException:
            _discard(wb)
            raise
        return buffer.getvalue()

    return build


def _save_fast(
    out: Path,
    build: Callable[[int], bytes],
    columns: Sequence[Column],
    rows: Iterable[list[Any]],
    expected: int,
    progress: Progress | None = None,
) -> int:
    """Saves to ``out`` the workbook ``build(n)`` (openpyxl's, with its first sheet's
    header and one template data row, its filter set for ``n`` data rows: the range is
    in the workbook part too) with ``rows`` streamed in place of the template row.
    Returns the number of rows written.

    Every other part of the package is copied as it is. The sheet's dimension is
    written before the rows, for ``expected`` of them: should the register change
    between the count and the read, the package is put together once more with the
    right count (rare, and the rows are copied, not written again)."""
    with _publishing(out) as tmp:
        with zipfile.ZipFile(io.BytesIO(build(expected))) as src:
            layout = _Layout.parse(src.read(_SHEET_PART).decode(), len(columns))
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as dst:
                for name in src.namelist():
                    if name != _SHEET_PART:
                        dst.writestr(name, src.read(name))
                        continue
                    with dst.open(name, "w") as f:
                        f.write(layout.head_for(expected))
                        written = _FastRows(layout, columns).write(f, rows, progress, expected)
                        f.write(layout.tail_for(written))
        if written != expected:
            _recount(tmp, build(written), layout.head_for(expected), layout.head_for(written))
    return written


def _recount(path: Path, template: bytes, old_head: bytes, new_head: bytes) -> None:
    """``path`` again, with the sheet's dimension ``new_head`` and the other parts of
    ``template`` (the "Thông tin" sheet gives the row count too)."""
    fixed = path.with_name(path.name + ".recount")
    try:
        with (
            zipfile.ZipFile(path) as done,
            zipfile.ZipFile(io.BytesIO(template)) as src,
            zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as dst,
        ):
            for name in src.namelist():
                if name != _SHEET_PART:
                    dst.writestr(name, src.read(name))
                    continue
                with done.open(name) as old, dst.open(name, "w") as f:
                    if old.read(len(old_head)) != old_head:
                        raise RuntimeError("the sheet's head is not the one written")
                    f.write(new_head)
                    while chunk := old.read(1 << 20):
                        f.write(chunk)
        os.replace(fixed, path)
    finally:
        fixed.unlink(missing_ok=True)


# == the workbook =======================================================================


@contextmanager
def _writing(out: Path, title: str, school: SchoolInfo, subject: str) -> Iterator[Workbook]:
    """A write-only workbook saved to ``out`` when the block ends without error.

    Saved beside ``out`` under a hidden name, then renamed: a failure or a crash never
    leaves half a workbook under the user's name (or over their previous file). On a
    failure the sheets' temporary files are removed at once, not at the app's exit.
    """
    out = Path(out)
    _check_folder(out)
    wb = _new_workbook(title, school, subject)
    try:
        yield wb
        _save(wb, out)
    except BaseException:
        _discard(wb)
        raise


def _check_folder(out: Path) -> None:
    if not out.parent.is_dir():  # before streaming 100,000 rows, not after
        raise ServiceError(f"Không có thư mục {str(out.parent)!r} để lưu tệp Excel.")


def _new_workbook(title: str, school: SchoolInfo, subject: str) -> Workbook:
    """A write-only workbook with the document properties filled in."""
    wb = Workbook(write_only=True)
    props = wb.properties
    props.title = title
    props.subject = subject
    props.creator = APP_NAME
    props.lastModifiedBy = APP_NAME
    props.description = f"{school.name} ({school.code})"
    props.keywords = school.code
    props.created = props.modified = datetime.now().replace(microsecond=0)
    return wb


def _discard(wb: Workbook) -> None:
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)  # openpyxl's per-sheet temporary file
        with suppress(Exception):
            if not ws.closed:
                ws.close()
        with suppress(Exception):
            if writer is not None:
                writer.cleanup()


_INFO_COLUMNS = (Column("Mục", 24), Column("Nội dung", 70, "any"))


def _info_sheet(wb: Workbook, school: SchoolInfo, lines: list[tuple[str, Any]]) -> None:
    """The last sheet: what a title block would have said, as a two-column table."""
    head: list[tuple[str, Any]] = [
        ("Trường", school.name),
        ("Mã trường", school.code),
        ("Cấp học", word(school.level)),
        ("Đơn vị chủ quản", school.governing_body),
    ]
    rows = head + lines + [("Ngày xuất", date.today()), ("Xuất từ", APP_NAME)]
    sheet = _Sheet(wb, "Thông tin", _INFO_COLUMNS, len(rows))
    for key, value in rows:
        sheet.append([key, _clean(value) if isinstance(value, str) else value])


def _save(wb: Workbook, out: Path) -> None:
    with _publishing(out) as tmp:
        wb.save(tmp)


def _part_name(out: Path) -> Path:
    return out.with_name(f".{out.name}.{os.getpid()}.part")


@contextmanager
def _publishing(out: Path) -> Iterator[Path]:
    """A hidden temporary path beside ``out`` to write the file to; renamed to ``out``
    when the block ends without error, removed in any case."""
    tmp = _part_name(out)
    try:
        yield tmp
        os.replace(tmp, out)
    except PermissionError as err:
        raise ServiceError(
            f"Không ghi được tệp {out.name}: tệp đang mở trong Excel hoặc thư mục không "
            "cho phép ghi. Hãy đóng tệp rồi xuất lại."
        ) from err
    except OSError as err:
        raise ServiceError(f"Không ghi được tệp {out.name}: {err.strerror or err}") from err
    finally:
        tmp.unlink(missing_ok=True)


# == the register =======================================================================

REGISTER_COLUMNS = (
    Column("STT", 7, "number"),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 38),
    Column("Nhóm", 17),
    Column("Môn học", 16),
    Column("Khối lớp", 9),
    Column("Nhãn hiệu", 14),
    Column("Model", 14),
    Column("Số sê-ri", 16),
    Column("Xuất xứ", 13),
    Column("Nhà cung cấp", 28),
    Column("Mã danh mục", 13),
    Column("Phòng (mã)", 11),
    Column("Phòng (tên)", 24),
    Column("Đơn vị tính", 9),
    Column("Số lượng", 9, "number"),
    Column("Tốt", 7, "number"),
    Column("Hỏng nhẹ", 8, "number"),
    Column("Hỏng", 7, "number"),
    Column("Mất", 7, "number"),
    Column("Đơn giá (đồng)", 15, "money"),
    Column("Thành tiền (đồng)", 17, "money"),
    Column("Nguồn kinh phí", 19),
    Column("Ngày mua", 12, "date"),
    Column("Ngày đưa vào sử dụng", 12, "date"),
    Column("Bảo hành đến", 12, "date"),
    Column("Trạng thái", 15),
    Column("Ghi chú", 40),
)


def _register_values(n: int, r: RegisterRow, words: Mapping[Enum, str]) -> list[Any]:
    # Damage counts are left blank when 0, as officers keep the book: the few damaged
    # items stand out, SUM and filters read a blank as none, and the file does not carry
    # three zeros per row.
    return [
        n,
        r.asset_code,
        r.name,
        words[r.category],
        r.subject,
        r.grades,
        r.brand,
        r.model,
        r.serial,
        r.origin,
        r.supplier,
        r.catalogue_code,
        r.room_code,
        r.room_name,
        r.unit,
        r.quantity,
        r.qty_good,
        r.qty_minor_damage or None,
        r.qty_broken or None,
        r.qty_lost or None,
        r.unit_price,
        r.quantity * r.unit_price,
        words[r.funding_source],
        r.acquired_on,
        r.in_service_on,
        r.warranty_until,
        words[r.status],
        r.notes,
    ]


def _describe_query(reg: Register, q: EquipmentQuery) -> str:
    parts = []
    if q.deleted:
        parts.append("thiết bị đã xóa (thùng rác)")
    if q.text.strip():
        parts.append(f"tìm «{q.text.strip()}»")
    if q.room_id == NO_ROOM:
        parts.append("chưa xếp phòng")
    elif q.room_id is not None:
        found = room_rows(reg, [q.room_id])
        parts.append(f"phòng {found[0].code} – {found[0].name}" if found else "một phòng")
    if q.category is not None:
        parts.append(f"nhóm {word(q.category)}")
    if q.status is not None:
        parts.append(f"trạng thái {word(q.status)}")
    if q.condition is not None:
        parts.append(f"có số lượng {word(q.condition).lower()}")
    return "; ".join(parts) or "Toàn bộ sổ"


def export_register(
    reg: Register,
    out: Path,
    *,
    q: EquipmentQuery = ALL_ITEMS,
    progress: Progress | None = None,
) -> Path:
    """The register (all of it, or the items matching ``q``), one item a row."""
    out = Path(out)
    school = school_info(reg)
    total = count_register_rows(reg, q)
    scope = _describe_query(reg, q)
    _check_folder(out)

    build = _template(
        "Sổ quản lý thiết bị",
        school,
        scope,
        ("Sổ thiết bị", REGISTER_COLUMNS),
        lambda rows: [
            ("Nội dung", "Sổ quản lý thiết bị"),
            ("Phạm vi", scope),
            ("Số thiết bị (dòng)", rows),
        ],
    )
    words = WORDS
    rows = (_register_values(n, row, words) for n, row in enumerate(register_rows(reg, q), start=1))
    written = _save_fast(out, build, REGISTER_COLUMNS, rows, total, progress)
    if progress is not None:
        progress(written, max(total, written))
    return out


# == the rooms ==========================================================================

_FACILITY_KEYS = tuple(FACILITY_WORDS)

ROOM_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Mã phòng", 11),
    Column("Tên phòng", 28),
    Column("Loại phòng", 20),
    Column("Loại phòng bộ môn", 20),
    Column("Dãy/nhà", 10),
    Column("Tầng", 6, "number"),
    Column("Diện tích (m²)", 10, "decimal"),
    Column("Số chỗ ngồi", 9, "number"),
    Column("Phòng chuẩn bị", 10),
    Column("Diện tích phòng chuẩn bị (m²)", 13, "decimal"),
    Column("Trạng thái", 15),
    Column("Người phụ trách", 22),
    *(Column(FACILITY_WORDS[key], 10) for key in _FACILITY_KEYS),
    Column("Lớp sử dụng", 28),
    Column("Số lớp", 7, "number"),
    Column("Số học sinh", 9, "number"),
    Column("Số thiết bị (dòng)", 10, "number"),
    Column("Giá trị thiết bị (đồng)", 17, "money"),
    Column("Nội quy phòng", 20),
    Column("Ghi chú", 30),
)


def _yes_no(flag: bool) -> str:
    return "Có" if flag else "Không"


def _classes_text(classes: list[dict[str, Any]]) -> str:
    """ "6A (40 HS), 6B": the classes a room serves, as a clerk would write them."""
    parts = []
    for c in classes:
        name = str(c.get("class_name", "")).strip()
        students = int(c.get("students") or 0)
        parts.append(f"{name} ({students} HS)" if students else name)
    return ", ".join(p for p in parts if p)


def export_rooms(reg: Register, out: Path) -> Path:
    """The school's rooms: kind, place, size, facilities, classes, equipment."""
    school = school_info(reg)
    rooms = room_rows(reg)
    with _writing(out, "Danh sách phòng học", school, "Phòng học, phòng bộ môn") as wb:
        sheet = _Sheet(wb, "Phòng học", ROOM_COLUMNS, len(rooms))
        for n, room in enumerate(rooms, start=1):
            classes = room.classes_served
            values: list[Any] = [
                n,
                room.code,
                room.name,
                word(room.kind),
                room.subject_type_name,
                room.building,
                room.floor,
                room.area_m2,
                room.seats,
                _yes_no(room.has_preparation_room),
                room.preparation_area_m2,
                word(room.status),
                room.responsible,
                *(_yes_no(room.facilities.get(key, False)) for key in _FACILITY_KEYS),
                _classes_text(classes),
                len(classes) or None,
                sum(int(c.get("students") or 0) for c in classes) or None,
                room.item_count,
                room.total_value,
                room.rules_document,
                room.notes,
            ]
            sheet.append([_clean(v) if type(v) is str else v for v in values])
        _info_sheet(
            wb,
            school,
            [("Nội dung", "Danh sách phòng học"), ("Số phòng", sheet.written)],
        )
    return Path(out)


# == the maintenance log ================================================================

MAINTENANCE_COLUMNS = (
    Column("STT", 6, "number"),
    Column("Ngày", 12, "date"),
    Column("Mã tài sản", 14),
    Column("Tên thiết bị", 32),
    Column("Phòng (mã)", 11),
    Column("Loại công việc", 13),
    Column("Hiện tượng hỏng / nội dung bảo trì", 40),
    Column("Người / đơn vị thực hiện", 24),
    Column("Chi phí (đồng)", 15, "money"),
    Column("Kết quả", 16),
    Column("Ngày bảo trì tiếp theo", 13, "date"),
    Column("Ghi chú", 30),
)


def export_maintenance(
    reg: Register, out: Path, *, since: date | None = None, until: date | None = None
) -> Path:
    """The maintenance and repair log (``since`` ... ``until``, both included), oldest
    first."""
    if since is not None and until is not None and since > until:
        raise ServiceError(
            f"Khoảng thời gian không hợp lệ: từ ngày {vn_date(since)} đến ngày {vn_date(until)}."
        )
    school = school_info(reg)
    records = maintenance_log(reg, MaintenanceQuery(since=since, descending=False), until=until)
    period = _period(since, until)
    with _writing(out, "Nhật ký bảo trì, sửa chữa", school, period) as wb:
        sheet = _Sheet(wb, "Nhật ký bảo trì", MAINTENANCE_COLUMNS, len(records))
        for n, m in enumerate(records, start=1):
            values: list[Any] = [
                n,
                m.performed_on,
                m.asset_code,
                m.item_name,
                m.room_code,
                word(m.kind),
                m.description,
                m.performed_by,
                m.cost,
                word(m.result),
                m.next_due_on,
                m.notes,
            ]
            sheet.append([_clean(v) if type(v) is str else v for v in values])
        _info_sheet(
            wb,
            school,
            [
                ("Nội dung", "Nhật ký bảo trì, sửa chữa"),
                ("Thời gian", period),
                ("Số lần bảo trì, sửa chữa", sheet.written),
                ("Tổng chi phí (đồng)", sum(m.cost for m in records)),
            ],
        )
    return Path(out)


def _period(since: date | None, until: date | None) -> str:
    if since and until:
        return f"Từ ngày {vn_date(since)} đến ngày {vn_date(until)}"
    if since:
        return f"Từ ngày {vn_date(since)}"
    if until:
        return f"Đến ngày {vn_date(until)}"
    return "Toàn bộ"


# == the district summary ===============================================================


@dataclass(frozen=True)
class Figures:
    """Item lines, summed quantity and value (đồng) of a group of items."""

    lines: int = 0
    quantity: int = 0
    value: int = 0


@dataclass(frozen=True)
class Summary:
    school: SchoolInfo
    on: date
    rooms: dict[RoomKind, int]  # live rooms by kind (every kind, 0 included)
    in_rooms: dict[RoomKind | None, Figures]  # items by the kind of their room (None: no room)
    total: Figures
    by_category: dict[EquipmentCategory, Figures]
    by_funding: dict[FundingSource, Figures]
    by_condition: dict[Condition, Figures]  # quantity in that condition and its value
    needing_repair: Figures  # items with some quantity slightly damaged or broken
    in_repair: Figures  # items whose status is "in repair"
    disposed: Figures  # disposed items: kept in the register, left out of all the above


def _figures(row: Any) -> Figures:
    return Figures(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))


def district_summary(reg: Register, on: date | None = None) -> Summary:
    """The figures of the district summary. Disposed items (đã thanh lý) are no longer
    the school's: they are counted apart, not in the totals."""
    school = school_info(reg)
    value = Equipment.quantity * Equipment.unit_price
    held = Equipment.status != EquipmentStatus.DISPOSED
    per_group = (func.count(), func.sum(Equipment.quantity), func.sum(value))
    to_repair = Equipment.qty_minor_damage + Equipment.qty_broken

    def live(*columns: Any) -> Select[Any]:
        """Live items of the school (the register's own filter)."""
        return filter_equipment(reg, ALL_ITEMS, select(*columns))

    def grouped(s: Session, key: Any) -> dict[Any, Figures]:
        stmt = live(key, *per_group).where(held).group_by(key)
        return {row[0]: _figures(row[1:]) for row in s.execute(stmt)}

    def one(s: Session, columns: tuple[Any, ...], *where: Any) -> Figures:
        return _figures(s.execute(live(*columns).where(*where)).one())

    with reg.read() as s:
        by_category = grouped(s, Equipment.category)
        by_funding = grouped(s, Equipment.funding_source)
        in_rooms: dict[RoomKind | None, Figures] = {}
        stmt = live(Room.kind, *per_group).outerjoin(Room, Room.id == Equipment.room_id)
        for row in s.execute(stmt.where(held).group_by(Room.kind)):
            in_rooms[RoomKind(row[0]) if row[0] is not None else None] = _figures(row[1:])
        total = one(s, per_group, held)
        by_condition = {
            cond: one(
                s,
                (
                    func.sum(case((col > 0, 1), else_=0)),
                    func.sum(col),
                    func.sum(col * Equipment.unit_price),
                ),
                held,
            )
            for cond, col in CONDITION_COLUMNS.items()
        }
        needing_repair = one(
            s,
            (func.count(), func.sum(to_repair), func.sum(to_repair * Equipment.unit_price)),
            held,
            to_repair > 0,
        )
        in_repair = one(s, per_group, Equipment.status == EquipmentStatus.IN_REPAIR)
        disposed = one(s, per_group, ~held)
    room_counts = dict.fromkeys(RoomKind, 0)
    for room in room_rows(reg):
        room_counts[room.kind] += 1
    return Summary(
        school=school,
        on=on or date.today(),
        rooms=room_counts,
        in_rooms=in_rooms,
        total=total,
        by_category={k: by_category.get(k, Figures()) for k in EquipmentCategory},
        by_funding={k: by_funding.get(k, Figures()) for k in FundingSource},
        by_condition={k: by_condition[k] for k in Condition},
        needing_repair=needing_repair,
        in_repair=in_repair,
        disposed=disposed,
    )


def _summary_row(sm: Summary) -> tuple[list[Column], list[Any]]:
    """The one-row sheet: one school a row, the same columns for every school, so the
    district pastes each school's row under the others."""
    school = sm.school
    cols: list[Column] = [
        Column("Mã trường", 11),
        Column("Tên trường", 30),
        Column("Cấp học", 18),
        Column("Đơn vị chủ quản", 24),
        Column("Quận/huyện", 14),
        Column("Tỉnh/thành phố", 14),
        Column("Số lớp", 7, "number"),
        Column("Số học sinh", 9, "number"),
        Column("Ngày số liệu", 12, "date"),
    ]
    values: list[Any] = [
        school.code,
        school.name,
        word(school.level),
        school.governing_body,
        school.district,
        school.province,
        school.class_count,
        school.student_count,
        sm.on,
    ]

    def add(header: str, value: int, kind: str = "number", width: float = 11) -> None:
        cols.append(Column(header, width, kind))
        values.append(value)

    for kind, n in sm.rooms.items():
        add(f"Số {word(kind)[0].lower()}{word(kind)[1:]}", n)
    add("Tổng số phòng", sum(sm.rooms.values()))
    add("Số thiết bị (dòng)", sm.total.lines)
    add("Tổng số lượng thiết bị", sm.total.quantity)
    add("Tổng giá trị (đồng)", sm.total.value, "money", 17)
    for cat, f in sm.by_category.items():
        add(f"{word(cat)}: số lượng", f.quantity)
        add(f"{word(cat)}: giá trị (đồng)", f.value, "money", 17)
    for src, f in sm.by_funding.items():
        add(f"{word(src)}: số lượng", f.quantity)
        add(f"{word(src)}: giá trị (đồng)", f.value, "money", 17)
    for cond, f in sm.by_condition.items():
        add(f"Số lượng {word(cond).lower()}", f.quantity)
    add("Thiết bị cần sửa chữa (dòng)", sm.needing_repair.lines)
    add("Số lượng cần sửa chữa", sm.needing_repair.quantity)
    add("Giá trị cần sửa chữa (đồng)", sm.needing_repair.value, "money", 17)
    add("Đang sửa chữa (dòng)", sm.in_repair.lines)
    add("Đã thanh lý (dòng)", sm.disposed.lines)
    return cols, values


DETAIL_COLUMNS = (
    Column("Mã trường", 11),
    Column("Tên trường", 30),
    Column("Nhóm chỉ tiêu", 26),
    Column("Chỉ tiêu", 34),
    Column("Số phòng", 9, "number"),
    Column("Số thiết bị (dòng)", 11, "number"),
    Column("Số lượng", 11, "number"),
    Column("Giá trị (đồng)", 18, "money"),
)


def _detail_rows(sm: Summary) -> list[list[Any]]:
    """The long (tidy) sheet: one figure group a row, for reading and for pivots."""
    rows: list[tuple[str, str, int | None, Figures]] = []
    group = "Phòng và thiết bị trong phòng"
    for kind, n in sm.rooms.items():
        rows.append((group, word(kind), n, sm.in_rooms.get(kind, Figures())))
    if sm.in_rooms.get(None):
        rows.append((group, "Chưa xếp phòng", None, sm.in_rooms[None]))
    rows.append(("Tổng cộng", "Thiết bị đang quản lý", sum(sm.rooms.values()), sm.total))
    for cat, f in sm.by_category.items():
        rows.append(("Theo nhóm tài sản", word(cat), None, f))
    for src, f in sm.by_funding.items():
        rows.append(("Theo nguồn kinh phí", word(src), None, f))
    for cond, f in sm.by_condition.items():
        rows.append(("Theo tình trạng", word(cond), None, f))
    rows.append(("Sửa chữa", "Cần sửa chữa (hỏng nhẹ, hỏng)", None, sm.needing_repair))
    rows.append(("Sửa chữa", "Đang sửa chữa", None, sm.in_repair))
    rows.append(("Thanh lý", "Đã thanh lý (không tính ở trên)", None, sm.disposed))
    code, name = sm.school.code, sm.school.name
    return [
        [code, name, g, what, rooms, f.lines, f.quantity, f.value] for g, what, rooms, f in rows
    ]


def export_district_summary(reg: Register, out: Path) -> Path:
    """What the district office rolls up: "Tổng hợp" (one row for the school, the same
    columns for every school) and "Chi tiết" (the same figures, one group a row)."""
    sm = district_summary(reg)
    subject = f"Số liệu ngày {vn_date(sm.on)}"
    with _writing(out, "Tổng hợp thiết bị gửi Phòng GD&ĐT", sm.school, subject) as wb:
        cols, values = _summary_row(sm)
        sheet = _Sheet(wb, "Tổng hợp", cols, 1)
        sheet.append([_clean(v) if type(v) is str else v for v in values])
        details = _detail_rows(sm)
        sheet = _Sheet(wb, "Chi tiết", DETAIL_COLUMNS, len(details))
        for row in details:
            sheet.append([_clean(v) if type(v) is str else v for v in row])
    return Path(out)
