"""The summary tells what the method library added: explanations, coverage, round questions."""

from __future__ import annotations

from dialogtool.core.i18n import Lang
from dialogtool.core.record import (
    AskedQuestion,
    Explanation,
    Locus,
    MeetingRecord,
    PhaseId,
    PhasePlan,
    Scope,
    utc_now,
)
from dialogtool.core.summary import build_summary, render_markdown


def markdown(record: MeetingRecord, lang: Lang) -> str:
    return render_markdown(build_summary(record, lang))


def test_explanations_are_grouped_by_quadrant_with_labels_in_both_languages() -> None:
    record = MeetingRecord(
        explanations=[
            Explanation(
                text="Vi ringer for sjældent", locus=Locus.INTERNAL, scope=Scope.COLLECTIVE
            ),
            Explanation(text="Markedet er koldt", locus=Locus.EXTERNAL, scope=Scope.COLLECTIVE),
            Explanation(text="Én er ny i teamet", locus=Locus.INTERNAL, scope=Scope.INDIVIDUAL),
            Explanation(
                text="Vi mangler et fast møde", locus=Locus.INTERNAL, scope=Scope.COLLECTIVE
            ),
        ]
    )
    danish = markdown(record, "da")
    assert (
        "### Ekstern og kollektiv (uden for lederens direkte indflydelse, gælder alle)\n\n"
        "- Markedet er koldt\n" in danish
    )
    assert (
        "### Intern og kollektiv (lederen kan påvirke det, gælder alle)\n\n"
        "- Vi ringer for sjældent\n- Vi mangler et fast møde\n" in danish
    )
    assert "### Intern og individuel" in danish
    assert "Ekstern og individuel" not in danish, "empty quadrants are left out"
    assert "internal" not in danish and "collective" not in danish
    assert "### Internal and individual (the leader can affect it" in markdown(record, "en")


def test_coverage_is_stated_even_when_no_question_type_was_used() -> None:
    record = MeetingRecord(phases=[PhasePlan(phase=PhaseId.TOMM)])
    assert "Brugte spørgsmålstyper: Ingen (0/4)" in markdown(record, "da")
    assert "Question types used: None (0/4)" in markdown(record, "en")
    assert "spørgsmålstyper" not in markdown(MeetingRecord(), "da")


def test_round_questions_are_shown_with_their_round_not_among_tomm_questions() -> None:
    now = utc_now()
    record = MeetingRecord(
        questions=[
            AskedQuestion(
                category="checkin", text="Hvad håber du på?", phase=PhaseId.CHECKIN, asked_at=now
            ),
            AskedQuestion(
                category="checkout", text="Hvad tager du med?", phase=PhaseId.CHECKOUT, asked_at=now
            ),
            AskedQuestion(category="tomm.detektiv", text="Hvad ser I?", asked_at=now),
        ]
    )
    text = markdown(record, "da")
    checkin = text.index("## Tjek ind")
    questions = text.index("## Spørgsmål, vi stillede")
    checkout = text.index("## Tjek ud")
    assert checkin < text.index("*Spørgsmål: »Hvad håber du på?«*") < questions
    assert checkout < text.index("*Spørgsmål: »Hvad tager du med?«*")
    assert "- Hvad ser I? *(Detektiv)*" in text
    assert "- Hvad håber du på?" not in text
