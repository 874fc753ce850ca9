"""A team's first meeting: the room's *Siden sidst* says why it is empty."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from dialogtool.core.record import PhaseId
from dialogtool.ui.main_window import MainWindow


def test_the_room_s_empty_review_says_why(window: MainWindow) -> None:
    view = window.new_meeting("follow-up")
    assert view is not None
    assert PhaseId.REVIEW in view.session.steps and not view.session.record.reviews
    view.session.start_meeting()
    view.go_to("checkin")
    view.presenter.start(from_start=False)
    view.go_to("review")
    QApplication.processEvents()
    audience = view.presenter.audience
    rows = [audience.action_model.item(r).text() for r in range(audience.action_model.rowCount())]
    assert audience.action_list.isVisibleTo(audience)
    assert rows == ["Ingen handlinger fra tidligere møder at følge op på – vi går videre."]
    view.go_to("data")
    QApplication.processEvents()
    assert not audience.action_list.isVisibleTo(audience), "only on the review step"
    view.presenter.stop()
