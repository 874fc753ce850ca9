"""In a 1:1 the leader is asked whose numbers are shown; no other team's numbers without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.core.context import shown_group
from dialogtool.core.presentation import public_slide
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.pages.prepare import PreparePage
from dialogtool.ui.pages.rounds import RoundPage


def test_a_one_to_one_asks_whose_numbers_to_show(window: MainWindow) -> None:
    view = window.new_meeting("one-to-one")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    record = view.session.record
    assert record.team == "" and prepare.team_label.text() == "Medarbejder"
    assert prepare.data_group_combo.isVisible() and prepare.data_group_combo.currentIndex() == -1
    assert prepare.data_group_note.text() == "Vælg, hvilken gruppes tal der vises."

    prepare.team_combo.setEditText("Åse Ødegård")
    QApplication.processEvents()
    assert record.team == "Åse Ødegård"
    assert "»Åse Ødegård« er ikke en gruppe i data" in prepare.data_group_note.text()

    position = prepare.data_group_combo.findText("Team Syd")
    prepare.data_group_combo.setCurrentIndex(position)
    prepare.data_group_combo.activated.emit(position)
    assert record.data_group == "Team Syd" and shown_group(record) == "Team Syd"
    assert not prepare.data_group_note.isVisible()

    view.session.start_meeting()
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    assert window.dataset is not None
    view.session.set_indicator(window.dataset.indicators[0].id)
    assert "(Team Syd," in page.context.text()  # the leader's context line
    slide = public_slide(record, view.session.step, indicator_id=view.session.indicator_id)
    assert slide.team == "Team Syd"  # the room sees the same group's numbers


def test_the_data_page_says_when_the_numbers_are_not_the_persons_own(window: MainWindow) -> None:
    view = window.new_meeting("one-to-one")
    assert view is not None and window.dataset is not None
    view.session.record.team = "Åse Ødegård"  # the leader did not choose a group
    view.session.start_meeting()
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    view.session.set_indicator(window.dataset.indicators[0].id)
    first = window.dataset.groups[0]
    assert f"»Åse Ødegård« er ikke en gruppe i data – tallene her er for {first}." in (
        page.context.text()
    )


def test_a_one_to_one_offers_people_and_its_employee_is_in_the_check_in_round(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.new_meeting("one-to-one")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    assert window.dataset is not None
    offered = [prepare.team_combo.itemText(i) for i in range(prepare.team_combo.count())]
    assert not set(offered) & set(window.dataset.groups), "teams are no employees"

    line = prepare.team_combo.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Åse Ødegaard")
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, "rd")
    record = view.session.record
    assert record.team == "Åse Ødegaard"
    names = [p.name for p in record.participants]
    assert names.count(record.team) == 1, names
    assert len(names) == 1, "typing renamed the one employee, it did not add one per key"

    view.session.start_meeting()
    view.go_to("checkin")
    page = view.current_page()
    assert isinstance(page, RoundPage)
    rows = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert record.team in rows, "the employee takes part in the check-in round"
