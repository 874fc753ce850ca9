"""A whole meeting driven through the real widgets, then checked in the saved file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from dialogtool.core.record import Quadrant, record_json_schema
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.pages.actions import ActionsPage
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.pages.explanations import ExplanationsPage
from dialogtool.ui.pages.framing import FramingPage
from dialogtool.ui.pages.prepare import PreparePage
from dialogtool.ui.pages.review import ReviewPage
from dialogtool.ui.pages.rounds import RoundPage
from dialogtool.ui.pages.summary import SummaryPage
from dialogtool.ui.pages.tomm import TommPage


def open_editor(view: QAbstractItemView) -> QLineEdit:
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "the cell did not open exactly one editor"
    return editors[0]


def type_in_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type, and press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = open_editor(view)
    editor.selectAll()
    commit(qtbot, editor, text)


def commit(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    """Type into a cell editor and press Enter; let Qt dispose of the closed editor."""
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def page_down(qtbot: QtBot, view: MeetingView) -> None:
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_PageDown)


def test_whole_meeting_is_saved_as_typed(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    view = window.meeting_view
    assert view is not None and view.session is window.session
    session = view.session

    # Preparation: FUP and participants.
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    prepare.title_edit.clear()
    qtbot.keyClicks(prepare.title_edit, "Teammøde om løntimer")
    prepare.purpose_edit.clear()
    qtbot.keyClicks(prepare.purpose_edit, "Vi bliver klogere på løntimerne")
    prepare.outcome_edit.clear()
    qtbot.keyClicks(prepare.outcome_edit, "To aftaler og en dato for opfølgning")
    for name in ("Åse Ødegård", "Bjørn Æbelø"):
        qtbot.keyClicks(prepare.new_participant, name)
        qtbot.keyClick(prepare.new_participant, Qt.Key.Key_Return)
    inspirator = prepare.role_group.button(1)
    qtbot.mouseClick(inspirator, Qt.MouseButton.LeftButton, pos=QPoint(8, inspirator.height() // 2))

    # Framing shows what the room hears.
    prepare.title_edit.setFocus()
    page_down(qtbot, view)
    framing = view.current_page()
    assert isinstance(framing, FramingPage)
    assert framing.purpose.text() == "Vi bliver klogere på løntimerne"

    # Check-in: two entries.
    page_down(qtbot, view)
    checkin = view.current_page()
    assert isinstance(checkin, RoundPage)
    type_in_cell(qtbot, checkin.view, 0, 1, "Jeg er optaget af de unge")
    type_in_cell(qtbot, checkin.view, 1, 1, "Jeg håber på en klar aftale")

    # Since last time: the team's first meeting has nothing to follow up.
    view.next_button.click()
    since = view.current_page()
    assert isinstance(since, ReviewPage)
    assert since.empty_label.isVisible() and not since.view.isVisible()

    # Data: one indicator through explore, give, explore again.
    view.next_button.click()
    data = view.current_page()
    assert isinstance(data, DataPage)
    assert not data.give_button.isEnabled(), "the leader may not give before the team explored"
    qtbot.keyClicks(data.noticed, "Vi ligger under målet")
    qtbot.keyClicks(data.perspective, "Jeg ser en stigning siden foråret")
    assert data.give_button.isEnabled()
    qtbot.mouseClick(data.give_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(data.again_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(data.response, "Det giver mening")

    # Tomm: two questions from different quadrants marked as asked.
    view.next_button.click()
    tomm = view.current_page()
    assert isinstance(tomm, TommPage)
    for quadrant, row in ((Quadrant.DETEKTIV, 0), (Quadrant.KAPTAJN, 1)):
        box = tomm.boxes[quadrant]
        box.view.setCurrentIndex(box.model.index(row, 0))
        qtbot.mouseClick(tomm.asked_button, Qt.MouseButton.LeftButton)
        assert box.model.item(row).checkState() == Qt.CheckState.Checked
    assert tomm.coverage.used() == {Quadrant.DETEKTIV, Quadrant.KAPTAJN}

    # Explanations: the team meeting's short step between reflection and actions.
    view.next_button.click()
    assert isinstance(view.current_page(), ExplanationsPage)

    # Actions: two items with owners.
    view.next_button.click()
    actions = view.current_page()
    assert isinstance(actions, ActionsPage)
    for text, owner in (("Ring til fem virksomheder", "Åse"), ("Følg op på CV'er", "Bjørn")):
        row = actions.add_action()
        commit(qtbot, open_editor(actions.view), text)
        type_in_cell(qtbot, actions.view, row, 1, owner)

    # Check-out.
    view.next_button.click()
    checkout = view.current_page()
    assert isinstance(checkout, RoundPage)
    type_in_cell(qtbot, checkout.view, 0, 1, "Jeg tager virksomhedsfokus med")

    # Summary, then finish.
    view.next_button.click()
    summary = view.current_page()
    assert isinstance(summary, SummaryPage)
    text = summary.browser.toPlainText()
    assert "Ring til fem virksomheder" in text
    assert "Jeg ser en stigning siden foråret" in text  # given to the room, so shared
    qtbot.mouseClick(summary.finish_button, Qt.MouseButton.LeftButton)
    assert view.banner.isVisible()

    path = session.store.path_for(session.record.id)
    saved = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(saved, record_json_schema())
    assert saved["title"] == "Teammøde om løntimer"
    assert saved["status"] == "finished"
    assert saved["leader_role"] == "inspirator"
    assert saved["fup"]["purpose"] == "Vi bliver klogere på løntimerne"
    assert [p["name"] for p in saved["participants"]] == ["Åse Ødegård", "Bjørn Æbelø"]
    assert [e["text"] for e in saved["checkin"]] == [
        "Jeg er optaget af de unge",
        "Jeg håber på en klar aftale",
    ]
    assert saved["checkout"][0]["text"] == "Jeg tager virksomhedsfokus med"
    discussed = [d for d in saved["indicators"] if d["team_noticed"]]
    assert len(discussed) == 1
    item = discussed[0]
    assert item["step"] == "explore_again"
    assert item["leader_perspective"] == "Jeg ser en stigning siden foråret"
    assert item["perspective_revealed_at"] is not None
    assert item["team_response"] == "Det giver mening"
    assert item["snapshot"]["series"], "the numbers shown are kept in the record"
    asked = [q for q in saved["questions"] if q["asked_at"]]
    assert {q["category"] for q in asked} == {"tomm.detektiv", "tomm.kaptajn"}
    assert [a["text"] for a in saved["action_items"]] == [
        "Ring til fem virksomheder",
        "Følg op på CV'er",
    ]
    # Ansvarlig is chosen among the participants: typing the first name completes it.
    assert [a["owner"] for a in saved["action_items"]] == ["Åse Ødegård", "Bjørn Æbelø"]
    started = [p for p in saved["phases"] if p["started_at"]]
    assert len(started) == len(saved["phases"]), "every phase was entered and timed"
