"""From mapped columns to the tidy dataset: one observation per indicator, group and period.

All work is column-wise (NumPy): rows are never looped over in Python, only
distinct names and periods are. Problems are named row by row, up to a cap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.dataset import (
    Dataset,
    FloatArray,
    GroupRole,
    IndicatorMeta,
    IntArray,
    Observations,
    slug,
)
from dialogtool.core.importing.columns import Columns, NumberColumn, TextColumn, read_columns
from dialogtool.core.importing.direction import propose_direction
from dialogtool.core.importing.groups import group_role, group_roles, is_subtotal
from dialogtool.core.importing.header import BLOCK_SEPARATOR, split_block
from dialogtool.core.importing.layout import (
    ColumnMapping,
    Layout,
    check_column,
    header_periods,
    part_hint,
)
from dialogtool.core.importing.numbers import detect_decimal, is_missing, looks_numeric
from dialogtool.core.importing.problems import (
    MAX_PROBLEMS_PER_KIND,
    ImportRefusedError,
    Problem,
    ProblemKind,
    ProblemLog,
    Progress,
    Steps,
)
from dialogtool.core.importing.reading import Reading, describe
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.periods import (
    PeriodKind,
    combine_period,
    day_to_month,
    is_rolling_period,
    normalise_period,
    normalise_periods,
    period_kind,
    period_sort_key,
)

#: Above this many cells (series x periods) the file is not a dataset of indicators.
MAX_CELLS = 50_000_000
_DENSE_KEYS = 8_000_000
_DECIMAL_SAMPLES = 2_000

BoolArray = npt.NDArray[np.bool_]
_T = TypeVar("_T", bound=np.generic)


@dataclass(frozen=True)
class ImportResult:
    dataset: Dataset
    source: SourceTable
    mapping: ColumnMapping
    #: Doubtful or rejected cells and rows; the dataset holds everything else.
    problems: list[Problem]
    #: Cells with a missing marker (``..``, ``-``, empty, ``n/a``), left out.
    missing_values: int
    decimal: str
    #: The texts the missing cells held (``..``, ``x``, ``*``; "" for empty cells).
    missing_markers: tuple[str, ...] = ()

    @cached_property
    def reading(self) -> Reading:
        """What the importer made of the file ("Sådan læste jeg filen")."""
        return describe(self)


@dataclass(frozen=True)
class _Stacked:
    """The observations of every mapped value column, one entry per (row, column)."""

    indicator: IntArray
    indicator_names: list[str]
    group: IntArray
    group_names: list[str]
    period_label: IntArray
    period_labels: list[str]
    value: FloatArray
    target: FloatArray
    row: IntArray
    #: The cell holds a number (not missing, not rejected).
    usable: BoolArray


def build_dataset(
    source: SourceTable,
    mapping: ColumnMapping,
    *,
    progress: Progress | None = None,
    name: str | None = None,
) -> ImportResult:
    """Read every row of ``source`` through ``mapping`` into a ``Dataset``."""
    steps = Steps(progress)
    source = source.with_header_row(mapping.header_row)
    for column in mapping.used_columns():
        check_column(source, column)
    log = ProblemLog(source.name, source.sheet)
    log.extend(source.problems)
    across = _across(source, mapping)
    if mapping.layout == Layout.MATRIX:
        number_columns = across
    elif mapping.layout == Layout.LONG and mapping.value:
        number_columns = [mapping.value]
    else:
        number_columns = list(mapping.indicators)
    if mapping.target and mapping.target not in number_columns:
        number_columns = [*number_columns, mapping.target]
    named = [mapping.indicator, *mapping.labels, mapping.group, mapping.period, mapping.period_part]
    text_columns = list(dict.fromkeys(c for c in named if c))
    used = set(text_columns) | set(number_columns)
    # Every other column is read too, so none is left out without a word (empty ones are).
    extra = [c for c in source.columns if c not in used]
    decimal = mapping.decimal or _decimal(source, number_columns)
    steps.report(45)
    columns = read_columns(source, text_columns + extra, number_columns, decimal, log)
    steps.report(75)
    if mapping.layout == Layout.MATRIX:
        stacked, missing, unit = _stack_matrix(columns, mapping, across, source, log)
    else:
        columns = _combine_period(columns, mapping)
        stacked, missing = _stack(columns, mapping, log)
        unit = source.unit
    definition = _extra_columns(columns, extra, source, mapping, log)
    # The period column's header ("Uge") or, across, the title ("… efter uge") names the kind.
    hint = part_hint(mapping.period or "") or part_hint(source.title)
    dataset = _assemble(
        stacked, source, log, name, unit, definition, hint, mapping.columns_are_groups
    )
    steps.report(100)
    _return_memory()
    markers = source.missing_markers or _missing_markers(columns, number_columns) if missing else ()
    return ImportResult(
        dataset, source.released(), mapping, log.problems(), missing, decimal, markers
    )


def _missing_markers(columns: Columns, number_columns: list[str]) -> tuple[str, ...]:
    """The distinct texts of the cells read as missing, at most a few."""
    import pyarrow as pa
    import pyarrow.compute as pc

    found: set[str] = set()
    for name in number_columns:
        numbers = columns.numbers.get(name)
        if numbers is None or not numbers.missing.any():
            continue
        if numbers.strings is None:  # a cube's NaN: its markers come with the source
            continue
        cells = pc.filter(numbers.strings, pa.array(numbers.missing))
        for value in pc.unique(cells).to_pylist()[:10]:
            text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
            found.add((text or "").strip())
    # Blank rows (spacers, emptied hidden rows) read as empty cells too: name "empty" only alone.
    if len(found) > 1:
        found.discard("")
    return tuple(sorted(found))[:10]


def _return_memory() -> None:
    """Hand the blocks freed after a big read back to the system (pyarrow keeps them otherwise)."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def _across(source: SourceTable, mapping: ColumnMapping) -> list[str]:
    """Matrix: the period columns across, right of the label columns."""
    if mapping.layout != Layout.MATRIX:
        return []
    labels = set(mapping.label_columns())
    across = [c for c in header_periods(source.columns) if c not in labels]
    if not across:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "Ingen kolonneoverskrift er en periode, så filen kan ikke læses med "
                "perioder på tværs.",
            ),
        )
    return across


def _combine_period(columns: Columns, mapping: ColumnMapping) -> Columns:
    """A period in two columns (År + Måned) as one period column under ``mapping.period``."""
    if not mapping.period or not mapping.period_part:
        return columns
    year, part = columns.text[mapping.period], columns.text[mapping.period_part]
    hint = part_hint(mapping.period_part)
    pair = year.codes * len(part.labels) + part.codes
    used, codes = _compact(pair, len(year.labels) * len(part.labels))
    labels = []
    for code in used.tolist():
        y, m = year.labels[code // len(part.labels)], part.labels[code % len(part.labels)]
        labels.append(combine_period(y, m, hint) or (f"{y} {m}".strip()))
    text = {**columns.text, mapping.period: TextColumn(codes, labels or [""])}
    return replace(columns, text=text)


_TOTAL_COLUMN = QT_TRANSLATE_NOOP(
    "Import",
    "Kolonnen '{column}' er en total af de andre kolonner; den er udeladt (tallene, den "
    "lægger sammen, er indlæst).",
)
_PERIOD_AMONG_LABELS = QT_TRANSLATE_NOOP(
    "Import",
    "Kolonnen '{column}' ligner en periode, men står blandt etiketterne; den er ikke brugt.",
)
_NUMBERS_NOT_CHOSEN = QT_TRANSLATE_NOOP(
    "Import",
    "Kolonnen '{column}' har tal, men er ikke valgt som nøgletal; den er ikke indlæst – vælg "
    "den, hvis den skal med.",
)
_UNUSED = QT_TRANSLATE_NOOP(
    "Import", "Kolonnen '{column}' er ikke brugt ({count} forskellige værdier)."
)
_NOTHING_USABLE = QT_TRANSLATE_NOOP(
    "Import", "Ingen rækker kunne bruges; fx række {row}: {problem}"
)


def _extra_columns(
    columns: Columns,
    extra: list[str],
    source: SourceTable,
    mapping: ColumnMapping,
    log: ProblemLog,
) -> str:
    """Columns not mapped: one repeated value joins the definition, any other is named.

    Returns the definition (``Køn: I alt``); no column is left out without a word.
    """
    parts: list[str] = []
    for column in extra:
        text = columns.text[column]
        present = np.bincount(text.codes, minlength=len(text.labels)) > 0
        values = [label for label, seen in zip(text.labels, present, strict=True) if seen and label]
        if not values:
            continue
        if len(values) == 1:
            parts.append(f"{column}: {values[0]}")
            continue
        sample = [c for c in source.column_sample(column) if not is_missing(c)]
        numeric = bool(sample) and sum(looks_numeric(c) for c in sample) >= 0.6 * len(sample)
        if group_role(column) == "total":
            log.add(ProblemKind.TOTAL, _TOTAL_COLUMN.fill(column=column), column=column)
            continue
        if normalise_period(column) is not None and mapping.layout == Layout.MATRIX:
            message = _PERIOD_AMONG_LABELS.fill(column=column)
        elif numeric:
            message = _NUMBERS_NOT_CHOSEN.fill(column=column)
        else:
            message = _UNUSED.fill(column=column, count=len(values))
        log.add(ProblemKind.UNUSED_COLUMN, message, column=column)
    return "; ".join(parts)


def _carry_down(text: TextColumn) -> tuple[IntArray, BoolArray]:
    """Codes with a blank label filled from the row above, and where the label was blank."""
    blank_labels = np.asarray([not label for label in text.labels], np.bool_)
    blank = blank_labels[text.codes]
    index = np.where(blank, 0, np.arange(text.codes.size))
    np.maximum.accumulate(index, out=index)
    return text.codes[index], blank


def _stack_matrix(
    columns: Columns,
    mapping: ColumnMapping,
    across: list[str],
    source: SourceTable,
    log: ProblemLog,
) -> tuple[_Stacked, int, str]:
    """Labels down, periods across: one observation per label row and period column."""
    n = columns.n_rows
    labels = mapping.label_columns()
    carried = {c: _carry_down(columns.text[c]) for c in labels}
    # Without label columns no row is a blank-labelled head row.
    all_blank = np.full(n, bool(carried), np.bool_)
    for _, blank in carried.values():
        all_blank &= blank
    # Rows above the first labelled one (a unit line such as "Antal") are not data.
    first_labelled = int(np.argmax(~all_blank)) if (~all_blank).any() else n
    head = np.zeros(n, np.bool_)
    head[:first_labelled] = True
    unit = source.unit
    for column in across:
        numbers = columns.numbers[column]
        for index in np.flatnonzero(head & numbers.bad)[:1].tolist():
            unit = unit or numbers.text_at(index).strip()
    names_columns = [c for c in (mapping.indicator, *mapping.labels) if c]
    # Header rows above the periods name blocks of columns: each block is an indicator.
    split = [split_block(c) for c in across]
    blocks = list(dict.fromkeys(block for block, _ in split))
    periods = list(dict.fromkeys(period for _, period in split))
    if names_columns:
        codes = {c: carried[c][0] for c in names_columns}
        ind_codes, names = _label_codes(columns, names_columns, codes)
    else:
        ind_codes = np.zeros(n, np.int64)
        names = [
            "" if blocks != [""] else mapping.indicator_name or source.title or unit or "Værdi"
        ]
    if blocks != [""]:
        names = [BLOCK_SEPARATOR.join(p for p in (b, name) if p) for b in blocks for name in names]
    block_of = [blocks.index(block) for block, _ in split]
    period_of = [periods.index(period) for _, period in split]
    if mapping.group:
        group_codes = carried[mapping.group][0]
        group_names = columns.text[mapping.group].labels
    else:
        group_codes, group_names = np.zeros(n, np.int64), [""]
    empty = head.copy()
    all_missing = np.ones(n, np.bool_)
    for column in across:
        all_missing &= columns.numbers[column].missing
    empty |= all_missing & all_blank
    missing_total = 0
    pieces: list[tuple[FloatArray, BoolArray]] = []
    for column in across:
        numbers = columns.numbers[column]
        bad = numbers.bad & ~head
        _report_bad_numbers(replace(numbers, bad=bad), column, columns.rows, log)
        missing_total += int(np.count_nonzero(numbers.missing & ~empty))
        pieces.append((numbers.values, ~numbers.missing & ~bad & ~head))
    _report_missing(missing_total, log)
    k = len(across)
    size = len(names) // len(blocks)
    stacked = _Stacked(
        indicator=np.concatenate([ind_codes + block_of[j] * size for j in range(k)])
        if len(blocks) > 1
        else _repeat(ind_codes, k),
        indicator_names=names,
        group=_repeat(group_codes, k),
        group_names=group_names,
        period_label=np.repeat(np.asarray(period_of, np.int64), n),
        period_labels=periods,
        value=np.concatenate([p[0] for p in pieces]),
        target=np.full(n * k, np.nan),
        row=_repeat(columns.rows, k),
        usable=np.concatenate([p[1] for p in pieces]),
    )
    return stacked, missing_total, unit


def _label_codes(
    columns: Columns, names: list[str], codes: dict[str, IntArray]
) -> tuple[IntArray, list[str]]:
    """Each row's combination of the label columns ``names``, and each combination's text.

    ``codes`` overrides a column's codes (a matrix carries blank labels down).
    """
    n = columns.n_rows
    key = np.zeros(n, np.int64)
    for column in names:
        key = key * len(columns.text[column].labels) + codes.get(column, columns.text[column].codes)
    used, combined = _compact(key, _size(columns, names))
    texts = []
    for code in used.tolist():
        parts = []
        for column in reversed(names):
            size = len(columns.text[column].labels)
            parts.append(columns.text[column].labels[code % size])
            code //= size
        texts.append(" – ".join(p for p in reversed(parts) if p))
    return combined, texts or [""]


def _size(columns: Columns, names: list[str]) -> int:
    size = 1
    for column in names:
        size *= len(columns.text[column].labels)
    return size


def _report_missing(missing_total: int, log: ProblemLog) -> None:
    if missing_total:
        log.add(
            ProblemKind.MISSING_VALUES,
            QT_TRANSLATE_NOOP(
                "Import", "{missing_total} celler uden værdi (fx '..', '-', tom, 'n/a') er udeladt."
            ).fill(missing_total=missing_total),
        )


def _decimal(source: SourceTable, columns: list[str]) -> str:
    hint = source.decimal_hint or ("." if source.delimiter in (",", None) else ",")
    # A few thousand cells decide; a matrix with many period columns need not vote on all.
    per_column = max(20, _DECIMAL_SAMPLES // max(1, len(columns)))
    samples = [cell for column in columns for cell in source.column_sample(column)[:per_column]]
    return detect_decimal(samples, hint)


def _stack(columns: Columns, mapping: ColumnMapping, log: ProblemLog) -> tuple[_Stacked, int]:
    n = columns.n_rows
    assert mapping.period
    period = columns.text[mapping.period]
    group = columns.text[mapping.group] if mapping.group else None
    target = columns.numbers.get(mapping.target) if mapping.target else None
    if mapping.layout == Layout.LONG:
        assert mapping.indicator and mapping.value
        indicator = columns.text[mapping.indicator]
        pieces = [(indicator.codes, columns.numbers[mapping.value], mapping.value)]
        names = indicator.labels
    elif mapping.columns_are_groups:
        names = [mapping.indicator_name or "Værdi"]
        pieces = [(np.zeros(n, np.int64), columns.numbers[c], c) for c in mapping.indicators]
    else:
        names = list(mapping.indicators)
        pieces = [
            (np.full(n, k, np.int64), columns.numbers[c], c)
            for k, c in enumerate(mapping.indicators)
        ]
    if mapping.labels:
        split, split_names = _label_codes(columns, mapping.labels, {})
        names = [f"{name} – {part}" if part else name for name in names for part in split_names]
        pieces = [(codes * len(split_names) + split, nums, c) for codes, nums, c in pieces]
    blank = np.asarray([label == "" for label in period.labels], np.bool_)[period.codes]
    missing_total = 0
    for _, numbers, column in pieces:
        _report_bad_numbers(numbers, column, columns.rows, log)
        missing_total += int(np.count_nonzero(numbers.missing & ~blank))
    if target is not None and mapping.target:
        _report_bad_numbers(target, mapping.target, columns.rows, log)
    _report_missing(missing_total, log)
    k = len(pieces)
    if mapping.columns_are_groups:
        group_codes = np.repeat(np.arange(k, dtype=np.int64), n)
        group_names = list(mapping.indicators)
    else:
        group_codes = _repeat(group.codes, k) if group else np.zeros(n * k, np.int64)
        group_names = group.labels if group else [""]
    stacked = _Stacked(
        indicator=np.concatenate([p[0] for p in pieces]),
        indicator_names=names,
        group=group_codes,
        group_names=group_names,
        period_label=_repeat(period.codes, k),
        period_labels=period.labels,
        value=np.concatenate([p[1].values for p in pieces]),
        target=_repeat(target.values, k) if target is not None else np.full(n * k, np.nan),
        row=_repeat(columns.rows, k),
        usable=np.concatenate([~p[1].missing & ~p[1].bad for p in pieces]),
    )
    return stacked, missing_total


def _repeat(values: npt.NDArray[_T], k: int) -> npt.NDArray[_T]:
    """``values`` once per stacked value column (a wide file repeats each row per column)."""
    return values if k == 1 else np.tile(values, k)


def _report_bad_numbers(
    numbers: NumberColumn, column: str, rows: IntArray, log: ProblemLog
) -> None:
    bad = np.flatnonzero(numbers.bad)
    for index in bad[:MAX_PROBLEMS_PER_KIND].tolist():
        text = numbers.text_at(index)
        log.add(
            ProblemKind.NOT_A_NUMBER,
            QT_TRANSLATE_NOOP("Import", "'{text}' er ikke et tal; cellen er sprunget over.").fill(
                text=text
            ),
            row=int(rows[index]),
            column=column,
        )
    log.add_unlisted(ProblemKind.NOT_A_NUMBER, bad.size - MAX_PROBLEMS_PER_KIND)


def _assemble(
    stacked: _Stacked,
    source: SourceTable,
    log: ProblemLog,
    name: str | None,
    unit: str = "",
    definition: str = "",
    hint: PeriodKind | None = None,
    columns_are_groups: bool = False,
) -> Dataset:
    serial = source.format != "csv"
    canonical = normalise_periods(stacked.period_labels, hint=hint, excel_serial=serial)
    named = np.asarray([bool(n.strip()) for n in stacked.indicator_names], np.bool_)
    has_name = named[stacked.indicator]
    has_period = np.asarray([c is not None for c in canonical], np.bool_)[stacked.period_label]
    # Only rows with a value can lose something; blank and footer rows pass silently.
    _report_bad_periods(stacked.usable & ~has_period, stacked, log)
    _report_unnamed(stacked.usable & has_period & ~has_name, stacked, log)
    keep = stacked.usable & has_name & has_period
    # A slice keeps views (no copies) in the common case where every row is usable.
    keep_idx: IntArray | slice = slice(None) if keep.all() else np.flatnonzero(keep)
    period, periods = _period_axis(stacked, canonical, keep_idx)
    ind, grp, per = stacked.indicator[keep_idx], stacked.group[keep_idx], period[keep_idx]
    values, targets, rows = stacked.value[keep_idx], stacked.target[keep_idx], stacked.row[keep_idx]
    n_groups, n_periods = len(stacked.group_names), len(periods)
    key = (ind * n_groups + grp) * n_periods + per
    first = _first_occurrence(key)
    if not first.all():
        _report_duplicates(np.flatnonzero(~first), key, ind, grp, per, rows, stacked, periods, log)
        ind, grp, per, rows = ind[first], grp[first], per[first], rows[first]
        values, targets = values[first], targets[first]
    if ind.size == 0:
        raise _nothing_usable(log)
    # Codes follow first appearance in the file; keep that order for what is left.
    used_ind, ind = _compact(ind, len(stacked.indicator_names))
    used_grp, grp = _compact(grp, n_groups)
    groups = [stacked.group_names[g] for g in used_grp.tolist()]
    pairs, pair_idx = _compact(ind * len(groups) + grp, used_ind.size * len(groups))
    if pairs.size * n_periods > MAX_CELLS:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "Filen har for mange kombinationer af indikator, gruppe og periode til at vises.",
            ),
        )
    value_grid = np.full((pairs.size, n_periods), np.nan)
    target_grid = np.full((pairs.size, n_periods), np.nan)
    value_grid[pair_idx, per] = values
    target_grid[pair_idx, per] = targets
    pair_ind = pairs // len(groups)
    indicators = _metas(
        [stacked.indicator_names[i] for i in used_ind.tolist()],
        pair_ind,
        target_grid,
        unit,
        definition,
    )
    value_map: dict[tuple[str, str], FloatArray] = {}
    target_map: dict[tuple[str, str], FloatArray] = {}
    for i, (p_ind, p_grp) in enumerate(
        zip(pair_ind.tolist(), (pairs % len(groups)).tolist(), strict=True)
    ):
        series_key = (indicators[p_ind].id, groups[p_grp])
        value_map[series_key] = value_grid[i]
        target_map[series_key] = target_grid[i]
    roles = group_roles(groups)
    _report_totals(roles, groups, grp, rows, log, across=columns_are_groups)
    observations = Observations(
        indicator=ind.astype(np.int32),
        group=grp.astype(np.int32),
        period=per.astype(np.int32),
        value=values,
        target=targets,
        row=rows.astype(np.int32),
    )
    return Dataset(
        name=name or Path(source.name).stem,
        source=str(source.path) if source.path else source.name,
        sha256=source.sha256,
        indicators=indicators,
        groups=groups,
        periods=periods,
        values=value_map,
        targets=target_map,
        observations=observations,
        group_roles=roles,
        source_note=source.source_note,
    )


def _period_axis(
    stacked: _Stacked, canonical: list[str | None], keep_idx: IntArray | slice
) -> tuple[IntArray, list[str]]:
    """Each row's index on the sorted period axis (-1 where it has no valid period).

    Day dates become months for the indicators whose series have at most one
    date per month: a monthly export stamped with a day.
    """
    labels = [c or "" for c in canonical]
    label = stacked.period_label
    days = [i for i, c in enumerate(canonical) if c and period_kind(c) == "day"]
    if days:
        monthly = _monthly_indicators(stacked, canonical, keep_idx)
        to_month = np.arange(len(labels), dtype=np.int64)
        to_month[days] = np.arange(len(labels), len(labels) + len(days))
        labels += [day_to_month(labels[i]) for i in days]
        label = np.where(monthly[stacked.indicator], to_month[label], label)
    used = _compact(label[keep_idx], len(labels))[0].tolist()
    periods = sorted({labels[i] for i in used}, key=period_sort_key)
    index = {p: i for i, p in enumerate(periods)}
    lut = np.asarray([index.get(text, -1) for text in labels], np.int64)
    return lut[label], periods


def _monthly_indicators(
    stacked: _Stacked, canonical: list[str | None], keep_idx: IntArray | slice
) -> BoolArray:
    """Per indicator: True when none of its series has two dates in one month."""
    n_labels = len(canonical)
    months = sorted({c[:7] for c in canonical if c})
    month_of = np.asarray([months.index(c[:7]) if c else 0 for c in canonical], np.int64)
    series = stacked.indicator[keep_idx] * len(stacked.group_names) + stacked.group[keep_idx]
    dated = np.unique(series * n_labels + stacked.period_label[keep_idx])
    per_month = (dated // n_labels) * len(months) + month_of[dated % n_labels]
    uniq, counts = np.unique(per_month, return_counts=True)
    crowded_series = uniq[counts > 1] // len(months)
    monthly = np.ones(len(stacked.indicator_names), np.bool_)
    monthly[crowded_series // len(stacked.group_names)] = False
    return monthly


def _compact(codes: IntArray, size: int) -> tuple[IntArray, IntArray]:
    """The codes in use (ascending) and each code's position among them.

    Like ``np.unique(..., return_inverse=True)``, but linear when codes are small.
    """
    if size > _DENSE_KEYS:
        used, inverse = np.unique(codes, return_inverse=True)
        return used, inverse.astype(np.int64)
    used = np.flatnonzero(np.bincount(codes, minlength=size))
    lut = np.zeros(size, np.int64)
    lut[used] = np.arange(used.size)
    return used, lut[codes]


def _first_occurrence(key: IntArray) -> BoolArray:
    """True for the first row of each key, in row order."""
    if key.size == 0:
        return np.ones(0, np.bool_)
    top = int(key.max()) + 1
    if top <= _DENSE_KEYS and np.bincount(key, minlength=top).max() <= 1:
        return np.ones(key.size, np.bool_)
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    first_sorted = np.ones(key.size, np.bool_)
    first_sorted[1:] = sorted_keys[1:] != sorted_keys[:-1]
    first = np.empty(key.size, np.bool_)
    first[order] = first_sorted
    return first


def _unique_rows(mask: BoolArray, stacked: _Stacked) -> IntArray:
    """Stacked positions under ``mask``, one per source row (wide files repeat rows)."""
    positions = np.flatnonzero(mask)
    _, first = np.unique(stacked.row[positions], return_index=True)
    return positions[np.sort(first)]


_ROLLING = QT_TRANSLATE_NOOP(
    "Import",
    "'{label}' er en rullende periode (flere perioder lagt sammen) og kan ikke stå på en "
    "tidsakse; rækken er sprunget over.",
)
_TOTAL_PERIOD = QT_TRANSLATE_NOOP(
    "Import", "'{label}' er en total over perioderne; rækken er udeladt."
)
_TOTAL_GROUP = QT_TRANSLATE_NOOP(
    "Import", "'{group}' uden periode er en total over perioderne; rækken er udeladt."
)
_BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Import", "'{label}' er ikke en gyldig periode; rækken er sprunget over."
)
_NO_PERIOD = QT_TRANSLATE_NOOP("Import", "Rækken har ingen periode; den er sprunget over.")


def _report_bad_periods(mask: BoolArray, stacked: _Stacked, log: ProblemLog) -> None:
    positions = _unique_rows(mask, stacked)
    for i in positions[:MAX_PROBLEMS_PER_KIND].tolist():
        label = stacked.period_labels[int(stacked.period_label[i])]
        if label and is_rolling_period(label):
            message = _ROLLING.fill(label=label.strip())
        elif label and group_role(label) == "total":
            message = _TOTAL_PERIOD.fill(label=label)
        elif (
            not label and group_role(group := stacked.group_names[int(stacked.group[i])]) == "total"
        ):
            message = _TOTAL_GROUP.fill(group=group)
        elif label:
            message = _BAD_PERIOD.fill(label=label)
        else:
            message = _NO_PERIOD
        log.add(ProblemKind.BAD_PERIOD, message, row=int(stacked.row[i]))
    log.add_unlisted(ProblemKind.BAD_PERIOD, positions.size - MAX_PROBLEMS_PER_KIND)


_SUBTOTAL_COLUMN = QT_TRANSLATE_NOOP(
    "Import",
    "Kolonnen '{group}' er en delsum; den vises til sammenligning, ikke som et team, og "
    "lægges ikke oven i totalen.",
)
_SUBTOTAL_ROW = QT_TRANSLATE_NOOP(
    "Import",
    "'{group}' (første gang i række {first}) er en delsum; den vises til sammenligning, ikke "
    "som et team, og lægges ikke oven i totalen.",
)


def _report_subtotal(group: str, first: int, log: ProblemLog, *, across: bool) -> None:
    """A subtotal is named: kept to compare with, not a team, not added to the grand total."""
    if across:
        message = _SUBTOTAL_COLUMN.fill(group=group)
    else:
        message = _SUBTOTAL_ROW.fill(group=group, first=str(first))
    log.add(
        ProblemKind.TOTAL,
        message,
        column=group if across else None,
        row=None if across else first,
    )


def _report_totals(
    roles: dict[str, GroupRole],
    groups: list[str],
    grp: IntArray,
    rows: IntArray,
    log: ProblemLog,
    *,
    across: bool,
) -> None:
    """Name the row (or column) of each total: it is the yardstick, not one more team."""
    for index, group in enumerate(groups):
        if roles.get(group) == "benchmark" and is_subtotal(group):
            _report_subtotal(group, int(rows[int(np.argmax(grp == index))]), log, across=across)
            continue
        if roles.get(group) != "total":
            continue
        if across:  # teams across: the total is a column
            log.add(
                ProblemKind.TOTAL,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Kolonnen '{group}' er en total; den bruges som målestok, ikke som et team.",
                ).fill(group=group),
                column=group,
            )
            continue
        first = int(rows[int(np.argmax(grp == index))])
        log.add(
            ProblemKind.TOTAL,
            QT_TRANSLATE_NOOP(
                "Import",
                "'{group}' (første gang i række {first}) er en total; den bruges som "
                "målestok, ikke som et team.",
            ).fill(group=group, first=str(first)),
            row=first,
        )


def _report_unnamed(mask: BoolArray, stacked: _Stacked, log: ProblemLog) -> None:
    positions = _unique_rows(mask, stacked)
    for i in positions[:MAX_PROBLEMS_PER_KIND].tolist():
        log.add(
            ProblemKind.MISSING_NAME,
            QT_TRANSLATE_NOOP("Import", "Rækken har intet indikatornavn; den er sprunget over."),
            row=int(stacked.row[i]),
        )
    log.add_unlisted(ProblemKind.MISSING_NAME, positions.size - MAX_PROBLEMS_PER_KIND)


def _report_duplicates(
    dup: IntArray,
    key: IntArray,
    ind: IntArray,
    grp: IntArray,
    per: IntArray,
    rows: IntArray,
    stacked: _Stacked,
    periods: list[str],
    log: ProblemLog,
) -> None:
    """``dup`` indexes the kept observations: the later rows of a repeated one."""
    for j in dup[:MAX_PROBLEMS_PER_KIND].tolist():
        name = stacked.indicator_names[int(ind[j])]
        group = stacked.group_names[int(grp[j])]
        where = f"{name}, {group}" if group else name
        first = int(rows[int(np.argmax(key == key[j]))])
        period = periods[int(per[j])]
        log.add(
            ProblemKind.DUPLICATE,
            QT_TRANSLATE_NOOP(
                "Import",
                "{where}, {period} står mere end én gang; værdien fra række {first} er brugt.",
            ).fill(where=where, period=period, first=str(first)),
            row=int(rows[j]),
        )
    log.add_unlisted(ProblemKind.DUPLICATE, dup.size - MAX_PROBLEMS_PER_KIND)


def _metas(
    names: list[str],
    pair_ind: IntArray,
    target_grid: FloatArray,
    unit: str = "",
    definition: str = "",
) -> list[IndicatorMeta]:
    """Indicator metadata with unique slugs; a target the file gives as one constant is kept.

    ``pair_ind`` is ascending, so each indicator's series are a block of grid rows.
    """
    starts = np.searchsorted(pair_ind, np.arange(len(names)))
    low = np.fmin.reduceat(np.fmin.reduce(target_grid, axis=1), starts)
    high = np.fmax.reduceat(np.fmax.reduce(target_grid, axis=1), starts)
    metas: list[IndicatorMeta] = []
    taken: set[str] = set()
    for i, name in enumerate(names):
        base = slug(name)
        ident, n = base, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        taken.add(ident)
        target = float(low[i]) if low[i] == high[i] else None
        metas.append(
            IndicatorMeta(
                id=ident,
                name=name,
                unit=unit_of(name) or _unit_line(unit),
                higher_is_better=propose_direction(name).higher_is_better,
                target=target,
                definition=definition,
            )
        )
    return metas


_IN_PARENTHESES = re.compile(r"\(([^()]{1,24})\)")
_PERCENT = {"%", "pct", "pct.", "procent", "percent", "andel i pct."}
#: Words a header puts in parentheses when they are its unit, not a remark.
_UNIT_WORDS = re.compile(
    r"^(antal|kr\.?|mio\. kr\.?|mia\. kr\.?|1\.000 kr\.?|t\. ?kr\.?|dkk|timer|uger|dage|"
    r"måneder|år|personer|fuldtidspersoner|pct\.? ?-?point|procentpoint|promille|indeks|"
    r"index|stk\.?|sager|forløb|hours|days|weeks|persons|people)$",
    re.IGNORECASE,
)


def unit_of(name: str) -> str:
    """The unit a header gives: "Andel (pct.)" -> "%", "Varighed (uger)" -> "uger".

    Only the last parenthesis counts, and only when it names a unit, so
    "Samtaler (inkl. digitale)" has none.
    """
    if "%" in name:
        return "%"
    found = _IN_PARENTHESES.findall(name)
    if not found:
        return ""
    text = " ".join(found[-1].split())
    if text.lower() in _PERCENT:
        return "%"
    return text if _UNIT_WORDS.match(text) else ""


def _unit_line(text: str) -> str:
    """A unit line's text as a unit ("Procent" -> "%")."""
    return "%" if text.strip().lower() in _PERCENT else text.strip()


def _nothing_usable(log: ProblemLog) -> ImportRefusedError:
    first = next((p for p in log.problems() if p.row is not None), None)
    if first is None:
        return ImportRefusedError(
            QT_TRANSLATE_NOOP("Import", "Filen indeholder ingen tal, der kan bruges."),
        )
    return ImportRefusedError(_NOTHING_USABLE.fill(row=str(first.row), problem=first.message))
