"""What the leader says at the framing, by the role taken towards the numbers (domain.md §5).

A facilitator leaves the interpretation to those across the table; an inspirator
says what is good and what needs focus, then is curious; an afgrænser says honestly
which direction is settled and asks how to do it well. The data step has the role's
questions; the framing has the role's opening line, so an afgrænser is never told
that "the team interprets first" and then gives the direction.
"""

from __future__ import annotations

from typing import Final

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.i18n import Lang
from dialogtool.core.record import LeaderRole, MeetingKind

#: role -> (for a group, for one employee).
LINES: Final[dict[LeaderRole, tuple[Message, Message]]] = {
    LeaderRole.FACILITATOR: (
        QT_TRANSLATE_NOOP(
            "Framing",
            "Sig, at du ingen holdning har til tallene på forhånd: I fortolker "
            "først, og jeres blik er det, vi bygger på.",
        ),
        QT_TRANSLATE_NOOP(
            "Framing",
            "Sig, at du ingen holdning har til tallene på forhånd: Medarbejderen "
            "fortolker først, og du bygger på det.",
        ),
    ),
    LeaderRole.INSPIRATOR: (
        QT_TRANSLATE_NOOP(
            "Framing",
            "Sig, hvad du synes er godt, og hvad der kræver fokus – og at du "
            "derefter er nysgerrig på, hvordan I ser det.",
        ),
        QT_TRANSLATE_NOOP(
            "Framing",
            "Sig, hvad du synes er godt, og hvad der kræver fokus – og at du "
            "derefter er nysgerrig på, hvordan medarbejderen ser det.",
        ),
    ),
    LeaderRole.AFGRAENSER: (
        QT_TRANSLATE_NOOP(
            "Framing",
            "Sig ærligt, hvilken retning der ligger fast, og hvad der er åbent: "
            "hvordan vi gør det bedst i praksis. Nysgerrigheden går på at "
            "kvalificere handlingen.",
        ),
        QT_TRANSLATE_NOOP(
            "Framing",
            "Sig ærligt, hvilken retning der ligger fast, og hvad der er åbent: "
            "hvordan I to gør det bedst i praksis. Nysgerrigheden går på at "
            "kvalificere handlingen.",
        ),
    ),
}


def framing_line(role: LeaderRole, kind: MeetingKind, lang: Lang) -> str:
    """The leader's line at the framing for ``role``, to a group or to one employee."""
    group, one = LINES[role]
    return (one if kind == MeetingKind.ONE_TO_ONE else group).get(lang)
