"""The limits an editor must keep, read from the pydantic model that will hold the value.

Reading them from the model means a spin box can never offer a value the record
rejects (``AgendaItem.minutes`` 5000 would raise inside the table and vanish).
"""

from __future__ import annotations

import annotated_types as at
from pydantic import BaseModel, ValidationError

from dialogtool.core.i18n import Lang


def bounds(model: type[BaseModel], field: str) -> tuple[int | None, int | None]:
    """The smallest and largest whole number ``model.field`` accepts (``None``: no limit)."""
    low: int | None = None
    high: int | None = None
    for rule in model.model_fields[field].metadata:
        if isinstance(rule, at.Ge):
            low = _whole(rule.ge)
        elif isinstance(rule, at.Gt):
            low = _whole(rule.gt) + 1
        elif isinstance(rule, at.Le):
            high = _whole(rule.le)
        elif isinstance(rule, at.Lt):
            high = _whole(rule.lt) - 1
    return low, high


def _whole(value: object) -> int:
    if not isinstance(value, int):
        raise TypeError(f"not a whole-number limit: {value!r}")
    return value


_REASONS: dict[str, dict[Lang, str]] = {
    "greater_than_equal": {"da": "Mindst {ge}.", "en": "At least {ge}."},
    "greater_than": {"da": "Skal være over {gt}.", "en": "Must be more than {gt}."},
    "less_than_equal": {"da": "Højst {le}.", "en": "At most {le}."},
    "less_than": {"da": "Skal være under {lt}.", "en": "Must be less than {lt}."},
    "int_parsing": {"da": "Skriv et helt tal.", "en": "Type a whole number."},
    "int_from_float": {"da": "Skriv et helt tal.", "en": "Type a whole number."},
    "date_from_datetime_parsing": {
        "da": "Skriv en dato, fx 15.01.2027.",
        "en": "Type a date, e.g. 15.01.2027.",
    },
    "date_parsing": {"da": "Skriv en dato, fx 15.01.2027.", "en": "Type a date, e.g. 15.01.2027."},
}
_OTHER: dict[Lang, str] = {
    "da": "Værdien kan ikke bruges her.",
    "en": "The value cannot be used here.",
}


def rejection_reason(exc: ValidationError, lang: Lang = "da") -> str:
    """A short reason for the first rejected value, without repeating the input."""
    first = exc.errors()[0]
    reason = _REASONS.get(first["type"])
    if reason is None:
        return _OTHER[lang]
    return reason[lang].format(**first.get("ctx", {}))
