"""Every period form Danish exports use lands on one canonical string; impossible ones on None."""

from __future__ import annotations

import pytest

from dialogtool.core.periods import normalise_period, period_sort_key

FORMS = {
    "2024-01": "2024-01", "2024M01": "2024-01", "2024m1": "2024-01", "jan. 2024": "2024-01",
    "januar 2024": "2024-01", "01-2024": "2024-01", "okt-24": "2024-10", "maj 2025": "2025-05",
    "15-01-2024": "2024-01-15", "15.01.2024": "2024-01-15", "2024-01-15": "2024-01-15",
    "2024-01-15 00:00:00": "2024-01-15", "2024K1": "2024-Q1", "2024Q1": "2024-Q1",
    "Q1 2024": "2024-Q1", "1. kvt. 2024": "2024-Q1", "1. kvartal 2024": "2024-Q1",
    "2024": "2024", "2024.0": "2024", "2024U48": "2024-W48", "uge 48 2024": "2024-W48",
    "2024-W48": "2024-W48", "2020-W53": "2020-W53",
}  # fmt: skip
IMPOSSIBLE = ["2024M13", "2024M00", "2024K5", "2024-W53", "uge 0 2024", "31-02-2024", "1850",
              "abc", "", "13-2024", "jab 2024"]  # fmt: skip


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
