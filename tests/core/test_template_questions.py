"""Every question a template suggests for a phase is offered there, can be asked and is recorded.

Also: template 01 keeps action questions for the agreements, the goal compass's
heading questions are the booklet's six, every template with a series follows up,
and FUP makes the leader name the topic and the end time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dialogtool.core import meeting, phase_questions
from dialogtool.core.fup import end_time, fup_flags
from dialogtool.core.library import Library
from dialogtool.core.operations import apply
from dialogtool.core.phases import PhaseKind, spec
from dialogtool.core.questions import bundled_bank, quadrant_of
from dialogtool.core.record import PhaseId, Quadrant
from dialogtool.core.summary import SummaryOptions, build_summary
from dialogtool.core.summary.text import render_text
from dialogtool.core.templates import MeetingTemplate, bundled_templates, template_by_id

T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)

BOOKLET_HEADINGS = [
    "Hvad nu, hvis vi altid starter med at være oprigtigt nysgerrige?",
    "Hvad nu, hvis værdi og faglighed altid går hånd i hånd?",
    "Hvad nu, hvis vi altid tegner billedet af forandringen sammen?",
    "Hvad nu, hvis vi altid har modet til at fokusere på det meningsfulde?",
    "Hvad nu, hvis data er til læring og aldrig kun til styring?",
    "Hvad nu, hvis vi altid stopper op og lærer af data?",
]


def _offered_in(library: Library, record_phase: PhaseId, template: MeetingTemplate) -> set[str]:
    record = meeting.new_meeting(template, when=T0)
    offered = {q.id for q in library.suggested(record, record_phase)}
    if spec(record_phase).kind == PhaseKind.TOMM:  # the grid shows each quadrant's questions
        for quadrant in Quadrant:
            offered |= {q.id for q in library.questions(f"tomm.{quadrant.value}", record.kind)}
    return offered


@pytest.mark.parametrize("template", bundled_templates(), ids=lambda t: t.id)
def test_every_suggested_question_is_offered_asked_and_recorded_in_its_phase(
    template: MeetingTemplate, tmp_path: Path
) -> None:
    library = Library(tmp_path)
    bank = bundled_bank()
    for plan in template.phases:
        offered = _offered_in(library, plan.phase, template)
        assert set(plan.suggested_questions) <= offered, (plan.phase, offered)
        record = meeting.new_meeting(template, when=T0)
        for question_id in plan.suggested_questions:
            question = bank.get(question_id)
            assert question is not None
            apply(record, phase_questions.asked_operation(plan.phase, question, True, "da", T0))
        asked = phase_questions.asked_in(record, plan.phase)
        assert [q.question_id for q in asked] == list(dict.fromkeys(plan.suggested_questions))
        summary = render_text(build_summary(record, "da", SummaryOptions()))
        for question_id in plan.suggested_questions:
            text = bank.get(question_id).text.da  # type: ignore[union-attr]
            assert text in summary, (plan.phase, text)


def test_unticking_keeps_the_pick_but_not_the_asking(tmp_path: Path) -> None:
    template = template_by_id("team-meeting")
    assert template is not None
    record = meeting.new_meeting(template, when=T0)
    question = bundled_bank().get("analysis.1")
    assert question is not None
    apply(record, phase_questions.asked_operation(PhaseId.DATA, question, True, "da", T0))
    apply(record, phase_questions.asked_operation(PhaseId.DATA, question, False, "da", T0))
    assert phase_questions.asked_in(record, PhaseId.DATA) == []
    assert phase_questions.find(record, PhaseId.DATA, "analysis.1") is not None


def test_the_tomm_step_opens_with_the_templates_picks_in_order() -> None:
    for template in bundled_templates():
        record = meeting.new_meeting(template, when=T0)
        picked = [q.question_id for q in record.questions if q.phase == PhaseId.TOMM]
        assert picked == list(phase_questions.template_ids(template, PhaseId.TOMM))
        assert not any(q.asked for q in record.questions)


def test_template_01_asks_no_kaptajn_question_before_the_explanations() -> None:
    template = template_by_id("team-meeting")
    assert template is not None
    order = [p.phase for p in template.phases]
    before = order[: order.index(PhaseId.EXPLANATIONS)]
    bank = bundled_bank()
    for plan in template.phases:
        if plan.phase in before:
            kinds = [quadrant_of(bank.get(q).category) for q in plan.suggested_questions]  # type: ignore[union-attr]
            assert Quadrant.KAPTAJN not in kinds, plan.phase
    record = meeting.new_meeting(template, when=T0)
    assert not any(quadrant_of(q.category) == Quadrant.KAPTAJN for q in record.questions)
    actions = phase_questions.template_ids(template, PhaseId.ACTIONS)
    assert any(quadrant_of(bank.get(q).category) == Quadrant.KAPTAJN for q in actions)  # type: ignore[union-attr]


def test_the_goal_compass_headings_are_the_booklets_six() -> None:
    headings = bundled_bank().in_category("maalkompas.whatif")
    assert [q.text.da for q in headings] == BOOKLET_HEADINGS
    assert all(q.text.en.startswith("What if ") for q in headings)


def test_goal_setting_opens_with_the_booklets_questions_about_the_goals() -> None:
    template = template_by_id("goal-setting")
    assert template is not None
    questions = list(phase_questions.template_ids(template, PhaseId.QUESTIONS))
    goals = [q.text.da for q in bundled_bank().in_category("maalkompas.goals")]
    assert goals[:2] == ["Hvem er målene til for?", "Hvem sætter målene, og hvordan?"]
    assert any("ydelser" in g and "effekter" in g and "værdi" in g for g in goals)
    assert questions[:4] == [f"maalkompas.goals.0{n}" for n in range(1, 5)]
    assert questions.index("maalkompas.goals.04") < questions.index("maalkompas.whatif.1")


@pytest.mark.parametrize("template", bundled_templates(), ids=lambda t: t.id)
def test_every_template_with_a_series_follows_up_since_last_time(
    template: MeetingTemplate,
) -> None:
    phases = [p.phase for p in template.phases]
    if template.one_off:
        assert template.id == "data-landscape-workshop"
        return
    assert PhaseId.REVIEW in phases
    assert phases.index(PhaseId.REVIEW) < phases.index(PhaseId.ACTIONS)


@pytest.mark.parametrize("template", bundled_templates(), ids=lambda t: t.id)
def test_every_summary_step_gathers_up(template: MeetingTemplate) -> None:
    closing = phase_questions.template_ids(template, PhaseId.SUMMARY)
    assert {"contract.closing.01", "contract.closing.04", "contract.closing.05"} <= set(closing)


def test_the_data_step_asks_the_four_levels_of_analysis(tmp_path: Path) -> None:
    template = template_by_id("team-meeting")
    assert template is not None
    record = meeting.new_meeting(template, when=T0)
    offered = [q.id for q in Library(tmp_path).suggested(record, PhaseId.DATA)]
    assert [q for q in offered if q.startswith("analysis.")] == [
        f"analysis.{n}" for n in range(1, 5)
    ]


def test_fup_names_the_end_time_and_asks_for_the_topic() -> None:
    template = template_by_id("team-meeting")
    assert template is not None
    record = meeting.new_meeting(template, when=T0)
    end = end_time(record).strftime("%H.%M")
    assert end_time(record) - record.scheduled_at == timedelta(minutes=60)
    assert record.fup.outcome.startswith(f"Når klokken er {end}, har vi ")
    assert record.fup.purpose.startswith("Formålet med, at vi i dag tager fat i …")
    assert [f.field for f in fup_flags(record, template)] == ["purpose"]  # untouched purpose
    record.fup.purpose = record.fup.purpose.replace("…", "ledige timer")
    assert fup_flags(record, template) == []
    record.duration_minutes += 30  # the meeting got longer: the outcome's hour is stale
    assert [f.field for f in fup_flags(record, template)] == ["outcome"]
