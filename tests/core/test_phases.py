"""The phase registry and the rules for where a meeting is, tested without Qt."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dialogtool.core import meeting, phases
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.record import MeetingRecord, MeetingStatus, PhaseId
from dialogtool.core.templates import TemplatePhase, bundled_templates


def test_every_step_has_one_entry_with_labels_in_both_languages() -> None:
    assert set(phases.REGISTRY) == set(PhaseId)
    for phase, spec in phases.REGISTRY.items():
        assert spec.id == phase
        assert spec.title("da") and spec.title("en")
    assert [p for p in PhaseId if not phases.is_timed(p)] == [PhaseId.PREPARE]


def test_preparation_comes_first_and_is_never_a_template_phase() -> None:
    for template in bundled_templates():
        record = meeting.new_meeting(template)
        steps = phases.steps(record)
        assert steps[0] == PhaseId.PREPARE
        assert steps[1:] == [p.phase for p in template.phases]
    with pytest.raises(ValidationError):
        TemplatePhase(phase=PhaseId.PREPARE, minutes=5)


def test_going_back_to_preparation_stops_the_phase_clock_only() -> None:
    template = next(t for t in bundled_templates() if t.id == "team-meeting")
    record = meeting.new_meeting(template)
    meeting.start(record)
    meeting.enter_phase(record, PhaseId.FRAMING)
    assert record.status == MeetingStatus.RUNNING
    meeting.enter_phase(record, PhaseId.PREPARE)
    framing = record.phases[0]
    assert framing.ended_at is not None
    assert record.current_phase == PhaseId.PREPARE
    assert record.status == MeetingStatus.RUNNING


def test_numbers_are_frozen_when_first_shown_and_renewed_only_before_the_talk() -> None:
    dataset = load_demo_dataset()
    record = MeetingRecord()
    first, second = (m.id for m in dataset.indicators[:2])
    assert meeting.show_indicator(record, dataset, first)
    assert not meeting.show_indicator(record, dataset, first), "already frozen"
    assert not meeting.show_indicator(record, None, second), "no numbers to freeze"
    assert not meeting.show_indicator(record, dataset, "no-such-indicator")
    meeting.show_indicator(record, dataset, second)
    talked, untouched = record.indicators[0], record.indicators[1]
    talked.team_noticed = "Vi ligger under målet"
    assert talked.snapshot is not None and untouched.snapshot is not None
    talked.snapshot.name = untouched.snapshot.name = "gammel"

    meeting.use_dataset(record, dataset)
    assert talked.snapshot.name == "gammel", "what the team talked about stays as it was"
    assert untouched.snapshot is not None and untouched.snapshot.name != "gammel"
    assert record.dataset_source == dataset.source
