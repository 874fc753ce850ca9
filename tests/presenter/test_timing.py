"""Timeboxes and red-thread moments, on a clock the test moves by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dialogtool.core import meeting
from dialogtool.core.migrations import migrate
from dialogtool.core.presentation import log_event, note_overrun
from dialogtool.core.record import (
    MeetingRecord,
    PhaseId,
    PhasePlan,
    PresentationEventKind,
)
from dialogtool.core.timing import (
    Countdown,
    RedThread,
    TimeLevel,
    due_red_thread,
    format_clock,
    meeting_countdown,
    phase_countdown,
    red_thread_moments,
)

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def record(duration: int = 60) -> MeetingRecord:
    return MeetingRecord(
        duration_minutes=duration,
        phases=[PhasePlan(phase=PhaseId.CHECKIN, minutes=10), PhasePlan(phase=PhaseId.DATA)],
    )


def test_phase_countdown_warns_at_two_minutes_left_then_shows_the_overrun() -> None:
    rec = record()
    meeting.enter_phase(rec, PhaseId.CHECKIN, T0)
    meeting.start(rec, T0)
    plan = rec.phases[0]
    assert phase_countdown(plan, at(0)).level == TimeLevel.RUNNING
    assert phase_countdown(plan, at(7.9)).level == TimeLevel.RUNNING
    assert phase_countdown(plan, at(8)).level == TimeLevel.WARNING
    assert phase_countdown(plan, at(8)).remaining_seconds == 120
    assert phase_countdown(plan, at(10)).level == TimeLevel.OVERRUN
    late = phase_countdown(plan, at(11.5))
    assert (late.level, late.overrun_seconds) == (TimeLevel.OVERRUN, 90)
    assert format_clock(late.remaining_seconds) == "1:30"


def test_a_timebox_warns_at_a_fifth_left_is_urgent_at_a_twentieth_and_none_never_warns() -> None:
    assert Countdown(60, 47).level == TimeLevel.RUNNING
    assert Countdown(60, 48).level == TimeLevel.WARNING
    assert Countdown(60, 56).level == TimeLevel.WARNING
    assert Countdown(60, 57).level == TimeLevel.URGENT
    assert Countdown(60, 60).level == TimeLevel.OVERRUN
    assert Countdown(0, 500).level == TimeLevel.NONE


def test_a_revisited_phase_counts_only_the_time_spent_in_it() -> None:
    rec = record()
    meeting.start(rec, T0)
    meeting.enter_phase(rec, PhaseId.CHECKIN, T0)
    meeting.enter_phase(rec, PhaseId.DATA, at(4))
    meeting.enter_phase(rec, PhaseId.CHECKIN, at(30))  # back for a moment
    assert phase_countdown(rec.phases[0], at(31)).elapsed_seconds == 5 * 60
    meeting.enter_phase(rec, PhaseId.DATA, at(31))
    assert rec.phases[0].spent_seconds == 5 * 60
    assert phase_countdown(rec.phases[1], at(32)).elapsed_seconds == 27 * 60


def test_overrun_is_logged_once_per_phase() -> None:
    rec = record()
    meeting.enter_phase(rec, PhaseId.CHECKIN, T0)
    meeting.start(rec, T0)
    assert not note_overrun(rec, PhaseId.CHECKIN, at(9))
    assert note_overrun(rec, PhaseId.CHECKIN, at(10.5))
    assert not note_overrun(rec, PhaseId.CHECKIN, at(12))
    overruns = [e for e in rec.presentation_log if e.kind == PresentationEventKind.OVERRUN]
    assert [(e.phase, e.at) for e in overruns] == [(PhaseId.CHECKIN, at(10.5))]


def test_red_thread_moments_of_a_one_hour_and_a_two_hour_meeting() -> None:
    hour = red_thread_moments(T0, 60)
    assert [(m.kind, m.at) for m in hour] == [
        (RedThread.HALFWAY, at(30)),  # "half an hour left" is the same minute: merged
        (RedThread.TEN_LEFT, at(50)),
    ]
    two = red_thread_moments(T0, 120)
    assert [(m.kind, m.at) for m in two] == [
        (RedThread.HALFWAY, at(60)),
        (RedThread.THIRTY_LEFT, at(90)),
        (RedThread.TEN_LEFT, at(110)),
    ]
    assert [m.kind for m in red_thread_moments(T0, 20)] == [RedThread.HALFWAY]


def test_red_thread_prompts_come_due_once_and_stale_ones_are_skipped() -> None:
    rec = record(120)
    meeting.enter_phase(rec, PhaseId.CHECKIN, T0)
    assert due_red_thread(rec, at(200)) is None  # the meeting has not started
    meeting.start(rec, T0)
    assert due_red_thread(rec, at(59)) is None
    due = due_red_thread(rec, at(60))
    assert due is not None and due.kind == RedThread.HALFWAY
    log_event(rec, PresentationEventKind.RED_THREAD, at(60), detail=due.kind)
    assert due_red_thread(rec, at(89)) is None
    # The leader was away past both later moments: only the latest is due.
    late = due_red_thread(rec, at(111))
    assert late is not None and late.kind == RedThread.TEN_LEFT
    log_event(rec, PresentationEventKind.RED_THREAD, at(111), detail=late.kind)
    assert due_red_thread(rec, at(115)) is None


def test_meeting_countdown_runs_from_the_leader_s_start() -> None:
    rec = record(60)
    meeting.enter_phase(rec, PhaseId.CHECKIN, at(0))
    assert meeting_countdown(rec, at(30)).remaining_seconds == 60 * 60, "not started"
    meeting.start(rec, at(2))
    meeting.enter_phase(rec, PhaseId.DATA, at(10))
    left = meeting_countdown(rec, at(40))
    assert left.remaining_seconds == 22 * 60
    assert left.level == TimeLevel.RUNNING


def test_a_record_saved_before_the_presentation_fields_loads_and_times_its_phases() -> None:
    old = {
        "schema_version": 1,
        "phases": [
            {
                "phase": "checkin",
                "minutes": 5,
                "started_at": "2025-03-03T09:00:00Z",
                "ended_at": "2025-03-03T09:07:00Z",
            }
        ],
    }
    loaded = MeetingRecord.model_validate(migrate(old))
    assert loaded.presentation_log == [] and loaded.dialogue.order == []
    assert phase_countdown(loaded.phases[0], at(60)).overrun_seconds == 120
