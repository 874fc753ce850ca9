"""The indicator chart: a trend with its target, the team against the other groups.

pyqtgraph is imported here only, and this module only when a chart is needed,
because importing pyqtgraph costs most of a second.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from dialogtool.core.record import IndicatorSnapshot

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
TEAM_COLOUR = QColor("#0072B2")
TARGET_COLOUR = QColor("#D55E00")
OTHERS_COLOUR = QColor("#999999")

pg.setConfigOptions(antialias=True, background="w", foreground="#222222")


class IndicatorChart(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("indicatorChart")
        self.setMinimumHeight(240)
        item = self.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(x=False, y=False)
        font = QFont()
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTickFont(font)
        self.legend = item.addLegend(
            offset=(-10, -10), labelTextSize="10pt", brush=pg.mkBrush(255, 255, 255, 220)
        )

    def show_snapshot(self, snapshot: IndicatorSnapshot | None, team: str) -> None:
        item = self.getPlotItem()
        item.clear()
        self.legend.clear()
        if snapshot is None or not snapshot.series:
            item.setTitle("")
            return
        periods = snapshot.series[0].periods
        xs = list(range(len(periods)))
        chosen = next((s for s in snapshot.series if s.group == team), snapshot.series[0])
        for series in snapshot.series:
            if series is chosen:
                continue
            item.plot(
                xs,
                _nan(series.values),
                pen=pg.mkPen(OTHERS_COLOUR, width=1.5),
                name=series.group,
                connect="finite",
            )
        targets = _nan(chosen.targets)
        if any(not math.isnan(v) for v in targets):
            pen = QPen(TARGET_COLOUR, 2.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            item.plot(xs, targets, pen=pen, name=self.tr("Mål"), connect="finite")
        item.plot(
            xs,
            _nan(chosen.values),
            pen=pg.mkPen(TEAM_COLOUR, width=3.5),
            symbol="o",
            symbolSize=6,
            symbolBrush=TEAM_COLOUR,
            symbolPen=None,
            name=chosen.group,
            connect="finite",
        )
        step = max(1, len(periods) // 8)
        ticks = [(i, periods[i]) for i in range(0, len(periods), step)]
        item.getAxis("bottom").setTicks([ticks])
        unit = f" ({snapshot.unit})" if snapshot.unit and snapshot.unit not in snapshot.name else ""
        item.setTitle(f"{snapshot.name}{unit}", size="13pt")


def _nan(values: list[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]
