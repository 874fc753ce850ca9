"""What the importer made of a file, as frozen data: "Sådan læste jeg filen".

After every import the leader sees one compact summary before the data is used:
the layout found, the sheet (and the workbook's other sheets), the indicators with
their unit and proposed direction (and why), the groups and which one is the total,
the periods and their kind, how many values were loaded, how many the source hid
(suppressed, with its marker) and how many rows or columns were hidden, the source
line and every warning with its row and column. ``describe`` builds it from an
``ImportResult``; ``Reading.text`` renders it in Danish or English for
``dialogtool inspect`` (the UI lays out the same fields itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from dialogtool.core.catalogue import render
from dialogtool.core.dataset import Dataset
from dialogtool.core.i18n import Lang
from dialogtool.core.importing.direction import Direction, propose_direction
from dialogtool.core.importing.layout import ColumnMapping
from dialogtool.core.importing.problems import Problem, ProblemKind
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.periods import PeriodKind, period_kind


class Imported(Protocol):
    """What ``describe`` reads of an ``ImportResult`` (which holds its reading)."""

    @property
    def dataset(self) -> Dataset: ...
    @property
    def source(self) -> SourceTable: ...
    @property
    def mapping(self) -> ColumnMapping: ...
    @property
    def problems(self) -> list[Problem]: ...
    @property
    def missing_values(self) -> int: ...
    @property
    def missing_markers(self) -> tuple[str, ...]: ...


_LAYOUTS: dict[str, tuple[str, str]] = {
    "long": ("lang (én række pr. tal)", "long (one row per number)"),
    "wide": ("bred (én kolonne pr. nøgletal)", "wide (one column per indicator)"),
    "matrix": ("perioder på tværs", "periods across"),
    "groups-across": ("grupper på tværs, perioder nedad", "groups across, periods down"),
}
_FORMATS: dict[str, tuple[str, str]] = {
    "csv": ("CSV-tekstfil", "CSV text file"),
    "xlsx": ("Excel-regneark (.xlsx)", "Excel workbook (.xlsx)"),
    "xls": ("Excel-regneark (.xls)", "Excel workbook (.xls)"),
    "ods": ("OpenDocument-regneark (.ods)", "OpenDocument spreadsheet (.ods)"),
    "px": ("PC-Axis-fil (.px)", "PC-Axis file (.px)"),
    "jsonstat": ("JSON-stat", "JSON-stat"),
}
_KINDS: dict[PeriodKind, tuple[str, str]] = {
    "year": ("år", "years"),
    "half": ("halvår", "half-years"),
    "quarter": ("kvartaler", "quarters"),
    "month": ("måneder", "months"),
    "week": ("uger", "weeks"),
    "day": ("dage", "days"),
}
_KIND: dict[PeriodKind, tuple[str, str]] = {
    "year": ("år", "year"),
    "half": ("halvår", "half-year"),
    "quarter": ("kvartal", "quarter"),
    "month": ("måned", "month"),
    "week": ("uge", "week"),
    "day": ("dag", "day"),
}


@dataclass(frozen=True)
class IndicatorReading:
    id: str
    name: str
    unit: str
    #: The proposed direction; ``direction.word`` is why, None when it is only assumed.
    direction: Direction


@dataclass(frozen=True)
class Reading:
    """How one file was read. Counts are of cells; rows and columns are 1-based as users see them."""

    file: str
    format: str
    layout: str
    sheet: str | None
    #: The workbook's other sheets (not read).
    other_sheets: tuple[str, ...]
    header_row: int | None
    indicators: tuple[IndicatorReading, ...]
    groups: tuple[str, ...]
    #: The group that is the organisation's total (its yardstick), if any.
    total: str | None
    benchmarks: tuple[str, ...]
    first_period: str
    last_period: str
    period_count: int
    period_kinds: tuple[PeriodKind, ...]
    #: Values loaded into the dataset.
    values: int
    #: Cells the source left without a value (suppressed: ``..``, ``x``, empty, its own marker).
    missing: int
    #: The markers the file itself declares for a missing value (PC-Axis), if any.
    missing_markers: tuple[str, ...]
    hidden_rows: tuple[int, ...]
    hidden_columns: tuple[str, ...]
    source_line: str
    warnings: tuple[Problem, ...]

    def text(self, lang: Lang = "da") -> str:
        """The summary as plain text, one fact per line."""
        return "\n".join(_lines(self, lang)) + "\n"


def describe(result: Imported) -> Reading:
    """The reading of an import (cheap: it looks at names and counts, not at every value)."""
    source, dataset, mapping = result.source, result.dataset, result.mapping
    kinds = tuple(dict.fromkeys(period_kind(p) for p in dataset.periods))
    indicators = tuple(
        IndicatorReading(m.id, m.name, m.unit, propose_direction(m.name))
        for m in dataset.indicators
    )
    return Reading(
        file=source.name,
        format=source.format,
        layout="groups-across" if mapping.columns_are_groups else mapping.layout.value,
        sheet=source.sheet,
        other_sheets=tuple(s for s in source.sheets if s != source.sheet),
        header_row=None if mapping.header_row is None else mapping.header_row + 1,
        indicators=indicators,
        groups=tuple(dataset.groups),
        total=dataset.total_group(),
        benchmarks=tuple(dataset.benchmark_groups()),
        first_period=dataset.periods[0] if dataset.periods else "",
        last_period=dataset.periods[-1] if dataset.periods else "",
        period_count=len(dataset.periods),
        period_kinds=kinds,
        values=len(dataset.observations) if dataset.observations is not None else 0,
        missing=result.missing_values,
        missing_markers=result.missing_markers,
        hidden_rows=tuple(r + 1 for r in source.hidden_rows),
        hidden_columns=tuple(source.hidden_columns),
        source_line=dataset.source_note,
        warnings=tuple(p for p in result.problems if p.kind != ProblemKind.MISSING_VALUES),
    )


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "da" else pair[1]


def _lines(r: Reading, lang: Lang) -> list[str]:
    da = lang == "da"
    fmt = _pick(_FORMATS.get(r.format, (r.format, r.format)), lang)
    layout = _pick(_LAYOUTS.get(r.layout, (r.layout, r.layout)), lang)
    lines = [f"{r.file}: {fmt}, {'layout' if not da else 'opbygning'}: {layout}"]
    if r.sheet:
        sheet = f"{'Ark' if da else 'Sheet'}: {r.sheet}"
        if r.other_sheets:
            others = ", ".join(r.other_sheets)
            sheet += f" ({'øvrige ark, ikke læst' if da else 'other sheets, not read'}: {others})"
        lines.append(sheet)
    lines.append(f"{'Nøgletal' if da else 'Indicators'} ({len(r.indicators)}):")
    for ind in r.indicators:
        unit = f" [{ind.unit}]" if ind.unit else ""
        better = (
            ("højere er bedre" if da else "higher is better")
            if ind.direction.higher_is_better
            else ("lavere er bedre" if da else "lower is better")
        )
        proposed = "foreslået" if da else "proposed"
        lines.append(f"  - {ind.name}{unit}: {better} ({proposed}, {ind.direction.reason(lang)})")
    lines.append(_groups_line(r, lang))
    if r.period_count:
        names = _KIND if r.period_count == 1 else _KINDS
        kinds = ", ".join(_pick(names[k], lang) for k in r.period_kinds)
        lines.append(
            f"{'Perioder' if da else 'Periods'}: {r.first_period} – {r.last_period} "
            f"({r.period_count} {kinds})"
        )
    lines.append(
        f"{'Værdier indlæst' if da else 'Values loaded'}: {r.values}; "
        + (f"{'manglende (skjult af kilden)' if da else 'missing (hidden by the source)'}: {r.missing}")
        + (f" ({'markør' if da else 'marker'}: {' '.join(_marker(m, lang) for m in r.missing_markers)})"
           if r.missing_markers else "")
    )  # fmt: skip
    if r.hidden_rows or r.hidden_columns:
        rows = ", ".join(str(x) for x in r.hidden_rows) or "–"
        cols = ", ".join(r.hidden_columns) or "–"
        lines.append(
            f"Skjulte rækker udeladt: {rows}; skjulte kolonner udeladt: {cols}"
            if da
            else f"Hidden rows left out: {rows}; hidden columns left out: {cols}"
        )
    if r.source_line:
        lines.append(f"{'Kilde' if da else 'Source'}: {r.source_line}")
    lines.append(f"{'Advarsler' if da else 'Warnings'} ({len(r.warnings)}):")
    lines.extend(f"  - {_where(w, lang)}{render(w.message, lang)}" for w in r.warnings)
    return lines


def _marker(marker: str, lang: Lang) -> str:
    if not marker:
        return "tom celle" if lang == "da" else "empty cell"
    return f"'{marker}'"


def _groups_line(r: Reading, lang: Lang) -> str:
    da = lang == "da"
    if r.groups == ("",):
        return "Grupper: ingen (filen har ingen gruppekolonne)" if da else "Groups: none"
    names = []
    for g in r.groups[:30]:
        if g == r.total:
            names.append(f"{g} ({'total, målestok' if da else 'total, yardstick'})")
        elif g in r.benchmarks:
            names.append(f"{g} ({'sammenligning' if da else 'benchmark'})")
        else:
            names.append(g)
    more = len(r.groups) - 30
    tail = (f", … og {more} flere" if da else f", … and {more} more") if more > 0 else ""
    return f"{'Grupper' if da else 'Groups'} ({len(r.groups)}): {', '.join(names)}{tail}"


def _where(p: Problem, lang: Lang) -> str:
    parts = []
    if p.sheet:
        parts.append(("ark " if lang == "da" else "sheet ") + p.sheet)
    if p.row is not None:
        parts.append(("række " if lang == "da" else "row ") + str(p.row))
    if p.column:
        parts.append(("kolonne " if lang == "da" else "column ") + repr(p.column))
    return f"{', '.join(parts)}: " if parts else ""
