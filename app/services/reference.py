"""Reference data from the regulations, read from resources/reference/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path


@dataclass(frozen=True)
class RoomType:
    key: str
    name: str
    levels: tuple[str, ...]
    verified: bool  # the type itself checked against the circular
    levels_to_verify: frozenset[str] = frozenset()  # levels whose whole list is not

    def verified_for(self, level: str) -> bool:
        return self.verified and level not in self.levels_to_verify


@cache
def room_types() -> tuple[RoomType, ...]:
    data = json.loads(resource_path("reference", "room_types.json").read_text("utf-8"))
    to_verify = frozenset(data.get("levels_to_verify", ()))
    return tuple(
        RoomType(t["key"], t["name"], tuple(t["levels"]), t.get("verified", True), to_verify)
        for t in data["room_types"]
    )


def room_type_name(key: str | None) -> str:
    for t in room_types():
        if t.key == key:
            return t.name
    return key or ""


def room_types_for_level(level: str) -> list[RoomType]:
    return [t for t in room_types() if level in t.levels] or list(room_types())
