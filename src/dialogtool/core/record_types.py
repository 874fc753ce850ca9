"""The meeting record's plain vocabulary: its enums, ids, times and schema version.

Everything here is plain Python (no pydantic), so the start screen, the history
index and the store can name a meeting's kind or status without loading the
record's models; ``core.record`` re-exports all of it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final

#: Bumped whenever the stored shape changes; ``migrations`` upgrades older files.
SCHEMA_VERSION: Final = 4


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class MeetingKind(StrEnum):
    TEAM = "team"
    ONE_TO_ONE = "one_to_one"
    LEADERSHIP = "leadership"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class LeaderRole(StrEnum):
    """The stance the leader takes towards the numbers (domain.md §5)."""

    FACILITATOR = "facilitator"
    INSPIRATOR = "inspirator"
    AFGRAENSER = "afgraenser"


class Domain(StrEnum):
    """The domain the leader starts from when introducing data (domain.md §9)."""

    PRODUCTION = "production"
    PERSONAL = "personal"
    REFLECTIVE = "reflective"


class Quadrant(StrEnum):
    """Karl Tomm's four question types (domain.md §6)."""

    DETEKTIV = "detektiv"
    KAPTAJN = "kaptajn"
    ANTROPOLOG = "antropolog"
    FREMTIDSFORSKER = "fremtidsforsker"


class PhaseId(StrEnum):
    """The steps a meeting goes through; templates choose and order all but preparation.

    ``PREPARE`` is the step before the meeting opens: it is never one of a
    record's timed ``phases``. ``core.phases`` says what each step is.
    """

    PREPARE = "prepare"
    FRAMING = "framing"
    CHECKIN = "checkin"
    REVIEW = "review"
    DATA = "data"
    TOMM = "tomm"
    QUESTIONS = "questions"
    EXPLANATIONS = "explanations"
    ACTIONS = "actions"
    CHECKOUT = "checkout"
    SUMMARY = "summary"


class UguStep(StrEnum):
    """Explore, give, explore (domain.md §5). The order is enforced by ``meeting``."""

    EXPLORE = "explore"
    GIVE = "give"
    EXPLORE_AGAIN = "explore_again"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ReviewStatus(StrEnum):
    """How an earlier meeting's action stands when the next meeting follows it up."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


class Locus(StrEnum):
    EXTERNAL = "external"
    INTERNAL = "internal"


class Scope(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"
