"""Unsaved work kept outside the data folder, offered again at the next start.

When a meeting cannot be saved (disk full, read-only or vanished folder), its
record is written to the user's state folder: a different place, often a
different drive, than the data folder that just failed. A successful save of
the meeting removes it again. Like LibreOffice's autorecovery, but one file per
meeting and only while saving fails.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.paths import APP_NAME
from dialogtool.core.record_file import RecordLoadError, check_id, dump_record, load_record

if TYPE_CHECKING:  # the models load with the first record read
    from dialogtool.core.record import MeetingRecord

STATE_DIR_ENV = "DIALOGTOOL_STATE_DIR"
SUFFIX = ".recovery.json"
#: Added to a failed save's exception when its record was kept here.
KEPT_NOTE = "dialogtool: kept in the recovery folder"


def recovery_dir() -> Path:
    """``DIALOGTOOL_STATE_DIR`` (tests, portable setups), else the OS's user state folder."""
    env = os.environ.get(STATE_DIR_ENV)
    base = Path(env).expanduser() if env else Path(platformdirs.user_state_dir(APP_NAME))
    return base / "recovery"


def _path(record_id: str) -> Path:
    return recovery_dir() / f"{check_id(record_id)}{SUFFIX}"


def keep(record: MeetingRecord) -> Path:
    """Write ``record`` to its recovery file (raises ``OSError`` if that fails too)."""
    path = _path(record.id)
    ensure_private_dir(path.parent)
    atomic_write_bytes(path, dump_record(record))
    return path


def forget(record_id: str) -> None:
    """The meeting was saved: its recovery file is no longer needed."""
    with contextlib.suppress(OSError, ValueError):
        _path(record_id).unlink(missing_ok=True)


def was_kept(exc: BaseException) -> bool:
    return KEPT_NOTE in getattr(exc, "__notes__", ())


@dataclass(frozen=True)
class Recovered:
    path: Path
    record: MeetingRecord


def pending() -> list[Recovered]:
    """Recovery files left by a session whose saving failed, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found: list[Recovered] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        with contextlib.suppress(RecordLoadError):
            found.append(Recovered(path, load_record(path)))
    found.sort(key=lambda item: item.record.updated_at, reverse=True)
    return found


def discard(item: Recovered) -> None:
    with contextlib.suppress(OSError):
        item.path.unlink(missing_ok=True)
