"""An operating-system lock held while a file is checked and replaced.

Two programs (two dialogtool instances on one synced or network folder) that
save the same record must not both pass the "is the file still the one I read?"
check before either renames its new file into place. The lock is taken on a
small hidden file that is never renamed or removed (a lock on the record file
itself would stay on the old inode after the rename, and removing a lock file
lets a third program lock a new one while the second still holds the old).

POSIX: ``fcntl.flock`` (per open file, so it also excludes two stores in one
process). Windows: ``msvcrt.locking`` on the first byte. Both are released by
the operating system when the process dies, so a killed app never leaves the
folder locked. Written by hand rather than with ``filelock``: 40 lines with no
dependency, and ``filelock`` removes the lock file on release on Windows, which
is the race described above.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from dialogtool.core.atomic import PRIVATE_FILE_MODE, make_private

#: Longer than any save (a 50 MB record fsyncs in well under a second); a holder
#: that keeps it longer is stuck, and the save goes on with the hash check alone.
LOCK_WAIT_S = 10.0
_POLL_S = 0.005


@contextlib.contextmanager
def exclusive(path: Path, *, wait_s: float = LOCK_WAIT_S) -> Iterator[bool]:
    """Hold an exclusive lock on ``path`` (created 0600 if missing) for the ``with`` block.

    Yields whether the lock is held: after ``wait_s`` (a holder that is stuck, e.g.
    on a stalled network drive) the block runs without it, guarded by the store's
    hash checks alone. Raises ``OSError`` when the lock file cannot be opened (the
    folder is read-only or gone: the write would fail the same way).
    """
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        make_private(path)
        deadline = time.monotonic() + wait_s
        held = _try_lock(fd)
        while not held and time.monotonic() < deadline:
            time.sleep(_POLL_S)
            held = _try_lock(fd)
        try:
            yield held
        finally:
            if held:
                _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    _HELD = {errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:  # EACCES/EDEADLOCK: held; anything else: no locks here
            return exc.errno not in _HELD
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:  # ENOLCK, EOPNOTSUPP: a file system without locks
            return True  # the hash check before and after the rename still guards
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
