"""The leader's role and starting domain steer the meeting, not just sit in the preparation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core import meeting
from dialogtool.core.library import Library
from dialogtool.core.record import Domain, LeaderRole, MeetingRecord, PhaseId, UguStep
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.pages.framing import FramingPage


def test_only_the_afgraenser_may_state_the_direction_first_and_the_record_says_so() -> None:
    item = meeting.discussion(MeetingRecord(), "kontakter")
    with pytest.raises(meeting.UguOrderError):
        meeting.advance_ugu(item, role=LeaderRole.INSPIRATOR)
    assert meeting.advance_ugu(item, role=LeaderRole.AFGRAENSER) == UguStep.GIVE
    assert item.direction_first and meeting.revealed_perspective(item) == ""
    heard = meeting.discussion(MeetingRecord(), "kontakter")
    heard.team_noticed = "Vi er steget"
    meeting.advance_ugu(heard, role=LeaderRole.AFGRAENSER)
    assert not heard.direction_first, "the team had spoken: the usual order"


def test_the_role_and_the_domain_choose_questions_for_the_data_step(tmp_path: Path) -> None:
    library = Library(tmp_path)
    record = MeetingRecord(template_id="team-meeting")
    categories = {q.category for q in library.suggested(record, PhaseId.DATA)}
    assert {"role.facilitator", "domain.production"} <= categories
    record.leader_role, record.starting_domain = LeaderRole.AFGRAENSER, Domain.REFLECTIVE
    categories = {q.category for q in library.suggested(record, PhaseId.DATA)}
    assert {"role.afgraenser", "domain.reflective"} <= categories
    assert "role.facilitator" not in categories


def test_the_afgraenser_gives_the_direction_first_on_both_screens(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    record = view.session.record
    record.leader_role = LeaderRole.AFGRAENSER
    view.go_to("framing")
    framing = view.pages[PhaseId.FRAMING]
    assert isinstance(framing, FramingPage)
    assert "Afgrænser" in framing.stance.text()
    view.go_to("data")
    page = view.pages[PhaseId.DATA]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    qtbot.keyClicks(page.perspective, "Vi skal op på 90 % rettidige samtaler")
    assert page.give_button.isEnabled() and "retningen" in page.give_button.text()
    view.presenter.start(from_start=False)
    qtbot.mouseClick(page.give_button, Qt.MouseButton.LeftButton)
    audience = view.presenter.audience
    assert audience.perspective.text() == "Vi skal op på 90 % rettidige samtaler"
    assert audience.perspective_caption.text() == "Lederens retning"
    assert view.session.discussion() is not None
    assert view.session.discussion().direction_first  # type: ignore[union-attr]
    view.presenter.stop()
