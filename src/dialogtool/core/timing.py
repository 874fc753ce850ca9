"""Timeboxes and the red thread, computed from the record and a given moment.

Nothing here reads the wall clock: callers pass ``now`` (the UI takes it from an
injectable clock), so every rule can be tested without waiting.

- A countdown turns amber when a fifth of its time is left, red-orange at the
  last twentieth (what facilitators' timers do: a 10-minute box warns at 2:00
  and at 0:30), and shows the overrun once the time is up. "+1 min" adds a
  minute to the phase's box (``extra_minutes``), so the plan stays the plan.
- Planned against actual: per phase, its planned minutes and the time it took;
  while the meeting runs, how far it is ahead of or behind its plan.
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

from dialogtool.core.record import MeetingRecord, PhaseId, PhasePlan, PresentationEventKind

#: Returns the current time (timezone-aware, UTC); tests pass a fake.
Clock = Callable[[], datetime]

#: Share of a timebox left when it warns, and when it is urgent.
WARNING_SHARE: Final = 0.20
URGENT_SHARE: Final = 0.05
RED_THREAD_MERGE: Final = timedelta(minutes=5)


class TimeLevel(StrEnum):
    NONE = "none"  # no timebox
    RUNNING = "running"
    WARNING = "warning"
    URGENT = "urgent"
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
        if remaining <= self.total_seconds * URGENT_SHARE:
            return TimeLevel.URGENT
        if remaining <= self.total_seconds * WARNING_SHARE:
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
    """The phase's box: its planned minutes and those added during the meeting."""
    return Countdown((plan.minutes + plan.extra_minutes) * 60, phase_elapsed(plan, now))


def add_minute(record: MeetingRecord, phase: PhaseId) -> None:
    """ "+1 min": one more minute in ``phase``'s box (the planned minutes stay as planned)."""
    plan = next((p for p in record.phases if p.phase == phase), None)
    if plan is not None:
        plan.extra_minutes += 1


@dataclass(frozen=True)
class PhaseTime:
    phase: PhaseId
    planned_seconds: int
    actual_seconds: int

    @property
    def difference_seconds(self) -> int:
        """Over the plan (positive) or under it (negative)."""
        return self.actual_seconds - self.planned_seconds


def phase_times(record: MeetingRecord, now: datetime) -> list[PhaseTime]:
    """Planned against actual time of every phase the meeting has been in, in plan order."""
    return [
        PhaseTime(plan.phase, plan.minutes * 60, phase_elapsed(plan, now))
        for plan in record.phases
        if plan.started_at is not None
    ]


def behind_plan(record: MeetingRecord, current: PhaseId | None, now: datetime) -> int:
    """Seconds the meeting is behind its plan (negative: ahead).

    The phases left count what they took against what was planned; the phase
    shown counts only once it runs over (it may still end on time).
    """
    total = 0
    for times in phase_times(record, now):
        if times.phase == current:
            total += max(0, times.difference_seconds)
        else:
            total += times.difference_seconds
    return total


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
