"""Whom the meeting speaks to: a team ("I", "teamet") or, in a 1:1, one employee.

The texts that name the people across the table come from here, so that the
leader's pages, the room's screen and the summary all speak to one employee in a
1:1 ("du", "medarbejderen") and never to a team that is not there. Each key is one
message with a selector (the meeting's kind); its Danish texts are marked for the
one catalogue (``core/catalogue.py``), where the other languages live.
"""

from __future__ import annotations

from typing import Final

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.i18n import Lang
from dialogtool.core.record import MeetingKind

#: key -> (the words for a group, the words for one employee), in Danish.
WORDS: Final[dict[str, tuple[Message, Message]]] = {
    "person_field": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Team / person",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Medarbejder",
        ),
    ),
    "data_intro": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Vis ét nøgletal ad gangen. Lad teamet undersøge først, giv så dit "
            "perspektiv, og undersøg igen sammen.",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Vis ét nøgletal ad gangen. Lad medarbejderen undersøge først, giv så "
            "dit perspektiv, og undersøg igen sammen.",
        ),
    ),
    "ugu_explore": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Trin 1 af 3: Teamet undersøger – hvad lægger I mærke til?",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Trin 1 af 3: Medarbejderen undersøger – hvad lægger du mærke til?",
        ),
    ),
    "room_explore": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Trin 1 af 3 · Undersøg: hvad lægger I mærke til?",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Trin 1 af 3 · Undersøg: hvad lægger du mærke til?",
        ),
    ),
    "room_predict": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Gæt først: hvor tror I, tallet er landet?",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Gæt først: hvor tror du, tallet er landet?",
        ),
    ),
    "noticed_hint": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Teamets iagttagelser – før du siger noget",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Medarbejderens iagttagelser – før du siger noget",
        ),
    ),
    "perspective_hint": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Forbered det gerne – gruppen ser det først, når I har talt",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Forbered det gerne – det vises først, når medarbejderen har talt",
        ),
    ),
    "response_hint": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Teamets respons på dit perspektiv",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Medarbejderens respons på dit perspektiv",
        ),
    ),
    "give_first": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Skriv først, hvad teamet lægger mærke til.",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Skriv først, hvad medarbejderen lægger mærke til.",
        ),
    ),
    "noticed": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Det lagde teamet mærke til",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Det lagde medarbejderen mærke til",
        ),
    ),
    "response": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Teamets respons",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Medarbejderens respons",
        ),
    ),
    "checkin_intro": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Hver deltager kobler sig på formål og udbytte. Skriv kort, hvad hver især siger.",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Medarbejderen kobler sig på formål og udbytte. Skriv kort, hvad der bliver sagt.",
        ),
    ),
    "round_pick": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Sæt flueben ved de spørgsmål, I bruger. Metodens to spørgsmål er sat på forhånd.",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Sæt flueben ved de spørgsmål, du bruger. Metodens to spørgsmål er sat på forhånd.",
        ),
    ),
    "actions_empty": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Ingen handlinger endnu. Tryk »Tilføj handling«, og skriv hvad I gør, "
            "hvem der gør det, og hvornår I følger op.",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Ingen handlinger endnu. Tryk »Tilføj handling«, og skriv hvad der skal"
            " ske, hvem der gør det, og hvornår der følges op.",
        ),
    ),
    "checkin_pick": (
        QT_TRANSLATE_NOOP(
            "Wording",
            "Sæt flueben ved de spørgsmål, I bruger. Metodens to spørgsmål står "
            "øverst og er sat på forhånd; andre spørgsmål fra teamets seneste møder"
            " foreslås ikke igen.",
        ),
        QT_TRANSLATE_NOOP(
            "Wording",
            "Sæt flueben ved de spørgsmål, du bruger. Metodens to spørgsmål står "
            "øverst og er sat på forhånd; andre spørgsmål fra de seneste samtaler "
            "med medarbejderen foreslås ikke igen.",
        ),
    ),
}


def one_to_one(kind: MeetingKind) -> bool:
    return kind == MeetingKind.ONE_TO_ONE


def say(key: str, kind: MeetingKind, lang: Lang) -> str:
    """The text ``key`` for a meeting of ``kind``: to one employee in a 1:1, else to a group."""
    group, one = WORDS[key]
    return (one if one_to_one(kind) else group).get(lang)
