"""Every file of the issue-17 corpus loads to its exact truth or is refused in one exact line,
and no cell the importer did not load goes without a word."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError, ImportResult, import_file
from dialogtool.core.importing.numbers import is_missing, looks_numeric, parse_number
from dialogtool.core.importing.source import read_cube
from dialogtool.core.importing.xlsx_structure import column_letters
from dialogtool.core.periods import normalise_period

from .corpus import tidy
from .issue17_corpus import CASES


@pytest.mark.parametrize("name", sorted(CASES))
def test_corpus_file_loads_to_its_truth_or_is_refused(tmp_path: Path, name: str) -> None:
    case = CASES[name](tmp_path)
    if case.refusal is not None:
        with pytest.raises(ImportRefusedError) as info:
            import_file(case.path)
        assert render(info.value.message, "en") == case.refusal
        assert "\n" not in render(info.value.message, "da")
        return
    result = import_file(case.path)
    assert tidy(result) == case.rows
    assert result.reading.missing == case.missing
    assert_no_silent_change(case.path, result)


def _cells(path: Path, result: ImportResult) -> list[list[str]]:
    source = result.source
    if source.format == "csv":
        text = path.read_bytes().decode(source.encoding or "utf-8")
        return list(csv.reader(text.splitlines(), delimiter=source.delimiter or ";"))
    import fastexcel

    sheet = fastexcel.read_excel(str(path)).load_sheet(
        source.sheet or 0, header_row=None, dtypes="string"
    )
    return [
        ["" if v is None else str(v) for v in row.values()] for row in sheet.to_arrow().to_pylist()
    ]


def assert_no_silent_change(path: Path, result: ImportResult) -> None:
    """Every number in the file below its header is loaded (same row, same value), counted as
    missing, hidden, or named by a warning on its row or column; every marker is counted missing."""
    reading = result.reading
    if result.source.format in ("px", "jsonstat"):
        cube = read_cube(path.read_bytes())
        assert cube is not None
        assert reading.values + reading.missing == cube.values.size
        return
    rows = _cells(path, result)
    header = result.mapping.header_row or 0
    loaded: dict[int, list[float]] = {}
    obs = result.dataset.observations
    assert obs is not None
    for row, value in zip(obs.row.tolist(), obs.value.tolist(), strict=True):
        loaded.setdefault(row, []).append(value)
    warned_rows = {p.row for p in result.problems if p.row is not None and p.column is None}
    warned_columns = {p.column for p in result.problems if p.column is not None}
    columns = result.source.columns
    footnotes = {tuple(c for c in r if c) for r in result.source.footnotes}
    markers = 0
    for index, cells in enumerate(rows[header + 1 :], start=header + 2):
        if tuple(c for c in cells if c) in footnotes:
            continue
        for c, text in enumerate(cells):
            text = text.strip()
            column = columns[c] if c < len(columns) else ""
            if text and is_missing(text):
                markers += 1
                continue
            if not looks_numeric(text) or normalise_period(text) is not None:
                continue
            value = parse_number(text, result.decimal)
            if value is not None and value in loaded.get(index, []):
                loaded[index].remove(value)
                continue
            named = (
                index in warned_rows
                or column in warned_columns
                or index in reading.hidden_rows
                or column_letters(c) in reading.hidden_columns
                or (index, column) in {(p.row, p.column) for p in result.problems}
            )
            assert named, f"row {index}, column {column!r}: {text!r} was dropped without a word"
    assert markers <= reading.missing


def test_subtotals_per_area_are_neither_teams_nor_the_yardstick(tmp_path: Path) -> None:
    """The grand total is the yardstick; each area's subtotal is shown to compare with and
    named, and the teams alone add up to the grand total (nothing counted twice)."""
    result = import_file(CASES["excel_pivot_subtotals_per_area"](tmp_path).path)
    dataset = result.dataset
    assert dataset.teams() == ["Team A", "Team B", "Team C"]
    assert dataset.total_group() == "Hovedtotal"
    assert dataset.benchmark_groups() == ["Nord I alt", "Syd I alt"]
    teams = sum(dataset.values[("antal", team)] for team in dataset.teams())
    assert teams.tolist() == dataset.values[("antal", "Hovedtotal")].tolist()
    named = [
        render(p.message, "en") for p in result.problems if "subtotal" in render(p.message, "en")
    ]
    assert named == [
        "'Nord I alt' (first in row 6) is a subtotal; it is shown for comparison, not as a team, "
        "and is not added to the total.",
        "'Syd I alt' (first in row 9) is a subtotal; it is shown for comparison, not as a team, "
        "and is not added to the total.",
    ]
    assert "Hovedtotal (total, målestok)" in result.reading.text("da")
