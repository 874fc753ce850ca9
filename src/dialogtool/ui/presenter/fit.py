"""The room's one layout rule: every text gets the height it needs, the chart what is left.

A vertical layout that is asked for less height than its items' minimums
overlaps them: at 1024×768 the chart was drawn over *Lederens perspektiv*. So the
slide measures what its shown texts need at the window's width (each label's
height for that width, each list's own height, the chart's minimum) and, when
that is more than the window has, sets all its type a little smaller until it
fits (never below ``SMALLEST``). Nothing is ever drawn over anything else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

#: The type is never set smaller than this share of its full size.
SMALLEST = 0.5
#: Tries per fitting; each one sets the type in proportion to what was missing.
TRIES = 6


class Measured(Protocol):
    """A widget that knows the least height it needs (a board that drops whole items)."""

    def needed_height(self, width: int) -> int: ...


def needed_height(layout: QLayout, width: int) -> int:
    """The height ``layout``'s shown items need at ``width`` (their minimum, texts whole)."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    vertical = not isinstance(layout, QBoxLayout) or layout.direction() in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    )
    heights: list[int] = []
    widths = _shares(layout, inner) if not vertical else None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        assert item is not None
        share = widths[index] if widths is not None else inner
        widget, inner_layout = item.widget(), item.layout()
        if widget is not None:
            if widget.isHidden():
                continue
            heights.append(widget_height(widget, share))
        elif inner_layout is not None:
            height = needed_height(inner_layout, share)
            if height:
                heights.append(height)
    if not heights:
        return 0
    body = sum(heights) + layout.spacing() * (len(heights) - 1) if vertical else max(heights)
    return body + margins.top() + margins.bottom()


def widget_height(widget: QWidget, width: int) -> int:
    """A widget's height at ``width``: its own measure, its text's, its layout's, or its minimum."""
    measure = getattr(widget, "needed_height", None)  # a Measured widget (not isinstance:
    if measure is not None:  # a runtime Protocol check costs more than the measure itself)
        return int(measure(width))
    own = widget.layout()
    if own is not None:
        return max(needed_height(own, width), widget.minimumHeight())
    if widget.hasHeightForWidth():
        return max(widget.heightForWidth(width), widget.minimumHeight())
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


def _shares(layout: QLayout, width: int) -> list[int]:
    """In a row, the width each item gets: fixed ones their hint, the rest share what is left."""
    fixed: dict[int, int] = {}
    for index in range(layout.count()):
        item = layout.itemAt(index)
        assert item is not None
        widget = item.widget()
        hidden = widget is not None and widget.isHidden()
        if hidden or (isinstance(layout, QBoxLayout) and layout.stretch(index) == 0):
            fixed[index] = 0 if hidden else item.sizeHint().width()
    flexible = [i for i in range(layout.count()) if i not in fixed]
    shown = sum(1 for i in range(layout.count()) if fixed.get(i, 1))
    left = width - sum(fixed.values()) - layout.spacing() * max(0, shown - 1)
    each = max(0, left // max(1, len(flexible)))
    return [fixed.get(i, each) for i in range(layout.count())]


def fit_factor(measure: Callable[[float], int], available: int, start: float = 1.0) -> float:
    """The largest type factor (at most ``start``) whose slide fits ``available`` pixels.

    ``measure(factor)`` sets the type at ``factor`` and returns the height needed.
    """
    factor = start
    for _ in range(TRIES):
        need = measure(factor)
        if need <= available or factor <= SMALLEST:
            return factor
        # Text height goes roughly with the type size; aim a little under what is missing.
        factor = max(SMALLEST, factor * max(0.8, available / need) * 0.98)
    measure(factor)
    return factor


def text_height(font: QFont, width: int, lines: Sequence[str]) -> int:
    """The height ``lines`` take word-wrapped at ``width`` (as a plain QLabel sets them)."""
    if not lines:
        return 0
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    area = QRect(0, 0, max(1, width), 1_000_000)
    return QFontMetrics(font).boundingRect(area, int(flags), "\n".join(lines)).height()
