"""This team against the other groups: the latest value of every group as a bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPen

from dialogtool.core.context import latest_point
from dialogtool.core.formatting import period
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.ui.chart import (
    OTHERS_COLOUR,
    TARGET_COLOUR,
    TEAM_COLOUR,
    BaseChart,
    chosen_series,
    group_label,
)
from dialogtool.ui.language import ui_lang


class CompareChart(BaseChart):
    """One bar per group for the newest period the team has a number for.

    The team's bar is coloured, the others grey; the target and the unweighted
    average of the groups are lines across.
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
        self.bars = [
            (group_label(s.group, all_label), v)
            for s in snapshot.series
            if (v := s.values[latest]) is not None
        ]
        xs = np.arange(len(self.bars), dtype=np.float64)
        heights = [v for _, v in self.bars]
        team_label = group_label(chosen.group, all_label)
        brushes = [TEAM_COLOUR if g == team_label else OTHERS_COLOUR for g, _ in self.bars]
        item.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brushes=brushes, pen=None))
        if len(self.bars) > 1:
            mean = float(np.mean(heights))
            pen = QPen(OTHERS_COLOUR.darker(150), 2, Qt.PenStyle.DotLine)
            pen.setCosmetic(True)
            self.line(
                [-0.5, len(self.bars) - 0.5],
                [mean, mean],
                pen=pen,
                name=self.tr("Gennemsnit (uvægtet)"),
            )
        target = point.target
        if target is not None:
            pen = QPen(TARGET_COLOUR, 2.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self.line([-0.5, len(self.bars) - 0.5], [target, target], pen=pen, name=self.tr("Mål"))
        item.getAxis("bottom").setTicks([[(float(i), g) for i, (g, _) in enumerate(self.bars)]])
        shown_target = [target] if target is not None else []
        self.fit_bars(len(self.bars), [*heights, *shown_target])
        self.set_title(snapshot, f" – {period(point.period, ui_lang())}")
        self.fit_legend()
