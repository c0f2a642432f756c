"""Small helpers shared by the services."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.services.audit import diff


def now_utc() -> datetime:
    return datetime.now(UTC)


def apply_fields(row: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Set ``values`` on ``row``; return {field: [old, new]} of what changed."""
    before = {key: getattr(row, key) for key in values}
    changes = diff(before, values)
    for key in changes:
        setattr(row, key, values[key])
    return changes


def check_version(row: Any, expected: int | None, what: str) -> None:
    """Refuse to save over a change made since the form was opened."""
    from app.services.errors import VersionConflict

    if expected is not None and row.version != expected:
        raise VersionConflict(
            f"{what} vừa được sửa ở nơi khác sau khi bạn mở. "
            "Hãy đóng, mở lại để xem bản mới nhất rồi sửa lại."
        )
