"""Timeboxes and the red thread, computed from the record and a given moment.

Nothing here reads the wall clock: callers pass ``now`` (the UI takes it from an
injectable clock), so every rule can be tested without waiting.

- A countdown warns when two minutes are left (or half the timebox, if that is
  shorter, so a 60-second turn in a round does not start in warning) and shows
  an overrun once the time is up.
- The red thread (the data contract, domain.md §3): the leader is prompted at the
  halfway mark and when 30 and 10 minutes of the meeting remain. A moment that
  falls within five minutes of an earlier one is dropped, so a one-hour meeting
  gets "halfway" and "ten minutes left", not "halfway" and "half an hour left"
  at the same minute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from dialogtool.core.record import MeetingRecord, PhasePlan, PresentationEventKind

#: Returns the current time (timezone-aware, UTC); tests pass a fake.
Clock = Callable[[], datetime]

WARNING_SECONDS: Final = 120
RED_THREAD_MERGE: Final = timedelta(minutes=5)


class TimeLevel(StrEnum):
    NONE = "none"  # no timebox
    RUNNING = "running"
    WARNING = "warning"
    OVERRUN = "overrun"


@dataclass(frozen=True)
class Countdown:
    total_seconds: int
    elapsed_seconds: int

    @property
    def remaining_seconds(self) -> int:
        """Seconds left; negative once the timebox is overrun."""
        return self.total_seconds - self.elapsed_seconds

    @property
    def overrun_seconds(self) -> int:
        return max(0, -self.remaining_seconds) if self.total_seconds else 0

    @property
    def level(self) -> TimeLevel:
        if self.total_seconds <= 0:
            return TimeLevel.NONE
        remaining = self.remaining_seconds
        if remaining <= 0:
            return TimeLevel.OVERRUN
        if remaining <= min(WARNING_SECONDS, self.total_seconds // 2):
            return TimeLevel.WARNING
        return TimeLevel.RUNNING


def seconds_between(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds()))


def countdown(total_seconds: int, started_at: datetime | None, now: datetime) -> Countdown:
    """A timebox of ``total_seconds`` that started at ``started_at`` (not yet: nothing spent)."""
    elapsed = seconds_between(started_at, now) if started_at else 0
    return Countdown(total_seconds, elapsed)


def phase_elapsed(plan: PhasePlan, now: datetime) -> int:
    """Seconds spent in a phase over all its visits, including the current one."""
    if plan.started_at is None:
        return 0
    if plan.ended_at is not None:
        if plan.spent_seconds == 0 and plan.entered_at is None:  # a record from before visits
            return seconds_between(plan.started_at, plan.ended_at)
        return plan.spent_seconds
    return plan.spent_seconds + seconds_between(plan.entered_at or plan.started_at, now)


def phase_countdown(plan: PhasePlan, now: datetime) -> Countdown:
    return Countdown(plan.minutes * 60, phase_elapsed(plan, now))


def meeting_elapsed(record: MeetingRecord, now: datetime) -> int:
    """Seconds the meeting has run: only while started and not paused."""
    clock = record.clock
    running = seconds_between(clock.running_since, now) if clock.running_since else 0
    return clock.elapsed_seconds + running


def meeting_countdown(record: MeetingRecord, now: datetime) -> Countdown:
    return Countdown(record.duration_minutes * 60, meeting_elapsed(record, now))


class RedThread(StrEnum):
    HALFWAY = "halfway"
    THIRTY_LEFT = "thirty_left"
    TEN_LEFT = "ten_left"


@dataclass(frozen=True)
class RedThreadMoment:
    kind: RedThread
    at: datetime


def red_thread_moments(start: datetime, duration_minutes: int) -> list[RedThreadMoment]:
    """The moments of a meeting of ``duration_minutes`` starting at ``start``, in time order."""
    total = timedelta(minutes=duration_minutes)
    if total <= timedelta(0):
        return []
    kept = [RedThreadMoment(RedThread.HALFWAY, start + total / 2)]
    for kind, left in (
        (RedThread.THIRTY_LEFT, timedelta(minutes=30)),
        (RedThread.TEN_LEFT, timedelta(minutes=10)),
    ):
        if total <= left:
            continue
        at = start + total - left
        if all(abs(at - moment.at) >= RED_THREAD_MERGE for moment in kept):
            kept.append(RedThreadMoment(kind, at))
    return sorted(kept, key=lambda moment: moment.at)


def due_red_thread(record: MeetingRecord, now: datetime) -> RedThreadMoment | None:
    """The latest red-thread moment that has come and not been prompted yet.

    Moments before the last prompted one are stale (the meeting has moved on). The
    moments follow the meeting's own time, so a pause moves them on."""
    if record.clock.started_at is None:
        return None
    start = now - timedelta(seconds=meeting_elapsed(record, now))
    moments = red_thread_moments(start, record.duration_minutes)
    prompted = {
        e.detail for e in record.presentation_log if e.kind == PresentationEventKind.RED_THREAD
    }
    last_prompted = max((m.at for m in moments if m.kind in prompted), default=None)
    due = [
        m
        for m in moments
        if m.at <= now
        and m.kind not in prompted
        and (last_prompted is None or m.at > last_prompted)
    ]
    return due[-1] if due else None


def format_clock(seconds: int) -> str:
    """``m:ss`` (or ``h:mm:ss``) of the absolute value; the caller says whether it is over."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
