"""Preparation edits one plan of time: the agenda's minutes are the steps' timeboxes and the countdown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from dialogtool.core import time_plan
from dialogtool.core.record import PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import PHASE_ROLE, MeetingView
from dialogtool.ui.pages.prepare import PreparePage

MINUTES = 2


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _step_texts(view: MeetingView) -> dict[str, str]:
    model = view.steps
    return {
        str(model.index(row, 0).data(PHASE_ROLE)): str(model.index(row, 0).data())
        for row in range(model.rowCount())
    }


def _open(window: MainWindow) -> tuple[MeetingView, PreparePage]:
    view = window.new_meeting("team-meeting")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    return view, prepare


def test_an_agenda_items_minutes_are_the_steps_timebox_and_the_countdown(
    window: MainWindow,
) -> None:
    view, prepare = _open(window)
    clock = Clock()
    view.presenter.clock = clock
    record = view.session.record
    row = record.fup.process.index(time_plan.items_of(record, PhaseId.DATA)[0])
    assert _step_texts(view)["data"].endswith("15 min")

    assert prepare.agenda.setData(prepare.agenda.index(row, MINUTES), 25)

    assert _step_texts(view)["data"].endswith("25 min")
    assert prepare.agenda_total.text() == "I alt 70 af 60 min"
    assert "10 min længere end mødet" in prepare.agenda_problem.text()
    prepare.duration_spin.setValue(70)
    assert record.duration_minutes == 70 and prepare.agenda_total.text() == "I alt 70 af 70 min"

    view.next_step()  # leaving preparation starts the meeting
    view.go_to("data")
    clock.now += timedelta(minutes=5)
    view.presenter.update_timers()
    assert "20:00" in view.presenter.bar.phase_timer.text()


def test_phases_added_removed_and_moved_in_preparation_are_the_meetings_steps(
    window: MainWindow,
) -> None:
    view, prepare = _open(window)
    prepare.add_phase(PhaseId.QUESTIONS)
    assert list(view.pages)[-2:] == [PhaseId.QUESTIONS, PhaseId.SUMMARY]
    assert "questions" in _step_texts(view)
    assert prepare.add_phase_combo.findData(PhaseId.QUESTIONS) == -1

    prepare.move_phase(-1)  # the new phase's item is selected
    assert view.session.steps[-3:] == [PhaseId.QUESTIONS, PhaseId.CHECKOUT, PhaseId.SUMMARY]

    tomm = view.session.record.fup.process.index(
        time_plan.items_of(view.session.record, PhaseId.TOMM)[0]
    )
    prepare.agenda_view.setCurrentIndex(prepare.agenda.index(tomm, 0))
    prepare.remove_item()
    assert PhaseId.TOMM not in view.pages and "tomm" not in _step_texts(view)
    view.go_to("questions")
    assert view.current_page() is view.pages[PhaseId.QUESTIONS]
    assert view.pages[PhaseId.QUESTIONS].isVisible()
    shown = [
        view.steps.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
        for r in range(view.steps.rowCount())
    ]
    assert len(shown) == len(view.session.steps)
