"""The core reads the one catalogue (the UI's .ts) without Qt, selectors and all."""

from __future__ import annotations

from dialogtool.core import wording
from dialogtool.core.catalogue import text
from dialogtool.core.record import MeetingKind


def test_a_core_text_comes_out_in_the_readers_language_from_the_shared_catalogue() -> None:
    assert wording.say("ugu_explore", MeetingKind.TEAM, "en") == (
        "Step 1 of 3: The team explores – what do you notice?"
    )
    assert wording.say("ugu_explore", MeetingKind.ONE_TO_ONE, "en") == (
        "Step 1 of 3: The employee explores – what do you notice?"
    )
    assert wording.say("ugu_explore", MeetingKind.ONE_TO_ONE, "da").startswith(
        "Trin 1 af 3: Medarbejderen undersøger"
    )


def test_every_wording_has_english_for_a_team_and_for_one_employee() -> None:
    missing = [
        f"{key}/{kind.value}"
        for key in wording.WORDS
        for kind in (MeetingKind.TEAM, MeetingKind.ONE_TO_ONE)
        if wording.say(key, kind, "en") == wording.say(key, kind, "da")
        and key != "person_field"  # "Team / person" is the same in both
    ]
    assert missing == []


def test_a_text_the_catalogue_lacks_stays_danish_rather_than_empty() -> None:
    assert text("Wording", "Ikke i kataloget", "en") == "Ikke i kataloget"
