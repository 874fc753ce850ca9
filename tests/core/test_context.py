"""One rule for the latest value, the previous one and the target, and one trust line."""

from __future__ import annotations

from datetime import date

from dialogtool.core import formatting
from dialogtool.core.context import latest_line, latest_point, trust_line
from dialogtool.core.record import IndicatorSnapshot, SeriesSnapshot

PERIODS = ["2025-01", "2025-02", "2025-03", "2025-04"]


def snapshot(
    values: list[float | None], targets: list[float | None], overall: float | None = None
) -> IndicatorSnapshot:
    series = [
        SeriesSnapshot(group="Team Syd", periods=PERIODS, values=[1.0, 2.0, 3.0, 4.0]),
        SeriesSnapshot(group="Team Nord", periods=PERIODS, values=values, targets=targets),
    ]
    return IndicatorSnapshot(
        indicator_id="x", name="Jobsamtaler", unit="%", target=overall, series=series
    )


def test_latest_is_the_newest_period_with_a_value_and_previous_the_one_before() -> None:
    point = latest_point(snapshot([80.0, None, 85.5, None], []), "Team Nord")
    assert point is not None
    assert (point.period, point.value) == ("2025-03", 85.5)
    assert (point.previous_period, point.previous) == ("2025-01", 80.0)
    assert latest_point(snapshot([None] * 4, []), "Team Nord") is None


def test_the_target_is_the_one_valid_at_the_latest_period() -> None:
    # A per-period target holds until a new one is set; a later one does not count yet.
    per_period = snapshot([80.0, 81.0, 82.0, None], [90.0, None, None, 95.0], overall=70.0)
    point = latest_point(per_period, "Team Nord")
    assert point is not None and point.target == 90.0
    # Without per-period targets the indicator's overall target applies.
    overall = latest_point(snapshot([80.0, 81.0, 82.0, None], [], overall=70.0), "Team Nord")
    assert overall is not None and overall.target == 70.0
    assert latest_point(snapshot([80.0, None, None, None], []), "Team Nord") is not None


def test_an_unknown_group_falls_back_to_the_first_series() -> None:
    point = latest_point(snapshot([80.0] * 4, []), "Ungeteamet")
    assert point is not None and point.group == "Team Syd" and point.value == 4.0


def test_the_lines_in_both_languages() -> None:
    shot = snapshot([80.0, 81.0, 87.2, None], [90.0] * 4)
    assert latest_line(shot, "Team Nord", "da") == (
        "Seneste (Team Nord, mar. 2025): 87,2\xa0% · forrige: 81,0\xa0% · mål: 90\xa0%"
    )
    assert latest_line(shot, "Team Nord", "en") == (
        "Latest (Team Nord, Mar 2025): 87.2% · previous: 81.0% · target: 90%"
    )
    shot = shot.model_copy(
        update={"source": "Jobindsats", "extracted": date(2027, 1, 15), "definition": "Andel"}
    )
    assert trust_line(shot, "da") == "Kilde: Jobindsats · trukket 15. jan. 2027 · Definition: Andel"
    assert (
        trust_line(shot, "en") == "Source: Jobindsats · extracted 15 Jan 2027 · Definition: Andel"
    )


def test_numbers_read_side_by_side_have_the_same_decimals() -> None:
    assert formatting.numbers_alike([87.2, 89.0], "da") == ["87,2", "89,0"]
    assert formatting.numbers_alike([87.0, 89.0], "da") == ["87", "89"]
    assert formatting.numbers_alike([1234.5, 7.0], "en") == ["1,234.5", "7.0"]
