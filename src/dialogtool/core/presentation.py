"""What the room sees, what the leader's script says, and the log of both.

``public_slide`` is the only way content reaches the audience screen. It reads
public fields only: never private notes, and the leader's perspective only once
it has been given (``meeting.revealed_perspective``). The presentation log keeps
what the room saw and when.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from dialogtool.core import meeting, timing
from dialogtool.core.i18n import Lang
from dialogtool.core.questions import QuestionBank, bundled_bank
from dialogtool.core.record import (
    IndicatorDiscussion,
    IndicatorSnapshot,
    MeetingRecord,
    PhaseId,
    PresentationEvent,
    PresentationEventKind,
    UguStep,
)
from dialogtool.core.templates import template_by_id

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
class Slide:
    """The public content of one step of the meeting."""

    phase: PhaseId | None  # None: before the meeting opens
    meeting_title: str
    purpose: str = ""
    outcome: str = ""
    question: str = ""
    indicator: IndicatorSnapshot | None = None
    team: str = ""
    chart_hidden: bool = False
    ugu_step: UguStep | None = None
    perspective: str | None = None
    speakers: tuple[Speaker, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()
    group_question: str = ""
    actions: tuple[ActionLine, ...] = ()
    follow_up: date | None = None


def chart_visible(item: IndicatorDiscussion) -> bool:
    """Predict-then-reveal: the chart stays hidden until the leader reveals it."""
    return not item.predict_first or item.chart_revealed_at is not None


def reveal_chart(item: IndicatorDiscussion, now: datetime) -> None:
    if item.chart_revealed_at is None:
        item.chart_revealed_at = now


def public_slide(
    record: MeetingRecord,
    phase: PhaseId | None,
    *,
    question: str = "",
    indicator_id: str | None = None,
) -> Slide:
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
        question=question,
        team=record.team,
        speakers=speakers,
        groups=groups,
        group_question=state.group_question if groups else "",
    )
    if phase in (None, PhaseId.FRAMING):
        return replace(slide, purpose=record.fup.purpose, outcome=record.fup.outcome)
    if phase == PhaseId.DATA and indicator_id is not None:
        item = next((d for d in record.indicators if d.indicator_id == indicator_id), None)
        if item is not None:
            return replace(
                slide,
                indicator=item.snapshot,
                chart_hidden=not chart_visible(item),
                ugu_step=item.step,
                perspective=meeting.revealed_perspective(item),
            )
    if phase in (PhaseId.ACTIONS, PhaseId.SUMMARY):
        actions = tuple(
            ActionLine(a.text, a.owner, a.due) for a in record.action_items if a.text.strip()
        )
        return replace(slide, actions=actions, follow_up=record.follow_up)
    return slide


def script(
    record: MeetingRecord, phase: PhaseId, lang: Lang, bank: QuestionBank | None = None
) -> list[ScriptLine]:
    """The template's suggested lines for a phase; in Tomm's phase also the picked questions."""
    bank = bank or bundled_bank()
    template = template_by_id(record.template_id or "")
    ids: tuple[str, ...] = ()
    if template is not None:
        ids = next((p.suggested_questions for p in template.phases if p.phase == phase), ())
    questions = [q for i in ids if (q := bank.get(i)) is not None]
    if not questions and phase in (PhaseId.CHECKIN, PhaseId.CHECKOUT):
        questions = bank.in_category(phase.value, record.kind)[:2]
    lines = [
        ScriptLine(q.text.get(lang), q.hint.get(lang) if q.hint else "", q.category)
        for q in questions
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
    ugu_step: UguStep | None = None,
) -> str:
    """The question the room sees when the leader has not picked one."""
    if phase in (None, PhaseId.FRAMING):
        return ""
    if phase == PhaseId.TOMM:
        asked = [q for q in record.questions if q.asked_at is not None]
        if asked:
            return max(asked, key=lambda q: q.asked_at or datetime.min).text
    lines = script(record, phase, lang)
    if phase == PhaseId.DATA:
        step = ugu_step or UguStep.EXPLORE
        if step == UguStep.GIVE:
            return ""
        category = f"ugu.{step.value}"
        line = next((x for x in lines if x.category == category), None)
        if line is None:
            found = bundled_bank().in_category(category, record.kind)
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


def note_overrun(record: MeetingRecord, phase: PhaseId, now: datetime) -> bool:
    """Log the first moment a phase passes its timebox; True when it was logged now."""
    plan = next((p for p in record.phases if p.phase == phase), None)
    if plan is None or timing.phase_countdown(plan, now).level != timing.TimeLevel.OVERRUN:
        return False
    already = any(
        e.kind == PresentationEventKind.OVERRUN and e.phase == phase
        for e in record.presentation_log
    )
    if already:
        return False
    log_event(record, PresentationEventKind.OVERRUN, now, phase)
    return True
