"""The bundled question bank: complete, bilingual, and faithful to the method's structure."""

from __future__ import annotations

from collections import Counter

import pytest
from pydantic import ValidationError

from dialogtool.core.questions import (
    CATEGORIES,
    GAMEBOARD_STEPS,
    MAALKOMPAS_PRINCIPLES,
    Question,
    QuestionBank,
    bundled_bank,
    category_label,
    load_bundled_files,
)
from dialogtool.core.record import MeetingKind, Quadrant
from dialogtool.core.user_library import USER_ID_PREFIX


def test_every_question_file_validates_and_ids_are_unique() -> None:
    files = load_bundled_files()
    assert len(files) >= 10
    ids = [q.id for f in files for q in f.questions]
    duplicates = [qid for qid, n in Counter(ids).items() if n > 1]
    assert duplicates == []
    assert len(QuestionBank(q for f in files for q in f.questions)) == len(ids)


def test_every_question_has_danish_and_english_text_that_differ() -> None:
    for q in bundled_bank():
        assert q.text.da.strip() and q.text.en.strip(), q.id
        assert q.text.da != q.text.en, q.id
        if q.hint is not None:
            assert q.hint.da != q.hint.en, q.id


def test_danish_text_is_danish() -> None:
    """A cheap guard against an English text pasted into the Danish field."""
    english_only = (" the ", " what ", " we ", " you ")
    for q in bundled_bank():
        padded = f" {q.text.da.lower()} "
        assert not any(word in padded for word in english_only), q.id


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_each_category_has_its_minimum_count(category: str) -> None:
    count = len(bundled_bank().in_category(category))
    assert count >= CATEGORIES[category].minimum, f"{category}: {count}"


def test_minimums_match_the_method() -> None:
    for quadrant in Quadrant:
        assert CATEGORIES[f"tomm.{quadrant.value}"].minimum >= 10
    assert CATEGORIES["solution.mastery"].minimum >= 8
    assert CATEGORIES["solution.progression"].minimum >= 8
    assert [f"gameboard.{n}" in CATEGORIES for n in range(1, 6)] == [True] * 5
    assert "gameboard.axes" in CATEGORIES


def test_maalkompas_has_exactly_three_questions_per_principle_titled_in_the_hint() -> None:
    bank = bundled_bank()
    assert len(MAALKOMPAS_PRINCIPLES) == 6
    for n, principle in enumerate(MAALKOMPAS_PRINCIPLES, start=1):
        questions = bank.in_category(f"maalkompas.{n}")
        assert len(questions) == 3, n
        for q in questions:
            assert (
                q.hint is not None
                and principle.get("da") in q.hint.da
                and principle.get("en") in q.hint.en
            )
        assert principle.get("da") in category_label(f"maalkompas.{n}", "da")


def test_gameboard_labels_name_the_five_steps_in_order() -> None:
    assert category_label("gameboard.1", "da").endswith(GAMEBOARD_STEPS[0].get("da"))
    assert category_label("gameboard.3", "en").endswith("We find explanations")
    assert category_label("gameboard.5", "da").endswith("Vi implementerer og følger op")


def test_the_method_questions_open_checkin_and_checkout() -> None:
    """The first two of each round are the method's own questions (the UI's fallback)."""
    bank = bundled_bank()
    checkin = [q.id for q in bank.in_category("checkin")]
    checkout = [q.id for q in bank.in_category("checkout")]
    assert checkin[:2] == ["checkin.01", "checkin.02"]
    assert checkout[:2] == ["checkout.01", "checkout.02"]
    assert "formål" in bank.get("checkin.01").text.da  # type: ignore[union-attr]
    assert "handling" in bank.get("checkout.02").text.da  # type: ignore[union-attr]
    assert len(checkin) >= 8 and len(checkout) >= 8  # room for variation from meeting to meeting


def test_ids_from_the_first_release_still_exist() -> None:
    """Saved meetings refer to question ids; they must never disappear."""
    bank = bundled_bank()
    stable = ["checkin.01", "checkin.02", "checkout.01", "checkout.02"] + [
        f"tomm.{q.value}.0{n}" for q in Quadrant for n in (1, 2, 3)
    ]
    assert [qid for qid in stable if bank.get(qid) is None] == []


def test_one_to_one_wording_is_offered_where_team_wording_does_not_fit() -> None:
    bank = bundled_bank()
    for category in ("checkin", "checkout", "ugu.explore", "ugu.explore_again", "tomm.kaptajn"):
        one_to_one = bank.in_category(category, MeetingKind.ONE_TO_ONE)
        assert one_to_one, category
    team_only = [q for q in bank if MeetingKind.ONE_TO_ONE not in q.fits]
    # Team wording addresses a group ("I", "jer"); it must not be offered across a desk.
    assert any(" I " in f" {q.text.da} " for q in team_only)
    for q in bank.in_category("bridge", MeetingKind.ONE_TO_ONE):
        assert " I " not in f" {q.text.da} " and "jer" not in q.text.da


def test_bundled_ids_never_use_the_user_prefix() -> None:
    assert [q.id for q in bundled_bank() if q.id.startswith(USER_ID_PREFIX)] == []


def test_unknown_category_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown category"):
        Question.model_validate(
            {"id": "x.01", "category": "tomm.dektektiv", "text": {"da": "Hvad?", "en": "What?"}}
        )


def test_every_category_has_a_bilingual_label() -> None:
    for category in CATEGORIES.values():
        assert category.label.get("da") and category.label.get("en") != category.label.get("da")
    assert category_label("tomm.fremtidsforsker", "da") == "Fremtidsforsker"
    assert category_label("no.such", "en") == "no.such"
