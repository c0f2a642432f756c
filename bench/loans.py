"""Benchmark of the loan book on a big register (2-core machine).

    .venv/bin/python bench/loans.py [--items 100000] [--loans 20000] [--runs 3]

On a copy of a demo register of ``--items`` items with about ``--loans`` loans over the
school days up to now (built once, cached in bench/out/):

- lists: what the Loans page reads on opening (open loans: ids in order, then the
  first screenful of rows), the whole book in order, an accent-free search, the
  overdue loans and the counts the home screen shows, and the page built by Qt;
- the desk: one scan looked up in the lend dialog, one lend of three items saved, one
  return (good and damaged units) saved;
- the book: a month of it printed to PDF, the whole book exported to Excel.

Times are medians of ``--runs`` runs; the lend and the return each run on a fresh copy,
the rest on one copy that they only read.
Prints a Markdown table for docs/PERFORMANCE.md and writes bench/out/loans.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.disposals import OUT, fresh_copy, median, timed  # noqa: E402
from bench.reports import machine  # noqa: E402

PAGE_ROWS = 40  # a screenful of the list


def template(items: int, loans: int) -> Path:
    """A demo register of ``items`` items and about ``loans`` loans (built once)."""
    from app.services.demo import generate_demo
    from app.services.demo_loans import add_demo_loans
    from app.services.register import Register

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"loans-school-{items}-{loans}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".part")
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        reg = Register.open(partial)
        generate_demo(reg, items=items, seed=1)
        total = loan_count(reg)
        for seed in (2, 3, 4):  # the demo leaves out lends it cannot make: top it up
            if total >= loans * 0.98:
                break
            add_demo_loans(reg, seed=seed, count=loans - total)
            total = loan_count(reg)
        reg.close()
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def loan_count(reg: Any) -> int:
    from sqlalchemy import func, select

    from app.models import Loan

    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(Loan)) or 0)


def lendable_lots(reg: Any, count: int) -> list[Any]:
    """``count`` items with at least two units available, spread over the register."""
    from sqlalchemy import select

    from app.models import Equipment
    from app.models.enums import EquipmentStatus
    from app.services import loans

    with reg.read() as s:
        ids = list(
            s.scalars(
                select(Equipment.id)
                .where(
                    Equipment.deleted_at.is_(None),
                    Equipment.status == EquipmentStatus.IN_USE,
                    Equipment.qty_good >= 4,
                )
                .order_by(Equipment.asset_code_norm)
            )
        )
    step = max(len(ids) // (count * 4), 1)
    found = loans.lendable(reg, ids[::step][: count * 4])
    return [x for x in found.values() if x.available >= 2][:count]


def run_lists(reg: Any) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.services import loans
    from app.services.loans import LoanQuery, LoanState
    from app.ui.hub import Hub
    from app.ui.loans_page import LoansPage

    app = QApplication.instance() or QApplication([])

    def first_screen(q: LoanQuery) -> int:
        ids = loans.loan_ids(reg, q)
        loans.loan_rows(reg, ids[:PAGE_ROWS])
        return len(ids)

    results: dict[str, float] = {}
    for name, query in (
        ("open", LoanQuery()),
        ("all", LoanQuery(state=LoanState.ALL)),
        ("all_by_borrower", LoanQuery(state=LoanState.ALL, sort="borrower", descending=False)),
        ("search", LoanQuery(state=LoanState.ALL, text="kinh hien vi")),
    ):
        results[name], results[f"{name}_rows"] = timed(lambda q=query: first_screen(q))
    results["overdue"], late = timed(lambda: loans.overdue_loans(reg, limit=10))
    results["counts"], counts = timed(lambda: loans.loan_counts(reg))
    results["open_rows"], results["overdue_rows"] = counts.open, counts.overdue
    results["page"], page = timed(lambda: LoansPage(reg, Hub()))
    page.deleteLater()
    app.processEvents()
    results["scan"], found = timed(lambda: loans.find_lendable(reg, late[0].asset_code))
    assert found and found[0].asset_code == late[0].asset_code
    return results


def run_desk(source: Path) -> dict[str, float]:
    from app.services import loans
    from app.services.schools import list_staff

    reg = fresh_copy(source, "loans-run.sqlite")
    lots = lendable_lots(reg, 3)
    teacher = list_staff(reg)[0]
    data = {
        "borrower_id": teacher.id,
        "class_name": "7A2",
        "period": "3-4",
        "lesson": "Thực hành",
        "lines": [{"equipment_id": x.id, "quantity": 2} for x in lots],
    }
    lent, made = timed(lambda: loans.lend(reg, data))
    back = {"loan_id": made[0].id, "good": 1, "damaged": 1}
    returned, _ = timed(lambda: loans.return_loan(reg, back))
    reg.close()
    return {"lend": lent, "return": returned}


def run_book(reg: Any) -> dict[str, float]:
    from app.reports.excel_loans import export_loans
    from app.reports.pdf.loan_book import loan_book
    from app.services.loans import book_rows

    until = date.today()
    since = until - timedelta(days=30)
    month = len(book_rows(reg, since, until))
    printed, _ = timed(lambda: loan_book(reg, OUT / "bench-so-muon-tra.pdf", since=since))
    exported, _ = timed(lambda: export_loans(reg, OUT / "bench-so-muon-tra.xlsx"))
    everything = len(book_rows(reg))
    return {"pdf": printed, "pdf_rows": month, "xlsx": exported, "xlsx_rows": everything}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--loans", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source = template(args.items, args.loans)
    report: dict[str, Any] = {"machine": machine(), "items": args.items}
    reading = fresh_copy(source, "loans-read-run.sqlite")  # the lists and the book only read
    report["lists"] = lists = median([run_lists(reading) for _ in range(args.runs)])
    report["book"] = book = median([run_book(reading) for _ in range(args.runs)])
    reading.close()
    report["desk"] = desk = median([run_desk(source) for _ in range(args.runs)])
    for leftover in OUT.glob("loans-*run.sqlite*"):
        leftover.unlink()
    (OUT / "loans.json").write_text(json.dumps(report, indent=2))

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms"

    def n(value: float) -> str:
        return f"{value:,.0f}"

    total = n(lists["all_rows"])
    print(
        f"Machine: {report['machine']}; register of {args.items:,} items and {total} loans "
        f"({n(lists['open_rows'])} open, {n(lists['overdue_rows'])} overdue); "
        f"median of {args.runs} runs.\n"
    )
    print("| work | time |")
    print("|---|---:|")
    print(f"| Loans page list, open loans: ids and first {PAGE_ROWS} rows | {ms(lists['open'])} |")
    print(f"| the whole book ({total} loans), newest first | {ms(lists['all'])} |")
    print(f"| the whole book by borrower | {ms(lists['all_by_borrower'])} |")
    print(
        f'| search "kinh hien vi" over the whole book ({n(lists["search_rows"])} found) '
        f"| {ms(lists['search'])} |"
    )
    print(f"| overdue loans for the home screen (10 longest late) | {ms(lists['overdue'])} |")
    print(f"| open, overdue and due-soon counts (one query) | {ms(lists['counts'])} |")
    print(f"| Loans page built (Qt) | {ms(lists['page'])} |")
    print(f"| a scanned code looked up in the lend dialog | {ms(lists['scan'])} |")
    print(f"| lend three items to one teacher, saved | {ms(desk['lend'])} |")
    print(f"| a return (one good, one damaged unit), saved | {ms(desk['return'])} |")
    print(
        f"| loan book PDF of the last 30 days ({n(book['pdf_rows'])} loans) | {book['pdf']:.2f} s |"
    )
    print(
        f"| Excel export of the whole book ({n(book['xlsx_rows'])} loans) | {book['xlsx']:.2f} s |"
    )


if __name__ == "__main__":
    main()
