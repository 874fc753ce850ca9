"""Check-in and check-out questions: picked ones are recorded, recent ones are not suggested again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.rounds import RoundPage

from .helpers import saved_record


def round_page(window: MainWindow, phase: PhaseId) -> RoundPage:
    assert window.meeting_view is not None
    window.meeting_view.go_to(phase.value)
    page = window.meeting_view.current_page()
    assert isinstance(page, RoundPage)
    return page


def suggested(page: RoundPage) -> list[str]:
    model = page.question_model
    return [model.item(row).text() for row in range(model.rowCount())]


def tick(page: RoundPage, row: int) -> str:
    item = page.question_model.item(row)
    item.setCheckState(Qt.CheckState.Checked)
    return item.text()


def test_picked_checkin_is_recorded_and_not_suggested_to_the_same_team_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    team = view.session.record.team
    assert team, "the demo dataset gives the meeting a team"
    checkin = round_page(window, PhaseId.CHECKIN)
    first_offer = suggested(checkin)
    used = tick(checkin, 0)
    checkout = round_page(window, PhaseId.CHECKOUT)
    closing = tick(checkout, 1)
    saved = saved_record(view)["questions"]
    assert [(q["category"], q["phase"], q["text"]) for q in saved] == [
        ("checkin", "checkin", used),
        ("checkout", "checkout", closing),
    ]
    assert all(q["question_id"] and q["asked_at"] for q in saved)
    window.close_meeting()

    window.new_meeting("team-meeting")
    again = suggested(round_page(window, PhaseId.CHECKIN))
    assert used not in again
    assert again == [text for text in first_offer if text != used]

    # Another team has not had the question, so it is offered to them.
    assert window.session is not None
    window.session.record.team = "Et andet team"
    page = round_page(window, PhaseId.CHECKIN)
    page.refresh()
    assert used in suggested(page)
