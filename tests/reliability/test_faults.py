"""Faults while saving: a Danish sentence, the previous file unchanged, the work kept elsewhere.

Faults are injected by making the ``os`` calls of the write fail as the system
would (the tests run as root on CI, where a read-only folder is still writable).
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from dialogtool.core import recovery
from dialogtool.core.failures import failure_sentence
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import FolderVanishedError, RecordStore

Fault = Callable[[pytest.MonkeyPatch, Path], None]


def _under(path: object, folder: Path) -> bool:
    return Path(os.fsdecode(path)).is_relative_to(folder)  # type: ignore[arg-type]


def _failing_open(code: int) -> Fault:
    """Creating a file in the data folder fails; elsewhere (the state folder) it works."""

    def inject(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        real_open = os.open

        def fake_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
            if flags & os.O_CREAT and _under(path, folder):
                raise OSError(code, os.strerror(code), str(path))
            return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", fake_open)

    return inject


def _disk_full(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The data folder's disk is full: flushing a file written there fails."""
    real_open, real_fsync = os.open, os.fsync
    in_folder: set[int] = set()

    def fake_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        fd = real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]
        (in_folder.add if _under(path, folder) else in_folder.discard)(fd)
        return fd

    def fake_fsync(fd: int) -> None:
        if fd in in_folder:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "fsync", fake_fsync)


def _folder_in_place(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    path = next(folder.glob("meeting-*.json"))
    path.rename(folder / "kept-aside.json")
    path.mkdir()


def _vanished(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    shutil.move(folder, folder.parent / "unplugged")


FAULTS: dict[str, tuple[Fault, str]] = {
    "disk full": (_disk_full, "Der er ikke mere plads på disken."),
    "permission denied": (_failing_open(errno.EACCES), "Du har ikke adgang"),
    "read-only folder": (_failing_open(errno.EROFS), "Drevet kan kun læses"),
    "folder in place of the file": (_folder_in_place, "Der ligger en mappe med filens navn"),
    "folder vanished": (_vanished, "Mappen findes ikke længere"),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_is_told_previous_file_kept_and_work_recovered(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "meetings"
    store = RecordStore(folder)
    record = MeetingRecord(title="Før fejlen")
    path = store.save(record)
    before = path.read_bytes()
    inject, words = FAULTS[name]
    record.fup.purpose = "Skrevet efter fejlen"
    with pytest.MonkeyPatch.context() as fault, pytest.raises(OSError) as info:
        inject(fault, folder)
        store.save(record)

    sentence = failure_sentence(info.value, "da")
    assert words in sentence
    assert "gendannelsesfil" in sentence and str(tmp_path) not in sentence
    if name == "folder vanished":
        assert isinstance(info.value, FolderVanishedError)
        assert not folder.exists(), "a vanished folder is not silently created again"
        assert (tmp_path / "unplugged" / path.name).read_bytes() == before
    elif name == "folder in place of the file":
        assert (folder / "kept-aside.json").read_bytes() == before
    else:
        assert path.read_bytes() == before
        assert not list(folder.glob(".*.tmp"))
    [kept] = recovery.pending()
    assert kept.record.fup.purpose == "Skrevet efter fejlen"
    assert not kept.path.is_relative_to(folder), "kept in another location"


def test_a_later_successful_save_forgets_the_recovery_file(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "meetings")
    record = MeetingRecord(title="Møde")
    store.save(record)
    record.title = "Ændret"
    with pytest.MonkeyPatch.context() as fault, pytest.raises(OSError):
        _disk_full(fault, tmp_path / "meetings")
        store.save(record)
    assert recovery.pending()
    store.save(record)  # the fault cleared: retrying works
    assert recovery.pending() == []


def test_recovered_work_is_restored_unless_the_meeting_moved_on(tmp_path: Path) -> None:
    folder = tmp_path / "meetings"
    store = RecordStore(folder)
    record = MeetingRecord(title="Gammel")
    store.save(record)
    kept = record.model_copy(update={"title": "Ny"})
    assert RecordStore(folder).restore(kept).read_bytes()  # nobody saved since: goes in
    assert store.load(record.id).title == "Ny"

    other = RecordStore(folder)
    later = other.load(record.id)
    later.title = "Kollegaens"
    other.save(later)
    stale = record.model_copy(update={"title": "Min gamle"})
    fresh = RecordStore(folder)
    with pytest.raises(Exception, match="changed by someone else"):
        fresh.restore(stale)
    assert fresh.load(record.id).title == "Kollegaens"
