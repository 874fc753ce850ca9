"""Opening a planned meeting just to look at it leaves it planned, with no time spent."""

from __future__ import annotations

from dialogtool.core.record import MeetingStatus
from dialogtool.core.store import load_record
from dialogtool.ui.main_window import MainWindow


def test_looking_through_a_planned_meeting_keeps_it_planned(window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    record_id = view.session.record.id
    window.close_meeting()

    view = window.open_meeting(record_id)
    assert view is not None
    for step in view.session.steps:  # a click on every step in the list
        view.step_view.setCurrentIndex(view.steps.index(view.session.steps.index(step), 0))
    assert view.session.step == view.session.steps[-1]
    path = view.session.store.path_for(record_id)
    window.close_meeting()

    record = load_record(path)
    assert record.status == MeetingStatus.PLANNED
    assert record.clock.started_at is None and record.clock.elapsed_seconds == 0
    assert all(plan.started_at is None for plan in record.phases)
