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

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Arg, Message, render
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


_LAYOUTS: dict[str, Message] = {
    "long": QT_TRANSLATE_NOOP("Reading", "lang (én række pr. tal)"),
    "wide": QT_TRANSLATE_NOOP("Reading", "bred (én kolonne pr. nøgletal)"),
    "matrix": QT_TRANSLATE_NOOP("Reading", "perioder på tværs"),
    "groups-across": QT_TRANSLATE_NOOP("Reading", "grupper på tværs, perioder nedad"),
}
_FORMATS: dict[str, Message] = {
    "csv": QT_TRANSLATE_NOOP("Reading", "CSV-tekstfil"),
    "xlsx": QT_TRANSLATE_NOOP("Reading", "Excel-regneark (.xlsx)"),
    "xls": QT_TRANSLATE_NOOP("Reading", "Excel-regneark (.xls)"),
    "ods": QT_TRANSLATE_NOOP("Reading", "OpenDocument-regneark (.ods)"),
    "px": QT_TRANSLATE_NOOP("Reading", "PC-Axis-fil (.px)"),
    "jsonstat": QT_TRANSLATE_NOOP("Reading", "JSON-stat"),
}
#: A kind of period, counted ("3 måneder") and alone ("1 måned").
_KINDS: dict[PeriodKind, Message] = {
    "year": QT_TRANSLATE_NOOP("PeriodKinds", "år"),
    "half": QT_TRANSLATE_NOOP("PeriodKinds", "halvår"),
    "quarter": QT_TRANSLATE_NOOP("PeriodKinds", "kvartaler"),
    "month": QT_TRANSLATE_NOOP("PeriodKinds", "måneder"),
    "week": QT_TRANSLATE_NOOP("PeriodKinds", "uger"),
    "day": QT_TRANSLATE_NOOP("PeriodKinds", "dage"),
}
_KIND: dict[PeriodKind, Message] = {
    "year": QT_TRANSLATE_NOOP("PeriodKind", "år"),
    "half": QT_TRANSLATE_NOOP("PeriodKind", "halvår"),
    "quarter": QT_TRANSLATE_NOOP("PeriodKind", "kvartal"),
    "month": QT_TRANSLATE_NOOP("PeriodKind", "måned"),
    "week": QT_TRANSLATE_NOOP("PeriodKind", "uge"),
    "day": QT_TRANSLATE_NOOP("PeriodKind", "dag"),
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


_M = {
    "file": QT_TRANSLATE_NOOP("Reading", "{file}: {format}, opbygning: {layout}"),
    "sheet": QT_TRANSLATE_NOOP("Reading", "Ark: {sheet}"),
    "sheets": QT_TRANSLATE_NOOP("Reading", "Ark: {sheet} (øvrige ark, ikke læst: {others})"),
    "indicators": QT_TRANSLATE_NOOP("Reading", "Nøgletal ({count}):"),
    "indicator": QT_TRANSLATE_NOOP("Reading", "{indicator}: {better} (foreslået, {reason})"),
    "higher": QT_TRANSLATE_NOOP("Reading", "højere er bedre"),
    "lower": QT_TRANSLATE_NOOP("Reading", "lavere er bedre"),
    "periods": QT_TRANSLATE_NOOP("Reading", "Perioder: {first} – {last} ({count} {kinds})"),
    "values": QT_TRANSLATE_NOOP(
        "Reading", "Værdier indlæst: {values}; manglende (skjult af kilden): {missing}"
    ),
    "values_marked": QT_TRANSLATE_NOOP(
        "Reading",
        "Værdier indlæst: {values}; manglende (skjult af kilden): {missing} (markør: {markers})",
    ),
    "hidden": QT_TRANSLATE_NOOP(
        "Reading", "Skjulte rækker udeladt: {rows}; skjulte kolonner udeladt: {columns}"
    ),
    "source": QT_TRANSLATE_NOOP("Reading", "Kilde: {source}"),
    "warnings": QT_TRANSLATE_NOOP("Reading", "Advarsler ({count}):"),
    "empty_cell": QT_TRANSLATE_NOOP("Reading", "tom celle"),
    "no_groups": QT_TRANSLATE_NOOP("Reading", "Grupper: ingen (filen har ingen gruppekolonne)"),
    "total": QT_TRANSLATE_NOOP("Reading", "{group} (total, målestok)"),
    "benchmark": QT_TRANSLATE_NOOP("Reading", "{group} (sammenligning)"),
    "groups": QT_TRANSLATE_NOOP("Reading", "Grupper ({count}): {groups}"),
    "groups_more": QT_TRANSLATE_NOOP("Reading", "Grupper ({count}): {groups}, … og {more} flere"),
}


def _lines(r: Reading, lang: Lang) -> list[str]:
    def say(key: str, **args: Arg) -> str:
        return render(_M[key].fill(**args), lang)

    known_format, known_layout = _FORMATS.get(r.format), _LAYOUTS.get(r.layout)
    lines = [
        say(
            "file",
            file=r.file,
            format=known_format or r.format,
            layout=known_layout or r.layout,
        )
    ]
    if r.sheet:
        others = ", ".join(r.other_sheets)
        lines.append(
            say("sheets", sheet=r.sheet, others=others) if others else say("sheet", sheet=r.sheet)
        )
    lines.append(say("indicators", count=len(r.indicators)))
    for ind in r.indicators:
        unit = f" [{ind.unit}]" if ind.unit else ""
        better = _M["higher"] if ind.direction.higher_is_better else _M["lower"]
        line = say(
            "indicator", indicator=ind.name + unit, better=better, reason=ind.direction.reason
        )
        lines.append(f"  - {line}")
    lines.append(_groups_line(r, lang))
    if r.period_count:
        names = _KIND if r.period_count == 1 else _KINDS
        kinds = ", ".join(render(names[k], lang) for k in r.period_kinds)
        lines.append(
            say(
                "periods",
                first=r.first_period,
                last=r.last_period,
                count=r.period_count,
                kinds=kinds,
            )
        )
    if r.missing_markers:
        markers = " ".join(_marker(m, lang) for m in r.missing_markers)
        lines.append(say("values_marked", values=r.values, missing=r.missing, markers=markers))
    else:
        lines.append(say("values", values=r.values, missing=r.missing))
    if r.hidden_rows or r.hidden_columns:
        rows = ", ".join(str(x) for x in r.hidden_rows) or "–"
        lines.append(say("hidden", rows=rows, columns=", ".join(r.hidden_columns) or "–"))
    if r.source_line:
        lines.append(say("source", source=r.source_line))
    lines.append(say("warnings", count=len(r.warnings)))
    lines.extend(f"  - {_where(w, lang)}{render(w.message, lang)}" for w in r.warnings)
    return lines


def _marker(marker: str, lang: Lang) -> str:
    return f"'{marker}'" if marker else render(_M["empty_cell"], lang)


def _groups_line(r: Reading, lang: Lang) -> str:
    if r.groups == ("",):
        return render(_M["no_groups"], lang)
    names = []
    for g in r.groups[:30]:
        if g == r.total:
            names.append(render(_M["total"].fill(group=g), lang))
        elif g in r.benchmarks:
            names.append(render(_M["benchmark"].fill(group=g), lang))
        else:
            names.append(g)
    more = len(r.groups) - 30
    line = _M["groups_more"].fill(more=more) if more > 0 else _M["groups"]
    return render(line.fill(count=len(r.groups), groups=", ".join(names)), lang)


def _where(p: Problem, lang: Lang) -> str:
    place = p.place(lang)
    return f"{place}: " if place else ""
