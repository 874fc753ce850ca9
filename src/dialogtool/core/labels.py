"""The one table of names for the method's enums, as messages of the one catalogue.

The screens (``ui.labels``) and the summary read from here, so a meeting kind,
a question type or an explanation quadrant is called the same everywhere.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.lang import Lang
from dialogtool.core.record_types import (
    ActionStatus,
    Domain,
    LeaderRole,
    Locus,
    MeetingKind,
    MeetingStatus,
    PhaseId,
    Quadrant,
    Scope,
)

if TYPE_CHECKING:
    from dialogtool.core.record import AgendaItem


KIND: Final = {
    MeetingKind.TEAM: QT_TRANSLATE_NOOP("Labels", "Teammøde"),
    MeetingKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("Labels", "1:1-datasamtale"),
    MeetingKind.LEADERSHIP: QT_TRANSLATE_NOOP("Labels", "Ledermøde"),
}

MEETING_STATUS: Final = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planlagt"),
    MeetingStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "I gang"),
    MeetingStatus.FINISHED: QT_TRANSLATE_NOOP("Labels", "Afsluttet"),
}


ROLE: Final = {
    LeaderRole.FACILITATOR: QT_TRANSLATE_NOOP("Labels", "Facilitator"),
    LeaderRole.INSPIRATOR: QT_TRANSLATE_NOOP("Labels", "Inspirator"),
    LeaderRole.AFGRAENSER: QT_TRANSLATE_NOOP("Labels", "Afgrænser"),
}

ROLE_HELP: Final = {
    LeaderRole.FACILITATOR: QT_TRANSLATE_NOOP(
        "Labels",
        "Du har ingen holdning til, hvad tallene betyder – dem, du taler med, tolker først.",
    ),
    LeaderRole.INSPIRATOR: QT_TRANSLATE_NOOP(
        "Labels", "Du rammesætter, om tallene er gode eller kræver fokus – og er så nysgerrig."
    ),
    LeaderRole.AFGRAENSER: QT_TRANSLATE_NOOP(
        "Labels",
        "Du ved allerede, hvilken handling data skal føre til – nysgerrigheden "
        "går på at kvalificere den.",
    ),
}

DOMAIN: Final = {
    Domain.PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Produktionsdomænet"),
    Domain.PERSONAL: QT_TRANSLATE_NOOP("Labels", "Det personlige/æstetiske domæne"),
    Domain.REFLECTIVE: QT_TRANSLATE_NOOP("Labels", "Det refleksive domæne"),
}

QUADRANT: Final = {
    Quadrant.DETEKTIV: QT_TRANSLATE_NOOP("Labels", "Detektiv"),
    Quadrant.KAPTAJN: QT_TRANSLATE_NOOP("Labels", "Kaptajn"),
    Quadrant.ANTROPOLOG: QT_TRANSLATE_NOOP("Labels", "Antropolog"),
    Quadrant.FREMTIDSFORSKER: QT_TRANSLATE_NOOP("Labels", "Fremtidsforsker"),
}

#: Karl Tomm's name for each question type (domain.md §6); one set everywhere.
QUADRANT_KIND: Final = {
    Quadrant.DETEKTIV: QT_TRANSLATE_NOOP("Labels", "Afklarende spørgsmål"),
    Quadrant.KAPTAJN: QT_TRANSLATE_NOOP("Labels", "Handlingsorienterede spørgsmål"),
    Quadrant.ANTROPOLOG: QT_TRANSLATE_NOOP("Labels", "Fortidsrettede læringsspørgsmål"),
    Quadrant.FREMTIDSFORSKER: QT_TRANSLATE_NOOP("Labels", "Fremtidsrettede læringsspørgsmål"),
}

#: What a question of each type asks, after its kind in the Tomm grid.
QUADRANT_ASKS: Final = {
    Quadrant.DETEKTIV: QT_TRANSLATE_NOOP("Labels", "hvad siger data?"),
    Quadrant.KAPTAJN: QT_TRANSLATE_NOOP("Labels", "hvad gør vi nu?"),
    Quadrant.ANTROPOLOG: QT_TRANSLATE_NOOP("Labels", "hvad fortæller data om vores praksis?"),
    Quadrant.FREMTIDSFORSKER: QT_TRANSLATE_NOOP("Labels", "hvad kan skabe progression?"),
}

ACTION_STATUS: Final = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Åben"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Udført"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Opgivet"),
}

LOCUS: Final = {
    Locus.EXTERNAL: QT_TRANSLATE_NOOP("Labels", "Ekstern"),
    Locus.INTERNAL: QT_TRANSLATE_NOOP("Labels", "Intern"),
}

#: The explanation axes are seen from the leader: does the leader have direct influence?
LOCUS_MEANS: Final = {
    Locus.EXTERNAL: QT_TRANSLATE_NOOP("Labels", "uden for lederens direkte indflydelse"),
    Locus.INTERNAL: QT_TRANSLATE_NOOP("Labels", "lederen kan påvirke det"),
}

SCOPE: Final = {
    Scope.COLLECTIVE: QT_TRANSLATE_NOOP("Labels", "Kollektiv"),
    Scope.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individuel"),
}

SCOPE_MEANS: Final = {
    Scope.COLLECTIVE: QT_TRANSLATE_NOOP("Labels", "gælder alle"),
    Scope.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "knyttet til én"),
}

#: The game board's explanation quadrants, in the order the board and the summary show them.
EXPLANATION_ORDER: Final = (
    (Locus.EXTERNAL, Scope.COLLECTIVE),
    (Locus.INTERNAL, Scope.COLLECTIVE),
    (Locus.EXTERNAL, Scope.INDIVIDUAL),
    (Locus.INTERNAL, Scope.INDIVIDUAL),
)


def agenda_title(item: AgendaItem, lang: Lang) -> str:
    """The agenda text of ``item``: the leader's words, else its phase's name."""
    if item.title.strip() or item.phase is None:
        return item.title
    return phase_names()[item.phase].get(lang)


#: A scope inside a sentence, after a locus ("Intern og kollektiv").
SCOPE_AFTER: Final = {
    Scope.COLLECTIVE: QT_TRANSLATE_NOOP("Labels", "kollektiv"),
    Scope.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "individuel"),
}


def explanation(locus: Locus, scope: Scope) -> Message:
    """``Intern og kollektiv (lederen kan påvirke det, gælder alle)``."""
    return _EXPLANATION.fill(
        where=LOCUS[locus],
        who=SCOPE_AFTER[scope],
        means=LOCUS_MEANS[locus],
        reach=SCOPE_MEANS[scope],
    )


_EXPLANATION = QT_TRANSLATE_NOOP("Labels", "{where} og {who} ({means}, {reach})")


#: The words of the summary and of an indicator's context line.
TEXT: Final = {
    "purpose": QT_TRANSLATE_NOOP("Labels", "Formål"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Udbytte"),
    "process": QT_TRANSLATE_NOOP("Labels", "Proces"),
    "participants": QT_TRANSLATE_NOOP("Labels", "Deltagere"),
    "chair": QT_TRANSLATE_NOOP("Labels", "Mødeleder"),
    "perspective": QT_TRANSLATE_NOOP("Labels", "Lederens perspektiv"),
    "direction": QT_TRANSLATE_NOOP("Labels", "Lederens retning (givet først)"),
    "stance": QT_TRANSLATE_NOOP("Labels", "Lederens rolle og udgangspunkt"),
    "questions": QT_TRANSLATE_NOOP("Labels", "Spørgsmål, vi stillede"),
    "coverage": QT_TRANSLATE_NOOP("Labels", "Brugte spørgsmålstyper"),
    "round_question": QT_TRANSLATE_NOOP("Labels", "Spørgsmål"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Opfølgning"),
    "minutes": QT_TRANSLATE_NOOP("Labels", "Referat"),
    "private": QT_TRANSLATE_NOOP("Labels", "Private noter"),
    "passed": QT_TRANSLATE_NOOP("Labels", "(stod over)"),
    "due": QT_TRANSLATE_NOOP("Labels", "frist"),
    "none": QT_TRANSLATE_NOOP("Labels", "Ingen"),
    "minutes_short": QT_TRANSLATE_NOOP("Labels", "min"),
    "latest": QT_TRANSLATE_NOOP("Labels", "Seneste"),
    "previous": QT_TRANSLATE_NOOP("Labels", "forrige"),
    "target": QT_TRANSLATE_NOOP("Labels", "mål"),
    "all_groups": QT_TRANSLATE_NOOP("Labels", "(alle)"),
    "missing_group": QT_TRANSLATE_NOOP(
        "Labels", "»{group}« er ikke en gruppe i data – tallene her er for {shown}."
    ),
    "source": QT_TRANSLATE_NOOP("Labels", "Kilde"),
    "extracted": QT_TRANSLATE_NOOP("Labels", "trukket"),
    "definition": QT_TRANSLATE_NOOP("Labels", "Definition"),
}


@cache
def phase_names() -> dict[PhaseId, Message]:
    """The phase names, from the phase registry (the one place that describes a step).

    Made on first use, so the start screen's labels do not load the registry and the
    meeting's rules behind it.
    """
    from dialogtool.core import phases

    return {phase: spec.label for phase, spec in phases.REGISTRY.items()}


def __getattr__(name: str) -> dict[PhaseId, Message]:
    """``PHASE``, as before: ``phase_names()``."""
    if name != "PHASE":
        raise AttributeError(name)
    return phase_names()
