"""Trial actions through the real window: set on Handlinger, followed up in Siden sidst, summed up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import ReviewStatus
from dialogtool.core.store import load_record
from dialogtool.core.summary import SummaryOptions, build_summary
from dialogtool.core.summary.text import render_text
from dialogtool.core.trials import TRIAL_SUCCESS
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.actions import TEXT, ActionsPage
from dialogtool.ui.pages.review import STATUS, ReviewPage

EXPECT = "Flere borgere med løntimer i oktober"
LEARNED = "Ingen flere løntimer, men vi ved nu, at ringerunden ikke er vejen"


def test_a_trial_is_set_followed_up_next_time_and_summed_up(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None and window.session is not None
    one = window.session.record
    view.go_to("actions")
    page = view.current_page()
    assert isinstance(page, ActionsPage)
    row = page.add_action()
    page.view.closePersistentEditor(page.model.index(row, TEXT))
    page.model.setData(page.model.index(row, TEXT), "Ring til fem virksomheder")
    page.view.setCurrentIndex(page.model.index(row, TEXT))
    editor = page.trial_editor
    assert not editor.expectation.isEnabled(), "an expectation belongs to a trial"
    qtbot.mouseClick(editor.trial, Qt.MouseButton.LeftButton)
    assert editor.expectation.isEnabled()
    qtbot.keyClicks(editor.expectation, EXPECT)
    action = one.action_items[0]
    assert action.trial and action.expectation == EXPECT
    summary = render_text(build_summary(one, "da", SummaryOptions()))
    assert f"prøvehandling; vi forventer: {EXPECT}" in summary
    page.follow_up_check.setChecked(True)
    window.session.finish()
    assert window.close_meeting()

    start = window.start_page
    start.recent_view.selectRow(0)
    qtbot.mouseClick(start.next_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.meeting_view is not None
    two = window.session.record
    window.meeting_view.go_to("review")
    review = window.meeting_view.current_page()
    assert isinstance(review, ReviewPage)
    [item] = two.reviews
    assert item.trial and item.expectation == EXPECT
    review.model.setData(review.model.index(0, STATUS), ReviewStatus.NOT_DONE.value)
    review.view.setCurrentIndex(review.model.index(0, 0))
    learned = review.learned_editor
    assert learned.isVisible() and EXPECT in learned.expected.text()
    assert TRIAL_SUCCESS.get("da") in learned.success.text()
    qtbot.keyClicks(learned.learned, LEARNED)
    qtbot.keyClick(learned.learned, Qt.Key.Key_Return)
    assert two.reviews[0].learned == LEARNED

    summary = render_text(build_summary(two, "da", SummaryOptions()))
    assert f"Det lærte vi af prøvehandlingen: {LEARNED}" in summary
    assert TRIAL_SUCCESS.get("da") in summary, (
        "a trial that did not improve things is a success too"
    )
    earlier = load_record(meetings_dir(data_dir) / f"meeting-{one.id}.json")
    assert earlier.action_items[0].learned == LEARNED, "written into the meeting that agreed it"
