"""The questions a phase offers, and recording them as picked and asked in that phase.

Every question a template suggests for a phase is offered in that phase
(``Library.suggested``), can be picked, marked as asked and so reaches the summary's
"Spørgsmål, vi stillede" with its phase. The Tomm step's picks are made when the
meeting is created, so its grid opens with the template's questions ticked.
A question is known by its bank id, or by its text when it has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render
from dialogtool.core.i18n import Lang
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.questions import (
    MAALKOMPAS_PRINCIPLES,
    METHOD_ROUND_QUESTIONS,
    Question,
    bundled_bank,
)
from dialogtool.core.record import AskedQuestion, MeetingRecord, PhaseId, utc_now
from dialogtool.core.templates import MeetingTemplate

#: Families a question step can show beside the template's picks (domain.md §7, §8, §11).
OTHER_FAMILIES: tuple[str, ...] = (
    "solution.mastery",
    "solution.progression",
    "solution.recognition",
    "bridge",
    "analysis",
    "maalkompas.goals",
    "maalkompas.whatif",
    *(f"maalkompas.{n}" for n in range(1, len(MAALKOMPAS_PRINCIPLES) + 1)),
    "maalkompas.followup",
)


def template_ids(template: MeetingTemplate | None, phase: PhaseId) -> tuple[str, ...]:
    """The ids ``template`` suggests for ``phase``, in its order."""
    if template is None:
        return ()
    return next((p.suggested_questions for p in template.phases if p.phase == phase), ())


def bundled_picks(template: MeetingTemplate, phase: PhaseId) -> list[Question]:
    """The bundled bank's questions that ``template`` suggests for ``phase``, in its order."""
    bank = bundled_bank()
    return [q for i in template_ids(template, phase) if (q := bank.get(i)) is not None]


def pick_method_pairs(record: MeetingRecord, lang: Lang) -> None:
    """Tick the method's check-in and check-out pair in the rounds the meeting has.

    They are asked at every meeting (domain.md §4); the leader may still untick one.
    """
    bank = bundled_bank()
    planned = {p.phase for p in record.phases}
    for category, ids in METHOD_ROUND_QUESTIONS.items():
        phase = PhaseId(category)
        if phase in planned:
            for question_id in ids:
                question = bank.get(question_id)
                if question is not None:
                    pick(record, phase, question, lang)


def key_of(asked: AskedQuestion) -> str:
    return asked.question_id or asked.text


def find(record: MeetingRecord, phase: PhaseId, key: str) -> AskedQuestion | None:
    return next(
        (q for q in record.questions if q.phase == phase and key_of(q) == key),
        None,
    )


def pick(record: MeetingRecord, phase: PhaseId, question: Question, lang: Lang) -> AskedQuestion:
    """``question`` picked for ``phase`` (once; a second pick returns the first)."""
    existing = find(record, phase, question.id)
    if existing is not None:
        return existing
    asked = AskedQuestion(
        question_id=question.id,
        category=question.category,
        text=question.text.get(lang),
        phase=phase,
    )
    record.questions.append(asked)
    return asked


def set_asked(
    record: MeetingRecord,
    phase: PhaseId,
    question: Question,
    asked: bool,
    lang: Lang,
    now: datetime | None = None,
) -> None:
    """Mark ``question`` as put to the room in ``phase`` (picking it), or as not yet asked."""
    chosen = pick(record, phase, question, lang)
    chosen.asked_at = (now or utc_now()) if asked else None


def unpick(record: MeetingRecord, phase: PhaseId, key: str) -> None:
    chosen = find(record, phase, key)
    if chosen is not None:
        record.questions.remove(chosen)


_ASKED = QT_TRANSLATE_NOOP("PhaseQuestions", "Stillet: »{question}«")
_NOT_ASKED = QT_TRANSLATE_NOOP("PhaseQuestions", "Ikke stillet: »{question}«")


def asked_operation(
    phase: PhaseId, question: Question, asked: bool, lang: Lang, now: datetime | None = None
) -> Operation:
    """The edit "this question was (not) asked", for ``MeetingSession.apply``."""
    text = question.text.get(lang)
    label = render((_ASKED if asked else _NOT_ASKED).fill(question=text), lang)
    return Operation(
        label,
        Changes.QUESTIONS,
        lambda record: set_asked(record, phase, question, asked, lang, now),
    )


def asked_in(record: MeetingRecord, phase: PhaseId) -> list[AskedQuestion]:
    """The questions put to the room in ``phase``, in the order they were picked."""
    return [q for q in record.questions if q.phase == phase and q.asked]


def missing_from(offered: Sequence[Question], ids: Sequence[str]) -> list[str]:
    """The ids of ``ids`` that ``offered`` leaves out (for tests and diagnostics)."""
    shown = {q.id for q in offered}
    return [i for i in ids if i not in shown]
