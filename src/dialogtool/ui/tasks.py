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
    relay = _ProgressRelay(dialog)
    task.progressed.connect(relay.progressed)
    dialog.canceled.connect(task.cancel)
    task.done.connect(relay.finished)
    return dialog


class _ProgressRelay(QObject):
    """Delivers a task's progress to its dialog, and ends the dialog safely.

    A modal ``QProgressDialog.setValue`` runs the event loop, so the next update
    and the task's end can arrive while it is still inside ``setValue``. Such an
    update is dropped (the next one shows a later value), updates after the end are
    dropped, and the dialog is deleted only once no ``setValue`` is under way. The
    relay is the dialog's child: once the dialog is gone, nothing reaches it.
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._busy = False
        self._ended = False
        self._delete_when_free = False

    def progressed(self, done: int, total: int) -> None:
        if self._busy or self._ended or total <= 0:
            return
        self._busy = True
        try:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        finally:
            self._busy = False
        if self._delete_when_free:
            self._dialog.deleteLater()

    def finished(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._dialog.close()
        if self._busy:
            self._delete_when_free = True  # when the running setValue has returned
        else:
            self._dialog.deleteLater()
