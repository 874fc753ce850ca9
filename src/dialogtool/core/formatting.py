"""Numbers, units, dates and periods as a reader of each language expects them.

Danish: ``1.234,5``, ``87,2 %``, ``15. jan. 2027``, ``feb. 2025``, ``uge 48 i 2024``.
The patterns come from CLDR through Babel rather than tables of our own. Babel is
imported inside the functions: importing it and loading a locale costs tens of
milliseconds, which start-up need not pay before the first number is shown.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache
from typing import TYPE_CHECKING

from dialogtool.core.lang import Lang
from dialogtool.core.periods import period_kind, period_start

if TYPE_CHECKING:
    from babel import Locale

#: English as Europe writes it (CLDR's en_GB): ``22 Jan 2027, 13:03``, a day before
#: its month and a 24-hour clock, never the US ``Jan 22, 2027, 1:03 PM`` that a
#: Danish office would misread.
_LOCALES: dict[Lang, str] = {"da": "da_DK", "en": "en_GB"}


@cache
def _locale(lang: Lang) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALES[lang])


@cache
def _number_symbols(lang: Lang) -> dict[int, str]:
    """Python's ``,`` and ``.`` mapped to the locale's group and decimal signs."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = _locale(lang)
    return {ord(","): get_group_symbol(locale), ord("."): get_decimal_symbol(locale)}


def number(value: float, lang: Lang) -> str:
    """``1234.5`` -> ``1.234,5`` in Danish, ``1,234.5`` in English; ``90.0`` -> ``90``.

    One decimal at most: the exports rarely mean more, and a projector cannot show
    more. Python formats and the locale's signs replace its own, because a table
    of 100,000 rows formats every number once (Babel's formatter is 20 times slower).
    """
    text = f"{value:,.1f}".removesuffix(".0")
    if text == "-0":
        text = "0"
    return text.translate(_number_symbols(lang))


def numbers_alike(values: list[float], lang: Lang) -> list[str]:
    """Numbers read side by side, with the same decimals: ``87,2`` and ``89,0``, not ``89``."""
    texts = [number(value, lang) for value in values]
    if any(f"{value:.1f}"[-2:] != ".0" for value in values):
        texts = [f"{value:,.1f}".translate(_number_symbols(lang)) for value in values]
    return texts


def quantity(value: float, unit: str, lang: Lang) -> str:
    """A number with its unit: ``87,2 %`` (the locale's percent sign), ``12 timer``."""
    return with_unit(number(value, lang), unit, lang)


#: Units that name no unit, only that the numbers are counted.
COUNT_UNITS = frozenset({"antal", "count", "number", "stk.", "stk"})


def with_unit(text: str, unit: str, lang: Lang) -> str:
    """The one rule for a unit after a number.

    ``%`` follows the locale's percent pattern (a non-breaking space before it in
    Danish, none in English); a unit that only says "a count" (``antal``) is not
    written ("22", not "22 antal"); any other unit follows after a space.
    """
    if not unit or unit.strip().casefold() in COUNT_UNITS:
        return text
    if unit == "%":
        pattern = str(_locale(lang).percent_formats[None].pattern)  # "#,##0\xa0%" in Danish
        return pattern.replace("#,##0", text, 1)
    return f"{text} {unit}"


def day(value: date, lang: Lang) -> str:
    """``15. jan. 2027`` in Danish, ``15 Jan 2027`` in English."""
    from babel.dates import format_date

    return format_date(value, "medium", locale=_locale(lang))


def clock(value: time, lang: Lang) -> str:
    """A time of day: ``11.00`` in Danish, ``11:00`` in English."""
    from babel.dates import format_time

    return format_time(value, "short", locale=_locale(lang))


def moment(value: datetime, lang: Lang) -> str:
    """A date and a time of day in the local time zone: ``15. jan. 2027 09.30``."""
    from babel.dates import format_time

    local = value.astimezone() if value.tzinfo else value
    time = format_time(local, "short", locale=_locale(lang))
    combined = _locale(lang).datetime_formats["medium"]
    return str(combined).replace("{1}", day(local.date(), lang)).replace("{0}", time)


def period(canonical: str, lang: Lang) -> str:
    """A canonical period (``core.periods``) as a reader says it.

    ``2025-02`` -> ``feb. 2025``, ``2024-Q1`` -> ``1. kvt. 2024``, ``2024-W48`` ->
    ``uge 48 i 2024``; a day is a date, a year stays a year.
    """
    from babel.dates import format_date

    try:
        kind = period_kind(canonical)
        start = period_start(canonical)
    except ValueError:
        return canonical  # not canonical (an old record, a hand-made snapshot): as written
    if kind == "year":
        return canonical
    if kind == "week":  # CLDR's week of a year: "uge 48 i 2024", "week 48 of 2024"
        from babel.dates import format_skeleton

        return format_skeleton("yw", start, locale=_locale(lang))
    if kind == "day":
        return day(start, lang)
    pattern = "QQQ y" if kind == "quarter" else "MMM y"
    return format_date(start, pattern, locale=_locale(lang))
