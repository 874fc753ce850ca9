"""The clocks tell the truth: they run only while the meeting does, on a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from dialogtool.core import timing
from dialogtool.core.record import MeetingStatus, PhaseId
from dialogtool.ui.main_window import MainWindow


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def _left(window: MainWindow) -> int:
    assert window.session is not None
    return timing.meeting_countdown(window.session.record, window.clock()).remaining_seconds


def test_nothing_runs_before_the_start_and_closing_adds_no_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    clock = Clock()
    window.clock = clock
    view = window.new_meeting("team-meeting")
    assert view is not None
    full = view.session.record.duration_minutes * 60
    view.go_to("data")  # looking at a step starts nothing
    clock.advance(10)
    assert _left(window) == full and view.session.record.status == MeetingStatus.PLANNED
    assert view.presenter.bar.clock_button.text() == "Start mødet"

    view.go_to("prepare")
    view.next_step()  # leaving preparation starts the meeting
    assert view.session.running and view.presenter.bar.clock_button.text() == "Pause mødet"
    clock.advance(5)
    assert _left(window) == full - 5 * 60
    record_id = view.session.record.id
    assert window.close_meeting()

    clock.advance(60)  # an hour with the app closed
    view = window.open_meeting(record_id)
    assert view is not None
    assert _left(window) == full - 5 * 60, "no time passed while nobody held the meeting"
    framing = next(p for p in view.session.record.phases if p.phase == PhaseId.FRAMING)
    assert timing.phase_elapsed(framing, clock()) == 5 * 60
    assert view.presenter.bar.clock_button.text() == "Fortsæt efter pausen"

    view.presenter.bar.clock_button.click()  # resume
    clock.advance(2)
    assert _left(window) == full - 7 * 60


def test_finishing_stops_every_clock_and_a_rehearsal_starts_at_the_full_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    clock = Clock()
    window.clock = clock
    view = window.new_meeting("team-meeting")
    assert view is not None
    full = view.session.record.duration_minutes * 60
    view.next_step()
    view.next_step()  # check-in
    clock.advance(3)
    view.session.finish()
    clock.advance(30)
    record = view.session.record
    assert _left(window) == full - 3 * 60
    assert all(
        timing.phase_elapsed(p, clock()) == timing.phase_elapsed(p, clock() + timedelta(hours=1))
        for p in record.phases
    ), "no phase clock runs after the meeting is finished"

    record_id = record.id
    assert window.close_meeting()
    rehearsal = window.rehearse_meeting(record_id)
    assert rehearsal is not None and rehearsal.session.rehearsal
    assert _left(window) == full, "a rehearsal starts with the meeting's full time"
    assert all(p.spent_seconds == 0 for p in rehearsal.session.record.phases)
