"""English is complete: no unfinished entry, no Danish on any screen of a meeting in English.

Every screen is the start screen and every phase of the example meeting, a team
meeting and a 1:1, on the leader's window and the room's, as ``dialogtool
screenshots --lang en`` renders them. What the people in the meeting wrote and
the data's own names (the participants, the teams of the demo file) are theirs,
not the program's, and are left out of the search.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from tests.ui.screen_texts import screen_texts

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import PARTICIPANTS
from dialogtool.ui.preferences import LANGUAGE, preferences
from dialogtool.ui.presenter.screenshots import staged_screens

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "dialogtool_en.ts"

DANISH_LETTERS = re.compile("[æøåÆØÅ]")
#: Common Danish words that are no English word (nor a name in the demo data).
DANISH_WORDS = re.compile(
    r"\b(og|ikke|det|af|til|med|på|er|jeg|vi|kan|skal|har|som|hvad|hvordan|hvorfor|"
    r"hvornår|mødet|møde|nøgletal|handling|handlinger|spørgsmål|gem|vis|luk|trin|"
    r"undersøg|giv|deltagere|tjek|forrige|næste|seneste|ingen|alle|gruppen|teamet|"
    r"mål|dato|frist|uge|siden|sidst|også|eller|nu|fra|ud|ind)\b",
    re.IGNORECASE,
)


def test_every_entry_of_the_english_catalogue_is_translated() -> None:
    unfinished = [
        message.findtext("source")
        for message in ET.parse(TS).getroot().iter("message")
        if (translation := message.find("translation")) is not None
        and (translation.get("type") == "unfinished" or not (translation.text or "").strip())
    ]
    assert unfinished == []


def data_words() -> list[str]:
    """The names that belong to the data and the people, longest first."""
    names = {*PARTICIPANTS, *(name.split()[0] for name in PARTICIPANTS)}
    names |= set(load_demo_dataset("en").groups)
    return sorted(names, key=len, reverse=True)


def danish_on(widget: QWidget, exempt: list[str]) -> list[str]:
    found = []
    for holder, text in screen_texts(widget):
        for name in exempt:
            text = text.replace(name, " ")
        if DANISH_LETTERS.search(text) or DANISH_WORDS.search(text):
            found.append(f"{type(holder).__name__} {holder.objectName()!r}: {text!r}")
    return found


@pytest.mark.parametrize("one_to_one", [False, True], ids=["team", "1to1"])
def test_every_screen_of_a_meeting_in_english_is_english(
    qapp: QApplication, data_dir: Path, one_to_one: bool
) -> None:
    preferences().set(LANGUAGE, "en")
    exempt = data_words()
    found: dict[str, list[str]] = {}
    screens = 0
    for screen in staged_screens(one_to_one=one_to_one):
        screens += 1
        name = screen.phase.value if screen.phase else "start"
        for part, widget in (("window", screen.window), ("room", screen.audience)):
            if widget is not None and (danish := danish_on(widget, exempt)):
                found[f"{name}/{part}"] = danish
    assert screens >= 10  # the start screen and every phase
    assert not found, "\n".join(f"{k}: {p}" for k, v in found.items() for p in v)


START_DIALOGS = (
    "open_bin",
    "open_insight",
    "open_retention",
    "open_actions",
    "open_indicator_history",
    "open_question_library",
)


def test_the_start_screens_dialogs_in_english_are_english(
    qapp: QApplication, data_dir: Path
) -> None:
    preferences().set(LANGUAGE, "en")
    exempt = data_words()
    found: dict[str, list[str]] = {}
    opened = []
    screens = staged_screens()  # the start screen comes first
    start = next(screens)
    for name in START_DIALOGS:
        before = set(QApplication.topLevelWidgets())
        getattr(start.window.start_page, name)()
        for dialog in set(QApplication.topLevelWidgets()) - before:
            if dialog.isVisible():
                opened.append(name)
                if danish := danish_on(dialog, exempt):
                    found[name] = danish
            dialog.close()
    screens.close()
    assert set(opened) == set(START_DIALOGS)
    assert not found, "\n".join(f"{k}: {p}" for k, v in found.items() for p in v)
