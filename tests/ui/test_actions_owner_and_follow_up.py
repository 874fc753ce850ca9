"""Action items: the owner is one of the participants, the follow-up comes after the deadlines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox
from pytestqt.qtbot import QtBot

from dialogtool.core.record import ActionItem, Participant
from dialogtool.ui.date_edit import DateEdit
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.actions import DUE, OWNER, TEXT, ActionsPage


def _actions(window: MainWindow) -> ActionsPage:
    view = window.new_meeting("team-meeting")
    assert view is not None
    record = view.session.record
    record.participants = [Participant(name="Åse Ødegård"), Participant(name="Bjørn Æbelø")]
    record.facilitator = "Karen"
    view.go_to("actions")
    page = view.current_page()
    assert isinstance(page, ActionsPage)
    return page


def test_the_owner_is_chosen_among_the_participants(window: MainWindow) -> None:
    page = _actions(window)
    row = page.add_action()
    page.view.closePersistentEditor(page.model.index(row, 0))
    index = page.model.index(row, OWNER)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    combos = [c for c in page.view.viewport().findChildren(QComboBox) if c.isVisible()]
    assert len(combos) == 1 and combos[0].isEditable()
    names = [combos[0].itemText(i) for i in range(combos[0].count())]
    assert names == ["Åse Ødegård", "Bjørn Æbelø", "Karen"]
    combos[0].setCurrentIndex(1)
    page.view.commitData(combos[0])
    assert page.session.record.action_items[row].owner == "Bjørn Æbelø"


def test_the_follow_up_is_offered_after_the_latest_deadline_and_says_so(
    window: MainWindow,
) -> None:
    page = _actions(window)
    late = dt.date.today() + dt.timedelta(days=60)
    page.session.record.action_items = [ActionItem(text="Ring", due=late), ActionItem(text="Mail")]
    page.refresh()
    assert page.model.index(0, DUE).data() == late.strftime("%d.%m.%Y")
    page.follow_up_check.setChecked(True)
    follow_up = page.session.record.follow_up
    assert follow_up == late + dt.timedelta(days=7)
    assert "Efter den seneste frist" in page.follow_up_note.text()
    assert page.follow_up_note.isVisible() and page.problem_label.text() == ""

    page.follow_up_edit.set_date(late - dt.timedelta(days=1))
    page.follow_up_edit.dateEdited.emit(page.follow_up_edit.date())  # as typing ends
    assert "før den seneste frist" in page.problem_label.text()


def _settle(window: MainWindow) -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_the_follow_up_row_stays_put_when_its_hint_comes_or_changes(window: MainWindow) -> None:
    window.resize(1280, 800)
    page = _actions(window)
    late = dt.date.today() + dt.timedelta(days=60)
    page.session.record.action_items = [ActionItem(text="Ring", due=late)]
    page.refresh()
    _settle(window)
    where = page.follow_up_check.mapTo(window, QPoint(0, 0))
    page.follow_up_check.setChecked(True)  # the hint "Efter den seneste frist" comes
    _settle(window)
    assert page.follow_up_note.text()
    assert page.follow_up_check.mapTo(window, QPoint(0, 0)) == where
    page.follow_up_edit.set_date(late - dt.timedelta(days=1))
    page.follow_up_edit.dateEdited.emit(page.follow_up_edit.date())  # a problem instead
    _settle(window)
    assert page.problem_label.text() and not page.follow_up_note.text()
    assert page.follow_up_check.mapTo(window, QPoint(0, 0)) == where


def test_a_typed_letter_does_not_start_editing_a_cell_enter_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _actions(window)
    page.session.record.action_items = [ActionItem(text="Ring", due=dt.date(2027, 1, 7))]
    page.refresh()
    page.view.setFocus()
    for column in (TEXT, DUE):
        page.view.setCurrentIndex(page.model.index(0, column))
        qtbot.keyClicks(page.view, "b7")
        assert page.view.state() != QAbstractItemView.State.EditingState, column
    action = page.session.record.action_items[0]
    assert (action.text, action.due) == ("Ring", dt.date(2027, 1, 7))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.view.state() == QAbstractItemView.State.EditingState, "Enter edits on purpose"


def test_the_due_editor_shows_a_whole_date_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 768)
    page = _actions(window)
    page.session.record.action_items = [ActionItem(text="Ring til fem virksomheder")]
    page.refresh()
    index = page.model.index(0, DUE)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    [editor] = [e for e in page.view.viewport().findChildren(DateEdit) if e.isVisible()]
    qtbot.keyClicks(editor, "17.12.2026")
    text_room = editor.width() - editor.textMargins().left() - editor.textMargins().right() - 30
    assert text_room >= editor.fontMetrics().horizontalAdvance("17.12.2026"), editor.width()
