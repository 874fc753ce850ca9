"""Where the meeting is lives on the session: pages and the presenter follow it both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core import phases
from dialogtool.core.record import PhaseId
from dialogtool.core.slides import DataView
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import ID_ROLE, DataPage
from dialogtool.ui.phase_pages import PAGES


def test_step_indicator_view_and_question_are_the_session_s(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    session = view.session
    assert session.step == PhaseId.PREPARE

    row = session.steps.index(PhaseId.DATA)
    rect = view.step_view.visualRect(view.steps.index(row, 0))
    qtbot.mouseClick(view.step_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.step == PhaseId.DATA
    page = view.pages[PhaseId.DATA]
    assert isinstance(page, DataPage)
    assert view.stack.currentWidget() is page

    third = page.indicator_model.index(2, 0)
    rect = page.indicator_view.visualRect(third)
    qtbot.mouseClick(page.indicator_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.indicator_id == third.data(ID_ROLE)
    slide = view.presenter.audience.slide
    assert slide is not None and slide.indicator is not None
    assert slide.indicator.indicator_id == session.indicator_id, "the room sees the same one"

    first_id = page.indicator_model.index(0, 0).data(ID_ROLE)
    session.set_indicator(first_id)
    assert page.indicator_view.currentIndex().data(ID_ROLE) == first_id

    qtbot.mouseClick(page.views.buttons.button(1), Qt.MouseButton.LeftButton)
    assert session.view == DataView.COMPARE
    session.set_view(DataView.LATEST)
    assert page.views.current_view() == "latest"

    script = view.presenter.script
    last = script.model.index(script.model.rowCount() - 1, 0)
    script.view.setCurrentIndex(last)
    qtbot.mouseClick(script.show_button, Qt.MouseButton.LeftButton)
    chosen = session.room_question()
    assert chosen and chosen in last.data()
    assert view.presenter.audience.question.text() == chosen

    view.go_to("checkin")
    assert session.step == PhaseId.CHECKIN
    assert view.step_view.currentIndex().row() == session.steps.index(PhaseId.CHECKIN)


def test_every_kind_of_step_has_a_page() -> None:
    assert set(PAGES) == {spec.kind for spec in phases.REGISTRY.values()}
