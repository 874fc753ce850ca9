"""Upgrades of stored records from older schema versions to the current one.

Each step takes the raw JSON object of version N and returns version N+1. Steps
work on plain dicts so they never depend on the current model classes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dialogtool.core.record import SCHEMA_VERSION

RawRecord = dict[str, Any]
Migration = Callable[[RawRecord], RawRecord]

#: The oldest version this program can still read.
FIRST_SCHEMA_VERSION = 1


def _v1_to_v2(raw: RawRecord) -> RawRecord:
    """Version 2 lets an action item be a trial action (``trial``, ``expectation``, ``learned``).

    Every action item of a version-1 record was an ordinary action.
    """
    items = raw.get("action_items")
    if isinstance(items, list):
        raw["action_items"] = [
            {"trial": False, "expectation": "", "learned": "", **item}
            if isinstance(item, dict)
            else item
            for item in items
        ]
    return raw


#: ``MIGRATIONS[n]`` upgrades a version-n record to version n+1.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


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
