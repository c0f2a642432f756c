"""What goes into each row's accent-free search text (one place, so all writers agree)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.services.text import fold_all


def room_search_text(code: str, name: str, building: str) -> str:
    return fold_all(code, name, building)


def equipment_search_text(item: Any, room: Any | None) -> str:
    """Name, codes, serial, brand, model, subject and the room's code and name."""
    return fold_all(
        item.name,
        item.asset_code,
        item.catalogue_code,
        item.serial,
        item.brand,
        item.model,
        item.subject,
        room.code if room is not None else "",
        room.name if room is not None else "",
    )


def loan_search_text(borrower_name: str, class_name: str, lesson: str) -> str:
    """A loan's borrower, class and lesson (its item is searched through the join)."""
    return fold_all(borrower_name, class_name, lesson)


def room_usage_search_text(usage: Mapping[str, Any], item_names: Sequence[str]) -> str:
    """A room session's class, teacher, subject, lesson, equipment (the items' names and
    what was written by hand) and incidents."""
    return fold_all(
        usage.get("class_name") or "",
        usage.get("teacher_name") or "",
        usage.get("subject") or "",
        usage.get("lesson") or "",
        *item_names,
        usage.get("equipment_text") or "",
        usage.get("incidents") or "",
    )


def fault_search_text(description: str, reported_by: str, notes: str, repairer: str = "") -> str:
    """A fault report's description, reporter, notes and (while known) its repairer."""
    return fold_all(description, reported_by, repairer, notes)
