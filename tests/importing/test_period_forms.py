"""Every period form Danish exports use lands on one canonical string; impossible ones on None."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogtool.core.importing import import_file
from dialogtool.core.periods import (
    combine_period,
    is_rolling_period,
    normalise_period,
    period_sort_key,
)

from .corpus import tidy, write_text

FORMS = {
    "2024-01": "2024-01", "2024M01": "2024-01", "2024m1": "2024-01", "jan. 2024": "2024-01",
    "januar 2024": "2024-01", "01-2024": "2024-01", "okt-24": "2024-10", "maj 2025": "2025-05",
    "15-01-2024": "2024-01-15", "15.01.2024": "2024-01-15", "2024-01-15": "2024-01-15",
    "2024-01-15 00:00:00": "2024-01-15", "2024K1": "2024-Q1", "2024Q1": "2024-Q1",
    "Q1 2024": "2024-Q1", "1. kvt. 2024": "2024-Q1", "1. kvartal 2024": "2024-Q1",
    "2024": "2024", "2024.0": "2024", "2024U48": "2024-W48", "uge 48 2024": "2024-W48",
    "2024-W48": "2024-W48", "2020-W53": "2020-W53",
    # Statistics Denmark's codes: half-year, day; Jobindsats' quarter and year codes.
    "2024H1": "2024-H1", "2024H2": "2024-H2", "2024M01D20": "2024-01-20",
    "2024Q01": "2024-Q1", "2024Q04": "2024-Q4", "2023Y01": "2023",
}  # fmt: skip
IMPOSSIBLE = ["2024M13", "2024M00", "2024K5", "2024-W53", "uge 0 2024", "31-02-2024", "1850",
              "abc", "", "13-2024", "jab 2024", "2024H3", "2024M02D30", "2024Q05",
              "2023M02-2024M01", "Løbende 12 mdr. 2024M01"]  # fmt: skip
ROLLING = [
    "2023M02-2024M01",
    "2024QMAT02",
    "2024MMAT11",
    "2023K2 - 2024K1",
    "Løbende 12 mdr. 2024M01",
    "Rullende år 2024",
]


@pytest.mark.parametrize(("text", "canonical"), FORMS.items())
def test_forms(text: str, canonical: str) -> None:
    assert normalise_period(text) == canonical


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_impossible(text: str) -> None:
    assert normalise_period(text) is None


def test_spreadsheet_date_serials_only_when_asked() -> None:
    assert normalise_period("45306") is None
    assert normalise_period("45306", excel_serial=True) == "2024-01-15"


def test_mixed_kinds_sort_by_start() -> None:
    periods = ["2024-02", "2024-Q1", "2024", "2023-W52", "2024-01"]
    assert sorted(periods, key=period_sort_key) == [
        "2023-W52",
        "2024",
        "2024-Q1",
        "2024-01",
        "2024-02",
    ]


@pytest.mark.parametrize("text", ROLLING)
def test_rolling_periods_are_refused_with_a_reason(text: str) -> None:
    assert normalise_period(text) is None
    assert is_rolling_period(text)


def test_ordinary_bad_periods_have_no_rolling_reason() -> None:
    assert not is_rolling_period("2024M13")


@pytest.mark.parametrize(
    ("year", "part", "hint", "canonical"),
    [
        ("2024", "januar", None, "2024-01"),
        ("2024", "jan.", None, "2024-01"),
        ("2024", "3", None, "2024-03"),
        ("2024.0", "11.0", "month", "2024-11"),
        ("2024", "Kvt 2", None, "2024-Q2"),
        ("2024", "1. kvartal", None, "2024-Q1"),
        ("2024", "K4", None, "2024-Q4"),
        ("2024", "2", "quarter", "2024-Q2"),
        ("2024", "Uge 48", None, "2024-W48"),
        ("2024", "48", "week", "2024-W48"),
        ("2024", "H2", None, "2024-H2"),
        ("2024", "13", None, None),
        ("24", "jan", None, None),
    ],
)
def test_period_in_two_columns(
    year: str, part: str, hint: str | None, canonical: str | None
) -> None:
    assert combine_period(year, part, hint) == canonical  # type: ignore[arg-type]


def test_week_numbers_written_year_slash_week_are_weeks_under_a_week_header(
    tmp_path: Path,
) -> None:
    path = write_text(
        tmp_path / "uger.csv",
        ["Team;Uge;Antal", "A;2024/01;1", "A;2024/12;2", "A;2024/48;3"],
    )
    result = import_file(path)
    assert [p for _, _, p, _, _ in tidy(result)] == ["2024-W01", "2024-W12", "2024-W48"]
    assert not result.problems
    assert result.reading.period_kinds == ("week",)


def test_a_week_header_decides_weeks_1_to_12_and_a_month_header_months(tmp_path: Path) -> None:
    weeks = write_text(tmp_path / "u.csv", ["Team;Uge;Antal", "A;2024-03;1", "A;2024-04;2"])
    months = write_text(tmp_path / "m.csv", ["Team;Måned;Antal", "A;2024-03;1", "A;2024-04;2"])
    assert [p for _, _, p, _, _ in tidy(import_file(weeks))] == ["2024-W03", "2024-W04"]
    assert [p for _, _, p, _, _ in tidy(import_file(months))] == ["2024-03", "2024-04"]


@pytest.mark.parametrize("label", ["2024-W48", "2024U48", "U48 2024", "uge 48 2024", "2024/48"])
def test_week_forms(label: str) -> None:
    assert normalise_period(label) == "2024-W48"


def test_weeks_across_in_a_matrix_with_some_above_12(tmp_path: Path) -> None:
    path = write_text(tmp_path / "m.csv", ["Team;2024/11;2024/12;2024/13", "A;1;2;3", "B;4;5;6"])
    periods = sorted({p for _, _, p, _, _ in tidy(import_file(path))})
    assert periods == ["2024-W11", "2024-W12", "2024-W13"]
