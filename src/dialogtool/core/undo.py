"""Undo and redo for the edits of one open meeting.

Each undo step keeps the record as it was before the edit, serialised: undo puts
those exact bytes back, so an undone meeting is byte for byte what it was. A run
of edits with the same ``coalesce`` key (typing in one box) is one step, as in a
text editor; anything else in between (another edit, an undo, a step change via
``seal``) ends the run.

Some parts of a meeting are not the user's edits but what happened: where the
meeting is and its clock (navigation), what the room has been shown (the
presentation log and the numbers frozen when an indicator was first shown; undo
cannot unsay them), the data file in use, and the store's revision. Restoring a
step keeps those parts as they are now, so undo never rewinds time, the log or
the file's revision. Operations that are not undoable may change only these.

The history lives as long as the meeting is open; closing it ends it.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogtool.core.catalogue import Message
from dialogtool.core.operations import Changes, Operation, apply
from dialogtool.core.record import IndicatorDiscussion, MeetingRecord
from dialogtool.core.record_file import dump_record

#: More steps than a meeting needs; a bound so a long day cannot grow without end.
LIMIT = 500
#: And a bound in bytes: an old record that froze a whole organisation's numbers is
#: megabytes, and 500 copies of it would not fit in memory. The oldest steps go first.
BUDGET = 64 * 2**20

#: Fields of the record that undo leaves as they are now (see the module's docstring).
KEPT_FIELDS = (
    "revision",
    "updated_at",
    "presentation_log",
    "clock",
    "current_phase",
    "status",
    "dataset_source",
)
#: Per phase: how long it ran, which undo must not rewind either.
KEPT_PHASE_TIMES = ("started_at", "ended_at", "entered_at", "spent_seconds")


@dataclass
class Step:
    """One undo (or redo) step: what to call it, what it touched, the record to go back to."""

    label: str | Message
    changes: Changes
    record: bytes
    coalesce: str | None = None


class History:
    """The undo and redo stacks of one open meeting."""

    def __init__(self, limit: int = LIMIT, budget: int = BUDGET) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._limit = limit
        self._budget = budget
        #: Whether the newest step may still take in the next edit with the same key.
        self._open = False

    def apply(self, record: MeetingRecord, op: Operation) -> Changes:
        """Make ``op`` on ``record`` and remember how to take it back.

        Refused (``ReadOnlyError``) or failed (a field's limits) edits leave no step.
        """
        if not op.undoable:
            return apply(record, op)
        top = self._done[-1] if self._done else None
        joins = (
            self._open
            and top is not None
            and op.coalesce is not None
            and top.coalesce == op.coalesce
        )
        before = b"" if joins else dump_record(record)
        changes = apply(record, op)
        if joins and top is not None:
            top.changes |= changes
        else:
            self._done.append(Step(op.label, changes, before, op.coalesce))
            del self._done[: -self._limit]
            size = sum(len(step.record) for step in self._done)
            while size > self._budget and len(self._done) > 1:
                size -= len(self._done.pop(0).record)
        self._undone.clear()
        self._open = True
        return changes

    def seal(self) -> None:
        """The next edit starts a step of its own (the user moved on)."""
        self._open = False

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._open = False

    @property
    def undo_label(self) -> str | Message | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | Message | None:
        return self._undone[-1].label if self._undone else None

    def undo(self, record: MeetingRecord) -> Changes:
        """Take the newest step back; what it touched (``NONE`` when there is nothing to undo)."""
        return self._move(record, self._done, self._undone)

    def redo(self, record: MeetingRecord) -> Changes:
        """Make the newest undone step again."""
        return self._move(record, self._undone, self._done)

    def _move(self, record: MeetingRecord, source: list[Step], target: list[Step]) -> Changes:
        self._open = False
        if not source:
            return Changes.NONE
        step = source.pop()
        target.append(Step(step.label, step.changes, dump_record(record), step.coalesce))
        restore(record, step.record)
        return step.changes


def restore(record: MeetingRecord, data: bytes) -> None:
    """Make ``record`` (in place: screens hold it) the one serialised in ``data``.

    What happened meanwhile (``KEPT_FIELDS``, the phases' times) stays as it is now.
    """
    earlier = MeetingRecord.model_validate_json(data)
    times = {
        plan.phase: {name: getattr(plan, name) for name in KEPT_PHASE_TIMES}
        for plan in record.phases
    }
    for plan in earlier.phases:
        for name, value in times.get(plan.phase, {}).items():
            plan.__dict__[name] = value
    frozen = {d.indicator_id: d.snapshot for d in record.indicators if d.snapshot is not None}
    for item in earlier.indicators:
        item.__dict__["snapshot"] = frozen.pop(item.indicator_id, item.snapshot)
    earlier.indicators.extend(
        IndicatorDiscussion(indicator_id=key, snapshot=snapshot) for key, snapshot in frozen.items()
    )
    for name in KEPT_FIELDS:
        earlier.__dict__[name] = getattr(record, name)
    record.__dict__.update(earlier.__dict__)
    record.__pydantic_fields_set__ = set(earlier.__pydantic_fields_set__)
