"""The latest value against the previous period and the target, as three labelled bars."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from dialogtool.core.context import latest_point
from dialogtool.core.formatting import period, quantity
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.ui.chart import (
    OTHERS_COLOUR,
    TARGET_COLOUR,
    TEAM_COLOUR,
    BaseChart,
    group_label,
    shade,
)
from dialogtool.ui.language import ui_lang


class LatestChart(BaseChart):
    """Each bar named under it, its period on a second line: side by side in one line,
    "Forrige (sep. 2026)" and "Seneste (okt. 2026)" overlapped on a narrow chart and
    pyqtgraph left the first one out."""

    TICK_LINES = 2

    def __init__(self) -> None:
        super().__init__("latestChart")
        self.getPlotItem().showGrid(x=False, y=False)
        #: (label, value) as drawn, for tests and the record.
        self.bars: list[tuple[str, float]] = []

    def show_snapshot(self, snapshot: IndicatorSnapshot | None, team: str) -> None:
        item = self.reset()
        self.bars = []
        if snapshot is None or not snapshot.series:
            return
        point = latest_point(snapshot, team)
        if point is None:
            return
        lang = ui_lang()
        bars: list[tuple[str, float, object]] = []
        if point.previous is not None and point.previous_period is not None:
            label = self.tr("Forrige\n%1").replace("%1", period(point.previous_period, lang))
            bars.append((label, point.previous, OTHERS_COLOUR))
        label = self.tr("Seneste\n%1").replace("%1", period(point.period, lang))
        bars.append((label, point.value, TEAM_COLOUR))
        if point.target is not None:
            bars.append((self.tr("Mål"), point.target, shade(TARGET_COLOUR)))
        self.bars = [(label, value) for label, value, _ in bars]
        xs = np.arange(len(bars), dtype=np.float64)
        heights = [value for _, value, _ in bars]
        item.addItem(
            pg.BarGraphItem(
                x=xs,
                height=heights,
                width=0.55,
                brushes=[colour for _, _, colour in bars],
                pens=[
                    pg.mkPen(TARGET_COLOUR, width=2) if b[0] == self.tr("Mål") else None
                    for b in bars
                ],
            )
        )
        for x, value in zip(xs.tolist(), heights, strict=True):
            text = pg.TextItem(
                quantity(value, snapshot.unit, lang), color="#222222", anchor=(0.5, 1.0)
            )
            font = text.textItem.font()
            font.setPointSizeF(12)
            font.setBold(True)
            text.setFont(font)
            text.setPos(x, value)
            item.addItem(text)
        item.getAxis("bottom").setTicks([[(float(i), b[0]) for i, b in enumerate(bars)]])
        self.fit_bars(len(bars), heights)
        self.set_title(snapshot, f" – {group_label(point.group, self.tr('(alle)'))}")
        self.fit_legend()
