"""A finished meeting is shown read-only: no control in either window can change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from .conftest import Running

#: Controls that look, present or export, and the way back into the meeting.
NOT_EDITING = {
    "continueButton",
    "presentButton",
    "blackButton",
    "whiteButton",
    "screenMenu",
    "bridgeButton",
    "prevButton",
    "nextButton",
    "backButton",
    "guideButton",
    "stepQuestionsButton",  # opens the step's questions; their ticks are read-only there
    "saveAsTemplate",
    "view_trend",
    "view_compare",
    "view_latest",
    "view_details",
    "singleGroup",  # which other team the leader's own chart shows
    "chartAsTable",  # the trend as a table: reading, not editing
    "copySummary",
    "saveSummary",
    "includePrivate",
    "showNothing",
    "boardButton",
    # A finished meeting is what gets shared: every export and its share choices stay on.
    "calendarSummary",
    "mailSummary",
    "printSummary",
    "sharePrivate",
    "share_names",
    "share_perspective",
    "share_rounds",
    "share_tally",
}
NOT_EDITING_TEXTS = {"Til forsiden", "Vis intet", "Medtag private noter"}


def editing_controls(root: QWidget) -> set[str]:
    found = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget.parentWidget(), QTabBar | QLineEdit | QAbstractSpinBox | QComboBox):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton):
            if widget.objectName() not in NOT_EDITING and widget.text() not in NOT_EDITING_TEXTS:
                found.add(f"{name} {widget.text()!r}")
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox) or (
            isinstance(widget, QTextEdit) and not isinstance(widget, QTextBrowser)
        ):
            if not widget.isReadOnly():
                found.add(name)
        elif isinstance(widget, QComboBox) and widget.objectName() not in NOT_EDITING:
            found.add(name)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            typed = widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            editable = Qt.ItemFlag.ItemIsUserCheckable
            if typed:
                editable |= Qt.ItemFlag.ItemIsEditable
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    flags = model.flags(model.index(row, column))
                    if flags & editable and flags & Qt.ItemFlag.ItemIsEnabled:
                        found.add(f"{name} row {row} column {column}")
    return found


def test_a_finished_meeting_has_no_enabled_editing_control_anywhere(running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.session.start_meeting()
    view.session.finish()
    assert view.session.read_only
    presenter.start(from_start=False)
    found: set[str] = set()
    for step in view.session.steps:
        view.go_to(step.value)
        for tab in range(presenter.tabs.count()):
            presenter.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found |= {f"{step}: {c}" for c in editing_controls(running.window)}
            found |= {f"{step} (room): {c}" for c in editing_controls(presenter.audience)}
    presenter.stop()
    assert not found, "\n".join(sorted(found))
    title = view.pages[view.session.steps[0]].findChild(QLineEdit, "title")
    assert title is not None and title.isReadOnly()
