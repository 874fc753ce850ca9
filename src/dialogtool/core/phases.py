"""Every step of a meeting in one registry: its kind, its labels and how the room's slide is filled.

A template orders the timed phases; preparation always comes first and is never
timed. The UI keeps one page per ``PhaseKind`` (``ui.phase_pages``), so a new
phase touches this registry and its own modules only. The summary does not follow
the meeting's order but the method's close-out (``core.summary.build``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from dialogtool.core import slides
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.i18n import Lang
from dialogtool.core.record import MeetingRecord, PhaseId

SlideBuilder = Callable[[slides.Slide, MeetingRecord, str | None], slides.Slide]


class PhaseKind(StrEnum):
    """What a step does; the UI picks the page for a step by its kind."""

    PREPARATION = "preparation"
    FRAMING = "framing"
    ROUND = "round"
    REVIEW = "review"
    DATA = "data"
    TOMM = "tomm"
    QUESTION_ROUND = "question_round"
    EXPLANATIONS = "explanations"
    ACTIONS = "actions"
    SUMMARY = "summary"


@dataclass(frozen=True)
class PhaseSpec:
    id: PhaseId
    kind: PhaseKind
    label: Message
    #: How the room's slide is filled for this step.
    slide: SlideBuilder
    #: Whose notes the step shows: preparation keeps its notes with the framing.
    notes_phase: PhaseId | None = None

    def title(self, lang: Lang) -> str:
        return self.label.get(lang)

    @property
    def notes_key(self) -> PhaseId:
        return self.notes_phase or self.id


REGISTRY: dict[PhaseId, PhaseSpec] = {
    spec.id: spec
    for spec in (
        PhaseSpec(
            PhaseId.PREPARE,
            PhaseKind.PREPARATION,
            QT_TRANSLATE_NOOP("Phases", "Forberedelse"),
            slides.purpose_and_outcome,
            notes_phase=PhaseId.FRAMING,
        ),
        PhaseSpec(
            PhaseId.FRAMING,
            PhaseKind.FRAMING,
            QT_TRANSLATE_NOOP("Phases", "Rammesætning"),
            slides.purpose_and_outcome,
        ),
        PhaseSpec(
            PhaseId.CHECKIN,
            PhaseKind.ROUND,
            QT_TRANSLATE_NOOP("Phases", "Tjek ind"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.REVIEW,
            PhaseKind.REVIEW,
            QT_TRANSLATE_NOOP("Phases", "Siden sidst"),
            slides.since_last_time,
        ),
        PhaseSpec(
            PhaseId.DATA,
            PhaseKind.DATA,
            QT_TRANSLATE_NOOP("Phases", "Data i kontekst"),
            slides.indicator_in_context,
        ),
        PhaseSpec(
            PhaseId.TOMM,
            PhaseKind.TOMM,
            QT_TRANSLATE_NOOP("Phases", "Spørgsmål"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.QUESTIONS,
            PhaseKind.QUESTION_ROUND,
            QT_TRANSLATE_NOOP("Phases", "Spørgsmålsrunde"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.EXPLANATIONS,
            PhaseKind.EXPLANATIONS,
            QT_TRANSLATE_NOOP("Phases", "Forklaringer"),
            slides.explanation_board,
        ),
        PhaseSpec(
            PhaseId.ACTIONS,
            PhaseKind.ACTIONS,
            QT_TRANSLATE_NOOP("Phases", "Handlinger"),
            slides.agreed_actions,
        ),
        PhaseSpec(
            PhaseId.CHECKOUT,
            PhaseKind.ROUND,
            QT_TRANSLATE_NOOP("Phases", "Tjek ud"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.SUMMARY,
            PhaseKind.SUMMARY,
            QT_TRANSLATE_NOOP("Phases", "Opsamling"),
            slides.agreed_actions,
        ),
    )
}


def spec(phase: PhaseId) -> PhaseSpec:
    return REGISTRY[phase]


def is_timed(phase: PhaseId) -> bool:
    """Whether ``phase`` can be one of a meeting's timed phases (all but preparation)."""
    return REGISTRY[phase].kind != PhaseKind.PREPARATION


def steps(record: MeetingRecord) -> list[PhaseId]:
    """The meeting's steps in order: preparation, then the template's phases."""
    return [PhaseId.PREPARE, *(plan.phase for plan in record.phases)]


def is_round(phase: PhaseId | None) -> bool:
    return phase is not None and REGISTRY[phase].kind == PhaseKind.ROUND
