"""A clicker walks the UGU sub-steps like a slide's builds, never past the team's turn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core import meeting
from dialogtool.core.record import UguStep
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage


def test_page_down_gives_then_explores_again_then_leaves_the_phase(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("virksomhedskontakter")
    qtbot.keyClicks(page.perspective, "Jeg ser flere kontakter")
    assert window.session is not None
    item = meeting.discussion(window.session.record, "virksomhedskontakter")

    # The team has not spoken: PageDown does not reveal the perspective, it moves on.
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.session.step == "tomm"
    assert item.step == UguStep.EXPLORE and item.perspective_revealed_at is None

    view.go_to("data")
    page.select_indicator("virksomhedskontakter")
    qtbot.keyClicks(page.noticed, "Flere kontakter i foråret")
    page.noticed.clearFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert (view.session.step, item.step) == ("data", UguStep.GIVE)
    assert item.perspective_revealed_at is not None
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert (view.session.step, item.step) == ("data", UguStep.EXPLORE_AGAIN)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.session.step == "tomm"
