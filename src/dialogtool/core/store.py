"""The record store: one JSON file per meeting in a private folder.

Files that cannot be read (corrupt JSON, unknown ``schema_version``, invalid
content, too large, a link out of the folder) are reported, never rewritten: the
store refuses to save over a path whose existing content it could not load, and
``quarantine`` moves a damaged file aside unchanged.

The folder may be shared (OneDrive, a network drive): before writing, the file
on disk must still be the one this store last read or wrote (same content
hash); else the store writes our version as a conflict copy and raises
``ConflictError``. A file whose name does not belong to its record's id (a
copy, a sync tool's conflict copy) is reported, never opened as the original.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dialogtool.core import recovery
from dialogtool.core.atomic import (
    atomic_write_bytes,
    clean_stale_temp_files,
    ensure_private_dir,
)
from dialogtool.core.file_lock import exclusive
from dialogtool.core.record_file import (
    MAX_RECORD_BYTES,
    QUARANTINED_KINDS,
    RECORD_PREFIX,
    RECORD_SUFFIX,
    LoadProblem,
    ProblemKind,
    RecordLoadError,
    RecordTooLargeError,
    RefusedOverwriteError,
    UnsafeIdError,
    check_id,
    check_size,
    digest_of,
    dump_record,
    load_record,
    read_record,
)
from dialogtool.core.record_types import utc_now

if TYPE_CHECKING:  # the models load with the first record read (``record_file``)
    from dialogtool.core.record import MeetingRecord

__all__ = [
    "MAX_RECORD_BYTES",
    "RECORD_PREFIX",
    "RECORD_SUFFIX",
    "SAVE_LOCK",
    "ConflictError",
    "FolderVanishedError",
    "LoadProblem",
    "ProblemKind",
    "RecordLoadError",
    "RecordStore",
    "RecordTooLargeError",
    "RefusedOverwriteError",
    "ScanResult",
    "UnsafeIdError",
    "check_id",
    "dump_record",
    "has_meeting_files",
    "load_record",
]

#: Held (an OS lock) around the check and the rename of every save in the folder.
SAVE_LOCK = ".dialogtool-save.lock"
#: Damaged files are moved here, unchanged, with a timestamp in their name.
QUARANTINE_DIR = "damaged"


class ConflictError(Exception):
    """The file changed on disk since this store read it; our version is in ``copy``."""

    def __init__(self, path: Path, copy: Path) -> None:
        super().__init__(f"{path.name} was changed by someone else; ours is in {copy.name}")
        self.path = path
        self.copy = copy


class FolderVanishedError(FileNotFoundError):
    """The meetings folder existed and is gone (a USB stick or network drive unplugged)."""


@dataclass(frozen=True)
class ScanResult:
    records: list[tuple[Path, MeetingRecord]]
    problems: list[LoadProblem]


class RecordStore:
    """Meeting records in one folder. Not thread-safe; one writer at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: Paths whose content we could not read; saving over them is refused.
        self._unreadable: set[Path] = set()
        #: Hash of each record file as this store last read or wrote it, by record id.
        self._known: dict[str, str] = {}
        #: Records found under a name other than their own (renamed files), by id.
        self._renamed: dict[str, Path] = {}
        #: Our conflict copy per record id (written again, not multiplied, on each save).
        self._conflicts: dict[str, Path] = {}
        #: The folder existed once: if it vanishes it is not silently created again.
        self._folder_seen = folder.is_dir()

    def canonical_path(self, record_id: str) -> Path:
        return self.folder / f"{RECORD_PREFIX}{check_id(record_id)}{RECORD_SUFFIX}"

    def path_for(self, record_id: str) -> Path:
        """The record's file: its own name, or the name it was found under after a rename."""
        canonical = self.canonical_path(record_id)
        renamed = self._renamed.get(record_id)
        return renamed if renamed is not None and not canonical.exists() else canonical

    def clean_up(self) -> list[Path]:
        """At start: remove temporary files a killed process left (they hold whole records)."""
        return clean_stale_temp_files(self.folder)

    def scan(self) -> ScanResult:
        """Load every record in the folder, newest meeting first; collect the failures."""
        records: list[tuple[Path, MeetingRecord]] = []
        problems: list[LoadProblem] = []
        if not self.folder.is_dir():
            return ScanResult(records, problems)
        self._folder_seen = True
        by_id: dict[str, list[tuple[Path, MeetingRecord, str]]] = {}
        for path in sorted(self.folder.glob(f"*{RECORD_SUFFIX}")):
            if path.name.startswith("."):
                continue
            try:
                record, digest = read_record(path)
            except RecordLoadError as exc:
                self._unreadable.add(path)
                problems.append(exc.problem)
                continue
            self._unreadable.discard(path)
            by_id.setdefault(record.id, []).append((path, record, digest))
        for record_id, found in by_id.items():
            canonical = self.canonical_path(record_id)
            found.sort(key=lambda item: item[0] != canonical)  # its own name first
            path, record, digest = found[0]
            if path == canonical:
                self._renamed.pop(record_id, None)
            else:
                self._renamed[record_id] = path
            self._known[record_id] = digest
            records.append((path, record))
            for copy, _record, _digest in found[1:]:
                problems.append(LoadProblem(copy, ProblemKind.COPY, path.name))
        records.sort(key=lambda item: item[1].scheduled_at, reverse=True)
        return ScanResult(records, problems)

    def load(self, record_id: str) -> MeetingRecord:
        path = self.path_for(record_id)
        try:
            record, digest = read_record(path)
        except RecordLoadError:
            self._unreadable.add(path)
            raise
        self._unreadable.discard(path)
        self._known[record.id] = digest
        return record

    def save(self, record: MeetingRecord) -> Path:
        """Atomically write ``record``; bumps its revision and ``updated_at``.

        Raises ``RefusedOverwriteError`` over a file it could not read,
        ``ConflictError`` when the file changed on disk since it was read (our
        version is then in a conflict copy; also when another program replaced
        the file between our check and our rename), ``FolderVanishedError`` when
        the folder is gone, ``UnsafeIdError`` for an id that is not a plain name,
        ``RecordTooLargeError`` before writing a file that could never be loaded.
        """
        path = self.path_for(record.id)
        revision, updated_at = record.revision + 1, utc_now()
        data = dump_record(
            record.model_copy(update={"revision": revision, "updated_at": updated_at})
        )
        check_size(len(data))  # before anything is written: the file would never load
        try:
            self._ensure_folder()
            with exclusive(self.folder / SAVE_LOCK):
                on_disk = self._on_disk(path)
                if on_disk is not None and on_disk != self._known.get(record.id):
                    raise ConflictError(path, self._write_conflict_copy(record))
                atomic_write_bytes(path, data)
                after = _digest_now(path)
        except (OSError, RefusedOverwriteError) as exc:
            _keep_for_recovery(record, exc)
            raise
        if after != digest_of(data):
            # A program that takes no lock (a sync tool, an older dialogtool) replaced the
            # file between our check and our rename: ours lost. It must not count as saved.
            raise ConflictError(path, self._write_conflict_copy(record))
        self._known[record.id] = after
        record.revision, record.updated_at = revision, updated_at
        _forget_recovery(record.id)
        return path

    def restore(self, record: MeetingRecord) -> Path:
        """Save recovered work over its file if nobody saved the meeting since it was kept.

        Otherwise (the file's revision moved on) it becomes a conflict copy.
        """
        path = self.path_for(record.id)
        with contextlib.suppress(RecordLoadError):
            disk, digest = read_record(path)
            if disk.revision == record.revision:
                self._known[record.id] = digest
        return self.save(record)

    def _ensure_folder(self) -> None:
        if self.folder.is_dir():
            self._folder_seen = True
            ensure_private_dir(self.folder)
            return
        if self._folder_seen:
            raise FolderVanishedError(errno.ENOENT, "the meetings folder is gone")
        ensure_private_dir(self.folder)
        self._folder_seen = True

    def _on_disk(self, path: Path) -> str | None:
        """The hash of the file now at ``path`` (None: no file); refuses what it cannot read."""
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "a folder has the record's name")
        if path in self._unreadable:
            try:
                read_record(path)
            except RecordLoadError:
                raise RefusedOverwriteError(
                    f"{path.name} could not be read and will not be overwritten"
                ) from None
            self._unreadable.discard(path)
        try:
            return digest_of(path.read_bytes())
        except FileNotFoundError:
            return None

    def _write_conflict_copy(self, record: MeetingRecord) -> Path:
        copy = self._conflicts.get(record.id)
        if copy is None:
            # Unique, not only to the second: two programs may both lose in one second.
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            name = f"{RECORD_PREFIX}{record.id}.conflict-{stamp}-{secrets.token_hex(4)}"
            copy = self._conflicts[record.id] = self.folder / f"{name}{RECORD_SUFFIX}"
        atomic_write_bytes(copy, dump_record(record))
        return copy

    def quarantine(self, problem: LoadProblem) -> LoadProblem:
        """Move a damaged file aside, unchanged, with a timestamp; never over another file."""
        if problem.kind not in QUARANTINED_KINDS or problem.path.parent != self.folder:
            return problem
        target_dir = ensure_private_dir(self.folder / QUARANTINE_DIR)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(1, 100):
            suffix = "" if n == 1 else f"-{n}"
            target = target_dir / f"{problem.path.stem}.{stamp}{suffix}{problem.path.suffix}"
            if _move_without_overwriting(problem.path, target):
                self._unreadable.discard(problem.path)
                return replace(problem, moved_to=f"{QUARANTINE_DIR}/{target.name}")
        return problem


def has_meeting_files(folder: Path) -> bool:
    """Whether ``folder`` holds any meeting file (readable or not), without reading one."""
    return folder.is_dir() and any(
        p.suffix == RECORD_SUFFIX and not p.name.startswith(".") for p in folder.iterdir()
    )


def _keep_for_recovery(record: MeetingRecord, exc: Exception) -> None:
    """Saving failed: keep the record in the recovery folder and say so on ``exc``."""
    if record.revision == 0:
        return  # a new meeting that was never written holds nothing to recover
    try:
        recovery.keep(record)
    except (OSError, ValueError):
        return
    exc.add_note(recovery.KEPT_NOTE)


def _digest_now(path: Path) -> str | None:
    """The hash of what is at ``path`` right now (None: nothing)."""
    try:
        return digest_of(path.read_bytes())
    except FileNotFoundError:
        return None


def _forget_recovery(record_id: str) -> None:
    recovery.forget(record_id)


def _move_without_overwriting(source: Path, target: Path) -> bool:
    """Rename ``source`` to ``target`` unless ``target`` exists; False when it does."""
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: check, then rename
        if target.exists() or target.is_symlink():
            return False
        try:
            source.rename(target)
        except OSError:
            return False
        return True
    with contextlib.suppress(FileNotFoundError):
        source.unlink()
    return True
