"""Every presenting key does its job from either window (what clickers send)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PresentationEventKind, UguStep
from dialogtool.ui.presenter.audience import Blank

from .conftest import Running, activate

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot: QtBot, target: QWidget, key: Qt.Key, shift: bool = False) -> None:
    modifier = SHIFT if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, key, modifier)


def check_keys(qtbot: QtBot, run: Running, target: QWidget) -> None:
    """From the current step "review" (before the data), while presenting, through every key."""
    view, presenter, audience = run.view, run.presenter, run.presenter.audience
    assert view.session.step == "review"
    # The example meeting's indicator waits at UGU's "give": in the data phase one
    # press takes the build to "explore again" before the next press leaves the phase.
    for key, expected in (
        (Key.Key_Right, "data"),
        (Key.Key_Space, "data"),
        (Key.Key_PageDown, "tomm"),
        (Key.Key_Space, "explanations"),  # the team meeting's explanations step
        (Key.Key_Left, "tomm"),
        (Key.Key_PageUp, "data"),
    ):
        press(qtbot, target, key)
        assert view.session.step == expected, key
    discussed = [d for d in view.session.record.indicators if d.team_noticed]
    assert [d.step for d in discussed] == [UguStep.EXPLORE_AGAIN]

    press(qtbot, target, Key.Key_B)
    assert audience.blank_mode == Blank.BLACK
    assert not audience.content.isVisible() and audience.blank.isVisible()
    press(qtbot, target, Key.Key_W)  # white straight from black
    assert audience.blank_mode == Blank.WHITE
    press(qtbot, target, Key.Key_W)
    assert audience.blank_mode == Blank.NONE and audience.content.isVisible()

    press(qtbot, target, Key.Key_F5, shift=True)  # from the current step
    assert presenter.presenting and view.session.step == "data"
    press(qtbot, target, Key.Key_F5)  # from the start
    assert presenter.presenting and view.session.step == "framing"
    press(qtbot, target, Key.Key_Escape)
    assert not presenter.presenting
    qtbot.waitUntil(lambda: not audience.isVisible())


def test_every_key_works_in_the_presenter_window(qtbot: QtBot, running: Running) -> None:
    view = running.view
    view.go_to("review")
    activate(qtbot, running.window)
    view.step_view.setFocus()
    press(qtbot, view.step_view, Key.Key_F5, shift=True)
    assert running.presenter.presenting
    qtbot.waitUntil(running.presenter.audience.isVisible)
    assert view.session.step == "review"
    assert QApplication.activeWindow() is running.window, "the audience stole the focus"
    check_keys(qtbot, running, view.step_view)


def test_every_key_works_in_the_audience_window(qtbot: QtBot, running: Running) -> None:
    running.view.go_to("review")
    running.presenter.start(from_start=False)
    audience = running.presenter.audience
    qtbot.waitUntil(audience.isVisible)
    activate(qtbot, audience)
    check_keys(qtbot, running, audience)


def test_text_fields_keep_space_and_arrows_while_presenting(qtbot: QtBot, running: Running) -> None:
    view = running.view
    view.go_to("review")
    activate(qtbot, running.window)
    running.presenter.start(from_start=False)
    notes = view.private_notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Bo")
    press(qtbot, notes, Key.Key_Space)
    press(qtbot, notes, Key.Key_Left)
    press(qtbot, notes, Key.Key_Right)
    qtbot.keyClicks(notes, "ok")
    assert notes.toPlainText().endswith("Bo ok")
    assert view.session.step == "review"
    press(qtbot, notes, Key.Key_PageDown)  # the clicker still moves on
    assert view.session.step == "data"
    press(qtbot, notes, Key.Key_Escape)  # not a typing key: presenting stops
    assert not running.presenter.presenting


def test_keys_other_than_f5_and_page_keys_do_nothing_when_not_presenting(
    qtbot: QtBot, running: Running
) -> None:
    view = running.view
    view.go_to("checkin")
    activate(qtbot, running.window)
    view.step_view.setFocus()
    for key in (Key.Key_Right, Key.Key_Space, Key.Key_B, Key.Key_W):
        press(qtbot, view.step_view, key)
    assert view.session.step == "checkin"
    assert running.presenter.blank == Blank.NONE and not running.presenter.presenting


def test_black_screen_is_logged_and_the_room_sees_the_content_again(
    qtbot: QtBot, running: Running
) -> None:
    running.view.go_to("framing")
    presenter = running.presenter
    presenter.start(from_start=False)
    audience = presenter.audience
    qtbot.waitUntil(audience.isVisible)
    purpose = audience.purpose
    assert purpose.isVisible()
    press(qtbot, audience, Key.Key_B)
    assert not purpose.isVisible()
    assert audience.blank.property("shade") == "black"
    press(qtbot, audience, Key.Key_B)
    assert purpose.isVisible()
    kinds = [e.kind for e in running.view.session.record.presentation_log]
    assert kinds[-2:] == [PresentationEventKind.BLACK_SCREEN, PresentationEventKind.SCREEN_RESTORED]
    press(qtbot, audience, Key.Key_B)
    press(qtbot, audience, Key.Key_Escape)  # leaving presenting also lifts the black screen
    assert presenter.blank == Blank.NONE
