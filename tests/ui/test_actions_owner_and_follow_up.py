"""Action items: the owner is one of the participants, the follow-up comes after the deadlines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from dialogtool.core.record import ActionItem, Participant
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.actions import DUE, OWNER, ActionsPage


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
