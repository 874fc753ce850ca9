"""Every text a user can read on a screen: the widget tree walked, item views read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A label's rich text as the reader sees it (tags gone, mnemonic ampersands gone)."""
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "\0")
    return re.sub(r"&(?=\S)", "", text).replace("\0", "&")


def screen_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every text of ``root`` and its shown children, tooltips too."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        yield from ((widget, plain(text)) for text in _own_texts(widget) if text.strip())


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.windowTitle() if widget.isWindow() else ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    if not parent.isValid():
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            count = _columns(model, parent) if orientation == Qt.Orientation.Horizontal else 0
            for section in range(count):
                value = model.headerData(section, orientation, display)
                yield value if isinstance(value, str) else ""
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (display, tip):
                value = model.data(index, role)
                yield value if isinstance(value, str) else ""
            if column == 0 and _columns(model, parent) > 1 and model.rowCount(index) > 0:
                yield from model_texts(model, index)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """Columns of any model: a list model keeps ``columnCount`` private (it has one)."""
    try:
        return model.columnCount(parent)
    except TypeError:
        return 1
