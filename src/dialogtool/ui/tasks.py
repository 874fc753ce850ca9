"""Running slow core work (imports, exports) off the UI thread, with progress and Cancel.

The core reports progress through a plain callback ``progress(done, total) -> bool``
that returns False to cancel; this module turns that into Qt signals.

Only the UI thread ever touches a task's QObject. The worker thread holds a plain
``_Job`` and reports through one relay that lives as long as the application; the
relay's slot, on the UI thread, emits the task's signals. A started task is kept
alive by ``_RUNNING`` until its ``done`` has been emitted, so nobody has to keep a
reference for its signals to arrive, and its last reference is always dropped on the
UI thread. (Before, a task reached by the worker could be destroyed by a garbage
collection on either thread, and an unreferenced task lost its signals.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from typing import Any

import shiboken6
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
        self._job: _Job | None = _Job(work)

    def start(self) -> None:
        job, self._job = self._job, None
        if job is None:
            raise RuntimeError("a background task runs once")
        self._cancel = job.cancel
        relay = _relay()
        _RUNNING[job] = self
        QThreadPool.globalInstance().start(_Runner(job, relay))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job:
    """What the worker thread holds: the work, the cancel flag, and nothing of Qt."""

    def __init__(self, work: Work) -> None:
        self.work: Work | None = work
        self.cancel = threading.Event()


#: Tasks whose work has started and whose ``done`` has not been emitted yet.
_RUNNING: dict[_Job, BackgroundTask] = {}


class _Relay(QObject):
    """Carries a worker's reports to the UI thread (created there, never deleted)."""

    report = Signal(object, str, object)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, job: _Job, kind: str, value: object) -> None:
        task = _RUNNING.get(job)
        if kind == "done":
            _RUNNING.pop(job, None)
        if task is None or not shiboken6.isValid(task):
            return  # its parent was deleted meanwhile: nobody is listening
        if kind == "progressed":
            assert isinstance(value, tuple)
            task.progressed.emit(*value)
        elif kind == "succeeded":
            task.succeeded.emit(value)
        elif kind == "failed":
            task.failed.emit(value)
        elif kind == "cancelled":
            task.cancelled.emit()
        else:
            task.done.emit()


@cache
def _relay() -> _Relay:
    """The one relay, made on the UI thread by the first task started."""
    return _Relay()


class _Runner(QRunnable):
    def __init__(self, job: _Job, relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        job, relay = self._job, self._relay
        work, job.work = job.work, None  # what the work holds (a whole file) is let go

        def progress(done: int, total: int) -> bool:
            relay.report.emit(job, "progressed", (done, total))
            return not job.cancel.is_set()

        assert work is not None
        value: object
        try:
            value = work(progress)
            kind = "succeeded"
        except Exception as exc:  # reported to the user as a sentence, never a traceback
            value, kind = exc, "failed"
        del work
        relay.report.emit(job, "cancelled" if job.cancel.is_set() else kind, value)
        relay.report.emit(job, "done", None)


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
