"""Crash-safe file writing: the old file stays intact until the new one is complete.

A temporary file is named ``.<name>.dialogtool-<pid>-<random>.tmp`` so that one
left by a killed process (it holds a full private record) is recognised and
removed by ``clean_stale_temp_files`` at the next start.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
TEMP_MARK = ".dialogtool-"
_TEMP_NAME = re.compile(r"^\..+\.dialogtool-(?P<pid>\d+)-[0-9a-f]+\.tmp$")
#: A temporary file of a live process older than this is left over all the same.
STALE_AFTER_S = 600.0


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents readable by the user only.

    ``mkdir(parents=True, mode=…)`` gives the mode to the last folder only, so
    each missing folder is made in turn; an existing ``path`` of the user's own
    that others may read is tightened to 0700 (POSIX).
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        _tighten(folder)
    if not path.is_dir():
        raise FileExistsError(errno.EEXIST, "a file is in the way of the folder")
    if not missing:
        _tighten(path)
    return path


def _tighten(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = folder.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            folder.chmod(PRIVATE_DIR_MODE)


def keep_new_files_private() -> None:
    """Make the process's umask take away group and others' access (POSIX).

    Called first thing by the program: then every folder and file it creates is
    private whatever the user's umask (even 000), also those written by Qt
    (QSettings' ``dialogtool.conf``, the file dialog's ``QtProject.conf``) and
    libraries, which create theirs with 0666/0777 minus the umask. The user's own
    stricter bits are kept.
    """
    if os.name == "posix":
        os.umask(os.umask(0o077) | 0o077)


def make_private(path: Path) -> None:
    """Take away others' access to a file of the user's own (POSIX; an older file may be 0644)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(PRIVATE_FILE_MODE)


def temp_path_for(path: Path) -> Path:
    return path.parent / f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}.tmp"


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file, fsync and rename.

    A crash at any moment leaves either the previous file or the new one, never
    a mix. The file is created with mode 0600 on POSIX. ``durable=False`` skips
    the two fsyncs, for a file that may be lost with a power cut (the lock that
    says who has a meeting open: it is stale after one anyway).
    """
    directory = path.parent
    tmp = temp_path_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        _fsync_dir(directory)


def clean_stale_temp_files(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove our temporary files left by a process that no longer runs (or long ago)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    moment = time.time() if now is None else now
    for tmp in folder.glob(f".*{TEMP_MARK}*.tmp"):
        match = _TEMP_NAME.match(tmp.name)
        if match is None:
            continue
        with contextlib.suppress(OSError):
            old = moment - tmp.lstat().st_mtime > STALE_AFTER_S
            if old or not process_alive(int(match["pid"])):
                tmp.unlink()
                removed.append(tmp)
    return removed


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot ask cheaply: only the age rule applies
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(directory: Path) -> None:
    """Persist the rename itself (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
