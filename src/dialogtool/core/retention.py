"""*Sletning*: meetings older than a chosen age go to the bin, after a preview.

A public employer keeps personal data no longer than needed (GDPR art. 5(1)(e),
*opbevaringsbegrænsning*); the organisation decides how long meeting records are
kept. ``plan`` lists what would go (the preview: title, date, open actions), and
``move_plan_to_bin`` moves exactly those meetings to the bin, where each can still
be restored until the bin is emptied. A meeting's age is counted from the day it
was held (``scheduled_at``), so a planned meeting never qualifies.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from dialogtool.core import locks
from dialogtool.core.actions import safe_id
from dialogtool.core.meeting_files import BinError, move_to_bin
from dialogtool.core.record import ActionStatus, MeetingRecord
from dialogtool.core.store import RecordStore

_AGE = re.compile(
    r"\s*(\d{1,4})\s*(d|dage?|days?|u|uger?|w|weeks?|m|md|mdr|måneder?|months?|y|år|years?)\s*",
    re.IGNORECASE,
)
_UNIT_MONTHS = {"m": 1, "y": 12, "å": 12}


class AgeError(ValueError):
    """The age is not a number with a unit (``18m``, ``2år``, ``400d``)."""


@dataclass(frozen=True)
class Age:
    """An age in whole months or whole days (a retention rule is usually in months or years)."""

    months: int = 0
    days: int = 0

    def cutoff(self, today: date) -> date:
        """Meetings held before this day are older than the age."""
        month_index = today.year * 12 + (today.month - 1) - self.months
        year, month = divmod(month_index, 12)
        day = min(today.day, _days_in_month(year, month + 1))
        return date(year, month + 1, day) - timedelta(days=self.days)


def parse_age(text: str) -> Age:
    """``18m``, ``18 måneder``, ``2y``, ``2 år``, ``6 uger``, ``400d`` as an ``Age``."""
    match = _AGE.fullmatch(text)
    if match is None:
        raise AgeError(text)
    number, unit = int(match.group(1)), match.group(2).casefold()
    if number <= 0:
        raise AgeError(text)
    if unit[0] in ("u", "w"):
        return Age(days=7 * number)
    if unit[0] == "d":
        return Age(days=number)
    return Age(months=number * _UNIT_MONTHS[unit[0]])


def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@dataclass(frozen=True)
class Doomed:
    """A meeting the plan would move to the bin, as the preview names it."""

    record_id: str
    title: str
    team: str
    held: date
    open_actions: int
    #: Another dialogtool (this user's other window, a colleague) has it open: it stays.
    in_use: bool


def plan(records: Iterable[tuple[Path, MeetingRecord]], age: Age, today: date) -> list[Doomed]:
    """The meetings held before ``age.cutoff(today)``, oldest first."""
    cutoff = age.cutoff(today)
    doomed = []
    for path, record in records:
        held = record.scheduled_at.date()
        if held >= cutoff:
            continue
        holder = locks.holder(path.parent, record.id)
        doomed.append(
            Doomed(
                record_id=record.id,
                title=record.title,
                team=record.team,
                held=held,
                open_actions=sum(
                    1 for a in record.action_items if a.status == ActionStatus.OPEN and a.text
                ),
                in_use=holder is not None,
            )
        )
    return sorted(doomed, key=lambda d: d.held)


def move_plan_to_bin(
    store: RecordStore, doomed: Iterable[Doomed], bin_folder: Path, now: datetime
) -> tuple[list[Path], list[tuple[Doomed, Exception]]]:
    """Move each planned meeting to the bin; (files in the bin, meetings that could not go).

    Meetings open in another window are skipped (they are not in either list).
    """
    moved: list[Path] = []
    failed: list[tuple[Doomed, Exception]] = []
    for meeting in doomed:
        if meeting.in_use:
            continue
        try:
            moved.append(move_to_bin(store, safe_id(meeting.record_id), bin_folder, now))
        except (OSError, BinError) as exc:
            failed.append((meeting, exc))
    return moved, failed
