"""The trend chart has a table and words for those who cannot see it (EN 301 549 11.1.1.1),
and its lines differ in style, not only in colour."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage

NO_PEN = Qt.PenStyle.NoPen


def data_page(window: MainWindow) -> DataPage:
    view = window.new_meeting("team-meeting")
    assert view is not None
    window.show()
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("rettidige-jobsamtaler")
    return page


def test_alt_t_shows_the_trend_as_a_table_with_the_same_numbers(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = data_page(window)
    views = page.views
    qtbot.waitExposed(window)
    views.as_table.setFocus()
    qtbot.keyClick(views.as_table, Qt.Key.Key_Space)  # reachable and operable by keyboard
    table = views.table
    assert views.stack.currentWidget() is views.table_page and table.isVisible()
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Periode" and "Mål" in headers
    assert any(h.startswith("Median af") for h in headers), headers
    team = views.trend.team
    assert model.rowCount() == len(team.yData)
    column = headers.index("Team Nord")
    last = model.rowCount() - 1
    shown = model.data(model.index(last, column))
    assert shown.replace(",", ".").replace("\u2212", "-") == f"{team.yData[-1]:g}".replace(
        "e+", "e"
    ) or math.isclose(float(shown.replace(",", ".")), team.yData[-1], rel_tol=1e-3)
    qtbot.keyClick(views.as_table, Qt.Key.Key_Space)
    assert views.stack.currentWidget() is views.trend


def test_alt_t_switches_between_chart_and_table_and_the_button_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    views = data_page(window).views
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    button = views.as_table
    assert QKeySequence.mnemonic(button.text()) == QKeySequence("Alt+T")
    assert "Alt+T" in button.toolTip() and button.accessibleName()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(views.table.isVisible)  # a mnemonic clicks after a short press
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(views.trend.isVisible)


def test_the_chart_says_its_latest_value_target_and_direction(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = data_page(window)
    said = page.views.trend.accessibleDescription()
    assert "Seneste (Team Nord" in said and "mål:" in said
    assert "højere er bedre" in said or "lavere er bedre" in said


@pytest.mark.parametrize("indicator", ["rettidige-jobsamtaler"])
def test_every_line_on_the_trend_differs_in_style_not_only_colour(
    qtbot: QtBot, window: MainWindow, indicator: str
) -> None:
    page = data_page(window)
    chart = page.views.trend
    drawn = [
        item
        for item in chart.getPlotItem().listDataItems()
        if item.yData is not None and len(item.yData) and item.opts["pen"].style() != NO_PEN
    ]  # the band's edges have no pen: the band is a fill, named in the legend
    assert {chart.team, chart.target, chart.median} <= set(drawn)
    looks = [(item.opts["pen"].style(), item.opts.get("symbol")) for item in drawn]
    assert len(set(looks)) == len(looks), looks
