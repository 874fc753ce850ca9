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
from dialogtool.core.i18n import Lang, LocalizedText
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
    label: LocalizedText
    #: How the room's slide is filled for this step.
    slide: SlideBuilder
    #: Whose notes the step shows: preparation keeps its notes with the framing.
    notes_phase: PhaseId | None = None

    def title(self, lang: Lang) -> str:
        return self.label.get(lang)

    @property
    def notes_key(self) -> PhaseId:
        return self.notes_phase or self.id


def _text(da: str, en: str) -> LocalizedText:
    return LocalizedText(da=da, en=en)


REGISTRY: dict[PhaseId, PhaseSpec] = {
    spec.id: spec
    for spec in (
        PhaseSpec(
            PhaseId.PREPARE,
            PhaseKind.PREPARATION,
            _text("Forberedelse", "Preparation"),
            slides.purpose_and_outcome,
            notes_phase=PhaseId.FRAMING,
        ),
        PhaseSpec(
            PhaseId.FRAMING,
            PhaseKind.FRAMING,
            _text("Rammesætning", "Framing"),
            slides.purpose_and_outcome,
        ),
        PhaseSpec(
            PhaseId.CHECKIN,
            PhaseKind.ROUND,
            _text("Tjek ind", "Check-in"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.REVIEW,
            PhaseKind.REVIEW,
            _text("Siden sidst", "Since last time"),
            slides.since_last_time,
        ),
        PhaseSpec(
            PhaseId.DATA,
            PhaseKind.DATA,
            _text("Data i kontekst", "Data in context"),
            slides.indicator_in_context,
        ),
        PhaseSpec(
            PhaseId.TOMM,
            PhaseKind.TOMM,
            _text("Spørgsmål", "Questions"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.QUESTIONS,
            PhaseKind.QUESTION_ROUND,
            _text("Spørgsmålsrunde", "Question round"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.EXPLANATIONS,
            PhaseKind.EXPLANATIONS,
            _text("Forklaringer", "Explanations"),
            slides.explanation_board,
        ),
        PhaseSpec(
            PhaseId.ACTIONS,
            PhaseKind.ACTIONS,
            _text("Handlinger", "Action items"),
            slides.agreed_actions,
        ),
        PhaseSpec(
            PhaseId.CHECKOUT,
            PhaseKind.ROUND,
            _text("Tjek ud", "Check-out"),
            slides.plain,
        ),
        PhaseSpec(
            PhaseId.SUMMARY,
            PhaseKind.SUMMARY,
            _text("Opsamling", "Summary"),
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
