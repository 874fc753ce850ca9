"""The session's undo: it says what changed, and the history ends with the meeting."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dialogtool.core import meeting
from dialogtool.core.library import Library
from dialogtool.core.operations import Changes, set_field
from dialogtool.core.store import RecordStore
from dialogtool.core.templates import bundled_templates
from dialogtool.ui.session import MeetingSession


def _session(tmp_path: Path) -> MeetingSession:
    store = RecordStore(tmp_path / "meetings")
    record = meeting.new_meeting(bundled_templates()[0])
    store.save(record)
    return MeetingSession(record, store, None, library=Library(tmp_path))


def test_undo_emits_what_it_touched_and_step_changes_are_not_undone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path)
    before = session.record.fup.purpose
    session.apply(set_field("formål", Changes.FRAMING, ("fup", "purpose"), "Vi lærer"))
    session.set_step(session.steps[1])
    with qtbot.waitSignal(session.edited) as edited:
        assert session.undo() == Changes.FRAMING
    assert edited.args == [Changes.FRAMING]
    assert session.record.fup.purpose == before
    assert session.step == session.steps[1], "navigation is not an edit"
    assert session.record.current_phase == session.steps[1]
    assert session.redo_label == "formål"
    session.redo()
    assert session.record.fup.purpose == "Vi lærer"
    assert session.dirty, "an undo or redo is saved like any edit"


def test_finishing_ends_the_history_and_a_finished_meeting_refuses_edits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path)
    session.apply(set_field("titel", Changes.FRAMING, ("title",), "Nyt navn"))
    assert session.undo_label == "titel"
    session.finish()
    assert session.undo_label is None and session.undo() == Changes.NONE
    refused = session.apply(set_field("titel", Changes.FRAMING, ("title",), "Igen"))
    assert refused == Changes.NONE and session.record.title == "Nyt navn"
    session.reopen()
    assert session.undo_label is None, "the history ended with the meeting"
