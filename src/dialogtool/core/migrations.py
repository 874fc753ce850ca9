"""Upgrades of stored records from older schema versions to the current one.

Each step takes the raw JSON object of version N and returns version N+1. Steps
work on plain dicts so they never depend on the current model classes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from dialogtool.core.record import SCHEMA_VERSION

RawRecord = dict[str, Any]
Migration = Callable[[RawRecord], RawRecord]

#: The oldest version this program can still read.
FIRST_SCHEMA_VERSION = 1


def _v1_to_v2(raw: RawRecord) -> RawRecord:
    """Version 2 lets an action item be a trial action (``trial``, ``expectation``, ``learned``)
    and gives the meeting a clock that runs only while the leader holds the meeting.

    Every action item of a version-1 record was an ordinary action. A version-1
    meeting's time ran from entering a phase, even while the app was closed: it is
    taken as paused at its last save, having run for the time its phases were open.
    """
    items = raw.get("action_items")
    if isinstance(items, list):
        raw["action_items"] = [
            {"trial": False, "expectation": "", "learned": "", **item}
            if isinstance(item, dict)
            else item
            for item in items
        ]
    if "clock" not in raw:
        raw["clock"] = _paused_clock(raw)
    return raw


def _paused_clock(raw: RawRecord) -> RawRecord:
    phases = [p for p in raw.get("phases") or [] if isinstance(p, dict)]
    saved = _moment(raw.get("updated_at"))
    started = [m for p in phases if (m := _moment(p.get("started_at"))) is not None]
    for plan in phases:
        entered = _moment(plan.get("entered_at"))
        if entered is not None and plan.get("ended_at") is None and saved is not None:
            spent = plan.get("spent_seconds")
            before = spent if isinstance(spent, int) else 0
            plan["spent_seconds"] = before + max(0, int((saved - entered).total_seconds()))
            plan["ended_at"] = raw.get("updated_at")
    elapsed = sum(p["spent_seconds"] for p in phases if isinstance(p.get("spent_seconds"), int))
    return {
        "started_at": min(started).isoformat() if started else None,
        "running_since": None,
        "elapsed_seconds": max(0, elapsed),
    }


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _v2_to_v3(raw: RawRecord) -> RawRecord:
    """Version 3 lets an agenda item name the phase whose time it is part of (``phase``),
    and a meeting name the group whose numbers it shows (``data_group``, empty: its team).

    A version-2 agenda was titles and minutes beside the phases; its items name no
    phase, and loading ties them to the phases (``time_plan.normalise``).
    """
    return raw


def _v3_to_v4(raw: RawRecord) -> RawRecord:
    """Version 4 adds the fields of the room's participation, the import that stays with
    the meeting, trial follow-ups and time per phase; each has a default that says
    "not used", which is what a version-3 meeting did.
    """
    return raw


#: ``MIGRATIONS[n]`` upgrades a version-n record to version n+1.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


class UnknownSchemaVersionError(ValueError):
    def __init__(self, version: object) -> None:
        super().__init__(f"unknown schema_version {version!r}")
        self.version = version


def migrate(raw: RawRecord) -> RawRecord:
    """Return ``raw`` upgraded to ``SCHEMA_VERSION``; refuse versions we cannot read."""
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise UnknownSchemaVersionError(version)
    if version > SCHEMA_VERSION or version < FIRST_SCHEMA_VERSION:
        raise UnknownSchemaVersionError(version)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise UnknownSchemaVersionError(version)
        raw = step(dict(raw))
        version += 1
        raw["schema_version"] = version
    return raw
