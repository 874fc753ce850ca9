"""The session's undo: it says what changed, and the history ends with the meeting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from dialogtool.core import meeting
from dialogtool.core.library import Library
from dialogtool.core.operations import Changes, set_field
from dialogtool.core.record import ActionItem
from dialogtool.core.store import RecordStore
from dialogtool.core.templates import bundled_templates
from dialogtool.core.trials import trial_operation
from dialogtool.ui.preferences import LANGUAGE, preferences
from dialogtool.ui.session import MeetingSession


@pytest.fixture
def make_session(tmp_path: Path) -> Iterator[Callable[[], MeetingSession]]:
    """A session on a saved meeting, ended on the UI thread when the test ends."""
    sessions: list[MeetingSession] = []

    def make() -> MeetingSession:
        store = RecordStore(tmp_path / "meetings")
        record = meeting.new_meeting(bundled_templates()[0])
        store.save(record)
        sessions.append(MeetingSession(record, store, None, library=Library(tmp_path)))
        return sessions[-1]

    yield make
    for session in sessions:
        assert session.save_now()
        session.close()
        session.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_undo_emits_what_it_touched_and_step_changes_are_not_undone(
    qtbot: QtBot, make_session: Callable[[], MeetingSession]
) -> None:
    session = make_session()
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
    qtbot: QtBot, make_session: Callable[[], MeetingSession]
) -> None:
    session = make_session()
    session.apply(set_field("titel", Changes.FRAMING, ("title",), "Nyt navn"))
    assert session.undo_label == "titel"
    session.finish()
    assert session.undo_label is None and session.undo() == Changes.NONE
    refused = session.apply(set_field("titel", Changes.FRAMING, ("title",), "Igen"))
    assert refused == Changes.NONE and session.record.title == "Nyt navn"
    session.reopen()
    assert session.undo_label is None, "the history ended with the meeting"


@pytest.mark.parametrize(("lang", "label"), [("da", "Prøvehandling"), ("en", "Trial action")])
def test_an_edit_the_core_names_is_named_in_the_readers_language(
    make_session: Callable[[], MeetingSession], lang: str, label: str
) -> None:
    preferences().set(LANGUAGE, lang)
    session = make_session()
    action = ActionItem(text="Ring til fem virksomheder")
    session.record.action_items.append(action)
    session.apply(trial_operation(action.id, True))
    assert session.undo_label == label
