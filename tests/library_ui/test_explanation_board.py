"""The game board's explanation step: cards added, moved between quadrants, deleted and saved."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import Locus, Scope
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.explanations import ExplanationBox, ExplanationsPage
from dialogtool.ui.pages.summary import SummaryPage

from .helpers import saved_record

RHYTHM = "Vi har ingen fast rytme for virksomhedskontakt"
MARKET = "Færre virksomheder søger arbejdskraft i år"


def add_card(qtbot: QtBot, box: ExplanationBox, text: str) -> None:
    qtbot.keyClicks(box.new_card, text)
    qtbot.keyClick(box.new_card, Qt.Key.Key_Return)


def texts(box: ExplanationBox) -> list[str]:
    return [card.text for card in box.model.cards()]


def test_cards_are_added_moved_deleted_and_saved(qtbot: QtBot, window: MainWindow) -> None:
    view = window.new_meeting("intervention-level")
    view.go_to("explanations")
    page = view.current_page()
    assert isinstance(page, ExplanationsPage)
    assert "»Hvilke forklaringer finder vi på det, vi ser?«" in page.prompts.text()
    board = page.boxes
    internal_collective = board[(Locus.INTERNAL, Scope.COLLECTIVE)]
    external_collective = board[(Locus.EXTERNAL, Scope.COLLECTIVE)]
    external_individual = board[(Locus.EXTERNAL, Scope.INDIVIDUAL)]
    internal_individual = board[(Locus.INTERNAL, Scope.INDIVIDUAL)]

    add_card(qtbot, internal_collective, RHYTHM)
    add_card(qtbot, external_collective, MARKET)
    assert texts(internal_collective) == [RHYTHM]
    assert internal_collective.new_card.text() == ""

    # The arrow button moves the selected card to the neighbouring quadrant ...
    assert internal_collective.current() is not None
    qtbot.mouseClick(internal_collective.across_button, Qt.MouseButton.LeftButton)
    assert texts(internal_collective) == []
    assert texts(external_collective) == [RHYTHM, MARKET]  # in the order they were written

    # ... and so does Ctrl+arrow on the keyboard.
    assert external_collective.current() is not None
    assert external_collective.current().text == RHYTHM  # type: ignore[union-attr]
    qtbot.keyClick(external_collective.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert texts(external_individual) == [RHYTHM]

    # Drag and drop hands the card over as mime data.
    source = external_individual.model
    dragged = source.mimeData([source.index(0, 0)])
    assert internal_individual.model.dropMimeData(
        dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    )
    assert texts(external_individual) == []
    assert texts(internal_individual) == [RHYTHM]

    # Delete removes the selected card.
    external_collective.view.setCurrentIndex(external_collective.model.index(0, 0))
    qtbot.keyClick(external_collective.view, Qt.Key.Key_Delete)
    assert texts(external_collective) == []

    saved = saved_record(view)["explanations"]
    assert [(e["text"], e["locus"], e["scope"]) for e in saved] == [
        (RHYTHM, "internal", "individual")
    ]

    view.go_to("summary")
    summary = view.current_page()
    assert isinstance(summary, SummaryPage)
    text = summary.markdown()
    assert (
        f"### Intern og individuel (lederen kan påvirke det, knyttet til én)\n\n- {RHYTHM}" in text
    )
    assert MARKET not in text
