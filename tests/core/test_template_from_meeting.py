"""A meeting that worked can become the leader's own template for the next one."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogtool.core import meeting, time_plan
from dialogtool.core.library import Library, LibraryError
from dialogtool.core.record import AskedQuestion, PhaseId


def test_meeting_saved_as_template_starts_the_next_meeting_the_same_way(tmp_path: Path) -> None:
    library = Library(tmp_path)
    base = library.template("team-meeting")
    assert base is not None
    record = meeting.new_meeting(base)
    record.fup.purpose = "Vi bliver klogere på løntimerne i Team Nord"
    time_plan.items_of(record, PhaseId.DATA)[0].title = "Løntimer"
    time_plan.items_of(record, PhaseId.ACTIONS)[0].title = "Aftaler"
    minutes = {p.phase: p.minutes for p in record.phases}
    time_plan.set_phase_minutes(record, PhaseId.DATA, minutes[PhaseId.DATA] + 5)
    time_plan.set_phase_minutes(record, PhaseId.TOMM, minutes[PhaseId.TOMM] - 5)
    record.questions.append(
        AskedQuestion(question_id="tomm.kaptajn.02", category="tomm.kaptajn", text="…")
    )

    template = library.save_meeting_as_template(record, "Månedsmøde om løntimer")

    again = Library(tmp_path)  # read back from disk
    assert template.id in [t.id for t in again.templates()]
    assert again.is_user_template(template.id)
    next_meeting = meeting.new_meeting(again.template(template.id))  # type: ignore[arg-type]
    assert next_meeting.title == "Månedsmøde om løntimer"
    assert next_meeting.fup.purpose == "Vi bliver klogere på løntimerne i Team Nord"
    agenda = [(i.title, i.minutes, i.phase) for i in next_meeting.fup.process]
    assert agenda == [(i.title, i.minutes, i.phase) for i in record.fup.process]
    assert ("Løntimer", minutes[PhaseId.DATA] + 5, PhaseId.DATA) in agenda
    assert [(p.phase, p.minutes) for p in next_meeting.phases] == [
        (p.phase, p.minutes) for p in record.phases
    ]
    tomm = next(p for p in template.phases if p.phase == PhaseId.TOMM)
    picked_at_start = tuple(
        q for p in base.phases if p.phase == PhaseId.TOMM for q in p.suggested_questions
    )
    assert tomm.suggested_questions == (*picked_at_start, "tomm.kaptajn.02")


def test_a_meeting_without_time_cannot_become_a_template(tmp_path: Path) -> None:
    library = Library(tmp_path)
    record = meeting.new_meeting(library.template("team-meeting"))  # type: ignore[arg-type]
    for plan in record.phases:
        plan.minutes = 0
    with pytest.raises(LibraryError):
        library.save_meeting_as_template(record, "Tom")
    assert not (tmp_path / "templates").exists()
