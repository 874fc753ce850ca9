"""The leader's charts keep their axes whole at a laptop's 1280×800."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


#: The leader's data page at 96 dpi (Xvfb, most laptops; offscreen Qt has 72, where the texts
#: are smaller and everything fitted), in the view ``VIEW``, resized to each size in argv[1];
#: ``MEASURE(chart)`` is what is reported for each size, as JSON on the last line.
DATA_PAGE_AT_96_DPI = """
import json, sys, tempfile
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.ui.app import configure_application, create_main_window

app = QApplication(["dialogtool"])
configure_application(app)
window = create_main_window(Path(tempfile.mkdtemp()), demo=True)
window.show()
record = example_meeting(load_demo_dataset(), datetime(2025, 3, 3, 9, tzinfo=UTC))
window.store.save(record)
view = window.open_meeting(record.id)
view.go_to("data")
page = view.pages["data"]
page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
"""

#: The *Seneste* view: the category labels pyqtgraph draws under the bars, and whether each
#: lies inside the part of the chart that is on screen (a chart taller than its place is cut
#: at its foot).
LATEST_LABELS = """
page.views.buttons.button(2).click()
chart = page.views.latest

def measure():
    shown = QRect(chart.mapTo(window, QPoint(0, 0)), chart.size())
    widget = chart.parentWidget()
    while widget is not window:  # each ancestor cuts off what lies outside it
        shown &= QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        widget = widget.parentWidget()
    shown &= window.rect()
    axis = chart.getPlotItem().getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _line, _ticks, texts = axis.generateDrawSpecs(painter)
    painter.end()
    labels = []
    for rect, _flags, text in texts:
        where = chart.mapFromScene(axis.mapRectToScene(rect)).boundingRect()
        where.translate(chart.mapTo(window, QPoint(0, 0)))
        labels.append([text, shown.contains(where)])
    return labels
"""

#: The *Udvikling* view: the plot's own height, and whether the legend is shown.
TREND_PLOT = """
page.views.buttons.button(0).click()
chart = page.views.trend

def measure():
    plot = chart.getPlotItem().getViewBox().sceneBoundingRect()
    return [round(plot.height()), chart.legend.isVisible()]
"""

EACH_SIZE = """
report = {}
for size in json.loads(sys.argv[1]):
    window.resize(*size)
    for _ in range(6):
        app.processEvents()
    report["x".join(map(str, size))] = measure()
print(json.dumps(report))
"""

#: A real 1280×800 laptop and a 1024×768 projector, less a window manager's title bar.
LAPTOP_AND_PROJECTOR = [(1280, 770), (1024, 738)]


def at_96_dpi(view_script: str, data_dir: Path) -> dict[str, object]:
    """Run the data page in ``view_script``'s view at 96 dpi in its own process; its report."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_FONT_DPI": "96",
        "DIALOGTOOL_DATA_DIR": str(data_dir),
    }
    script = DATA_PAGE_AT_96_DPI + view_script + EACH_SIZE
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(LAPTOP_AND_PROJECTOR)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_leader_s_latest_chart_names_its_bars_on_a_96_dpi_laptop(tmp_path: Path) -> None:
    """Forrige, Seneste and Mål stay under their bars on a real 1280×800 laptop (and 1024×768).

    Under Xvfb (96 dpi) the texts under the chart took more than the window had; the layout
    gave the chart less than its forced minimum and its foot, the x axis, was cut off.
    """
    for size, labels in at_96_dpi(LATEST_LABELS, tmp_path).items():
        assert isinstance(labels, list)
        names = [text.split("\n")[0].split(" (")[0] for text, _inside in labels]
        assert names == ["Forrige", "Seneste", "Mål"], (size, labels)
        assert all(inside for _text, inside in labels), (size, labels)


def test_the_leader_s_trend_chart_keeps_room_for_its_lines_on_a_96_dpi_laptop(
    tmp_path: Path,
) -> None:
    """The legend's three rows left the leader's trend 15 px on a real 1280×800 laptop; a low
    chart leaves its legend to the room's screen (and the table, Alt+T) and keeps the lines."""
    report = at_96_dpi(TREND_PLOT, tmp_path)
    for size, measured in report.items():
        assert isinstance(measured, list)
        plot_height, _legend_shown = measured
        assert plot_height >= 60, (size, report)
