"""EN 301 549 11.2.1.1: every control of every phase page is reached with Tab alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow


def one_of_a_choice(widget: QWidget) -> bool:
    """An unchecked button of a one-of choice: Tab reaches the checked one, arrows the rest."""
    if not isinstance(widget, QAbstractButton) or widget.isChecked():
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def tab_stops(page: QWidget) -> list[QWidget]:
    """The page's controls a keyboard user must be able to reach."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not one_of_a_choice(w)
    ]


@pytest.mark.parametrize("template", ["team-meeting", "one-to-one"])
def test_tab_reaches_every_control_on_every_page(
    qtbot: QtBot, window: MainWindow, template: str
) -> None:
    view = window.new_meeting(template)
    assert view is not None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    unreached: dict[str, list[str]] = {}
    for step in view.pages:
        view.go_to(step)
        QApplication.processEvents()
        page = view.pages[step]
        wanted = tab_stops(page)
        if not wanted:
            continue
        wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached: set[int] = set()
        for _ in range(len(tab_stops(window)) + 5):
            focus = QApplication.focusWidget()
            assert focus is not None
            reached.add(id(focus))
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        missed = [f"{type(w).__name__}#{w.objectName()}" for w in wanted if id(w) not in reached]
        if missed:
            unreached[step] = missed
    assert not unreached
