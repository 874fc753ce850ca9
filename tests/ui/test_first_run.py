"""The first run (issue 24): an empty data folder welcomes, the demo opens, empty lists say what next."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dialogtool.core.demo import DEMO_SOURCE
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordStore
from dialogtool.ui.app import configure_application
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.actions import ActionsPage
from dialogtool.ui.welcome import TourDialog, WelcomePage


@pytest.fixture
def bare_window(
    qapp: QApplication, data_dir: Path, shown_windows: Callable[[MainWindow], MainWindow]
) -> Callable[[], MainWindow]:
    """The main window as a first start makes it: no dataset, the given data folder."""

    def make() -> MainWindow:
        configure_application(qapp)
        return shown_windows(MainWindow(data_dir, None))

    return make


def test_an_empty_folder_welcomes_and_the_demo_opens_with_the_tour(
    bare_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = bare_window()
    window.resize(1280, 800)  # the laptop the leader presents from
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    assert welcome.isVisible()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.meeting_view is not None and window.meeting_view.isVisible())
    assert window.session is not None
    assert window.session.record.title == "Opfølgning på løntimer og jobsamtaler"
    assert window.dataset is not None and window.dataset.source == DEMO_SOURCE
    tour = window.findChild(TourDialog)
    assert tour is not None and tour.isVisible()
    # The tour sits at the window's lower right, not over the page, and leaves the keyboard
    # to the meeting: PageDown (a clicker) still steps the meeting while it is open.
    frame = window.frameGeometry()
    assert tour.geometry().left() > frame.center().x()
    assert tour.geometry().top() > frame.center().y() - tour.height() // 2
    first = window.session.step
    QApplication.processEvents()
    assert QApplication.activeWindow() is window, "the tour took the keyboard"
    qtbot.keyClick(QApplication.focusWidget() or window.meeting_view, Qt.Key.Key_PageDown)
    assert window.session.step != first
    # Back on the start screen both demo meetings are listed.
    assert window.close_meeting()
    assert window.start_page.recent_model.rowCount() == 2


def test_the_tour_shows_the_phases_f5_pagedown_and_b_then_closes(
    bare_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = bare_window()
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    qtbot.mouseClick(welcome.tour_button, Qt.MouseButton.LeftButton)
    tour = window.findChild(TourDialog)
    assert tour is not None and tour.isVisible()
    seen = []
    while tour.isVisible():
        seen.append(tour.cards.currentWidget().findChildren(QLabel)[0].text())
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 6
    assert any("F5" in title for title in seen)
    assert any("PageDown" in title for title in seen)
    assert any("B:" in title for title in seen)


def test_starting_with_own_data_shows_an_empty_start_screen_that_says_what_next(
    bare_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = bare_window()
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    page = window.start_page
    assert window.stack.currentWidget() is page
    assert page.empty_label.isVisible()
    assert "Opret møde" in page.empty_label.text()
    assert "indlæs en dataeksport" in page.dataset_label.text()  # no data yet: what to do
    assert page.demo_button.isVisible()


def test_a_folder_with_a_meeting_starts_on_the_start_screen(
    bare_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    RecordStore(meetings_dir(data_dir)).save(MeetingRecord(title="Vores første møde"))
    window = bare_window()
    assert window.welcome_page is None
    assert window.stack.currentWidget() is window.start_page


def test_empty_lists_say_what_to_do_next(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()  # the demo dataset, no meetings: no welcome
    assert window.welcome_page is None
    page = window.start_page
    page.open_bin()
    bin_dialog = page.bin_dialog
    assert bin_dialog is not None
    assert bin_dialog.empty_state.isVisible()  # type: ignore[attr-defined]
    assert "Papirkurven er tom" in bin_dialog.empty_state.text()  # type: ignore[attr-defined]
    bin_dialog.close()
    page.open_actions()
    actions_dialog = page.actions_dialog
    assert actions_dialog is not None
    assert actions_dialog.empty_state.isVisible()  # type: ignore[attr-defined]
    actions_dialog.close()

    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("actions")
    actions = view.current_page()
    assert isinstance(actions, ActionsPage)
    assert actions.empty_state.isVisible()
    assert "Tilføj handling" in actions.empty_state.text()
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    assert not actions.empty_state.isVisible()  # the first action: the hint steps aside
