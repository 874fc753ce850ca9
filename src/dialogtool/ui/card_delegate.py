"""Draws list items as sticky-note cards whose height fits their wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

MARGIN = 4
PADDING = 8
RADIUS = 4
FILL = QColor("#fff8d6")
FILL_SELECTED = QColor("#fff0a8")
BORDER = QColor("#d9c77a")
BORDER_SELECTED = QColor("#0072B2")
TEXT = QColor("#1a1a1a")
FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class CardDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def _text_rect(self, rect: QRect) -> QRect:
        inset = MARGIN + PADDING
        return rect.adjusted(inset, inset, -inset, -inset)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.view.viewport().width()
        text_width = max(width - 2 * (MARGIN + PADDING), 40)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, text_width, 10_000), FLAGS, text)
        return QSize(width, bounds.height() + 2 * (MARGIN + PADDING))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(BORDER_SELECTED if selected else BORDER, 2 if selected else 1))
        painter.setBrush(FILL_SELECTED if selected else FILL)
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        painter.setPen(TEXT)
        painter.setFont(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(self._text_rect(option.rect), FLAGS, text)
        painter.restore()
