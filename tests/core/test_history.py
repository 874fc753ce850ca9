"""The history index: search every meeting; follow files changed by other programs."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dialogtool.core import meeting_files
from dialogtool.core.actions import write_back
from dialogtool.core.catalogue import render
from dialogtool.core.history import HistoryIndex, index_path
from dialogtool.core.paths import bin_dir
from dialogtool.core.record import (
    ActionItem,
    ActionStatus,
    Explanation,
    MeetingKind,
    MeetingRecord,
    Participant,
    PhaseId,
    ReviewItem,
    ReviewStatus,
)
from dialogtool.core.store import RecordStore


def _record(title: str, team: str, when: datetime, **fields: object) -> MeetingRecord:
    return MeetingRecord(title=title, team=team, scheduled_at=when, **fields)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> RecordStore:
    return RecordStore(tmp_path / "data" / "meetings")


def test_search_by_text_participant_team_kind_and_date(store: RecordStore) -> None:
    nord = _record(
        "Teammøde om løntimer",
        "Team Nord",
        datetime(2026, 3, 1, 9, tzinfo=UTC),
        participants=[Participant(name="Åse Ødegård")],
        phase_notes={PhaseId.DATA: "Vi så et fald i foråret"},
        explanations=[Explanation(text="Sygemeldinger i teamet")],
        action_items=[ActionItem(text="Ring til fem virksomheder", owner="Bjørn")],
    )
    syd = _record(
        "Samtale med Emil",
        "Emil",
        datetime(2026, 4, 1, 9, tzinfo=UTC),
        kind=MeetingKind.ONE_TO_ONE,
        participants=[Participant(name="Emil Østergaard")],
    )
    for record in (nord, syd):
        store.save(record)
    index = HistoryIndex(store.folder, None)
    index.sync()

    def ids(**criteria: object) -> list[str]:
        return [e.id for e in index.search(**criteria)]  # type: ignore[arg-type]

    assert ids() == [syd.id, nord.id], "newest first"
    assert ids(text="fald") == [nord.id], "phase notes"
    assert ids(text="sygemeld") == [nord.id], "explanations, by the beginning of a word"
    assert ids(text="virksomheder ring") == [nord.id], "actions, every word"
    assert ids(text="virksomheder emil") == []
    assert ids(participant="østergaard") == [syd.id]
    assert ids(participant="fald") == [], "a participant search looks at participants only"
    assert ids(team="team nord") == [nord.id]
    assert ids(kind=MeetingKind.ONE_TO_ONE) == [syd.id]
    assert ids(since=date(2026, 3, 15)) == [syd.id]
    assert ids(until=date(2026, 3, 15)) == [nord.id]
    assert ids(text='"ring" OR *') == [], "the user's words are words, never query syntax"


def test_a_record_changed_by_another_program_is_found_by_its_new_text(
    store: RecordStore, tmp_path: Path
) -> None:
    record = _record("Teammøde", "Team Nord", datetime(2026, 3, 1, tzinfo=UTC))
    path = store.save(record)
    index = HistoryIndex(store.folder, tmp_path / "cache" / "index.sqlite3")
    index.sync()
    assert index.search("kaffeordning") == []

    raw = json.loads(path.read_text("utf-8"))
    raw["phase_notes"] = {"data": "Vi talte om kaffeordningen"}
    path.write_text(json.dumps(raw), "utf-8")  # a sync tool or a colleague's copy of the app
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))

    db = tmp_path / "cache" / "index.sqlite3"
    if os.name == "posix":
        assert db.stat().st_mode & 0o777 == 0o600, "the index is as private as the records"
    reopened = HistoryIndex(store.folder, db)
    assert reopened.sync().read == 1, "only the changed file is read again"
    assert [e.id for e in reopened.search("kaffeordningen")] == [record.id]
    assert reopened.sync().read == 0

    path.unlink()
    assert reopened.sync().removed == 1 and reopened.meetings() == []


def test_unreadable_files_are_named_until_they_are_repaired(store: RecordStore) -> None:
    good = _record("Godt møde", "", datetime(2026, 3, 1, tzinfo=UTC))
    store.save(good)
    broken = store.folder / "meeting-broken.json"
    broken.write_text('{"schema_version": 2, "title": "halvt', "utf-8")
    index = HistoryIndex(store.folder, None)
    index.sync()
    assert [p.path.name for p in index.problems()] == ["meeting-broken.json"]
    assert "er beskadiget" in render(index.problems()[0].message, "da")
    assert [e.id for e in index.meetings()] == [good.id]

    broken.write_text(_record("Repareret", "", good.scheduled_at, id="broken").model_dump_json())
    index.sync()
    assert index.problems() == []
    assert {e.title for e in index.meetings()} == {"Godt møde", "Repareret"}


def test_a_damaged_index_is_rebuilt_and_an_unusable_cache_is_not_needed(
    store: RecordStore, tmp_path: Path
) -> None:
    store.save(_record("Teammøde", "", datetime(2026, 3, 1, tzinfo=UTC)))
    db = tmp_path / "cache" / "index.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database" * 100)
    index = HistoryIndex(store.folder, db)
    index.sync()
    assert [e.title for e in index.meetings()] == ["Teammøde"]

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    in_memory = HistoryIndex(store.folder, blocked / "index.sqlite3")
    in_memory.sync()
    assert [e.title for e in in_memory.meetings()] == ["Teammøde"]


def test_each_data_folder_has_its_own_index(tmp_path: Path) -> None:
    one = index_path(tmp_path / "a" / "meetings", tmp_path / "cache")
    two = index_path(tmp_path / "b" / "meetings", tmp_path / "cache")
    assert one != two and one.parent == two.parent == tmp_path / "cache" / "history"


def test_delete_moves_to_the_bin_and_restore_brings_it_back(store: RecordStore) -> None:
    record = _record("Teammøde", "", datetime(2026, 3, 1, tzinfo=UTC))
    path = store.save(record)
    content = path.read_bytes()
    bin_folder = bin_dir(store.folder.parent)
    in_bin = meeting_files.move_to_bin(
        store, record.id, bin_folder, datetime(2026, 3, 2, 10, tzinfo=UTC)
    )
    assert not path.exists() and in_bin.parent == bin_folder
    assert in_bin.read_bytes() == content, "moved unchanged"
    (entry,) = meeting_files.bin_entries(bin_folder)
    assert (entry.record_id, entry.title) == (record.id, "Teammøde")
    assert meeting_files.restore(store, entry) == path
    assert path.read_bytes() == content and meeting_files.bin_entries(bin_folder) == []

    with pytest.raises(ValueError):
        meeting_files.move_to_bin(store, "x/../../escaped", bin_folder, datetime.now(UTC))


def test_rename_and_duplicate(store: RecordStore) -> None:
    record = _record(
        "Teammøde",
        "Team Nord",
        datetime(2026, 3, 1, tzinfo=UTC),
        participants=[Participant(name="Åse")],
        action_items=[ActionItem(text="Ring")],
        phase_notes={PhaseId.DATA: "Sagt i mødet"},
    )
    store.save(record)
    assert meeting_files.rename(store, record.id, "  Teammøde i marts ").title == "Teammøde i marts"
    copy = meeting_files.duplicate(store, record.id, "Teammøde i april")
    assert copy.id != record.id and store.load(copy.id).title == "Teammøde i april"
    assert [p.name for p in copy.participants] == ["Åse"]
    assert copy.action_items == [] and copy.phase_notes == {}, "what was said stays"
    assert [p.phase for p in copy.phases] == [p.phase for p in record.phases]


def test_a_review_is_never_written_over_a_file_that_could_not_be_read(
    store: RecordStore,
) -> None:
    source = _record("Sidst", "Team Nord", datetime(2026, 3, 1, tzinfo=UTC), id="earlier")
    action = ActionItem(text="Ring")
    source.action_items = [action]
    path = store.save(source)
    path.write_text('{"schema_version": 2, "broken', "utf-8")  # damaged since
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    later = _record("Nu", "Team Nord", datetime(2026, 4, 1, tzinfo=UTC), series_id="earlier")
    later.reviews = [
        ReviewItem(
            action_id=action.id,
            meeting_id="earlier",
            meeting_date=date(2026, 3, 1),
            text="Ring",
            status=ReviewStatus.DONE,
        )
    ]
    (failure,) = write_back(store, later, date(2026, 4, 1))
    assert failure.meeting_title == ""
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    path.write_text(source.model_dump_json(), "utf-8")  # repaired
    assert write_back(RecordStore(store.folder), later, date(2026, 4, 1)) == []
    assert store.load("earlier").action_items[0].status == ActionStatus.DONE
