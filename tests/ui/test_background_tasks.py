"""Background work reports back on the UI thread, whoever still holds the task."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from dialogtool.ui.tasks import BackgroundTask


def test_a_task_nobody_holds_still_reports_its_end(qtbot: QtBot) -> None:
    ends: list[str] = []
    for n in range(200):  # a collection between start and end used to drop the signals
        task = BackgroundTask(lambda _progress, n=n: [str(i) for i in range(n * 10)])
        task.succeeded.connect(lambda result: ends.append("ok"))
        task.start()
        del task
        gc.collect()
    qtbot.waitUntil(lambda: len(ends) == 200, timeout=10_000)


def test_signals_arrive_on_the_ui_thread_with_progress_then_the_result(qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []

    def work(progress: object) -> str:
        assert callable(progress)
        progress(1, 2)
        progress(2, 2)
        return "læst"

    task = BackgroundTask(work)
    on_ui = lambda: QThread.currentThread() is task.thread()  # noqa: E731
    task.progressed.connect(lambda done, total: seen.append(("progress", done, on_ui())))
    task.succeeded.connect(lambda result: seen.append(("result", result, on_ui())))
    with qtbot.waitSignal(task.done, timeout=5_000):
        task.start()
    assert seen == [("progress", 1, True), ("progress", 2, True), ("result", "læst", True)]


def test_cancel_reports_cancelled_instead_of_the_result(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(progress: object) -> str:
        started.set()
        release.wait(5)
        return "for sent"

    task = BackgroundTask(work)
    outcomes: list[str] = []
    task.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    task.start()
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcomes == ["cancelled"], timeout=5_000)


def test_a_task_whose_owner_is_deleted_meanwhile_ends_quietly(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    task = BackgroundTask(lambda _progress: release.wait(5), owner)
    task.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(task), timeout=5_000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.wait(20)  # its reports arrive with nobody to receive them, and nothing breaks


def _alive(task: BackgroundTask) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(task))
