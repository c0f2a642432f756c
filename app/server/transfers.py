"""Điều chuyển tài sản giữa các trường: prepared at the district, on the server.

Each item moves to the receiving school (its room, which belongs to the giving
school, is cleared; the receiving officer places it). Both schools get a ``Transfer``
row (kind school) and a line in the item's history, all written to the change log
with no device, so each school's PC takes them on its next pull, over the network or
in a USB reply file alike. The giving school's copy of the item becomes a deleted row
(``district_edit``), and its later edits of it are refused as owner_changed.

The functions flush; the caller commits (the CLI, after printing what was done).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Base, Equipment, Loan, School, Transfer
from app.models.enums import EquipmentStatus, TransferKind
from app.models.ids import uuid7
from app.models.outbox import LOCAL_COLUMNS
from app.server import admin
from app.server.models import ChangeLog
from app.server.sync_apply import district_edit, lock_school
from app.services.errors import ServiceError
from app.services.schemas import clean_text
from app.services.text import normalise_code
from app.sync.enrollment import wire_value

DISTRICT_ACTOR = "Phòng GD&ĐT"
CODE_LIMIT = 40  # Equipment.asset_code


@dataclass(frozen=True)
class MovedItem:
    equipment_id: str
    asset_code: str  # at the giving school
    new_code: str  # at the receiving school (the same unless renamed)
    name: str
    quantity: int


@dataclass(frozen=True)
class SchoolTransfer:
    batch_id: str
    giver: School
    receiver: School
    transferred_on: date
    items: tuple[MovedItem, ...]


def parse_codes(words: Sequence[str]) -> list[tuple[str, str | None]]:
    """Asset codes as typed on the command line: "TB-0001", or "TB-0001=LL-0107" to
    give the item a new code at the receiving school (where its own is taken)."""
    pairs: list[tuple[str, str | None]] = []
    for word in words:
        old, sep, new = word.partition("=")
        pairs.append((old.strip(), new.strip() if sep else None))
    return pairs


def _insert_logged(session: Session, row: Transfer | AuditEntry) -> None:
    """Add ``row`` (a synced table's row owned by one school) and log it as an insert
    for that school, with every column, as the PCs read pulled rows."""
    session.add(row)
    session.flush()
    table = Base.metadata.tables[row.__tablename__]
    stored = session.execute(select(table).where(table.c.id == row.id)).mappings().one()
    logged = {k: wire_value(v) for k, v in stored.items() if k not in LOCAL_COLUMNS}
    logged.pop("version")
    session.add(
        ChangeLog(
            school_id=stored["school_id"],
            table_name=table.name,
            row_id=stored["id"],
            op="insert",
            changed=logged,
            version=int(stored["version"]),
        )
    )
    session.flush()


def _problems(
    session: Session,
    giver: School,
    receiver: School,
    codes: Sequence[tuple[str, str | None]],
) -> tuple[list[tuple[Equipment, str]], list[str]]:
    """The items found (with their code at the receiver) and every problem found."""
    problems: list[str] = []
    found: list[tuple[Equipment, str]] = []
    if giver.id == receiver.id:
        problems.append("Trường giao và trường nhận phải là hai trường khác nhau.")
    if not codes:
        problems.append("Chưa có mã tài sản nào để điều chuyển.")
    seen: set[str] = set()
    targets: set[str] = set()
    for old, new in codes:
        key = normalise_code(old)
        if not key:
            problems.append("Có một mã tài sản trống.")
            continue
        if key in seen:
            problems.append(f"Mã {old} có hai lần trong danh sách.")
            continue
        seen.add(key)
        item = session.scalars(
            select(Equipment).where(
                Equipment.school_id == giver.id,
                Equipment.asset_code_norm == key,
                Equipment.deleted_at.is_(None),
            )
        ).first()
        if item is None:
            problems.append(f"{giver.name} không có thiết bị mã {old} (hoặc đã bị xóa).")
            continue
        if item.status == EquipmentStatus.DISPOSED:
            problems.append(f"{old} ({item.name}) đã thanh lý, không điều chuyển được.")
            continue
        lent = session.scalar(
            select(func.count()).where(
                Loan.equipment_id == item.id, Loan.returned_at.is_(None), Loan.deleted_at.is_(None)
            )
        )
        if lent or item.status == EquipmentStatus.ON_LOAN:
            problems.append(f"{old} ({item.name}) đang cho mượn: trường cần nhận trả trước.")
            continue
        code = new if new is not None else item.asset_code
        try:
            clean_text(code, "Mã tài sản mới")
        except ValueError as exc:
            problems.append(f"{old}: {exc}")
            continue
        if not code or len(code) > CODE_LIMIT:
            problems.append(f"{old}: mã mới phải có từ 1 đến {CODE_LIMIT} ký tự.")
            continue
        target = normalise_code(code)
        taken = session.scalar(
            select(Equipment.asset_code).where(
                Equipment.school_id == receiver.id,
                Equipment.asset_code_norm == target,
                Equipment.deleted_at.is_(None),
            )
        )
        if taken is not None or target in targets:
            problems.append(
                f"{receiver.name} đã có thiết bị mã {code}: hãy cho mã mới, ví dụ {old}=MÃ-MỚI."
            )
            continue
        targets.add(target)
        found.append((item, code))
    return found, problems


def transfer_between_schools(
    session: Session,
    giver_key: str,
    receiver_key: str,
    codes: Sequence[tuple[str, str | None]],
    *,
    on: date | None = None,
    decision_number: str = "",
    reason: str = "",
    handed_by: str = "",
    received_by: str = "",
    notes: str = "",
) -> SchoolTransfer:
    """Move the items ``codes`` names (asset code, new code or None) from one school to
    another. All of them or none: every problem found is listed in one ServiceError."""
    giver = admin.find_school(session, giver_key)
    receiver = admin.find_school(session, receiver_key)
    today = datetime.now(UTC).date()  # the server's clock, not a school PC's
    on = on or today
    if on > today:
        raise ServiceError(f"Ngày điều chuyển {on:%d/%m/%Y} ở tương lai.")
    decision_number = decision_number.strip()
    if len(decision_number) > 60:
        raise ServiceError("Số quyết định dài quá 60 ký tự.")
    found, problems = _problems(session, giver, receiver, codes)
    if problems:
        raise ServiceError("Chưa điều chuyển gì. " + " ".join(problems))
    for school_id in sorted({giver.id, receiver.id}):
        lock_school(session, school_id)
    batch_id = uuid7()
    moved: list[MovedItem] = []
    when = f" ngày {on:%d/%m/%Y}"
    by = f" theo QĐ số {decision_number}" if decision_number else ""
    for item, code in found:
        old_code, old_room = item.asset_code, item.room_id
        counts = {
            c: int(getattr(item, c))
            for c in ("qty_good", "qty_minor_damage", "qty_broken", "qty_lost")
        }
        changes: dict[str, Any] = {"school_id": receiver.id, "room_id": None}
        if normalise_code(code) != item.asset_code_norm or code != item.asset_code:
            changes["asset_code"] = code
        district_edit(session, "equipment", item.id, changes, commit=False)
        common: dict[str, Any] = {
            "kind": TransferKind.SCHOOL,
            "batch_id": batch_id,
            "equipment_id": item.id,
            "quantity": max(item.quantity, 1),
            "from_school_id": giver.id,
            "to_school_id": receiver.id,
            "from_school_name": giver.name,
            "to_school_name": receiver.name,
            "transferred_on": on,
            "decision_number": decision_number,
            "handed_by": handed_by.strip()[:100],
            "received_by": received_by.strip()[:100],
            "reason": reason.strip(),
            "notes": notes.strip(),
            **counts,
        }
        # The giving school still has its room; the receiving school never had it.
        _insert_logged(session, Transfer(school_id=giver.id, from_room_id=old_room, **common))
        _insert_logged(session, Transfer(school_id=receiver.id, **common))
        renamed = f" (mã mới {code})" if code != old_code else ""
        for school, action, summary in (
            (giver, "transfer_out", f"Điều chuyển {old_code} đến {receiver.name}{by}{when}"),
            (
                receiver,
                "transfer_in",
                f"Nhận {old_code}{renamed} từ {giver.name}{by}{when}; chưa xếp phòng",
            ),
        ):
            _insert_logged(
                session,
                AuditEntry(
                    school_id=school.id,
                    actor=DISTRICT_ACTOR,
                    entity="equipment",
                    entity_id=item.id,
                    action=action,
                    changes={
                        "school": [giver.name, receiver.name],
                        "asset_code": [old_code, code],
                        "batch_id": [None, batch_id],
                    },
                    summary=summary[:300],
                ),
            )
        moved.append(MovedItem(item.id, old_code, code, item.name, item.quantity))
    return SchoolTransfer(batch_id, giver, receiver, on, tuple(moved))
