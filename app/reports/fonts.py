"""The serif font of official sheets: Times New Roman where the PC has it (Decree
30/2020), else the bundled Liberation Serif (same metrics, full Vietnamese)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

FAMILY = "SotbSerif"  # the name sheets use, whichever font is behind it

_STYLES = ("regular", "bold", "italic", "bold_italic")
_TIMES_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_TIMES_LINUX = (
    "Times_New_Roman.ttf",
    "Times_New_Roman_Bold.ttf",
    "Times_New_Roman_Italic.ttf",
    "Times_New_Roman_Bold_Italic.ttf",
)
_BUNDLED = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


@dataclass(frozen=True)
class SerifFont:
    """Registered reportlab font names, and where the files came from."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "Times New Roman" or "Liberation Serif"


def _times_new_roman() -> list[Path] | None:
    """The PC's Times New Roman, all four styles, or None."""
    folders: list[Path] = []
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    folders += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/Library/Fonts")]
    for folder in folders:
        for names in (_TIMES_FILES, _TIMES_LINUX):
            paths = [folder / n for n in names]
            if all(p.is_file() for p in paths):
                return paths
    return None


@cache
def serif_font(prefer_system: bool = True) -> SerifFont:
    """Register the sheet font with reportlab (once) and name its four styles."""
    system = _times_new_roman() if prefer_system else None
    paths = system or [resource_path("fonts", name) for name in _BUNDLED]
    source = "Times New Roman" if system else "Liberation Serif"
    suffix = "TNR" if system else "Lib"
    names = [f"{FAMILY}{suffix}-{style}" for style in _STYLES]
    for name, path in zip(names, paths, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    family = f"{FAMILY}{suffix}"
    addMapping(family, 0, 0, names[0])
    addMapping(family, 1, 0, names[1])
    addMapping(family, 0, 1, names[2])
    addMapping(family, 1, 1, names[3])
    regular, bold, italic, bold_italic = names
    return SerifFont(regular, bold, italic, bold_italic, source)
