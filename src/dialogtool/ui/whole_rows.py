"""A list that never shows half a row at its bottom edge.

A row that the viewport cuts at the bottom is left blank instead of showing its
first line or two: a half question reads as a whole one. The scroll bar says there
is more, and a row scrolled (or moved to with the keys) into sight is drawn whole.
A row taller than the whole viewport is drawn anyway, cut, rather than never.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem


class WholeRowsDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view = option.widget  # the view it paints in
        if isinstance(view, QAbstractItemView):
            shown = view.viewport().rect()
            rect = option.rect
            if rect.bottom() > shown.bottom() and rect.top() > shown.top():
                return
        super().paint(painter, option, index)
