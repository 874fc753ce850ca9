"""The public slide of each step: what the room may see, and nothing private."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from dialogtool.core import meeting
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import PRIVATE_NOTE, SECRET_PERSPECTIVE, example_meeting
from dialogtool.core.library import Library
from dialogtool.core.presentation import default_question, public_slide
from dialogtool.core.record import PhaseId, UguStep
from dialogtool.core.slides import Slide, reveal_chart

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def texts(slide: Slide) -> str:
    return repr(dataclasses.asdict(slide))


def test_no_slide_carries_a_private_note_or_an_ungiven_perspective() -> None:
    dataset = load_demo_dataset()
    record = example_meeting(dataset, NOW)
    for phase in [None, *PhaseId]:
        for indicator in [None, *(d.indicator_id for d in record.indicators)]:
            slide = public_slide(record, phase, indicator_id=indicator)
            assert PRIVATE_NOTE not in texts(slide)
            assert SECRET_PERSPECTIVE not in texts(slide)


def test_the_perspective_and_a_hidden_chart_appear_only_when_given() -> None:
    record = example_meeting(load_demo_dataset(), NOW)
    waiting = record.indicators[1]
    slide = public_slide(record, PhaseId.DATA, indicator_id=waiting.indicator_id)
    assert slide.chart_hidden and slide.perspective is None
    reveal_chart(waiting, NOW)
    waiting.team_noticed = "Det er højere, end vi troede."
    meeting.advance_ugu(waiting, NOW)
    slide = public_slide(record, PhaseId.DATA, indicator_id=waiting.indicator_id)
    assert not slide.chart_hidden
    assert (slide.ugu_step, slide.perspective) == (UguStep.GIVE, SECRET_PERSPECTIVE)


def test_speakers_and_groups_show_only_in_their_own_phase() -> None:
    record = example_meeting(load_demo_dataset(), NOW)
    checkin = public_slide(record, PhaseId.CHECKIN)
    assert [s.name for s in checkin.speakers if s.current] == ["Camilla Søndergaard"]
    assert [s.name for s in checkin.speakers if s.passed] == ["Bjørn Æbelø"]
    assert public_slide(record, PhaseId.CHECKOUT).speakers == ()


def test_default_questions_follow_the_step(tmp_path: Path) -> None:
    record = example_meeting(load_demo_dataset(), NOW)
    lib = Library(tmp_path)
    assert default_question(record, PhaseId.FRAMING, "da", lib) == ""
    assert default_question(record, PhaseId.CHECKIN, "da", lib).endswith("?")
    assert default_question(record, PhaseId.DATA, "da", lib, UguStep.GIVE) == ""
    explore = default_question(record, PhaseId.DATA, "da", lib, UguStep.EXPLORE)
    assert "lægger I mærke til" in explore
    asked = [q.text for q in record.questions if q.asked_at]
    assert default_question(record, PhaseId.TOMM, "da", lib) in asked
