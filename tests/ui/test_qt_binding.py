"""Long sessions survive the Qt binding.

PySide6 6.12.0 on Python 3.11 hands back None from void methods (``setText``,
``clear``...), and on some paths True or False, without taking a reference, so their
counts fall and the interpreter aborted ("none_dealloc", "bool_dealloc") minutes into
a scanning session. app/ui raises their counts out of reach on import (Python 3.12+
needs nothing: they are immortal there).
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
    # Hundreds of millions of calls still to go (3.12+: immortal at 2**30 - 1).
    assert min(sys.getrefcount(x) for x in (None, True, False)) > 2**29
