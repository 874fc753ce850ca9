"""The one table of names for the method's enums, in Danish and English.

The screens (``ui.labels``) and the summary read from here, so a meeting kind,
a question type or an explanation quadrant is called the same everywhere.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from dialogtool.core.lang import Lang, Words
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
    from dialogtool.core.i18n import LocalizedText
    from dialogtool.core.record import AgendaItem


def _t(da: str, en: str) -> Words:
    return Words(da, en)


KIND: Final = {
    MeetingKind.TEAM: _t("Teammøde", "Team meeting"),
    MeetingKind.ONE_TO_ONE: _t("1:1-datasamtale", "1:1 data conversation"),
    MeetingKind.LEADERSHIP: _t("Ledermøde", "Leadership meeting"),
}

MEETING_STATUS: Final = {
    MeetingStatus.PLANNED: _t("Planlagt", "Planned"),
    MeetingStatus.RUNNING: _t("I gang", "Running"),
    MeetingStatus.FINISHED: _t("Afsluttet", "Finished"),
}


ROLE: Final = {
    LeaderRole.FACILITATOR: _t("Facilitator", "Facilitator"),
    LeaderRole.INSPIRATOR: _t("Inspirator", "Inspirator"),
    LeaderRole.AFGRAENSER: _t("Afgrænser", "Boundary-setter"),
}

ROLE_HELP: Final = {
    LeaderRole.FACILITATOR: _t(
        "Du har ingen holdning til, hvad tallene betyder – dem, du taler med, tolker først.",
        "You hold no view on what the numbers mean – those you talk with interpret first.",
    ),
    LeaderRole.INSPIRATOR: _t(
        "Du rammesætter, om tallene er gode eller kræver fokus – og er så nysgerrig.",
        "You frame whether the numbers are good or need focus – and are then curious.",
    ),
    LeaderRole.AFGRAENSER: _t(
        "Du ved allerede, hvilken handling data skal føre til – nysgerrigheden går på at "
        "kvalificere den.",
        "You already know which action the data must lead to – your curiosity goes into "
        "qualifying it.",
    ),
}

DOMAIN: Final = {
    Domain.PRODUCTION: _t("Produktionsdomænet", "The production domain"),
    Domain.PERSONAL: _t("Det personlige/æstetiske domæne", "The personal/aesthetic domain"),
    Domain.REFLECTIVE: _t("Det refleksive domæne", "The reflective domain"),
}

QUADRANT: Final = {
    Quadrant.DETEKTIV: _t("Detektiv", "Detective"),
    Quadrant.KAPTAJN: _t("Kaptajn", "Captain"),
    Quadrant.ANTROPOLOG: _t("Antropolog", "Anthropologist"),
    Quadrant.FREMTIDSFORSKER: _t("Fremtidsforsker", "Futurist"),
}

#: Karl Tomm's name for each question type (domain.md §6); one set everywhere.
QUADRANT_KIND: Final = {
    Quadrant.DETEKTIV: _t("Afklarende spørgsmål", "Clarifying questions"),
    Quadrant.KAPTAJN: _t("Handlingsorienterede spørgsmål", "Action-oriented questions"),
    Quadrant.ANTROPOLOG: _t("Fortidsrettede læringsspørgsmål", "Past-oriented learning questions"),
    Quadrant.FREMTIDSFORSKER: _t(
        "Fremtidsrettede læringsspørgsmål", "Future-oriented learning questions"
    ),
}

#: What a question of each type asks, after its kind in the Tomm grid.
QUADRANT_ASKS: Final = {
    Quadrant.DETEKTIV: _t("hvad siger data?", "what do the data say?"),
    Quadrant.KAPTAJN: _t("hvad gør vi nu?", "what do we do now?"),
    Quadrant.ANTROPOLOG: _t(
        "hvad fortæller data om vores praksis?", "what do the data tell about our practice?"
    ),
    Quadrant.FREMTIDSFORSKER: _t("hvad kan skabe progression?", "what could create progress?"),
}

ACTION_STATUS: Final = {
    ActionStatus.OPEN: _t("Åben", "Open"),
    ActionStatus.DONE: _t("Udført", "Done"),
    ActionStatus.CANCELLED: _t("Opgivet", "Abandoned"),
}

LOCUS: Final = {
    Locus.EXTERNAL: _t("Ekstern", "External"),
    Locus.INTERNAL: _t("Intern", "Internal"),
}

#: The explanation axes are seen from the leader: does the leader have direct influence?
LOCUS_MEANS: Final = {
    Locus.EXTERNAL: _t(
        "uden for lederens direkte indflydelse", "outside the leader's direct influence"
    ),
    Locus.INTERNAL: _t("lederen kan påvirke det", "the leader can affect it"),
}

SCOPE: Final = {
    Scope.COLLECTIVE: _t("Kollektiv", "Collective"),
    Scope.INDIVIDUAL: _t("Individuel", "Individual"),
}

SCOPE_MEANS: Final = {
    Scope.COLLECTIVE: _t("gælder alle", "affects everyone"),
    Scope.INDIVIDUAL: _t("knyttet til én", "tied to one person"),
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


def explanation(locus: Locus, scope: Scope) -> Words:
    """``Intern og kollektiv (lederen kan påvirke det, gælder alle)``."""
    where, who = LOCUS[locus], SCOPE[scope]
    means, reach = LOCUS_MEANS[locus], SCOPE_MEANS[scope]
    return _t(
        f"{where.da} og {who.da.lower()} ({means.da}, {reach.da})",
        f"{where.en} and {who.en.lower()} ({means.en}, {reach.en})",
    )


#: The words of the summary and of an indicator's context line.
TEXT: Final = {
    "purpose": _t("Formål", "Purpose"),
    "outcome": _t("Udbytte", "Outcome"),
    "process": _t("Proces", "Process"),
    "participants": _t("Deltagere", "Participants"),
    "chair": _t("Mødeleder", "Chair"),
    "perspective": _t("Lederens perspektiv", "The leader's perspective"),
    "direction": _t("Lederens retning (givet først)", "The leader's direction (given first)"),
    "stance": _t("Lederens rolle og udgangspunkt", "The leader's role and starting point"),
    "questions": _t("Spørgsmål, vi stillede", "Questions we asked"),
    "coverage": _t("Brugte spørgsmålstyper", "Question types used"),
    "round_question": _t("Spørgsmål", "Question"),
    "follow_up": _t("Opfølgning", "Follow-up"),
    "minutes": _t("Referat", "Minutes"),
    "private": _t("Private noter", "Private notes"),
    "passed": _t("(stod over)", "(passed)"),
    "due": _t("frist", "due"),
    "none": _t("Ingen", "None"),
    "minutes_short": _t("min", "min"),
    "latest": _t("Seneste", "Latest"),
    "previous": _t("forrige", "previous"),
    "target": _t("mål", "target"),
    "all_groups": _t("(alle)", "(all)"),
    "missing_group": _t(
        "»%1« er ikke en gruppe i data – tallene her er for %2.",
        "“%1” is not a group in the data – these numbers are for %2.",
    ),
    "source": _t("Kilde", "Source"),
    "extracted": _t("trukket", "extracted"),
    "definition": _t("Definition", "Definition"),
}


@cache
def phase_names() -> dict[PhaseId, LocalizedText]:
    """The phase names, from the phase registry (the one place that describes a step).

    Made on first use, so the start screen's labels do not load the registry and the
    meeting's rules behind it.
    """
    from dialogtool.core import phases

    return {phase: spec.label for phase, spec in phases.REGISTRY.items()}


def __getattr__(name: str) -> dict[PhaseId, LocalizedText]:
    """``PHASE``, as before: ``phase_names()``."""
    if name != "PHASE":
        raise AttributeError(name)
    return phase_names()
