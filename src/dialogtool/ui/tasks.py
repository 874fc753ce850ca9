"""Running slow core work (imports, exports) off the UI thread, with progress and Cancel.

The core reports progress through a plain callback ``progress(done, total) -> bool``
that returns False to cancel; this module turns that into Qt signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


class BackgroundTask(QObject):
    """One piece of work on the global thread pool. Signals arrive on the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def start(self) -> None:
        self._runner = _Runner(self)  # keep the wrapper alive while the pool runs it
        QThreadPool.globalInstance().start(self._runner)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def _run(self) -> None:
        work, self._work = self._work, _spent  # what the work holds (a whole file) is let go
        try:
            result = work(self._progress)
        except Exception as exc:  # reported to the user as a sentence, never a traceback
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self.done.emit()


def _spent(_progress: Progress) -> Any:
    raise RuntimeError("a background task runs once")


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def show_progress(task: BackgroundTask, label: str, parent: QWidget) -> QProgressDialog:
    """A modal progress dialog whose Cancel button cancels ``task``."""
    dialog = QProgressDialog(label, parent.tr("Annullér"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.done.connect(dialog.close)
    task.done.connect(dialog.deleteLater)
    return dialog
