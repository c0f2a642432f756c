"""The demo loan book: a few hundred loans of the demo's teachers and items, up to the
moment it is made; some open, a few overdue, some back damaged; the same for a seed;
and a register the loan service can go on working with."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Equipment, Loan, Staff
from app.models.enums import EquipmentStatus
from app.services import demo_loans, loans
from app.services.demo import generate_demo
from app.services.loans import LoanQuery, LoanState
from app.services.register import Register

NOW = datetime(2026, 11, 18, 7, 40, tzinfo=UTC)  # a Wednesday, 14:40 in Hà Nội


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    folder = tmp_path_factory.mktemp("demo-loans")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(demo_loans, "now_utc", lambda: NOW)
        reg = Register.open(folder / "demo.sqlite", actor="demo-test")
        generate_demo(reg, items=800, seed=3)
    yield reg
    reg.close()


def book(reg: Register) -> list[tuple[Any, ...]]:
    with reg.read() as s:
        return [
            tuple(row)
            for row in s.execute(
                select(
                    Equipment.asset_code,
                    Loan.borrower_name,
                    Loan.class_name,
                    Loan.quantity,
                    Loan.lent_at,
                    Loan.returned_at,
                    Loan.returned_damaged,
                ).join(Equipment, Equipment.id == Loan.equipment_id)
                .order_by(Loan.lent_at, Equipment.asset_code)
            )
        ]  # fmt: skip


def test_a_few_hundred_loans_some_open_a_few_overdue(demo: Register) -> None:
    rows = loans.list_loans(demo, LoanQuery(state=LoanState.ALL, now=NOW))
    assert 250 <= len(rows) <= 600
    open_rows = [r for r in rows if r.is_open]
    overdue = [r for r in open_rows if r.overdue(NOW)]
    assert 3 <= len(open_rows) <= 40
    assert 1 <= len(overdue) < len(open_rows)
    assert any(r.returned_damaged for r in rows) and any(r.returned_lost for r in rows)
    assert all(r.lent_at < NOW for r in rows)
    assert all(r.due_at is not None and r.due_at > r.lent_at for r in rows)
    assert all(r.returned_at is None or r.lent_at <= r.returned_at <= NOW for r in rows)
    assert len({r.borrower_name for r in rows}) > 15
    assert len({r.equipment_id for r in rows}) > 80
    assert any(r.quantity > 5 for r in rows)  # class sets of a lot
    assert {r.lent_at.astimezone().weekday() for r in rows} <= {0, 1, 2, 3, 4, 5}


def test_borrowers_are_the_demo_staff_and_lessons_their_subject(demo: Register) -> None:
    with demo.read() as s:
        staff = {st.id: st for st in s.scalars(select(Staff))}
        rows = s.execute(select(Loan.borrower_id, Loan.borrower_name, Equipment.subject).join(
            Equipment, Equipment.id == Loan.equipment_id
        )).all()  # fmt: skip
    listed = [(staff[i], name, subject) for i, name, subject in rows if i is not None]
    assert len(listed) > 0.9 * len(rows)
    for person, name, subject in listed:
        assert (person.full_name, person.subject) == (name, subject)


def test_the_register_adds_up_with_the_loans(demo: Register) -> None:
    with demo.read() as s:
        items = {i.id: i for i in s.scalars(select(Equipment))}
        out: dict[str, int] = defaultdict(int)
        for loan in s.scalars(select(Loan).where(Loan.returned_at.is_(None))):
            out[loan.equipment_id] += loan.outstanding
        lend_lines = s.scalar(
            select(AuditEntry.id).where(AuditEntry.entity == "loan", AuditEntry.action == "lend")
        )
    assert lend_lines is not None
    for item in items.values():
        assert (
            item.qty_good + item.qty_minor_damage + item.qty_broken + item.qty_lost == item.quantity
        )
        assert item.qty_good - out[item.id] >= 0, item.asset_code
        if item.status == EquipmentStatus.ON_LOAN:
            assert out[item.id] == item.qty_good > 0


def test_the_service_works_on_from_the_demo(demo: Register) -> None:
    (row,) = loans.list_loans(demo, LoanQuery(state=LoanState.OVERDUE, now=NOW))[:1]
    loans.return_loan(demo, {"loan_id": row.id, "good": row.outstanding})
    assert not loans.get_loan(demo, row.id).is_open


def test_the_same_seed_gives_the_same_book(demo: Register, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(demo_loans, "now_utc", lambda: NOW)
        again = Register.open(tmp_path / "again.sqlite", actor="demo-test")
        generate_demo(again, items=800, seed=3)
    try:
        mine = book(demo)
        theirs = book(again)
        # the service test above returned one loan of the shared register
        assert len(mine) == len(theirs)
        assert [r[:5] for r in mine] == [r[:5] for r in theirs]
    finally:
        again.close()
