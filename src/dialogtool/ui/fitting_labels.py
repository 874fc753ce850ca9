"""Labels and buttons that take less room than their text: one elided line, or text
turned on its side.

Each reports the size it is shown at, so a layout (and the tests that check no text
is cut) see what is on the screen; the whole text stays in the tooltip or the
accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class ElidedLabel(QLabel):
    """One line that ends in '…' when its width is too small; the whole text on hover."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Ignored: the layout gives it the room left over, never widens the window for it;
        # Fixed: one line is always its whole height.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
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


class ElidingButton(QPushButton):
    """A push button that shortens its text with '…' rather than widen the window.

    Its size hint is its whole text; a narrow window (a 1024 px projector, a longer
    language) may give it less, down to a few letters, and the whole name stays the
    accessible name. In Danish at 1024 px every name is whole. ``setText`` sets the
    whole text; ``full_text`` reads it back (``text`` is what is shown).
    """

    #: Letters left before the '…' at the narrowest.
    SHORTEST = 3

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Maximum, not a button's Minimum: the layout may give it less than its text, and
        # never more (in a row with room to spare it stays as wide as its name).
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(self._plain())
        QPushButton.setText(self, text)
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        return self._size_for(self.fontMetrics().horizontalAdvance(self._plain()))

    def minimumSizeHint(self) -> QSize:
        short = self._plain()[: self.SHORTEST] + "…"
        return self._size_for(self.fontMetrics().horizontalAdvance(short))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _plain(self) -> str:
        return self._full.replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _size_for(self, text_width: int) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        text = QSize(text_width, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)

    def _elide(self) -> None:
        room = self.width() - self._size_for(0).width()
        plain = self._plain()
        if self.fontMetrics().horizontalAdvance(plain) <= room:
            shown = self._full  # whole: its mnemonic (&) works as written
        else:
            shown = self.fontMetrics().elidedText(plain, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            QPushButton.setText(self, shown)
