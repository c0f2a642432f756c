"""QR labels for stick-on A4 sheets: one label per item, its asset code as a QR code.

The QR holds only the asset code, so a USB scanner in the app's search box types
exactly what the register knows (see EquipmentPage.open_asset_code). Each label
also shows the code in bold, the item's name and the school's name.

Speed: a thousand labels are drawn straight onto one Canvas. The QR widget is used
only to encode the code; its modules are drawn as a single filled path per label,
not through a reportlab Drawing (a Group of a few hundred Rect objects each).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.reports.data import RegisterRow, count_register_rows, register_rows, school_info
from app.reports.fonts import serif_font
from app.reports.vocabulary import vn_number
from app.services.equipment_query import EquipmentQuery
from app.services.errors import ServiceError
from app.services.register import Register

PAGE_WIDTH_MM = A4[0] / mm  # 210
PAGE_HEIGHT_MM = A4[1] / mm  # 297
# Below this a QR plus a readable code no longer fits on a label.
MIN_LABEL_WIDTH_MM = 20.0
MIN_LABEL_HEIGHT_MM = 10.0
QR_LEVEL = "M"  # recovers ~15 % of the code: survives a scuffed or dirty label
QR_QUIET_MODULES = 2  # white around the QR inside its square (plus the label's padding)
ELLIPSIS = "…"


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of equal labels on A4 portrait: counts, page margins and gaps in mm.

    The label size follows from these, as on the sticker maker's template."""

    rows: int = 8
    columns: int = 3
    top: float = 0.5
    bottom: float = 0.5
    left: float = 0.0
    right: float = 0.0
    column_gap: float = 0.0
    row_gap: float = 0.0

    @property
    def label_width(self) -> float:
        """Width of one label, in mm."""
        free = PAGE_WIDTH_MM - self.left - self.right - (self.columns - 1) * self.column_gap
        return free / self.columns

    @property
    def label_height(self) -> float:
        """Height of one label, in mm."""
        free = PAGE_HEIGHT_MM - self.top - self.bottom - (self.rows - 1) * self.row_gap
        return free / self.rows

    @property
    def per_page(self) -> int:
        return self.rows * self.columns

    def validate(self) -> None:
        """Raise ServiceError (in Vietnamese) unless the labels fit an A4 page."""
        if self.rows < 1 or self.columns < 1:
            raise ServiceError("Tờ nhãn phải có ít nhất 1 hàng và 1 cột.")
        spacing = (self.top, self.bottom, self.left, self.right, self.column_gap, self.row_gap)
        if any(value < 0 for value in spacing):
            raise ServiceError("Lề trang và khoảng cách giữa các nhãn không được là số âm.")
        width, height = self.label_width, self.label_height
        if width < MIN_LABEL_WIDTH_MM or height < MIN_LABEL_HEIGHT_MM:
            size = f"{_mm_text(max(width, 0))} × {_mm_text(max(height, 0))} mm"
            raise ServiceError(
                f"Nhãn không vừa trang A4: với {self.rows} hàng × {self.columns} cột và "
                f"lề, khoảng cách đã chọn, mỗi nhãn chỉ còn {size} (cần ít nhất "
                f"{_mm_text(MIN_LABEL_WIDTH_MM)} × {_mm_text(MIN_LABEL_HEIGHT_MM)} mm). "
                "Hãy giảm số hàng, số cột, lề hoặc khoảng cách."
            )


def _mm_text(value: float) -> str:
    return vn_number(round(value, 1))


# Common A4 sticker sheets (sizes as printed on their packets).
PRESETS: dict[str, LabelLayout] = {
    "A4 3×8 (70×37 mm)": LabelLayout(),
    "A4 2×7 (99.1×38.1 mm)": LabelLayout(
        rows=7, columns=2, top=15.15, bottom=15.15, left=4.65, right=4.65, column_gap=2.5
    ),
    "A4 4×10 (48.5×25.4 mm)": LabelLayout(
        rows=10, columns=4, top=21.5, bottom=21.5, left=8.0, right=8.0
    ),
    "A4 3×7 (70×42.3 mm)": LabelLayout(rows=7, columns=3, top=0.45, bottom=0.45),
    "A4 2×4 (105×74 mm)": LabelLayout(rows=4, columns=2, top=0.5, bottom=0.5),
}
DEFAULT_PRESET = "A4 3×8 (70×37 mm)"


# -- the items ------------------------------------------------------------------------


def _items(
    reg: Register, item_ids: list[str] | None, room_id: str | None
) -> tuple[int, Iterator[RegisterRow]]:
    q = EquipmentQuery(room_id=room_id)
    return count_register_rows(reg, q, ids=item_ids), register_rows(reg, q, ids=item_ids)


# -- drawing --------------------------------------------------------------------------


def qr_modules(code: str) -> list[list[bool]]:
    """The dark/light modules of the QR code of ``code`` (row by row, top first)."""
    widget = QrCodeWidget(code, barLevel=QR_LEVEL)
    widget.qr.make()
    return [[bool(m) for m in row] for row in widget.qr.modules]


def _draw_qr(canvas: Canvas, modules: list[list[bool]], x: float, top: float, size: float) -> None:
    """The modules as one path of horizontal runs, in module units under a scaling
    transform: whole numbers keep the PDF small and fast to write (reportlab's own
    float formatting of ~120 rects per label costs more than the rest of the label),
    and one filled path leaves no hairline seams between rects."""
    box = size / (len(modules) + 2 * QR_QUIET_MODULES)
    ops: list[str] = []
    for r, row in enumerate(modules):
        c = 0
        for dark, run in groupby(row):
            n = sum(1 for _ in run)
            if dark:
                ops.append(f"{c} {-r - 1} {n} 1 re")
            c += n
    canvas.saveState()
    canvas.transform(box, 0, 0, box, x + QR_QUIET_MODULES * box, top - QR_QUIET_MODULES * box)
    canvas.addLiteral(" ".join(ops) + " f")
    canvas.restoreState()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with "…") to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo else ""


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Up to ``max_lines`` lines of whole words; the last one cut with "…" if need be."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(fit_text(" ".join(words), font, size, width))
            break
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(fit_text(line, font, size, width))
    return lines


@dataclass(frozen=True)
class _Geometry:
    """Where things go on a label, relative to its bottom-left corner (points)."""

    pad: float
    qr_size: float
    qr_x: float
    qr_top: float
    text_x: float
    text_width: float
    text_top: float
    text_bottom: float
    code_size: float
    name_size: float
    school_size: float

    @classmethod
    def of(cls, width: float, height: float) -> _Geometry:
        pad = min(3 * mm, 0.08 * min(width, height))
        qr_size = min(height - 2 * pad, 0.5 * width)
        quiet = qr_size * QR_QUIET_MODULES / 29  # ~ the quiet zone of a 25-module code
        qr_top = (height + qr_size) / 2
        text_x = pad + qr_size + pad / 2
        # Type grows with the label: 13/9/6.5 pt on a 37 mm tall one.
        scale = min(max(min(height, 1.6 * width) / (37 * mm), 0.6), 2.5)
        return cls(
            pad=pad,
            qr_size=qr_size,
            qr_x=pad,
            qr_top=qr_top,
            text_x=text_x,
            text_width=width - pad - text_x,
            text_top=qr_top - quiet,
            text_bottom=qr_top - qr_size + quiet,
            code_size=13 * scale,
            name_size=9 * scale,
            school_size=6.5 * scale,
        )


def _draw_label(
    canvas: Canvas,
    x: float,
    y: float,
    g: _Geometry,
    code: str,
    name: str,
    school: str,
    regular: str,
    bold: str,
) -> None:
    _draw_qr(canvas, qr_modules(code), x + g.qr_x, y + g.qr_top, g.qr_size)
    tx = x + g.text_x
    # The code is what people read and type: shrink it rather than cut it.
    code_size = g.code_size
    code_width = stringWidth(code, bold, code_size)
    if code_width > g.text_width:
        code_size = max(code_size * g.text_width / code_width, 4.0)
    baseline = y + g.text_top - 0.8 * code_size
    canvas.setFont(bold, code_size)
    canvas.drawString(tx, baseline, fit_text(code, bold, code_size, g.text_width))

    school_base = y + g.text_bottom + 0.2 * g.school_size
    leading = 1.2 * g.name_size
    # As many name lines (up to 3) as fit between the code and the school.
    space = baseline - 0.35 * code_size - (school_base + g.school_size)
    lines = wrap_text(
        name, regular, g.name_size, g.text_width, max(1, min(3, int(space // leading)))
    )
    canvas.setFont(regular, g.name_size)
    line_y = baseline - 0.35 * code_size - leading
    for line in lines:
        canvas.drawString(tx, line_y, line)
        line_y -= leading

    canvas.setFont(regular, g.school_size)
    canvas.drawString(tx, school_base, fit_text(school, regular, g.school_size, g.text_width))


def label_sheet(
    reg: Register,
    out: Path,
    *,
    item_ids: list[str] | None = None,
    room_id: str | None = None,
    layout: LabelLayout = LabelLayout(),  # noqa: B008 - frozen, so one shared default is safe
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write QR labels to ``out`` (PDF): the items ``item_ids``, else those of the room
    ``room_id``, else every live item, in asset-code order. Returns ``out``."""
    layout.validate()
    total, rows = _items(reg, item_ids, room_id)
    if total == 0:
        raise ServiceError("Không có thiết bị nào để in nhãn.")
    school = school_info(reg).name
    font = serif_font()
    width, height = layout.label_width * mm, layout.label_height * mm
    geometry = _Geometry.of(width, height)
    page_height = A4[1]

    out = Path(out)
    # Written beside the target and renamed at the end: a failure or a crash never
    # leaves half a PDF under the name the user chose (or over their previous file).
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        canvas = Canvas(str(tmp), pagesize=A4, initialFontName=font.regular)
        canvas.setTitle("Nhãn QR thiết bị")
        canvas.setAuthor(school)
        canvas.setCreator("Sổ Thiết Bị")
        done = 0
        for row in rows:
            slot = done % layout.per_page
            if slot == 0 and done:
                canvas.showPage()
                if progress is not None:
                    progress(done, total)
            r, c = divmod(slot, layout.columns)
            x = (layout.left + c * (layout.label_width + layout.column_gap)) * mm
            y = page_height - (layout.top + (r + 1) * layout.label_height + r * layout.row_gap) * mm
            _draw_label(
                canvas, x, y, geometry, row.asset_code, row.name, school, font.regular, font.bold
            )
            done += 1
        canvas.showPage()
        canvas.save()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(done, total)
    return out
