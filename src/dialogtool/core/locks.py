"""Who has a meeting open: a small lock file beside the record in a shared folder.

The lock does not forbid anything (a sync tool may deliver it late, and a
crashed app cannot remove it); it tells the second leader who has the meeting
open, so they do not both write in it. The store's conflict check is the guard.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

from dialogtool.core.atomic import atomic_write_bytes, process_alive
from dialogtool.core.record_file import check_id
from dialogtool.core.safe_json import JsonFileError, read_json_file

#: A lock older than this is left over from a crash or a forgotten laptop.
LOCK_STALE_S = 3 * 3600.0


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: float

    @property
    def is_us(self) -> bool:
        return self.host == platform.node() and self.pid == os.getpid()


def lock_path(folder: Path, record_id: str) -> Path:
    return folder / f".meeting-{check_id(record_id)}.lock"


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or passwd
        user = "?"
    return Holder(user, platform.node(), os.getpid(), time.time())


def holder(folder: Path, record_id: str, *, now: float | None = None) -> Holder | None:
    """Someone else who has the meeting open now, or None."""
    path = lock_path(folder, record_id)
    try:
        raw = read_json_file(path, max_bytes=4096)
        found = Holder(str(raw["user"]), str(raw["host"]), int(raw["pid"]), float(raw["since"]))
        age = (time.time() if now is None else now) - path.stat().st_mtime
    except (JsonFileError, OSError, KeyError, TypeError, ValueError):
        return None
    crashed = found.host == platform.node() and not process_alive(found.pid)
    if found.is_us or crashed or age > LOCK_STALE_S:
        return None
    return found


def acquire(folder: Path, record_id: str) -> Holder | None:
    """Mark the meeting as ours; returns who else had it open (we take it all the same)."""
    other = holder(folder, record_id)
    me = _me()
    data = json.dumps({"user": me.user, "host": me.host, "pid": me.pid, "since": me.since})
    with contextlib.suppress(OSError):
        # No fsync: it waits for the disk on every opening (tens of ms on a busy one), and
        # a lock lost with a power cut is a stale lock anyway.
        atomic_write_bytes(lock_path(folder, record_id), data.encode("utf-8"), durable=False)
    return other


def release(folder: Path, record_id: str) -> None:
    """Remove our lock (not another leader's, who took the meeting after us)."""
    path = lock_path(folder, record_id)
    with contextlib.suppress(JsonFileError, OSError, KeyError, TypeError, ValueError):
        raw = read_json_file(path, max_bytes=4096)
        if raw["host"] == platform.node() and raw["pid"] == os.getpid():
            path.unlink()
