"""What the leader says at the framing, by the role taken towards the numbers (domain.md §5).

A facilitator leaves the interpretation to those across the table; an inspirator
says what is good and what needs focus, then is curious; an afgrænser says honestly
which direction is settled and asks how to do it well. The data step has the role's
questions; the framing has the role's opening line, so an afgrænser is never told
that "the team interprets first" and then gives the direction.
"""

from __future__ import annotations

from typing import Final

from dialogtool.core.i18n import Lang, LocalizedText
from dialogtool.core.record import LeaderRole, MeetingKind


def _t(da: str, en: str) -> LocalizedText:
    return LocalizedText(da=da, en=en)


#: role -> (for a group, for one employee).
LINES: Final[dict[LeaderRole, tuple[LocalizedText, LocalizedText]]] = {
    LeaderRole.FACILITATOR: (
        _t(
            "Sig, at du ingen holdning har til tallene på forhånd: I fortolker først, "
            "og jeres blik er det, vi bygger på.",
            "Say that you hold no view on the numbers beforehand: you all interpret "
            "first, and we build on how you see them.",
        ),
        _t(
            "Sig, at du ingen holdning har til tallene på forhånd: Medarbejderen "
            "fortolker først, og du bygger på det.",
            "Say that you hold no view on the numbers beforehand: the employee "
            "interprets first, and you build on that.",
        ),
    ),
    LeaderRole.INSPIRATOR: (
        _t(
            "Sig, hvad du synes er godt, og hvad der kræver fokus – og at du derefter er "
            "nysgerrig på, hvordan I ser det.",
            "Say what you think is good and what needs focus – and that you are then "
            "curious about how you all see it.",
        ),
        _t(
            "Sig, hvad du synes er godt, og hvad der kræver fokus – og at du derefter er "
            "nysgerrig på, hvordan medarbejderen ser det.",
            "Say what you think is good and what needs focus – and that you are then "
            "curious about how the employee sees it.",
        ),
    ),
    LeaderRole.AFGRAENSER: (
        _t(
            "Sig ærligt, hvilken retning der ligger fast, og hvad der er åbent: hvordan vi "
            "gør det bedst i praksis. Nysgerrigheden går på at kvalificere handlingen.",
            "Say honestly which direction is settled and what is open: how we do it best "
            "in practice. Your curiosity goes into qualifying the action.",
        ),
        _t(
            "Sig ærligt, hvilken retning der ligger fast, og hvad der er åbent: hvordan I "
            "to gør det bedst i praksis. Nysgerrigheden går på at kvalificere handlingen.",
            "Say honestly which direction is settled and what is open: how the two of you "
            "do it best in practice. Your curiosity goes into qualifying the action.",
        ),
    ),
}


def framing_line(role: LeaderRole, kind: MeetingKind, lang: Lang) -> str:
    """The leader's line at the framing for ``role``, to a group or to one employee."""
    group, one = LINES[role]
    return (one if kind == MeetingKind.ONE_TO_ONE else group).get(lang)
