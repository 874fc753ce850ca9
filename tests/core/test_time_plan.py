"""One plan of time: the agenda's minutes are the phases' timeboxes, and the countdown follows."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dialogtool.core import meeting, phases, time_plan, timing
from dialogtool.core.i18n import LocalizedText
from dialogtool.core.labels import agenda_title
from dialogtool.core.record import MeetingKind, MeetingRecord, PhaseId
from dialogtool.core.store import load_record
from dialogtool.core.templates import (
    MeetingTemplate,
    TemplateAgendaItem,
    TemplateFup,
    TemplatePhase,
    bundled_templates,
    template_by_id,
)

FIXTURE = Path(__file__).parent / "fixtures" / "record-v1.json"
T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def _meeting() -> MeetingRecord:
    template = template_by_id("team-meeting")
    assert template is not None
    return meeting.new_meeting(template, when=T0)


def _agrees(record: MeetingRecord) -> None:
    for plan in record.phases:
        own = time_plan.items_of(record, plan.phase)
        assert own and sum(i.minutes for i in own) == plan.minutes, plan.phase
    assert [i.phase for i in record.fup.process] == sorted(
        (i.phase for i in record.fup.process),
        key=[p.phase for p in record.phases].index,  # type: ignore[arg-type]
    )


def test_every_template_starts_with_an_agenda_that_is_its_phase_plan() -> None:
    for template in bundled_templates():
        record = meeting.new_meeting(template)
        _agrees(record)
        assert (
            time_plan.total_minutes(record) == record.duration_minutes == template.duration_minutes
        )
        assert time_plan.over_by(record) == 0


def test_editing_an_agenda_items_minutes_changes_the_phase_timebox_and_the_countdown() -> None:
    record = _meeting()
    meeting.start(record, T0)
    meeting.enter_phase(record, PhaseId.DATA, T0)
    data_item = time_plan.items_of(record, PhaseId.DATA)[0]
    assert agenda_title(data_item, "da").startswith("Data i kontekst")
    later = T0 + timedelta(minutes=5)
    assert (
        timing.phase_countdown(time_plan.plan_of(record, PhaseId.DATA), later).remaining_seconds
        == 10 * 60
    )

    time_plan.set_item_minutes(record, data_item, 25)

    plan = time_plan.plan_of(record, PhaseId.DATA)
    assert plan.minutes == 25
    assert timing.phase_countdown(plan, later).remaining_seconds == 20 * 60
    assert time_plan.total_minutes(record) == 70 and time_plan.over_by(record) == 10
    _agrees(record)


def test_editing_a_phase_timebox_changes_its_agenda_item() -> None:
    record = _meeting()
    time_plan.set_phase_minutes(record, PhaseId.TOMM, 4)
    assert [i.minutes for i in time_plan.items_of(record, PhaseId.TOMM)] == [4]
    _agrees(record)


def test_several_items_split_a_phase_and_the_change_lands_on_the_last_first() -> None:
    record = _meeting()
    data = record.fup.process.index(time_plan.items_of(record, PhaseId.DATA)[0])
    extra = time_plan.add_item(record, data, "Fravær", 5)
    assert extra.phase == PhaseId.DATA and time_plan.plan_of(record, PhaseId.DATA).minutes == 20
    time_plan.set_phase_minutes(record, PhaseId.DATA, 12)
    assert [i.minutes for i in time_plan.items_of(record, PhaseId.DATA)] == [12, 0]
    time_plan.remove_item(record, record.fup.process.index(extra))
    assert time_plan.plan_of(record, PhaseId.DATA).minutes == 12
    _agrees(record)


def test_phases_are_added_removed_and_reordered_with_their_agenda() -> None:
    record = _meeting()
    assert PhaseId.QUESTIONS in time_plan.addable_phases(record)
    time_plan.add_phase(record, PhaseId.QUESTIONS, 10)
    assert phases.steps(record)[-2:] == [PhaseId.QUESTIONS, PhaseId.SUMMARY]
    before = phases.steps(record).index(PhaseId.QUESTIONS)
    time_plan.move_phase(record, PhaseId.QUESTIONS, -5)
    assert phases.steps(record).index(PhaseId.QUESTIONS) == before - 5
    _agrees(record)
    before = time_plan.total_minutes(record)
    tomm_minutes = time_plan.plan_of(record, PhaseId.TOMM).minutes
    time_plan.remove_item(
        record, record.fup.process.index(time_plan.items_of(record, PhaseId.TOMM)[0])
    )
    assert PhaseId.TOMM not in phases.steps(record)
    assert time_plan.total_minutes(record) == before - tomm_minutes
    _agrees(record)


def test_a_phase_the_meeting_has_been_in_cannot_be_removed() -> None:
    record = _meeting()
    meeting.start(record, T0)
    meeting.enter_phase(record, PhaseId.FRAMING, T0)
    with pytest.raises(time_plan.PhaseInUseError):
        time_plan.remove_phase(record, PhaseId.FRAMING)


def test_an_old_record_ties_its_agenda_to_the_phases_and_keeps_the_timeboxes(
    tmp_path: Path,
) -> None:
    raw = json.loads(FIXTURE.read_text("utf-8"))
    old_minutes = [p["minutes"] for p in raw["phases"]]
    path = Path(shutil.copy(FIXTURE, tmp_path / "meeting.json"))
    record = load_record(path)
    assert [p.minutes for p in record.phases] == old_minutes
    titled = [(i.title, i.phase) for i in record.fup.process if i.title]
    assert titled == [
        ("Rammesætning og tjek ind", PhaseId.FRAMING),
        ("Data i kontekst – undersøg, giv, undersøg", PhaseId.DATA),
        ("Refleksion", PhaseId.TOMM),
        ("Forklaringer: hvad kan lederen og teamet påvirke?", PhaseId.EXPLANATIONS),
        ("Aftaler", PhaseId.ACTIONS),
        ("Tjek ud", PhaseId.CHECKOUT),
    ]
    untitled = [agenda_title(i, "da") for i in record.fup.process if not i.title]
    assert "Tjek ind" in untitled
    _agrees(record)


def test_a_template_saved_before_agenda_items_named_phases_still_starts_a_meeting() -> None:
    text = LocalizedText(da="Løntimer", en="Wage hours")
    old = MeetingTemplate(
        id="user-old",
        kind=MeetingKind.TEAM,
        name=text,
        description=text,
        duration_minutes=30,
        fup=TemplateFup(
            purpose=text,
            outcome=text,
            process=(
                TemplateAgendaItem(title=LocalizedText(da="Tal", en="Numbers"), minutes=20),
                TemplateAgendaItem(title=LocalizedText(da="Aftaler", en="Agree"), minutes=10),
            ),
        ),
        phases=(
            TemplatePhase(phase=PhaseId.DATA, minutes=20),
            TemplatePhase(phase=PhaseId.ACTIONS, minutes=10),
        ),
    )
    record = meeting.new_meeting(old)
    assert [(i.title, i.phase, i.minutes) for i in record.fup.process] == [
        ("Tal", PhaseId.DATA, 20),
        ("Aftaler", PhaseId.ACTIONS, 10),
    ]
    _agrees(record)
