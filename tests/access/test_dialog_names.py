"""The settings and the main dialogs: every control named for a screen reader, Tab
reaches each of them and leaves every table and text box (EN 301 549 11.4.1.2, 11.2.1.x)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow

from .walk import tab_walk, unnamed


def _settings(window: MainWindow) -> QWidget:
    from dialogtool.ui.settings_dialog import open_settings

    return open_settings(window)


def _about(window: MainWindow) -> QWidget:
    from dialogtool.ui.about import AboutDialog

    dialog = AboutDialog(window.workspace.data_dir, window)
    dialog.show()
    return dialog


def _report(window: MainWindow) -> QWidget:
    dialog = window.open_stepping_stone_report()
    assert dialog is not None
    return dialog


def _step_questions(window: MainWindow) -> QWidget:
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("tomm")
    dialog = view.show_step_questions()
    assert dialog is not None
    return dialog


def _guide(window: MainWindow) -> QWidget:
    view = window.new_meeting("team-meeting")
    assert view is not None
    return view.show_guide()


def _past(make: Callable[[MainWindow], QWidget]) -> Callable[[MainWindow], QWidget]:
    """A dialog over the start screen, with one closed meeting to list."""

    def opened(window: MainWindow) -> QWidget:
        window.new_meeting("team-meeting")
        window.close_meeting()
        dialog = make(window)
        dialog.show()
        return dialog

    return opened


def _bin(window: MainWindow) -> QWidget:
    from dialogtool.ui.history_dialogs import BinDialog

    return BinDialog(window.workspace, window)


def _history(window: MainWindow) -> QWidget:
    from dialogtool.ui.history_dialogs import IndicatorHistoryDialog

    return IndicatorHistoryDialog(window.workspace, window)


def _insight(window: MainWindow) -> QWidget:
    from dialogtool.ui.records_duties import InsightDialog

    return InsightDialog(window.workspace, window)


def _retention(window: MainWindow) -> QWidget:
    from dialogtool.ui.records_duties import RetentionDialog

    return RetentionDialog(window.workspace, window)


def _actions(window: MainWindow) -> QWidget:
    from dialogtool.ui.actions_table import ActionsDialog

    return ActionsDialog(window.workspace, window)


def _tour(window: MainWindow) -> QWidget:
    from dialogtool.ui.welcome import TourDialog

    return TourDialog(window)


def _library(window: MainWindow) -> QWidget:
    from dialogtool.ui.question_library import QuestionLibraryDialog

    return QuestionLibraryDialog(window.start_page.library, window)


def _landscape(window: MainWindow) -> QWidget:
    return window.data.edit_landscape()


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "settings": _settings,
    "about": _about,
    "stepping-stone report": _report,
    "step questions": _step_questions,
    "guide": _guide,
    "landscape": _landscape,
    "bin": _past(_bin),
    "indicator history": _past(_history),
    "Indsigt": _past(_insight),
    "Sletning": _past(_retention),
    "actions across meetings": _past(_actions),
    "welcome tour": _past(_tour),
    "question library": _past(_library),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_names_every_control_and_tab_reaches_each(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = DIALOGS[name](window)
    assert dialog.parent() is not None  # deleted with the window at the test's end
    qtbot.waitExposed(dialog)
    for _ in range(4):
        QApplication.processEvents()
    assert not unnamed(dialog)
    assert not any(v.tabKeyNavigation() for v in dialog.findChildren(QAbstractItemView))
    missed, stuck = tab_walk(qtbot, dialog)
    assert not stuck
    assert not missed
    dialog.close()


def test_the_menu_bars_own_overflow_button_is_named(qtbot: QtBot, window: MainWindow) -> None:
    """Qt's "»" shows the menus that do not fit: hidden at 1024 px, named for when it shows."""
    bar = window.menuBar()
    overflow = bar.findChild(QWidget, "qt_menubar_ext_button")
    assert overflow is not None
    assert overflow.accessibleName() == "Flere menuer"
    assert bar.accessibleName() == "Menulinje"


def test_the_rooms_window_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    """The room's window: the projector, and a participant may drive it from a laptop."""
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    view.presenter.start(from_start=False)
    qtbot.waitUntil(view.presenter.audience.isVisible)
    try:
        assert not unnamed(view.presenter.audience)
    finally:
        view.presenter.stop()
