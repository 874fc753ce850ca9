"""The words only the summary and its exports use, in Danish and English."""

from __future__ import annotations

from typing import Final

from dialogtool.core.i18n import LocalizedText


def _t(da: str, en: str) -> LocalizedText:
    return LocalizedText(da=da, en=en)


WORDS: Final = {
    "purpose_outcome": _t("Formål og udbytte", "Purpose and outcome"),
    "close_out": _t(
        "Det vigtigste og vores læring – nåede vi udbyttet?",
        "The most important points and learning – did we reach the outcome?",
    ),
    "learned": _t("Det lærte vi af prøvehandlingen", "What the trial taught us"),
    "expected": _t("Det forventede vi", "What we expected"),
    "what": _t("Hvad", "What"),
    "who": _t("Hvem", "Who"),
    "by_when": _t("Hvornår", "By when"),
    "indicator": _t("Nøgletal", "Indicator"),
    "status": _t("Status", "Status"),
    "trial": _t("prøvehandling; vi forventer", "trial; we expect"),
    "no_actions": _t("Ingen aftalte handlinger.", "No actions agreed."),
    "not_shown": _t("Grafen blev ikke vist på skærmen.", "The chart was not shown on the screen."),
    "tally": _t("Indlæg pr. person", "Contributions per person"),
    "leader": _t("Mødeleder", "Chair"),
    "participant": _t("Deltager", "Participant"),
    "employee_copy": _t(
        "Medarbejderens kopi af 1:1-datasamtalen.",
        "The employee's copy of the 1:1 data conversation.",
    ),
    "leader_copy": _t(
        "Lederens eget eksemplar – indeholder private noter; giv det ikke videre.",
        "The leader's own copy – it holds private notes; do not pass it on.",
    ),
    "page": _t("Side {page} af {pages}", "Page {page} of {pages}"),
    "cut": _t(
        "… (forkortet – hele opsamlingen er i den gemte fil)",
        "… (shortened – the whole summary is in the saved file)",
    ),
    "follow_up_event": _t("Opfølgning", "Follow-up"),
    "due_event": _t("Frist", "Due"),
    "from_meeting": _t("Aftalt på mødet", "Agreed at the meeting"),
}
