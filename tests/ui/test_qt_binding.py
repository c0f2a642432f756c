"""The Qt binding the app ships with keeps Python's objects alive.

PySide6 6.12.0 on Python 3.11 handed None back from void methods (``setText``,
``clear``...) without taking a reference, so None's count fell by one a call and the
interpreter aborted ("none_dealloc") after a few thousand of them: minutes of
scanning. constraints.txt pins a release without that bug; this test keeps it so.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit


def test_void_calls_do_not_lose_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit, label = QLineEdit(), QLabel()
    qtbot.addWidget(edit)
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        edit.setText("TB-000001")
        edit.clear()
        label.setText("Máy chiếu")
    # A few references may come and go with the garbage collector, not 3,000.
    assert sys.getrefcount(None) > before - 100
