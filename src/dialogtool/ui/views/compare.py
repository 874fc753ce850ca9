"""This team against the other groups: the latest value of each group as a labelled bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from dialogtool.core.context import latest_point
from dialogtool.core.formatting import period, quantity
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.core.yardstick import yardstick_of
from dialogtool.ui.chart import (
    BENCHMARK_COLOUR,
    OTHERS_COLOUR,
    TARGET_COLOUR,
    TEAM_COLOUR,
    TOTAL_COLOUR,
    YARDSTICK_COLOUR,
    BaseChart,
    chosen_series,
    group_label,
    pen,
    yardstick_name,
)
from dialogtool.ui.language import ui_lang

#: Above this many bars the values are read from the axis, not written on each bar.
LABELLED_BARS = 30


class CompareChart(BaseChart):
    """One bar per group for the newest period the team has a number for.

    The team's bar is blue, the total and benchmarks have their own colours; the
    other teams are bars of their own when the snapshot kept them, else one
    yardstick bar (their median, with their range as a whisker). The target and the
    other teams' median are lines across. Every bar carries its value.
    """

    def __init__(self) -> None:
        super().__init__("compareChart")
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.25)
        #: (group, value) as drawn, for tests and the record.
        self.bars: list[tuple[str, float]] = []

    def show_snapshot(self, snapshot: IndicatorSnapshot | None, team: str) -> None:
        item = self.reset()
        self.bars = []
        if snapshot is None or not snapshot.series:
            return
        point = latest_point(snapshot, team)
        if point is None:
            return
        chosen = chosen_series(snapshot, team)
        latest = chosen.periods.index(point.period)
        all_label = self.tr("(alle)")
        team_label = group_label(chosen.group, all_label)
        colours: list[QColor] = []
        for s in snapshot.series:
            value = s.values[latest]
            if value is None:
                continue
            self.bars.append((group_label(s.group, all_label), value))
            role = snapshot.roles.get(s.group)
            colours.append(
                TEAM_COLOUR
                if s is chosen
                else TOTAL_COLOUR
                if role == "total"
                else BENCHMARK_COLOUR
                if role == "benchmark"
                else OTHERS_COLOUR
            )
        yardstick = yardstick_of(snapshot, chosen.group)
        median = yardstick.median[latest] if yardstick and len(yardstick.median) > latest else None
        summarised = yardstick is not None and not yardstick.names and median is not None
        if summarised and yardstick is not None and median is not None:
            low, high = yardstick.low[latest], yardstick.high[latest]
            name = self.tr("Median af %1 øvrige").replace("%1", str(yardstick.groups))
            self.bars.append((name, median))
            colours.append(YARDSTICK_COLOUR.lighter(250))
            if low is not None and high is not None:
                x = float(len(self.bars) - 1)
                item.addItem(
                    pg.ErrorBarItem(
                        x=np.asarray([x]),
                        y=np.asarray([median]),
                        top=np.asarray([high - median]),
                        bottom=np.asarray([median - low]),
                        beam=0.3,
                        pen=pen(YARDSTICK_COLOUR, 2.5),
                    )
                )
        xs = np.arange(len(self.bars), dtype=np.float64)
        heights = [v for _, v in self.bars]
        outline = [
            pg.mkPen(YARDSTICK_COLOUR, width=2) if g == team_label else pg.mkPen(None)
            for g, _ in self.bars
        ]
        item.addItem(
            pg.BarGraphItem(x=xs, height=heights, width=0.6, brushes=colours, pens=outline)
        )
        lang = ui_lang()
        if len(self.bars) <= LABELLED_BARS:
            for x, value in zip(xs.tolist(), heights, strict=True):
                label = pg.TextItem(
                    quantity(value, snapshot.unit, lang), color="#000000", anchor=(0.5, 1.0)
                )
                font = label.textItem.font()
                font.setPointSizeF(11)
                font.setBold(True)
                label.setFont(font)
                label.setPos(x, value)
                item.addItem(label)
        if yardstick is not None and median is not None and not summarised:
            self.line(
                [-0.5, len(self.bars) - 0.5],
                [median, median],
                pen=pen(YARDSTICK_COLOUR, 2.5, Qt.PenStyle.DashDotLine),
                name=yardstick_name(yardstick),
            )
        target = point.target
        if target is not None:
            self.line(
                [-0.5, len(self.bars) - 0.5],
                [target, target],
                pen=pen(TARGET_COLOUR, 3, Qt.PenStyle.DashLine),
                name=self.tr("Mål"),
            )
        item.getAxis("bottom").setTicks([[(float(i), g) for i, (g, _) in enumerate(self.bars)]])
        shown = [
            v
            for v in (target, yardstick.high[latest] if summarised and yardstick else None)
            if v is not None
        ]
        self.fit_bars(len(self.bars), [*heights, *shown])
        self.set_title(snapshot, f" – {period(point.period, lang)}")
        self.fit_legend()
