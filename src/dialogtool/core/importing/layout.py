"""Which column holds what: the column mapping, and proposing one from headers and contents.

Two layouts exist. *Long*: one row per observation with an indicator column,
a period column, a value column and optionally a group and a target column.
*Wide*: one period column (and optionally a group column) and one column per
indicator. Headers are recognised in Danish and English; where they say
nothing the cell contents decide, and the proposal is marked unsure so the UI
asks the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dialogtool.core.i18n import LocalizedText
from dialogtool.core.importing.numbers import is_missing, looks_numeric
from dialogtool.core.importing.problems import ImportRefusedError
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.periods import normalise_period

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


class ColumnMapping(BaseModel):
    """Which columns hold what, by header name. Rows above ``header_row`` are skipped."""

    model_config = ConfigDict(extra="forbid")

    layout: Layout
    sheet: str | None = None
    #: 0-based row of the header in the file or sheet; None when the file has no header.
    header_row: int | None = Field(default=0, ge=0)
    period: str
    group: str | None = None
    #: Long layout: the indicator name column and the value column.
    indicator: str | None = None
    value: str | None = None
    target: str | None = None
    #: Wide layout: one column per indicator.
    indicators: list[str] = Field(default_factory=list)
    #: The decimal mark; None lets the importer judge it from the cells.
    decimal: Literal[",", "."] | None = None

    @model_validator(mode="after")
    def _complete(self) -> ColumnMapping:
        if self.layout == Layout.LONG and (not self.indicator or not self.value):
            raise ValueError("a long layout needs an indicator column and a value column")
        if self.layout == Layout.WIDE and not self.indicators:
            raise ValueError("a wide layout needs at least one indicator column")
        return self

    def used_columns(self) -> list[str]:
        named = [self.period, self.group, self.indicator, self.value, self.target]
        return list(dict.fromkeys([c for c in named if c] + self.indicators))


@dataclass(frozen=True)
class MappingProposal:
    """The mapping detection suggests; when ``confident`` is False the user should confirm it."""

    mapping: ColumnMapping | None
    confident: bool
    notes: list[LocalizedText] = field(default_factory=list)


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


def _profile(source: SourceTable, column: str) -> _Profile:
    cells = [c for c in source.column_sample(column) if not is_missing(c)]
    role = header_role(column) if source.header_row is not None else None
    serial = source.format != "csv" and role == "period"
    if not cells:
        return _Profile(column, role, 0, 0.0, 0.0, 0)
    periods = sum(normalise_period(c, excel_serial=serial) is not None for c in cells)
    numbers = sum(looks_numeric(c) for c in cells)
    return _Profile(
        column, role, len(cells), periods / len(cells), numbers / len(cells), len(set(cells))
    )


def _numeric(profile: _Profile) -> bool:
    """Mostly numbers; a column headed "value" or "target" needs only some."""
    if profile.role in ("value", "target"):
        return profile.numbers > 0
    return profile.numbers >= 0.6


def _note(da: str, en: str) -> LocalizedText:
    return LocalizedText(da=da, en=en)


def propose_mapping(source: SourceTable) -> MappingProposal:
    profiles = [_profile(source, c) for c in source.columns]
    filled = [p for p in profiles if p.filled]
    notes: list[LocalizedText] = []

    def by_role(role: Role, pool: list[_Profile]) -> _Profile | None:
        return next((p for p in pool if p.role == role), None)

    # A header that says "period" needs only some valid cells: the rest are named as problems.
    headed = [p for p in filled if p.role == "period" and p.periods > 0]
    period = max(headed, key=lambda p: p.periods) if headed else None
    sure = period is not None and period.periods >= 0.8
    if period is None:
        period = next((p for p in filled if p.periods >= 0.9), None)
    if period is None:
        return MappingProposal(
            None,
            False,
            [_note("Ingen kolonne ligner perioder.", "No column looks like periods.")],
        )
    rest = [p for p in filled if p is not period]
    numeric = [p for p in rest if _numeric(p)]
    textual = [p for p in rest if not _numeric(p)]
    if not numeric:
        return MappingProposal(
            None,
            False,
            [_note("Ingen kolonne indeholder tal.", "No column holds numbers.")],
        )
    group = by_role("group", textual)
    indicator = by_role("indicator", textual)
    value = by_role("value", numeric)
    target = by_role("target", numeric)
    others = [p for p in textual if p is not group and p is not indicator]
    base = {
        "sheet": source.sheet,
        "header_row": source.header_row,
        "period": period.name,
    }
    if indicator is None and value is not None and others:
        indicator, sure = others.pop(0), False
    if indicator is not None:
        value = value or next((p for p in numeric if p is not target), None)
        if value is None:
            value, target, sure = target, None, False
        assert value is not None
        if group is None and others:
            group, sure = others.pop(0), False
        mapping = ColumnMapping(
            layout=Layout.LONG,
            group=group.name if group else None,
            indicator=indicator.name,
            value=value.name,
            target=target.name if target else None,
            **base,
        )
        sure = sure and indicator.role == "indicator" and value.role == "value"
        return MappingProposal(mapping, sure, notes)
    columns = [p for p in numeric if p is not target]
    if target is not None and len(columns) != 1:
        columns, target = numeric, None
        notes.append(
            _note(
                "Målkolonnen kan ikke knyttes til én indikator; den er læst som en indikator.",
                "The target column cannot be tied to one indicator; it was read as an indicator.",
            )
        )
        sure = False
    if group is None and others:
        group = others.pop(0)
        sure = False
    if others:
        names = ", ".join(p.name for p in others)
        notes.append(
            _note(
                f"Kolonner uden tal er udeladt: {names}.",
                f"Columns without numbers are left out: {names}.",
            )
        )
    mapping = ColumnMapping(
        layout=Layout.WIDE,
        group=group.name if group else None,
        indicators=[p.name for p in columns],
        target=target.name if target else None,
        **base,
    )
    return MappingProposal(mapping, sure and source.header_row is not None, notes)


def apply_overrides(
    source: SourceTable,
    base: ColumnMapping | None,
    *,
    indicator: str | None = None,
    group: str | None = None,
    period: str | None = None,
    value: str | None = None,
    target: str | None = None,
) -> ColumnMapping:
    """``base`` with the columns the user named (e.g. on the command line) put in place."""
    for column in (indicator, group, period, value, target):
        if column is not None:
            check_column(source, column)
    period = period or (base.period if base else None)
    if period is None:
        raise ImportRefusedError(
            "Angiv periodekolonnen; ingen kolonne ligner perioder.",
            "Name the period column; no column looks like periods.",
        )
    named = {c for c in (indicator, group, period, value, target) if c}
    common = {
        "sheet": source.sheet,
        "header_row": source.header_row,
        "period": period,
        "group": group or (base.group if base and base.group not in named else None),
        "target": target or (base.target if base and base.target not in named else None),
        "decimal": base.decimal if base else None,
    }
    try:
        if indicator or value or (base and base.layout == Layout.LONG):
            indicator = indicator or (base.indicator if base else None)
            value = value or (base.value if base else None)
            return ColumnMapping(layout=Layout.LONG, indicator=indicator, value=value, **common)
        wide = [c for c in (base.indicators if base else []) if c not in named]
        return ColumnMapping(layout=Layout.WIDE, indicators=wide, **common)
    except ValueError:
        raise ImportRefusedError(
            "Kolonnevalget er ufuldstændigt: angiv både indikator- og værdikolonne.",
            "The column choice is incomplete: name both the indicator and the value column.",
        ) from None


def check_column(source: SourceTable, column: str) -> None:
    if column not in source.columns:
        listed = ", ".join(source.columns)
        raise ImportRefusedError(
            f"Kolonnen '{column}' findes ikke i filen (kolonnerne er: {listed}).",
            f"The column '{column}' is not in the file (its columns are: {listed}).",
        )
