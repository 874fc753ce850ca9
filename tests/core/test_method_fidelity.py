"""The bank and templates say what the method says: Målkompasset's names, UGU's last step, and more."""

from __future__ import annotations

import re

from dialogtool.core.questions import (
    MAALKOMPAS_PRINCIPLES,
    Question,
    bundled_bank,
    category_label,
)
from dialogtool.core.record import PhaseId
from dialogtool.core.resources import json_files
from dialogtool.core.templates import MeetingTemplate, template_by_id

PRINCIPLE_NAMES = [
    "Vær oprigtigt nysgerrig",
    "Flet faglighed og fokus på værdi",
    "Tegn forandringen sammen",
    "Fokuser på det meningsfulde",
    "Omfavn data",
    "Stop op og lær",
]


def _q(question_id: str) -> Question:
    question = bundled_bank().get(question_id)
    assert question is not None, question_id
    return question


def _template(template_id: str) -> MeetingTemplate:
    template = template_by_id(template_id)
    assert template is not None, template_id
    return template


def _suggested(template_id: str, phase: PhaseId | None = None) -> list[str]:
    return [
        q
        for p in _template(template_id).phases
        if phase is None or p.phase == phase
        for q in p.suggested_questions
    ]


def test_maalkompas_has_six_principles_by_their_right_names_with_three_questions_each() -> None:
    assert [p.get("da") for p in MAALKOMPAS_PRINCIPLES] == PRINCIPLE_NAMES
    bank = bundled_bank()
    for n, name in enumerate(PRINCIPLE_NAMES, start=1):
        assert category_label(f"maalkompas.{n}", "da") == f"Målkompasset {n}: {name}"
        questions = bank.in_category(f"maalkompas.{n}")
        assert len(questions) == 3, n
        assert all(
            q.hint is not None and q.hint.da.startswith(f"Princip {n}: {name}") for q in questions
        )
    principle_categories = {c for c in bank.categories() if re.fullmatch(r"maalkompas\.\d", c)}
    assert principle_categories == {f"maalkompas.{n}" for n in range(1, 7)}


def test_maalkompas_keeps_the_sources_wording() -> None:
    assert _q("maalkompas.5.02").text.da == "Bruger vi data til læring eller til styring?"
    assert _q("maalkompas.2.02").text.da == "Holder vi et dobbelt fokus?"
    assert _q("maalkompas.3.02").text.da == "Er vores mål kun slutmål?"
    assert "blik for dilemmaerne" in _q("maalkompas.2.01").text.da
    assert "oprigtigt fælles og håndterbare" in _q("maalkompas.3.03").text.da
    assert _q("maalkompas.6.01").text.da == "Hvad vil det sige at stoppe op?"
    assert _q("maalkompas.6.02").text.da == "Fik vi undret os, inden vi sprang til handling?"


def test_no_resource_uses_the_wrong_principle_names() -> None:
    folders = ("questions", "templates", "guide")
    for path in (f for folder in folders for f in json_files(folder)):
        text = path.read_text("utf-8")
        for wrong in (
            "nysgerrig for alvor",
            "Fokusér",
            "læring eller til kontrol",
            "frem for kontrol",
        ):
            assert wrong not in text, (path.name, wrong)


def test_each_principle_opens_with_a_what_if() -> None:
    openings = bundled_bank().in_category("maalkompas.whatif")
    assert [q.id for q in openings] == [f"maalkompas.whatif.{n}" for n in range(1, 7)]
    for n, q in enumerate(openings, start=1):
        assert q.text.da.startswith("Hvad nu, hvis ") and q.text.da.endswith("?"), q.id
        assert q.hint is not None and PRINCIPLE_NAMES[n - 1] in q.hint.da


def test_goal_setting_follows_the_agenda_principle_by_principle() -> None:
    suggested = _suggested("goal-setting")
    principles = [
        int(m.group(1)) for q in suggested if (m := re.fullmatch(r"maalkompas\.(\d)\.0\d", q))
    ]
    assert principles == sorted(principles) and set(principles) == set(range(1, 7))
    for n in range(1, 7):  # the opening comes before the principle's own questions
        assert suggested.index(f"maalkompas.whatif.{n}") < suggested.index(f"maalkompas.{n}.01")
    agenda = [item.title.da for item in _template("goal-setting").fup.process if item.title]
    assert [a for a in agenda if a[:1].isdigit()] == [
        f"{n}. {name}" for n, name in enumerate(PRINCIPLE_NAMES, start=1)
    ]


def test_follow_up_asks_stop_and_learns_follow_up_questions_and_whether_the_picture_is_known() -> (
    None
):
    followups = [q.text.da for q in bundled_bank().in_category("maalkompas.followup")]
    assert followups == [
        "Gjorde vi den forskel, vi drømte om?",
        "Hvad lærte vi?",
        "Hvilke konsekvenser drager vi af det?",
    ]
    suggested = _suggested("follow-up")
    assert {"maalkompas.followup.01", "maalkompas.followup.02", "maalkompas.followup.03"} <= set(
        suggested
    )
    recognise = _q("gameboard.2.06")
    assert "dem, der producerer data" in recognise.text.da and "genkende billedet" in (
        recognise.text.da
    )
    assert "gameboard.2.06" in suggested and "gameboard.2.06" in _suggested("goal-setting")


def test_data_contract_openings_end_with_ugus_last_step() -> None:
    for question_id in ("contract.opening.03", "contract.opening.04"):
        text = _q(question_id).text
        assert text.da.index("perspektiv" if "perspektiv" in text.da else "blik") < text.da.index(
            "om og hvordan det giver mening"
        ), question_id
        assert "whether and how it makes sense" in text.en


def test_game_board_step_four_is_anchored_in_goals_strategy_and_professional_background() -> None:
    text = _q("gameboard.4.01").text
    assert "de politiske mål, strategien og vores faglige baggrund" in text.da
    assert "political goals, the strategy and our professional background" in text.en


def test_explanation_axes_are_seen_from_the_leaders_chair() -> None:
    axis = _q("gameboard.axes.01")
    assert "lederen direkte indflydelse" in axis.text.da
    assert axis.hint is not None and "lederen" in axis.hint.da
    for question in bundled_bank().in_category("gameboard.axes"):
        assert "vores indflydelse" not in question.text.da, question.id


def test_the_team_meeting_has_a_short_explanations_step_between_reflection_and_actions() -> None:
    template = _template("team-meeting")
    phases = [p.phase for p in template.phases]
    assert phases.index(PhaseId.TOMM) < phases.index(PhaseId.EXPLANATIONS)
    assert phases.index(PhaseId.EXPLANATIONS) < phases.index(PhaseId.ACTIONS)
    step = next(p for p in template.phases if p.phase == PhaseId.EXPLANATIONS)
    assert 0 < step.minutes <= 15 and "gameboard.axes.01" in step.suggested_questions
    agenda = {item.title.da: item.minutes for item in template.fup.process if item.title}
    assert any(
        title.startswith("Forklaringer") and m == step.minutes for title, m in agenda.items()
    )


def test_citizen_level_speaks_of_the_one_citizen() -> None:
    suggested = _suggested("citizen-level", PhaseId.CHECKIN)
    assert "checkin.06" not in suggested  # "which citizen do you have in mind" – it is one citizen
    assert "checkin.13" in suggested and "borgeren" in _q("checkin.13").text.da


def test_organisational_level_is_a_chefmoede_that_compares_interventions() -> None:
    template = _template("organisational-level")
    assert "chefmøde" in template.description.da.lower()
    assert "varierer" in template.description.da
    suggested = _suggested("organisational-level")
    assert {"gameboard.2.07", "gameboard.4.06"} <= set(suggested)
    assert "indsatser for målgruppen" in _q("gameboard.2.07").text.da
    assert "overordnet niveau" in _q("gameboard.4.06").text.da


def test_intervention_level_asks_about_methods_that_work_and_groups_of_citizens() -> None:
    suggested = _suggested("intervention-level")
    assert {"gameboard.1.05", "gameboard.2.05", "gameboard.4.05"} <= set(suggested)
    assert "metoder der virker for målgruppen" in _q("gameboard.1.05").text.da
    assert "grupper af borgere" in _q("gameboard.2.05").text.da
    assert "prøvehandling" in _q("gameboard.4.05").text.da


def test_landscape_workshop_asks_about_collaboration_output_or_outcome_and_evaluates() -> None:
    fourth = _q("landscape.04")
    assert "samarbejder" in fourth.text.da and "datakolleger" in fourth.text.da
    assert fourth.hint is not None and "afstemme forventningerne" in fourth.hint.da
    assert "output" in _q("landscape.08").text.da and "outcome" in _q("landscape.08").text.da
    template = _template("data-landscape-workshop")
    assert "datakolleger" in template.description.da
    suggested = _suggested("data-landscape-workshop")
    assert {"landscape.04", "landscape.08", "landscape.09"} <= set(suggested)
    checkout = _suggested("data-landscape-workshop", PhaseId.CHECKOUT)
    assert {"evaluation.01", "evaluation.02", "evaluation.03"} <= set(checkout)
    rating = _q("evaluation.01").text.da
    assert "1 til 10" in rating and "ledelse" in rating
    assert "godt" in _q("evaluation.02").text.da and "mindre godt" in _q("evaluation.03").text.da


def test_the_leaders_own_reflection_is_in_the_bank() -> None:
    texts = [q.text.da for q in bundled_bank().in_category("leader.reflection")]
    assert "Hvilke data understøtter min vurdering?" in texts
    assert "Er der data, der ikke understøtter min vurdering?" in texts


def test_english_says_learn_and_case() -> None:
    for folder in ("questions", "templates", "guide"):
        for path in json_files(folder):
            text = path.read_text("utf-8")
            assert "wiser" not in text, path.name
            assert not re.search(r"\bcourses?\b", text.replace("of course", "")), path.name
