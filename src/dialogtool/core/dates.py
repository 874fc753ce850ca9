"""Dates as Danes type them: ``15.01.2027``, ``15.1.27``, ``15/1``, ``15/1-2027``, ``15-01-2027``.

Also ISO ``2027-01-15`` and a month name (``15. jan. 2027``, ``15 januar``).
A two-digit year is in this century (``27`` is 2027). A date without a year is
the next such day from ``today`` on: typed on 1 December, ``15/1`` is 15 January
of next year, because a due date or a follow-up lies ahead. Editors show the
result in full (``15.01.2027``), so the year chosen is always in sight.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}|\d{2}))?\.?")
_NAMED = re.compile(r"(\d{1,2})\.?\s*([^\W\d_]+)\.?\s*(\d{4}|\d{2})?")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januar", "january"),
            ("feb", "februar", "february"),
            ("mar", "marts", "march"),
            ("apr", "april"),
            ("maj", "may"),
            ("jun", "juni", "june"),
            ("jul", "juli", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("okt", "oktober", "oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` means, or ``None`` when it is not a date."""
    text = text.strip().lower()
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _date(year, month, day)
    if match := _NUMERIC.fullmatch(text):
        day, month = int(match[1]), int(match[2])
        return _with_year(day, month, match[3], today)
    if (match := _NAMED.fullmatch(text)) and match[2] in _MONTHS:
        return _with_year(int(match[1]), _MONTHS[match[2]], match[3], today)
    return None


def _with_year(day: int, month: int, year: str | None, today: dt.date) -> dt.date | None:
    if year is not None:
        return _date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    this_year = _date(today.year, month, day)
    if this_year is not None and this_year >= today:
        return this_year
    return _date(today.year + 1, month, day)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: dt.date) -> str:
    """The form an editor shows: ``15.01.2027``."""
    return value.strftime("%d.%m.%Y")
