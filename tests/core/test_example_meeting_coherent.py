"""The bundled example meeting agrees with its own numbers and shows the method done well."""

from __future__ import annotations

import re

import pytest

from dialogtool.core.context import latest_point
from dialogtool.core.demo_meetings import bundled
from dialogtool.core.record import IndicatorDiscussion, MeetingRecord, PhaseId, Quadrant
from dialogtool.core.summary import quadrants_used

CLAIMS = re.compile(r"over målet|under målet|på målet|steget|faldet")
NUMBER = r"(\d+(?:,\d+)?)"


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _finished() -> MeetingRecord:
    [finished, _planned] = bundled()
    return finished


def _check(item: IndicatorDiscussion, record: MeetingRecord, sentence: str) -> None:
    assert item.snapshot is not None
    point = latest_point(item.snapshot, record.team)
    assert point is not None and point.target is not None and point.previous is not None
    value, previous, target = point.value, point.previous, point.target
    if "over målet" in sentence:
        assert value > target, sentence
    if "under målet" in sentence:
        assert value < target, sentence
    if "steget" in sentence or "faldet" in sentence:
        assert (value > previous) == ("steget" in sentence), sentence
        moved = re.search(rf"fra {NUMBER}[^0-9]* til {NUMBER}", sentence)
        if moved:
            assert (_number(moved.group(1)), _number(moved.group(2))) == (previous, value)
    target_named = re.search(rf"målet på {NUMBER}", sentence)
    if target_named:
        assert _number(target_named.group(1)) == target, sentence


def test_every_target_and_direction_sentence_agrees_with_its_own_numbers() -> None:
    record = _finished()
    checked = 0
    for item in record.indicators:
        for text in (item.team_noticed, item.leader_perspective, item.team_response):
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                if CLAIMS.search(sentence):
                    _check(item, record, sentence)
                    checked += 1
    assert checked >= 3
    # No such claim elsewhere in the record, where no indicator's numbers could vouch for it.
    elsewhere = [
        *record.phase_notes.values(),
        *(e.text for e in (*record.checkin, *record.checkout)),
        *(a.text for a in record.action_items),
        *(e.text for e in record.explanations),
        record.fup.purpose,
        record.fup.outcome,
    ]
    assert not [t for t in elsewhere if CLAIMS.search(t)]


def test_each_stone_has_its_own_words_and_ugu_in_its_order() -> None:
    record = _finished()
    noticed = [item.team_noticed for item in record.indicators]
    assert len(set(noticed)) == len(noticed) == 3, "one sentence per indicator"
    for item in record.indicators:
        assert item.team_noticed and item.leader_perspective and item.team_response
        assert item.perspective_revealed_at is not None, "a response to a perspective given"


def test_all_four_question_types_and_the_close_out_are_used() -> None:
    record = _finished()
    assert set(quadrants_used(record)) == set(Quadrant)
    asked = {(q.phase, q.question_id) for q in record.questions if q.asked}
    assert {(PhaseId.CHECKIN, "checkin.01"), (PhaseId.CHECKIN, "checkin.02")} <= asked
    assert {(PhaseId.CHECKOUT, "checkout.01"), (PhaseId.CHECKOUT, "checkout.02")} <= asked
    closing = {qid for phase, qid in asked if phase == PhaseId.SUMMARY}
    assert {"contract.closing.01", "contract.closing.04", "contract.closing.05"} <= closing
    assert record.checkout and record.follow_up is not None
    kaptajn = [q for q in record.questions if q.category == "tomm.kaptajn" and q.asked]
    assert kaptajn and all(q.phase == PhaseId.ACTIONS for q in kaptajn), "action after reasons"
    assert any(a.trial and a.expectation for a in record.action_items)


@pytest.mark.parametrize("name", ["purpose", "outcome"])
def test_the_framing_is_the_leaders_own(name: str) -> None:
    text = getattr(_finished().fup, name)
    assert "…" not in text
