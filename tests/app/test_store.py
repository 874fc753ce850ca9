"""The record store: atomic, private, versioned, and careful with files it cannot read."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from dialogtool.core import migrations
from dialogtool.core.catalogue import render
from dialogtool.core.record import ActionItem, MeetingRecord, Participant
from dialogtool.core.store import (
    ProblemKind,
    RecordLoadError,
    RecordStore,
    RefusedOverwriteError,
    load_record,
)


def test_saved_record_loads_back_equal(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "meetings")
    record = MeetingRecord(title="Teammøde", participants=[Participant(name="Åse")])
    record.action_items.append(ActionItem(text="Ring til Jobcenter Øst", owner="Åse"))
    path = store.save(record)
    loaded = load_record(path)
    assert loaded == record
    assert loaded.revision == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_and_folder_are_private_to_the_user(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "meetings")
    path = store.save(MeetingRecord())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_failed_write_leaves_the_previous_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecordStore(tmp_path)
    record = MeetingRecord(title="Før")
    path = store.save(record)
    before = path.read_bytes()

    def fail_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail_fsync)
    record.title = "Efter"
    with pytest.raises(OSError):
        store.save(record)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (b"{not json", ProblemKind.CORRUPT, "beskadiget"),
        (b"[1, 2]", ProblemKind.CORRUPT, "beskadiget"),
        (b'{"schema_version": 999}', ProblemKind.FUTURE_VERSION, "version 999"),
        (b'{"schema_version": 1, "status": "maybe"}', ProblemKind.INVALID, "status"),
        (b"\xff\xfe\x00garbage", ProblemKind.CORRUPT, "beskadiget"),
    ],
)
def test_unreadable_files_are_explained_and_never_overwritten(
    tmp_path: Path, content: bytes, kind: ProblemKind, words: str
) -> None:
    store = RecordStore(tmp_path)
    path = store.path_for("broken")
    path.write_bytes(content)
    result = store.scan()
    assert [p.kind for p in result.problems] == [kind]
    assert words in render(result.problems[0].message, "da")
    assert path.name in render(result.problems[0].message, "en")
    with pytest.raises(RefusedOverwriteError):
        store.save(MeetingRecord(id="broken"))
    assert path.read_bytes() == content


def test_old_versions_are_migrated_on_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A version-0 file goes through the registered step to the current version."""

    def from_v0(raw: dict[str, object]) -> dict[str, object]:
        raw["title"] = raw.pop("name")
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, 0, from_v0)
    monkeypatch.setattr(migrations, "FIRST_SCHEMA_VERSION", 0)
    path = tmp_path / "meeting-old.json"
    path.write_text(json.dumps({"schema_version": 0, "name": "Gammelt møde"}), "utf-8")
    assert load_record(path).title == "Gammelt møde"


def test_missing_folder_scans_empty(tmp_path: Path) -> None:
    result = RecordStore(tmp_path / "nowhere").scan()
    assert result.records == [] and result.problems == []


def test_load_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "meeting-x.json"
    path.write_text("{}", "utf-8")
    with pytest.raises(RecordLoadError) as info:
        load_record(path)
    assert "meeting-x.json" in str(info.value)
