"""An indicator as the room saw it, drawn as a high-resolution picture for a document.

A simple line chart of the numbers frozen in the snapshot: the meeting's group
in colour, the other groups in grey, the target dashed. It is drawn with
QPainter alone (no pyqtgraph), so an export needs no screen.
"""

from __future__ import annotations

import base64
import itertools
import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from dialogtool.core import formatting
from dialogtool.core.context import chosen_series
from dialogtool.core.i18n import Lang
from dialogtool.core.summary.document import Chart

# Okabe-Ito, as on the screen: distinguishable with the common colour-vision deficiencies.
TEAM = QColor("#0072B2")
TARGET = QColor("#D55E00")
OTHERS = QColor("#999999")
INK = QColor("#222222")
GRID = QColor("#DDDDDD")

#: 6 x 2.7 inches at 300 dpi.
WIDTH, HEIGHT = 1800, 810


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
    snapshot = chart.snapshot
    mine = chosen_series(snapshot, chart.group)
    periods = sorted({p for s in snapshot.series for p in s.periods})
    values = [v for s in snapshot.series for v in s.values if v is not None]
    targets = [t for t in (mine.targets if mine else []) if t is not None]
    if snapshot.target is not None:
        targets.append(snapshot.target)
    if not periods or not values:
        return
    low, high = min(values + targets), max(values + targets)
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad
    font = QFont()
    font.setPixelSize(30)
    painter.setFont(font)
    plot = QRectF(150, 80, WIDTH - 190, HEIGHT - 170)

    def x(period: str) -> float:
        if len(periods) == 1:
            return plot.center().x()
        return plot.left() + plot.width() * periods.index(period) / (len(periods) - 1)

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * (value - low) / (high - low)

    for step in range(5):  # the grid and the value axis
        value = low + (high - low) * step / 4
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(INK)
        label = formatting.quantity(round(value, 1), snapshot.unit, lang)
        painter.drawText(
            QRectF(0, y(value) - 20, plot.left() - 14, 40),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
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
        legend.append((TARGET, "mål" if lang == "da" else "target"))
    left = plot.left()
    for colour, text in legend:
        painter.setPen(QPen(colour, 7))
        painter.drawLine(QPointF(left, 36), QPointF(left + 50, 36))
        painter.setPen(INK)
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(left + 62, 46), text)
        left += 62 + width + 50
