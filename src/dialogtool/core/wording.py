"""Whom the meeting speaks to: a team ("I", "teamet") or, in a 1:1, one employee.

The texts that name the people across the table come from here, so that the
leader's pages, the room's screen and the summary all speak to one employee in a
1:1 ("du", "medarbejderen") and never to a team that is not there.
"""

from __future__ import annotations

from typing import Final

from dialogtool.core.i18n import Lang, LocalizedText
from dialogtool.core.record import MeetingKind


def _t(da: str, en: str) -> LocalizedText:
    return LocalizedText(da=da, en=en)


#: key -> (the words for a group, the words for one employee).
WORDS: Final[dict[str, tuple[LocalizedText, LocalizedText]]] = {
    "person_field": (_t("Team / person", "Team / person"), _t("Medarbejder", "Employee")),
    "data_intro": (
        _t(
            "Vis ét nøgletal ad gangen. Lad teamet undersøge først, giv så dit perspektiv, "
            "og undersøg igen sammen.",
            "Show one indicator at a time. Let the team explore first, then give your "
            "perspective, and explore again together.",
        ),
        _t(
            "Vis ét nøgletal ad gangen. Lad medarbejderen undersøge først, giv så dit "
            "perspektiv, og undersøg igen sammen.",
            "Show one indicator at a time. Let the employee explore first, then give your "
            "perspective, and explore again together.",
        ),
    ),
    "ugu_explore": (
        _t(
            "Trin 1 af 3: Teamet undersøger – hvad lægger I mærke til?",
            "Step 1 of 3: The team explores – what do you notice?",
        ),
        _t(
            "Trin 1 af 3: Medarbejderen undersøger – hvad lægger du mærke til?",
            "Step 1 of 3: The employee explores – what do you notice?",
        ),
    ),
    "room_explore": (
        _t(
            "Trin 1 af 3 · Undersøg: hvad lægger I mærke til?",
            "Step 1 of 3 · Explore: what do you notice?",
        ),
        _t(
            "Trin 1 af 3 · Undersøg: hvad lægger du mærke til?",
            "Step 1 of 3 · Explore: what do you notice?",
        ),
    ),
    "room_predict": (
        _t("Gæt først: hvor tror I, tallet er landet?", "Guess first: where did the number land?"),
        _t("Gæt først: hvor tror du, tallet er landet?", "Guess first: where did the number land?"),
    ),
    "noticed_hint": (
        _t(
            "Teamets iagttagelser – før du siger noget",
            "The team's observations – before you speak",
        ),
        _t(
            "Medarbejderens iagttagelser – før du siger noget",
            "The employee's observations – before you speak",
        ),
    ),
    "perspective_hint": (
        _t(
            "Forbered det gerne – gruppen ser det først, når I har talt",
            "Prepare it if you like – the group sees it only after you have talked",
        ),
        _t(
            "Forbered det gerne – det vises først, når medarbejderen har talt",
            "Prepare it if you like – it is shown only after the employee has spoken",
        ),
    ),
    "response_hint": (
        _t("Teamets respons på dit perspektiv", "The team's response to your perspective"),
        _t(
            "Medarbejderens respons på dit perspektiv",
            "The employee's response to your perspective",
        ),
    ),
    "give_first": (
        _t("Skriv først, hvad teamet lægger mærke til.", "First write what the team notices."),
        _t(
            "Skriv først, hvad medarbejderen lægger mærke til.",
            "First write what the employee notices.",
        ),
    ),
    "noticed": (
        _t("Det lagde teamet mærke til", "What the team noticed"),
        _t("Det lagde medarbejderen mærke til", "What the employee noticed"),
    ),
    "response": (
        _t("Teamets respons", "The team's response"),
        _t("Medarbejderens respons", "The employee's response"),
    ),
    "checkin_intro": (
        _t(
            "Hver deltager kobler sig på formål og udbytte. Skriv kort, hvad hver især siger.",
            "Each participant connects to the purpose and outcome. Note briefly what each says.",
        ),
        _t(
            "Medarbejderen kobler sig på formål og udbytte. Skriv kort, hvad der bliver sagt.",
            "The employee connects to the purpose and outcome. Note briefly what is said.",
        ),
    ),
    "round_pick": (
        _t(
            "Sæt flueben ved de spørgsmål, I bruger. Metodens to spørgsmål er sat på forhånd.",
            "Tick the questions you use. The method's two questions are ticked already.",
        ),
        _t(
            "Sæt flueben ved de spørgsmål, du bruger. Metodens to spørgsmål er sat på forhånd.",
            "Tick the questions you use. The method's two questions are ticked already.",
        ),
    ),
    "actions_empty": (
        _t(
            "Ingen handlinger endnu. Tryk »Tilføj handling«, og skriv hvad I gør, hvem der "
            "gør det, og hvornår I følger op.",
            "No actions yet. Press “Add action” and write what you will do, who does "
            "it and when you will follow up.",
        ),
        _t(
            "Ingen handlinger endnu. Tryk »Tilføj handling«, og skriv hvad der skal ske, "
            "hvem der gør det, og hvornår der følges op.",
            "No actions yet. Press “Add action” and write what is to happen, who "
            "does it and when it is followed up.",
        ),
    ),
    "checkin_pick": (
        _t(
            "Sæt flueben ved de spørgsmål, I bruger. Metodens to spørgsmål står øverst og er "
            "sat på forhånd; andre spørgsmål fra teamets seneste møder foreslås ikke igen.",
            "Tick the questions you use. The method's two questions are at the top and ticked "
            "already; other questions from the team's recent meetings are not suggested again.",
        ),
        _t(
            "Sæt flueben ved de spørgsmål, du bruger. Metodens to spørgsmål står øverst og er "
            "sat på forhånd; andre spørgsmål fra de seneste samtaler med medarbejderen "
            "foreslås ikke igen.",
            "Tick the questions you use. The method's two questions are at the top and ticked "
            "already; other questions from your recent talks with the employee are not "
            "suggested again.",
        ),
    ),
}


def one_to_one(kind: MeetingKind) -> bool:
    return kind == MeetingKind.ONE_TO_ONE


def say(key: str, kind: MeetingKind, lang: Lang) -> str:
    """The text ``key`` for a meeting of ``kind``: to one employee in a 1:1, else to a group."""
    group, one = WORDS[key]
    return (one if one_to_one(kind) else group).get(lang)
