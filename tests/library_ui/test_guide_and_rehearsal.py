"""The method guide is one key away in every phase; a rehearsal leaves no trace on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.core.guide import cards_for_phase
from dialogtool.core.record import PhaseId, Quadrant
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.explanations import ExplanationsPage
from dialogtool.ui.pages.prepare import PreparePage
from dialogtool.ui.pages.tomm import TommPage

from .helpers import files_in


def test_f1_shows_the_method_cards_of_every_phase(qtbot: QtBot, window: MainWindow) -> None:
    round_view = window.new_meeting("goal-setting")
    round_view.go_to("questions")
    qtbot.keyClick(QApplication.focusWidget() or round_view, Qt.Key.Key_F1)
    assert round_view.guide is not None
    assert round_view.guide.cards == cards_for_phase(PhaseId.QUESTIONS) != []
    round_view.guide.close()

    view = window.new_meeting("intervention-level")
    phases = [PhaseId(key) for key in view.pages if key != "prepare"]
    assert set(phases) == set(PhaseId) - {PhaseId.PREPARE, PhaseId.QUESTIONS}
    for phase in phases:
        view.go_to(phase.value)
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_F1)
        guide = view.guide
        assert guide is not None and guide.isVisible()
        expected = [card.title.da for card in cards_for_phase(phase)]
        assert expected, phase
        shown = [guide.model.item(row).text() for row in range(guide.model.rowCount())]
        assert shown == expected
        card = guide.browser.toPlainText()
        for section in ("Hvad", "Hvorfor", "Sådan gør du", "Faldgrube"):
            assert section in card
        guide.close()

    # The button opens it too, and an open guide follows the meeting to the next phase.
    qtbot.mouseClick(view.guide_button, Qt.MouseButton.LeftButton)
    assert view.guide is not None and view.guide.isVisible()
    view.go_to("tomm")
    assert view.guide.cards == cards_for_phase(PhaseId.TOMM)


def test_rehearsal_walks_through_a_meeting_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.new_meeting("intervention-level")
    window.close_meeting()
    before = files_in(data_dir)

    qtbot.mouseClick(window.start_page.rehearse_button, Qt.MouseButton.LeftButton)
    view = window.meeting_view
    assert view is not None and view.session.rehearsal
    assert view.rehearsal_banner.isVisible()
    assert "Prøvegennemgang – gemmes ikke" in view.rehearsal_label.text()

    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    qtbot.keyClicks(prepare.purpose_edit, " og vi øver os")
    while view.next_button.isEnabled():
        view.next_button.click()
        page = view.current_page()
        if isinstance(page, TommPage):
            qtbot.keyClicks(page.own_edit, "Et spørgsmål kun til prøven")
            qtbot.keyClick(page.own_edit, Qt.Key.Key_Return)
            box = page.boxes[Quadrant.DETEKTIV]
            box.view.setCurrentIndex(box.model.index(0, 0))
            qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
        if isinstance(page, ExplanationsPage):
            box = next(iter(page.boxes.values()))
            qtbot.keyClicks(box.new_card, "En forklaring kun til prøven")
            qtbot.keyClick(box.new_card, Qt.Key.Key_Return)
    assert view.session.step == "summary"
    assert view.save_state.text() == ""

    window.close()
    assert files_in(data_dir) == before
