"""The method's rules live in the core: UGU order and what a summary may share."""

from __future__ import annotations

import pytest

from dialogtool.core import meeting
from dialogtool.core.formatting import number
from dialogtool.core.record import (
    ActionItem,
    AskedQuestion,
    MeetingRecord,
    MeetingStatus,
    Participant,
    ParticipantEntry,
    PhaseId,
    UguStep,
)
from dialogtool.core.summary import SummaryOptions, build_summary, render_markdown
from dialogtool.core.templates import bundled_templates


def test_leader_cannot_give_before_the_team_has_explored() -> None:
    item = meeting.discussion(MeetingRecord(), "virksomhedskontakter")
    item.leader_perspective = "Jeg synes, det går godt"
    with pytest.raises(meeting.UguOrderError):
        meeting.advance_ugu(item)
    assert meeting.revealed_perspective(item) is None
    item.team_noticed = "Vi er steget siden foråret"
    assert meeting.advance_ugu(item) == UguStep.GIVE
    assert meeting.revealed_perspective(item) == "Jeg synes, det går godt"
    assert meeting.advance_ugu(item) == UguStep.EXPLORE_AGAIN


def test_summary_shares_only_what_the_room_heard() -> None:
    record = MeetingRecord(title="Teammøde", participants=[Participant(name="Åse")])
    record.private_notes[PhaseId.DATA] = "Åse virker presset"
    shown = meeting.discussion(record, "a")
    shown.team_noticed = "Under målet"
    shown.leader_perspective = "Delt perspektiv"
    meeting.advance_ugu(shown)
    hidden = meeting.discussion(record, "b")
    hidden.team_noticed = "Flot udvikling"
    hidden.leader_perspective = "Aldrig sagt højt"
    record.checkin.append(ParticipantEntry(participant_id=record.participants[0].id, text="Hej"))
    record.action_items.append(ActionItem(text="Ring til Jobcenter Øst", owner="Åse"))
    record.questions.append(
        AskedQuestion(category="tomm.kaptajn", text="Hvad gør vi nu?", asked_at=record.created_at)
    )

    shared = render_markdown(build_summary(record, "da"))
    assert "Delt perspektiv" in shared
    assert "Aldrig sagt højt" not in shared
    assert "Åse virker presset" not in shared
    assert "Ring til Jobcenter Øst" in shared
    assert "**Åse:** Hej" in shared
    assert "Kaptajn" in shared and "1/4" in shared

    private = render_markdown(build_summary(record, "da", SummaryOptions(include_private=True)))
    assert "Åse virker presset" in private
    assert "Aldrig sagt højt" in private
    assert "Action items" in render_markdown(build_summary(record, "en"))


def test_danish_number_format() -> None:
    assert number(1234.5, "da") == "1.234,5"
    assert number(1234.5, "en") == "1,234.5"
    assert number(90.0, "da") == "90"


def test_phases_are_timed_and_a_finished_meeting_can_continue() -> None:
    template = next(t for t in bundled_templates() if t.id == "team-meeting")
    record = meeting.new_meeting(template)
    assert record.phases[0].phase == PhaseId.FRAMING
    assert sum(p.minutes for p in record.phases) == template.duration_minutes
    meeting.enter_phase(record, PhaseId.FRAMING)
    assert record.status == MeetingStatus.PLANNED, "looking at a phase starts nothing"
    meeting.start(record)
    assert record.status == MeetingStatus.RUNNING
    meeting.enter_phase(record, PhaseId.CHECKIN)
    framing = record.phases[0]
    assert framing.started_at is not None and framing.ended_at is not None
    meeting.finish(record)
    assert record.status == MeetingStatus.FINISHED
    assert all(p.ended_at for p in record.phases if p.started_at)
    meeting.reopen(record)
    assert record.status == MeetingStatus.RUNNING
