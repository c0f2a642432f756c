"""The bundled sheet font writes every Vietnamese letter, and its licence ships with it."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from app.reports.fonts import serif_font
from app.resources import resource_path

VIETNAMESE = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)


def test_the_bundled_font_has_every_vietnamese_letter_in_every_style() -> None:
    font = serif_font(prefer_system=False)
    assert font.source == "Liberation Serif"
    letters = VIETNAMESE + VIETNAMESE.upper()
    for name in (font.regular, font.bold, font.italic, font.bold_italic):
        face = pdfmetrics.getFont(name).face
        missing = [c for c in letters if ord(c) not in face.charToGlyph]
        assert missing == [], (name, missing)


def test_the_font_licence_ships_beside_it() -> None:
    licence = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
