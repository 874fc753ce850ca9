"""The room's list of actions and of *Siden sidst*, each entry with a hanging indent.

An entry is a mark (•, ✓, …, ✗) and its text, with the indicator's movement on a
line of its own under the text. As plain list text, a wrapped line started under
the mark and the movement's four-space indent wrapped back to the left edge: on the
room's screen the indicator's line ("Løntimer: 41 t (jan.) → 47 t (maj), +6 t ▲")
ran into the next entry's text. Here the mark has a column of its own and every
line of the entry, wrapped or not, starts under the text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStandardItem
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dialogtool.ui.presenter.fit import text_height

#: The entry's mark (•, ✓, …); an item without one is a sentence across the whole width.
MARK_ROLE = Qt.ItemDataRole.UserRole + 1
#: The entry's lines: its text, then what stands under it (the indicator's movement).
LINES_ROLE = Qt.ItemDataRole.UserRole + 2
#: The marks an entry may have (an action's bullet, a review's status).
MARKS = ("•", "✓", "…", "✗", "–")
#: Room above and below each entry.
PADDING = 3

Index = QModelIndex | QPersistentModelIndex


def hanging_item(mark: str, lines: list[str], shown: str) -> QStandardItem:
    """An entry: ``mark`` in its column, ``lines`` under one another beside it.

    ``shown`` is the entry as one text (what screen readers and copies get).
    """
    item = QStandardItem(shown)
    item.setData(mark, MARK_ROLE)
    item.setData([line for line in lines if line], LINES_ROLE)
    return item


def _parts(index: Index) -> tuple[str, list[str]]:
    mark = index.data(MARK_ROLE)
    lines = index.data(LINES_ROLE)
    if not isinstance(mark, str) or not isinstance(lines, list):
        return "", [str(index.data(Qt.ItemDataRole.DisplayRole) or "")]
    return mark, [str(line) for line in lines]


def _indent(font: QFont, mark: str) -> int:
    """Where the text starts: one column for every mark, so the entries' texts line up."""
    if not mark:
        return 0
    metrics = QFontMetrics(font)
    widest = max(metrics.horizontalAdvance(m) for m in (*MARKS, mark))
    return widest + metrics.horizontalAdvance(" ")


def entry_height(font: QFont, width: int, index: Index) -> int:
    mark, lines = _parts(index)
    return text_height(font, width - _indent(font, mark), lines) + 2 * PADDING


class HangingDelegate(QStyledItemDelegate):
    """Paints an entry's mark in its column and its lines wrapped beside it."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.view.viewport().width()
        return QSize(width, entry_height(option.font, width, index))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        mark, lines = _parts(index)
        indent = _indent(option.font, mark)
        area = option.rect.adjusted(0, PADDING, 0, -PADDING)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        if mark:
            painter.drawText(QRect(area.left(), area.top(), indent, area.height()), top_left, mark)
        flags = int(top_left | Qt.TextFlag.TextWordWrap)
        painter.drawText(area.adjusted(indent, 0, 0, 0), flags, "\n".join(lines))
        painter.restore()


class HangingList(QListView):
    """The entries under one another, as tall as they are at the slide's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(HangingDelegate(self))

    def needed_height(self, width: int) -> int:
        """The height every entry takes at ``width`` (``fit.Measured``)."""
        model = self.model()
        if model is None:
            return 0
        inner = width - 2 * self.frameWidth()
        total = sum(
            entry_height(self.font(), inner, model.index(row, 0)) for row in range(model.rowCount())
        )
        return total + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.needed_height(self.width()))

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.updateGeometry()  # a new width or type size: the layout asks the height again
