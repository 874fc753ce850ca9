"""Action items across meetings: changed where they belong, through the store.

Every change loads the meeting that holds the action, edits it and saves it
with the store's guards (a file that could not be read is never overwritten).
The reviews of a "Siden sidst" are written back the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialogtool.core import review
from dialogtool.core.history import HistoryIndex
from dialogtool.core.record import ActionStatus, MeetingRecord
from dialogtool.core.record_file import check_id
from dialogtool.core.series import earlier_in_series
from dialogtool.core.store import RecordLoadError, RecordStore


class UnknownActionError(LookupError):
    """The action is no longer in its meeting (deleted there since it was listed)."""


def safe_id(record_id: str) -> str:
    """``record_id`` if it can name a file; raises ``ValueError`` otherwise (no traversal).

    The store's own rule (``record_file.check_id``): an id the store lists can always
    be opened, deleted, renamed and duplicated.
    """
    return check_id(record_id)


@dataclass(frozen=True)
class Failure:
    meeting_title: str
    error: Exception


def update_action(
    store: RecordStore,
    meeting_id: str,
    action_id: str,
    *,
    status: ActionStatus | None = None,
    due: date | None = None,
    clear_due: bool = False,
) -> MeetingRecord:
    """Change an action's status or due date in its own meeting, and save that meeting.

    Raises ``RecordLoadError``, ``UnknownActionError`` or the store's save errors.
    """
    record = store.load(safe_id(meeting_id))
    action = next((a for a in record.action_items if a.id == action_id), None)
    if action is None:
        raise UnknownActionError(action_id)
    if status is not None:
        action.status = status
    if due is not None or clear_due:
        action.due = due
    store.save(record)
    return record


def earlier_meetings(
    store: RecordStore, index: HistoryIndex, record: MeetingRecord
) -> list[MeetingRecord]:
    """The readable meetings of ``record``'s series before it, oldest first."""
    if record.series_id is None:
        return []
    loaded = []
    for entry in index.series(record.series_id):
        if entry.id == record.id:
            continue
        try:
            loaded.append(store.load(safe_id(entry.id)))
        except (RecordLoadError, ValueError):
            continue  # named on the start screen; its actions wait until it can be read
    return earlier_in_series(record, loaded)


def write_back(store: RecordStore, record: MeetingRecord, on: date) -> list[Failure]:
    """Record ``record``'s reviews in the earlier meetings, each freshly loaded.

    Saves only the meetings that changed; a meeting that cannot be read or
    written is reported and left as it is (the review stays in ``record``).
    """
    failures = []
    for source_id in dict.fromkeys(i.meeting_id for i in record.reviews if i.status):
        title = next(i.meeting_title for i in record.reviews if i.meeting_id == source_id)
        try:
            source = store.load(safe_id(source_id))
            changed = [
                review.apply_to_source(source, item, record.id, on)
                for item in record.reviews
                if item.meeting_id == source_id
            ]
            if any(changed):
                store.save(source)
        except Exception as exc:  # unreadable, refused, disk full ...: the UI names it
            failures.append(Failure(title, exc))
    return failures
