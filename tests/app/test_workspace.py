"""The user's actions on meetings, without a window: each write keeps the index current."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogtool.app.workspace import UnknownTemplateError, Workspace
from dialogtool.core import locks, recovery
from dialogtool.core.record import MeetingStatus


def test_rename_duplicate_bin_and_restore_keep_the_index_current(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    record = workspace.new_meeting("team-meeting", "Team Nord")
    assert workspace.history.entry(record.id) is not None
    workspace.rename(record.id, "Sygefravær i Nord")
    entry = workspace.history.entry(record.id)
    assert entry is not None and entry.title == "Sygefravær i Nord"
    copy = workspace.duplicate(record.id, "Sygefravær i Nord (kopi)")
    assert workspace.history.entry(copy.id) is not None and copy.id != record.id
    workspace.move_to_bin(record.id)
    assert workspace.history.entry(record.id) is None
    assert [e.record_id for e in workspace.bin()] == [record.id]
    workspace.restore(record.id)
    assert workspace.history.entry(record.id) is not None and workspace.bin() == []


def test_open_holds_the_lock_and_rehearse_copies(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    record = workspace.new_meeting("team-meeting", "Team Nord")
    opened = workspace.open(record.id)
    assert opened.record.id == record.id and opened.other is None
    assert locks.lock_path(workspace.store.folder, record.id).exists()
    workspace.close(record.id)
    assert not locks.lock_path(workspace.store.folder, record.id).exists()
    rehearsal = workspace.rehearse(record.id)
    assert rehearsal.status == MeetingStatus.PLANNED and rehearsal is not record


def test_the_next_meeting_continues_the_series_and_unknown_templates_are_refused(
    tmp_path: Path,
) -> None:
    workspace = Workspace(tmp_path)
    first = workspace.new_meeting("team-meeting", "Team Nord")
    second = workspace.next_in_series(first.id)
    assert second.previous_id == first.id
    with pytest.raises(UnknownTemplateError):
        workspace.new_meeting("no-such-template")


def test_unsaved_work_is_put_back(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    record = workspace.new_meeting("team-meeting", "Team Nord")
    record.title = "Skrevet, mens disken var fuld"
    recovery.keep(record)
    assert [r.id for r in workspace.unsaved()] == [record.id]
    assert workspace.recover_unsaved() == []
    assert workspace.store.load(record.id).title == "Skrevet, mens disken var fuld"
    entry = workspace.history.entry(record.id)
    assert entry is not None and entry.title == "Skrevet, mens disken var fuld"
    assert workspace.unsaved() == []
