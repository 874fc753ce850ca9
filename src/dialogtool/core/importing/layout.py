"""Which column holds what: the column mapping, and proposing one from headers and contents.

Three layouts exist. *Long*: one row per observation with an indicator column,
a period column, a value column and optionally a group and a target column.
*Wide*: one period column (and optionally a group column) and one column per
indicator (measure). *Matrix* (StatBank's and Jobindsats' standard download):
label columns down the side (group, indicator), one column per period across.
A period may be given in two columns (``År`` + ``Måned``). Headers are
recognised in Danish and English; where they say nothing the cell contents
decide, and the proposal is marked unsure so the UI asks the user. A column
with one repeated value (``Køn`` = "I alt") is never the indicator or the
group: it becomes part of the indicator's definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.importing.groups import group_role
from dialogtool.core.importing.header import split_block
from dialogtool.core.importing.numbers import is_missing, looks_numeric
from dialogtool.core.importing.problems import ImportRefusedError
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.periods import (
    PeriodKind,
    combine_period,
    is_rolling_period,
    normalise_period,
    period_kind,
)

Role = Literal["indicator", "group", "period", "value", "target"]

#: Header words per role; a header matches when one of its words equals or starts with one.
KEYWORDS: dict[Role, tuple[str, ...]] = {
    "indicator": ("indikator", "nøgletal", "noegletal", "kpi", "indicator", "measure", "metric"),
    "group": (
        "team", "afdeling", "område", "omraade", "enhed", "gruppe", "group", "department",
        "unit", "area", "jobcenter", "kommune", "center", "region", "organisation",
    ),
    "period": (
        "periode", "måned", "maaned", "kvartal", "år", "aar", "tid", "tidspunkt", "uge",
        "dato", "period", "month", "quarter", "year", "week", "date", "time",
    ),
    "value": (
        "værdi", "vaerdi", "antal", "indhold", "value", "count", "amount", "andel", "resultat",
    ),
    "target": ("mål", "maal", "måltal", "målsætning", "target", "goal"),
}  # fmt: skip
#: Short words that must match exactly ("Målgruppe" is not a target, "Tidsbegrænset" no time).
_EXACT_ONLY = {"kpi", "år", "aar", "tid", "uge", "mål", "maal", "team", "time", "year", "unit"}
_WORD = re.compile(r"[0-9a-zæøåäöü]+")


class Layout(StrEnum):
    LONG = "long"
    WIDE = "wide"
    MATRIX = "matrix"


#: Header words of a column that holds the part of a period within a year.
_PART_HINTS: dict[str, PeriodKind] = {
    "måned": "month", "maaned": "month", "md": "month", "month": "month",
    "kvartal": "quarter", "kvt": "quarter", "quarter": "quarter",
    "uge": "week", "week": "week", "halvår": "half", "halvaar": "half",
}  # fmt: skip
_PART_ORDER: dict[PeriodKind, int] = {"week": 0, "month": 1, "quarter": 2, "half": 3}


def part_hint(header: str) -> PeriodKind | None:
    """The kind of period part a header names ("Måned" -> month), if any."""
    for word in _WORD.findall(header.lower()):
        if word in _PART_HINTS:
            return _PART_HINTS[word]
    return None


def header_periods(columns: list[str]) -> list[str]:
    """The columns whose header is a period: the periods across in a matrix."""
    return [c for c in columns if normalise_period(split_block(c)[1]) is not None]


class ColumnMapping(BaseModel):
    """Which columns hold what, by header name. Rows above ``header_row`` are skipped."""

    model_config = ConfigDict(extra="forbid")

    layout: Layout
    sheet: str | None = None
    #: 0-based row of the header in the file or sheet; None when the file has no header.
    header_row: int | None = Field(default=0, ge=0)
    #: Long and wide layout: the period column (in a matrix the periods are the headers).
    period: str | None = None
    #: The month, quarter or week within the year ``period`` holds (``År`` + ``Måned``).
    period_part: str | None = None
    group: str | None = None
    #: Long layout: the indicator name column and the value column.
    #: Matrix: the label column that names the indicator, if any.
    indicator: str | None = None
    value: str | None = None
    target: str | None = None
    #: Wide layout: one column per indicator.
    indicators: list[str] = Field(default_factory=list)
    #: Label columns whose values are joined to the indicator's name ("Faktisk antal –
    #: Kontanthjælp"); in a matrix, the label columns besides group and indicator.
    labels: list[str] = Field(default_factory=list)
    #: Matrix without an indicator column: the indicator's name (the table's title).
    #: Wide with ``columns_are_groups``: the one indicator's name.
    indicator_name: str | None = None
    #: Wide: the value columns are groups (teams across, a total column), not indicators.
    columns_are_groups: bool = False
    #: The decimal mark; None lets the importer judge it from the cells.
    decimal: Literal[",", "."] | None = None

    @model_validator(mode="after")
    def _complete(self) -> ColumnMapping:
        if self.layout != Layout.MATRIX and not self.period:
            raise ValueError("a long or wide layout needs a period column")
        if self.layout == Layout.LONG and (not self.indicator or not self.value):
            raise ValueError("a long layout needs an indicator column and a value column")
        if self.layout == Layout.WIDE and not self.indicators:
            raise ValueError("a wide layout needs at least one indicator column")
        return self

    def used_columns(self) -> list[str]:
        named = [
            self.period, self.period_part, self.group, self.indicator, self.value, self.target,
        ]  # fmt: skip
        return list(dict.fromkeys([c for c in named if c] + self.indicators + self.labels))

    def label_columns(self) -> list[str]:
        """Matrix: the columns down the side (group, indicator, further labels)."""
        if self.layout != Layout.MATRIX:
            return []
        return [c for c in (self.group, self.indicator, *self.labels) if c]


@dataclass(frozen=True)
class MappingProposal:
    """The mapping detection suggests; when ``confident`` is False the user should confirm it."""

    mapping: ColumnMapping | None
    confident: bool
    notes: list[Message] = field(default_factory=list)


def header_role(header: str) -> Role | None:
    words = _WORD.findall(header.lower())
    for role, keywords in KEYWORDS.items():
        for word in words:
            for keyword in keywords:
                if word == keyword or (keyword not in _EXACT_ONLY and word.startswith(keyword)):
                    return role
    return None


@dataclass(frozen=True)
class _Profile:
    name: str
    role: Role | None
    filled: int
    periods: float
    numbers: float
    distinct: int
    #: Share of cells that are not periods but dates (a coded period column beats a date one).
    dates: float = 0.0

    @property
    def constant(self) -> bool:
        """One repeated value: part of the definition, never the indicator or the group."""
        return self.distinct == 1 and self.filled > 1


def _profile(source: SourceTable, column: str) -> _Profile:
    cells = [c for c in source.column_sample(column) if not is_missing(c)]
    role = header_role(column) if source.header_row is not None else None
    serial = source.format != "csv" and role == "period"
    if not cells:
        return _Profile(column, role, 0, 0.0, 0.0, 0)
    canonical = [normalise_period(c, excel_serial=serial) for c in cells]
    periods = sum(c is not None for c in canonical)
    dates = sum(c is not None and period_kind(c) == "day" for c in canonical)
    numbers = sum(looks_numeric(c) for c in cells)
    n = len(cells)
    return _Profile(column, role, n, periods / n, numbers / n, len(set(cells)), dates / n)


def _codes(profile: _Profile) -> bool:
    """A group column given as codes (StatBank's ``OMRÅDE`` = 000, 101, …): text, not numbers.

    Only a header that is nothing but a group word counts ("Antal jobcentre" holds numbers).
    """
    words = _WORD.findall(profile.name.lower())
    return profile.role == "group" and len(words) == 1


def _numeric(profile: _Profile) -> bool:
    """Mostly numbers; a column headed "value" or "target" needs only some."""
    if profile.role in ("value", "target"):
        return profile.numbers > 0
    return profile.numbers >= 0.6


def propose_mapping(source: SourceTable) -> MappingProposal:
    if source.roles:
        return _cube_mapping(source)
    matrix = _propose_matrix(source)
    if matrix is not None:
        return matrix
    profiles = [_profile(source, c) for c in source.columns]
    filled = [p for p in profiles if p.filled]
    notes: list[Message] = []

    def by_role(role: Role, pool: list[_Profile]) -> _Profile | None:
        return next((p for p in pool if p.role == role), None)

    # A header that says "period" needs only some valid cells: the rest are named as problems.
    # A coded period column (2024M01) wins over a date column beside it.
    headed = [p for p in filled if p.role == "period" and p.periods > 0]
    period = max(headed, key=lambda p: (p.periods >= 0.8, p.dates < 0.5, p.periods), default=None)
    sure = period is not None and period.periods >= 0.8
    if period is None:
        candidates = [p for p in filled if p.periods >= 0.9]
        period = min(candidates, key=lambda p: p.dates >= 0.5, default=None)
    if period is None:
        return MappingProposal(None, False, [_no_periods(source, filled)])
    part = _period_part(source, period, filled)
    rest = [p for p in filled if p is not period and p is not part]
    numeric = [
        p
        for p in rest
        if _numeric(p) and not (p.role == "period" and p.periods > 0.5) and not _codes(p)
    ]
    # Period-like and constant text columns are never the indicator or the group.
    textual = [
        p
        for p in rest
        if p not in numeric
        and not (p.constant and p.role is None)
        and not p.periods >= 0.5
        and p.role != "period"
    ]
    if not numeric:
        return MappingProposal(
            None,
            False,
            [QT_TRANSLATE_NOOP("Import", "Ingen kolonne indeholder tal.")],
        )
    group = by_role("group", textual) or next(
        (p for p in textual if _names_groups(source, p.name)), None
    )
    indicator = by_role("indicator", textual)
    value = by_role("value", numeric)
    target = by_role("target", numeric)
    measures = [p for p in numeric if p is not target]
    others = [p for p in textual if p is not group and p is not indicator]
    base: dict[str, object] = {
        "sheet": source.sheet,
        "header_row": source.header_row,
        "period": period.name,
        "period_part": part.name if part else None,
    }
    if indicator is None and value is not None and len(measures) == 1 and others:
        indicator, sure = others.pop(0), False
    if indicator is not None and len(measures) > 1 and indicator.role != "indicator":
        others.insert(0, indicator)
        indicator = None
    if indicator is not None:
        value = value or next((p for p in numeric if p is not target), None)
        if value is None:
            value, target, sure = target, None, False
        assert value is not None
        if group is None and others:
            group, sure = others.pop(0), False
        if others:
            notes.append(_split_note(others))
            sure = False
        mapping = ColumnMapping(
            layout=Layout.LONG,
            group=group.name if group else None,
            indicator=indicator.name,
            value=value.name,
            target=target.name if target else None,
            labels=[p.name for p in others],
            **base,
        )
        sure = sure and indicator.role == "indicator" and value.role == "value"
        return MappingProposal(mapping, sure, notes)
    columns = measures
    if target is not None and len(columns) != 1:
        columns, target = numeric, None
        notes.append(
            QT_TRANSLATE_NOOP(
                "Import",
                "Målkolonnen kan ikke knyttes til én indikator; den er læst som en indikator.",
            )
        )
        sure = False
    if group is None and others:
        group = others.pop(0)
        sure = False
    if others:
        notes.append(_split_note(others))
        sure = False
    totals = [p.name for p in columns if group_role(p.name) != "team"]
    if totals and group is None and len(columns) > 1:
        # Teams across, periods down, a total column ("I alt", "Hovedtotal") at the end: the
        # columns are groups of one indicator (a pivot table's usual shape).
        names = ", ".join(f"'{name}'" for name in totals)
        notes.append(
            QT_TRANSLATE_NOOP(
                "Import",
                "Kolonnerne er læst som grupper (teams), fordi {names} er en total eller "
                "et sammenligningsgrundlag; tjek det.",
            ).fill(names=names)
        )
        mapping = ColumnMapping(
            layout=Layout.WIDE,
            indicators=[p.name for p in columns],
            columns_are_groups=True,
            indicator_name=source.title or None,
            labels=[p.name for p in others],
            **base,
        )
        return MappingProposal(mapping, False, notes)
    if totals and group is not None and len(columns) > 2:
        # Rows are teams: a total column adds up the measures beside it; it is named, not loaded.
        columns = [p for p in columns if group_role(p.name) != "total"]
        totals = [name for name in totals if group_role(name) != "total"]
    if totals:
        # "I alt" or "Hele landet" as a column: the columns may be groups, not indicators.
        names = ", ".join(f"'{name}'" for name in totals)
        notes.append(
            QT_TRANSLATE_NOOP(
                "Import",
                "Kolonnen {names} ligner en total eller et sammenligningsgrundlag, ikke "
                "et nøgletal. Er kolonnerne teams? Så skal filen vendes, før den "
                "indlæses.",
            ).fill(names=names)
        )
        sure = False
    mapping = ColumnMapping(
        layout=Layout.WIDE,
        group=group.name if group else None,
        indicators=[p.name for p in columns],
        target=target.name if target else None,
        labels=[p.name for p in others],
        **base,
    )
    return MappingProposal(mapping, sure and source.header_row is not None, notes)


def _cube_mapping(source: SourceTable) -> MappingProposal:
    """A PC-Axis or JSON-stat cube: its own metadata say which column is what."""
    by_role: dict[str, list[str]] = {}
    for role, column in source.roles:
        by_role.setdefault(role, []).append(column)
    mapping = ColumnMapping(
        layout=Layout.LONG,
        header_row=0,
        period=by_role["period"][0],
        indicator=by_role["indicator"][0],
        value=by_role["value"][0],
        group=by_role["group"][0] if by_role.get("group") else None,
        labels=by_role.get("labels", []),
        decimal=".",
    )
    return MappingProposal(mapping, True)


def _split_note(others: list[_Profile]) -> Message:
    names = ", ".join(f"'{p.name}'" for p in others)
    return QT_TRANSLATE_NOOP(
        "Import",
        "Kolonnen {names} deler nøgletallene op; dens værdier er lagt til "
        "nøgletallenes navne. Passer det?",
    ).fill(names=names)


def _no_periods(source: SourceTable, filled: list[_Profile]) -> Message:
    """Why no column is the period column; rolling periods are named as the reason."""
    for p in filled:
        rolling = [c for c in source.column_sample(p.name) if is_rolling_period(c)]
        if rolling:
            return QT_TRANSLATE_NOOP(
                "Import",
                "Kolonnen '{name}' har rullende perioder (fx '{example}'), hvor flere "
                "perioder er lagt sammen; de kan ikke stå på en tidsakse.",
            ).fill(name=p.name, example=rolling[0])
    return QT_TRANSLATE_NOOP("Import", "Ingen kolonne ligner perioder.")


def _period_part(source: SourceTable, period: _Profile, filled: list[_Profile]) -> _Profile | None:
    """The month/quarter/week column beside a year column (Power BI's date hierarchy)."""
    years = source.column_sample(period.name)
    canonical = [normalise_period(y) for y in years if not is_missing(y)]
    if not canonical or any(c is None or period_kind(c) != "year" for c in canonical):
        return None
    best: tuple[int, _Profile] | None = None
    for p in filled:
        if p is period or (p.role != "period" and part_hint(p.name) is None):
            continue
        hint = part_hint(p.name)
        cells = source.column_sample(p.name)
        pairs = [(y, c) for y, c in zip(years, cells, strict=True) if not is_missing(y)]
        combined = [combine_period(y, c, hint) for y, c in pairs]
        if not combined or sum(c is not None for c in combined) < 0.8 * len(combined):
            continue
        kinds = {period_kind(c) for c in combined if c}
        rank = min(_PART_ORDER.get(k, 9) for k in kinds)
        if best is None or rank < best[0]:
            best = (rank, p)
    return best[1] if best else None


def _names_groups(source: SourceTable, column: str) -> bool:
    """The column lists a total or a benchmark (``I alt``, ``Hele landet``): it holds groups."""
    return any(group_role(cell) != "team" for cell in source.column_sample(column))


def _propose_matrix(source: SourceTable) -> MappingProposal | None:
    """Labels down, periods across: proposed when the header's cells are periods."""
    if source.header_row is None:
        return None
    across = header_periods(source.columns)
    if len(across) < 2:
        return None
    first = source.columns.index(across[0])
    side = [c for c in source.columns[:first] if any(source.column_sample(c))]
    if not side:
        return None
    profiles = {c: _profile(source, c) for c in side}
    carried = {c: _carried(source.column_sample(c)) for c in side}
    # A side column of one value is a label too when its header names a role ("Område").
    labels = [
        c
        for c in side
        if len(set(carried[c]) - {""}) > 1 or profiles[c].role in ("group", "indicator")
    ]
    # Total columns beside the periods (a crosstab's "Total" per block) are expected, not doubts.
    right = [c for c in source.columns[first:] if group_role(split_block(c)[1]) != "total"]
    sure = len(across) >= len(right) - 1
    group = next((c for c in labels if profiles[c].role == "group"), None)
    group = group or next((c for c in labels if _names_groups(source, c)), None)
    indicator = next((c for c in labels if profiles[c].role == "indicator"), None)
    rest = [c for c in labels if c not in (group, indicator)]
    if group is None and rest:
        group, sure = rest.pop(0), sure and len(labels) == 1
    if indicator is None and rest:
        indicator, sure = rest.pop(0), False
    mapping = ColumnMapping(
        layout=Layout.MATRIX,
        sheet=source.sheet,
        header_row=source.header_row,
        group=group,
        indicator=indicator,
        labels=rest,
        indicator_name=None if indicator else (source.title or None),
    )
    notes = []
    if indicator is None and not source.title:
        sure = False
        notes.append(
            QT_TRANSLATE_NOOP(
                "Import", "Filen siger ikke, hvad tallene er; giv nøgletallet et navn."
            )
        )
    return MappingProposal(mapping, sure, notes)


def _carried(cells: list[str]) -> list[str]:
    """Label cells with a blank repeated label filled from the row above (StatBank style)."""
    out: list[str] = []
    last = ""
    for cell in cells:
        last = cell.strip() or last
        out.append(last)
    return out


def apply_overrides(
    source: SourceTable,
    base: ColumnMapping | None,
    *,
    layout: Layout | None = None,
    indicator: str | None = None,
    group: str | None = None,
    period: str | None = None,
    period_part: str | None = None,
    value: str | None = None,
    values: list[str] | None = None,
    target: str | None = None,
) -> ColumnMapping:
    """``base`` with the columns the user named (e.g. on the command line) put in place.

    Several ``values`` make a wide layout (one indicator per column); one value
    with an indicator column a long one; ``layout=MATRIX`` reads periods across.
    """
    values = list(values or []) + ([value] if value else [])
    for column in (indicator, group, period, period_part, target, *values):
        if column is not None:
            check_column(source, column)
    if layout is None:
        if len(values) > 1:
            layout = Layout.WIDE
        elif indicator or values:
            layout = Layout.LONG
        else:
            layout = base.layout if base else Layout.LONG
    named = {c for c in (indicator, group, period, period_part, target, *values) if c}

    def kept(column: str | None) -> str | None:
        return column if column and column not in named else None

    if layout == Layout.MATRIX:
        from_base = base if base and base.layout == Layout.MATRIX else None
        return ColumnMapping(
            layout=Layout.MATRIX,
            sheet=source.sheet,
            header_row=source.header_row,
            group=group or (kept(from_base.group) if from_base else None),
            indicator=indicator or (kept(from_base.indicator) if from_base else None),
            labels=[c for c in (from_base.labels if from_base else []) if c not in named],
            indicator_name=from_base.indicator_name if from_base else (source.title or None),
            decimal=base.decimal if base else None,
        )
    period = period or (base.period if base else None)
    if period is None:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP("Import", "Angiv periodekolonnen; ingen kolonne ligner perioder."),
        )
    named.add(period)
    common: dict[str, object] = {
        "sheet": source.sheet,
        "header_row": source.header_row,
        "period": period,
        "period_part": period_part or (kept(base.period_part) if base else None),
        "group": group or (kept(base.group) if base else None),
        "target": target or (kept(base.target) if base else None),
        "decimal": base.decimal if base else None,
    }
    try:
        if layout == Layout.LONG:
            indicator = indicator or (base.indicator if base else None)
            chosen = values[0] if values else (base.value if base else None)
            return ColumnMapping(
                layout=Layout.LONG,
                indicator=indicator,
                value=chosen,
                **common,
            )
        wide = values or [c for c in (base.indicators if base else []) if c not in named]
        # Teams across stay teams unless the user names a group column or value columns.
        across = bool(base and base.columns_are_groups and not group and not values)
        return ColumnMapping(
            layout=Layout.WIDE,
            indicators=wide,
            columns_are_groups=across,
            indicator_name=base.indicator_name if base and across else None,
            **common,
        )
    except ValueError:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "Kolonnevalget er ufuldstændigt: angiv både indikator- og værdikolonne."
            ),
        ) from None


def check_column(source: SourceTable, column: str) -> None:
    if column not in source.columns:
        listed = ", ".join(source.columns)
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "Kolonnen '{column}' findes ikke i filen (kolonnerne er: {listed})."
            ).fill(column=column, listed=listed),
        )
