"""An indicator's context in words: the latest value against the previous and the target,
and the trust line (source · extracted · definition) that travels with every number.

The data page, the audience window and the summary all say it with these functions,
so the screen and the shared summary never disagree about the target.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogtool.core import formatting
from dialogtool.core.i18n import Lang
from dialogtool.core.labels import TEXT
from dialogtool.core.record import IndicatorSnapshot, MeetingRecord, SeriesSnapshot


@dataclass(frozen=True)
class LatestPoint:
    group: str
    period: str
    value: float
    previous_period: str | None
    previous: float | None
    target: float | None


def shown_group(record: MeetingRecord) -> str:
    """The group whose numbers the meeting looks at: the one chosen, else the team's own."""
    return record.data_group or record.team


def chosen_series(snapshot: IndicatorSnapshot, group: str) -> SeriesSnapshot | None:
    """The group's series, else the first (a snapshot of a file without that group)."""
    return next((s for s in snapshot.series if s.group == group), None) or (
        snapshot.series[0] if snapshot.series else None
    )


def latest_point(snapshot: IndicatorSnapshot, group: str) -> LatestPoint | None:
    """The newest period with a value for ``group``, the one before it, and the target.

    The target is the one valid at the latest period: the newest per-period target
    at or before it (a target holds until a new one is set); a series without
    per-period targets has the indicator's overall target.
    """
    series = chosen_series(snapshot, group)
    if series is None:
        return None
    present = [i for i, v in enumerate(series.values) if v is not None]
    if not present:
        return None
    latest = present[-1]
    earlier = present[-2] if len(present) > 1 else None
    own = [t for t in series.targets[: latest + 1] if t is not None]
    has_own = any(t is not None for t in series.targets)
    target = (own[-1] if own else None) if has_own else snapshot.target
    value = series.values[latest]
    assert value is not None
    return LatestPoint(
        group=series.group,
        period=series.periods[latest],
        value=value,
        previous_period=None if earlier is None else series.periods[earlier],
        previous=None if earlier is None else series.values[earlier],
        target=target,
    )


def missing_group_note(snapshot: IndicatorSnapshot, group: str, lang: Lang) -> str:
    """Said when ``group`` has no numbers of its own here, so others' are not taken for its own."""
    series = chosen_series(snapshot, group)
    if not group.strip() or series is None or series.group == group:
        return ""
    shown = series.group or TEXT["all_groups"]
    return TEXT["missing_group"].fill(group=group, shown=shown).get(lang)


def latest_line(snapshot: IndicatorSnapshot, group: str, lang: Lang) -> str:
    """``Seneste (Team Nord, feb. 2025): 87,2 % · forrige: 85 % · mål: 90 %``.

    Empty when the group has no value at all.
    """
    point = latest_point(snapshot, group)
    if point is None:
        return ""

    def amount(value: float) -> str:
        return formatting.quantity(value, snapshot.unit, lang)

    who = point.group or TEXT["all_groups"].get(lang)
    when = formatting.period(point.period, lang)
    compared = [point.value] if point.previous is None else [point.value, point.previous]
    latest, *previous = [
        formatting.with_unit(text, snapshot.unit, lang)
        for text in formatting.numbers_alike(compared, lang)
    ]
    parts = [f"{TEXT['latest'].get(lang)} ({who}, {when}): {latest}"]
    if previous:
        parts.append(f"{TEXT['previous'].get(lang)}: {previous[0]}")
    if point.target is not None:
        parts.append(f"{TEXT['target'].get(lang)}: {amount(point.target)}")
    return " · ".join(parts)


def trust_line(snapshot: IndicatorSnapshot, lang: Lang) -> str:
    """``Kilde: Jobindsats · trukket 15. jan. 2027 · Definition: …`` (what it has of them)."""
    parts = []
    if snapshot.source:
        parts.append(f"{TEXT['source'].get(lang)}: {snapshot.source}")
    if snapshot.extracted:
        parts.append(f"{TEXT['extracted'].get(lang)} {formatting.day(snapshot.extracted, lang)}")
    if snapshot.definition:
        parts.append(f"{TEXT['definition'].get(lang)}: {snapshot.definition}")
    return " · ".join(parts)
