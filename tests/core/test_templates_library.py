"""The bundled meeting templates: the method's meeting types, timeboxed and wired to the bank."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dialogtool.core.library import missing_suggestions, unfit_suggestions
from dialogtool.core.questions import QuestionBank, bundled_bank
from dialogtool.core.record import MeetingKind, PhaseId
from dialogtool.core.resources import json_files
from dialogtool.core.templates import MeetingTemplate, bundled_templates, template_by_id

EXPECTED = {
    # id: (kind, minutes)
    "team-meeting": (MeetingKind.TEAM, 60),
    "one-to-one": (MeetingKind.ONE_TO_ONE, 30),
    "data-landscape-workshop": (MeetingKind.LEADERSHIP, 120),
    "citizen-level": (MeetingKind.TEAM, 30),
    "intervention-level": (MeetingKind.TEAM, 120),
    "organisational-level": (MeetingKind.LEADERSHIP, 120),
    "follow-up": (MeetingKind.TEAM, 30),
    "goal-setting": (MeetingKind.LEADERSHIP, 90),
}


def test_every_template_file_validates_with_a_unique_id() -> None:
    files = json_files("templates")
    templates = [MeetingTemplate.model_validate_json(f.read_bytes()) for f in files]
    assert sorted(t.id for t in templates) == sorted(EXPECTED)
    # "NN-<id>.json": the prefix orders the start screen's list, the rest names the template.
    assert [f.name[3:] for f in files] == [f"{t.id}.json" for t in templates]
    assert templates[0].id == "team-meeting", "the everyday template comes first"


@pytest.mark.parametrize("template_id", list(EXPECTED))
def test_template_kind_duration_and_timeboxes(template_id: str) -> None:
    template = template_by_id(template_id)
    assert template is not None
    kind, minutes = EXPECTED[template_id]
    assert (template.kind, template.duration_minutes) == (kind, minutes)
    assert sum(p.minutes for p in template.phases) == minutes
    assert sum(i.minutes for i in template.fup.process) == minutes
    phases = [p.phase for p in template.phases]
    assert len(phases) == len(set(phases))
    # Framing first, check-out after the actions: the method's order.
    assert phases[0] == PhaseId.FRAMING
    assert phases.index(PhaseId.ACTIONS) < phases.index(PhaseId.CHECKOUT)
    assert template.fup.purpose.da and template.fup.outcome.da and template.fup.process


@pytest.mark.parametrize("template", bundled_templates(), ids=lambda t: t.id)
def test_suggested_questions_exist_and_fit_the_kind_of_meeting(template: MeetingTemplate) -> None:
    assert missing_suggestions(template, bundled_bank()) == []
    assert unfit_suggestions(template, bundled_bank()) == []
    assert any(p.suggested_questions for p in template.phases)


def test_missing_and_unfit_suggestions_are_found() -> None:
    team = template_by_id("team-meeting")
    assert team is not None
    broken = team.model_copy(
        update={
            "phases": (
                team.phases[0].model_copy(
                    update={"suggested_questions": ("no.such.01", "checkin.10")}
                ),
                *team.phases[1:],
            )
        }
    )
    assert missing_suggestions(broken, bundled_bank()) == ["no.such.01"]
    assert unfit_suggestions(broken, bundled_bank()) == ["checkin.10"]  # worded for 1:1
    assert missing_suggestions(broken, QuestionBank([])) != []


def test_landscape_workshop_is_built_on_the_four_questions() -> None:
    template = template_by_id("data-landscape-workshop")
    assert template is not None
    suggested = {q for p in template.phases for q in p.suggested_questions}
    assert {"landscape.01", "landscape.02", "landscape.03", "landscape.04"} <= suggested
    bank = bundled_bank()
    assert "7–8" in bank.get("landscape.03").text.da  # type: ignore[union-attr]
    assert "7–8" in template.fup.outcome.da


def test_intervention_level_ends_in_development_points_and_improvement_actions() -> None:
    template = template_by_id("intervention-level")
    assert template is not None
    assert template.cadence is not None and template.cadence.da == "Kvartalsvis"
    assert "udviklingspunkter" in template.fup.outcome.da
    assert "forbedringstiltag" in template.fup.outcome.da
    phases = [p.phase for p in template.phases]
    assert phases.index(PhaseId.EXPLANATIONS) < phases.index(PhaseId.ACTIONS)
    actions = next(p for p in template.phases if p.phase == PhaseId.ACTIONS)
    assert "tomm.kaptajn.13" in actions.suggested_questions


def test_citizen_level_is_every_other_week() -> None:
    template = template_by_id("citizen-level")
    assert template is not None and template.cadence is not None
    assert template.cadence.da == "Hver anden uge"


def test_goal_setting_reflects_on_all_six_principles() -> None:
    template = template_by_id("goal-setting")
    assert template is not None
    suggested = [q for p in template.phases for q in p.suggested_questions]
    for n in range(1, 7):
        assert sum(q.startswith(f"maalkompas.{n}.") for q in suggested) == 3, n


def test_timeboxes_that_do_not_add_up_are_rejected() -> None:
    team = template_by_id("team-meeting")
    assert team is not None
    raw = team.model_dump(mode="json")
    raw["duration_minutes"] = 45
    with pytest.raises(ValidationError, match="add up to 60 min, not 45 min"):
        MeetingTemplate.model_validate(raw)
