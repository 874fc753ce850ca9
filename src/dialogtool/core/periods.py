"""Normalising the many ways Danish exports write a period to canonical strings.

Canonical forms: months ``2024-01``, quarters ``2024-Q1``, half-years ``2024-H1``,
years ``2024``, ISO weeks ``2024-W48`` and days ``2024-01-15``. Statistics Denmark's
codes (``2024``, ``2024H1``, ``2024K1``, ``2024M01``, ``2024U48``, ``2024M01D20``) and
Jobindsats' (``2024M01``, ``2024Q01``, ``2023Y01``) are read; a rolling period
(``2023M02-2024M01``, "løbende 12 mdr.", Jobindsats' moving annual totals
``2024QMAT02``) is refused with a reason
(``is_rolling_period``), because it overlaps its neighbours. Days are an intermediate form:
the importer turns them into months when a series has at most one date per
month. Canonical strings of one kind sort correctly as plain strings; use
``period_sort_key`` to order a mix of kinds.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

PeriodKind = Literal["year", "half", "quarter", "month", "week", "day"]

MIN_YEAR = 1900
MAX_YEAR = 2100

MONTH_NAMES: dict[str, int] = {
    "jan": 1, "januar": 1, "january": 1,
    "feb": 2, "februar": 2, "february": 2,
    "mar": 3, "mrt": 3, "marts": 3, "march": 3,
    "apr": 4, "april": 4,
    "maj": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_YEAR = re.compile(r"^(\d{4})(?:\.0+|y0?1)?$")
_HALF = re.compile(r"^(\d{4}) ?-? ?h ?0?([12])$")
_DAY_CODE = re.compile(r"^(\d{4})m(\d{2})d(\d{2})$")
_MONTH_YM = re.compile(r"^(\d{4}) ?[m/-] ?(\d{1,2})$")
#: ``2024/48``, ``2024-05``: a month, or a week when the number is above 12 or a header says so.
_YEAR_NUMBER = re.compile(r"^(\d{4}) ?[/-] ?(\d{1,2})$")
_MONTH_MY = re.compile(r"^(\d{1,2}) ?[-/.] ?(\d{4})$")
_MONTH_NAME_Y = re.compile(r"^([a-zæøå]{3,9})\.? ?[-/' ]? ?(\d{4}|\d{2})$")
_MONTH_Y_NAME = re.compile(r"^(\d{4}) ?[-/ ]? ?([a-zæøå]{3,9})\.?$")
_QUARTER_YQ = re.compile(r"^(\d{4}) ?-? ?[kq] ?0?(\d)$")
_QUARTER_QY = re.compile(r"^[kq] ?(\d) ?[-/ ]? ?(\d{4})$")
_QUARTER_WORD = re.compile(r"^(\d)\.? ?(?:kvt|kvartal|qtr|quarter)\.? ?,? ?(\d{4})$")
_QUARTER_Y_WORD = re.compile(r"^(\d{4}) ?,? ?(\d)\.? ?(?:kvt|kvartal)\.?$")
_WEEK_YW = re.compile(r"^(\d{4}) ?-? ?[uw] ?(\d{1,2})$")
_WEEK_WORD = re.compile(r"^(?:uge|week|u|w) ?(\d{1,2}) ?[,/-]? ?(\d{4})$")
_WEEK_Y_WORD = re.compile(r"^(\d{4}) ?[,/-]? ?(?:uge|week) ?(\d{1,2})$")
_DAY_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$")
_DAY_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})" + _TIME + "$")
_SPACES = re.compile(r"\s+")

_EXCEL_EPOCH = date(1899, 12, 30)


def normalise_period(text: str, *, excel_serial: bool = False) -> str | None:
    """Return the canonical period for ``text``, or None when it is not a valid period.

    ``excel_serial`` also accepts spreadsheet date serials (``45306`` is 2024-01-15),
    which is how a date cell reads when its column also holds text.
    """
    s = _SPACES.sub(" ", text.strip().lower())
    if not s or len(s) > 40:
        return None
    if excel_serial:
        day = _excel_day(s)
        if day is not None:
            return day
    if m := _YEAR.match(s):
        return _year(int(m.group(1)))
    if m := _HALF.match(s):
        return f"{m.group(1)}-H{m.group(2)}" if _year_ok(int(m.group(1))) else None
    if m := _DAY_CODE.match(s):
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if (m := _YEAR_NUMBER.match(s)) and int(m.group(2)) > 12:
        return _week(int(m.group(1)), int(m.group(2)))
    if m := _MONTH_YM.match(s):
        return _month(int(m.group(1)), int(m.group(2)))
    if m := _MONTH_MY.match(s):
        return _month(int(m.group(2)), int(m.group(1)))
    if m := _MONTH_NAME_Y.match(s):
        return _named_month(m.group(1), m.group(2))
    if m := _MONTH_Y_NAME.match(s):
        return _named_month(m.group(2), m.group(1))
    for pattern, year_first in (
        (_QUARTER_YQ, True),
        (_QUARTER_QY, False),
        (_QUARTER_WORD, False),
        (_QUARTER_Y_WORD, True),
    ):
        if m := pattern.match(s):
            year, number = (m.group(1), m.group(2)) if year_first else (m.group(2), m.group(1))
            return _quarter(int(year), int(number))
    for pattern, year_first in ((_WEEK_YW, True), (_WEEK_WORD, False), (_WEEK_Y_WORD, True)):
        if m := pattern.match(s):
            year, number = (m.group(1), m.group(2)) if year_first else (m.group(2), m.group(1))
            return _week(int(year), int(number))
    if m := _DAY_ISO.match(s):
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DAY_DMY.match(s):
        return _day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def normalise_periods(
    labels: list[str], *, hint: PeriodKind | None = None, excel_serial: bool = False
) -> list[str | None]:
    """Canonical periods for the distinct labels of one period column or header row.

    ``2024/05`` and ``2024-05`` read as months, unless the column's header names weeks
    (``hint="week"``) or another label of the same column is a week above 12
    (``2024/48``): then all of them are weeks, so weeks 1-12 are not taken for months.
    """
    kind = hint
    if kind is None:
        numbers = [int(m.group(2)) for t in labels if (m := _YEAR_NUMBER.match(t.strip()))]
        if numbers and max(numbers) > 12:
            kind = "week"
    out: list[str | None] = []
    for label in labels:
        m = _YEAR_NUMBER.match(label.strip())
        if kind == "week" and m:
            out.append(_week(int(m.group(1)), int(m.group(2))))
        else:
            out.append(normalise_period(label, excel_serial=excel_serial))
    return out


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _year(year: int) -> str | None:
    return f"{year:04d}" if _year_ok(year) else None


def _month(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if _year_ok(year) and 1 <= month <= 12 else None


def _named_month(name: str, year_text: str) -> str | None:
    month = MONTH_NAMES.get(name)
    if month is None:
        return None
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000
    return _month(year, month)


def _quarter(year: int, quarter: int) -> str | None:
    return f"{year:04d}-Q{quarter}" if _year_ok(year) and 1 <= quarter <= 4 else None


def _week(year: int, week: int) -> str | None:
    if not _year_ok(year):
        return None
    try:
        date.fromisocalendar(year, week, 1)  # rejects week 0, 54 and 53 in 52-week years
    except ValueError:
        return None
    return f"{year:04d}-W{week:02d}"


def _day(year: int, month: int, day: int) -> str | None:
    if not _year_ok(year):
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _excel_day(text: str) -> str | None:
    whole = text[:-2] if text.endswith(".0") else text
    if not (whole.isascii() and whole.isdigit() and len(whole) == 5):
        return None
    day = _EXCEL_EPOCH + timedelta(days=int(whole))
    return _day(day.year, day.month, day.day)


def period_kind(canonical: str) -> PeriodKind:
    if len(canonical) == 4:
        return "year"
    if "H" in canonical:
        return "half"
    if "Q" in canonical:
        return "quarter"
    if "W" in canonical:
        return "week"
    return "day" if len(canonical) == 10 else "month"


def period_start(canonical: str) -> date:
    """The first day of a canonical period."""
    kind = period_kind(canonical)
    year = int(canonical[:4])
    if kind == "year":
        return date(year, 1, 1)
    if kind == "half":
        return date(year, 6 * int(canonical[-1]) - 5, 1)
    if kind == "quarter":
        return date(year, 3 * int(canonical[-1]) - 2, 1)
    if kind == "week":
        return date.fromisocalendar(year, int(canonical[-2:]), 1)
    if kind == "month":
        return date(year, int(canonical[5:7]), 1)
    return date.fromisoformat(canonical)


_KIND_ORDER: dict[PeriodKind, int] = {
    "year": 0, "half": 1, "quarter": 2, "month": 3, "week": 4, "day": 5,
}  # fmt: skip


def period_sort_key(canonical: str) -> tuple[date, int]:
    """Order periods of mixed kinds by start date, longer periods first."""
    return period_start(canonical), _KIND_ORDER[period_kind(canonical)]


def day_to_month(canonical_day: str) -> str:
    return canonical_day[:7]


_CODE = r"\d{4} ?[-/]? ?(?:[mkqhuwy] ?\d{1,2}(?:d\d{2})?)?"
_SPAN = re.compile(rf"^{_CODE} ?(?:-|–|—|til|to) ?{_CODE}$")
_ROLLING = re.compile(
    r"(rullende|løbende|lobende|rolling|seneste \d+|sidste \d+|ltm|ytd|år til dato|"
    r"^\d{4} ?[a-z]?mat ?\d{1,2}$)"
)


def is_rolling_period(text: str) -> bool:
    """Whether ``text`` names a period that overlaps others, which is not read as a period.

    A rolling or spanning period (``2023M02-2024M01``, "løbende 12 mdr.") sums
    several periods; shown on one time axis with its neighbours it would count
    the same months twice, so it is refused rather than read as its last month.
    """
    s = _SPACES.sub(" ", text.strip().lower())
    return bool(_SPAN.match(s) or _ROLLING.search(s))


_PART = re.compile(
    r"^(?:(k|q|kvt|kvartal|quarter|qtr|u|w|uge|week|h|halvår|m|md|måned|month)\.? ?)?"
    r"0?(\d{1,2})(?:\.0+)?\.? ?(kvt|kvartal|quarter|halvår|uge|week|md|måned)?\.?$"
)
_PART_KIND: dict[str, PeriodKind] = {
    "k": "quarter", "q": "quarter", "kvt": "quarter", "kvartal": "quarter",
    "quarter": "quarter", "qtr": "quarter", "u": "week", "w": "week", "uge": "week",
    "week": "week", "h": "half", "halvår": "half", "m": "month", "md": "month",
    "måned": "month", "month": "month",
}  # fmt: skip


def combine_period(year: str, part: str, hint: PeriodKind | None = None) -> str | None:
    """One canonical period from a year column and a month/quarter/week column.

    ``part`` is a month name (``januar``, ``jan.``), a code (``K1``, ``Q1``,
    ``Uge 48``, ``1. kvartal``) or a bare number whose kind ``hint`` (from the
    column's header) tells; a bare number without a hint is a month.
    """
    y = _YEAR.match(year.strip().lower())
    if y is None:
        return None
    p = _SPACES.sub(" ", part.strip().lower())
    whole = int(y.group(1))
    month = MONTH_NAMES.get(p.rstrip("."))
    if month is not None:
        return _month(whole, month)
    m = _PART.match(p)
    if m is None:
        return None
    word = m.group(1) or m.group(3)
    kind = _PART_KIND[word] if word else (hint or "month")
    number = int(m.group(2))
    if kind == "quarter":
        return _quarter(whole, number)
    if kind == "week":
        return _week(whole, number)
    if kind == "half":
        return f"{whole:04d}-H{number}" if _year_ok(whole) and number in (1, 2) else None
    return _month(whole, number)
