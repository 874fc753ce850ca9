"""The limits an editor must keep, read from the pydantic model that will hold the value.

Reading them from the model means a spin box can never offer a value the record
rejects (``AgendaItem.minutes`` 5000 would raise inside the table and vanish).
"""

from __future__ import annotations

import annotated_types as at
from pydantic import BaseModel, ValidationError

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, render
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


_REASONS: dict[str, Message] = {
    "greater_than_equal": QT_TRANSLATE_NOOP("Limits", "Mindst {ge}."),
    "greater_than": QT_TRANSLATE_NOOP("Limits", "Skal være over {gt}."),
    "less_than_equal": QT_TRANSLATE_NOOP("Limits", "Højst {le}."),
    "less_than": QT_TRANSLATE_NOOP("Limits", "Skal være under {lt}."),
    "int_parsing": QT_TRANSLATE_NOOP("Limits", "Skriv et helt tal."),
    "int_from_float": QT_TRANSLATE_NOOP("Limits", "Skriv et helt tal."),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP("Limits", "Skriv en dato, fx 15.01.2027."),
    "date_parsing": QT_TRANSLATE_NOOP("Limits", "Skriv en dato, fx 15.01.2027."),
}
_OTHER = QT_TRANSLATE_NOOP("Limits", "Værdien kan ikke bruges her.")


def rejection_reason(exc: ValidationError, lang: Lang = "da") -> str:
    """A short reason for the first rejected value, without repeating the input."""
    first = exc.errors()[0]
    reason = _REASONS.get(first["type"])
    if reason is None:
        return render(_OTHER, lang)
    # As the box takes a number (1440, not 1.440): the limit is what the user may type.
    limits = {name: str(value) for name, value in first.get("ctx", {}).items()}
    return render(reason.fill(**limits), lang)
