"""Trial actions (*prøvehandlinger*): say what we expect before, and what we learned after.

Domain.md §12: a trial action states what we expect before it starts and what we
learned when it is followed up; a trial that shows the change did not improve
things is also a success, because we learned it. The edits here are operations
for ``MeetingSession.apply``.
"""

from __future__ import annotations

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import ActionItem, MeetingRecord, ReviewItem

TRIAL_SUCCESS = QT_TRANSLATE_NOOP(
    "Trials",
    "En prøvehandling, der viser, at forandringen ikke gav en forbedring, er "
    "også en succes – for så har vi lært det.",
)


_TRIAL = QT_TRANSLATE_NOOP("Trials", "Prøvehandling")
_NOT_TRIAL = QT_TRANSLATE_NOOP("Trials", "Ikke en prøvehandling")


def _action(record: MeetingRecord, action_id: str) -> ActionItem:
    return next(a for a in record.action_items if a.id == action_id)


def _review(record: MeetingRecord, meeting_id: str, action_id: str) -> ReviewItem:
    return next(r for r in record.reviews if (r.meeting_id, r.action_id) == (meeting_id, action_id))


def set_trial(record: MeetingRecord, action_id: str, trial: bool) -> None:
    """Mark an action as a trial (or not); the expectation is kept either way."""
    _action(record, action_id).trial = trial


def trial_operation(action_id: str, trial: bool) -> Operation:
    label = _TRIAL if trial else _NOT_TRIAL
    return Operation(label, Changes.ACTIONS, lambda r: set_trial(r, action_id, trial))


def expectation_operation(action_id: str, text: str) -> Operation:
    def change(record: MeetingRecord) -> None:
        _action(record, action_id).expectation = text

    return Operation(
        QT_TRANSLATE_NOOP("Trials", "Det forventer vi"),
        Changes.ACTIONS,
        change,
        coalesce=f"expectation/{action_id}",
    )


def learned_operation(meeting_id: str, action_id: str, text: str) -> Operation:
    """What following up a trial taught us, on this meeting's review of it."""

    def change(record: MeetingRecord) -> None:
        _review(record, meeting_id, action_id).learned = text

    return Operation(
        QT_TRANSLATE_NOOP("Trials", "Det lærte vi"),
        Changes.REVIEW,
        change,
        coalesce=f"learned/{meeting_id}/{action_id}",
    )
