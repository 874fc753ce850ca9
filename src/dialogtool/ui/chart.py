"""The indicator chart: a trend with its target, the team against the other groups.

pyqtgraph is imported here only, and this module only when a chart is needed,
because importing pyqtgraph costs most of a second.

Long series stay fast: every plot draws with peak downsampling and clips to
the visible range, both set on the PlotItem (``plot(clipToView=True)`` crashes
in pyqtgraph 0.14).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen, QResizeEvent

from dialogtool.core import context
from dialogtool.core.formatting import period
from dialogtool.core.record import IndicatorSnapshot, SeriesSnapshot, Yardstick
from dialogtool.core.yardstick import yardstick_of
from dialogtool.ui.language import ui_lang

FloatArray = npt.NDArray[np.float64]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies, strong enough for
# a projector; each line has its own style as well, so it is told apart without colour.
TEAM_COLOUR = QColor("#0072B2")
TARGET_COLOUR = QColor("#D55E00")
YARDSTICK_COLOUR = QColor("#000000")
BAND_COLOUR = QColor(86, 180, 233, 110)  # sky blue
TOTAL_COLOUR = QColor("#CC79A7")
BENCHMARK_COLOUR = QColor("#E69F00")
OTHERS_COLOUR = QColor("#56B4E9")
GOOD_COLOUR = QColor("#009E73")
BAD_COLOUR = QColor("#E69F00")
SINGLE_COLOUR = QColor("#009E73")  # bluish green
SHADE_ALPHA = 90
#: The height a chart asks its layout for at least. Only asked (a size hint), never forced: on
#: a 96-dpi laptop the texts under the leader's chart took more than the window had, the
#: layout gave the chart less than a forced minimum, and its foot - the x axis with Forrige,
#: Seneste and Mål - was cut off. A chart as tall as the room it gets keeps its axes whole.
LEAST_HEIGHT = 230
#: The plot's own height below which a chart leaves out its legend, and the title, the
#: x axis and the margins around the plot, roughly (pixels).
LEAST_PLOT_HEIGHT = 80
CHART_CHROME = 70

pg.setConfigOptions(antialias=True, background="w", foreground="#222222")


def group_label(group: str, all_label: str) -> str:
    """A group's name; ``""`` means the file had no groups and stands for all."""
    return group or all_label


def chosen_series(snapshot: IndicatorSnapshot, team: str) -> SeriesSnapshot:
    """The team's series (``core.context``); the caller has checked there is one."""
    series = context.chosen_series(snapshot, team)
    assert series is not None
    return series


def as_array(values: list[float | None]) -> FloatArray:
    return np.asarray([math.nan if v is None else v for v in values], np.float64)


def pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    line = QPen(colour, width, style)
    line.setCosmetic(True)
    return line


def yardstick_name(yardstick: Yardstick) -> str:
    """The legend's name for the median: the groups it stands for, named when few."""
    if yardstick.names:
        text = QCoreApplication.translate("Chart", "Median af %1")
        return text.replace("%1", ", ".join(yardstick.names))
    text = QCoreApplication.translate("Chart", "Median af de øvrige %1 grupper")
    return text.replace("%1", str(yardstick.groups))


def shade(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(SHADE_ALPHA)
    return faded


def _columns_that_fit(widths: list[float], room: float, gap: float = 10) -> int:
    """The most legend columns whose widest entries, side by side, fit in ``room``.

    Entries fill the rows in order, so column ``c`` holds entries ``c, c + n, c + 2n, …``.
    """
    for count in range(len(widths), 1, -1):
        columns = [max(widths[c::count]) for c in range(count)]
        if sum(columns) + gap * (count - 1) <= room:
            return count
    return 1


class BaseChart(pg.PlotWidget):  # type: ignore[misc]
    """A read-only plot styled for a projector: large ticks, a legend, no mouse zoom."""

    #: Lines of text a category label under the x axis may take.
    TICK_LINES = 1

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        item = self.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.setMouseEnabled(x=False, y=False)
        font = QFont()
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.set_tick_font(font)
        # The legend sits in a row under the plot, so it never hides a line.
        self.legend = pg.LegendItem(labelTextSize="10pt")
        item.layout.addItem(self.legend, 4, 1)
        item.legend = self.legend

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), LEAST_HEIGHT))

    def set_tick_font(self, font: QFont) -> None:
        """Ticks in ``font``, with room for their whole text: the category labels' descenders
        under the bars, and half a line above the plot for the top value's label (a tick at the
        top of the range is centred on the plot's edge)."""
        item = self.getPlotItem()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTickFont(font)
        line = QFontMetrics(font).height()
        bottom = item.getAxis("bottom")
        bottom.setHeight(self.TICK_LINES * line + bottom.style["tickTextOffset"][1] + 6)
        item.layout.setContentsMargins(2, line // 2 + 2, 12, 2)

    def line(self, xs: object, ys: object, **options: object) -> pg.PlotDataItem:
        """Plot a line the fast way: peak downsampling keeps each pixel column's lowest and
        highest value, so one sample pair per pixel draws the same picture as all of them."""
        return self.getPlotItem().plot(xs, ys, autoDownsampleFactor=1.0, **options)

    def reset(self) -> pg.PlotItem:
        item = self.getPlotItem()
        item.clear()
        self.legend.clear()
        self.fit_legend()
        item.setTitle("")
        return item

    def set_title(self, snapshot: IndicatorSnapshot, suffix: str = "") -> None:
        unit = f" ({snapshot.unit})" if snapshot.unit and snapshot.unit not in snapshot.name else ""
        self.getPlotItem().setTitle(f"{snapshot.name}{unit}{suffix}", size="12pt")

    def fit_bars(self, count: int, heights: list[float]) -> None:
        """Show ``count`` bars from zero (or the lowest negative) with room above the highest."""
        item = self.getPlotItem()
        item.setXRange(-0.6, count - 0.4, padding=0)
        low, high = min(0.0, *heights), max(0.0, *heights)
        span = (high - low) or 1.0
        item.setYRange(low - (0.1 * span if low < 0 else 0), high + 0.25 * span, padding=0)

    def fit_legend(self) -> None:
        """Lay the legend out in as few rows as the width allows, and give it their height.

        The plot's layout does not ask the legend for its size by itself.
        """
        legend = self.legend
        if legend.items:
            widths = [28 + label.item.boundingRect().width() for _, label in legend.items]
            room = self.width() - 40
            legend.setColumnCount(_columns_that_fit(widths, room))
        legend.layout.activate()
        height = legend.layout.preferredSize().height() if legend.items else 0.0
        # On a low chart (the leader's, on an 800 px laptop at 96 dpi) the legend's rows left
        # the plot 15 px: the lines come first there, and the legend waits for room (the room's
        # chart shows it; so does the chart as a table, Alt+T).
        crowded = self.height() - height - CHART_CHROME < LEAST_PLOT_HEIGHT
        legend.setVisible(not crowded)
        if crowded:
            height = 0.0
        legend.setMinimumHeight(height)
        legend.setMaximumHeight(height)

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if getattr(self, "legend", None) is not None:  # pyqtgraph resizes during __init__
            self.fit_legend()

    def add_legend_swatch(self, colour: QColor, name: str) -> None:
        """A filled square in the legend for an area that has no curve of its own."""
        swatch = pg.BarGraphItem(x=[], height=[], width=1, brush=colour, pen=pg.mkPen(colour))
        self.legend.addItem(swatch, name)


class IndicatorChart(BaseChart):
    """Trend over time: the team, its target, the total and benchmarks, and the other teams
    as one yardstick (their median as a line, their range as a band).

    The items are made once and given new data on every change, so switching
    indicators costs a data update, not a rebuild of the plot.
    """

    def __init__(self) -> None:
        super().__init__("indicatorChart")
        item = self.getPlotItem()
        self._low = pg.PlotCurveItem(pen=pg.mkPen(None))
        self._high = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.band = pg.FillBetweenItem(self._low, self._high, brush=BAND_COLOUR)
        self.band.setZValue(-20)
        self.median = pg.PlotDataItem(
            pen=pen(YARDSTICK_COLOUR, 2.5, Qt.PenStyle.DashDotLine), connect="finite"
        )
        self.target = pg.PlotDataItem(
            pen=pen(TARGET_COLOUR, 3, Qt.PenStyle.DashLine), connect="finite"
        )
        self.team = pg.PlotDataItem(
            pen=pen(TEAM_COLOUR, 4),
            symbolSize=7,
            symbolBrush=TEAM_COLOUR,
            symbolPen=None,
            connect="finite",
        )
        #: One other group the leader picked to look at (from the loaded dataset).
        self.single = pg.PlotDataItem(
            pen=pen(SINGLE_COLOUR, 3, Qt.PenStyle.DashLine),
            symbol="t",
            symbolSize=7,
            symbolBrush=SINGLE_COLOUR,
            symbolPen=None,
            connect="finite",
        )
        self._single_name = ""
        parts = (self._low, self._high, self.band, self.median, self.target, self.single, self.team)
        for part in parts:
            item.addItem(part)
        for line in (self.median, self.target, self.single, self.team):
            line.opts["autoDownsampleFactor"] = 1.0  # as ``line``: one sample pair per pixel
        #: Total and benchmark lines, reused from one indicator to the next.
        self._roles: list[pg.PlotDataItem] = []
        #: The shades over and under the target: (fill, upper curve, lower curve), reused.
        self._fills: list[tuple[pg.FillBetweenItem, pg.PlotCurveItem, pg.PlotCurveItem]] = []
        self._used_fills = 0
        #: The legend's entries as drawn, and those the change being drawn wants.
        self._legend_shown: list[tuple[int, str]] = []
        self._entries: list[tuple[object, str]] = []
        self._swatches: dict[tuple[int, str], pg.BarGraphItem] = {}
        self._ticks: list[tuple[float, str]] = []

    def show_snapshot(self, snapshot: IndicatorSnapshot | None, team: str) -> None:
        item = self.getPlotItem()
        self._entries = []
        self._used_fills = 0
        self._single_name = ""  # a group picked for another indicator is picked again
        self.single.setData([], [])
        item.setTitle("")
        if snapshot is None or not snapshot.series:
            for part in (self.median, self.target, self.team, *self._roles):
                part.setData([], [])
            self._low.setData([], [])
            self._high.setData([], [])
            self._hide_unused_fills()
            self._ticks = []
            item.getAxis("bottom").setTicks(None)
            self._apply_legend()
            return
        periods = snapshot.series[0].periods
        xs = np.arange(len(periods), dtype=np.float64)
        chosen = chosen_series(snapshot, team)
        self._show_yardstick(xs, yardstick_of(snapshot, chosen.group))
        self._show_roles(xs, snapshot, chosen)
        values = as_array(chosen.values)
        targets = as_array(chosen.targets)
        if np.isnan(targets).all() and snapshot.target is not None:
            targets = np.full(len(periods), snapshot.target)
        if np.isnan(targets).all():
            self.target.setData([], [])
        else:
            self._shade(xs, values, targets, snapshot.higher_is_better)
            self.target.setData(xs, targets)
            self._entries.append((self.target, self.tr("Mål")))
        self._hide_unused_fills()
        self.team.setData(xs, values, symbol="o" if len(periods) <= 120 else None)
        self._entries.append((self.team, group_label(chosen.group, self.tr("(alle)"))))
        step = max(1, math.ceil(len(periods) / 6))  # "feb. 2025" needs room
        lang = ui_lang()
        ticks = [(float(i), period(periods[i], lang)) for i in range(0, len(periods), step)]
        if ticks != self._ticks:  # new ticks redraw the axis from scratch
            self._ticks = ticks
            item.getAxis("bottom").setTicks([ticks])
        self._fit_range(len(periods), [values, targets])
        self.set_title(snapshot)
        self._apply_legend()

    def _fit_range(self, count: int, shown: list[FloatArray]) -> None:
        """Set the range from the data drawn: auto-ranging would paint the chart twice."""
        parts = [*shown, *(line.yData for line in self._roles if line.yData is not None)]
        parts += [curve.yData for curve in (self._low, self._high) if curve.yData is not None]
        finite = np.concatenate([p[np.isfinite(p)] for p in parts if len(p)] or [np.zeros(1)])
        low, high = float(finite.min()), float(finite.max())
        span = (high - low) or max(abs(high), 1.0)
        item = self.getPlotItem()
        item.disableAutoRange()
        item.setXRange(-0.3, max(count - 0.7, 0.3), padding=0)
        item.setYRange(low - 0.08 * span, high + 0.08 * span, padding=0)
        # pyqtgraph applies a new range while painting, which asks for a second paint;
        # applied now, the change is painted once.
        item.getViewBox().updateMatrix()

    def show_group(self, name: str, values: FloatArray | None) -> None:
        """Draw one other group as well (``values`` on the chart's periods), or none."""
        self._entries = [entry for entry in self._entries if entry[0] is not self.single]
        if values is None or not name:
            self._single_name = ""
            self.single.setData([], [])
        else:
            self._single_name = name
            self.single.setData(np.arange(len(values), dtype=np.float64), values)
            self._entries.insert(max(0, len(self._entries) - 1), (self.single, name))
        self._apply_legend()

    def _swatch(self, colour: QColor, name: str) -> None:
        key = (colour.rgba(), name)
        if key not in self._swatches:
            self._swatches[key] = pg.BarGraphItem(
                x=[], height=[], width=1, brush=colour, pen=pg.mkPen(colour)
            )
        self._entries.append((self._swatches[key], name))

    def _apply_legend(self) -> None:
        """Rebuild the legend only when its entries changed (its labels are costly to make)."""
        wanted = [(id(part), name) for part, name in self._entries]
        if wanted == self._legend_shown:
            return
        self._legend_shown = wanted
        self.legend.clear()
        for part, name in self._entries:
            self.legend.addItem(part, name)
        self.fit_legend()

    def _hide_unused_fills(self) -> None:
        for fill, _upper, _lower in self._fills[self._used_fills :]:
            fill.setVisible(False)

    def _fill(self, x: FloatArray, upper: FloatArray, lower: FloatArray, colour: QColor) -> None:
        if self._used_fills == len(self._fills):
            top, bottom = pg.PlotCurveItem(), pg.PlotCurveItem()
            fill = pg.FillBetweenItem(top, bottom)
            fill.setZValue(-10)
            self.getPlotItem().addItem(fill)
            self._fills.append((fill, top, bottom))
        fill, top, bottom = self._fills[self._used_fills]
        self._used_fills += 1
        top.setData(x, upper)
        bottom.setData(x, lower)
        fill.setBrush(shade(colour))
        fill.setVisible(True)

    def _show_yardstick(self, xs: FloatArray, yardstick: Yardstick | None) -> None:
        if yardstick is None or len(yardstick.median) != len(xs):
            self.median.setData([], [])
            self._low.setData([], [])
            self._high.setData([], [])
            return
        low, high = as_array(yardstick.low), as_array(yardstick.high)
        finite = ~np.isnan(low) & ~np.isnan(high)
        # The band is drawn where the groups have numbers; gaps are bridged, not dropped.
        self._low.setData(xs[finite], low[finite])
        self._high.setData(xs[finite], high[finite])
        self.median.setData(xs, as_array(yardstick.median))
        self._entries.append((self.median, yardstick_name(yardstick)))
        if yardstick.groups > 1:
            self._swatch(BAND_COLOUR, self.tr("Laveste–højeste af dem"))

    def _show_roles(
        self, xs: FloatArray, snapshot: IndicatorSnapshot, chosen: SeriesSnapshot
    ) -> None:
        """The total and the benchmarks as lines of their own, each named in the legend."""
        shown = [s for s in snapshot.series if s is not chosen and s.group in snapshot.roles]
        item = self.getPlotItem()
        while len(self._roles) < len(shown):
            line = pg.PlotDataItem(connect="finite")
            line.opts["autoDownsampleFactor"] = 1.0
            item.addItem(line)
            self._roles.append(line)
        for line, series in zip(self._roles, shown, strict=False):
            total = snapshot.roles[series.group] == "total"
            style = Qt.PenStyle.DashDotDotLine if total else Qt.PenStyle.DotLine
            line.setPen(pen(TOTAL_COLOUR if total else BENCHMARK_COLOUR, 3, style))
            line.setData(xs, as_array(series.values))
            self._entries.append((line, series.group))
        for line in self._roles[len(shown) :]:
            line.setData([], [])

    def _shade(
        self, xs: FloatArray, values: FloatArray, targets: FloatArray, higher_is_better: bool
    ) -> None:
        """Fill between the series and its target: one colour where it is better, one worse."""
        over, under = (GOOD_COLOUR, BAD_COLOUR) if higher_is_better else (BAD_COLOUR, GOOD_COLOUR)
        shaded = False
        for x, v, t in _finite_runs(xs, values, targets):
            shaded = shaded or len(x) > 1
            self._fill(x, np.maximum(v, t), t, over)
            self._fill(x, t, np.minimum(v, t), under)
        if shaded:
            self._swatch(shade(GOOD_COLOUR), self.tr("Bedre end målet"))
            self._swatch(shade(BAD_COLOUR), self.tr("Dårligere end målet"))


def _finite_runs(
    xs: FloatArray, values: FloatArray, targets: FloatArray
) -> list[tuple[FloatArray, FloatArray, FloatArray]]:
    """Stretches where both series have numbers, with the points where they cross added.

    The crossings make the two shades meet exactly where the line crosses the target.
    """
    finite = ~np.isnan(values) & ~np.isnan(targets)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], finite.astype(np.int8), [0]))))
    runs = []
    for start, stop in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        x, v, t = xs[start:stop], values[start:stop], targets[start:stop]
        d = v - t
        cross = np.flatnonzero(d[:-1] * d[1:] < 0)
        if cross.size:
            frac = d[cross] / (d[cross] - d[cross + 1])
            cx = x[cross] + frac * (x[cross + 1] - x[cross])
            cy = t[cross] + frac * (t[cross + 1] - t[cross])
            order = np.argsort(np.concatenate((x, cx)), kind="stable")
            x = np.concatenate((x, cx))[order]
            v = np.concatenate((v, cy))[order]
            t = np.concatenate((t, cy))[order]
        runs.append((x, v, t))
    return runs
