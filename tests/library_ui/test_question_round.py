"""A template's own question round: its questions on their page, marked asked, on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.i18n import LocalizedText
from dialogtool.core.record import MeetingKind, PhaseId
from dialogtool.core.templates import MeetingTemplate, TemplateFup, TemplatePhase
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.question_round import QuestionRoundPage

from .helpers import saved_record

ROUND = ("maalkompas.1.01", "maalkompas.5.01", "maalkompas.6.01")


def _template() -> MeetingTemplate:
    text = LocalizedText(da="Målsætning", en="Goal setting")
    return MeetingTemplate(
        id="user-goals",
        kind=MeetingKind.TEAM,
        name=text,
        description=text,
        duration_minutes=30,
        fup=TemplateFup(purpose=text, outcome=text),
        phases=(
            TemplatePhase(phase=PhaseId.FRAMING, minutes=5),
            TemplatePhase(phase=PhaseId.QUESTIONS, minutes=25, suggested_questions=ROUND),
        ),
    )


def test_the_round_shows_the_template_s_questions_and_records_the_asked_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.library.save_template(_template())
    view = window.new_meeting("user-goals")
    view.go_to("questions")
    page = view.pages[PhaseId.QUESTIONS]
    assert isinstance(page, QuestionRoundPage)
    bank = window.library.bank
    expected = [q.text.da for i in ROUND if (q := bank.get(i)) is not None]
    shown = [page.model.item(row).text() for row in range(page.model.rowCount())]
    assert shown == expected
    script = view.presenter.script.model
    assert [script.item(row).text() for row in range(script.rowCount())] == expected

    view.presenter.start(from_start=False)
    second = page.model.item(1)
    second.setCheckState(Qt.CheckState.Checked)
    assert view.presenter.audience.question.text() == expected[1], "asked means on screen"
    saved = saved_record(view)
    asked = [q for q in saved["questions"] if q["phase"] == "questions"]
    assert [(q["question_id"], q["asked_at"] is not None) for q in asked] == [(ROUND[1], True)]
    shown_log = [e["detail"] for e in saved["presentation_log"] if e["kind"] == "question_shown"]
    assert shown_log[-1] == expected[1]
    view.presenter.stop()
