"""Long sessions survive the Qt binding.

PySide6 6.12.0 on Python 3.11 hands back None from void methods (``setText``,
``clear``...) without taking a reference, so None's count falls by one a call and the
interpreter aborted ("none_dealloc") after a few thousand: minutes of scanning.
app/ui raises None's count out of reach on import (Python 3.12+ needs nothing).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit

import app.ui  # noqa: F401 - the guard under test


def test_void_calls_cannot_bring_none_down(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit, label = QLineEdit(), QLabel()
    qtbot.addWidget(edit)
    qtbot.addWidget(label)
    for _ in range(5000):  # more than None's own count without the guard
        edit.setText("TB-000001")
        edit.clear()
        label.setText("Máy chiếu")
    # Hundreds of millions of calls still to go (3.12+: None is immortal at 2**30 - 1).
    assert sys.getrefcount(None) > 2**29
