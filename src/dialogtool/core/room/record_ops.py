"""What the room's answers do to the meeting record, as operations (``core.operations``).

The record keeps the answers as anonymous text and counts (``RoomAnswers``); an
Undersøg text the leader puts on screen also becomes part of what the team noticed,
and a card placed on the game board becomes an explanation. Answers and reveals are
what the room already gave or saw, so undo cannot take them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from dialogtool.core import presentation
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.context import latest_point, shown_group
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import (
    Explanation,
    Locus,
    MeetingRecord,
    PresentationEventKind,
    RoomActivityKind,
    RoomAnswers,
    Scope,
)
from dialogtool.core.room.state import Activity, Answer


def find(record: MeetingRecord, activity_id: str) -> RoomAnswers | None:
    return next((r for r in record.room_answers if r.id == activity_id), None)


def start(activity: Activity, now: datetime) -> Operation:
    def change(record: MeetingRecord) -> None:
        if find(record, activity.id) is None:
            record.room_answers.append(
                RoomAnswers(
                    id=activity.id,
                    kind=activity.kind,
                    phase=activity.phase,
                    indicator_id=activity.indicator_id,
                    question=activity.question,
                    started_at=now,
                )
            )

    return Operation(
        QT_TRANSLATE_NOOP("RoomEdits", "Rummet deltager"), Changes.ROOM, change, undoable=False
    )


def add_answers(activity_id: str, answers: Sequence[Answer]) -> Operation:
    """The answers that arrived, kept without any trace of who gave them."""

    def change(record: MeetingRecord) -> None:
        kept = find(record, activity_id)
        if kept is None:
            return
        for answer in answers:
            if answer.activity_id != activity_id:
                continue
            if answer.text:
                kept.texts.append(answer.text)
            elif answer.number is not None:
                kept.numbers.append(answer.number)
            elif answer.choice:
                kept.counts[answer.choice] = kept.counts.get(answer.choice, 0) + 1
            kept.typed += answer.typed
        kept.texts = list(kept.texts)  # validate_assignment sees the change
        kept.counts = dict(kept.counts)

    return Operation(
        QT_TRANSLATE_NOOP("RoomEdits", "Rummets svar"), Changes.ROOM, change, undoable=False
    )


def reveal(activity: Activity, now: datetime) -> Operation:
    def change(record: MeetingRecord) -> None:
        kept = find(record, activity.id)
        if kept is None:
            return
        kept.revealed_at = now
        kept.actual = activity.actual
        presentation.log_event(
            record, PresentationEventKind.ROOM_ANSWERS_SHOWN, now, activity.phase, activity.id
        )

    return Operation(
        QT_TRANSLATE_NOOP("RoomEdits", "Vis rummets svar"), Changes.ROOM, change, undoable=False
    )


def show_text(activity: Activity, text: str, now: datetime) -> Operation:
    """An Undersøg text on the screen: kept as shown and as part of what the team noticed."""

    def change(record: MeetingRecord) -> None:
        kept = find(record, activity.id)
        if kept is None or text in kept.shown:
            return
        kept.shown = [*kept.shown, text]
        presentation.log_event(
            record, PresentationEventKind.ROOM_ANSWERS_SHOWN, now, activity.phase, activity.id
        )
        item = next((d for d in record.indicators if d.indicator_id == activity.indicator_id), None)
        if item is not None and activity.kind == RoomActivityKind.NOTICE:
            item.team_noticed = "\n".join(x for x in (item.team_noticed, f"• {text}") if x)

    return Operation(
        QT_TRANSLATE_NOOP("RoomEdits", "Rummets tekst på skærmen"),
        Changes.ROOM | Changes.DISCUSSION,
        change,
    )


def place_card(activity: Activity, text: str, locus: Locus, scope: Scope) -> Operation:
    """A card written on a phone, placed on the game board by the leader."""

    def change(record: MeetingRecord) -> None:
        kept = find(record, activity.id)
        if kept is not None and text not in kept.shown:
            kept.shown = [*kept.shown, text]
        record.explanations.append(
            Explanation(text=text, locus=locus, scope=scope, indicator_id=activity.indicator_id)
        )

    return Operation(
        QT_TRANSLATE_NOOP("RoomEdits", "Forklaring fra rummet"),
        Changes.ROOM | Changes.EXPLANATIONS,
        change,
    )


def actual_of(record: MeetingRecord, indicator_id: str | None) -> tuple[float | None, str]:
    """The real latest number of the indicator and its direction (up, flat, down)."""
    item = next((d for d in record.indicators if d.indicator_id == indicator_id), None)
    if item is None or item.snapshot is None:
        return None, ""
    point = latest_point(item.snapshot, shown_group(record))
    if point is None:
        return None, ""
    if point.previous is None:
        return point.value, ""
    direction = (
        "up" if point.value > point.previous else "down" if point.value < point.previous else "flat"
    )
    return point.value, direction


def mean_rating(record: MeetingRecord) -> tuple[float, int] | None:
    """The meeting's check-out rating (1–5): its average and how many gave it."""
    total = count = 0
    for kept in record.room_answers:
        if kept.kind != RoomActivityKind.RATING:
            continue
        for choice, n in kept.counts.items():
            total += int(choice) * n
            count += n
    return (total / count, count) if count else None


def rating_trend(records: Sequence[MeetingRecord]) -> list[tuple[datetime, float, int]]:
    """The check-out rating across meetings (of a series, oldest first): when, average, count."""
    trend = []
    for each in records:
        rating = mean_rating(each)
        if rating is not None:
            trend.append((each.scheduled_at, *rating))
    return trend
