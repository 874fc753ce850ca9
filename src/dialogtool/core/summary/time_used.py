"""The summary's "Tid" table: planned against actual time of each phase the meeting had.

A facilitator's look back: where did the time go? It shows the planned minutes,
the time the phase took (all its visits) and the difference, and the whole
meeting's at the foot. A meeting that never started its clock has no table.
"""

from __future__ import annotations

from dialogtool.core import timing
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.i18n import Lang
from dialogtool.core.labels import PHASE
from dialogtool.core.record import MeetingRecord
from dialogtool.core.summary.document import Block, Heading, Table

WORDS = {
    "time": QT_TRANSLATE_NOOP("Summary", "Tid: planlagt og brugt"),
    "phase": QT_TRANSLATE_NOOP("Summary", "Fase"),
    "planned": QT_TRANSLATE_NOOP("Summary", "Planlagt"),
    "used": QT_TRANSLATE_NOOP("Summary", "Brugt"),
    "difference": QT_TRANSLATE_NOOP("Summary", "Forskel"),
    "total": QT_TRANSLATE_NOOP("Summary", "I alt"),
}


def minutes(seconds: int) -> str:
    """Whole minutes, rounded: ``12 min``; a difference carries its sign (``+3 min``)."""
    return f"{round(seconds / 60)} min"


def signed(seconds: int) -> str:
    value = round(seconds / 60)
    return f"+{value} min" if value > 0 else f"{value} min".replace("-", "−")


def time_blocks(record: MeetingRecord, lang: Lang) -> list[Block]:
    if record.clock.started_at is None:
        return []
    times = timing.phase_times(record, record.updated_at)
    if not times:
        return []
    rows = [
        (
            PHASE[t.phase].get(lang),
            minutes(t.planned_seconds),
            minutes(t.actual_seconds),
            signed(t.difference_seconds),
        )
        for t in times
    ]
    planned = sum(t.planned_seconds for t in times)
    used = sum(t.actual_seconds for t in times)
    rows.append((WORDS["total"].get(lang), minutes(planned), minutes(used), signed(used - planned)))
    header = tuple(WORDS[k].get(lang) for k in ("phase", "planned", "used", "difference"))
    return [Heading(2, WORDS["time"].get(lang)), Table(header, tuple(rows))]
