"""Check-in and check-out questions: picked ones are recorded; the pair stays, recent variants rotate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.rounds import QUESTION_ID_ROLE, RoundPage

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
    model = checkin.question_model
    assert [model.item(r).checkState() for r in (0, 1, 2)] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
    ], "the method's pair is ticked already"
    pair = first_offer[0]
    variant = tick(checkin, 2)  # rows 0 and 1 are the method's own pair
    checkout = round_page(window, PhaseId.CHECKOUT)
    closing = suggested(checkout)[:2]
    saved = [q for q in saved_record(view)["questions"] if q["phase"] != "tomm"]  # Tomm's picks
    assert [(q["category"], q["phase"], q["text"]) for q in saved] == [
        ("checkin", "checkin", first_offer[0]),
        ("checkin", "checkin", first_offer[1]),
        ("checkout", "checkout", closing[0]),
        ("checkout", "checkout", closing[1]),
        ("checkin", "checkin", variant),
    ]
    assert all(q["question_id"] for q in saved)
    assert saved[-1]["asked_at"], "a ticked variant is asked"
    window.close_meeting()

    window.new_meeting("team-meeting")
    again = suggested(round_page(window, PhaseId.CHECKIN))
    # The method's pair is offered first in every meeting; only the variant rotates.
    assert again[:2] == first_offer[:2] and pair in again
    assert variant not in again
    assert again == [text for text in first_offer if text != variant]

    # Another team has not had the variant, so it is offered to them.
    assert window.session is not None
    window.session.record.team = "Et andet team"
    page = round_page(window, PhaseId.CHECKIN)
    page.refresh()
    assert variant in suggested(page)


def test_every_round_offers_the_method_pair_first(qtbot: QtBot, window: MainWindow) -> None:
    for template_id in ("one-to-one", "goal-setting", "citizen-level"):
        window.new_meeting(template_id)
        for phase, pair in (
            (PhaseId.CHECKIN, ("checkin.01", "checkin.02")),
            (PhaseId.CHECKOUT, ("checkout.01", "checkout.02")),
        ):
            page = round_page(window, phase)
            model = page.question_model
            ids = [model.item(row).data(QUESTION_ID_ROLE) for row in range(model.rowCount())]
            assert tuple(ids[:2]) == pair, (template_id, phase)
        window.close_meeting()
