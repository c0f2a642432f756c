"""The page of an official sheet (Decree 30/2020): A4, margins, styles, "Trang x/y" in
the footer, and writing the PDF beside its target so a failure leaves no half file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.reports.fonts import serif_font
from app.services.errors import ServiceError

# Decree 30/2020: top and bottom 20-25 mm, left (binding) 30-35 mm, right 15-20 mm.
# Landscape sheets keep the binding margin on the left.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FOOTER_Y = 10 * mm  # the page number sits inside the bottom margin

BODY_SIZE = 13
TABLE_SIZE = 11  # tables may go down to 11-12 pt to fit their columns
HEAD_SIZE = 12  # the letterhead's capitals


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every sheet, made once (a style per cell would be slow)."""

    body: ParagraphStyle
    body_justified: ParagraphStyle
    body_italic: ParagraphStyle
    body_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    subtitle_italic: ParagraphStyle
    section: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    head_cell: ParagraphStyle
    sign_title: ParagraphStyle
    sign_hint: ParagraphStyle
    sign_name: ParagraphStyle


def _style(name: str, font: str, size: float, align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=round(size * 1.2, 1), alignment=align, **kw
    )


@cache
def styles() -> Styles:
    f = serif_font()
    return Styles(
        body=_style("body", f.regular, BODY_SIZE, spaceAfter=3),
        body_justified=_style("body_justified", f.regular, BODY_SIZE, TA_JUSTIFY, spaceAfter=3),
        body_italic=_style("body_italic", f.italic, BODY_SIZE, spaceAfter=3),
        body_bold=_style("body_bold", f.bold, BODY_SIZE, spaceAfter=3),
        title=_style("title", f.bold, 14, TA_CENTER, spaceBefore=8, spaceAfter=2),
        subtitle=_style("subtitle", f.regular, BODY_SIZE, TA_CENTER),
        subtitle_italic=_style("subtitle_italic", f.italic, BODY_SIZE, TA_CENTER, spaceAfter=8),
        section=_style("section", f.bold, BODY_SIZE, spaceBefore=8, spaceAfter=4),
        cell=_style("cell", f.regular, TABLE_SIZE),
        cell_center=_style("cell_center", f.regular, TABLE_SIZE, TA_CENTER),
        cell_right=_style("cell_right", f.regular, TABLE_SIZE, TA_RIGHT),
        cell_bold=_style("cell_bold", f.bold, TABLE_SIZE),
        head_cell=_style("head_cell", f.bold, TABLE_SIZE, TA_CENTER),
        sign_title=_style("sign_title", f.bold, BODY_SIZE, TA_CENTER),
        sign_hint=_style("sign_hint", f.italic, BODY_SIZE, TA_CENTER),
        sign_name=_style("sign_name", f.bold, BODY_SIZE, TA_CENTER),
    )


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def frame_width(wide: bool) -> float:
    return page_size(wide)[0] - MARGIN_LEFT - MARGIN_RIGHT


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, then writes "Trang x/y" on each: the total
    is known only once the last page is laid out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        font = serif_font().regular
        width = self._pagesize[0]
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(font, TABLE_SIZE)
            self.drawCentredString(
                MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2,
                FOOTER_Y,
                f"Trang {number}/{total}",
            )
            super().showPage()
        super().save()


@dataclass(frozen=True)
class SheetInfo:
    """What the PDF's properties say (shown by viewers and file managers)."""

    title: str
    author: str
    subject: str = ""


def write_pdf(
    out: Path,
    story: Sequence[Flowable],
    info: SheetInfo,
    *,
    wide: bool,
) -> Path:
    """Lay ``story`` out on A4 (landscape when ``wide``) and write it to ``out``.

    Written to a hidden file beside ``out`` and renamed at the end: a failure or a
    crash never leaves a half-written PDF under the user's name.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise ServiceError(f"Không có thư mục {str(out.parent)!r} để lưu tệp PDF.")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    size = page_size(wide)
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=size,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator="Sổ Thiết Bị",
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        size[0] - MARGIN_LEFT - MARGIN_RIGHT,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("sheet", [frame])])
    try:
        doc.build(list(story), canvasmaker=NumberedCanvas)
        os.replace(tmp, out)
    except OSError as err:
        raise ServiceError(f"Không ghi được tệp {out.name}: {err.strerror or err}") from err
    finally:
        tmp.unlink(missing_ok=True)
    return out
