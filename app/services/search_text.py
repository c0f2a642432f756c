"""What goes into each row's accent-free search text (one place, so all writers agree)."""

from __future__ import annotations

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
