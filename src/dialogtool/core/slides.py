"""What the room sees of one step: the public slide and how each kind of step fills it.

Builders read public fields only: never private notes, and the leader's
perspective only once it has been given (``meeting.revealed_perspective``).
``core.phases`` names the builder of each step; ``presentation.public_slide``
is the one entry point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from dialogtool.core import meeting
from dialogtool.core.questions import quadrant_of
from dialogtool.core.record import (
    IndicatorDiscussion,
    IndicatorSnapshot,
    Locus,
    MeetingKind,
    MeetingRecord,
    PhaseId,
    Quadrant,
    ReviewItem,
    Scope,
    UguStep,
)


class DataView(StrEnum):
    """How an indicator is shown: over time, against the other groups, latest, or the rows."""

    TREND = "trend"
    COMPARE = "compare"
    LATEST = "latest"
    DETAILS = "details"

    @property
    def for_room(self) -> DataView:
        """What the room sees when the leader looks at this view: never the rows behind a number."""
        return DataView.TREND if self == DataView.DETAILS else self


@dataclass(frozen=True)
class Speaker:
    name: str
    current: bool = False
    passed: bool = False


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str = ""
    due: date | None = None


@dataclass(frozen=True)
class Card:
    """An explanation on the game board, in its field."""

    text: str
    locus: Locus
    scope: Scope


@dataclass(frozen=True)
class BoardField:
    """One of Tomm's four question types with the questions the meeting picked for it."""

    quadrant: Quadrant
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Slide:
    """The public content of one step of the meeting."""

    phase: PhaseId | None  # None or PREPARE: before the meeting opens
    meeting_title: str
    #: Whom the slide speaks to (``core.wording``): a group, or one employee in a 1:1.
    kind: MeetingKind = MeetingKind.TEAM
    purpose: str = ""
    outcome: str = ""
    question: str = ""
    indicator: IndicatorSnapshot | None = None
    view: DataView = DataView.TREND
    team: str = ""
    chart_hidden: bool = False
    ugu_step: UguStep | None = None
    #: The afgrænser stated the direction before the team explored.
    direction_first: bool = False
    perspective: str | None = None
    speakers: tuple[Speaker, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()
    group_question: str = ""
    actions: tuple[ActionLine, ...] = ()
    follow_up: date | None = None
    cards: tuple[Card, ...] = ()
    board: tuple[BoardField, ...] = ()
    #: "Siden sidst": earlier meetings' actions and how they stand (copies, never the record's).
    reviews: tuple[ReviewItem, ...] = ()


def chart_visible(item: IndicatorDiscussion) -> bool:
    """Predict-then-reveal: the chart stays hidden until the leader reveals it."""
    return not item.predict_first or item.chart_revealed_at is not None


def reveal_chart(item: IndicatorDiscussion, now: datetime) -> None:
    if item.chart_revealed_at is None:
        item.chart_revealed_at = now


def plain(slide: Slide, _record: MeetingRecord, _indicator_id: str | None) -> Slide:
    """A step whose slide is its title, question, speakers and groups."""
    return slide


def purpose_and_outcome(slide: Slide, record: MeetingRecord, _indicator_id: str | None) -> Slide:
    """Framing (and the waiting screen before it): why we meet and what we leave with."""
    return replace(slide, purpose=record.fup.purpose, outcome=record.fup.outcome)


def indicator_in_context(slide: Slide, record: MeetingRecord, indicator_id: str | None) -> Slide:
    """The indicator being discussed, as far as UGU has come with it."""
    item = next((d for d in record.indicators if d.indicator_id == indicator_id), None)
    if item is None:
        return slide
    return replace(
        slide,
        indicator=item.snapshot,
        chart_hidden=not chart_visible(item),
        ugu_step=item.step,
        direction_first=item.direction_first,
        perspective=meeting.revealed_perspective(item),
    )


def explanation_board(slide: Slide, record: MeetingRecord, _indicator_id: str | None) -> Slide:
    """The game board's explanations, each in its field (external/internal × collective/individual)."""
    cards = tuple(Card(e.text, e.locus, e.scope) for e in record.explanations if e.text.strip())
    return replace(slide, cards=cards)


def tomm_board(record: MeetingRecord) -> tuple[BoardField, ...]:
    """Tomm's 2×2 with the questions picked for the meeting's question phase, asked first."""
    picked = [q for q in record.questions if q.phase == PhaseId.TOMM]
    picked.sort(key=lambda q: not q.asked)
    return tuple(
        BoardField(quadrant, tuple(q.text for q in picked if quadrant_of(q.category) == quadrant))
        for quadrant in Quadrant
    )


def agreed_actions(slide: Slide, record: MeetingRecord, _indicator_id: str | None) -> Slide:
    actions = tuple(
        ActionLine(a.text, a.owner, a.due) for a in record.action_items if a.text.strip()
    )
    return replace(slide, actions=actions, follow_up=record.follow_up)


def since_last_time(slide: Slide, record: MeetingRecord, _indicator_id: str | None) -> Slide:
    """The earlier meetings' actions with their status and the indicators' movement."""
    return replace(slide, reviews=tuple(item.model_copy(deep=True) for item in record.reviews))
