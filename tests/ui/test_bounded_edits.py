"""No edit is dropped silently: bounded spin boxes, refused values stay visible, Danish dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from dialogtool.ui.date_edit import DateEdit
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.pages.actions import DUE, TEXT, ActionsPage
from dialogtool.ui.pages.prepare import PreparePage

MINUTES = 2  # the agenda: item, phase, minutes


def on_disk(view: MeetingView) -> dict[str, object]:
    session = view.session
    assert session.save_now()
    path = session.store.path_for(session.record.id)
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def edit_cell(view: QAbstractItemView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)


def only_editor(view: QAbstractItemView, kind: type) -> object:
    editors = [e for e in view.viewport().findChildren(kind) if e.isVisible()]
    assert len(editors) == 1, f"expected one open {kind.__name__}"
    return editors[0]


def type_and_enter(qtbot: QtBot, editor: QLineEdit | QSpinBox, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def open_actions(window: MainWindow) -> tuple[MeetingView, ActionsPage]:
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("actions")
    page = view.current_page()
    assert isinstance(page, ActionsPage)
    return view, page


def test_agenda_minutes_cannot_exceed_the_records_limit(qtbot: QtBot, window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    agenda = prepare.agenda_view
    items = view.session.record.fup.process
    assert items, "the template has an agenda"

    edit_cell(agenda, 0, MINUTES)
    spin = only_editor(agenda, QSpinBox)
    assert isinstance(spin, QSpinBox) and spin.maximum() == 24 * 60
    type_and_enter(qtbot, spin, "5000")  # the fourth digit is refused as it is typed
    assert items[0].minutes == 500
    assert on_disk(view)["fup"]["process"][0]["minutes"] == 500  # type: ignore[index]

    # A value the model rejects (from any editor) stays in sight, with the reason.
    index = prepare.agenda.index(0, MINUTES)
    assert prepare.agenda.setData(index, 5000) is False
    assert items[0].minutes == 500, "the record keeps its valid value"
    assert index.data() == "⚠ 5000"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Højst 1440."
    assert prepare.agenda_problem.text().startswith("Højst 1440.")

    edit_cell(agenda, 0, MINUTES)
    type_and_enter(qtbot, only_editor(agenda, QSpinBox), "5")  # type: ignore[arg-type]
    assert items[0].minutes == 5
    assert index.data() == "5" and prepare.agenda_problem.text() == ""


def test_due_date_typed_the_danish_way_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    view, page = open_actions(window)
    row = page.add_action()
    type_and_enter(qtbot, only_editor(page.view, QLineEdit), "Ring til fem virksomheder")  # type: ignore[arg-type]

    edit_cell(page.view, row, DUE)
    editor = only_editor(page.view, DateEdit)
    assert isinstance(editor, DateEdit)
    type_and_enter(qtbot, editor, "15.01.2027")
    action = view.session.record.action_items[row]
    assert action.text == "Ring til fem virksomheder"
    assert action.due == dt.date(2027, 1, 15)
    assert page.model.index(row, DUE).data() == "15.01.2027"
    assert on_disk(view)["action_items"][row]["due"] == "2027-01-15"  # type: ignore[index]

    # Not a date: the text stays in the cell, marked, with a reason; the record keeps its date.
    edit_cell(page.view, row, DUE)
    type_and_enter(qtbot, only_editor(page.view, DateEdit), "32.01.2027")  # type: ignore[arg-type]
    index = page.model.index(row, DUE)
    assert index.data() == "⚠ 32.01.2027"
    assert "ikke en dato" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "ikke en dato" in page.problem_label.text()
    assert action.due == dt.date(2027, 1, 15)

    # Editing again starts from what was typed; another Danish form fixes it.
    edit_cell(page.view, row, DUE)
    editor = only_editor(page.view, DateEdit)
    assert isinstance(editor, DateEdit) and editor.text() == "32.01.2027"
    type_and_enter(qtbot, editor, "15/2-2027")
    assert action.due == dt.date(2027, 2, 15)
    assert page.problem_label.text() == ""
    assert page.model.index(row, TEXT).data() == "Ring til fem virksomheder"


# The offscreen platform cannot grab the keyboard for the calendar's popup window.
@pytest.mark.qt_log_ignore(r"This plugin does not support (grabbing the keyboard|raise\(\))")
def test_follow_up_date_typed_picked_or_refused(qtbot: QtBot, window: MainWindow) -> None:
    view, page = open_actions(window)
    record = view.session.record
    field = page.follow_up_edit
    assert record.follow_up is None and not page.follow_up_check.isChecked()

    type_and_enter(qtbot, field, "15.1.27")
    assert record.follow_up == dt.date(2027, 1, 15)
    assert field.text() == "15.01.2027" and page.follow_up_check.isChecked()
    assert on_disk(view)["follow_up"] == "2027-01-15"

    type_and_enter(qtbot, field, "næste torsdag")
    assert field.text() == "næste torsdag", "the typed text is not thrown away"
    assert field.property("invalid") is True
    assert "ikke en dato" in field.toolTip() and "ikke en dato" in page.problem_label.text()
    assert record.follow_up == dt.date(2027, 1, 15)

    calendar = field.open_calendar()
    assert calendar.isVisible()
    calendar.clicked.emit(QDate(2027, 3, 4))
    assert not calendar.isVisible()
    assert record.follow_up == dt.date(2027, 3, 4) and field.text() == "04.03.2027"
    assert page.problem_label.text() == ""

    page.follow_up_check.click()
    assert record.follow_up is None and field.text() == ""


def test_speaker_seconds_follow_the_record_limits(window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    people = view.presenter.people
    assert (people.seconds.minimum(), people.seconds.maximum()) == (0, 60 * 60)


@pytest.mark.qt_log_ignore(r"This plugin does not support (grabbing the keyboard|raise\(\))")
def test_due_date_picked_in_the_calendar_of_the_cell(qtbot: QtBot, window: MainWindow) -> None:
    view, page = open_actions(window)
    row = page.add_action()
    type_and_enter(qtbot, only_editor(page.view, QLineEdit), "Book et møde")  # type: ignore[arg-type]
    edit_cell(page.view, row, DUE)
    editor = only_editor(page.view, DateEdit)
    assert isinstance(editor, DateEdit)
    calendar = editor.open_calendar()
    QApplication.processEvents()
    assert editor.isVisible(), "the cell's editor stays open while the calendar is used"
    calendar.clicked.emit(QDate(2027, 5, 3))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert view.session.record.action_items[row].due == dt.date(2027, 5, 3)
