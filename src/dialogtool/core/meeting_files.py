"""Delete to a recoverable bin, restore, rename and duplicate meetings.

The bin is a folder beside the meetings folder; a deleted meeting's file is
moved there unchanged under a name that says when it was deleted, and restore
moves it back under the store's own name for its id. Ids are checked before
they become part of a path, and nothing is ever moved over an existing file.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dialogtool.core.atomic import ensure_private_dir
from dialogtool.core.dataset_cache import release_unused
from dialogtool.core.record_file import ID_PATTERN
from dialogtool.core.record_file import check_id as safe_id
from dialogtool.core.record_types import MeetingStatus, new_id, utc_now
from dialogtool.core.store import RecordLoadError, RecordStore, load_record

if TYPE_CHECKING:  # the models load with a record, not to list the bin (the welcome asks)
    from dialogtool.core.record import MeetingRecord

_BIN_NAME = re.compile(rf"(\d{{8}}T\d{{6}}Z)--({ID_PATTERN})\.json")


class BinError(Exception):
    """A restore would overwrite a meeting, or the file in the bin is not a meeting."""


@dataclass(frozen=True)
class BinEntry:
    path: Path
    record_id: str
    deleted_at: datetime
    title: str


def move_to_bin(store: RecordStore, record_id: str, bin_folder: Path, now: datetime) -> Path:
    """Move a meeting's file into the bin (raises ``OSError`` when it cannot)."""
    source = store.path_for(safe_id(record_id))
    ensure_private_dir(bin_folder)
    target = bin_folder / f"{now.strftime('%Y%m%dT%H%M%SZ')}--{record_id}.json"
    if target.exists():
        raise BinError(f"{target.name} is already in the bin")
    source.replace(target)
    # Its data go with the last meeting that used them (personal data do not linger).
    with contextlib.suppress(OSError):
        release_unused(store.folder)
    return target


def bin_entries(bin_folder: Path) -> list[BinEntry]:
    """What the bin holds, most recently deleted first (files it cannot read are skipped)."""
    entries = []
    try:
        paths = list(bin_folder.iterdir())
    except OSError:
        return []
    for path in paths:
        match = _BIN_NAME.fullmatch(path.name)
        if match is None:
            continue
        try:
            title = load_record(path).title
        except RecordLoadError:
            title = ""
        when = datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ")
        entries.append(BinEntry(path, match.group(2), when, title))
    return sorted(entries, key=lambda e: e.deleted_at, reverse=True)


def restore(store: RecordStore, entry: BinEntry) -> Path:
    """Move a deleted meeting back; refused when a meeting with its id exists again."""
    target = store.path_for(safe_id(entry.record_id))
    if target.exists():
        raise BinError(f"{target.name} exists")
    ensure_private_dir(store.folder)
    entry.path.replace(target)
    return target


def rename(store: RecordStore, record_id: str, title: str) -> MeetingRecord:
    record = store.load(safe_id(record_id))
    record.title = title.strip()
    store.save(record)
    return record


def duplicate(store: RecordStore, record_id: str, title: str) -> MeetingRecord:
    """A new planned meeting with the plan of another: FUP, phases, people, picked questions.

    What was said and agreed stays with the original: the copy has no notes,
    rounds, reviews or actions, and is not part of the original's series.
    """
    from dialogtool.core.record import MeetingRecord

    original = store.load(safe_id(record_id))
    copy = MeetingRecord(
        kind=original.kind,
        title=title.strip(),
        team=original.team,
        scheduled_at=utc_now(),
        duration_minutes=original.duration_minutes,
        template_id=original.template_id,
        facilitator=original.facilitator,
        participants=[p.model_copy() for p in original.participants],
        fup=original.fup.model_copy(deep=True),
        leader_role=original.leader_role,
        starting_domain=original.starting_domain,
        dataset_source=original.dataset_source,
        dataset_sha256=original.dataset_sha256,
        phases=[p.model_copy() for p in original.phases],
        questions=[
            q.model_copy(update={"id": new_id(), "asked_at": None, "notes": ""})
            for q in original.questions
        ],
        status=MeetingStatus.PLANNED,
    )
    from dialogtool.core import meeting  # the meeting's rules load on a duplicate, not with the bin

    meeting.reset_clock(copy)
    store.save(copy)
    return copy
