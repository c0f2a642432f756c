"""Long work runs on the worker thread and reports back on the UI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.tasks import TaskRunner


@pytest.fixture
def threaded() -> TaskRunner:
    runner = TaskRunner()
    runner.synchronous = False
    return runner


def test_work_runs_off_the_ui_thread_with_progress(qtbot, threaded) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress) -> int:  # type: ignore[no-untyped-def]
        seen["work_thread"] = threading.get_ident()
        for i in range(1, 4):
            progress(i, 3)
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    threaded.run(work, done, lambda exc: seen.setdefault("error", exc), parent, "Working…")
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["work_thread"] != ui_thread
    assert seen["done_thread"] == ui_thread
    assert "error" not in seen


def test_an_exception_reaches_the_error_callback_on_the_ui_thread(qtbot, threaded) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise OSError("ổ đĩa đầy")

    def failed(exc: Exception) -> None:
        seen["error"] = exc
        seen["thread"] = threading.get_ident()

    threaded.run(work, lambda _r: seen.setdefault("result", True), failed)
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    assert isinstance(seen["error"], OSError) and "ổ đĩa đầy" in str(seen["error"])
    assert seen["thread"] == ui_thread
    assert "result" not in seen
