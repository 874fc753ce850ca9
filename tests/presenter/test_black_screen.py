"""Black and white screen from the leader's window: B from a forgotten cursor, and a banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from dialogtool.ui.preferences import SCREEN, preferences
from dialogtool.ui.presenter.audience import Blank

from .conftest import Running, activate


def test_b_from_a_note_left_alone_blacks_the_room_but_a_note_being_written_gets_its_b(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("framing")
    activate(qtbot, running.window)
    notes = view.private_notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, " b")  # not presenting: always a letter
    assert notes.toPlainText().endswith(" b") and presenter.blank == Blank.NONE

    presenter.start(from_start=False)
    notes.setFocus()
    qtbot.keyClicks(notes, "ab")  # typing: the letters go into the note
    assert notes.toPlainText().endswith(" bab") and presenter.blank == Blank.NONE

    running.clock.advance(1)  # the cursor was left there; the clicker's B
    qtbot.keyClick(notes, "b")
    assert presenter.blank == Blank.BLACK and notes.toPlainText().endswith(" bab")
    banner = presenter.bar.blank_banner
    assert banner.isVisibleTo(running.window) and "sort skærm" in banner.text()
    qtbot.keyClick(notes, "b")  # the same key brings the picture back
    assert presenter.blank == Blank.NONE and banner.isHidden()

    running.clock.advance(1)
    qtbot.keyClick(notes, "w")
    assert presenter.blank == Blank.WHITE and "hvid skærm" in banner.text()
    qtbot.keyClick(notes, Qt.Key.Key_PageDown)  # while presenting the page keys always work
    assert view.session.step == "checkin"
    presenter.stop()
    assert presenter.blank == Blank.NONE and banner.isHidden()


def test_the_screen_menu_marks_the_screen_the_room_uses(qtbot: QtBot, running: Running) -> None:
    preferences().set(SCREEN, "HDMI-9")  # chosen once, not connected today
    bar = running.presenter.bar
    bar.screen_menu.aboutToShow.emit()
    checked = [a.text() for a in bar.screen_menu.actions() if a.isCheckable() and a.isChecked()]
    screen = QGuiApplication.primaryScreen()
    assert any(text.startswith(f"1: {screen.name()}") for text in checked), checked
