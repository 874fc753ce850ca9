"""Autosave writes on a writer thread, in order; closing still writes on the spot."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from dialogtool.core.library import Library
from dialogtool.core.operations import Changes, set_field
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordStore
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.session import MeetingSession


def on_disk(store: RecordStore, record: MeetingRecord) -> dict[str, object]:
    data: dict[str, object] = json.loads(store.path_for(record.id).read_text("utf-8"))
    return data


def test_autosave_reaches_the_disk_in_order_and_save_now_waits_for_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = RecordStore(tmp_path / "meetings")
    record = MeetingRecord(title="Første")
    store.save(record)
    session = MeetingSession(record, store, None, library=Library(tmp_path))
    session.apply(set_field("titel", Changes.FRAMING, ("title",), "Anden"))
    with qtbot.waitSignal(session.saved, timeout=5000):
        pass  # the autosave timer fires, the writer thread writes
    assert on_disk(store, record)["title"] == "Anden"
    assert record.revision == on_disk(store, record)["revision"] == 2
    assert not session.dirty
    session.apply(set_field("titel", Changes.FRAMING, ("title",), "Tredje"))
    session.save_in_background()
    # typed while the write is in flight
    session.apply(set_field("titel", Changes.FRAMING, ("title",), "Fjerde"))
    assert session.save_now(), "the close path writes and says it worked"
    assert on_disk(store, record)["title"] == "Fjerde", "the last edit is the one kept"
    assert record.revision == on_disk(store, record)["revision"] == 4
    assert not session.dirty


def test_a_failed_background_write_is_told_and_stays_unsaved(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "meetings"
    store = RecordStore(folder)
    record = MeetingRecord(title="Møde")
    store.save(record)
    session = MeetingSession(record, store, None, library=Library(tmp_path))
    shutil.rmtree(folder)
    folder.write_text("not a folder")  # the meetings folder cannot be written to
    session.apply(set_field("titel", Changes.FRAMING, ("title",), "Ændret"))
    with qtbot.waitSignal(session.saveFailed, timeout=5000) as blocker:
        session.save_in_background()
    assert "kunne ikke gemmes" in blocker.args[0]
    assert session.dirty
    folder.unlink()
    folder.mkdir()  # the drive is back: a vanished folder is never made again behind one's back
    assert session.save_now()
    assert on_disk(store, record)["title"] == "Ændret"


def test_closing_a_meeting_ends_its_autosave_thread(qtbot: QtBot, window: MainWindow) -> None:
    """One writer thread per meeting opened in a day stayed behind until the app quit."""
    before = _autosave_threads()
    for title in ("Mandag", "Tirsdag", "Onsdag"):
        assert window.new_meeting("team-meeting") is not None
        session = window.session
        assert session is not None
        session.apply(set_field("titel", Changes.FRAMING, ("title",), title))
        with qtbot.waitSignal(session.saved, timeout=5000):
            session.save_in_background()
        assert window.close_meeting()
    assert _autosave_threads() == before


def _autosave_threads() -> int:
    return sum(t.name.startswith("autosave") and t.is_alive() for t in threading.enumerate())
