"""The stepping-stone report (*trædestensrapport*): a team's 7–8 stepping stones on one page.

Per stone: the latest number against the target, the direction since the period
before, how often the target was reached lately, and what the team last noticed
and agreed about it in a meeting. It is a ``SummaryDoc`` (one table), so the
summary's renderers make its HTML, Markdown and PDF; the screen and the room's
window read the same rows (:class:`StoneRow`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialogtool.core import formatting
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Arg, render
from dialogtool.core.context import chosen_series
from dialogtool.core.i18n import Lang
from dialogtool.core.record import IndicatorSnapshot, MeetingRecord
from dialogtool.core.summary.document import Heading, Paragraph, Run, SummaryDoc, Table

if TYPE_CHECKING:  # numpy loads only with a dataset
    from dialogtool.core.dataset import Dataset

#: How many of the latest periods "the target was reached in n of …" looks at.
RECENT_PERIODS = 6
#: Longest text quoted from a meeting in one cell; a page holds 7–8 stones.
QUOTE_CHARS = 110


WORDS = {
    "title": QT_TRANSLATE_NOOP("SteppingStones", "Trædestensrapport"),
    "stone": QT_TRANSLATE_NOOP("SteppingStones", "Trædesten"),
    "latest": QT_TRANSLATE_NOOP("SteppingStones", "Seneste og mål"),
    "trend": QT_TRANSLATE_NOOP("SteppingStones", "Udvikling"),
    "noticed": QT_TRANSLATE_NOOP("SteppingStones", "Senest bemærket"),
    "agreed": QT_TRANSLATE_NOOP("SteppingStones", "Senest aftalt"),
    "above": QT_TRANSLATE_NOOP("SteppingStones", "over målet"),
    "below": QT_TRANSLATE_NOOP("SteppingStones", "under målet"),
    "on": QT_TRANSLATE_NOOP("SteppingStones", "på målet"),
    "target": QT_TRANSLATE_NOOP("SteppingStones", "mål"),
    "no_target": QT_TRANSLATE_NOOP("SteppingStones", "intet mål"),
    "rose": QT_TRANSLATE_NOOP("SteppingStones", "steget fra {old}"),
    "fell": QT_TRANSLATE_NOOP("SteppingStones", "faldet fra {old}"),
    "same": QT_TRANSLATE_NOOP("SteppingStones", "uændret siden {period}"),
    "reached": QT_TRANSLATE_NOOP("SteppingStones", "mål nået {n} af {m} perioder"),
    "trial": QT_TRANSLATE_NOOP("SteppingStones", "prøvehandling"),
    "none": QT_TRANSLATE_NOOP("SteppingStones", "–"),
    "meta": QT_TRANSLATE_NOOP("SteppingStones", "{team} · {count} trædesten · data: {source}"),
    "advice": QT_TRANSLATE_NOOP(
        "SteppingStones",
        "Tallene er et øjebliksbillede: Brug rapporten som anledning til dialog "
        "– hvad lægger I mærke til, og hvad gør I klogere?",
    ),
}


def word(key: str, lang: Lang, **values: Arg) -> str:
    return render(WORDS[key].fill(**values), lang)


@dataclass(frozen=True)
class StoneRow:
    """One stepping stone as the report says it; every field is ready to show."""

    indicator_id: str
    name: str
    latest: str
    #: "over målet", "under målet", "på målet" or "" without a target or a number.
    against_target: str
    #: Whether the latest number is where the team wants it (None without a target).
    good: bool | None
    direction: str
    #: +1 risen, -1 fallen, 0 unchanged or unknown.
    arrow: int
    reached: str
    noticed: str
    agreed: str


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _last_said(records: Sequence[MeetingRecord], indicator_id: str, lang: Lang) -> tuple[str, str]:
    """What the newest meetings noticed about the indicator, and the actions agreed on it."""
    noticed = agreed = ""
    for record in sorted(records, key=lambda r: r.scheduled_at, reverse=True):
        when = formatting.day(record.scheduled_at.date(), lang)
        if not noticed:
            said = next(
                (d.team_noticed for d in record.indicators if d.indicator_id == indicator_id), ""
            )
            if said.strip():
                noticed = f"{_quote(said)} ({when})"
        if not agreed:
            actions = [a for a in record.action_items if a.indicator_id == indicator_id and a.text]
            if actions:
                texts = [
                    _quote(a.text) + (f" ({word('trial', lang)})" if a.trial else "")
                    for a in actions
                ]
                agreed = f"{'; '.join(texts)} ({when})"
        if noticed and agreed:
            break
    return noticed, agreed


def stone_row(
    snapshot: IndicatorSnapshot, team: str, records: Sequence[MeetingRecord], lang: Lang
) -> StoneRow:
    """The report's line for one stepping stone of ``team``."""
    unit = snapshot.unit
    series = chosen_series(snapshot, team)
    points = (
        [(p, v, t) for p, v, t in zip(series.periods, series.values, series.targets, strict=True)]
        if series is not None
        else []
    )
    present = [(p, v, t) for p, v, t in points if v is not None]
    noticed, agreed = _last_said(records, snapshot.indicator_id, lang)
    if not present:
        return StoneRow(
            snapshot.indicator_id, snapshot.name, word("none", lang), "", None, "", 0, "",
            noticed, agreed,
        )  # fmt: skip
    period, value, own_target = present[-1]
    assert value is not None
    has_own = any(t is not None for _p, _v, t in points)
    target = own_target if has_own else snapshot.target
    better = 1 if snapshot.higher_is_better else -1
    latest = formatting.quantity(value, unit, lang)
    against, good = "", None
    if target is not None:
        latest += f" · {word('target', lang)} {formatting.quantity(target, unit, lang)}"
        against = word("above" if value > target else "below" if value < target else "on", lang)
        good = (value - target) * better >= 0
    else:
        latest += f" · {word('no_target', lang)}"
    latest += f" ({formatting.period(period, lang)})"
    direction, arrow = "", 0
    if len(present) > 1:
        previous_period, previous, _ = present[-2]
        assert previous is not None
        old, new = (
            formatting.with_unit(text, unit, lang)
            for text in formatting.numbers_alike([previous, value], lang)
        )
        if new == old:
            direction = word("same", lang, period=formatting.period(previous_period, lang))
        else:
            arrow = 1 if value > previous else -1
            direction = word("rose" if arrow > 0 else "fell", lang, old=old, new=new)
    recent = present[-RECENT_PERIODS:]
    reached = ""
    targets = [(v, t if has_own else snapshot.target) for _p, v, t in recent]
    judged = [(v, t) for v, t in targets if v is not None and t is not None]
    if judged:
        hits = sum(1 for v, t in judged if (v - t) * better >= 0)
        reached = word("reached", lang, n=hits, m=len(judged))
    return StoneRow(
        snapshot.indicator_id,
        snapshot.name,
        latest,
        against,
        good,
        direction,
        arrow,
        reached,
        noticed,
        agreed,
    )


def team_rows(
    dataset: Dataset, team: str, records: Iterable[MeetingRecord], lang: Lang
) -> list[StoneRow]:
    """The report's lines for ``team``'s stepping stones (every indicator when none are chosen)."""
    mine = [r for r in records if " ".join(r.team.split()).casefold() == team.casefold()]
    stones = dataset.stepping_stones or [m.id for m in dataset.indicators]
    return [stone_row(dataset.snapshot(i, team=team), team, mine, lang) for i in stones]


def report_document(rows: Sequence[StoneRow], team: str, source: str, lang: Lang) -> SummaryDoc:
    """The report as a document: a heading, one line of context and one table."""
    meta = word("meta", lang, team=team, count=len(rows), source=source)
    table_rows = tuple(
        (
            row.name,
            " · ".join(x for x in (row.latest, row.against_target) if x),
            " · ".join(
                x
                for x in (("↑ " if row.arrow > 0 else "↓ " if row.arrow < 0 else "") + row.direction,
                          row.reached)
                if x.strip()
            ),
            row.noticed or word("none", lang),
            row.agreed or word("none", lang),
        )
        for row in rows
    )  # fmt: skip
    header = tuple(word(k, lang) for k in ("stone", "latest", "trend", "noticed", "agreed"))
    return SummaryDoc(
        title=f"{word('title', lang)} – {team}",
        lang=lang,
        blocks=(
            Heading(1, f"{word('title', lang)} – {team}"),
            Paragraph((Run(meta, "italic"),)),
            Table(header, table_rows),
            Paragraph((Run(word("advice", lang)),)),
        ),
        meta=meta,
    )
