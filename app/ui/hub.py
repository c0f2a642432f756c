"""One signal that says the register changed; each screen decides whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    # entity name ("equipment", "room", "maintenance", "school") and the ids touched
    changed = Signal(str, list)
