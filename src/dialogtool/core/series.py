"""Meeting series: the next meeting with a team or person starts from the last one.

It takes over the participants (with their ids, so the series can follow each
person), the facilitator, the data source and the template; its date is the
follow-up date agreed last time. The first meeting's id names the series.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from dialogtool.core import meeting
from dialogtool.core.i18n import Lang
from dialogtool.core.questions import Question
from dialogtool.core.record import MeetingRecord, utc_now
from dialogtool.core.templates import MeetingTemplate

#: When the previous meeting has no time of day worth keeping.
DEFAULT_TIME = time(9, 0)


def series_id(record: MeetingRecord) -> str:
    """The series a record belongs to (a meeting without one starts its own)."""
    return record.series_id or record.id


def next_date(previous: MeetingRecord, now: datetime) -> datetime:
    """The agreed follow-up date at the previous meeting's hour; now if none lies ahead."""
    if previous.follow_up is None or previous.follow_up < now.date():
        return now
    return datetime.combine(previous.follow_up, previous.scheduled_at.timetz())


def next_meeting(
    previous: MeetingRecord,
    template: MeetingTemplate,
    lang: Lang = "da",
    *,
    now: datetime | None = None,
    tomm_picks: Sequence[Question] | None = None,
) -> MeetingRecord:
    """A new planned meeting in ``previous``'s series, from ``template``."""
    record = meeting.new_meeting(
        template,
        lang,
        when=next_date(previous, now or utc_now()),
        team=previous.team,
        tomm_picks=tomm_picks,
    )
    record.series_id = series_id(previous)
    record.previous_id = previous.id
    record.facilitator = previous.facilitator
    record.participants = [p.model_copy() for p in previous.participants]
    record.dataset_source = previous.dataset_source
    record.dataset_sha256 = previous.dataset_sha256
    record.leader_role = previous.leader_role
    record.starting_domain = previous.starting_domain
    return record


def earlier_in_series(record: MeetingRecord, others: list[MeetingRecord]) -> list[MeetingRecord]:
    """The meetings of ``record``'s series held before it, oldest first."""
    if record.series_id is None:
        return []
    return sorted(
        (
            r
            for r in others
            if r.id != record.id
            and series_id(r) == record.series_id
            and r.scheduled_at <= record.scheduled_at
        ),
        key=lambda r: r.scheduled_at,
    )
