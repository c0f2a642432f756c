"""Benchmark of disposals and handovers on a big register (2-core machine).

    .venv/bin/python bench/disposals.py [--items 100000] [--dispose 500] [--hand-over 200]
                                        [--transfers 20000] [--runs 3]

On a copy of a demo register of ``--items`` items (bench/reports.py's, built once and
cached in bench/out/):

- disposal: a draft with ``--dispose`` items (their broken units, else one good unit),
  the items added in one call, then applied (one transaction, an audit line per item);
- handover: ``--hand-over`` items handed to one room in one handover, three in four
  whole and one in four as part of a lot (a new item each, with its own free code);
- lists: what the Disposals and Transfers pages read on opening (ids in order, then
  the first screenful of rows), with ``--transfers`` transfer rows in the register,
  and the pages built by Qt (offscreen) on that register;
- minutes: the biên bản thanh lý of the disposal and the biên bản bàn giao.

Times are medians of ``--runs`` runs, each on a fresh copy. Prints a Markdown table for
docs/PERFORMANCE.md and writes bench/out/disposals.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE_ROWS = 40  # a screenful of the list


def fresh_copy(source: Path, name: str) -> Any:
    from app.services.register import Register

    target = OUT / name
    for old in OUT.glob(name + "*"):
        old.unlink()
    shutil.copyfile(source, target)
    return Register.open(target, actor="bench")


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _picked(reg: Any, count: int, where: Any) -> list[Any]:
    """``count`` items in service spread over the register (every n-th by code)."""
    from sqlalchemy import select

    from app.models import Equipment
    from app.models.enums import EquipmentStatus
    from app.services import disposals

    with reg.read() as s:
        rows = s.execute(
            select(Equipment.id, Equipment.qty_broken, Equipment.qty_good, Equipment.quantity)
            .where(
                Equipment.deleted_at.is_(None),
                Equipment.status.in_([EquipmentStatus.IN_USE, EquipmentStatus.IN_STORE]),
                where,
            )
            .order_by(Equipment.asset_code_norm)
        ).all()
        lent = disposals.units_on_loan(s, [r[0] for r in rows])
    rows = [r for r in rows if not lent.get(r[0])]
    step = max(len(rows) // count, 1)
    return rows[::step][:count]


def run_disposal(source: Path, count: int) -> dict[str, float]:
    from sqlalchemy import or_

    from app.models import Equipment
    from app.reports.pdf.disposal_minutes import disposal_minutes
    from app.services import disposals

    reg = fresh_copy(source, "disposal-run.sqlite")
    picked = _picked(reg, count, or_(Equipment.qty_broken > 0, Equipment.qty_good > 0))
    lines = [
        {"equipment_id": r[0], "quantity": r[1], "condition": "broken"}
        if r[1]
        else {"equipment_id": r[0], "quantity": 1, "condition": "good"}
        for r in picked
    ]
    on = date.today() - timedelta(days=1)
    draft = disposals.create_disposal(
        reg, {"decision_number": "99/QĐ-THCS", "decision_date": on, "disposed_on": on}
    )
    added, _ = timed(lambda: disposals.add_lines(reg, draft.id, lines))
    applied, done = timed(lambda: disposals.apply_disposal(reg, draft.id))
    assert done.items == len(lines)
    printed, _ = timed(lambda: disposal_minutes(reg, OUT / "bench-thanh-ly.pdf", draft.id))
    reg.close()
    return {"add": added, "apply": applied, "minutes": printed, "items": len(lines)}


def run_handover(source: Path, count: int) -> dict[str, float]:
    from app.models import Equipment
    from app.reports.pdf.transfer_minutes import transfer_minutes
    from app.services import transfers
    from app.services.rooms import list_rooms

    reg = fresh_copy(source, "handover-run.sqlite")
    target = next(r for r in list_rooms(reg) if r.kind.value == "storeroom")
    picked = _picked(reg, count, Equipment.room_id != target.id)
    lines: list[dict[str, Any]] = []
    splits = 0
    for r in picked:  # one in four as part of a lot, where the item is a lot
        if splits < count // 4 and r[3] >= 2:
            lines.append({"equipment_id": r[0], "quantity": r[3] // 2})
            splits += 1
        else:
            lines.append({"equipment_id": r[0]})
    data = {
        "to_room_id": target.id,
        "transferred_on": date.today(),
        "handed_by": "Nguyễn Văn An",
        "received_by": "Trần Thị Bích",
        "lines": lines,
    }
    seconds, done = timed(lambda: transfers.transfer_between_rooms(reg, data))
    printed, _ = timed(
        lambda: transfer_minutes(reg, OUT / "bench-ban-giao.pdf", done.transfer_ids[0])
    )
    reg.close()
    return {
        "seconds": seconds,
        "minutes": printed,
        "items": len(lines),
        "split": len(done.split_off),
    }


def add_transfer_rows(reg: Any, count: int) -> None:
    """``count`` room transfer rows at once (a register with years of handovers)."""
    from sqlalchemy import insert, select

    from app.models import Equipment, Room, Transfer
    from app.models.ids import uuid7
    from app.services.common import now_utc

    with reg.read() as s:
        items = list(s.scalars(select(Equipment.id).limit(count)))
        rooms = list(s.scalars(select(Room.id)))
    stamp = now_utc()
    rows = [
        {
            "id": uuid7(),
            "school_id": reg.school_id,
            "created_at": stamp,
            "updated_at": stamp,
            "deleted_at": None,
            "version": 1,
            "kind": "room",
            "batch_id": None,
            "equipment_id": items[n % len(items)],
            "new_equipment_id": None,
            "quantity": 1,
            "qty_good": 1,
            "qty_minor_damage": 0,
            "qty_broken": 0,
            "qty_lost": 0,
            "from_room_id": rooms[n % len(rooms)],
            "to_room_id": rooms[(n + 1) % len(rooms)],
            "from_school_id": None,
            "to_school_id": None,
            "from_school_name": "",
            "to_school_name": "",
            "transferred_on": date(2020, 1, 1) + timedelta(days=n % 2000),
            "decision_number": "",
            "handed_by": "",
            "received_by": "",
            "reason": "",
            "notes": "",
        }
        for n in range(count)
    ]
    with reg.write() as s:
        s.execute(insert(Transfer), rows)


def run_lists(source: Path, transfers_count: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.services import disposals, transfers
    from app.services.transfers import TransferQuery
    from app.ui.disposals_page import DisposalsPage
    from app.ui.hub import Hub
    from app.ui.transfers_page import TransfersPage

    reg = fresh_copy(source, "lists-run.sqlite")
    add_transfer_rows(reg, transfers_count)
    app = QApplication.instance() or QApplication([])

    def disposal_list() -> int:
        ids = disposals.disposal_ids(reg)
        disposals.disposal_rows(reg, ids[:PAGE_ROWS])
        return len(ids)

    def transfer_list() -> int:
        ids = transfers.transfer_ids(reg)
        transfers.transfer_rows(reg, ids[:PAGE_ROWS])
        return len(ids)

    def transfer_search() -> int:
        return len(transfers.transfer_ids(reg, TransferQuery(text="may chieu")))

    results: dict[str, float] = {}
    for name, work in (
        ("disposals_list", disposal_list),
        ("transfers_list", transfer_list),
        ("transfers_search", transfer_search),
    ):
        results[name], _ = timed(work)
    hub = Hub()
    results["disposals_page"], page = timed(lambda: DisposalsPage(reg, hub))
    page.deleteLater()
    results["transfers_page"], page = timed(lambda: TransfersPage(reg, hub))
    results["transfers_rows"] = page.model.rowCount()
    page.deleteLater()
    app.processEvents()
    reg.close()
    return results


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--dispose", type=int, default=500)
    parser.add_argument("--hand-over", type=int, default=200)
    parser.add_argument("--transfers", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from bench.reports import machine, template

    source = template(args.items)
    report: dict[str, Any] = {"machine": machine(), "items": args.items}
    report["disposal"] = median([run_disposal(source, args.dispose) for _ in range(args.runs)])
    report["handover"] = median([run_handover(source, args.hand_over) for _ in range(args.runs)])
    report["lists"] = median([run_lists(source, args.transfers) for _ in range(args.runs)])
    for leftover in OUT.glob("*-run.sqlite*"):
        leftover.unlink()
    (OUT / "disposals.json").write_text(json.dumps(report, indent=2))
    d, h, lists = report["disposal"], report["handover"], report["lists"]
    n = f"{args.items:,}"
    print(f"Machine: {report['machine']}; register of {n} items; median of {args.runs} runs.\n")
    print("| work | time |")
    print("|---|---:|")
    print(f"| add {d['items']:.0f} items to a draft disposal (one call) | {d['add']:.2f} s |")
    print(f"| apply the disposal of {d['items']:.0f} items | {d['apply']:.2f} s |")
    print(f"| print its biên bản thanh lý | {d['minutes']:.2f} s |")
    print(
        f"| hand {h['items']:.0f} items over to a room ({h['split']:.0f} lots split) "
        f"| {h['seconds']:.2f} s |"
    )
    print(f"| print its biên bản bàn giao | {h['minutes']:.2f} s |")
    rows = f"{lists['transfers_rows']:,.0f}"
    listed = lists["disposals_list"] * 1000
    print(f"| Disposals list: ids and first {PAGE_ROWS} rows | {listed:.0f} ms |")
    print(f"| Transfers list, {rows} rows: ids and first {PAGE_ROWS} rows "
          f"| {lists['transfers_list']*1000:.0f} ms |")  # fmt: skip
    print(f'| Transfers search "may chieu" | {lists["transfers_search"] * 1000:.0f} ms |')
    print(f"| Disposals page built (Qt) | {lists['disposals_page'] * 1000:.0f} ms |")
    print(f"| Transfers page built (Qt), {rows} rows | {lists['transfers_page'] * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
