"""A clock a facilitator can run a room by: colours, the chime, +1 min, planned against actual."""

from __future__ import annotations

import wave

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId, PhasePlan
from dialogtool.core.summary import build_summary, render_markdown
from dialogtool.ui.preferences import CHIME, OVERRUN_FOR_ROOM, preferences
from dialogtool.ui.presenter.chime import chime_path

from .conftest import Running, activate


def _checkin(running: Running, minutes: int = 10) -> PhasePlan:
    """The check-in running with a box of ``minutes``, the room's window up."""
    view = running.view
    plan = next(p for p in view.session.record.phases if p.phase == PhaseId.CHECKIN)
    plan.minutes = minutes
    view.go_to("checkin")
    view.session.start_meeting()
    running.presenter.start(from_start=False)
    return plan


def _at(running: Running, minutes: float) -> tuple[str, str]:
    """Levels of the leader's and the room's phase countdown ``minutes`` into the box."""
    running.clock.advance(minutes)
    running.presenter.update_timers()
    bar, room = running.presenter.bar.phase_timer, running.presenter.audience.countdown
    shown = room.isVisibleTo(running.presenter.audience)
    return str(bar.property("level")), str(room.property("level")) if shown else "hidden"


def test_the_countdown_turns_amber_at_a_fifth_left_red_at_a_twentieth_and_chimes(
    qtbot: QtBot, running: Running
) -> None:
    _checkin(running)
    assert _at(running, 7.9) == ("running", "running")
    assert running.chimes == []
    assert _at(running, 0.1) == ("warning", "warning")  # 2:00 of 10:00 left
    assert _at(running, 1.5) == ("urgent", "urgent")  # 0:30 left
    assert _at(running, 0.6) == ("overrun", "hidden"), "the room sees the overrun only if chosen"
    assert "over tid" in running.presenter.bar.phase_timer.text()
    assert len(running.chimes) == 3, "at 20 %, at 5 % and at the end"
    preferences().set(OVERRUN_FOR_ROOM, True)
    running.presenter.update_timers()
    assert running.presenter.audience.countdown.text().startswith("+0:06")


def test_the_chime_is_shipped_and_can_be_muted(qtbot: QtBot, running: Running) -> None:
    with wave.open(str(chime_path())) as sound:
        assert 0.3 < sound.getnframes() / sound.getframerate() < 1.5
    preferences().set(CHIME, False)
    _checkin(running)
    for minutes in (8, 1.5, 1):
        running.clock.advance(minutes)
        running.presenter.update_timers()
    assert running.chimes == []
    assert running.presenter.bar.phase_timer.property("level") == "overrun"


def test_plus_gives_the_phase_a_minute_and_the_plan_stays_the_plan(
    qtbot: QtBot, running: Running
) -> None:
    plan = _checkin(running)
    running.clock.advance(9)
    activate(qtbot, running.window)
    running.view.step_view.setFocus()
    qtbot.keyClick(running.view.step_view, Qt.Key.Key_Plus)
    assert (plan.minutes, plan.extra_minutes) == (10, 1)
    running.presenter.update_timers()
    assert running.presenter.bar.phase_timer.text() == "2:00"
    qtbot.mouseClick(running.presenter.bar.add_minute, Qt.MouseButton.LeftButton)
    assert plan.extra_minutes == 2
    assert running.presenter.bar.phase_timer.text() == "3:00"


def test_planned_against_actual_while_running_and_in_the_summary(
    qtbot: QtBot, running: Running
) -> None:
    _checkin(running)
    running.clock.advance(12)
    running.presenter.update_timers()
    assert running.presenter.bar.schedule.text() == "2 min bagud"
    running.view.next_step()
    running.clock.advance(1)
    running.presenter.update_timers()
    assert running.presenter.bar.schedule.text() == "2 min bagud"
    record = running.view.session.record
    record.updated_at = running.clock()
    text = render_markdown(build_summary(record, "da"))
    assert "Tid: planlagt og brugt" in text
    assert "| Tjek ind | 10 min | 12 min | +2 min |" in text


def test_finishing_leaves_no_pause_in_the_bar(qtbot: QtBot, running: Running) -> None:
    _checkin(running)
    running.clock.advance(3)
    running.presenter.stop()
    running.view.session.finish()
    bar = running.presenter.bar
    assert "på pause" not in bar.meeting_timer.text()
    assert bar.meeting_timer.text().startswith("Mødet er afsluttet")
    assert bar.clock_button.isHidden() and bar.add_minute.isHidden()
