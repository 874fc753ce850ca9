"""The workshop templates' own questions: on their phase's page, marked asked, in the summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId
from dialogtool.core.summary import build_summary, render_markdown
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.question_round import QuestionRoundPage


@pytest.mark.parametrize(
    ("template_id", "first_id"),
    [("goal-setting", "maalkompas.goals.01"), ("data-landscape-workshop", "landscape.01")],
)
def test_the_template_s_questions_are_asked_on_their_page_and_summed_up(
    qtbot: QtBot, window: MainWindow, template_id: str, first_id: str
) -> None:
    view = window.new_meeting(template_id)
    assert view is not None
    assert PhaseId.TOMM not in view.session.steps, "no 2×2 where the template brings its own"
    view.go_to("questions")
    page = view.pages[PhaseId.QUESTIONS]
    assert isinstance(page, QuestionRoundPage)
    first = window.library.bank.get(first_id)
    assert first is not None
    assert page.model.item(0).text() == first.text.da
    assert page.model.rowCount() >= 10
    for row in (0, 2):
        page.model.item(row).setCheckState(Qt.CheckState.Checked)
    asked = [q for q in view.session.record.questions if q.phase == PhaseId.QUESTIONS]
    assert len(asked) == 2 and asked[0].question_id == first_id
    assert all(q.asked for q in asked)
    summary = render_markdown(build_summary(view.session.record, "da"))
    assert first.text.da in summary and page.model.item(2).text() in summary
    assert "0/4" not in summary and "Brugte spørgsmålstyper" not in summary
