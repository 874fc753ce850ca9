"""The meeting record: everything prepared, said and agreed in one meeting.

The record is the unit of storage (one JSON file per meeting). Fields that hold
the leader's private material are tagged ``private`` in their JSON Schema so that
exports can leave them out unless the leader asks for them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from dialogtool.core.record_types import SCHEMA_VERSION as SCHEMA_VERSION
from dialogtool.core.record_types import ActionStatus as ActionStatus
from dialogtool.core.record_types import Domain as Domain
from dialogtool.core.record_types import LeaderRole as LeaderRole
from dialogtool.core.record_types import Locus as Locus
from dialogtool.core.record_types import MeetingKind as MeetingKind
from dialogtool.core.record_types import MeetingStatus as MeetingStatus
from dialogtool.core.record_types import PhaseId as PhaseId
from dialogtool.core.record_types import Quadrant as Quadrant
from dialogtool.core.record_types import ReviewStatus as ReviewStatus
from dialogtool.core.record_types import Scope as Scope
from dialogtool.core.record_types import UguStep as UguStep
from dialogtool.core.record_types import new_id as new_id
from dialogtool.core.record_types import utc_now as utc_now

PRIVATE: dict[str, Any] = {"private": True}
#: Private until the room has heard it: public once the named moment field is set.
PRIVATE_UNTIL_GIVEN: dict[str, Any] = {**PRIVATE, "shared_when": "perspective_revealed_at"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class AgendaItem(_Model):
    """A line of the agenda: part of one phase's timebox (``core.time_plan``)."""

    title: str
    minutes: int = Field(default=10, ge=0, le=24 * 60)
    owner: str = ""
    phase: PhaseId | None = None


class Fup(_Model):
    """Formål, Udbytte, Proces: settled in this order before the meeting."""

    purpose: str = ""
    outcome: str = ""
    process: list[AgendaItem] = Field(default_factory=list)


class Participant(_Model):
    id: str = Field(default_factory=new_id)
    name: str
    role: str = ""


class ParticipantEntry(_Model):
    """One participant's contribution in a check-in or check-out round."""

    participant_id: str
    text: str = ""
    passed: bool = False


class PhasePlan(_Model):
    """A phase of this meeting with its timebox and what happened to it.

    ``started_at`` is the first time the phase was entered and ``ended_at`` the
    last time it was left. A phase may be visited more than once; its timebox
    counts the time of every visit: ``spent_seconds`` of the visits before the
    current one, plus the time since ``entered_at``.
    """

    phase: PhaseId
    minutes: int = Field(default=5, ge=0, le=24 * 60)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    entered_at: datetime | None = None
    spent_seconds: int = Field(default=0, ge=0)
    extra_minutes: int = Field(
        default=0,
        ge=0,
        le=24 * 60,
        description="Minutes added to the timebox during the meeting ('+1 min'); 0: none.",
    )
    speaker_seconds: int = Field(
        default=0, ge=0, le=60 * 60, description="Per-person timebox in a round; 0 means none."
    )


class MeetingClock(_Model):
    """The meeting's own time: it runs only between the leader's start and a pause.

    Closing the app pauses it, so a meeting never ages while nobody holds it.
    ``elapsed_seconds`` holds the runs before the current one.
    """

    started_at: datetime | None = None
    running_since: datetime | None = None
    elapsed_seconds: int = Field(default=0, ge=0)

    @property
    def running(self) -> bool:
        return self.running_since is not None


class SeriesSnapshot(_Model):
    """The numbers that were shown, kept so the record stays true if the file changes."""

    group: str
    periods: list[str]
    values: list[float | None]
    targets: list[float | None] = Field(default_factory=list)


class Yardstick(_Model):
    """The other teams as one organisational yardstick: their median and range per period.

    A snapshot keeps this instead of every other group's series, so a record of a
    file with a thousand teams stays small and still shows what the room saw.
    """

    groups: int = Field(ge=0, description="How many groups it summarises.")
    #: Their names when there are few enough to name on a chart, else empty.
    names: list[str] = Field(default_factory=list)
    median: list[float | None] = Field(default_factory=list)
    low: list[float | None] = Field(default_factory=list)
    high: list[float | None] = Field(default_factory=list)


class IndicatorSnapshot(_Model):
    indicator_id: str
    name: str
    unit: str = ""
    higher_is_better: bool = True
    target: float | None = None
    source: str = ""
    source_sha256: str = ""
    extracted: date | None = None
    definition: str = ""
    series: list[SeriesSnapshot] = Field(default_factory=list)
    #: The other teams' median and range; None in records from before it was kept.
    yardstick: Yardstick | None = None
    #: Series that are not teams: the organisation's total and benchmarks, by group.
    roles: dict[str, Literal["total", "benchmark"]] = Field(default_factory=dict)


class IndicatorDiscussion(_Model):
    """One indicator taken through UGU: explore, give, explore again."""

    indicator_id: str
    snapshot: IndicatorSnapshot | None = None
    step: UguStep = UguStep.EXPLORE
    team_noticed: str = ""
    leader_perspective: str = Field(default="", json_schema_extra=PRIVATE_UNTIL_GIVEN)
    perspective_revealed_at: datetime | None = None
    direction_first: bool = Field(
        default=False,
        description="The afgrænser stated the direction before the team explored (a chosen order).",
    )
    team_response: str = ""
    predict_first: bool = Field(
        default=False, description="The team guesses before the chart is revealed."
    )
    chart_revealed_at: datetime | None = None


class AskedQuestion(_Model):
    """A question picked for the meeting; ``asked_at`` is set when it was put to the room."""

    id: str = Field(default_factory=new_id)
    question_id: str | None = None
    category: str
    text: str
    phase: PhaseId = PhaseId.TOMM
    asked_at: datetime | None = None
    notes: str = ""

    @property
    def asked(self) -> bool:
        return self.asked_at is not None


class Explanation(_Model):
    """An explanation card from the game board (domain.md §10, step 3)."""

    id: str = Field(default_factory=new_id)
    text: str
    locus: Locus = Locus.INTERNAL
    scope: Scope = Scope.COLLECTIVE
    indicator_id: str | None = None


class ActionFollowUp(_Model):
    """What a later meeting of the series said about this action ("Siden sidst")."""

    meeting_id: str
    on: date
    status: ReviewStatus
    comment: str = ""


class ActionItem(_Model):
    """An agreed action; a trial action ("prøvehandling") also says what we expect to see.

    Following up a trial records what we learned: a trial that shows no improvement
    is a result too (domain.md §12).
    """

    id: str = Field(default_factory=new_id)
    text: str = ""
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    indicator_id: str | None = None
    created_at: datetime = Field(default_factory=utc_now)
    trial: bool = Field(default=False, description="A trial action (prøvehandling).")
    expectation: str = Field(default="", description="What we expect to see if the trial works.")
    learned: str = Field(default="", description="What the follow-up showed we learned.")
    follow_ups: list[ActionFollowUp] = Field(
        default_factory=list, description="Later meetings' reviews of this action, oldest first."
    )


class IndicatorReading(_Model):
    """One number of an indicator as a meeting saw it: the newest period with a value."""

    name: str
    unit: str = ""
    higher_is_better: bool = True
    period: str
    value: float


class ReviewItem(_Model):
    """An earlier meeting's open action, followed up in this meeting ("Siden sidst").

    The action's words are copied so the review reads the same whatever becomes of
    the earlier file; ``then`` is the indicator when the action was agreed (that
    meeting's snapshot), ``now`` the indicator as this meeting saw it.
    """

    action_id: str
    meeting_id: str
    meeting_title: str = ""
    meeting_date: date
    text: str
    owner: str = ""
    due: date | None = None
    indicator_id: str | None = None
    status: ReviewStatus | None = None
    comment: str = ""
    #: The earlier action was a trial (prøvehandling): what was expected, and what we learned.
    trial: bool = False
    expectation: str = ""
    learned: str = Field(default="", description="What following up the trial taught us.")
    then: IndicatorReading | None = None
    now: IndicatorReading | None = None


class PresentationEventKind(StrEnum):
    """What changed on the audience screen (or in the timebox) at a moment."""

    PRESENTING_STARTED = "presenting_started"
    PRESENTING_STOPPED = "presenting_stopped"
    PHASE_SHOWN = "phase_shown"
    OVERRUN = "overrun"
    BLACK_SCREEN = "black_screen"
    WHITE_SCREEN = "white_screen"
    SCREEN_RESTORED = "screen_restored"
    QUESTION_SHOWN = "question_shown"
    CHART_REVEALED = "chart_revealed"
    VIEW_SHOWN = "view_shown"
    BOARD_SHOWN = "board_shown"
    BOARD_HIDDEN = "board_hidden"
    PERSPECTIVE_SHOWN = "perspective_shown"
    SPEAKING_ORDER = "speaking_order"
    GROUPS_SHOWN = "groups_shown"
    GROUPS_GATHERED = "groups_gathered"
    RED_THREAD = "red_thread"
    #: The room's answers from phones (or typed by the leader) were revealed on the screen.
    ROOM_ANSWERS_SHOWN = "room_answers_shown"


class PresentationEvent(_Model):
    """One entry of the presentation log: what the room saw, and when."""

    at: datetime
    kind: PresentationEventKind
    phase: PhaseId | None = None
    detail: str = ""


class DialogueState(_Model):
    """Structured dialogue and small groups: who speaks in which order, who sits together.

    The order and the groups belong to ``phase``; the room sees them only there.
    """

    phase: PhaseId | None = None
    order: list[str] = Field(default_factory=list, description="Participant ids.")
    current: str | None = None
    passed: list[str] = Field(default_factory=list)
    groups: list[list[str]] = Field(default_factory=list)
    group_question: str = ""
    group_minutes: int = Field(default=0, ge=0, le=24 * 60)
    groups_started_at: datetime | None = None


class RoomActivityKind(StrEnum):
    """What the room can answer from its phones (``core.room``)."""

    GUESS_VALUE = "guess_value"
    GUESS_DIRECTION = "guess_direction"
    NOTICE = "notice"
    CHECKIN = "checkin"
    CHECKOUT = "checkout"
    RATING = "rating"
    CARDS = "cards"


class RoomAnswers(_Model):
    """The room's anonymous answers to one activity: texts and counts, never who gave them.

    ``typed`` marks answers the leader typed in (the phones could not get in).
    ``shown`` holds the texts the leader put on the room's screen; ``actual`` is the
    real number a guess was revealed against.
    """

    id: str = Field(default_factory=new_id)
    kind: RoomActivityKind
    phase: PhaseId | None = None
    indicator_id: str | None = None
    question: str = ""
    texts: list[str] = Field(default_factory=list)
    numbers: list[float] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    shown: list[str] = Field(default_factory=list)
    typed: int = Field(default=0, ge=0, description="How many of the answers the leader typed.")
    actual: float | None = None
    started_at: datetime | None = None
    revealed_at: datetime | None = None


#: The talk tally's key for the leader's own contributions.
LEADER_KEY: Final = "leader"


class MeetingRecord(_Model):
    schema_version: Literal[4] = SCHEMA_VERSION
    id: str = Field(default_factory=new_id)
    revision: int = Field(default=0, ge=0, description="Incremented on every save.")
    kind: MeetingKind = MeetingKind.TEAM
    title: str = ""
    team: str = Field(default="", description="Team or person the meeting is with.")
    data_group: str = Field(
        default="",
        description="The group whose numbers are shown when it is not ``team`` (a 1:1).",
    )
    scheduled_at: datetime = Field(default_factory=utc_now)
    duration_minutes: int = Field(default=60, ge=0, le=24 * 60)
    template_id: str | None = None
    series_id: str | None = Field(
        default=None, description="Meetings with the same series id follow up on each other."
    )
    previous_id: str | None = Field(
        default=None, description="The meeting of the series this one continues."
    )
    facilitator: str = ""
    participants: list[Participant] = Field(default_factory=list)
    fup: Fup = Field(default_factory=Fup)
    leader_role: LeaderRole = LeaderRole.FACILITATOR
    starting_domain: Domain = Domain.PRODUCTION
    dataset_source: str = Field(default="", description="Where the shown data came from.")
    dataset_sha256: str = Field(
        default="",
        description="SHA-256 of the file the data came from: the kept copy it reopens with "
        "('' when none is kept).",
    )
    phases: list[PhasePlan] = Field(default_factory=list)
    current_phase: PhaseId | None = None
    clock: MeetingClock = Field(default_factory=MeetingClock)
    phase_notes: dict[PhaseId, str] = Field(default_factory=dict)
    private_notes: dict[PhaseId, str] = Field(default_factory=dict, json_schema_extra=PRIVATE)
    checkin: list[ParticipantEntry] = Field(default_factory=list)
    checkout: list[ParticipantEntry] = Field(default_factory=list)
    indicators: list[IndicatorDiscussion] = Field(default_factory=list)
    questions: list[AskedQuestion] = Field(default_factory=list)
    explanations: list[Explanation] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    reviews: list[ReviewItem] = Field(
        default_factory=list, description="Earlier meetings' actions followed up here."
    )
    follow_up: date | None = None
    dialogue: DialogueState = Field(default_factory=DialogueState)
    talk_tally: dict[str, int] = Field(
        default_factory=dict,
        description=f"Contributions per participant id (and {LEADER_KEY!r} for the leader).",
        json_schema_extra=PRIVATE,
    )
    presentation_log: list[PresentationEvent] = Field(default_factory=list)
    room_answers: list[RoomAnswers] = Field(
        default_factory=list,
        description="Anonymous answers the room gave from phones (empty: the room did not take part).",
    )
    status: MeetingStatus = MeetingStatus.PLANNED
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


def record_json_schema() -> dict[str, Any]:
    return MeetingRecord.model_json_schema(mode="serialization")
