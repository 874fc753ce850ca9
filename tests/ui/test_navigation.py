"""Clicker keys step through phases; a finished meeting opens read-only and can continue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.core.record import MeetingStatus
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.prepare import PreparePage


def test_page_down_and_up_move_between_phases_even_from_a_text_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    page = view.current_page()
    assert isinstance(page, PreparePage)
    page.purpose_edit.setFocus()
    qtbot.keyClick(page.purpose_edit, Qt.Key.Key_PageDown)
    assert view.session.step == "framing"
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_PageDown)
    assert view.session.step == "checkin"
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_PageUp)
    assert view.session.step == "framing"
    assert window.session is not None
    assert window.session.record.current_phase is not None
    assert window.session.record.current_phase.value == "framing"


def test_finished_meeting_reopens_read_only_and_can_be_continued(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    assert window.session is not None
    record_id = window.session.record.id
    window.session.finish()
    window.close_meeting()

    view = window.open_meeting(record_id)
    assert view is not None
    prepare = view.pages["prepare"]
    assert isinstance(prepare, PreparePage)
    assert view.banner.isVisible()
    assert prepare.purpose_edit.isReadOnly()
    qtbot.keyClicks(prepare.purpose_edit, "ændring")
    assert window.session is not None
    assert "ændring" not in window.session.record.fup.purpose

    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisible()
    assert not prepare.purpose_edit.isReadOnly()
    assert window.session.record.status == MeetingStatus.RUNNING
