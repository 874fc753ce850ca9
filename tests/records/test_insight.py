"""Indsigt: everything recorded about one person, for an access request (issue 24)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dialogtool.core.insight import NameMatcher, collect, findings_in, kept_records
from dialogtool.core.meeting_files import move_to_bin
from dialogtool.core.paths import bin_dir, meetings_dir
from dialogtool.core.record import (
    ActionItem,
    AgendaItem,
    Explanation,
    IndicatorDiscussion,
    MeetingKind,
    MeetingRecord,
    Participant,
    ParticipantEntry,
    PhaseId,
    ReviewItem,
)
from dialogtool.core.store import RecordStore

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def meeting_about_mette() -> MeetingRecord:
    mette, ole = Participant(name="Mette Hansen"), Participant(name="Ole Berg")
    record = MeetingRecord(title="Teammøde", team="Team Syd", participants=[mette, ole])
    record.fup.process = [AgendaItem(title="Data om ledighed", owner="Mette Hansen")]
    record.checkin = [
        ParticipantEntry(participant_id=mette.id, text="Jeg er spændt på tallene."),
        ParticipantEntry(participant_id=ole.id, text="Jeg håber på ro."),
    ]
    record.phase_notes = {PhaseId.DATA: "Mette hansen pegede på sæsonen."}
    record.private_notes = {
        PhaseId.DATA: "Mette Hansen virker presset.",
        PhaseId.CHECKIN: "Ole skal have mere plads.",
    }
    record.indicators = [
        IndicatorDiscussion(indicator_id="x", leader_perspective="Tal med Mette Hansen om det."),
        IndicatorDiscussion(
            indicator_id="y",
            leader_perspective="Mette Hansen har ret i sæsonen.",
            perspective_revealed_at=NOW,
        ),
    ]
    record.explanations = [Explanation(text="Mette Hansens sager er tunge")]
    record.action_items = [
        ActionItem(text="Ring til virksomhederne", owner="Mette Hansen"),
        ActionItem(text="Ny plan", owner="Ole Berg"),
    ]
    record.reviews = [
        ReviewItem(
            action_id="a", meeting_id="m", meeting_date=NOW.date(), text="Opfølgning", owner="Mette"
        )
    ]
    record.talk_tally = {mette.id: 7, ole.id: 3}
    return record


def paths(record: MeetingRecord, include_private: bool = False, *names: str) -> dict[str, str]:
    matcher = NameMatcher(names or ("Mette Hansen",))
    return {f.path: f.text for f in findings_in(record, matcher, include_private=include_private)}


def test_every_field_that_names_the_person_is_found() -> None:
    found = paths(meeting_about_mette())
    assert found["participants[0].name"] == "Mette Hansen"
    assert found["fup.process[0].owner"] == "Mette Hansen: Data om ledighed"
    assert found["checkin[0].text"] == "Jeg er spændt på tallene."  # her own words, by id
    assert "checkin[1].text" not in found  # Ole's words are not about her
    assert found["phase_notes.data"] == "Mette hansen pegede på sæsonen."  # any case
    assert found["explanations[0].text"] == "Mette Hansens sager er tunge"  # the genitive
    assert found["action_items[0].owner"] == "Mette Hansen: Ring til virksomhederne"
    assert "action_items[1].owner" not in found
    # A perspective given to the room is part of the meeting, not a private note.
    assert found["indicators[1].leader_perspective"] == "Mette Hansen har ret i sæsonen."


def test_a_first_name_is_found_only_when_the_leader_names_it() -> None:
    record = meeting_about_mette()
    assert "reviews[0].owner" not in paths(record)
    assert not NameMatcher(["Mette"]).mentions("Mettesen var her")  # whole words only
    with_alias = paths(record, False, "Mette Hansen", "Mette")
    assert with_alias["reviews[0].owner"] == "Mette: Opfølgning"


def test_private_notes_are_left_out_unless_the_leader_includes_them() -> None:
    record = meeting_about_mette()
    without = paths(record)
    assert "private_notes.data" not in without
    assert "indicators[0].leader_perspective" not in without  # never given to the room
    assert "talk_tally" not in without
    matcher = NameMatcher(["Mette Hansen"])
    included = {f.path: f for f in findings_in(record, matcher, include_private=True)}
    assert included["private_notes.data"].private
    assert included["private_notes.data"].text == "Mette Hansen virker presset."
    assert included["indicators[0].leader_perspective"].private
    assert included["talk_tally"].text == "7"
    # Even then, a private note about someone else is not hers to see.
    assert not any("Ole skal" in f.text for f in included.values())


def test_a_series_under_the_persons_name_carries_its_numbers(tmp_path: Path) -> None:
    from dialogtool.core.record import IndicatorSnapshot, SeriesSnapshot

    record = MeetingRecord(kind=MeetingKind.ONE_TO_ONE, team="Mette Hansen")
    snapshot = IndicatorSnapshot(
        indicator_id="x",
        name="Samtaler",
        series=[SeriesSnapshot(group="Mette Hansen", periods=["2026M01"], values=[12.0])],
    )
    record.indicators = [IndicatorDiscussion(indicator_id="x", snapshot=snapshot)]
    found = paths(record)
    assert found["team"] == "Mette Hansen"
    assert found["indicators[0].snapshot.series[0].group"] == "Mette Hansen – 2026M01: 12.0"


def test_the_report_spans_meetings_and_the_bin_oldest_first(tmp_path: Path) -> None:
    store = RecordStore(meetings_dir(tmp_path))
    about = meeting_about_mette()
    about.scheduled_at = datetime(2026, 3, 1, tzinfo=UTC)
    other = MeetingRecord(title="Uden Mette", participants=[Participant(name="Ole Berg")])
    binned = meeting_about_mette()
    binned.scheduled_at = datetime(2025, 1, 1, tzinfo=UTC)
    for record in (about, other, binned):
        store.save(record)
    move_to_bin(store, binned.id, bin_dir(tmp_path), NOW)
    report = collect(kept_records(store, bin_dir(tmp_path)), ["Mette Hansen"], now=NOW)
    assert [m.record.id for m in report.meetings] == [binned.id, about.id]
    assert [m.in_bin for m in report.meetings] == [True, False]


def run_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "dialogtool", "--data-dir", str(data), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_the_command_writes_a_pdf_and_a_json(tmp_path: Path) -> None:
    RecordStore(meetings_dir(tmp_path / "data")).save(meeting_about_mette())
    out = tmp_path / "out"
    out.mkdir()
    done = run_cli(tmp_path / "data", "indsigt", "Mette Hansen", "-o", str(out))
    assert done.returncode == 0, done.stderr
    (json_file,) = out.glob("Indsigt Mette Hansen *.json")
    report = json.loads(json_file.read_text(encoding="utf-8"))
    assert report["includes_private_notes"] is False
    texts = [f["text"] for m in report["meetings"] for f in m["findings"]]
    assert "Jeg er spændt på tallene." in texts
    assert not any("presset" in text for text in texts)
    (pdf,) = out.glob("Indsigt Mette Hansen *.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Indsigt: Mette Hansen" in text
        assert "Jeg er spændt på tallene." in text
        assert "presset" not in text


def test_her_own_words_that_also_name_her_are_listed_once() -> None:
    record = meeting_about_mette()
    record.checkin[0].text = "Mette Hansen her – spændt"
    found = [f.path for f in findings_in(record, NameMatcher(["Mette Hansen"]))]
    assert found.count("checkin[0].text") == 1
