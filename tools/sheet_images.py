"""Draw every printed sheet of a demo school to docs/images/sheet-<name>.png.

    .venv/bin/python tools/sheet_images.py [--out docs/images] [--items 2000] [--keep DIR] [NAME...]

Each sheet is made by the function the Print menu calls, from a demo register
(generate_demo, seed 1, plus a finalised inventory count). pdftoppm (poppler-utils) draws its first
page to sheet-<name>.png and, when there are more, its last page (totals, signatures)
to sheet-<name>-last.png. Look at every picture after changing a sheet's layout: the
printing guide (docs/printing-and-excel.md) shows them. --keep DIR keeps the PDFs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH_PX = 1100  # sharp enough to read an 11 pt table cell in the guide
SEED = 1
NAMES = ("register", "inventory", "count", "maintenance", "room", "labels", "loans", "usage",
         "plans", "faults", "disposal", "handover", "compliance")  # fmt: skip

Maker = Callable[[Path], Path]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install poppler-utils")
    return found


def page_count(pdf: Path) -> int:
    info = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    if found is None:
        raise RuntimeError(f"pdfinfo cannot count the pages of {pdf}")
    return int(found.group(1))


def draw(pdf: Path, page: int, png: Path) -> None:
    """One page of ``pdf`` as ``png``: 16 greys (a sheet is black on white), a quarter
    of the bytes of pdftoppm's own RGB file."""
    from PIL import Image

    raw = png.with_name(f".{png.stem}.raw")
    subprocess.run(
        [tool("pdftoppm"), "-png", "-f", str(page), "-l", str(page), "-singlefile",
         "-scale-to", str(WIDTH_PX), str(pdf), str(raw)],
        check=True,
    )  # fmt: skip
    drawn = raw.with_suffix(".raw.png")
    try:
        with Image.open(drawn) as image:
            image.convert("L").quantize(16).save(png, optimize=True, bits=4)
    finally:
        drawn.unlink(missing_ok=True)


def finalised_count(reg: Any, on: date) -> str:
    """A count of three labs, a unit missing and one broken, finalised: the minutes
    then have book and counted figures, differences, conclusion and committee."""
    from app.services import inventory_count as ic
    from app.services import inventory_finalise as fin
    from app.services import inventory_lines as il
    from app.services.rooms import list_rooms

    school = reg.school()
    committee = [
        {"name": school.principal, "position": "Hiệu trưởng", "role": ic.ROLE_CHAIR},
        {"name": "Phạm Thị Lan", "position": "Phó hiệu trưởng", "role": ic.ROLE_MEMBER},
        {"name": school.equipment_officer, "position": "Nhân viên thiết bị",
         "role": ic.ROLE_SECRETARY},
    ]  # fmt: skip
    labs = [r for r in list_rooms(reg) if r.kind.value == "subject"][:3]
    count = ic.open_count(
        reg,
        {"title": "Kiểm kê phòng bộ môn cuối học kỳ I", "counted_on": on,
         "committee": committee, "whole_school": False, "room_ids": [r.id for r in labs]},
    )  # fmt: skip
    lines = il.count_lines(reg, count.id)
    lots = [line for line in lines if line.is_lot and line.book_good > 2]
    for n, line in enumerate(lots[:2]):
        ic.record_count(
            reg, count.id,
            {"equipment_id": line.equipment_id, "room_id": line.book_room_id,
             "good": line.book_good - 1, "minor_damage": line.book_minor_damage,
             "broken": line.book_broken + n, "reason": "Vỡ khi làm thí nghiệm" if n else ""},
        )  # fmt: skip
    ic.tick_lines(reg, count.id, [line.id for line in lines])
    fin.finalise_count(
        reg, count.id,
        conclusion="Thiết bị cơ bản đủ và đúng sổ. Đề nghị bổ sung 1 đơn vị bị thiếu và "
        "sửa chữa thiết bị hỏng trước học kỳ II.",
    )  # fmt: skip
    return str(count.id)


def sheets(reg: Any, on: date, ref: date) -> dict[str, Maker]:
    """The sheets by picture name, each a function writing its PDF, dated ``on``; the
    demo's usage, upkeep and faults lie before ``ref`` (its reference date), its loans
    before today."""
    from app.models.enums import TransferKind
    from app.reports import labels, pdf
    from app.reports.data import room_rows
    from app.reports.pdf.compliance_sheet import compliance_sheet
    from app.reports.pdf.disposal_minutes import disposal_minutes
    from app.reports.pdf.fault_book import fault_book, year_start
    from app.reports.pdf.loan_book import loan_book
    from app.reports.pdf.plan_sheet import plan_sheet
    from app.reports.pdf.transfer_minutes import transfer_minutes
    from app.reports.pdf.usage_book import usage_book
    from app.services import transfers
    from app.services.disposals import disposal_ids
    from app.services.room_usage import school_year_of
    from app.services.rooms import list_rooms

    subject = [r.id for r in list_rooms(reg) if r.kind.value == "subject"]
    busiest = max(room_rows(reg, subject), key=lambda r: r.item_count).id
    lab = subject[0]
    count = finalised_count(reg, on - timedelta(days=2))
    disposal = disposal_ids(reg)[0]
    handover = transfers.transfer_ids(reg, transfers.TransferQuery(kind=TransferKind.ROOM))[0]
    year_from = school_year_of(ref)[0]
    return {
        "register": lambda out: pdf.register_book(reg, out, on=on),
        "inventory": lambda out: pdf.inventory_sheet(reg, out, room_ids=subject[:2], on=on),
        "count": lambda out: pdf.count_minutes(reg, out, count),
        "maintenance": lambda out: pdf.maintenance_log(reg, out, since=year_from, on=on),
        "room": lambda out: pdf.room_profile(reg, out, busiest, on=on),
        "labels": lambda out: labels.label_sheet(reg, out, room_id=busiest),
        "loans": lambda out: loan_book(reg, out, since=on - timedelta(days=30), until=on, on=on),
        "usage": lambda out: usage_book(reg, out, since=year_from, until=ref, room_id=lab, on=on),
        "plans": lambda out: plan_sheet(reg, out, on=on),
        "faults": lambda out: fault_book(reg, out, since=year_start(ref), on=on),
        "disposal": lambda out: disposal_minutes(reg, out, disposal),
        "handover": lambda out: transfer_minutes(reg, out, handover),
        "compliance": lambda out: compliance_sheet(reg, out, on=on),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--items", type=int, default=2000, help="demo items (default 2000)")
    parser.add_argument("--keep", type=Path, default=None, help="also keep the PDFs here")
    parser.add_argument("only", nargs="*", metavar="NAME", help=f"only: {', '.join(NAMES)}")
    args = parser.parse_args()
    unknown = sorted(set(args.only) - set(NAMES))
    if unknown:
        parser.error(f"no such sheet: {', '.join(unknown)} (there are: {', '.join(NAMES)})")

    from app.services.demo import generate_demo, reference_date
    from app.services.register import Register

    tool("pdftoppm")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        reg = Register.open(Path(tmp) / "demo.sqlite")
        try:
            generate_demo(reg, items=args.items, seed=SEED)
            made = sheets(reg, date.today(), reference_date(SEED))
            assert tuple(made) == NAMES
            for name, make in made.items():
                if args.only and name not in args.only:
                    continue
                pdf = make(folder / f"sheet-{name}.pdf")
                pages = page_count(pdf)
                first = args.out / f"sheet-{name}.png"
                last = args.out / f"sheet-{name}-last.png"
                draw(pdf, 1, first)
                print(f"{first} (1/{pages})")
                if pages > 1:
                    draw(pdf, pages, last)
                    print(f"{last} ({pages}/{pages})")
                else:
                    last.unlink(missing_ok=True)  # from a longer sheet before
        finally:
            reg.close()


if __name__ == "__main__":
    main()
