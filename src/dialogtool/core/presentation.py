"""What the room sees, what the leader's script says, and the log of both.

``public_slide`` is the only way content reaches the audience screen; each step's
builder (``core.slides``, named in ``core.phases``) reads public fields only. The
script and the default questions come from the session's ``Library``, so the
user's own templates and hidden questions count on both screens. The
presentation log keeps what the room saw and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dialogtool.core import phases, timing
from dialogtool.core.context import shown_group
from dialogtool.core.i18n import Lang
from dialogtool.core.library import Library
from dialogtool.core.questions import is_method_round_question
from dialogtool.core.record import (
    MeetingRecord,
    PhaseId,
    PresentationEvent,
    PresentationEventKind,
    UguStep,
)
from dialogtool.core.slides import DataView, Slide, Speaker, tomm_board

#: The rounds whose default on the room's screen is the method's own pair of questions.
METHOD_PAIR_PHASES = (PhaseId.CHECKIN, PhaseId.CHECKOUT)
#: Categories whose texts are the leader's own lines, not questions for the room.
LEADER_LINES = ("contract.opening", "contract.redthread", "ugu.give", "role.", "fup.", "bridge")


@dataclass(frozen=True)
class ScriptLine:
    """A line of the leader's script for a step; ``for_room`` ones may go on the screen."""

    text: str
    hint: str = ""
    category: str = ""

    @property
    def for_room(self) -> bool:
        return not self.category.startswith(LEADER_LINES)


def public_slide(
    record: MeetingRecord,
    phase: PhaseId | None,
    *,
    question: str = "",
    indicator_id: str | None = None,
    view: DataView = DataView.TREND,
    board: bool = False,
) -> Slide:
    """What the room sees of ``phase``: the chosen question and view, never the rows."""
    names = {p.id: p.name for p in record.participants}
    state = record.dialogue
    here = phase is not None and state.phase == phase
    speakers = tuple(
        Speaker(names[pid], current=pid == state.current, passed=pid in state.passed)
        for pid in (state.order if here else [])
        if pid in names
    )
    groups = tuple(
        tuple(names[pid] for pid in group if pid in names)
        for group in (state.groups if here else [])
    )
    slide = Slide(
        phase=phase,
        meeting_title=record.title,
        kind=record.kind,
        question=question,
        team=shown_group(record),
        speakers=speakers,
        groups=groups,
        group_question=state.group_question if groups else "",
        view=view.for_room,
        board=tomm_board(record) if board and phase == PhaseId.TOMM else (),
    )
    build = phases.spec(phase or PhaseId.PREPARE).slide
    return build(slide, record, indicator_id if phase == PhaseId.DATA else None)


def script(record: MeetingRecord, phase: PhaseId, lang: Lang, library: Library) -> list[ScriptLine]:
    """The phase's suggested lines; in the question phase also the questions picked for it."""
    lines = [
        ScriptLine(q.text.get(lang), q.hint.get(lang) if q.hint else "", q.category)
        for q in library.suggested(record, phase)
    ]
    if phase == PhaseId.TOMM:
        known = {line.text for line in lines}
        lines += [
            ScriptLine(q.text, category=q.category)
            for q in record.questions
            if q.phase == PhaseId.TOMM and q.text not in known
        ]
    return lines


def default_question(
    record: MeetingRecord,
    phase: PhaseId | None,
    lang: Lang,
    library: Library,
    ugu_step: UguStep | None = None,
) -> str:
    """The question the room sees when the leader has not picked one on this screen.

    A question the meeting already picked for the step (ticked in a round, marked asked
    in Tomm's step) is the leader's choice. Otherwise a round shows the method's pair,
    both questions; Tomm's step and a workshop's question round show no question (the
    title, and in Tomm's step the board), never the first of a list nobody chose.
    """
    if phase in (None, PhaseId.PREPARE, PhaseId.FRAMING):
        return ""
    assert phase is not None
    if phase in (PhaseId.TOMM, PhaseId.QUESTIONS, *METHOD_PAIR_PHASES):
        asked = [q for q in record.questions if q.phase == phase and q.asked_at is not None]
        if asked:
            return max(asked, key=lambda q: q.asked_at or datetime.min).text
        if phase in METHOD_PAIR_PHASES:
            return "\n".join(
                q.text.get(lang)
                for q in library.suggested(record, phase)
                if is_method_round_question(q.id)
            )
        return ""
    lines = script(record, phase, lang, library)
    if phase == PhaseId.DATA:
        step = ugu_step or UguStep.EXPLORE
        if step == UguStep.GIVE:
            return ""
        category = f"ugu.{step.value}"
        line = next((x for x in lines if x.category == category), None)
        if line is None:
            found = library.questions(category, record.kind)
            return found[0].text.get(lang) if found else ""
        return line.text
    return next((line.text for line in lines if line.for_room), "")


def log_event(
    record: MeetingRecord,
    kind: PresentationEventKind,
    now: datetime,
    phase: PhaseId | None = None,
    detail: str = "",
) -> PresentationEvent:
    event = PresentationEvent(at=now, kind=kind, phase=phase, detail=detail)
    record.presentation_log.append(event)
    return event


def view_shown(indicator_id: str, view: DataView, team: str) -> str:
    """The log's detail for a chart the room saw: which indicator, view and team."""
    return f"{indicator_id}:{view.value}:{team}"


def last_view_shown(record: MeetingRecord, indicator_id: str) -> tuple[DataView, str | None]:
    """The view (and team, None when the log predates it) the room saw ``indicator_id`` in last.

    A chart the room never saw counts as the trend, the data step's first view.
    """
    prefix = f"{indicator_id}:"
    for event in reversed(record.presentation_log):
        if event.kind != PresentationEventKind.VIEW_SHOWN or not event.detail.startswith(prefix):
            continue
        view, has_team, team = event.detail[len(prefix) :].partition(":")
        if view in {v.value for v in DataView}:
            return DataView(view), team if has_team else None
    return DataView.TREND, None


def overrun_unnoted(record: MeetingRecord, phase: PhaseId, now: datetime) -> bool:
    """Whether ``phase`` has passed its timebox and the log does not say so yet."""
    plan = next((p for p in record.phases if p.phase == phase), None)
    if plan is None or timing.phase_countdown(plan, now).level != timing.TimeLevel.OVERRUN:
        return False
    return not any(
        e.kind == PresentationEventKind.OVERRUN and e.phase == phase
        for e in record.presentation_log
    )


def note_overrun(record: MeetingRecord, phase: PhaseId, now: datetime) -> bool:
    """Log the first moment a phase passes its timebox; True when it was logged now."""
    if not overrun_unnoted(record, phase, now):
        return False
    log_event(record, PresentationEventKind.OVERRUN, now, phase)
    return True
