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
    "maalkompas",
    "stepping-stones",
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
