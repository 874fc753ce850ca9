"""Numbers, units, dates and periods read as a Dane (or an English reader) writes them."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

from dialogtool.core import formatting

NBSP = "\xa0"


def test_danish_and_english_numbers_units_and_percentages() -> None:
    assert formatting.number(1234.5, "da") == "1.234,5"
    assert formatting.number(1234.5, "en") == "1,234.5"
    assert formatting.number(1234567.0, "da") == "1.234.567"
    assert formatting.number(-0.04, "da") == "0"
    assert formatting.quantity(87.2, "%", "da") == f"87,2{NBSP}%"
    assert formatting.quantity(87.2, "%", "en") == "87.2%"
    assert formatting.quantity(12.0, "timer", "da") == "12 timer"
    assert formatting.quantity(12.0, "", "da") == "12"


def test_dates_and_periods_in_both_languages() -> None:
    assert formatting.day(date(2027, 1, 15), "da") == "15. jan. 2027"
    assert formatting.day(date(2027, 1, 15), "en") == "15 Jan 2027"
    assert formatting.moment(datetime(2027, 1, 15, 9, 30, tzinfo=UTC), "da").startswith(
        "15. jan. 2027 "
    )
    cases = {
        "2025-02": ("feb. 2025", "Feb 2025"),
        "2025-05": ("maj 2025", "May 2025"),
        "2024-Q1": ("1. kvt. 2024", "Q1 2024"),
        "2024-W48": ("uge 48 i 2024", "week 48 of 2024"),
        "2024": ("2024", "2024"),
        "2024-01-15": ("15. jan. 2024", "15 Jan 2024"),
        "efterår": ("efterår", "efterår"),  # not canonical: shown as written
    }
    for canonical, (da, en) in cases.items():
        assert formatting.period(canonical, "da") == da
        assert formatting.period(canonical, "en") == en


def test_importing_the_module_does_not_load_babel() -> None:
    """Start-up does not pay for the locale library until a number is shown."""
    code = "import sys, dialogtool.core.formatting; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
