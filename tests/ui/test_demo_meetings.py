"""The demo ships a finished meeting and its planned follow-up, for an empty folder only."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from dialogtool.core import review
from dialogtool.core.demo_meetings import FILES, bundled
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import ActionStatus, MeetingRecord, MeetingStatus
from dialogtool.core.resources import resource_dir
from dialogtool.core.store import SAVE_LOCK, RecordStore
from dialogtool.core.summary import build_summary, render_markdown
from dialogtool.ui.app import install_demo_meetings
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.review import MOVEMENT, ReviewPage


def test_the_bundled_files_are_valid_records_of_one_series() -> None:
    for name in FILES:
        MeetingRecord.model_validate_json(resource_dir("demo").joinpath(name).read_bytes())
    finished, planned = bundled()
    assert finished.status == MeetingStatus.FINISHED and finished.follow_up is not None
    linked = [a for a in finished.action_items if a.indicator_id]
    assert len(linked) == 2 and all(a.status == ActionStatus.OPEN for a in linked)
    assert finished.explanations and finished.phase_notes
    assert planned.status == MeetingStatus.PLANNED
    assert planned.series_id == finished.id and planned.previous_id == finished.id
    assert planned.scheduled_at.date() == finished.follow_up
    moved = [review.movement_text(i, "da") for i in planned.reviews if i.indicator_id]
    assert len(moved) == 2 and all("→" in m for m in moved), moved
    summary = render_markdown(build_summary(finished))
    assert "Ring til fem virksomheder om løntimer" in summary
    assert "PRIVAT" not in summary, "the private note stays out of the shared summary"


def test_demo_start_offers_the_series_when_there_are_no_meetings(
    qtbot: QtBot, make_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    install_demo_meetings(data_dir)
    window = make_window()
    titles = [e.title for e in window.start_page.recent_model.records]
    assert titles == [
        "Opfølgning på løntimer og jobsamtaler",
        "Teammøde om løntimer og jobsamtaler",
    ]
    view = window.open_meeting(window.start_page.recent_model.records[0].id)
    assert view is not None
    view.go_to("review")
    page = view.current_page()
    assert isinstance(page, ReviewPage) and page.model.rowCount() == 3
    assert "→" in page.model.index(0, MOVEMENT).data()


def test_the_demo_never_touches_a_folder_that_has_meetings(data_dir: Path) -> None:
    store = RecordStore(meetings_dir(data_dir))
    own = store.save(MeetingRecord(title="Mit eget møde"))
    before = hashlib.sha256(own.read_bytes()).hexdigest()
    install_demo_meetings(data_dir)
    written = sorted(p.name for p in store.folder.iterdir() if p.name != SAVE_LOCK)
    assert written == [own.name]
    assert hashlib.sha256(own.read_bytes()).hexdigest() == before
