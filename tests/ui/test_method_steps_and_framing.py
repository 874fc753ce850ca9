"""Preparation names what the method loses; the framing speaks in the leader's chosen role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.framing import framing_line
from dialogtool.core.record import LeaderRole, MeetingKind, PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.framing import FramingPage
from dialogtool.ui.pages.prepare import PreparePage


def _prepare(window: MainWindow, template_id: str = "team-meeting") -> PreparePage:
    view = window.new_meeting(template_id)
    assert view is not None
    page = view.current_page()
    assert isinstance(page, PreparePage)
    return page


def _select_phase(page: PreparePage, phase: PhaseId) -> None:
    row = next(i for i, item in enumerate(page.session.record.fup.process) if item.phase == phase)
    page.agenda_view.setCurrentIndex(page.agenda.index(row, 0))


def test_removing_the_check_in_warns_what_the_method_loses_without_blocking(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _prepare(window)
    assert page.method_warning.isHidden(), "the template's plan loses nothing"
    _select_phase(page, PhaseId.CHECKIN)
    qtbot.mouseClick(page.remove_item_button, Qt.MouseButton.LeftButton)
    phases = [p.phase for p in page.session.record.phases]
    assert PhaseId.CHECKIN not in phases, "the leader decides: it is removed"
    assert not page.method_warning.isHidden()
    assert "Uden tjek ind" in page.method_warning.text()
    assert "formål og udbytte" in page.method_warning.text()
    assert PhaseId.CHECKIN not in page.session.steps


def test_moving_actions_before_the_data_is_named(qtbot: QtBot, window: MainWindow) -> None:
    page = _prepare(window)
    _select_phase(page, PhaseId.ACTIONS)
    for _ in range(6):
        qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    phases = [p.phase for p in page.session.record.phases]
    assert phases.index(PhaseId.ACTIONS) < phases.index(PhaseId.DATA)
    assert "Handlinger står før data" in page.method_warning.text()
    assert "Handlinger står før forklaringer" in page.method_warning.text()


def test_an_untouched_template_purpose_is_flagged_until_it_is_the_leaders(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _prepare(window)
    assert "Formålet er skabelonens" in page.fup_flag.text()
    assert not page.fup_flag.isHidden()
    page.purpose_edit.selectAll()
    qtbot.keyClicks(page.purpose_edit, "Vi bliver klogere på løntimerne i Team Nord.")
    qtbot.waitUntil(lambda: page.fup_flag.isHidden())


def test_the_framing_line_follows_the_leaders_role(qtbot: QtBot, window: MainWindow) -> None:
    page = _prepare(window)
    view = window.meeting_view
    assert view is not None
    for role in LeaderRole:
        page.role_group.button(list(LeaderRole).index(role)).click()
        assert page.session.record.leader_role == role
        view.go_to("framing")
        framing = view.current_page()
        assert isinstance(framing, FramingPage)
        shown = framing.stance.text()
        assert framing_line(role, MeetingKind.TEAM, "da") in shown
        if role == LeaderRole.AFGRAENSER:
            assert "fortolker først" not in shown, "an afgrænser gives the direction honestly"
            assert "retning der ligger fast" in shown
        view.go_to("prepare")
