""" "Siden sidst": the next meeting of a series follows up the earlier meetings' open actions.

The review lives in the later record (``MeetingRecord.reviews``); what it says is
written back to the action in the earlier record (its status and a
``follow_ups`` entry), so both meetings tell the same story. Where an action is
linked to an indicator, the review compares the indicator when the action was
agreed (that meeting's snapshot) with the indicator now (this meeting's data).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from dialogtool.core import formatting
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render
from dialogtool.core.context import latest_point
from dialogtool.core.i18n import Lang
from dialogtool.core.record import (
    ActionFollowUp,
    ActionItem,
    ActionStatus,
    IndicatorReading,
    IndicatorSnapshot,
    MeetingRecord,
    ReviewItem,
    ReviewStatus,
)

if TYPE_CHECKING:  # numpy loads only with a dataset
    from dialogtool.core.dataset import Dataset

REVIEW_STATUS: Final = {
    ReviewStatus.DONE: QT_TRANSLATE_NOOP("Review", "Gennemført"),
    ReviewStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Review", "I gang"),
    ReviewStatus.NOT_DONE: QT_TRANSLATE_NOOP("Review", "Ikke gjort"),
    ReviewStatus.DROPPED: QT_TRANSLATE_NOOP("Review", "Droppet"),
}
#: What a review means for the action in the earlier meeting: unfinished ones stay open.
ACTION_STATUS_AFTER: Final = {
    ReviewStatus.DONE: ActionStatus.DONE,
    ReviewStatus.IN_PROGRESS: ActionStatus.OPEN,
    ReviewStatus.NOT_DONE: ActionStatus.OPEN,
    ReviewStatus.DROPPED: ActionStatus.CANCELLED,
}
_MARK: Final = {
    ReviewStatus.DONE: "✓",
    ReviewStatus.IN_PROGRESS: "…",
    ReviewStatus.NOT_DONE: "✗",
    ReviewStatus.DROPPED: "–",
}


def reading(snapshot: IndicatorSnapshot, group: str) -> IndicatorReading | None:
    """The newest number of ``group`` in a snapshot (what the room saw last)."""
    point = latest_point(snapshot, group)
    if point is None:
        return None
    return IndicatorReading(
        name=snapshot.name,
        unit=snapshot.unit,
        higher_is_better=snapshot.higher_is_better,
        period=point.period,
        value=point.value,
    )


def _snapshot_in(record: MeetingRecord, indicator_id: str) -> IndicatorSnapshot | None:
    item = next((d for d in record.indicators if d.indicator_id == indicator_id), None)
    return item.snapshot if item is not None else None


def is_open(action: ActionItem) -> bool:
    return action.status == ActionStatus.OPEN and bool(action.text.strip())


def item_for(source: MeetingRecord, action: ActionItem) -> ReviewItem:
    """A review entry for ``action`` of the earlier meeting ``source``."""
    then = None
    if action.indicator_id:
        snapshot = _snapshot_in(source, action.indicator_id)
        then = reading(snapshot, source.team) if snapshot is not None else None
    return ReviewItem(
        action_id=action.id,
        meeting_id=source.id,
        meeting_title=source.title,
        meeting_date=source.scheduled_at.date(),
        text=action.text,
        owner=action.owner,
        due=action.due,
        indicator_id=action.indicator_id,
        trial=action.trial,
        expectation=action.expectation,
        then=then,
    )


def gather(record: MeetingRecord, earlier: Iterable[MeetingRecord]) -> bool:
    """Bring ``record.reviews`` up to date with the earlier meetings' open actions.

    Entries already reviewed stay as they are; unreviewed ones follow the earlier
    meeting (new open actions are added, closed or deleted ones leave). Oldest
    meeting first, in each meeting the actions' own order. True if it changed.
    """
    sources = sorted(
        (r for r in earlier if r.id != record.id and r.scheduled_at <= record.scheduled_at),
        key=lambda r: r.scheduled_at,
    )
    kept = {(i.meeting_id, i.action_id): i for i in record.reviews}
    wanted: list[ReviewItem] = []
    for source in sources:
        for action in source.action_items:
            old = kept.pop((source.id, action.id), None)
            if old is not None and old.status is not None:
                wanted.append(old)  # reviewed: it stays as it was said
            elif is_open(action) or (old is not None and (old.comment.strip() or old.learned)):
                fresh = item_for(source, action)
                if old is not None:
                    fresh.now, fresh.comment, fresh.learned = old.now, old.comment, old.learned
                wanted.append(fresh)
    # Reviewed entries whose meeting is gone (or unreadable now) are kept: they were said.
    wanted += [i for i in kept.values() if i.status is not None or i.comment.strip()]
    if wanted == record.reviews:
        return False
    record.reviews = wanted
    return True


def _new_readings(
    record: MeetingRecord, dataset: Dataset | None
) -> list[tuple[ReviewItem, IndicatorReading]]:
    """The entries not yet reviewed whose indicator reads differently now, with the reading."""
    known = {m.id for m in dataset.indicators} if dataset is not None else set()
    found: list[tuple[ReviewItem, IndicatorReading]] = []
    for item in record.reviews:
        if item.indicator_id is None or item.status is not None:
            continue
        snapshot = (
            dataset.snapshot(item.indicator_id)
            if dataset is not None and item.indicator_id in known
            else _snapshot_in(record, item.indicator_id)
        )
        now = reading(snapshot, record.team) if snapshot is not None else None
        if now is not None and now != item.now:
            found.append((item, now))
    return found


def needs_update(record: MeetingRecord, dataset: Dataset | None) -> bool:
    """Whether ``update_now`` would change anything."""
    return bool(_new_readings(record, dataset))


def update_now(record: MeetingRecord, dataset: Dataset | None) -> bool:
    """Fill in the indicator as this meeting sees it, until an entry has been reviewed.

    The current dataset wins; without one, this meeting's own snapshot. True if it changed.
    """
    found = _new_readings(record, dataset)
    for item, now in found:
        item.now = now
    return bool(found)


def apply_to_source(source: MeetingRecord, item: ReviewItem, meeting_id: str, on: date) -> bool:
    """Write a review into the earlier meeting's action; True when ``source`` changed.

    The earlier action gets the status the review implies and one follow-up entry
    per reviewing meeting (a later edit of the same review replaces it).
    """
    if source.id != item.meeting_id or item.status is None:
        return False
    action = next((a for a in source.action_items if a.id == item.action_id), None)
    if action is None:
        return False
    note = ActionFollowUp(meeting_id=meeting_id, on=on, status=item.status, comment=item.comment)
    others = [f for f in action.follow_ups if f.meeting_id != meeting_id]
    follow_ups = sorted([*others, note], key=lambda f: f.on)
    status = ACTION_STATUS_AFTER[item.status]
    learned = item.learned.strip() or action.learned
    if action.follow_ups == follow_ups and action.status == status and action.learned == learned:
        return False
    action.follow_ups = follow_ups
    action.status = status
    action.learned = learned
    return True


@dataclass(frozen=True)
class Movement:
    """How an indicator moved between the action's agreement and now."""

    name: str
    unit: str
    then_period: str
    then_value: float
    now_period: str
    now_value: float

    @property
    def delta(self) -> float:
        return self.now_value - self.then_value


def movement(item: ReviewItem) -> Movement | None:
    if item.then is None or item.now is None:
        return None
    return Movement(
        item.now.name,
        item.now.unit,
        item.then.period,
        item.then.value,
        item.now.period,
        item.now.value,
    )


def better(item: ReviewItem) -> bool | None:
    """Whether the indicator moved the right way (None: no movement or no numbers)."""
    move = movement(item)
    if move is None or move.delta == 0 or item.now is None:
        return None
    return (move.delta > 0) == item.now.higher_is_better


_NO_NEWS = QT_TRANSLATE_NOOP("Review", "{indicator}: ingen nyere tal")
_SAME_PERIOD = QT_TRANSLATE_NOOP("Review", "{movement}, samme periode som sidst")
_POINTS = QT_TRANSLATE_NOOP("Review", "{points} procentpoint")
_NOT_REVIEWED = QT_TRANSLATE_NOOP("Review", "Ikke gennemgået")


def movement_text(item: ReviewItem, lang: Lang) -> str:
    """``Løntimer: 41 t (jan. 2025) → 47 t (maj 2025), +6 t ▲`` (empty without both numbers)."""
    move = movement(item)
    if move is None:
        if item.then is not None and item.now is None:
            return render(_NO_NEWS.fill(indicator=item.then.name), lang)
        return ""

    def amount(value: float) -> str:
        return formatting.quantity(value, move.unit, lang)

    then = f"{amount(move.then_value)} ({formatting.period(move.then_period, lang)})"
    now = f"{amount(move.now_value)} ({formatting.period(move.now_period, lang)})"
    text = f"{move.name}: {then} → {now}"
    if move.then_period == move.now_period:
        return render(_SAME_PERIOD.fill(movement=text), lang)
    sign = "+" if move.delta > 0 else "−" if move.delta < 0 else "±"
    arrow = {True: " ▲", False: " ▼", None: ""}[better(item)]
    if move.unit == "%":  # a difference of two percentages is in percentage points
        change = render(_POINTS.fill(points=abs(move.delta)), lang)
    else:
        change = amount(abs(move.delta))
    return f"{text}, {sign}{change}{arrow}"


def status_label(status: ReviewStatus | None, lang: Lang) -> str:
    if status is None:
        return render(_NOT_REVIEWED, lang)
    return REVIEW_STATUS[status].get(lang)


def line_parts(item: ReviewItem, lang: Lang) -> tuple[str, str, str]:
    """A review entry's mark (✓, …), its text with owner and status, and the indicator's move."""
    mark = _MARK[item.status] if item.status else "•"
    bits = [item.text]
    if item.owner:
        bits.append(item.owner)
    if item.status is not None:
        bits.append(status_label(item.status, lang))
    return mark, " – ".join(bits), movement_text(item, lang)


def line_text(item: ReviewItem, lang: Lang) -> str:
    """One review entry in one line, as the room and the summary show it."""
    mark, line, move = line_parts(item, lang)
    return f"{mark} {line}\n    {move}" if move else f"{mark} {line}"
