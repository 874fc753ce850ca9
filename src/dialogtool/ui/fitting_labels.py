"""Labels that take less room than their text: one elided line, or text turned on its side.

Both report the size they are shown at as their size hint, so a layout (and the
tests that check no text is cut) see what is on the screen; the whole text stays
in the tooltip and the accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """One line that ends in '…' when its width is too small; the whole text on hover."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Ignored: the layout gives it the room left over, never widens the window for it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)


class SidewaysLabel(QLabel):
    """A short heading read from bottom to top: an axis of a grid in a narrow column.

    It takes one line where the height it is given allows, else it breaks at spaces
    (at its line breaks first, until it is laid out): it grows wider, never cut.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(" ".join(text.split()))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._shown: list[str] = text.split("\n")

    def _lines(self) -> list[str]:
        """The lines to draw at the present height (the text's own until laid out)."""
        metrics = self.fontMetrics()
        room = self.height() - 8
        if room < 2 * metrics.lineSpacing():  # not laid out yet
            return self.text().split("\n")
        lines, line = [], ""
        for word in self.text().split():
            longer = f"{line} {word}".strip()
            if line and metrics.horizontalAdvance(longer) > room:
                lines.append(line)
                line = word
            else:
                line = longer
        return [*lines, line]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        length = max(metrics.horizontalAdvance(line) for line in self._shown)
        return QSize(len(self._shown) * metrics.lineSpacing() + 4, length + 8)

    def minimumSizeHint(self) -> QSize:
        """As wide as now; as low as its longest word: lower, it breaks into more lines."""
        metrics = self.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(self.sizeHint().width(), word + 8)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        lines = self._lines()
        if lines != self._shown:
            self._shown = lines
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.drawText(
            QRect(0, 0, self.height(), self.width()),
            Qt.AlignmentFlag.AlignCenter,
            "\n".join(self._shown),
        )
        painter.end()
