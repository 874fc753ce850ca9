"""The question page (Tomm's four quadrants) shows whole questions to pick from.

On a 1280×800 laptop each quadrant showed one and a half questions, the second cut
mid-line: the leader had to scroll four small lists to see what to ask. Now each list
shows at least three whole questions at 1280×800 and two at 1024×768, in the meeting
window as it is during the meeting (the presenter's bar and a bridge prompt under it),
for a team and a 1:1, in Danish and English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId, Quadrant
from dialogtool.ui.pages.tomm import TommPage
from dialogtool.ui.preferences import LANGUAGE, preferences
from dialogtool.ui.presenter.screenshots import staged_screens

from .conftest import Running

#: The whole rows each quadrant's list must show, by window size.
WHOLE_ROWS = {(1280, 800): 3, (1024, 768): 2}


def whole_rows(view: QListView) -> int:
    """How many rows, from the top, the list's viewport shows whole."""
    shown = view.viewport().rect()
    rows = 0
    while rows < view.model().rowCount():
        rect = view.visualRect(view.model().index(rows, 0))
        if rect.isEmpty() or not shown.contains(rect):
            break
        rows += 1
    return rows


def short_lists(
    qapp: QApplication, page: TommPage, size: tuple[int, int], wanted: int
) -> list[str]:
    """The quadrants whose list shows fewer than ``wanted`` whole rows in a window of ``size``."""
    window = page.window()
    window.resize(*size)
    for _ in range(4):
        qapp.processEvents()
    assert window.size().toTuple() == size
    found = []
    for quadrant, box in page.boxes.items():
        view = box.view
        assert view.model().rowCount() >= wanted, f"{quadrant}: too few questions"
        view.scrollToTop()
        if (rows := whole_rows(view)) < wanted:
            found.append(f"{size} {quadrant.value}: {rows} whole rows, wants {wanted}")
    return found


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("one_to_one", [False, True], ids=["team", "1to1"])
def test_each_quadrant_shows_whole_questions_on_a_laptop_and_a_projector(
    qapp: QApplication, data_dir: Path, lang: str, one_to_one: bool
) -> None:
    preferences().set(LANGUAGE, lang)
    found = []
    for screen in staged_screens([PhaseId.TOMM], one_to_one=one_to_one):
        page = screen.window.findChild(TommPage)
        assert isinstance(page, TommPage) and page.isVisible()
        for size, wanted in WHOLE_ROWS.items():
            found += short_lists(qapp, page, size, wanted)
        # Asked questions are the longest rows (✔, bold, '(stillet)'): two at the top
        # of each list still leave three whole on the laptop.
        for box in page.boxes.values():
            box.view.setCurrentIndex(box.model.index(1, 0))
            if "✔" not in box.model.item(1).text():
                page.asked_button.click()
        found += [f"two asked: {p}" for p in short_lists(qapp, page, (1280, 800), 3)]
    assert not found, "\n".join(found)


def test_one_button_marks_the_question_chosen_in_any_quadrant(
    qtbot: QtBot, running: Running
) -> None:
    view = running.view
    view.go_to("tomm")
    page = view.pages["tomm"]
    assert isinstance(page, TommPage)
    detektiv, kaptajn = page.boxes[Quadrant.DETEKTIV], page.boxes[Quadrant.KAPTAJN]
    detektiv.view.setCurrentIndex(detektiv.model.index(1, 0))
    rect = kaptajn.view.visualRect(kaptajn.model.index(2, 0))  # the leader clicks a question
    qtbot.mouseClick(kaptajn.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not detektiv.view.currentIndex().isValid(), "one question is chosen on the page"
    assert not detektiv.view.selectionModel().hasSelection()

    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    text = str(kaptajn.model.index(2, 0).data(Qt.ItemDataRole.UserRole + 2))
    asked = [q.text for q in view.session.record.questions if q.asked]
    assert text in asked
    assert str(detektiv.model.index(1, 0).data(Qt.ItemDataRole.UserRole + 2)) not in asked
    assert text in page.notice.full_text()
    assert kaptajn.view.currentIndex() == kaptajn.model.index(2, 0)
    assert detektiv.view.currentIndex() == QModelIndex()
