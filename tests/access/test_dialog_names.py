"""The main dialogs name every control for a screen reader and let Tab leave their tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.app.workspace import Workspace
from dialogtool.ui.accessibility import unnamed_controls
from dialogtool.ui.actions_table import ActionsDialog
from dialogtool.ui.guide_dialog import GuideDialog
from dialogtool.ui.history_dialogs import BinDialog, IndicatorHistoryDialog
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.question_library import QuestionLibraryDialog
from dialogtool.ui.records_duties import InsightDialog, RetentionDialog
from dialogtool.ui.welcome import TourDialog

DIALOGS: dict[str, Callable[[Workspace, QWidget], QDialog]] = {
    "bin": BinDialog,
    "indicator history": IndicatorHistoryDialog,
    "Indsigt": InsightDialog,
    "Sletning": RetentionDialog,
    "actions across meetings": ActionsDialog,
    "guide": lambda _w, parent: GuideDialog(parent),
    "welcome tour": lambda _w, parent: TourDialog(parent),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_names_every_control(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.new_meeting("team-meeting")  # something to list
    window.close_meeting()
    dialog = DIALOGS[name](window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not [f"{type(w).__name__}#{w.objectName()}" for w in unnamed_controls(dialog)]
    assert not any(v.tabKeyNavigation() for v in dialog.findChildren(QAbstractItemView))


def test_question_library_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QuestionLibraryDialog(window.start_page.library, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not [f"{type(w).__name__}#{w.objectName()}" for w in unnamed_controls(dialog)]


def test_the_rooms_window_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    """The room's window: the projector, and a participant may drive it from a laptop."""
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    view.presenter.start(from_start=False)
    qtbot.waitUntil(view.presenter.audience.isVisible)
    room = view.presenter.audience
    assert not [f"{type(w).__name__}#{w.objectName()}" for w in unnamed_controls(room)]
    view.presenter.stop()
