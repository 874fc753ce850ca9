"""*Markér som stillet* works for the one ticked question without a selected row, and says what it did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId, Quadrant
from dialogtool.ui.pages.tomm import TommPage

from .conftest import Running


def test_mark_asked_takes_the_one_ticked_question_and_says_so(
    qtbot: QtBot, running: Running
) -> None:
    view = running.view
    record = view.session.record
    record.questions = [q for q in record.questions if q.phase != PhaseId.TOMM]
    view.go_to("tomm")
    page = view.pages["tomm"]
    assert isinstance(page, TommPage)
    box = page.boxes[Quadrant.KAPTAJN]
    box.view.setCurrentIndex(box.model.index(-1, 0))  # nothing selected
    assert not box.view.currentIndex().isValid()

    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    assert page.notice.isVisible(), "nothing ticked: it says what to do"
    assert "Vælg" in page.notice.full_text()
    assert not any(q.asked for q in view.session.record.questions)

    item = box.model.item(1)
    item.setCheckState(Qt.CheckState.Checked)
    text = str(item.data(Qt.ItemDataRole.UserRole + 2))
    box.view.setCurrentIndex(box.model.index(-1, 0))
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)

    asked = [q for q in view.session.record.questions if q.asked]
    assert [q.text for q in asked] == [text], "the ticked question is marked asked"
    assert text in page.notice.full_text() and "stillet" in page.notice.full_text()
    assert page.notice.toolTip() == page.notice.full_text(), "the whole sentence on hover"
    assert "(stillet)" in box.model.item(1).text()
