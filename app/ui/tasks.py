"""Long work off the UI thread, with progress; results come back on the UI thread.

One worker thread for everything that touches the register (SQLite has one writer).
Tests can set ``TaskRunner.synchronous = True`` to run work inline.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[ProgressFn], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread to show
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class TaskRunner:
    synchronous = False

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        work: Callable[[ProgressFn], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        parent: QWidget | None = None,
        label: str = "",
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run ``work(progress)``; show a progress dialog when ``label`` is given, and
        hand each progress report to ``on_progress`` on the UI thread."""
        signals = _Signals()
        self._live.add(signals)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        dialog: QProgressDialog | None = None
        if label and parent is not None:
            dialog = QProgressDialog(label, "", 0, 0, parent)
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setWindowTitle(parent.window().windowTitle())

            def show_progress(done: int, total: int) -> None:
                assert dialog is not None
                dialog.setMaximum(max(total, 1))
                dialog.setValue(done)

            signals.progress.connect(show_progress)

        def finish() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self._live.discard(signals)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: Exception, _trace: str) -> None:
            finish()
            on_error(exc)

        signals.done.connect(done)
        signals.failed.connect(failed)
        job = _Job(work, signals)
        if self.synchronous:
            job.run()
        else:
            self.pool.start(job)

    def wait(self) -> None:
        self.pool.waitForDone()


runner = TaskRunner()
