"""Structured dialogue, small groups and the talk tally (domain.md §7).

Shuffles take a seed so that the order the room saw can be reproduced from the
presentation log; every function covers each participant exactly once.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from dialogtool.core.record import LEADER_KEY, DialogueState, MeetingRecord, PhaseId


def speaking_order(ids: Sequence[str], seed: int | None = None) -> list[str]:
    """The participants as listed (no seed) or shuffled reproducibly with ``seed``."""
    order = list(ids)
    if seed is not None:
        random.Random(seed).shuffle(order)
    return order


def split_groups(ids: Sequence[str], size: int, seed: int | None = None) -> list[list[str]]:
    """Groups of about ``size`` people (1-2-4-All style), shuffled with ``seed``.

    Group sizes differ by at most one and never exceed ``size`` + 1. A single
    person left over joins a group instead of sitting alone (unless ``size`` is 1).
    """
    if size < 1:
        raise ValueError("a group has at least one person")
    people = speaking_order(ids, seed)
    if not people:
        return []
    count = math.ceil(len(people) / size)
    if size > 1 and len(people) % size == 1 and count > 1:
        count -= 1
    return [people[i::count] for i in range(count)]


def start_order(state: DialogueState, phase: PhaseId, order: Sequence[str]) -> None:
    """Begin a round in ``order``: the first person has the word, nobody has passed."""
    state.phase = phase
    state.groups = []
    state.order = list(order)
    state.current = state.order[0] if state.order else None
    state.passed = []


def spin_frame(state: DialogueState, phase: PhaseId, order: Sequence[str]) -> None:
    """One frame of the visible spinner: an order on screen, nobody has the word yet."""
    start_order(state, phase, order)
    state.current = None


def next_speaker(state: DialogueState) -> str | None:
    """Give the word to the next person in the order; None after the last one."""
    if state.current is None or state.current not in state.order:
        return None
    index = state.order.index(state.current) + 1
    state.current = state.order[index] if index < len(state.order) else None
    return state.current


def finish_turn(record: MeetingRecord) -> str | None:
    """*Næste taler*: the one who had the word has spoken (it counts), and the word goes on.

    Someone who passed has not spoken, so a pass is never counted.
    """
    state = record.dialogue
    if state.current is not None and state.current not in state.passed:
        count_contribution(record, state.current)
    return next_speaker(state)


def pass_turn(state: DialogueState) -> str | None:
    """The current speaker passes ("står over"); the word goes on."""
    if state.current is not None and state.current not in state.passed:
        state.passed.append(state.current)
    return next_speaker(state)


def start_groups(
    state: DialogueState,
    phase: PhaseId,
    groups: Sequence[Sequence[str]],
    question: str,
    minutes: int,
    now: datetime,
) -> None:
    """Send the room into small groups with a question and a timebox."""
    if state.phase != phase:
        start_order(state, phase, [])
    state.groups = [list(group) for group in groups]
    state.group_question = question
    state.group_minutes = minutes
    state.groups_started_at = now


def gather_up(state: DialogueState) -> None:
    """Back in plenary: the groups are done."""
    state.groups = []
    state.groups_started_at = None


def count_contribution(record: MeetingRecord, key: str) -> int:
    """One more contribution by a participant (their id) or the leader (``LEADER_KEY``)."""
    record.talk_tally[key] = record.talk_tally.get(key, 0) + 1
    return record.talk_tally[key]


@dataclass(frozen=True)
class TalkShare:
    key: str
    name: str
    count: int
    share: float  # 0..1 of all contributions


def talk_shares(record: MeetingRecord, leader_name: str) -> list[TalkShare]:
    """Each participant's share of the contributions, and the leader's, in list order."""
    names = [(p.id, p.name) for p in record.participants] + [(LEADER_KEY, leader_name)]
    total = sum(record.talk_tally.get(key, 0) for key, _ in names)
    return [
        TalkShare(key, name, count, count / total if total else 0.0)
        for key, name in names
        for count in [record.talk_tally.get(key, 0)]
    ]
