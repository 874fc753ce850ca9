"""Every screen ``dialogtool screenshots`` renders, walked as a screen-reader user and a
keyboard-only user meet it (EN 301 549 11.4.1.2 name, 11.2.1.1 keyboard, 11.2.1.2 no trap).

The start screen, every phase of a team meeting and of a 1:1 in the leader's window,
and the room's window beside each phase, at 1024×768.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from dialogtool.core.record import PhaseId
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.presenter.screenshots import staged_screens

from .walk import accessible_name, activate, tab_walk, unnamed


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.mark.parametrize("one_to_one", [False, True], ids=["team", "1to1"])
def test_every_screen_names_every_control_and_tab_reaches_each_without_a_trap(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, one_to_one: bool
) -> None:
    unnamed_on: dict[str, list[str]] = {}
    unreached_on: dict[str, list[str]] = {}
    trapped_on: dict[str, list[str]] = {}
    walked = []
    for screen in staged_screens(one_to_one=one_to_one):
        name = screen.phase.value if screen.phase else "start"
        for part, widget in (("window", screen.window), ("room", screen.audience)):
            if widget is None:
                continue
            widget.resize(1024, 768)
            _settle()
            where = f"{name}/{part}"
            walked.append(where)
            if found := unnamed(widget):
                unnamed_on[where] = found
            missed, stuck = tab_walk(qtbot, widget)
            if missed:
                unreached_on[where] = missed
            if stuck:
                trapped_on[where] = stuck
    phases = 10 if not one_to_one else 9
    assert len(walked) >= 1 + 2 * phases - 2, walked  # the start screen and every phase
    assert not unnamed_on
    assert not trapped_on
    assert not unreached_on


@pytest.mark.parametrize("one_to_one", [False, True], ids=["team", "1to1"])
def test_tab_reaches_the_chart_as_a_table_and_a_screen_reader_hears_it(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, one_to_one: bool
) -> None:
    """From the page's first control Tab alone reaches the toggle; Alt+T shows the table
    (also while presenting, where Space is the clicker's next step), Tab reaches the
    table, and it is named, described and holds the numbers; Space brings the chart back."""
    heard: dict[str, str] = {}
    rows, reached_table, back_to_chart = 0, False, False
    sizes: list[tuple[int, int]] = []
    for screen in staged_screens([PhaseId.DATA], one_to_one=one_to_one):
        window = screen.window
        window.resize(1024, 768)
        _settle()
        activate(qtbot, window)
        view = window.meeting_view
        assert view is not None and view.presenter.presenting
        page = view.current_page()
        assert isinstance(page, DataPage)
        views = page.views
        assert views.current_view() == "trend" and views.stack.currentWidget() is views.trend
        heard["chart"] = accessible_name(views.trend) + ": " + views.trend.accessibleDescription()
        page.indicator_view.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(20):
            focus = QApplication.focusWidget()
            if focus is views.as_table:
                break
            assert focus is not None
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is views.as_table
        heard["toggle"] = accessible_name(views.as_table)
        qtbot.keyClick(views.as_table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        table = views.table
        qtbot.waitUntil(table.isVisible)  # a mnemonic clicks after a short press
        assert isinstance(table, QTableView)
        _settle()
        view.presenter.show_bridge()  # the tallest bar: a prompt for the leader under the timers
        _settle()
        least = window.minimumSizeHint()  # the toggle and the table cost the window no room
        sizes.append((max(least.width(), 1024), max(least.height(), 768)))
        heard["table"] = accessible_name(table)
        heard["table description"] = table.accessibleDescription()
        rows = table.model().rowCount()
        cells = [table.model().index(r, 1).data() for r in range(rows)]
        assert all(cells), cells
        for _ in range(3):
            focus = QApplication.focusWidget()
            assert focus is not None
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is table:
                reached_table = True
                break
        view.presenter.stop()  # Space presses a button again
        views.as_table.setFocus(Qt.FocusReason.BacktabFocusReason)
        qtbot.keyClick(views.as_table, Qt.Key.Key_Space)
        _settle()
        back_to_chart = views.stack.currentWidget() is views.trend and views.trend.isVisible()
    assert heard["chart"].startswith("Udvikling over tid med mål: "), heard
    assert "Alt+T" in heard["chart"] and "mål:" in heard["chart"], heard
    assert heard["toggle"] == "Vis som tabel"
    assert heard["table"] == "Udviklingen som tabel"
    assert heard["table description"] and heard["table description"] in heard["chart"]
    assert sizes == [(1024, 768)]
    assert rows >= 12
    assert reached_table
    assert back_to_chart


def test_each_of_the_presenters_tabs_names_its_controls_and_tab_reaches_them(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    """The screenshots show the script or the people; the room's tab and the bridge too."""
    found: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for screen in staged_screens([PhaseId.TOMM]):
        window = screen.window
        window.resize(1024, 768)
        view = window.meeting_view
        assert view is not None
        tabs = view.presenter.tabs
        for number in range(tabs.count()):
            tabs.setCurrentIndex(number)
            view.presenter.show_bridge()
            _settle()
            missed, stuck = tab_walk(qtbot, window)
            found[tabs.tabText(number)] = (unnamed(window), missed, stuck)
    assert list(found) == ["Manuskript", "Deltagere", "Rummet"]
    assert all(found[tab] == ([], [], []) for tab in found), found
