"""The wall clock meetings are timed by (tests pass a clock they move by hand)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_clock() -> datetime:
    return datetime.now(UTC)
