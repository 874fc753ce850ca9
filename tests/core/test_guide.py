"""Method guide cards: one per method, bilingual, reachable from every phase."""

from __future__ import annotations

from dialogtool.core.guide import card_for_category, cards_for_phase, guide_card, guide_cards
from dialogtool.core.questions import CATEGORIES
from dialogtool.core.record import PhaseId

METHODS = {
    "fup",
    "data-contract",
    "checkin",
    "checkout",
    "leader-roles",
    "ugu",
    "tomm",
    "structured-dialogue",
    "small-groups",
    "bridge",
    "solution-focus",
    "domains",
    "gameboard",
    "analysis-levels",
    "maalkompas",
    "stepping-stones",
    "leader-reflection",
}


def test_there_is_one_card_per_method() -> None:
    assert {card.id for card in guide_cards()} == METHODS


def test_every_card_says_what_why_how_and_pitfall_in_both_languages() -> None:
    for card in guide_cards():
        for text in (card.title, card.what, card.why, card.how, card.pitfall):
            assert text.da != text.en, card.id


def test_every_phase_offers_at_least_one_card() -> None:
    for phase in PhaseId:
        assert cards_for_phase(phase), phase


def test_every_question_category_leads_to_a_card() -> None:
    assert [c for c in CATEGORIES if card_for_category(c) is None] == []
    assert card_for_category("ugu.give") == guide_card("ugu")


def test_the_explain_and_defend_pitfall_is_named() -> None:
    ugu = guide_card("ugu")
    contract = guide_card("data-contract")
    assert ugu is not None and contract is not None
    assert "forklar og forsvar" in ugu.pitfall.da
    assert "explain-and-defend" in contract.pitfall.en
    assert PhaseId.DATA in ugu.phases


def test_the_four_levels_of_analysis_have_a_card() -> None:
    card = guide_card("analysis-levels")
    assert card is not None
    for level in ("beskrivende", "forklarende", "forudsigende", "anvisende"):
        assert level in card.what.da
    for level in ("describing", "explaining", "predicting", "prescribing"):
        assert level in card.what.en


def test_the_leaders_own_reflection_asks_for_data_that_do_not_support_the_judgement() -> None:
    card = guide_card("leader-reflection")
    assert card is not None and PhaseId.FRAMING in card.phases
    assert "understøtter min vurdering" in card.what.da and "data, der ikke" in card.what.da
    assert card_for_category("leader.reflection") == card


def test_the_check_in_card_keeps_the_method_pair_and_varies_only_the_extras() -> None:
    for card_id in ("checkin", "checkout"):
        card = guide_card(card_id)
        assert card is not None
        assert "metodens to spørgsmål" in card.how.da
        assert "gå runden rundt" not in card.how.da.lower()
    checkin = guide_card("checkin")
    assert checkin is not None and "Skift spørgsmålene ud" not in checkin.how.da


def test_maalkompas_card_names_the_principles_and_learning_never_only_steering() -> None:
    card = guide_card("maalkompas")
    assert card is not None
    assert "Vær oprigtigt nysgerrig" in card.what.da and "Fokuser på" in card.what.da
    assert "til læring og aldrig kun til styring" in card.why.da
    assert "nysgerrig for alvor" not in card.what.da
