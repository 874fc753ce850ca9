"""A 2×2 board on the room's screen: Tomm's question types, or the explanations' game board.

Each field shows whole items only. With more items than its place holds, the type
goes down towards the slide's small print; the slide asks room for every item at
that size, so its other texts get smaller too (``fit``), but never below the least
the slide's lists are set in. If that is not enough, the last items give way to a
"+N flere" line: a question cut mid-line (a field showed 2½ questions at
1024×768) is never shown. All four fields share one type size, so no field looks
more important than another.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dialogtool.ui.presenter.fit import text_height

#: Type sizes tried between the full and the least, each this share of the one before.
STEP = 0.92
#: A field's border (the room's style sheet) and its layout's margins, left and top.
BORDER = 3
MARGINS = (14, 8)
SPACING = 12


def _bullet(text: str) -> str:
    return f"• {text}"


class FieldItems(QLabel):
    """One field's items, as many whole ones as fit; its size never follows its text."""

    def __init__(self, board: Board) -> None:
        super().__init__()
        self.board = board
        self.setObjectName("boardText")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The field's place decides what is shown, never the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.items: list[str] = []

    def placed(self) -> bool:
        """Laid out on a slide (shown, or about to be grabbed), so its size is its place."""
        return self.isVisibleTo(self.window()) and self.height() > 0 and self.width() > 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.board.fit_items()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.board.fit_items()


class Board(QWidget):
    """A 2×2 of captioned fields in large type: the game board or Tomm's question types."""

    def __init__(self, fields: list[tuple[str, tuple[int, int]]]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        self.captions: dict[tuple[int, int], QLabel] = {}
        self.boxes: dict[tuple[int, int], QVBoxLayout] = {}
        self.texts: dict[tuple[int, int], FieldItems] = {}
        self.full_points = 24.0
        self.least_points = 16.0
        for caption, (row, column) in fields:
            frame = QFrame()
            frame.setObjectName("boardField")
            box = QVBoxLayout(frame)
            box.setContentsMargins(MARGINS[0], MARGINS[1], MARGINS[0], MARGINS[1])
            title = QLabel(caption)
            title.setObjectName("boardCaption")
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            text = FieldItems(self)
            box.addWidget(title)
            box.addWidget(text, 1)
            grid.addWidget(frame, row, column)
            self.captions[(row, column)] = title
            self.boxes[(row, column)] = box
            self.texts[(row, column)] = text
        for line in (0, 1):
            grid.setRowStretch(line, 1)
            grid.setColumnStretch(line, 1)

    def more(self, count: int) -> str:
        return self.tr("+%1 flere").replace("%1", str(count))

    def show_texts(self, texts: dict[tuple[int, int], list[str]]) -> None:
        for position, label in self.texts.items():
            label.items = list(texts.get(position, []))
        self.fit_items()

    def set_type(self, full_points: float, least_points: float) -> None:
        """The items' full type size and the least they may be set in (the slide's own)."""
        sizes = (full_points, min(least_points, full_points))
        if sizes == (self.full_points, self.least_points) or not self.isVisible():
            self.full_points, self.least_points = sizes
            return  # the same type (a key typed on another part of the slide), or not shown:
            # the items are fitted when their texts change or the board is laid out
        self.full_points, self.least_points = sizes
        self.fit_items()

    def _font(self, points: float) -> QFont:
        font = QFont(next(iter(self.texts.values())).font())
        font.setPointSizeF(max(1.0, points))
        return font

    def _sizes(self) -> list[float]:
        sizes, size = [], self.full_points
        while size > self.least_points:
            sizes.append(size)
            size *= STEP
        return [*sizes, self.least_points]

    def fit_items(self) -> None:
        """Every field's items at the largest type that shows them all, or whole ones only."""
        labels = list(self.texts.values())
        if not all(label.placed() for label in labels):  # not laid out yet: all, unmeasured
            for label in labels:
                label.setFont(self._font(self.full_points))
                label.setText("\n".join(_bullet(t) for t in label.items))
            return
        chosen = self.least_points
        for points in self._sizes():
            font = self._font(points)
            if all(
                text_height(font, label.width(), [_bullet(t) for t in label.items])
                <= label.height()
                for label in labels
            ):
                chosen = points
                break
        font = self._font(chosen)
        for label in labels:
            label.setFont(font)
            label.setText("\n".join(self._whole(font, label)))

    def _whole(self, font: QFont, label: FieldItems) -> list[str]:
        """The most of ``label``'s items that fit whole, with a line counting the rest."""
        lines = [_bullet(t) for t in label.items]
        for shown in range(len(lines), -1, -1):
            rest = len(lines) - shown
            candidate = lines[:shown] + ([self.more(rest)] if rest else [])
            if text_height(font, label.width(), candidate) <= label.height():
                return candidate
        return []

    def needed_height(self, width: int) -> int:
        """The height at ``width`` with every field's items at the least type, in two rows.

        The slide sets its type smaller until this fits (``fit``); only when even its
        smallest type leaves too little do the fields drop their last items.
        """
        column = (width - SPACING) // 2
        inner = column - 2 * (MARGINS[0] + BORDER)
        font = self._font(self.least_points)
        rows = {0: 0, 1: 0}
        for position, label in self.texts.items():
            caption = self.captions[position].heightForWidth(inner)
            items = text_height(font, inner, [_bullet(t) for t in label.items])
            field = caption + items + 2 * (MARGINS[1] + BORDER)
            if items:
                field += max(0, self.boxes[position].spacing())
            rows[position[0]] = max(rows[position[0]], field)
        return rows[0] + rows[1] + SPACING
