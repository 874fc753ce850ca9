"""Spørgsmål (F2): the step's template questions and other families, ticked as asked and recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.core import phase_questions
from dialogtool.core.record import PhaseId
from dialogtool.core.summary import SummaryOptions, build_summary
from dialogtool.core.summary.text import render_text
from dialogtool.ui.main_window import MainWindow


def test_the_data_steps_questions_are_ticked_in_that_step_and_reach_the_summary(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("checkin")
    assert not view.questions_button.isEnabled(), "the round lists its own questions"
    view.go_to("data")
    assert view.questions_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_F2)
    dialog = view.step_questions
    assert dialog is not None and dialog.isVisible()
    panel = dialog.panel
    texts = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert texts[0] == window.library.bank.get("ugu.explore.01").text.da  # type: ignore[union-attr]
    level = next(r for r, t in enumerate(texts) if t.startswith("Beskrivende:"))
    panel.model.item(level).setCheckState(Qt.CheckState.Checked)
    record = view.session.record
    [asked] = phase_questions.asked_in(record, PhaseId.DATA)
    assert asked.question_id == "analysis.1"
    assert view.session.room_question() == texts[level], "the ticked question is the room's"

    # Another family on request: the mastery questions, asked in the Tomm step.
    view.go_to("tomm")
    assert dialog.isVisible() and "spørgsmål" in panel.title.text().lower()
    family = panel.family.findData("solution.mastery")
    panel.family.setCurrentIndex(family)
    panel.family.activated.emit(family)
    first = panel.model.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    [tomm] = [q for q in phase_questions.asked_in(record, PhaseId.TOMM)]
    assert tomm.category == "solution.mastery"
    summary = render_text(build_summary(record, "da", SummaryOptions()))
    assert texts[level] in summary and first.text() in summary
    view.go_to("checkout")
    assert not dialog.isVisible(), "the round's page has its own list"
