"""Editors' limits come from the record's own fields."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dialogtool.core.limits import bounds, rejection_reason
from dialogtool.core.record import AgendaItem, DialogueState, PhasePlan
from dialogtool.core.templates import MeetingTemplate


def test_bounds_are_read_from_the_model() -> None:
    assert bounds(AgendaItem, "minutes") == (0, 24 * 60)
    assert bounds(PhasePlan, "speaker_seconds") == (0, 60 * 60)
    assert bounds(DialogueState, "group_minutes") == (0, 24 * 60)
    assert bounds(MeetingTemplate, "duration_minutes") == (1, 24 * 60), "gt=0 is at least 1"
    assert bounds(AgendaItem, "title") == (None, None)


@pytest.mark.parametrize(
    ("value", "da", "en"),
    [(5000, "Højst 1440.", "At most 1440."), (-1, "Mindst 0.", "At least 0.")],
)
def test_a_rejection_has_a_short_reason_without_the_input(value: int, da: str, en: str) -> None:
    item = AgendaItem(title="Punkt")
    with pytest.raises(ValidationError) as caught:
        item.minutes = value
    assert rejection_reason(caught.value) == da
    assert rejection_reason(caught.value, "en") == en


def test_text_in_a_number_field() -> None:
    with pytest.raises(ValidationError) as caught:
        AgendaItem(title="Punkt", minutes="Karens note")  # type: ignore[arg-type]
    assert rejection_reason(caught.value) == "Skriv et helt tal."
