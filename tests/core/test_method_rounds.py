"""The method's own check-in and check-out pairs are always offered first; only variants rotate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dialogtool.core.library import Library, LibraryError, suggest_checkins
from dialogtool.core.questions import METHOD_ROUND_QUESTIONS, bundled_bank
from dialogtool.core.record import AskedQuestion, MeetingKind, MeetingRecord, PhaseId
from dialogtool.core.templates import MeetingTemplate, bundled_templates

CHECKIN_PAIR = ["checkin.01", "checkin.02"]
CHECKOUT_PAIR = ["checkout.01", "checkout.02"]


def _held(team: str, days_ago: int, *question_ids: str) -> MeetingRecord:
    bank = bundled_bank()
    return MeetingRecord(
        team=team,
        scheduled_at=datetime(2024, 6, 1, tzinfo=UTC) - timedelta(days=days_ago),
        questions=[
            AskedQuestion(
                question_id=qid,
                category="checkin",
                text=bank.get(qid).text.da,  # type: ignore[union-attr]
                phase=PhaseId.CHECKIN,
            )
            for qid in question_ids
        ],
    )


def test_the_pairs_are_the_method_questions() -> None:
    assert list(METHOD_ROUND_QUESTIONS["checkin"]) == CHECKIN_PAIR
    assert list(METHOD_ROUND_QUESTIONS["checkout"]) == CHECKOUT_PAIR
    bank = bundled_bank()
    assert "formål" in bank.get("checkin.01").text.da  # type: ignore[union-attr]
    assert "få med fra mødet" in bank.get("checkin.02").text.da  # type: ignore[union-attr]
    assert "vigtigste" in bank.get("checkout.01").text.da  # type: ignore[union-attr]
    assert "handling" in bank.get("checkout.02").text.da  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", list(MeetingKind))
def test_the_checkin_pair_is_offered_first_whatever_the_history(
    tmp_path: Path, kind: MeetingKind
) -> None:
    library = Library(tmp_path)
    # The team used the pair (and some variants) in every one of its recent meetings.
    history = [_held("Team Nord", d, *CHECKIN_PAIR, "checkin.03") for d in (7, 14, 21, 28)]
    for records in ([], history):
        offered = [q.id for q in library.checkin_suggestions(records, "Team Nord", kind)]
        assert offered[:2] == CHECKIN_PAIR, (kind, records)


def test_variants_rotate_and_come_back_after_three_meetings(tmp_path: Path) -> None:
    library = Library(tmp_path)
    candidates = library.round_questions("checkin", MeetingKind.TEAM)
    used = _held("Team Nord", 7, "checkin.01", "checkin.05")
    offered = [q.id for q in suggest_checkins(candidates, [used], "Team Nord")]
    assert "checkin.05" not in offered and offered[:2] == CHECKIN_PAIR
    later = [used, *(_held("Team Nord", d, "checkin.02") for d in (1, 2, 3))]
    assert "checkin.05" in [q.id for q in suggest_checkins(candidates, later, "Team Nord")]


def test_the_pairs_cannot_be_hidden_and_are_offered_without_the_template(tmp_path: Path) -> None:
    library = Library(tmp_path)
    with pytest.raises(LibraryError):
        library.set_question_hidden("checkout.01", True)
    offered = [q.id for q in library.round_questions("checkout", MeetingKind.ONE_TO_ONE)]
    assert offered[:2] == CHECKOUT_PAIR
    with_template = library.round_questions("checkout", MeetingKind.TEAM, ("checkout.07",))
    assert [q.id for q in with_template][:3] == [*CHECKOUT_PAIR, "checkout.07"]


@pytest.mark.parametrize("template", bundled_templates(), ids=lambda t: t.id)
def test_every_template_offers_the_pairs_first(template: MeetingTemplate) -> None:
    phases = {p.phase: p.suggested_questions for p in template.phases}
    assert list(phases[PhaseId.CHECKIN][:2]) == CHECKIN_PAIR
    assert list(phases[PhaseId.CHECKOUT][:2]) == CHECKOUT_PAIR
    others = [*phases[PhaseId.CHECKIN][2:], *phases[PhaseId.CHECKOUT][2:]]
    assert not set(others) & {*CHECKIN_PAIR, *CHECKOUT_PAIR}
