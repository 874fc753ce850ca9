"""The rules of a series and its "Siden sidst" review, without the UI."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dialogtool.core import review, series
from dialogtool.core.record import (
    ActionItem,
    ActionStatus,
    IndicatorDiscussion,
    IndicatorSnapshot,
    MeetingRecord,
    Participant,
    ReviewStatus,
    SeriesSnapshot,
)
from dialogtool.core.templates import template_by_id

MARCH = datetime(2026, 3, 5, 8, 30, tzinfo=UTC)


def _snapshot(periods: list[str], values: list[float | None]) -> IndicatorSnapshot:
    return IndicatorSnapshot(
        indicator_id="lt",
        name="Løntimer",
        unit="%",
        series=[SeriesSnapshot(group="Team Nord", periods=periods, values=values)],
    )


def _first() -> MeetingRecord:
    return MeetingRecord(
        title="Marts",
        team="Team Nord",
        scheduled_at=MARCH,
        facilitator="Dorthe",
        participants=[Participant(name="Åse")],
        dataset_source="jobindsats.xlsx",
        template_id="team-meeting",
        indicators=[
            IndicatorDiscussion(
                indicator_id="lt", snapshot=_snapshot(["2026-01", "2026-02"], [40.0, 41.0])
            )
        ],
        action_items=[
            ActionItem(text="Ring til fem virksomheder", owner="Åse", indicator_id="lt"),
            ActionItem(text="Del erfaringer", owner="Emil"),
            ActionItem(text="Allerede gjort", status=ActionStatus.DONE),
            ActionItem(text=""),
        ],
        follow_up=date(2026, 4, 2),
    )


def test_the_next_meeting_starts_from_the_last_one() -> None:
    first = _first()
    template = template_by_id("follow-up")
    assert template is not None
    second = series.next_meeting(first, template, now=datetime(2026, 3, 6, tzinfo=UTC))
    assert (second.series_id, second.previous_id) == (first.id, first.id)
    assert second.scheduled_at == datetime(2026, 4, 2, 8, 30, tzinfo=UTC), "the follow-up date"
    assert [p.id for p in second.participants] == [p.id for p in first.participants]
    assert (second.facilitator, second.dataset_source, second.team) == (
        "Dorthe",
        "jobindsats.xlsx",
        "Team Nord",
    )
    late = series.next_meeting(first, template, now=datetime(2026, 5, 1, tzinfo=UTC))
    assert late.scheduled_at == datetime(2026, 5, 1, tzinfo=UTC), "a passed date is not offered"


def test_only_open_actions_are_reviewed_and_a_given_review_is_kept() -> None:
    first = _first()
    template = template_by_id("follow-up")
    assert template is not None
    second = series.next_meeting(first, template, now=MARCH)
    assert review.gather(second, [first])
    assert [i.text for i in second.reviews] == ["Ring til fem virksomheder", "Del erfaringer"]
    assert second.reviews[0].then is not None and second.reviews[0].then.value == 41.0

    second.indicators = [
        IndicatorDiscussion(
            indicator_id="lt",
            snapshot=_snapshot(["2026-01", "2026-02", "2026-03"], [40.0, 41.0, 44.5]),
        )
    ]
    assert review.update_now(second, None)
    text = review.movement_text(second.reviews[0], "da")
    assert "41\xa0% (feb. 2026) → 44,5\xa0% (mar. 2026), +3,5 procentpoint ▲" in text, text
    assert review.better(second.reviews[0]) is True

    second.reviews[0].status = ReviewStatus.DONE
    second.reviews[1].status = ReviewStatus.NOT_DONE
    today = date(2026, 4, 2)
    assert review.apply_to_source(first, second.reviews[0], second.id, today)
    assert review.apply_to_source(first, second.reviews[1], second.id, today)
    assert not review.apply_to_source(first, second.reviews[1], second.id, today), "idempotent"
    assert [a.status for a in first.action_items[:2]] == [ActionStatus.DONE, ActionStatus.OPEN]
    assert not review.gather(second, [first]), "reviewed entries stay as they were said"

    # A third meeting follows up what is still open, including what was not done.
    third = series.next_meeting(second, template, now=MARCH)
    assert third.series_id == first.id
    review.gather(third, [first, second])
    assert [i.text for i in third.reviews] == ["Del erfaringer"]


def test_a_counted_indicator_says_22_not_22_antal() -> None:
    first = _first()
    first.indicators[0].snapshot = _snapshot(["2026-01", "2026-02"], [12.0, 16.0]).model_copy(
        update={"unit": "antal"}
    )
    template = template_by_id("follow-up")
    assert template is not None
    second = series.next_meeting(first, template, now=MARCH)
    assert review.gather(second, [first])
    now = _snapshot(["2026-02", "2026-03"], [16.0, 22.0]).model_copy(update={"unit": "antal"})
    second.indicators = [IndicatorDiscussion(indicator_id="lt", snapshot=now)]
    assert review.update_now(second, None)
    text = review.movement_text(second.reviews[0], "da")
    assert text == "Løntimer: 16 (feb. 2026) → 22 (mar. 2026), +6 ▲", text
