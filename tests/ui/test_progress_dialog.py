"""The progress dialog of a background task: many quick updates, then the end, safely."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.ui.tasks import BackgroundTask, Progress, show_progress


def test_a_burst_of_progress_then_the_end_closes_and_deletes_the_dialog(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def work(progress: Progress) -> int:
        for done in range(1, 20_001):  # far faster than the dialog can take them
            progress(done, 20_000)
        return 20_000

    for _ in range(3):
        task = BackgroundTask(work, window)
        dialog = show_progress(task, "Læser …", window)
        dialog.setMinimumDuration(0)  # shown at once: setValue then runs the event loop
        with qtbot.waitSignal(dialog.destroyed, timeout=20_000):
            task.start()
        task.progressed.emit(5, 10)  # a late update reaches no dialog
        qtbot.wait(1)
    assert not window.findChildren(QProgressDialog)
    assert not [o for o in window.findChildren(QObject) if type(o).__name__ == "_ProgressRelay"]
