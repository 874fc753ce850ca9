"""A layout that sets its widgets side by side and wraps to the next line when full.

For a row of buttons in a narrow column: two fit a line in Danish, one in a
language whose words are longer, without a fixed grid choosing for both.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items line by line (each as wide as its hint, the line's last stretched
        to the edge); the height the lines take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []
        lines: list[list[tuple[QLayoutItem, QPoint, QSize]]] = []
        for item in self._shown():
            hint = item.sizeHint()
            if line and x + hint.width() > area.right() + 1:
                lines.append(line)
                line, x, y = [], area.x(), y + line_height + self.spacing()
                line_height = 0
            line.append((item, QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        if line:
            lines.append(line)
        if move:
            for placed in lines:
                free = area.right() + 1 - (placed[-1][1].x() + placed[-1][2].width())
                share = max(0, free) // len(placed)
                for i, (item, point, hint) in enumerate(placed):
                    shifted = QPoint(point.x() + share * i, point.y())
                    item.setGeometry(QRect(shifted, QSize(hint.width() + share, hint.height())))
        return y + line_height - rect.y() + margins.bottom()
