"""The fixed parts of an official sheet: letterhead, title, dotted lines to fill in by
hand, and the signature blocks (Decree 30/2020)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.reports.data import SchoolInfo
from app.reports.fonts import serif_font
from app.reports.pdf.page import BODY_SIZE, HEAD_SIZE, styles
from app.reports.vocabulary import place_and_date

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_HINT = "(Ký, ghi rõ họ tên)"
RULE_GAP = 6  # points from a line's baseline to the rule under it (clears "ạ", "ọ")
SIGN_SPACE = 22 * mm  # room for a signature (and the school's stamp beside it)


def upper(text: str) -> str:
    return text.strip().upper()


def school_year(on: date) -> str:
    """The school year a date falls in: it starts in September ("Năm học 2025 - 2026")."""
    start = on.year if on.month >= 8 else on.year - 1
    return f"Năm học {start} - {start + 1}"


def school_years(first: date, last: date) -> str:
    """ "Năm học 2025 - 2026", or "Năm học 2025 - 2026 đến 2026 - 2027" for a book
    that runs over more than one."""
    start, end = school_year(first), school_year(last)
    return start if start == end else f"{start} đến {end.removeprefix('Năm học ')}"


class Letterhead(Flowable):  # type: ignore[misc]
    """Top left: governing body over the school (capitals, bold) with a short rule;
    top right: the national name over the motto with a rule as long as the motto;
    under it, the place and date in italics."""

    LEFT_SHARE = 0.42

    def __init__(self, school: SchoolInfo, on: date) -> None:
        super().__init__()
        self.school = school
        self.on = on
        self._left: list[tuple[str, str]] = []
        self._height = 0.0

    def _left_lines(self, width: float) -> list[tuple[str, str]]:
        font = serif_font()
        lines: list[tuple[str, str]] = []
        for text, face in (
            (upper(self.school.governing_body), font.regular),
            (upper(self.school.name), font.bold),
        ):
            if text:
                lines += [(line, face) for line in simpleSplit(text, face, HEAD_SIZE, width)]
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._left = self._left_lines(avail_width * self.LEFT_SHARE - 4 * mm)
        leading = HEAD_SIZE * 1.25
        left = len(self._left) * leading + 3 * mm
        right = 2 * leading + 3 * mm + BODY_SIZE * 1.6
        self._height = max(left, right) + 2 * mm
        return avail_width, self._height

    def draw(self) -> None:
        font = serif_font()
        c = self.canv
        leading = HEAD_SIZE * 1.25
        top = self._height - HEAD_SIZE
        c.setLineWidth(0.6)
        # Left block, centred in its column.
        left_mid = self.width * self.LEFT_SHARE / 2
        y = top
        widest = 0.0
        for text, face in self._left:
            c.setFont(face, HEAD_SIZE)
            c.drawCentredString(left_mid, y, text)
            widest = stringWidth(text, face, HEAD_SIZE)
            y -= leading
        if self._left:  # a short rule under the school's name: a third of its width
            rule = max(widest / 3, 20 * mm)
            rule_y = y + leading - RULE_GAP
            c.line(left_mid - rule / 2, rule_y, left_mid + rule / 2, rule_y)
        # Right block, centred in the rest of the width.
        right_mid = self.width * self.LEFT_SHARE + self.width * (1 - self.LEFT_SHARE) / 2
        c.setFont(font.bold, HEAD_SIZE)
        c.drawCentredString(right_mid, top, NATION)
        c.setFont(font.bold, BODY_SIZE)
        c.drawCentredString(right_mid, top - leading, MOTTO)
        motto = stringWidth(MOTTO, font.bold, BODY_SIZE)
        rule_y = top - leading - RULE_GAP
        c.line(right_mid - motto / 2, rule_y, right_mid + motto / 2, rule_y)
        c.setFont(font.italic, BODY_SIZE)
        c.drawCentredString(
            right_mid, rule_y - BODY_SIZE * 1.6, place_and_date(self.school.place, self.on)
        )


def title_block(title: str, *lines: str) -> list[Flowable]:
    """The sheet's title in bold capitals, centred, and the lines under it (school,
    period); the last line in italics."""
    st = styles()
    story: list[Flowable] = [Spacer(1, 6 * mm), Paragraph(escape(upper(title)), st.title)]
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        story.append(Paragraph(escape(line), st.subtitle_italic if last else st.subtitle))
    if not lines:
        story.append(Spacer(1, 4 * mm))
    return story


def dotted(prefix: str, width: float, size: float = BODY_SIZE) -> str:
    """``prefix`` followed by dots to the end of the line, to write in by hand."""
    face = serif_font().regular
    dot = stringWidth(".", face, size)
    room = width - stringWidth(prefix, face, size) - 2
    return prefix + "." * max(int(room / dot), 3)


@dataclass(frozen=True)
class Signer:
    """One signature block: its title (e.g. "HIỆU TRƯỞNG") and the printed name, if known."""

    title: str
    name: str = ""


def signatures(signers: Sequence[Signer], width: float) -> Flowable:
    """Signature blocks side by side: title (bold caps), "(Ký, ghi rõ họ tên)" (italic),
    room to sign, the name under it. Kept together on one page."""
    return KeepTogether(signature_flowables(signers, width))


def signature_flowables(signers: Sequence[Signer], width: float) -> list[Flowable]:
    """The signature blocks as plain flowables, for a KeepTogether that holds more (the
    closing lines): a KeepTogether inside another always reports itself too tall, which
    pushes the outer one to a page of its own."""
    st = styles()
    row = [
        [
            Paragraph(escape(upper(s.title)), st.sign_title),
            Paragraph(SIGN_HINT, st.sign_hint),
            Spacer(1, SIGN_SPACE),
            Paragraph(escape(s.name), st.sign_name),
        ]
        for s in signers
    ]
    table = Table([row], colWidths=[width / len(signers)] * len(signers))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [Spacer(1, 6 * mm), table]


def closing(texts: Sequence[str], signers: Sequence[Signer], width: float) -> Flowable:
    """The closing lines of a set of minutes and the signatures under them, on one page."""
    return KeepTogether(closing_flowables(texts, signers, width))


def closing_flowables(
    texts: Sequence[str], signers: Sequence[Signer], width: float
) -> list[Flowable]:
    """closing() as plain flowables: the tail of a PagedTable, which keeps them with
    the table's last rows."""
    st = styles()
    lines: list[Flowable] = [Paragraph(escape(text), st.body_justified) for text in texts]
    return lines + signature_flowables(signers, width)


def officer_and_principal(school: SchoolInfo) -> list[Signer]:
    """The usual pair: the equipment officer who made the sheet, the principal."""
    return [Signer("Người lập", school.equipment_officer), Signer("Hiệu trưởng", school.principal)]
