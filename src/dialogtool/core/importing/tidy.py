"""From mapped columns to the tidy dataset: one observation per indicator, group and period.

All work is column-wise (NumPy): rows are never looped over in Python, only
distinct names and periods are. Problems are named row by row, up to a cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from dialogtool.core.dataset import (
    Dataset,
    FloatArray,
    IndicatorMeta,
    IntArray,
    Observations,
    slug,
)
from dialogtool.core.importing.columns import Columns, NumberColumn, read_columns
from dialogtool.core.importing.layout import ColumnMapping, Layout, check_column
from dialogtool.core.importing.numbers import detect_decimal
from dialogtool.core.importing.problems import (
    MAX_PROBLEMS_PER_KIND,
    ImportRefusedError,
    Problem,
    ProblemKind,
    ProblemLog,
    Progress,
    Steps,
)
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.periods import day_to_month, normalise_period, period_kind, period_sort_key

#: Above this many cells (series x periods) the file is not a dataset of indicators.
MAX_CELLS = 50_000_000
_DENSE_KEYS = 8_000_000

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
    number_columns = (
        [mapping.value] if mapping.layout == Layout.LONG and mapping.value else mapping.indicators
    )
    if mapping.target and mapping.target not in number_columns:
        number_columns = [*number_columns, mapping.target]
    text_columns = [c for c in (mapping.indicator, mapping.group, mapping.period) if c]
    decimal = mapping.decimal or _decimal(source, number_columns)
    steps.report(45)
    columns = read_columns(source, text_columns, number_columns, decimal, log)
    steps.report(75)
    stacked, missing = _stack(columns, mapping, log)
    dataset = _assemble(stacked, source, log, name)
    steps.report(100)
    return ImportResult(dataset, source, mapping, log.problems(), missing, decimal)


def _decimal(source: SourceTable, columns: list[str]) -> str:
    hint = "." if source.delimiter in (",", None) else ","
    samples = [cell for column in columns for cell in source.column_sample(column)]
    return detect_decimal(samples, hint)


def _stack(columns: Columns, mapping: ColumnMapping, log: ProblemLog) -> tuple[_Stacked, int]:
    n = columns.n_rows
    period = columns.text[mapping.period]
    group = columns.text[mapping.group] if mapping.group else None
    target = columns.numbers.get(mapping.target) if mapping.target else None
    if mapping.layout == Layout.LONG:
        assert mapping.indicator and mapping.value
        indicator = columns.text[mapping.indicator]
        pieces = [(indicator.codes, columns.numbers[mapping.value], mapping.value)]
        names = indicator.labels
    else:
        names = list(mapping.indicators)
        pieces = [
            (np.full(n, k, np.int64), columns.numbers[c], c)
            for k, c in enumerate(mapping.indicators)
        ]
    blank = np.asarray([label == "" for label in period.labels], np.bool_)[period.codes]
    missing_total = 0
    for _, numbers, column in pieces:
        _report_bad_numbers(numbers, column, columns.rows, log)
        missing_total += int(np.count_nonzero(numbers.missing & ~blank))
    if target is not None and mapping.target:
        _report_bad_numbers(target, mapping.target, columns.rows, log)
    if missing_total:
        log.add(
            ProblemKind.MISSING_VALUES,
            f"{missing_total} celler uden værdi (fx '..', '-', tom, 'n/a') er udeladt.",
            f"{missing_total} cells without a value (such as '..', '-', empty, 'n/a') "
            "were left out.",
        )
    k = len(pieces)
    stacked = _Stacked(
        indicator=np.concatenate([p[0] for p in pieces]),
        indicator_names=names,
        group=_repeat(group.codes, k) if group else np.zeros(n * k, np.int64),
        group_names=group.labels if group else [""],
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
            f"'{text}' er ikke et tal; cellen er sprunget over.",
            f"'{text}' is not a number; the cell was skipped.",
            row=int(rows[index]),
            column=column,
        )
    log.add_unlisted(ProblemKind.NOT_A_NUMBER, bad.size - MAX_PROBLEMS_PER_KIND)


def _assemble(stacked: _Stacked, source: SourceTable, log: ProblemLog, name: str | None) -> Dataset:
    serial = source.format != "csv"
    canonical = [normalise_period(label, excel_serial=serial) for label in stacked.period_labels]
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
            "Filen har for mange kombinationer af indikator, gruppe og periode til at vises.",
            "The file has too many combinations of indicator, group and period to show.",
        )
    value_grid = np.full((pairs.size, n_periods), np.nan)
    target_grid = np.full((pairs.size, n_periods), np.nan)
    value_grid[pair_idx, per] = values
    target_grid[pair_idx, per] = targets
    pair_ind = pairs // len(groups)
    indicators = _metas(
        [stacked.indicator_names[i] for i in used_ind.tolist()], pair_ind, target_grid
    )
    value_map: dict[tuple[str, str], FloatArray] = {}
    target_map: dict[tuple[str, str], FloatArray] = {}
    for i, (p_ind, p_grp) in enumerate(
        zip(pair_ind.tolist(), (pairs % len(groups)).tolist(), strict=True)
    ):
        series_key = (indicators[p_ind].id, groups[p_grp])
        value_map[series_key] = value_grid[i]
        target_map[series_key] = target_grid[i]
    observations = Observations(
        indicator=ind, group=grp, period=per, value=values, target=targets, row=rows
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


def _report_bad_periods(mask: BoolArray, stacked: _Stacked, log: ProblemLog) -> None:
    positions = _unique_rows(mask, stacked)
    for i in positions[:MAX_PROBLEMS_PER_KIND].tolist():
        label = stacked.period_labels[int(stacked.period_label[i])]
        if label:
            da = f"'{label}' er ikke en gyldig periode; rækken er sprunget over."
            en = f"'{label}' is not a valid period; the row was skipped."
        else:
            da = "Rækken har ingen periode; den er sprunget over."
            en = "The row has no period; it was skipped."
        log.add(ProblemKind.BAD_PERIOD, da, en, row=int(stacked.row[i]))
    log.add_unlisted(ProblemKind.BAD_PERIOD, positions.size - MAX_PROBLEMS_PER_KIND)


def _report_unnamed(mask: BoolArray, stacked: _Stacked, log: ProblemLog) -> None:
    positions = _unique_rows(mask, stacked)
    for i in positions[:MAX_PROBLEMS_PER_KIND].tolist():
        log.add(
            ProblemKind.MISSING_NAME,
            "Rækken har intet indikatornavn; den er sprunget over.",
            "The row has no indicator name; it was skipped.",
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
            f"{where}, {period} står mere end én gang; værdien fra række {first} er brugt.",
            f"{where}, {period} appears more than once; the value from row {first} is used.",
            row=int(rows[j]),
        )
    log.add_unlisted(ProblemKind.DUPLICATE, dup.size - MAX_PROBLEMS_PER_KIND)


def _metas(names: list[str], pair_ind: IntArray, target_grid: FloatArray) -> list[IndicatorMeta]:
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
        unit = "%" if "%" in name else ""
        metas.append(IndicatorMeta(id=ident, name=name, unit=unit, target=target))
    return metas


def _nothing_usable(log: ProblemLog) -> ImportRefusedError:
    first = next((p for p in log.problems() if p.row is not None), None)
    if first is None:
        return ImportRefusedError(
            "Filen indeholder ingen tal, der kan bruges.",
            "The file holds no numbers that can be used.",
        )
    return ImportRefusedError(
        f"Ingen rækker kunne bruges; fx række {first.row}: {first.da}",
        f"No rows could be used; for example row {first.row}: {first.en}",
    )
