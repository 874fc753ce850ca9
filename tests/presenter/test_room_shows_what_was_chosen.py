"""Until the leader chooses, the room sees the method's default, never a question nobody chose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId, Quadrant
from dialogtool.ui.pages.rounds import RoundPage
from dialogtool.ui.pages.tomm import TommPage

from .conftest import Running


def _forget_picks(running: Running, *phases: PhaseId) -> None:
    record = running.view.session.record
    record.questions = [q for q in record.questions if q.phase not in phases]


def test_a_round_shows_the_method_s_pair_until_a_question_is_ticked(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    library = view.session.library
    _forget_picks(running, PhaseId.CHECKIN, PhaseId.CHECKOUT)
    presenter.start(from_start=False)
    for step in ("checkin", "checkout"):
        view.go_to(step)
        bank = {q.id: q for q in library.questions(step)}
        pair = [bank[f"{step}.0{n}"].text.get("da") for n in (1, 2)]
        assert presenter.audience.question.text() == "\n".join(pair)
        page = view.pages[step]
        assert isinstance(page, RoundPage)
        item = page.question_model.item(1)
        item.setCheckState(Qt.CheckState.Checked)
        assert presenter.audience.question.text() == item.text(), "the ticked one alone"


def test_tomm_s_step_shows_its_title_and_the_board_until_a_question_is_asked(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    record = view.session.record
    for question in record.questions:
        if question.phase == PhaseId.TOMM:
            question.asked_at = None
    presenter.start(from_start=False)
    view.go_to("tomm")
    audience = presenter.audience
    assert audience.question.isHidden(), "no question nobody chose"
    assert audience.title.text() == "Spørgsmål"
    assert not audience.tomm_board.isHidden()
    assert presenter.bar.board.isChecked(), "the leader's button says the board is up"

    page = view.pages["tomm"]
    assert isinstance(page, TommPage)
    box = page.boxes[Quadrant.KAPTAJN]
    box.view.setCurrentIndex(box.model.index(0, 0))
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    text = str(box.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2))
    assert audience.question.text() == text
    assert audience.tomm_board.isHidden(), "the asked question has the room now"
    qtbot.mouseClick(presenter.bar.board, Qt.MouseButton.LeftButton)
    assert not audience.tomm_board.isHidden()
    assert any(text in label.text() for label in audience.tomm_board.findChildren(QLabel))
