"""The words only the summary and its exports use, in Danish and English."""

from __future__ import annotations

from typing import Final

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP

WORDS: Final = {
    "purpose_outcome": QT_TRANSLATE_NOOP("Summary", "Formål og udbytte"),
    "close_out": QT_TRANSLATE_NOOP("Summary", "Det vigtigste og vores læring – nåede vi udbyttet?"),
    "learned": QT_TRANSLATE_NOOP("Summary", "Det lærte vi af prøvehandlingen"),
    "expected": QT_TRANSLATE_NOOP("Summary", "Det forventede vi"),
    "what": QT_TRANSLATE_NOOP("Summary", "Hvad"),
    "who": QT_TRANSLATE_NOOP("Summary", "Hvem"),
    "by_when": QT_TRANSLATE_NOOP("Summary", "Hvornår"),
    "indicator": QT_TRANSLATE_NOOP("Summary", "Nøgletal"),
    "status": QT_TRANSLATE_NOOP("Summary", "Status"),
    "trial": QT_TRANSLATE_NOOP("Summary", "prøvehandling; vi forventer"),
    "no_actions": QT_TRANSLATE_NOOP("Summary", "Ingen aftalte handlinger."),
    "not_shown": QT_TRANSLATE_NOOP("Summary", "Grafen blev ikke vist på skærmen."),
    "tally": QT_TRANSLATE_NOOP("Summary", "Indlæg pr. person"),
    "leader": QT_TRANSLATE_NOOP("Summary", "Mødeleder"),
    "participant": QT_TRANSLATE_NOOP("Summary", "Deltager"),
    "employee_copy": QT_TRANSLATE_NOOP("Summary", "Medarbejderens kopi af 1:1-datasamtalen."),
    "leader_copy": QT_TRANSLATE_NOOP(
        "Summary", "Lederens eget eksemplar – indeholder private noter; giv det ikke videre."
    ),
    "page": QT_TRANSLATE_NOOP("Summary", "Side {page} af {pages}"),
    "cut": QT_TRANSLATE_NOOP("Summary", "… (forkortet – hele opsamlingen er i den gemte fil)"),
    "follow_up_event": QT_TRANSLATE_NOOP("Summary", "Opfølgning"),
    "due_event": QT_TRANSLATE_NOOP("Summary", "Frist"),
    "from_meeting": QT_TRANSLATE_NOOP("Summary", "Aftalt på mødet"),
}
