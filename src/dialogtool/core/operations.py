"""Edits of a meeting as operations that say what they changed.

Every change a person makes to a meeting is an :class:`Operation`: a label that
names it for the undo menu ("Frist for 'Ring til fem virksomheder'"), the parts of
the meeting it touches (:class:`Changes`) and a function that makes the change on
the record. :func:`apply` runs it and enforces the rule every edit shares: a
finished meeting is read-only. The method's own rules (UGU order, what is frozen)
live in the functions an operation calls (``core.meeting`` and friends), once.

Screens refresh only for the flags they show, as Anki's ``OpChanges`` lets them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from dialogtool.core.catalogue import Message
from dialogtool.core.record import MeetingRecord, MeetingStatus


class Changes(enum.Flag):
    """The parts of a meeting an operation touched."""

    NONE = 0
    #: Title, team, date, length, kind, role, domain, FUP purpose and outcome.
    FRAMING = enum.auto()
    #: The plan of time: phases, agenda items, timeboxes.
    PLAN = enum.auto()
    PEOPLE = enum.auto()
    #: Check-in and check-out answers.
    ROUNDS = enum.auto()
    #: The UGU discussion of an indicator (what the team noticed, the perspective).
    DISCUSSION = enum.auto()
    #: Which indicators are in the meeting and their frozen numbers.
    INDICATORS = enum.auto()
    QUESTIONS = enum.auto()
    EXPLANATIONS = enum.auto()
    ACTIONS = enum.auto()
    #: "Siden sidst": earlier meetings' actions followed up here.
    REVIEW = enum.auto()
    CLOCK = enum.auto()
    #: Planned, running, finished.
    STATUS = enum.auto()
    #: Notes per phase, shared and private.
    NOTES = enum.auto()
    #: Speaking order, small groups, talk tally.
    DIALOGUE = enum.auto()
    #: The presentation log and what the room has been shown.
    ROOM = enum.auto()
    #: Everything: after an undo across several parts, or a record replaced whole.
    ALL = (
        FRAMING
        | PLAN
        | PEOPLE
        | ROUNDS
        | DISCUSSION
        | INDICATORS
        | QUESTIONS
        | EXPLANATIONS
        | ACTIONS
        | REVIEW
        | CLOCK
        | STATUS
        | NOTES
        | DIALOGUE
        | ROOM
    )


#: The change an operation makes on the record (its return value, if any, is ignored).
Change = Callable[[MeetingRecord], object]


class ReadOnlyError(PermissionError):
    """An edit of a finished meeting was refused."""


@dataclass(frozen=True)
class Operation:
    """One edit: what it is called, what it touches, and the change itself.

    ``coalesce`` names the field a run of edits goes to (typing in one box): a run of
    operations with the same key is one undo step, as in a text editor. ``undoable``
    is False for what the room has already seen (the presentation log): undo cannot
    unsay it. ``when_finished`` lets the few edits a finished meeting still allows
    (reopening it) through.
    """

    #: What the edit is called (in Undo's menu): the UI's translated text, or a core message.
    label: str | Message
    changes: Changes
    change: Change
    coalesce: str | None = None
    undoable: bool = True
    when_finished: bool = False


def apply(record: MeetingRecord, op: Operation) -> Changes:
    """Make ``op``'s change on ``record``; refuse it on a finished meeting."""
    if record.status == MeetingStatus.FINISHED and not op.when_finished:
        raise ReadOnlyError(op.label)
    op.change(record)
    return op.changes


def set_field(
    label: str | Message, changes: Changes, path: tuple[str | int, ...], value: object
) -> Operation:
    """An operation that sets one field, reached from the record by ``path``.

    ``("fup", "purpose")`` sets ``record.fup.purpose``; an int indexes a list and a
    string a dict where the parent is one. Typing into that field coalesces.
    """

    def change(record: MeetingRecord) -> None:
        target: object = record
        for step in path[:-1]:
            target = _step(target, step)
        last = path[-1]
        if isinstance(target, list | dict):
            target[last] = value  # type: ignore[index]
        else:
            setattr(target, str(last), value)

    return Operation(label, changes, change, coalesce="/".join(map(str, path)))


def _step(target: object, step: str | int) -> object:
    if isinstance(target, list | dict):
        return target[step]  # type: ignore[index]
    return getattr(target, str(step))
