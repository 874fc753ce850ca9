"""A file with a thousand teams: the data page stays responsive, the record stays small."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dialogtool.core.dataset import Dataset, IndicatorMeta
from dialogtool.core.record import IndicatorSnapshot, SeriesSnapshot
from dialogtool.core.yardstick import yardstick_of
from dialogtool.ui.chart import IndicatorChart
from dialogtool.ui.latency import LatencyProbe
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage

GROUPS = 1000
PERIODS = [f"{2018 + m // 12}-{m % 12 + 1:02d}" for m in range(60)]


def many_groups() -> Dataset:
    rng = np.random.default_rng(3)
    groups = [f"Team {g:04d}" for g in range(GROUPS)] + ["Hele kommunen"]
    indicators = [IndicatorMeta(id=f"n{i}", name=f"Nøgletal {i}", target=60.0) for i in range(3)]
    values = {
        (meta.id, group): rng.uniform(20, 90, len(PERIODS))
        for meta in indicators
        for group in groups
    }
    return Dataset(
        name="Tusind teams",
        source="many.csv",
        sha256="",
        indicators=indicators,
        groups=groups,
        periods=PERIODS,
        values=values,
        group_roles={"Hele kommunen": "total"},
    )


def test_a_thousand_groups_keep_the_event_loop_responsive(
    qtbot: QtBot, data_dir: object, qapp: object
) -> None:
    window = MainWindow(data_dir, many_groups())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    view = window.new_meeting("team-meeting")
    assert view is not None
    probe = LatencyProbe()
    probe.start()
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    for indicator in ("n1", "n2", "n0", "n1"):
        page.select_indicator(indicator)
        qtbot.wait(20)
    probe.stop()
    assert probe.worst() < 1.0, f"the event loop stalled for {probe.worst():.2f} s"
    snapshot = page._current().snapshot
    assert snapshot is not None
    # What the room saw: the team and the total, and the others as one yardstick.
    assert [s.group for s in snapshot.series] == ["Team 0000", "Hele kommunen"]
    assert snapshot.roles == {"Hele kommunen": "total"}
    assert snapshot.yardstick is not None and snapshot.yardstick.groups == GROUPS - 1
    legend = [label.text for _, label in page.views.trend.legend.items]
    assert "Hele kommunen" in legend
    assert any("999 grupper" in text for text in legend), legend


def test_an_old_record_with_every_group_still_shows_them_as_a_yardstick(qtbot: QtBot) -> None:
    periods = ["2025-01", "2025-02"]
    series = [
        SeriesSnapshot(group="Nord", periods=periods, values=[50.0, 60.0]),
        SeriesSnapshot(group="Syd", periods=periods, values=[40.0, None]),
        SeriesSnapshot(group="Vest", periods=periods, values=[70.0, 80.0]),
        SeriesSnapshot(group="Øst", periods=periods, values=[10.0, 20.0]),
    ]
    old = IndicatorSnapshot(indicator_id="x", name="Gammelt", series=series)
    yardstick = yardstick_of(old, "Nord")
    assert yardstick is not None
    assert yardstick.median == [40.0, 50.0] and yardstick.low == [10.0, 20.0]
    assert yardstick.high == [70.0, 80.0] and yardstick.names == ["Syd", "Vest", "Øst"]
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.show_snapshot(old, "Nord")
    legend = [label.text for _, label in chart.legend.items]
    assert "Median af Syd, Vest, Øst" in legend and "Nord" in legend
    _x, y = chart.median.getData()
    assert list(y) == [40.0, 50.0]


def test_the_leader_can_show_one_other_group_on_the_trend(
    qtbot: QtBot, data_dir: object, qapp: object
) -> None:
    dataset = many_groups()
    window = MainWindow(data_dir, dataset)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("n1")
    choice = page.views.single
    assert choice.count() == GROUPS, "no group, or one of the 999 other teams"
    choice.setCurrentIndex(choice.findText("Team 0500"))
    legend = [label.text for _, label in page.views.trend.legend.items]
    assert "Team 0500" in legend
    _x, y = page.views.trend.single.getData()
    assert np.allclose(y, dataset.values[("n1", "Team 0500")])
    page.select_indicator("n2")  # another indicator: the same team, its numbers there
    _x, y = page.views.trend.single.getData()
    assert np.allclose(y, dataset.values[("n2", "Team 0500")])
    snapshot = page._current().snapshot
    assert snapshot is not None and "Team 0500" not in [s.group for s in snapshot.series]


class Paints(QObject):
    """Counts the paints of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_switch_and_a_new_dataset_each_paint_the_chart_once(
    qtbot: QtBot, data_dir: object, qapp: object
) -> None:
    window = MainWindow(data_dir, many_groups())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("n1")
    qtbot.wait(300)  # what the first showing asked for is painted
    paints = Paints(page.views.trend.viewport())
    page.select_indicator("n2")
    qtbot.wait(300)
    assert paints.count == 1
    paints.count = 0
    window.data.show(many_groups())  # the same numbers loaded again: a new dataset
    qtbot.wait(300)
    assert paints.count == 1
    assert view.session.indicator_id == "n2", "a new dataset keeps the indicator shown"
