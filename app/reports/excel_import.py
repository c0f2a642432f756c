"""Importing a school's own register from Excel (.xlsx): check first, then all or nothing.

Most schools start from the register they keep in Excel, laid out their own way: a
title block, a header (often two rows with merged cells), numbers written the
Vietnamese way, subtotal rows. The steps, shared by `sotb import` and the dialog:

1. ``open_workbook``: refuse anything that is not a safe, real .xlsx (old .xls,
   password-protected, broken, huge, zip or XML bombs) before openpyxl parses it;
   list the sheets with a preview.
2. ``find_header`` / ``header_at``: the header row, scored by known column words.
3. ``propose_mapping``: column -> field, from the header's words (``SYNONYMS``).
4. ``dry_run``: convert and validate every row (with the services' own messages),
   without writing anything: rows to add, bad rows, warnings, rooms to create.
5. ``apply_import``: one transaction through ``create_equipment_many``.

Column indexes are 0-based (A = 0); row numbers are Excel's (1-based), as users see them.
"""

from __future__ import annotations

import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

import openpyxl
import openpyxl.xml
from defusedxml import DefusedXmlException
from openpyxl.utils.cell import get_column_letter, range_boundaries
from openpyxl.utils.datetime import from_excel
from sqlalchemy import select

from app.models import Equipment, Room
from app.models.enums import (
    Condition,
    EquipmentCategory,
    EquipmentStatus,
    FundingSource,
    RoomKind,
)
from app.reports.vocabulary import WORDS, vn_number
from app.services.equipment import create_equipment_many
from app.services.errors import ServiceError
from app.services.register import Register
from app.services.schemas import EquipmentInput, RoomInput, parse
from app.services.text import fold, normalise_code

Progress = Callable[[int, int], None]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_XML_BYTES = 500 * 1024 * 1024  # all parts, uncompressed: a zip bomb stops here
MAX_PARTS = 10_000
MAX_COLUMNS = 100  # a register has 10-30 columns; stray formatting can reach XFD
PREVIEW_ROWS = 30
CODE_PREFIX = "NK-"  # generated asset codes: NK-00001 ("nhập khẩu" from Excel)
ROOM_CODE_PREFIX = "NK-P"

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # .xls, and every encrypted .xlsx
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


class ImportFileError(ServiceError):
    """A file or a choice the importer refuses, with a Vietnamese message saying what
    to do. Nothing has been written when it is raised."""


# == the fields a column can fill ======================================================

FIELDS: dict[str, str] = {
    "asset_code": "Mã tài sản",
    "name": "Tên thiết bị",
    "catalogue_code": "Mã danh mục",
    "category": "Nhóm tài sản",
    "subject": "Môn học",
    "grades": "Khối lớp",
    "brand": "Nhãn hiệu / hãng",
    "model": "Model",
    "serial": "Số sê-ri",
    "origin": "Xuất xứ",
    "supplier": "Nhà cung cấp",
    "room": "Phòng (mã hoặc tên)",
    "unit": "Đơn vị tính",
    "quantity": "Số lượng",
    "qty_good": "Số lượng tốt",
    "qty_minor_damage": "Số lượng hỏng nhẹ",
    "qty_broken": "Số lượng hỏng",
    "qty_lost": "Số lượng mất",
    "unit_price": "Đơn giá",
    "line_total": "Thành tiền (chỉ để tính đơn giá khi thiếu)",
    "funding_source": "Nguồn kinh phí",
    "acquired_on": "Ngày mua",
    "in_service_on": "Năm / ngày đưa vào sử dụng",
    "warranty_until": "Bảo hành đến",
    "status": "Trạng thái",
    "condition": "Tình trạng (Tốt, Hỏng… hoặc trạng thái)",
    "notes": "Ghi chú",
}
"""Import fields and their Vietnamese names: EquipmentInput's fields, plus ``room``
(matched to a room), ``condition`` (a word that sets the condition counts) and
``line_total`` (gives the unit price of a row that has none)."""

IGNORE = ""
"""A column word that is known but imported into nothing (STT, Thành tiền)."""

# Header words -> field. Kept as data: add a school's own spelling here. Matched
# accent-free, whole words, the longest that starts the caption ("Đơn giá (đồng)").
SYNONYMS: dict[str, str] = {
    # ignored: row numbers, computed values
    "STT": IGNORE,
    "TT": IGNORE,
    "Số TT": IGNORE,
    "Số thứ tự": IGNORE,
    "Thành tiền": IGNORE,
    "Tổng giá trị": IGNORE,
    "Giá trị": IGNORE,
    # name and codes
    "Tên": "name",
    "Tên thiết bị": "name",
    "Tên TB": "name",
    "Tên tài sản": "name",
    "Tên TS": "name",
    "Tên thiết bị, dụng cụ": "name",
    "Tên đồ dùng": "name",
    "Tên hàng": "name",
    "Danh mục": "name",
    "Danh mục thiết bị": "name",
    "Mã": "asset_code",
    "Mã số": "asset_code",
    "Mã TS": "asset_code",
    "Mã tài sản": "asset_code",
    "Mã thiết bị": "asset_code",
    "Mã TB": "asset_code",
    "Số hiệu": "asset_code",
    "Số hiệu tài sản": "asset_code",
    "Mã danh mục": "catalogue_code",
    "Mã TBDH": "catalogue_code",
    "Mã hiệu": "catalogue_code",
    # kind and use
    "Nhóm": "category",
    "Nhóm tài sản": "category",
    "Loại": "category",
    "Loại tài sản": "category",
    "Phân loại": "category",
    "Môn": "subject",
    "Môn học": "subject",
    "Bộ môn": "subject",
    "Khối": "grades",
    "Khối lớp": "grades",
    "Lớp": "grades",
    "Dùng cho lớp": "grades",
    # make
    "Hãng": "brand",
    "Hãng sản xuất": "brand",
    "Hãng SX": "brand",
    "Nhãn hiệu": "brand",
    "Nhãn hiệu, quy cách": "brand",
    "Model": "model",
    "Kiểu": "model",
    "Ký hiệu": "model",
    "Số seri": "serial",
    "Số sê-ri": "serial",
    "Số serial": "serial",
    "Serial": "serial",
    "Seri": "serial",
    "Nước sản xuất": "origin",
    "Nước SX": "origin",
    "Nơi sản xuất": "origin",
    "Xuất xứ": "origin",
    "Nhà cung cấp": "supplier",
    "Đơn vị cung cấp": "supplier",
    # where
    "Phòng": "room",
    "Mã phòng": "room",
    "Tên phòng": "room",
    "Phòng học": "room",
    "Vị trí": "room",
    "Nơi đặt": "room",
    "Nơi để": "room",
    "Nơi sử dụng": "room",
    "Địa điểm": "room",
    "Bộ phận sử dụng": "room",
    # how many, how much
    "ĐVT": "unit",
    "Đơn vị tính": "unit",
    "Đơn vị": "unit",
    "Số lượng": "quantity",
    "SL": "quantity",
    "Số lượng tổng": "quantity",
    "Số lượng tổng số": "quantity",
    "Số lượng cộng": "quantity",
    "Tổng số": "quantity",
    "Tổng": "quantity",
    "Tốt": "qty_good",
    "Còn tốt": "qty_good",
    "Số lượng tốt": "qty_good",
    "Số lượng còn tốt": "qty_good",
    "Hỏng nhẹ": "qty_minor_damage",
    "Hư nhẹ": "qty_minor_damage",
    "Số lượng hỏng nhẹ": "qty_minor_damage",
    "Hỏng": "qty_broken",
    "Hư": "qty_broken",
    "Hư hỏng": "qty_broken",
    "Hỏng nặng": "qty_broken",
    "Số lượng hỏng": "qty_broken",
    "Số lượng hư hỏng": "qty_broken",
    "Mất": "qty_lost",
    "Số lượng mất": "qty_lost",
    "Đơn giá": "unit_price",
    "Giá": "unit_price",
    "Giá mua": "unit_price",
    "Nguyên giá": "unit_price",
    "Nguồn kinh phí": "funding_source",
    "Nguồn vốn": "funding_source",
    "Nguồn": "funding_source",
    "Nguồn KP": "funding_source",
    # when
    "Ngày mua": "acquired_on",
    "Năm mua": "acquired_on",
    "Ngày nhập": "acquired_on",
    "Ngày tăng": "acquired_on",
    "Thời gian mua": "acquired_on",
    "Năm sử dụng": "in_service_on",
    "Năm SD": "in_service_on",
    "Năm đưa vào sử dụng": "in_service_on",
    "Ngày đưa vào sử dụng": "in_service_on",
    "Ngày sử dụng": "in_service_on",
    "Thời gian đưa vào sử dụng": "in_service_on",
    "Bảo hành đến": "warranty_until",
    "Hạn bảo hành": "warranty_until",
    "Ngày hết bảo hành": "warranty_until",
    # state
    "Trạng thái": "status",
    "Tình trạng": "condition",
    "Tình trạng sử dụng": "condition",
    "Hiện trạng": "condition",
    "Ghi chú": "notes",
}

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _words(text: str) -> str:
    """Accent-free lowercase words: "Đơn giá (đồng)" -> "don gia dong"."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


_UNKNOWN = "?"
Matcher = Callable[[str], tuple[str, int]]


def caption_matcher(synonyms: dict[str, str]) -> Matcher:
    """A column-caption matcher over ``synonyms`` (header words -> field), for this
    register import or another table (the minimum equipment lists)."""
    keys = {_words(k): v for k, v in synonyms.items()}
    longest_first = sorted(keys, key=len, reverse=True)

    def match(caption: str) -> tuple[str, int]:
        """(field, strength) of a column caption; field is IGNORE for a known word that
        imports nothing, "?" for an unknown one. Exact words are the strongest."""
        words = _words(caption)
        if not words:
            return _UNKNOWN, 0
        if words in keys:
            return keys[words], 1000 + len(words)
        for key in longest_first:
            if words.startswith(key + " "):
                return keys[key], len(key)
        return _UNKNOWN, 0

    return match


match_caption = caption_matcher(SYNONYMS)


# == opening the file safely ==========================================================


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of the file: its size as claimed and its first rows as text."""

    name: str
    rows: int  # as the sheet's dimension claims (0: not said)
    columns: int  # of the preview
    preview: tuple[tuple[str, ...], ...]  # first PREVIEW_ROWS rows, all ``columns`` wide
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (row1, col1, row2, col2), 1-based
    hidden: bool = False

    def text(self, row: int, col: int) -> str:
        """Preview text at an Excel row number and a 0-based column ("" outside)."""
        if 1 <= row <= len(self.preview) and 0 <= col < self.columns:
            return self.preview[row - 1][col]
        return ""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    sheets: tuple[SheetInfo, ...]

    def sheet(self, name: str) -> SheetInfo:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise ImportFileError(f"Tệp không có trang tính «{name}».")

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]


def open_workbook(path: Path) -> SourceFile:
    """The sheets of an .xlsx file, each with a preview; refuses an unsafe or unusable
    file with ImportFileError (nothing is written either way)."""
    path = Path(path)
    sheets: list[SheetInfo] = []
    with _open_book(path) as (book, archive):
        for ws in book.worksheets:
            claimed = ws.max_row or 0
            if claimed > MAX_ROWS:
                raise _too_many_rows(ws.title)
            ws.reset_dimensions()  # some programs write a wrong dimension: read them all
            preview: list[tuple[Any, ...]] = []
            for row in ws.iter_rows(max_row=PREVIEW_ROWS, values_only=True):
                preview.append(row[:MAX_COLUMNS])
            last = max((i for i, r in enumerate(preview) if any(_has(v) for v in r)), default=-1)
            if last < 0:
                continue  # an empty sheet is not offered
            preview = preview[: last + 1]
            width = max(
                (max((i + 1 for i, v in enumerate(r) if _has(v)), default=0) for r in preview),
            )
            texts = tuple(
                tuple(cell_text(r[i]) if i < len(r) else "" for i in range(width)) for r in preview
            )
            sheets.append(
                SheetInfo(
                    name=ws.title,
                    rows=claimed,
                    columns=width,
                    preview=texts,
                    merged=_merged_ranges(archive, getattr(ws, "_worksheet_path", None)),
                    hidden=getattr(ws, "sheet_state", "visible") != "visible",
                )
            )
    if not sheets:
        raise ImportFileError(
            "Tệp không có dữ liệu: mọi trang tính đều trống. "
            "Hãy kiểm tra đã chọn đúng tệp sổ thiết bị chưa."
        )
    return SourceFile(path, tuple(sheets))


def _too_many_rows(sheet: str) -> ImportFileError:
    return ImportFileError(
        f"Trang «{sheet}» có hơn {vn_number(MAX_ROWS)} dòng, quá lớn để nhập. "
        "Hãy xóa các dòng thừa (hoặc tách sổ thành nhiều tệp) rồi thử lại."
    )


def _not_xlsx(path: Path, what: str) -> ImportFileError:
    return ImportFileError(
        f"Tệp «{path.name}» {what}, không phải sổ Excel .xlsx. "
        "Hãy mở sổ trong Excel, chọn Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx) rồi thử lại."
    )


def check_file(path: Path) -> None:
    """Refuse, before any XML is parsed, a file that is not a plausible, safe .xlsx."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise ImportFileError(f"Không tìm thấy tệp «{path}». Hãy chọn lại tệp.") from None
    except PermissionError:
        raise ImportFileError(
            f"Không có quyền đọc tệp «{path.name}». Hãy đóng tệp trong Excel "
            "(hoặc chép tệp ra Màn hình nền) rồi thử lại."
        ) from None
    except OSError as exc:
        raise ImportFileError(f"Không đọc được tệp «{path.name}»: {exc}.") from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"Tệp «{path.name}» lớn hơn {MAX_FILE_BYTES // (1024 * 1024)} MB, quá lớn cho một "
            "sổ thiết bị. Hãy xóa ảnh và trang tính không cần, lưu lại rồi thử lại."
        )
    if size == 0:
        raise ImportFileError(f"Tệp «{path.name}» trống (0 byte). Hãy chọn lại tệp.")
    if head.startswith(_OLE2_MAGIC):
        # Both old .xls files and password-protected .xlsx are OLE2 compound files;
        # an encrypted workbook carries an "EncryptedPackage" stream.
        if _ENCRYPTED_MARK in path.read_bytes():
            raise ImportFileError(
                f"Tệp «{path.name}» được đặt mật khẩu nên không đọc được. Hãy mở tệp trong "
                "Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật "
                "khẩu, xóa mật khẩu), lưu lại rồi thử lại."
            )
        raise ImportFileError(
            f"Tệp «{path.name}» là bảng tính Excel cũ (.xls, Excel 97–2003). "
            "Hãy mở tệp trong Excel, lưu lại dưới dạng .xlsx (Excel 2007 trở lên) rồi thử lại."
        )
    if head.startswith(_EMPTY_ZIP_MAGIC):
        raise _not_xlsx(path, "là tệp nén trống")
    if not head.startswith(_ZIP_MAGIC):
        lowered = head.lower()
        if lowered.startswith((b"<html", b"<!doc", b"<?xml", b"<table")):
            raise _not_xlsx(path, "là trang web/XML đổi tên")
        raise _not_xlsx(path, "là tệp khác (văn bản, CSV hoặc tệp đổi đuôi)")


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
        if "content.xml" in names and "mimetype" in names:
            raise ImportFileError(
                f"Tệp «{path.name}» là bảng tính LibreOffice/OpenOffice (.ods). Hãy mở tệp, "
                "lưu lại dưới dạng .xlsx (Excel 2007–365) rồi thử lại."
            )
        if "word/document.xml" in names:
            raise _not_xlsx(path, "là văn bản Word")
        raise _not_xlsx(path, "là tệp nén khác")
    if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_XML_BYTES:
        # Sizes from the zip directory; zipfile stops at (and checks) the stated size.
        raise ImportFileError(
            f"Tệp «{path.name}» khi giải nén lớn hơn {MAX_XML_BYTES // (1024 * 1024)} MB: "
            "không phải một sổ thiết bị bình thường (có thể là tệp độc hại). Chưa đọc gì."
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            with archive.open(info) as part:
                start = part.read(4096)
            if b"<!doctype" in start.lower() or "<!DOCTYPE".encode("utf-16-le") in start:
                raise _xml_bomb(path)


def _xml_bomb(path: Path) -> ImportFileError:
    return ImportFileError(
        f"Tệp «{path.name}» chứa khai báo XML không được phép (DOCTYPE/ENTITY): Excel "
        "không bao giờ tạo ra như vậy, có thể là tệp độc hại. Chưa đọc gì; hãy mở tệp "
        "trong Excel, lưu thành tệp .xlsx mới rồi thử lại."
    )


def _broken(path: Path) -> ImportFileError:
    return ImportFileError(
        f"Tệp «{path.name}» bị hỏng hoặc chưa tải/chép về hết, không đọc được. "
        "Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa), lưu lại rồi thử lại."
    )


@contextmanager
def _open_book(path: Path) -> Iterator[tuple[Any, zipfile.ZipFile]]:
    """The workbook, read-only and streaming, after every check; any failure while
    reading it (also inside the ``with``) becomes an ImportFileError."""
    if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise ImportFileError(
            "Thiếu thư viện defusedxml: chưa thể đọc tệp Excel an toàn. Hãy cài lại chương trình."
        )
    check_file(path)
    try:
        with path.open("rb") as raw, zipfile.ZipFile(raw) as archive:
            _check_archive(path, archive)
            raw.seek(0)
            # A file object, not the name: openpyxl would judge the file by its extension.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl's "extension not supported"
                book = openpyxl.load_workbook(raw, read_only=True, data_only=True)
                try:
                    if not book.worksheets:
                        raise ImportFileError(
                            f"Tệp «{path.name}» không có trang tính nào. Hãy chọn lại tệp."
                        )
                    yield book, archive
                finally:
                    book.close()
    except ServiceError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes openpyxl raise
        if _caused_by(exc, DefusedXmlException):  # openpyxl parses with defusedxml
            raise _xml_bomb(path) from exc
        if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
            raise ImportFileError(f"Không đọc được tệp «{path.name}»: {exc}.") from exc
        raise _broken(path) from exc


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """openpyxl re-raises XML errors as ValueError: look along the chain."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


_MERGE_REF = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?)"'
)


def _merged_ranges(
    archive: zipfile.ZipFile, part: str | None
) -> tuple[tuple[int, int, int, int], ...]:
    """Merged ranges that start in the preview rows. openpyxl's streaming mode drops
    them, and a second XML parse of a big sheet costs as much as the first: the
    <mergeCell ref="A5:C5"/> elements are scanned as bytes, chunk by chunk."""
    if not part:
        return ()
    found: list[tuple[int, int, int, int]] = []
    try:
        with archive.open(part.lstrip("/")) as src:
            tail = b""
            while chunk := src.read(1 << 20):
                data = tail + chunk
                end = 0
                for m in _MERGE_REF.finditer(data):
                    end = m.end()
                    col1, row1, col2, row2 = range_boundaries(m.group(1).decode("ascii"))
                    if row1 is not None and row1 <= PREVIEW_ROWS + 1:
                        found.append((row1, col1 or 1, row2 or row1, col2 or col1 or 1))
                tail = data[max(end, len(data) - 512) :]
                if len(found) > 5000:
                    break
    except (KeyError, zipfile.BadZipFile, zlib.error, ValueError):
        return ()
    return tuple(dict.fromkeys(found))


# == cells as text ====================================================================


def _has(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """A cell as the user reads it: dates dd/mm/yyyy, 12.0 as 12, text trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\u00a0", " ").strip()
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    return str(value)


def _line(value: Any) -> str:
    """One line of text (Alt+Enter line breaks and tabs become spaces)."""
    return " ".join(cell_text(value).split())


# == the header =======================================================================


@dataclass(frozen=True)
class HeaderGuess:
    """The header of a sheet: data starts on the row after ``row``."""

    sheet: str
    row: int  # Excel row number of the header's (last) row; 0: none found
    first_row: int  # ``row``, or the row above for a two-row header
    captions: tuple[str, ...]  # per column; "Số lượng Tốt" for a two-row header
    score: int  # how many different known column words it has

    @property
    def found(self) -> bool:
        return self.score >= 2


def _score(captions: tuple[str, ...], match: Matcher = match_caption) -> int:
    known = set()
    for caption in captions:
        target, _strength = match(caption)
        if target != _UNKNOWN:
            known.add(target or _words(caption))
    return len(known)


def _is_number(text: str) -> bool:
    return _vn_number(text) is not None


def _parent_captions(sheet: SheetInfo, row: int) -> tuple[list[str], bool] | None:
    """The captions of row-1 as parents of ``row`` (a merged "Số lượng" over "Tốt",
    "Hỏng" lends its text to each sub-column), or None if row-1 is not a parent row."""
    if row < 2:
        return None
    above = [sheet.text(row - 1, c) for c in range(sheet.columns)]
    below = [sheet.text(row, c) for c in range(sheet.columns)]
    if not any(below) or any(_is_number(t) for t in below if t):
        return None  # a sub-header row holds words only
    parents = list(above)
    evidence = False
    for r1, c1, r2, c2 in sheet.merged:
        if r1 != row - 1:
            continue
        if r2 >= row or c2 > c1:
            evidence = True
        for c in range(c1, min(c2, sheet.columns) + 1):
            parents[c - 1] = above[c1 - 1] if c1 - 1 < len(above) else ""
    if not sheet.merged:
        # No merge information: a blank cell beside a parent caption, above a
        # sub-caption, is taken as covered by that parent (how merges read back).
        last = ""
        for c in range(sheet.columns):
            if above[c]:
                last = above[c]
            elif below[c] and last:
                parents[c] = last
                evidence = True
    if not evidence:
        return None
    return parents, evidence


def header_at(sheet: SheetInfo, row: int, match: Matcher = match_caption) -> HeaderGuess:
    """The header whose last row is ``row``: one row, or two when the row above is a
    parent row (merged cells spanning sub-columns), whichever has more known words."""
    single = tuple(sheet.text(row, c) for c in range(sheet.columns))
    best = HeaderGuess(sheet.name, row, row, single, _score(single, match))
    parents = _parent_captions(sheet, row)
    if parents is not None:
        above, _ = parents
        combined = tuple(
            " ".join(t for t in (above[c], single[c]) if t) if above[c] != single[c] else single[c]
            for c in range(sheet.columns)
        )
        two = HeaderGuess(sheet.name, row, row - 1, combined, _score(combined, match))
        if two.score > best.score:
            best = two
    return best


def find_header(sheet: SheetInfo, match: Matcher = match_caption) -> HeaderGuess:
    """The header row among the preview rows: the one with the most known column
    words (the earliest on a tie), below any title block."""
    best = HeaderGuess(sheet.name, 0, 0, (), 0)
    for row in range(1, len(sheet.preview) + 1):
        guess = header_at(sheet, row, match)
        if guess.score > best.score:
            best = guess
    return best


def best_header(source: SourceFile) -> HeaderGuess:
    """The header of the sheet that looks most like a register (the first on a tie)."""
    return max((find_header(sheet) for sheet in source.sheets), key=lambda h: h.score)


def propose_mapping(header: HeaderGuess) -> dict[int, str]:
    """Column (0-based) -> field, from the header's words; each field at most once
    (the most exact caption wins, then the leftmost). Unknown columns, STT and
    Thành tiền are left out; Thành tiền gives the unit price only if there is no
    Đơn giá column."""
    candidates: list[tuple[int, int, str]] = []
    line_total: int | None = None
    for col, caption in enumerate(header.captions):
        target, strength = match_caption(caption)
        if target == IGNORE and _words(caption) in ("thanh tien", "tong gia tri", "gia tri"):
            line_total = col if line_total is None else line_total
        if target in FIELDS:
            candidates.append((-strength, col, target))
    mapping: dict[int, str] = {}
    for _neg, col, target in sorted(candidates):
        if target not in mapping.values() and col not in mapping:
            mapping[col] = target
    if "unit_price" not in mapping.values() and line_total is not None:
        mapping[line_total] = "line_total"
    return dict(sorted(mapping.items()))


# == reading values ===================================================================

_CURRENCY = re.compile(r"(?i)(vn[đd]|đồng|đ|₫|dong|vnd|d)\.?$")
_THOUSANDS_DOT = re.compile(r"\d{1,3}(\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(,\d{3}){2,}")


def _vn_number(text: str) -> float | None:
    """ "1.200.000", "1,5", "12 500 000 đ", "1.200.000đ" -> a number (None if not one).

    Dots group thousands and a comma marks decimals, the Vietnamese way; a number
    written the English way ("1,200,000.50") is read too when it is unambiguous."""
    t = text.replace("\u00a0", " ").strip()
    t = _CURRENCY.sub("", t).strip()
    t = re.sub(r"(?<=\d)[ '](?=\d)", "", t)
    if not t or not re.fullmatch(r"[+-]?[\d.,]+", t) or not re.search(r"\d", t):
        return None
    sign = -1 if t.startswith("-") else 1
    t = t.lstrip("+-")
    if "." in t and "," in t:
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        t = t.replace(thousands, "").replace(decimal, ".")
    elif "." in t:
        if _THOUSANDS_DOT.fullmatch(t):
            t = t.replace(".", "")
    elif "," in t:
        t = t.replace(",", "") if _THOUSANDS_COMMA.fullmatch(t) else t.replace(",", ".")
    try:
        return sign * float(t)
    except ValueError:
        return None


def _number(value: Any) -> float | int | str | None:
    """A cell as a number; text that is not one is returned as it is (the schema then
    says "… phải là số" in the services' words)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number: float = float(value)
    else:
        text = cell_text(value)
        if not text:
            return None
        parsed = _vn_number(text)
        if parsed is None:
            return text
        number = parsed
    return int(number) if number.is_integer() else number


_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})")
_MY = re.compile(r"(?:thang\s*|t)?(\d{1,2})\s*[/.\-]\s*(\d{4})")
_YEAR = re.compile(r"(?:nam\s*)?(\d{4})")
_SPOKEN = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")


def _date(value: Any) -> date | str | None:
    """ "15/08/2022", "08/2022", "2022", an Excel date or serial -> a date (a month or a
    year alone: its first day). Text that is no date is returned as it is."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1900 <= value <= 2200:
            return date(int(value), 1, 1)
        if 10_000 <= value <= 100_000:  # a date serial in a cell without date format
            result = from_excel(value)
            return result.date() if isinstance(result, datetime) else str(value)
        return cell_text(value)
    text = cell_text(value)
    if not text:
        return None
    folded = fold(text).rstrip(".")
    try:
        if m := _DMY.fullmatch(folded):
            year = int(m[3])
            if year < 100:
                year += 2000 if year <= date.today().year % 100 else 1900
            return date(year, int(m[2]), int(m[1]))
        if m := _SPOKEN.fullmatch(folded):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _YMD.fullmatch(folded):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MY.fullmatch(folded):
            return date(int(m[2]), int(m[1]), 1)
        if m := _YEAR.fullmatch(folded):
            return date(int(m[1]), 1, 1)
    except ValueError:
        return text  # 31/02/2022: the schema says it is no valid date
    return text


def _choices(*pairs: tuple[str, Any]) -> dict[str, Any]:
    return {_words(word): value for word, value in pairs}


def _vocabulary(enum_cls: type, extra: dict[str, Any]) -> dict[str, Any]:
    words = {_words(text): value for value, text in WORDS.items() if isinstance(value, enum_cls)}
    words.update({_words(str(v.value)): v for v in enum_cls})  # type: ignore[attr-defined]
    words.update(extra)
    return words


CATEGORY_WORDS = _vocabulary(
    EquipmentCategory,
    _choices(
        ("TSCĐ", EquipmentCategory.FIXED_ASSET),
        ("Tài sản", EquipmentCategory.FIXED_ASSET),
        ("CCDC", EquipmentCategory.TOOL),
        ("Công cụ", EquipmentCategory.TOOL),
        ("TBDH", EquipmentCategory.TEACHING),
        ("Thiết bị", EquipmentCategory.TEACHING),
        ("Đồ dùng dạy học", EquipmentCategory.TEACHING),
        ("Vật tư", EquipmentCategory.CONSUMABLE),
        ("VTTH", EquipmentCategory.CONSUMABLE),
        ("Hoá chất", EquipmentCategory.CHEMICAL),
    ),
)
FUNDING_WORDS = _vocabulary(
    FundingSource,
    _choices(
        ("Ngân sách", FundingSource.STATE_BUDGET),
        ("NSNN", FundingSource.STATE_BUDGET),
        ("NS", FundingSource.STATE_BUDGET),
        ("Được cấp", FundingSource.STATE_BUDGET),
        ("Cấp phát", FundingSource.STATE_BUDGET),
        ("XHH", FundingSource.PARENTS),
        ("Phụ huynh", FundingSource.PARENTS),
        ("Cha mẹ học sinh", FundingSource.PARENTS),
        ("Hội cha mẹ học sinh", FundingSource.PARENTS),
        ("Tài trợ", FundingSource.SPONSOR),
        ("Tặng", FundingSource.SPONSOR),
        ("Được tặng", FundingSource.SPONSOR),
        ("Biếu tặng", FundingSource.SPONSOR),
        ("Viện trợ", FundingSource.SPONSOR),
        ("Chương trình", FundingSource.PROGRAMME),
        ("Dự án", FundingSource.PROGRAMME),
        ("CTMT", FundingSource.PROGRAMME),
    ),
)
STATUS_WORDS = _vocabulary(
    EquipmentStatus,
    _choices(
        ("Đang dùng", EquipmentStatus.IN_USE),
        ("Sử dụng", EquipmentStatus.IN_USE),
        ("Lưu kho", EquipmentStatus.IN_STORE),
        ("Cất kho", EquipmentStatus.IN_STORE),
        ("Cho mượn", EquipmentStatus.ON_LOAN),
        ("Đang sửa", EquipmentStatus.IN_REPAIR),
        ("Sửa chữa", EquipmentStatus.IN_REPAIR),
        ("Thanh lý", EquipmentStatus.DISPOSED),
    ),
)
CONDITION_WORDS = _vocabulary(
    Condition,
    _choices(
        ("Còn tốt", Condition.GOOD),
        ("Bình thường", Condition.GOOD),
        ("Hư nhẹ", Condition.MINOR_DAMAGE),
        ("Hư", Condition.BROKEN),
        ("Hư hỏng", Condition.BROKEN),
        ("Hỏng nặng", Condition.BROKEN),
        ("Không sử dụng được", Condition.BROKEN),
        ("Thất lạc", Condition.LOST),
    ),
)
_CONDITION_FIELD = {
    Condition.GOOD: "qty_good",
    Condition.MINOR_DAMAGE: "qty_minor_damage",
    Condition.BROKEN: "qty_broken",
    Condition.LOST: "qty_lost",
}


def _lookup(words: dict[str, Any], text: str) -> Any | None:
    """The value of a word: exact (accent-free), else the longest word it starts with
    ("Ngân sách nhà nước 2022" is the state budget)."""
    key = _words(text)
    if not key:
        return None
    if key in words:
        return words[key]
    for word in sorted(words, key=len, reverse=True):
        if key.startswith(word + " "):
            return words[word]
    return None


def _money_scale(caption: str) -> int:
    """Đơn giá (nghìn đồng) -> 1000: some registers count in thousands."""
    words = _words(caption)
    if re.search(r"\b(nghin|ngan) (dong|d)\b|\b1 ?000 ?(dong|d)\b|\b1000d\b", words):
        return 1000
    if re.search(r"\btrieu (dong|d)\b", words):
        return 1_000_000
    return 1


# == rows that are not items =========================================================

_TOTAL = re.compile(
    r"(tong cong|cong trang|cong chuyen trang|cong don|cong|tong|tong so|tong gia tri"
    r"|so mang sang|mang sang|chuyen sang|luy ke)( (trang|muc|nhom|phan|mon))?( [0-9ivxlc]+)?"
)
_TOTAL_START = re.compile(r"(tong cong|cong) ")
_SIGNATURE = re.compile(
    r"nguoi (lap|ghi|kiem|giao|nhan)|hieu truong|pho hieu truong|thu truong|ke toan"
    r"|(can bo|nhan vien|giao vien) (phu trach |quan ly )?thiet bi|ky,? ghi ro|ky ten"
    r"|xac nhan|ho va ten|ngay .* thang .* nam|^ngay\b|^thang\b"
)
_ROMAN_OR_LETTER = re.compile(r"([ivxlc]+|[a-z])[.)]?")
_COLUMN_NUMBER = re.compile(r"\(?\s*([0-9]{1,2}|[a-z])\s*\)?(\s*[=x*+-]\s*\(?[0-9a-z]+\)?)*")


def _is_total(text: str) -> bool:
    words = _words(text)
    return bool(_TOTAL.fullmatch(words))


# == the dry run ======================================================================


@dataclass(frozen=True)
class RowIssue:
    """A remark about one Excel row (row 0: about the whole sheet)."""

    row: int
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.row}: {self.message}" if self.row else self.message


@dataclass(frozen=True)
class ImportRow:
    row: int
    data: EquipmentInput
    new_room: str | None = None  # code of a room in ``rooms_to_create``


@dataclass(frozen=True)
class NewRoom:
    code: str
    name: str
    items: int


@dataclass
class DryRun:
    """What an import would do; nothing has been written."""

    path: Path
    sheet_name: str
    header_row: int
    mapping: dict[int, str]
    to_add: list[ImportRow] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    skipped: list[RowIssue] = field(default_factory=list)
    rooms_to_create: list[NewRoom] = field(default_factory=list)
    generated_codes: int = 0
    blank_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.to_add)

    @property
    def total_items(self) -> int:
        return len(self.to_add)

    @property
    def total_quantity(self) -> int:
        return sum(r.data.quantity for r in self.to_add)

    @property
    def total_value(self) -> int:
        return sum(r.data.quantity * r.data.unit_price for r in self.to_add)

    def summary(self) -> str:
        """A few Vietnamese lines for the console and the dialog."""
        lines = [
            f"Tệp «{self.path.name}», trang «{self.sheet_name}», tiêu đề ở dòng {self.header_row}.",
            f"Sẽ thêm {vn_number(self.total_items)} thiết bị, tổng số lượng "
            f"{vn_number(self.total_quantity)}, tổng giá trị {vn_number(self.total_value)} đ.",
        ]
        if self.rooms_to_create:
            lines.append(
                f"Sẽ tạo {len(self.rooms_to_create)} phòng mới (loại «{WORDS[RoomKind.STOREROOM]}»"
                "; sửa loại và mã sau ở mục Phòng): "
                + ", ".join(f"{r.code} – {r.name}" for r in self.rooms_to_create[:10])
                + (" …" if len(self.rooms_to_create) > 10 else ".")
            )
        if self.skipped or self.blank_rows:
            lines.append(
                f"Bỏ qua {vn_number(len(self.skipped))} dòng không phải thiết bị "
                f"(dòng cộng, tiêu đề nhóm, chữ ký…) và {vn_number(self.blank_rows)} dòng trống."
            )
        if self.warnings:
            lines.append(f"{vn_number(len(self.warnings))} lưu ý.")
        if self.errors:
            lines.append(
                f"{vn_number(len(self.errors))} dòng có lỗi: chưa thể nhập. Hãy sửa các dòng "
                "này trong Excel (hoặc đổi cách ghép cột) rồi kiểm tra lại."
            )
        elif not self.to_add:
            lines.append("Không có dòng thiết bị nào để nhập.")
        else:
            lines.append("Không có lỗi: có thể nhập.")
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    items: int
    quantity: int
    value: int
    rooms: int
    ids: tuple[str, ...]

    def __str__(self) -> str:
        text = (
            f"Đã nhập {vn_number(self.items)} thiết bị (tổng số lượng "
            f"{vn_number(self.quantity)}, giá trị {vn_number(self.value)} đ)"
        )
        if self.rooms:
            text += f" và tạo {self.rooms} phòng mới"
        return text + "."


def read_rows(
    path: Path, sheet_name: str, progress: Progress | None = None
) -> list[tuple[int, tuple[Any, ...]]]:
    """Every non-empty row of a sheet as (Excel row number, values), streamed."""
    return read_sheets(path, [sheet_name], progress)[sheet_name]


def read_sheets(
    path: Path, sheet_names: list[str], progress: Progress | None = None
) -> dict[str, list[tuple[int, tuple[Any, ...]]]]:
    """The non-empty rows of several sheets, the file opened once (a workbook with a
    sheet per subject and grade)."""
    found: dict[str, list[tuple[int, tuple[Any, ...]]]] = {}
    with _open_book(Path(path)) as (book, _archive):
        for sheet_name in sheet_names:
            if sheet_name not in book.sheetnames:
                raise ImportFileError(f"Tệp không có trang tính «{sheet_name}». Hãy chọn lại.")
            ws = book[sheet_name]
            claimed = ws.max_row or 0
            if claimed > MAX_ROWS:
                raise _too_many_rows(sheet_name)
            ws.reset_dimensions()
            rows = found[sheet_name] = []
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS:
                    raise _too_many_rows(sheet_name)
                if any(_has(v) for v in values[:MAX_COLUMNS]):
                    rows.append((number, values[:MAX_COLUMNS]))
                if progress is not None and number % 2000 == 0:
                    progress(number, claimed)
    return found


@dataclass
class _RoomIndex:
    by_code: dict[str, str]
    by_name: dict[str, str]
    taken_codes: set[str]
    new: dict[str, NewRoom] = field(default_factory=dict)  # folded name -> new room

    @classmethod
    def load(cls, reg: Register) -> _RoomIndex:
        with reg.read() as s:
            rooms = s.scalars(
                select(Room).where(Room.school_id == reg.school_id, Room.deleted_at.is_(None))
            ).all()
        by_code = {normalise_code(r.code): r.id for r in rooms}
        by_code.update({fold(r.code): r.id for r in rooms})
        by_name = {fold(r.name): r.id for r in rooms}
        return cls(by_code, by_name, {normalise_code(r.code) for r in rooms})

    def find(self, text: str) -> str | None:
        folded = fold(text)
        for key in (normalise_code(text), folded):
            if key in self.by_code:
                return self.by_code[key]
        if folded in self.by_name:
            return self.by_name[folded]
        if folded.startswith("phong "):  # "Phòng 101" for the room coded 101
            return self.by_code.get(normalise_code(text[6:]))
        return None

    def plan(self, text: str) -> str:
        """The code of the new room named ``text`` (planned once per name)."""
        key = fold(text)
        if key not in self.new:
            n = len(self.new) + 1
            while normalise_code(f"{ROOM_CODE_PREFIX}{n:02d}") in self.taken_codes:
                n += 1
            code = f"{ROOM_CODE_PREFIX}{n:02d}"
            self.taken_codes.add(normalise_code(code))
            self.new[key] = NewRoom(code, text, 0)
        room = self.new[key]
        self.new[key] = NewRoom(room.code, room.name, room.items + 1)
        return room.code


_TEXT_FIELDS = (
    "asset_code",
    "name",
    "catalogue_code",
    "subject",
    "grades",
    "brand",
    "model",
    "serial",
    "origin",
    "supplier",
    "unit",
)
_COUNTS = ("qty_good", "qty_minor_damage", "qty_broken", "qty_lost")
_DATES = ("acquired_on", "in_service_on", "warranty_until")


def _check_mapping(mapping: dict[int, str]) -> None:
    seen: dict[str, int] = {}
    for col, target in mapping.items():
        if target not in FIELDS:
            raise ImportFileError(f"Cột {get_column_letter(col + 1)}: trường «{target}» không có.")
        if target in seen:
            raise ImportFileError(
                f"Cột {get_column_letter(seen[target] + 1)} và cột {get_column_letter(col + 1)} "
                f"cùng được ghép vào «{FIELDS[target]}». Mỗi trường chỉ ghép một cột."
            )
        seen[target] = col
    if "name" not in seen:
        raise ImportFileError(
            "Chưa chọn cột «Tên thiết bị». Hãy ghép cột chứa tên thiết bị rồi kiểm tra lại."
        )


def dry_run(
    reg: Register,
    source: SourceFile,
    sheet_name: str,
    header_row: int,
    mapping: dict[int, str],
    *,
    progress: Progress | None = None,
) -> DryRun:
    """Read and check every data row below ``header_row``; write nothing."""
    _check_mapping(mapping)
    if header_row < 0:
        raise ImportFileError("Dòng tiêu đề phải là một số dòng của Excel (1, 2, 3…).")
    sheet = source.sheet(sheet_name)
    header = header_at(sheet, header_row)
    result = DryRun(source.path, sheet_name, header_row, dict(mapping))
    raw_rows = read_rows(source.path, sheet_name, _scaled(progress, 0, 60))
    rows = [(n, v) for n, v in raw_rows if n > header_row]
    result.blank_rows = max(0, (rows[-1][0] - header_row) - len(rows)) if rows else 0
    stt_col = next(
        (c for c, t in enumerate(header.captions) if _words(t) in ("stt", "tt", "so tt")), None
    )
    rooms = _RoomIndex.load(reg)
    with reg.read() as s:
        registered: dict[str, str] = dict(
            s.execute(
                select(Equipment.asset_code_norm, Equipment.asset_code).where(
                    Equipment.school_id == reg.school_id, Equipment.deleted_at.is_(None)
                )
            ).all()
        )
    scales = {
        col: _money_scale(header.captions[col])
        for col, target in mapping.items()
        if target in ("unit_price", "line_total") and col < len(header.captions)
    }
    for col, scale in scales.items():
        if scale > 1:
            result.warnings.append(
                RowIssue(
                    0,
                    f"Cột {get_column_letter(col + 1)} «{header.captions[col]}» tính bằng "
                    f"{'nghìn' if scale == 1000 else 'triệu'} đồng: giá được nhân với "
                    f"{vn_number(scale)}.",
                )
            )

    # Pass 1: cells -> field values; rows that are no items are set aside.
    candidates: list[tuple[int, dict[str, Any], dict[str, str]]] = []
    seen_first_data = False
    blank_qty = 0
    loose_condition: list[int] = []
    for number, values in rows:
        cells = {t: values[c] if c < len(values) else None for c, t in mapping.items()}
        cols = {t: c for c, t in mapping.items()}
        reason = _not_an_item(values, cells, stt_col, seen_first_data)
        if reason is not None:
            result.skipped.append(RowIssue(number, reason))
            continue
        seen_first_data = True
        data, origin = _convert(number, cells, cols, scales, rooms)
        if "quantity" not in data:
            blank_qty += 1
        if data.pop("_condition_note", None):
            loose_condition.append(number)
        candidates.append((number, data, origin))

    # Codes: duplicates are errors; missing ones are numbered after the highest NK-.
    next_code = _highest_generated([*registered.values()]) + 1
    file_codes = [d.get("asset_code", "") for _n, d, _o in candidates]
    next_code = max(next_code, _highest_generated(file_codes) + 1)
    first_row_of: dict[str, int] = {}
    generated: list[str] = []
    for i, (number, data, origin) in enumerate(candidates):
        code = data.get("asset_code", "")
        if not code:
            code = f"{CODE_PREFIX}{next_code:05d}"
            next_code += 1
            data["asset_code"] = code
            generated.append(code)
        key = normalise_code(code)
        problem = None
        if key in registered:
            problem = (
                f"Mã tài sản «{registered[key]}» đã có trong sổ. Mỗi thiết bị cần một mã riêng."
            )
        elif key in first_row_of:
            problem = (
                f"Mã tài sản «{code}» trùng với dòng {first_row_of[key]} trong tệp. "
                "Mỗi thiết bị cần một mã riêng."
            )
        else:
            first_row_of[key] = number
        new_room = data.pop("_new_room", None)
        try:
            item = parse(EquipmentInput, data)
        except ServiceError as exc:
            messages = [_with_cell(msg, f, origin) for f, msg in exc.fields.items()]
            if problem:
                messages.insert(0, problem)
            result.errors.append(RowIssue(number, " ".join(dict.fromkeys(messages))))
            continue
        if problem:
            result.errors.append(RowIssue(number, problem))
            continue
        result.to_add.append(ImportRow(number, item, new_room))
        if progress is not None and i % 2000 == 0:
            progress(60 + 40 * i // len(candidates), 100)

    result.generated_codes = len(generated)
    if generated:
        result.warnings.append(
            RowIssue(
                0,
                f"{vn_number(len(generated))} dòng chưa có mã tài sản: sẽ cấp mã "
                f"{generated[0]}" + (f" … {generated[-1]}" if len(generated) > 1 else "") + ".",
            )
        )
    if blank_qty and "quantity" in mapping.values():
        result.warnings.append(
            RowIssue(0, f"{vn_number(blank_qty)} dòng để trống số lượng: tính là 1.")
        )
    if loose_condition:
        result.warnings.append(
            RowIssue(
                0,
                f"{vn_number(len(loose_condition))} dòng có «Tình trạng» không phải Tốt/Hỏng "
                f"nhẹ/Hỏng/Mất (dòng {_row_list(loose_condition)}): chép vào ghi chú.",
            )
        )
    used_rooms = {r.new_room for r in result.to_add if r.new_room}
    result.rooms_to_create = [r for r in rooms.new.values() if r.code in used_rooms]
    if result.rooms_to_create:
        result.warnings.append(
            RowIssue(
                0,
                f"{len(result.rooms_to_create)} phòng chưa có trong sổ sẽ được tạo, loại "
                f"«{WORDS[RoomKind.STOREROOM]}»: "
                + ", ".join(f"{r.name} (mã {r.code})" for r in result.rooms_to_create)
                + ". Sau khi nhập, hãy sửa loại phòng và mã ở mục Phòng.",
            )
        )
    if not candidates and not result.errors:
        result.warnings.append(
            RowIssue(
                0,
                "Không tìm thấy dòng thiết bị nào dưới dòng tiêu đề. Hãy kiểm tra dòng tiêu đề "
                "và cột «Tên thiết bị».",
            )
        )
    if progress is not None:
        progress(100, 100)
    return result


def _scaled(progress: Progress | None, start: int, end: int) -> Progress | None:
    """Progress of one step as percent of the whole, between ``start`` and ``end``."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        if total:
            report(start + (end - start) * min(done, total) // total, 100)

    return scaled


def _row_list(numbers: list[int], limit: int = 10) -> str:
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown + (" …" if len(numbers) > limit else "")


def _highest_generated(codes: list[str]) -> int:
    best = 0
    pattern = re.compile(re.escape(CODE_PREFIX) + r"(\d+)", re.IGNORECASE)
    for code in codes:
        if code and (m := pattern.fullmatch(code.strip())):
            best = max(best, int(m[1]))
    return best


def _with_cell(message: str, target: str, origin: dict[str, str]) -> str:
    """The schema's message, and the cell it came from: "… (ô E12: «hai»)"; for a
    word the importer does not know, the words it does."""
    if origin.get(target):
        message = f"{message} (ô {origin[target]})"
    if target in _ENUMS:
        message += " Hãy dùng: " + ", ".join(WORDS[v] for v in _ENUMS[target]) + "."
    return message


_ENUMS: dict[str, type[Enum]] = {
    "category": EquipmentCategory,
    "funding_source": FundingSource,
    "status": EquipmentStatus,
}


def _not_an_item(
    values: tuple[Any, ...], cells: dict[str, Any], stt_col: int | None, seen_data: bool
) -> str | None:
    """Why a non-empty row is no item (a total, a group heading, a signature...), or
    None: then it is converted, and the schema says what is wrong with it."""
    filled = [(cell_text(v), v) for v in values if _has(v)]
    words = [_words(t) for t, v in filled if isinstance(v, str)]
    name = _line(cells.get("name"))
    code = _line(cells.get("asset_code"))
    unit = _line(cells.get("unit"))
    first = words[0] if words else ""
    if first and (_TOTAL.fullmatch(first) or (_TOTAL_START.match(first) and not code and not unit)):
        return "dòng cộng/tổng, bỏ qua."
    if (
        not seen_data
        and len(filled) >= 3
        and all(_COLUMN_NUMBER.fullmatch(_words(t) or "-") for t, _v in filled)
    ):
        return "dòng đánh số cột (1, 2, 3…), bỏ qua."
    if not code and words and len(words) == len(filled) and all(map(_SIGNATURE.search, words)):
        return "dòng chữ ký/ngày tháng, bỏ qua."
    if name:
        stt = cell_text(values[stt_col]) if stt_col is not None and stt_col < len(values) else ""
        heading = stt and _ROMAN_OR_LETTER.fullmatch(_words(stt))
        if heading and not code and not _has(cells.get("quantity")):
            return f"tiêu đề nhóm «{name[:60]}», bỏ qua."
        if len(filled) == 1 and not code and " " in name and name.isupper():
            return f"tiêu đề nhóm «{name[:60]}», bỏ qua."
        return None
    if all(not isinstance(v, str) or _is_number(t) for t, v in filled):
        return "dòng chỉ có số, không có tên thiết bị, bỏ qua."
    if not code and any(_SIGNATURE.search(w) for w in words):
        return "dòng chữ ký/ngày tháng, bỏ qua."
    described = [
        t for t, v in cells.items() if t not in _NUMERIC_OR_DATE and _has(v) and t != "name"
    ]
    if not described:
        return "dòng không có tên thiết bị, bỏ qua."
    return None


_NUMERIC_OR_DATE = frozenset(("quantity", *_COUNTS, "unit_price", "line_total", *_DATES))


def _convert(
    number: int,
    cells: dict[str, Any],
    cols: dict[str, int],
    scales: dict[int, int],
    rooms: _RoomIndex,
) -> tuple[dict[str, Any], dict[str, str]]:
    """One row's cells as EquipmentInput values (blank cells left out: the schema's
    defaults apply), and, per field, the cell it came from for messages."""
    data: dict[str, Any] = {}
    origin: dict[str, str] = {}

    def where(target: str) -> str:
        raw = cell_text(cells[target])
        ref = f"{get_column_letter(cols[target] + 1)}{number}"
        return f"{ref}: «{raw[:40]}»" if raw else ref

    for target, value in cells.items():
        if not _has(value):
            continue
        origin[target] = where(target)
        if target in _TEXT_FIELDS:
            data[target] = _line(value)
        elif target == "notes":
            data[target] = cell_text(value)
        elif target in ("quantity", *_COUNTS):
            data[target] = _number(value)
        elif target in ("unit_price", "line_total"):
            amount = _number(value)
            if isinstance(amount, int | float):
                amount = round(amount * scales.get(cols[target], 1))
            data[target] = amount
        elif target in _DATES:
            data[target] = _date(value)
        elif target == "category":
            data[target] = _lookup(CATEGORY_WORDS, cell_text(value)) or cell_text(value)
        elif target == "funding_source":
            data[target] = _lookup(FUNDING_WORDS, cell_text(value)) or cell_text(value)
        elif target == "status":
            data[target] = _lookup(STATUS_WORDS, cell_text(value)) or cell_text(value)
        elif target == "room":
            text = _line(value)
            room_id = rooms.find(text)
            if room_id is not None:
                data["room_id"] = room_id
            else:
                data["_new_room"] = rooms.plan(text)
    origin["room_id"] = origin.get("room", "")

    # Condition counts: a total is their sum when there is no total column.
    counts = [c for c in _COUNTS if isinstance(data.get(c), int)]
    if "quantity" not in data and counts:
        data["quantity"] = sum(data[c] for c in counts)
        origin["quantity"] = ", ".join(origin[c] for c in counts)
    line_total = data.pop("line_total", None)
    if "unit_price" not in data and isinstance(line_total, int):
        qty = data.get("quantity", 1)
        if isinstance(qty, int) and qty > 0:
            data["unit_price"] = round(line_total / qty)
            origin["unit_price"] = origin.get("line_total", "")
    condition_text = cell_text(cells.get("condition"))
    if condition_text:
        condition = _lookup(CONDITION_WORDS, condition_text)
        status = _lookup(STATUS_WORDS, condition_text)
        if condition is not None and not counts:
            qty = data.get("quantity", 1)
            if isinstance(qty, int) and condition != Condition.GOOD:
                data[_CONDITION_FIELD[condition]] = qty
                data["qty_good"] = 0
        elif status is not None and "status" not in data:
            data["status"] = status
        elif condition is None and status is None:
            note = f"Tình trạng: {condition_text}"
            data["notes"] = f"{data['notes']}\n{note}" if data.get("notes") else note
            data["_condition_note"] = True
    return data, origin


def write_error_list(dry: DryRun, path: Path) -> Path:
    """The bad rows (and the warnings) as a small .xlsx, to fix the source file by."""
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Lỗi"
    ws.append([f"Tệp {dry.path.name}, trang «{dry.sheet_name}»"])
    ws.append(["Dòng", "Lỗi"])
    for issue in dry.errors:
        ws.append([issue.row or None, issue.message])
    if dry.warnings:
        ws.append([])
        ws.append(["", "Lưu ý"])
        for issue in dry.warnings:
            ws.append([issue.row or None, issue.message])
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 120
    book.save(path)
    return path


# == applying ========================================================================


def apply_import(reg: Register, dry: DryRun, *, progress: Progress | None = None) -> ImportResult:
    """Write every row of a clean dry run, and its new rooms, in ONE transaction
    through the services; refuses a dry run with errors (nothing is written)."""
    if dry.errors:
        raise ImportFileError(
            f"Tệp còn {vn_number(len(dry.errors))} dòng lỗi nên chưa nhập gì. Hãy sửa các "
            "dòng đó trong Excel rồi kiểm tra lại."
        )
    if not dry.to_add:
        raise ImportFileError("Không có dòng thiết bị nào để nhập.")
    from app.models.ids import uuid7

    room_ids = {room.code: uuid7() for room in dry.rooms_to_create}
    new_rooms = {
        room_ids[room.code]: RoomInput(kind=RoomKind.STOREROOM, code=room.code, name=room.name)
        for room in dry.rooms_to_create
    }
    items = [
        row.data.model_copy(update={"room_id": room_ids[row.new_room]})
        if row.new_room
        else row.data
        for row in dry.to_add
    ]
    try:
        ids = create_equipment_many(
            reg,
            items,
            rooms_to_create=new_rooms,
            note=f"nhập từ {dry.path.name}",
            progress=progress,
        )
    except ServiceError as exc:
        raise _name_the_row(exc, dry) from None
    return ImportResult(
        items=len(ids),
        quantity=dry.total_quantity,
        value=dry.total_value,
        rooms=len(new_rooms),
        ids=tuple(ids),
    )


def _name_the_row(exc: ServiceError, dry: DryRun) -> ServiceError:
    """'Thiết bị thứ 12: …' from the service -> 'Dòng 19 của tệp: …' (the Excel row)."""
    m = re.match(r"Thiết bị thứ (\d+): (.*)", exc.message, re.DOTALL)
    if m and 1 <= int(m[1]) <= len(dry.to_add):
        row = dry.to_add[int(m[1]) - 1].row
        return ImportFileError(
            f"Dòng {row} của tệp: {m[2]} Chưa nhập gì; hãy kiểm tra lại rồi nhập lại."
        )
    return ImportFileError(f"{exc.message} Chưa nhập gì.", exc.fields)
