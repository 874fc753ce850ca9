"""The edits a screen makes on a meeting, as operations (``core.operations``).

Each function returns an :class:`Operation`; nothing changes until the session
applies it. Screens name the edit (the label is in the user's language, so the
screen passes it); the change itself, and the rules it must keep, live here.
Rows of a list are found when the operation runs, from the record it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from dialogtool.core import dialogue, meeting, presentation, slides
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import (
    AskedQuestion,
    DialogueState,
    Explanation,
    Locus,
    MeetingKind,
    MeetingRecord,
    Participant,
    PhaseId,
    PresentationEventKind,
    Scope,
    UguStep,
)

T = TypeVar("T")
#: Where a list lives in the record (the actions, the participants ...).
Items = Callable[[MeetingRecord], list[T]]
#: How one cell of a row is set: (record, row item, value).
ItemEdit = Callable[[MeetingRecord, T, Any], object]


def attribute(name: str, convert: Callable[[Any], Any] | None = None) -> ItemEdit[Any]:
    """Set ``name`` on the row item (after ``convert``); the field's limits apply."""

    def edit(_record: MeetingRecord, item: Any, value: Any) -> None:
        setattr(item, name, convert(value) if convert else value)

    return edit


def edit_row(
    label: str, changes: Changes, items: Items[T], row: int, edit: ItemEdit[T], value: Any
) -> Operation:
    """Set one cell of row ``row``: repeated edits of that cell are one undo step."""

    def change(record: MeetingRecord) -> None:
        edit(record, items(record)[row], value)

    return Operation(label, changes, change, coalesce=f"{label}#{row}")


def add_row(label: str, changes: Changes, items: Items[T], item: T) -> Operation:
    def change(record: MeetingRecord) -> None:
        items(record).append(item)

    return Operation(label, changes, change)


def remove_row(label: str, changes: Changes, items: Items[Any], row: int) -> Operation:
    def change(record: MeetingRecord) -> None:
        del items(record)[row]

    return Operation(label, changes, change)


def set_value(label: str, changes: Changes, set_: Callable[[MeetingRecord], object]) -> Operation:
    """A single value chosen (a combo box, a date): one undo step each."""
    return Operation(label, changes, set_)


def type_text(
    label: str, changes: Changes, key: str, set_: Callable[[MeetingRecord, str], object], text: str
) -> Operation:
    """Typing in one box (``key`` names it): a run of keystrokes is one undo step."""
    return Operation(label, changes, lambda record: set_(record, text), coalesce=key)


# -- explanations ---------------------------------------------------------------------------
def set_team_or_employee(label: str, name: str) -> Operation:
    """The meeting's team, or in a 1:1 its employee, who then takes part in the rounds.

    A 1:1's employee is a participant: typed once under *Medarbejder*, they are in
    the check-in round without being entered again. While the name is being typed
    (or corrected) the participant of the name before is renamed, not duplicated.
    """

    def change(record: MeetingRecord) -> None:
        before, after = record.team.strip(), name.strip()
        record.team = name
        if record.kind != MeetingKind.ONE_TO_ONE or not after:
            return
        people = record.participants
        if any(p.name.strip() == after for p in people):
            return
        typed_before = next((p for p in people if before and p.name.strip() == before), None)
        if typed_before is not None:
            typed_before.name = after
        else:
            people.append(Participant(name=after))

    return Operation(label, Changes.FRAMING | Changes.PEOPLE, change, coalesce="team")


def _card(record: MeetingRecord, card_id: str) -> Explanation:
    return next(c for c in record.explanations if c.id == card_id)


def add_explanation(label: str, card: Explanation) -> Operation:
    return Operation(label, Changes.EXPLANATIONS, lambda record: record.explanations.append(card))


def remove_explanation(label: str, card_id: str) -> Operation:
    def change(record: MeetingRecord) -> None:
        record.explanations.remove(_card(record, card_id))

    return Operation(label, Changes.EXPLANATIONS, change)


def edit_explanation(label: str, card_id: str, text: str) -> Operation:
    def change(record: MeetingRecord) -> None:
        _card(record, card_id).text = text

    return Operation(label, Changes.EXPLANATIONS, change, coalesce=f"explanation#{card_id}")


def move_explanations(label: str, card_ids: list[str], locus: Locus, scope: Scope) -> Operation:
    """Move cards to another field of the 2×2 (internal/external × individual/collective)."""

    def change(record: MeetingRecord) -> None:
        for card_id in card_ids:
            card = _card(record, card_id)
            card.locus = locus
            card.scope = scope

    return Operation(label, Changes.EXPLANATIONS, change)


# -- questions ------------------------------------------------------------------------------
def pick_question(label: str, question: AskedQuestion) -> Operation:
    """Add ``question`` to the meeting (ticked in a list of questions)."""
    return Operation(label, Changes.QUESTIONS, lambda record: record.questions.append(question))


def drop_question(label: str, question_id: str) -> Operation:
    def change(record: MeetingRecord) -> None:
        record.questions[:] = [q for q in record.questions if q.id != question_id]

    return Operation(label, Changes.QUESTIONS, change)


def mark_asked(label: str, question: AskedQuestion, at: datetime | None) -> Operation:
    """Mark a question asked at ``at`` (None: not asked); picked first if it is not yet."""

    def change(record: MeetingRecord) -> None:
        mine = next((q for q in record.questions if q.id == question.id), None)
        if mine is None:
            mine = question.model_copy()
            record.questions.append(mine)
        mine.asked_at = at

    return Operation(label, Changes.QUESTIONS, change)


# -- the data in context --------------------------------------------------------------------
def advance_ugu(label: str, indicator_id: str, now: datetime | None = None) -> Operation:
    """The next UGU step of an indicator; the order (and an afgrænser's choice) is kept."""

    def change(record: MeetingRecord) -> None:
        shown = meeting.discussion_as_is(record, indicator_id)
        if shown.step == UguStep.EXPLORE and not meeting.can_give(shown, record.leader_role):
            # refused before anything changes (not even a discussion begun)
            raise meeting.UguOrderError("the team explores before the leader gives a perspective")
        meeting.advance_ugu(meeting.discussion(record, indicator_id), now, role=record.leader_role)

    return Operation(label, Changes.DISCUSSION, change)


def edit_discussion(
    label: str, indicator_id: str, field: str, value: object, *, coalesce: bool = True
) -> Operation:
    """Set a field of an indicator's UGU discussion (what the team noticed, the perspective)."""

    def change(record: MeetingRecord) -> None:
        setattr(meeting.discussion(record, indicator_id), field, value)

    key = f"discussion/{indicator_id}/{field}" if coalesce else None
    return Operation(label, Changes.DISCUSSION, change, coalesce=key)


# -- structured dialogue --------------------------------------------------------------------
def edit_dialogue(label: str, edit: Callable[[DialogueState], object]) -> Operation:
    """Change the speaking order or the small groups (``core.dialogue`` does the work)."""
    return Operation(label, Changes.DIALOGUE, lambda record: edit(record.dialogue))


def dialogue_op(
    label: str, change: Callable[[MeetingRecord], object], *, key: str = ""
) -> Operation:
    """A change of the speaking order, a turn, the groups or the talk tally.

    ``key`` joins a run (the spinner's frames) into one undo step.
    """
    return Operation(label, Changes.DIALOGUE, change, coalesce=key or None)


def pass_in(record: MeetingRecord, phase: PhaseId | None) -> None:
    """The current speaker passes; in a check-in or check-out round their answer says so."""
    if phase in (PhaseId.CHECKIN, PhaseId.CHECKOUT):
        for entry in meeting.round_entries(record, phase):
            if entry.participant_id == record.dialogue.current:
                entry.passed = True
    dialogue.pass_turn(record.dialogue)


def set_speaker_seconds(label: str, phase: PhaseId, seconds: int) -> Operation:
    def change(record: MeetingRecord) -> None:
        plan = next(p for p in record.phases if p.phase == phase)
        plan.speaker_seconds = seconds

    return Operation(label, Changes.DIALOGUE, change, coalesce=f"speaker_seconds/{phase.value}")


def set_predict_first(label: str, indicator_id: str, on: bool) -> Operation:
    """Predict-then-reveal for an indicator: the chart hides until the leader reveals it."""

    def change(record: MeetingRecord) -> None:
        item = meeting.discussion(record, indicator_id)
        item.predict_first = on
        item.chart_revealed_at = None

    return Operation(label, Changes.DISCUSSION, change)


def reveal_chart(label: str, indicator_id: str, now: datetime) -> Operation:
    return Operation(
        label,
        Changes.DISCUSSION,
        lambda record: slides.reveal_chart(meeting.discussion(record, indicator_id), now),
    )


# -- what happened in the room (not undoable: undo cannot unsay it) -------------------------
def log_event(
    kind: PresentationEventKind, now: datetime, phase: PhaseId | None, detail: str = ""
) -> Operation:
    """One entry of the presentation log: the room saw something."""
    return Operation(
        kind.value,
        Changes.ROOM,
        lambda record: presentation.log_event(record, kind, now, phase, detail),
        undoable=False,
    )


def note_overrun(phase: PhaseId, now: datetime) -> Operation:
    return Operation(
        "overrun",
        Changes.ROOM,
        lambda record: presentation.note_overrun(record, phase, now),
        undoable=False,
    )
