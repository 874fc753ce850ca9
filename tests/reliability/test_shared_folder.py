"""A shared data folder (OneDrive, Dropbox, a network drive) with two leaders in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dialogtool.core import locks
from dialogtool.core.catalogue import render
from dialogtool.core.failures import failure_sentence
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import (
    ConflictError,
    ProblemKind,
    RecordStore,
    RefusedOverwriteError,
    UnsafeIdError,
    load_record,
)
from dialogtool.core.user_library import load_user_files


def test_two_writers_never_overwrite_each_other(tmp_path: Path) -> None:
    mine, theirs = RecordStore(tmp_path), RecordStore(tmp_path)
    record = MeetingRecord(title="Fælles møde")
    path = mine.save(record)
    their_copy = theirs.load(record.id)
    their_copy.title = "Jens' titel"
    theirs.save(their_copy)

    record.title = "Min titel"
    with pytest.raises(ConflictError) as info:
        mine.save(record)
    assert load_record(path).title == "Jens' titel", "the other's save stays"
    assert load_record(info.value.copy).title == "Min titel", "ours is in the conflict copy"
    sentence = failure_sentence(info.value, "da")
    assert "ændret et andet sted" in sentence and info.value.copy.name in sentence

    [copy_problem] = RecordStore(tmp_path).scan().problems
    assert copy_problem.kind == ProblemKind.COPY and copy_problem.path == info.value.copy
    assert "flyt ændringerne over i hånden" in render(copy_problem.message, "da")


def test_a_second_conflicting_save_reuses_one_conflict_copy(tmp_path: Path) -> None:
    mine, theirs = RecordStore(tmp_path), RecordStore(tmp_path)
    record = MeetingRecord(title="A")
    mine.save(record)
    theirs.save(theirs.load(record.id))
    copies = set()
    for title in ("B", "C"):
        record.title = title
        with pytest.raises(ConflictError) as info:
            mine.save(record)
        copies.add(info.value.copy)
    [copy] = copies
    assert load_record(copy).title == "C"


@pytest.mark.parametrize(
    "name",
    [
        "meeting-{id} (1).json",
        "meeting-{id}-PCNAME.json",
        "meeting-{id} (Jens' conflicted copy).json",
    ],
)
def test_sync_tool_conflict_copies_are_named_not_opened(tmp_path: Path, name: str) -> None:
    store = RecordStore(tmp_path)
    record = MeetingRecord(title="Original")
    path = store.save(record)
    copy = tmp_path / name.format(id=record.id)
    shutil.copy(path, copy)
    result = store.scan()
    assert [p for p, _r in result.records] == [path], "the original is listed once"
    [problem] = result.problems
    assert problem.kind == ProblemKind.COPY and problem.path == copy
    assert copy.name in render(problem.message, "da") and path.name in render(problem.message, "da")
    assert store.path_for(record.id) == path, "opening it opens the original, by its own name"


def test_a_renamed_record_opens_and_saves_in_its_file(tmp_path: Path) -> None:
    store = RecordStore(tmp_path)
    record = MeetingRecord(title="Omdøbt")
    path = store.save(record)
    renamed = path.rename(tmp_path / "vores møde.json")
    fresh = RecordStore(tmp_path)
    [(listed, _r)] = fresh.scan().records
    assert listed == renamed
    loaded = fresh.load(record.id)
    loaded.title = "Omdøbt og rettet"
    assert fresh.save(loaded) == renamed
    assert sorted(p.name for p in tmp_path.glob("*.json")) == ["vores møde.json"]


def test_a_crafted_id_never_writes_outside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "meetings"
    store = RecordStore(folder)
    with pytest.raises(UnsafeIdError):
        store.save(MeetingRecord(id="x/../../escaped"))
    with pytest.raises(UnsafeIdError):
        store.path_for("../escaped")
    assert not list(tmp_path.rglob("*escaped*"))
    assert failure_sentence(UnsafeIdError("x"), "da") == "Navnet kan ikke bruges som filnavn."


def test_a_file_unreadable_once_can_be_saved_once_readable(tmp_path: Path) -> None:
    store = RecordStore(tmp_path)
    record = MeetingRecord(title="Synkroniseres")
    good = record.model_dump_json().encode()
    path = store.path_for(record.id)
    path.write_bytes(good[:30])  # the sync tool is half-way
    assert store.scan().problems
    with pytest.raises(RefusedOverwriteError):
        store.save(record)
    path.write_bytes(good)  # the sync tool finished
    loaded = store.load(record.id)
    loaded.title = "Gemt igen"
    store.save(loaded)
    assert load_record(path).title == "Gemt igen"


def test_the_lock_file_names_who_has_the_meeting_open(tmp_path: Path) -> None:
    record = MeetingRecord()
    assert locks.acquire(tmp_path, record.id) is None
    path = locks.lock_path(tmp_path, record.id)
    other = '{"user": "jens", "host": "PC-JENS", "pid": 1, "since": 0}'
    path.write_text(other, "utf-8")
    holder = locks.acquire(tmp_path, record.id)
    assert holder is not None and (holder.user, holder.host) == ("jens", "PC-JENS")
    assert locks.holder(tmp_path, record.id) is None, "now we hold it"
    path.write_text(other, "utf-8")
    stale = path.stat().st_mtime + locks.LOCK_STALE_S + 1
    assert locks.holder(tmp_path, record.id, now=stale) is None, "a stale lock is ignored"
    locks.release(tmp_path, record.id)
    assert path.exists(), "someone else's lock is not removed"
    locks.acquire(tmp_path, record.id)
    locks.release(tmp_path, record.id)
    assert not path.exists()


def test_two_instances_editing_the_question_library_do_not_overwrite(tmp_path: Path) -> None:
    from dialogtool.core.library import Library, LibraryError
    from dialogtool.core.questions import LocalizedText

    mine, theirs = Library(tmp_path), Library(tmp_path)
    text = LocalizedText(da="Hvad så vi?", en="What did we see?")
    category = "tomm.detektiv"
    theirs.create_question(category, text)
    with pytest.raises(LibraryError) as info:
        mine.create_question(category, LocalizedText(da="Mit spørgsmål", en="Mine"))
    assert "ændret et andet sted" in render(info.value.message, "da")
    again = mine.create_question(category, LocalizedText(da="Mit spørgsmål", en="Mine"))
    [(_path, file)] = load_user_files(tmp_path).question_files
    assert [q.text.da for q in file.questions] == [
        "Hvad så vi?",
        "Mit spørgsmål",
    ]
    assert again.id == file.questions[1].id


def test_a_crafted_template_id_never_writes_outside_the_library(tmp_path: Path) -> None:
    from dialogtool.core.library import Library

    library = Library(tmp_path / "data")
    template = next(iter(library.templates())).model_copy(update={"id": "../../escaped"})
    with pytest.raises(Exception):  # noqa: B017 - refused, whatever the class
        library.save_template(template)
    assert not list(tmp_path.rglob("*escaped*"))


def test_a_short_conflict_run_detects_every_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util
    import json

    script = Path(__file__).resolve().parents[2] / "scripts" / "conflict_run.py"
    spec = importlib.util.spec_from_file_location("conflict_run", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--rounds", "150", "--seed", "3"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["conflicts_detected"] > 0
    assert figures["silent_overwrites"] == figures["edits_lost"] == 0


def _script(name: str) -> object:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_real_programs_saving_at_once_lose_no_save() -> None:
    """Two processes, 150 saves each of a 200 kB record: before the OS lock ~100 words were lost."""
    race = _script("race_run")
    figures = race.run(saves=150, pad=200_000, timeout=90.0)  # type: ignore[attr-defined]
    assert figures["saves"] == 300
    assert figures["lost"] == 0, figures


def test_a_file_replaced_between_check_and_rename_becomes_a_conflict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that takes no lock (a sync tool) lands right after our rename: ours lost."""
    from dialogtool.core import store as store_module

    mine = RecordStore(tmp_path)
    record = MeetingRecord(title="Fælles")
    path = mine.save(record)
    theirs = load_record(path)
    theirs.title = "Synkroniseret fra Jens' pc"
    real_write = store_module.atomic_write_bytes

    def write_then_sync_tool_delivers(target: Path, data: bytes) -> None:
        real_write(target, data)
        if target == path:
            real_write(path, theirs.model_dump_json().encode())

    monkeypatch.setattr(store_module, "atomic_write_bytes", write_then_sync_tool_delivers)
    record.title = "Min titel"
    with pytest.raises(ConflictError) as info:
        mine.save(record)
    assert load_record(path).title == "Synkroniseret fra Jens' pc"
    assert load_record(info.value.copy).title == "Min titel", "ours is in the conflict copy"
    monkeypatch.undo()
    with pytest.raises(ConflictError):
        mine.save(record)  # not taken as saved: the next save still meets their version


def test_two_conflict_copies_in_one_second_get_two_names(tmp_path: Path) -> None:
    first, second, third = RecordStore(tmp_path), RecordStore(tmp_path), RecordStore(tmp_path)
    record = MeetingRecord(title="A")
    first.save(record)
    mine, yours = second.load(record.id), third.load(record.id)
    first.save(first.load(record.id))
    copies = []
    for store, held, title in ((second, mine, "Min"), (third, yours, "Din")):
        held.title = title
        with pytest.raises(ConflictError) as info:
            store.save(held)
        copies.append(info.value.copy)
    assert copies[0] != copies[1]
    assert [load_record(c).title for c in copies] == ["Min", "Din"], "neither replaced the other"


def test_the_save_lock_excludes_and_a_stuck_holder_does_not_block_for_ever(
    tmp_path: Path,
) -> None:
    import time

    from dialogtool.core.file_lock import exclusive

    lock = tmp_path / ".dialogtool-save.lock"
    with exclusive(lock) as first:
        assert first
        started = time.monotonic()
        with exclusive(lock, wait_s=0.2) as second:
            assert not second, "held by another: not taken"
        assert 0.2 <= time.monotonic() - started < 2.0, "waited, then went on unlocked"
    with exclusive(lock, wait_s=0.2) as again:
        assert again, "released"
    assert lock.exists(), "never removed (removing a lock file reopens the race)"
