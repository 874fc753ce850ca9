"""Speaking order, small groups and the talk tally: seeded, and nobody left out."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from dialogtool.core.dialogue import (
    count_contribution,
    next_speaker,
    pass_turn,
    speaking_order,
    split_groups,
    start_order,
    talk_shares,
)
from dialogtool.core.record import LEADER_KEY, DialogueState, MeetingRecord, Participant, PhaseId

PEOPLE = [f"p{i}" for i in range(7)]


def test_listed_order_is_kept_and_a_seed_reproduces_a_shuffle() -> None:
    assert speaking_order(PEOPLE) == PEOPLE
    shuffled = speaking_order(PEOPLE, seed=42)
    assert shuffled == speaking_order(PEOPLE, seed=42)
    assert sorted(shuffled) == sorted(PEOPLE)
    assert any(speaking_order(PEOPLE, seed=s) != shuffled for s in range(5))


@given(
    st.lists(st.text(min_size=1, max_size=4), unique=True, max_size=30),
    st.integers(1, 6),
    st.integers(0, 2**31),
)
def test_groups_cover_everyone_exactly_once_and_are_reproducible(
    ids: list[str], size: int, seed: int
) -> None:
    groups = split_groups(ids, size, seed)
    assert groups == split_groups(ids, size, seed)
    assert Counter(pid for group in groups for pid in group) == Counter(ids)
    sizes = [len(group) for group in groups]
    if ids:
        assert max(sizes) - min(sizes) <= 1
        assert max(sizes) <= size + 1
        assert min(sizes) >= 1


def test_nobody_is_left_alone_when_pairs_do_not_add_up() -> None:
    assert sorted(len(g) for g in split_groups(PEOPLE, 2, seed=1)) == [2, 2, 3]
    assert sorted(len(g) for g in split_groups(PEOPLE, 4, seed=1)) == [3, 4]
    assert len(split_groups(PEOPLE, 1, seed=1)) == 7


def test_the_word_goes_round_and_a_pass_is_remembered() -> None:
    state = DialogueState()
    start_order(state, PhaseId.CHECKIN, ["a", "b", "c"])
    assert state.current == "a"
    assert pass_turn(state) == "b"
    assert next_speaker(state) == "c"
    assert next_speaker(state) is None
    assert state.passed == ["a"]


def test_talk_shares_include_the_leader() -> None:
    record = MeetingRecord(
        participants=[Participant(id="a", name="Åse"), Participant(id="b", name="Bo")]
    )
    for key in ("a", "a", LEADER_KEY, LEADER_KEY, LEADER_KEY, "a"):
        count_contribution(record, key)
    shares = {s.name: (s.count, s.share) for s in talk_shares(record, "Leder")}
    assert shares == {"Åse": (3, 0.5), "Bo": (0, 0.0), "Leder": (3, 0.5)}
