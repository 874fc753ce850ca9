"""One indicator across meetings: the numbers shown, what the team noticed, the
explanations found and the actions agreed — the learning loop, not only the numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dialogtool.core.record import ActionItem, IndicatorReading, MeetingRecord
from dialogtool.core.review import reading


@dataclass(frozen=True)
class TimelineEntry:
    meeting_id: str
    title: str
    when: datetime
    reading: IndicatorReading | None
    noticed: str
    response: str
    explanations: tuple[str, ...]
    actions: tuple[ActionItem, ...]


def timeline(records: list[MeetingRecord], indicator_id: str) -> list[TimelineEntry]:
    """The meetings that looked at ``indicator_id`` (or agreed actions on it), oldest first."""
    entries = []
    for record in sorted(records, key=lambda r: r.scheduled_at):
        item = next((d for d in record.indicators if d.indicator_id == indicator_id), None)
        actions = tuple(a for a in record.action_items if a.indicator_id == indicator_id and a.text)
        explanations = tuple(
            e.text
            for e in record.explanations
            if e.indicator_id == indicator_id or (e.indicator_id is None and item is not None)
        )
        if item is None and not actions and not explanations:
            continue
        snapshot = item.snapshot if item is not None else None
        entries.append(
            TimelineEntry(
                meeting_id=record.id,
                title=record.title,
                when=record.scheduled_at,
                reading=reading(snapshot, record.team) if snapshot is not None else None,
                noticed=item.team_noticed if item is not None else "",
                response=item.team_response if item is not None else "",
                explanations=explanations,
                actions=actions,
            )
        )
    return entries
