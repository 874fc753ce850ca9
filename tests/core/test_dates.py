"""Dates as Danes type them."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogtool.core.dates import format_date, parse_date

TODAY = dt.date(2026, 12, 1)
JAN_15 = dt.date(2027, 1, 15)


@pytest.mark.parametrize(
    "text",
    [
        "15.01.2027",
        "15.1.27",
        "15/1-2027",
        "15-01-2027",
        "2027-01-15",
        " 15.1.2027 ",
        "15. jan. 2027",
        "15 januar 2027",
        "15/1",
        "15.1.",
    ],
)
def test_danish_forms_of_one_date(text: str) -> None:
    assert parse_date(text, TODAY) == JAN_15


def test_without_a_year_the_next_such_day_from_today() -> None:
    assert parse_date("1/12", TODAY) == dt.date(2026, 12, 1), "today itself"
    assert parse_date("24/12", TODAY) == dt.date(2026, 12, 24)
    assert parse_date("30/11", TODAY) == dt.date(2027, 11, 30), "yesterday is next year's"


@pytest.mark.parametrize(
    "text", ["", "32.01.2027", "31.02.2027", "15.13.2027", "15.01.202", "abc", "15. foo", "1/2/3/4"]
)
def test_not_a_date(text: str) -> None:
    assert parse_date(text, TODAY) is None


def test_shown_the_danish_way() -> None:
    assert format_date(dt.date(2027, 3, 4)) == "04.03.2027"
