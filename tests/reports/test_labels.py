"""QR label sheets: which items, in what order, how many per page, what each label says,
and that each printed QR is exactly the QR of its asset code."""

from __future__ import annotations

import math
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from reportlab.lib.units import mm

from app.reports import labels
from app.reports.labels import PRESETS, LabelLayout, label_sheet
from app.services import equipment
from app.services.errors import ServiceError
from app.services.register import Register
from tests.conftest import SCHOOL, looks_vietnamese
from tests.reports.letters import LETTER_NAMES, assert_every_letter
from tests.system import need_program

ONE_PER_PAGE = LabelLayout(rows=1, columns=1, top=10, bottom=10, left=10, right=10)


def need(tool: str) -> str:
    return need_program(tool, "poppler-utils reads the PDF back")


def pdf_text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        [need("pdftotext"), *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def page_count(pdf: Path) -> int:
    # pdftotext ends every page with a form feed.
    return pdf_text(pdf).count("\f")


def flat(text: str) -> str:
    """One space between words: a wrapped name reads as one line again."""
    return " ".join(text.split())


AddItem = Callable[..., Any]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where sheets are written (the register's own files are in tmp_path)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def add_items(reg: Register, add_item: AddItem, count: int, **kw: Any) -> list[Any]:
    # Created in reverse so that the sheet's order is the code's, not the insertion's.
    made = [add_item(reg, f"TB-{i:04d}", f"Thiết bị số {i}", **kw) for i in range(count, 0, -1)]
    return made[::-1]


def test_every_label_shows_its_code_name_and_school_24_to_a_page(
    register: Register, add_item: AddItem, folder: Path
) -> None:
    items = add_items(register, add_item, 30)
    out = label_sheet(register, folder / "nhan.pdf")
    assert out == folder / "nhan.pdf"
    assert page_count(out) == math.ceil(30 / 24) == 2
    text = flat(pdf_text(out))
    for item in items:
        assert item.asset_code in text
        assert item.name in text
    assert text.count(SCHOOL["name"]) == 30
    first_page = flat(pdf_text(out, 1))
    assert "TB-0024" in first_page and "TB-0025" not in first_page
    assert [p.name for p in folder.iterdir()] == ["nhan.pdf"]  # no temp file left


def test_every_vietnamese_letter_comes_out_on_the_labels(
    register: Register, add_item: AddItem, folder: Path
) -> None:
    """The items named with every letter, on the usual 3×8 sheet: each name whole on
    its label (one line), read back letter for letter."""
    for n, name in enumerate(LETTER_NAMES, start=1):
        add_item(register, f"TC-{n:02d}", name)
    out = label_sheet(register, folder / "nhan.pdf")
    assert page_count(out) == 2
    text = pdf_text(out)
    assert_every_letter(text)
    lines = {line.strip() for line in text.splitlines()}
    assert set(LETTER_NAMES) <= lines  # each on a line of its own: not cut, not wrapped


def test_one_by_one_layout_gives_a_page_per_item_in_code_order(
    register: Register, add_item: AddItem, folder: Path
) -> None:
    add_item(register, "B-2", "Quả địa cầu")
    add_item(register, "A-1", "Máy chiếu Epson")
    add_item(register, "b-10", "Bộ thí nghiệm Điện học")
    out = label_sheet(register, folder / "a.pdf", layout=ONE_PER_PAGE)
    assert page_count(out) == 3
    pages = [flat(pdf_text(out, n)) for n in (1, 2, 3)]
    # asset_code_norm order: "a-1" < "b-10" < "b-2"
    assert [p.split()[0] for p in pages] == ["A-1", "b-10", "B-2"]
    assert "Bộ thí nghiệm Điện học" in pages[1]


def test_the_chosen_items_or_a_rooms_live_items(
    register: Register, add_item: AddItem, add_room: Callable[..., Any], folder: Path
) -> None:
    lab = add_room(register, "P.HOA", "Phòng Hóa học")
    in_lab = add_items(register, add_item, 3, room_id=lab.id)
    other = add_item(register, "X-9", "Giá vẽ")
    gone = add_item(register, "TB-0009", "Ống nghiệm", room_id=lab.id)
    equipment.delete_equipment(register, [gone.id])

    room_sheet = label_sheet(register, folder / "room.pdf", room_id=lab.id, layout=ONE_PER_PAGE)
    assert [flat(pdf_text(room_sheet, n)).split()[0] for n in (1, 2, 3)] == [
        i.asset_code for i in in_lab
    ]
    assert page_count(room_sheet) == 3

    ids = [other.id, in_lab[1].id, gone.id, other.id]  # a deleted one and a repeat
    chosen = label_sheet(register, folder / "ids.pdf", item_ids=ids, layout=ONE_PER_PAGE)
    assert page_count(chosen) == 2
    assert [flat(pdf_text(chosen, n)).split()[0] for n in (1, 2)] == ["TB-0002", "X-9"]

    everything = label_sheet(register, folder / "all.pdf")
    assert "Ống nghiệm" not in pdf_text(everything)
    assert all(i.asset_code in pdf_text(everything) for i in [*in_lab, other])


def test_a_long_name_is_cut_with_an_ellipsis_to_fit(
    register: Register, add_item: AddItem, folder: Path
) -> None:
    long_name = "Bộ thiết bị thí nghiệm " * 7 + "cuối cùng"
    add_item(register, "TB-1", long_name.strip())
    text = flat(pdf_text(label_sheet(register, folder / "l.pdf")))
    assert "…" in text and "cuối cùng" not in text and "Bộ thiết bị thí nghiệm" in text

    font = labels.serif_font().regular
    lines = labels.wrap_text(long_name, font, 9, 90, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(labels.stringWidth(line, font, 9) <= 90 for line in lines)
    assert labels.fit_text("Máy chiếu", font, 9, 1000) == "Máy chiếu"


def test_each_qr_is_built_from_exactly_the_asset_code(
    register: Register, add_item: AddItem, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = ["TB-0001", "đl-02", "PHY/2024 #7"]
    for code in codes:
        add_item(register, code, "Thiết bị")
    encoded: list[str] = []

    class Recording(labels.QrCodeWidget):
        def __init__(self, value: str, **kw: Any) -> None:
            encoded.append(value)
            super().__init__(value, **kw)

    monkeypatch.setattr(labels, "QrCodeWidget", Recording)
    label_sheet(register, folder / "q.pdf")
    assert sorted(encoded) == sorted(codes) and len(encoded) == 3


def dark_modules(png: Path, dpi: int, x_mm: float, top_mm: float, size: float, count: int) -> Any:
    """Sample the centre of every module of a QR drawn at (x, top) with ``count``
    modules across ``size`` points (quiet zone included)."""
    image = Image.open(png).convert("L")
    box = size / count
    px = dpi / 72
    grid = []
    for r in range(count):
        row = []
        for c in range(count):
            x = (x_mm * mm + (c + 0.5) * box) * px
            y = (top_mm * mm + (r + 0.5) * box) * px
            row.append(image.getpixel((int(x), int(y))) < 128)
        grid.append(row)
    return grid


def test_the_printed_qr_matches_the_qr_of_the_code(
    register: Register, add_item: AddItem, folder: Path
) -> None:
    """No QR decoder is installed: compare the rendered page, module by module, with
    what the encoder makes of the asset code (and check its quiet zone is white)."""
    need("pdftoppm")
    add_item(register, "TB-0001", "Máy chiếu")
    add_item(register, "TB-0002", "Quả địa cầu")
    layout = PRESETS["A4 3×8 (70×37 mm)"]
    out = label_sheet(register, folder / "q.pdf", layout=layout)
    dpi = 300
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(out), str(folder / "p")],
        check=True,
    )
    png = next(folder.glob("p*.png"))
    g = labels._Geometry.of(layout.label_width * mm, layout.label_height * mm)
    for column, code in enumerate(["TB-0001", "TB-0002"]):
        modules = labels.qr_modules(code)
        quiet = labels.QR_QUIET_MODULES
        count = len(modules) + 2 * quiet
        x_mm = layout.left + column * (layout.label_width + layout.column_gap) + g.qr_x / mm
        top_mm = layout.top + (layout.label_height * mm - g.qr_top) / mm
        seen = dark_modules(png, dpi, x_mm, top_mm, g.qr_size, count)
        blank = [False] * count
        expected = [blank] * quiet + [[False] * quiet + r + [False] * quiet for r in modules]
        expected += [blank] * quiet
        assert seen == expected, code
    assert labels.qr_modules("TB-0001") != labels.qr_modules("TB-0002")


def test_progress_counts_up_to_the_total(
    register: Register, add_item: AddItem, folder: Path
) -> None:
    add_items(register, add_item, 30)
    calls: list[tuple[int, int]] = []
    label_sheet(register, folder / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(24, 30), (30, 30)]


def test_nothing_to_print_and_a_failure_leave_the_old_file_alone(
    register: Register, add_item: AddItem, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = folder / "nhan.pdf"
    out.write_bytes(b"previous sheet")
    with pytest.raises(ServiceError) as info:
        label_sheet(register, out)
    assert looks_vietnamese(info.value.message)
    add_items(register, add_item, 3)

    def broken(*_a: Any, **_k: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(labels, "_draw_label", broken)
    with pytest.raises(OSError):
        label_sheet(register, out)
    assert out.read_bytes() == b"previous sheet"
    assert [p.name for p in folder.iterdir()] == ["nhan.pdf"]


@pytest.mark.parametrize("name", list(PRESETS))
def test_presets_fit_and_their_labels_have_the_size_in_their_name(name: str) -> None:
    layout = PRESETS[name]
    layout.validate()
    width, height = (float(v) for v in re.findall(r"\(([\d.]+)×([\d.]+) mm\)", name)[0])
    assert layout.label_width == pytest.approx(width, abs=0.05)
    assert layout.label_height == pytest.approx(height, abs=0.05)
    across, down = (int(v) for v in re.findall(r"A4 (\d+)×(\d+)", name)[0])
    assert (layout.columns, layout.rows) == (across, down)


def test_the_default_is_a_3_by_8_sheet_of_70_by_37_labels() -> None:
    layout = LabelLayout()
    assert (layout.columns, layout.rows, layout.per_page) == (3, 8, 24)
    assert (layout.label_width, layout.label_height) == pytest.approx((70, 37))
    assert PRESETS[labels.DEFAULT_PRESET] == layout


@pytest.mark.parametrize(
    "layout",
    [
        LabelLayout(rows=0),
        LabelLayout(columns=0),
        LabelLayout(top=-1),
        LabelLayout(column_gap=-0.5),
        LabelLayout(rows=40),  # 7.4 mm tall
        LabelLayout(columns=12),  # 17.5 mm wide
        LabelLayout(left=150, right=60),  # no room at all
        LabelLayout(rows=1, columns=1, top=200, bottom=100),
    ],
)
def test_layouts_that_do_not_fit_are_refused_in_vietnamese(
    layout: LabelLayout, register: Register, folder: Path
) -> None:
    with pytest.raises(ServiceError) as info:
        layout.validate()
    assert looks_vietnamese(info.value.message), info.value.message
    with pytest.raises(ServiceError):
        label_sheet(register, folder / "x.pdf", layout=layout)
    assert not list(folder.iterdir())
