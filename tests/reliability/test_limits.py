"""One size limit for saving and loading, and one rule for ids, wherever a meeting is handled."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from dialogtool.core import meeting_files, record_file
from dialogtool.core.failures import failure_sentence
from dialogtool.core.paths import bin_dir
from dialogtool.core.record import MeetingRecord, PhaseId
from dialogtool.core.store import RecordStore


def test_a_50_mb_meeting_is_saved_and_listed_again_at_the_next_start(tmp_path: Path) -> None:
    record = MeetingRecord(title="Lange noter")
    record.phase_notes[PhaseId.PREPARE] = ("Indsat materiale med æøå. " * 2_000_000)[:50_000_000]
    path = RecordStore(tmp_path).save(record)
    assert path.stat().st_size > 50 * 10**6
    result = RecordStore(tmp_path).scan()  # the next start
    assert result.problems == [], "not moved to damaged/"
    [(_path, again)] = result.records
    assert again.phase_notes[PhaseId.PREPARE] == record.phase_notes[PhaseId.PREPARE]


def test_a_save_above_the_limit_is_refused_before_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialogtool.core.store import RecordTooLargeError

    monkeypatch.setattr(record_file, "MAX_RECORD_BYTES", 2**20)
    store = RecordStore(tmp_path)
    record = MeetingRecord(title="Voksende")
    path = store.save(record)
    before = path.read_bytes()
    record.phase_notes[PhaseId.PREPARE] = "x" * 2**21
    with pytest.raises(RecordTooLargeError) as info:
        store.save(record)
    assert path.read_bytes() == before
    sentence = failure_sentence(info.value, "da")
    assert "for stort til at blive gemt" in sentence and "ikke ændret" in sentence
    record.phase_notes[PhaseId.PREPARE] = "kortere"
    store.save(record)  # once the pasted text is gone it saves again
    assert [r.title for _p, r in RecordStore(tmp_path).scan().records] == ["Voksende"]


def test_a_listed_meeting_with_a_100_character_id_can_be_deleted_and_restored(
    tmp_path: Path,
) -> None:
    store = RecordStore(tmp_path / "meetings")
    record = MeetingRecord(id="m" * 100, title="Langt id")
    store.save(record)
    [(_path, listed)] = store.scan().records
    meeting_files.rename(store, listed.id, "Omdøbt")
    copy = meeting_files.duplicate(store, listed.id, "Kopi")
    binned = meeting_files.move_to_bin(
        store, listed.id, bin_dir(tmp_path), datetime(2026, 12, 6, tzinfo=UTC)
    )
    assert binned.exists()
    [entry] = meeting_files.bin_entries(bin_dir(tmp_path))
    assert (entry.record_id, entry.title) == (record.id, "Omdøbt")
    meeting_files.restore(store, entry)
    assert {r.id for _p, r in store.scan().records} == {record.id, copy.id}
