"""The leader's charts keep their axes whole at a laptop's 1280×800."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.ui.chart import BaseChart
from dialogtool.ui.pages.data import DataPage

from .conftest import Running


def axis_problems(chart: BaseChart) -> list[str]:
    problems = []
    item = chart.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        area = axis.mapRectToScene(axis.mapRectFromParent(axis.geometry()))
        line = QFontMetrics(axis.style["tickFont"] or axis.font()).height()
        if name == "left":
            area.adjust(0, -line / 2, 0, 0)
        elif (
            area.height()
            < max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][1] + line
        ):
            problems.append(f"{name} axis {area.height()} px for a {line} px line")
        if not chart.sceneRect().contains(area):
            problems.append(f"{name} axis outside the chart")
    picture = chart.grab().toImage()
    bottom = picture.height() - 2  # ink on the chart's last lines: a label cut at its foot
    if any(picture.pixelColor(x, bottom).lightness() < 140 for x in range(picture.width())):
        problems.append("text runs into the chart's bottom edge")
    return problems


def test_the_leader_s_latest_chart_has_its_categories_at_1280x800(
    qtbot: QtBot, running: Running
) -> None:
    running.window.resize(1280, 800)
    view = running.view
    view.go_to("data")
    page = view.pages["data"]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    problems = []
    for number, chart in ((0, page.views.trend), (1, page.views.compare), (2, page.views.latest)):
        qtbot.mouseClick(page.views.buttons.button(number), Qt.MouseButton.LeftButton)
        for _ in range(4):
            QApplication.processEvents()
        problems += [f"{chart.objectName()}: {p}" for p in axis_problems(chart)]
    assert not problems, problems
