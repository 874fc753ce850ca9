"""An indicator as the room saw it, drawn as a high-resolution picture for a document.

The view the room saw last (``Chart.view``): a line chart of the numbers frozen in
the snapshot (the meeting's group in colour, the other groups in grey, the target
dashed), the groups' latest values as bars, or the latest against the previous
period and the target. The value axis has round ticks (``core.ticks``). It is drawn with
QPainter alone (no pyqtgraph), so an export needs no screen.
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from dialogtool.core import formatting
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render
from dialogtool.core.context import chosen_series, latest_point
from dialogtool.core.i18n import Lang
from dialogtool.core.labels import TEXT
from dialogtool.core.slides import DataView
from dialogtool.core.summary.document import Chart
from dialogtool.core.ticks import round_ticks

# Okabe-Ito, as on the screen: distinguishable with the common colour-vision deficiencies.
TEAM = QColor("#0072B2")
TARGET = QColor("#D55E00")
OTHERS = QColor("#999999")
INK = QColor("#222222")
GRID = QColor("#DDDDDD")
TARGET_FILL = QColor(213, 94, 0, 110)

#: 6 x 2.7 inches at 300 dpi.
WIDTH, HEIGHT = 1800, 810

#: The bars of the *Seneste* chart, named as on the leader's screen.
_BAR_WORDS = (
    QT_TRANSLATE_NOOP("ExportChart", "Forrige"),
    QT_TRANSLATE_NOOP("ExportChart", "Seneste"),
    QT_TRANSLATE_NOOP("ExportChart", "Mål"),
)


def chart_image(chart: Chart, lang: Lang) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(11811)  # 300 dpi
    image.setDotsPerMeterY(11811)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(painter, chart, lang)
    finally:
        painter.end()
    return image


def chart_png(chart: Chart, lang: Lang) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    chart_image(chart, lang).save(buffer, "PNG")  # type: ignore[call-overload]  # stub wants bytes
    data: QByteArray = buffer.data()
    return bytes(data.data())


def chart_data_uri(chart: Chart, lang: Lang) -> str:
    return "data:image/png;base64," + base64.b64encode(chart_png(chart, lang)).decode("ascii")


def _align(left: float, centre: float) -> Qt.AlignmentFlag:
    if centre - left < 199:
        return Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignRight if centre - left > 201 else Qt.AlignmentFlag.AlignHCenter


def _draw(painter: QPainter, chart: Chart, lang: Lang) -> None:
    font = QFont()
    font.setPixelSize(30)
    painter.setFont(font)
    if chart.view == DataView.TREND:
        _draw_trend(painter, chart, lang)
    else:
        _draw_bars(painter, chart, lang)


def value_ticks(chart: Chart, lang: Lang) -> list[float]:
    """The value axis's labelled values: round ones (``core.ticks``) spanning what is drawn;
    bars stand on zero."""
    if chart.view == DataView.TREND:
        values = _trend_values(chart)
    else:
        values = [value for _, value, _ in _bars(chart, lang)] + [0.0]
        target = _bar_target(chart)
        values += [target] if target is not None else []
    return round_ticks(min(values), max(values)) if values else []


def _trend_values(chart: Chart) -> list[float]:
    snapshot = chart.snapshot
    mine = chosen_series(snapshot, chart.group)
    values = [v for s in snapshot.series for v in s.values if v is not None]
    targets = [t for t in (mine.targets if mine else []) if t is not None]
    if snapshot.target is not None:
        targets.append(snapshot.target)
    return values + targets if values else []


def _bar_target(chart: Chart) -> float | None:
    """The target drawn across the groups' bars (the latest view has it as a bar of its own)."""
    point = latest_point(chart.snapshot, chart.group)
    return point.target if point is not None and chart.view == DataView.COMPARE else None


def _value_axis(
    painter: QPainter, plot: QRectF, ticks: list[float], unit: str, lang: Lang
) -> Callable[[float], float]:
    """Grid lines and labels at ``ticks``; returns value -> y."""
    low, high = ticks[0], ticks[-1]

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * (value - low) / (high - low)

    for value in ticks:
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, y(value) - 20, plot.left() - 14, 40),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            formatting.quantity(value, unit, lang),
        )
    return y


def _draw_trend(painter: QPainter, chart: Chart, lang: Lang) -> None:
    snapshot = chart.snapshot
    mine = chosen_series(snapshot, chart.group)
    periods = sorted({p for s in snapshot.series for p in s.periods})
    values = [v for s in snapshot.series for v in s.values if v is not None]
    targets = [t for t in (mine.targets if mine else []) if t is not None]
    if snapshot.target is not None:
        targets.append(snapshot.target)
    if not periods or not values:
        return
    plot = QRectF(170, 80, WIDTH - 210, HEIGHT - 170)

    def x(period: str) -> float:
        if len(periods) == 1:
            return plot.center().x()
        return plot.left() + plot.width() * periods.index(period) / (len(periods) - 1)

    y = _value_axis(painter, plot, value_ticks(chart, lang), snapshot.unit, lang)
    shown = sorted({0, len(periods) // 2, len(periods) - 1})
    for index in shown:  # the period axis: first, middle, last, kept inside the picture
        label = formatting.period(periods[index], lang)
        left = min(max(x(periods[index]) - 200, 0), WIDTH - 400)
        painter.drawText(
            QRectF(left, plot.bottom() + 14, 400, 40), _align(left, x(periods[index])), label
        )

    others = [s for s in snapshot.series if s is not mine]
    for series in [*others, *([mine] if mine else [])]:
        colour, width = (TEAM, 7) if series is mine else (OTHERS, 3)
        painter.setPen(QPen(colour, width))
        points = [
            QPointF(x(p), y(v))
            for p, v in zip(series.periods, series.values, strict=False)
            if v is not None
        ]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        if series is mine and points:
            painter.setBrush(colour)
            painter.drawEllipse(points[-1], 9, 9)
    if targets:
        pen = QPen(TARGET, 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        target = targets[-1]
        painter.drawLine(QPointF(plot.left(), y(target)), QPointF(plot.right(), y(target)))

    legend = [(TEAM, (mine.group if mine else "") or chart.group or snapshot.name)]
    if others:
        legend.append((OTHERS, ", ".join(s.group for s in others if s.group)[:60]))
    if targets:
        legend.append((TARGET, render(TEXT["target"], lang)))
    _legend(painter, plot.left(), legend)


def _legend(painter: QPainter, left: float, entries: list[tuple[QColor, str]]) -> None:
    for colour, text in entries:
        painter.setPen(QPen(colour, 7))
        painter.drawLine(QPointF(left, 36), QPointF(left + 50, 36))
        painter.setPen(INK)
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(left + 62, 46), text)
        left += 62 + width + 50


def _bars(chart: Chart, lang: Lang) -> list[tuple[str, float, QColor]]:
    """The bars the room saw: every group at the team's latest period, or the latest three."""
    snapshot = chart.snapshot
    point = latest_point(snapshot, chart.group)
    if point is None:
        return []
    if chart.view == DataView.LATEST:
        words = tuple(render(word, lang) for word in _BAR_WORDS)
        bars: list[tuple[str, float, QColor]] = []
        if point.previous is not None and point.previous_period is not None:
            period = formatting.period(point.previous_period, lang)
            bars.append((f"{words[0]} ({period})", point.previous, OTHERS))
        bars.append((f"{words[1]} ({formatting.period(point.period, lang)})", point.value, TEAM))
        if point.target is not None:
            bars.append((words[2], point.target, TARGET_FILL))
        return bars
    everyone = render(TEXT["all_groups"], lang)
    bars = []
    for series in snapshot.series:
        if point.period not in series.periods:
            continue
        value = series.values[series.periods.index(point.period)]
        if value is not None:
            colour = TEAM if series.group == point.group else OTHERS
            bars.append((series.group or everyone, value, colour))
    return bars


def _draw_bars(painter: QPainter, chart: Chart, lang: Lang) -> None:
    bars = _bars(chart, lang)
    if not bars:
        return
    unit = chart.snapshot.unit
    target = _bar_target(chart)
    plot = QRectF(170, 80, WIDTH - 210, HEIGHT - 170)
    y = _value_axis(painter, plot, value_ticks(chart, lang), unit, lang)
    slot = plot.width() / len(bars)
    metrics = painter.fontMetrics()
    for index, (label, value, colour) in enumerate(bars):
        left = plot.left() + slot * index
        top, base = sorted((y(value), y(0.0)))
        painter.fillRect(QRectF(left + slot * 0.2, top, slot * 0.6, base - top), colour)
        painter.setPen(INK)
        painter.drawText(
            QRectF(left, top - 44, slot, 40),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            formatting.quantity(value, unit, lang),
        )
        name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 8)
        painter.drawText(
            QRectF(left, plot.bottom() + 14, slot, 40), Qt.AlignmentFlag.AlignHCenter, name
        )
    if target is not None:
        painter.setPen(QPen(TARGET, 4, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y(target)), QPointF(plot.right(), y(target)))
        _legend(painter, plot.left(), [(TARGET, render(TEXT["target"], lang))])
