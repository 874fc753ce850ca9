"""Item delegates for table cells: pick from a list, a bounded number, a date; and when
a cell starts editing at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dialogtool.ui.date_edit import DateEdit
from dialogtool.ui.models.record_list import REJECTED_ROLE

Choices = Callable[[], list[tuple[str, Any]]]
Index = QModelIndex | QPersistentModelIndex

#: A cell is edited on purpose: a double click, a click on the chosen cell, F2 - or Enter.
ON_PURPOSE = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
)


def edit_on_purpose(view: QAbstractItemView) -> None:
    """A typed letter never starts editing a cell; Enter on a cell does.

    Qt's tables start an editor on any key: a letter meant for a note, or a
    clicker's B while presenting, replaced an action's text or due date.
    """
    view.setEditTriggers(ON_PURPOSE)
    view.activated.connect(lambda index: view.edit(index))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (label, value) pairs."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(current)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class BoundedIntDelegate(QStyledItemDelegate):
    """A spin box that cannot leave the field's limits (see ``core.limits.bounds``)."""

    def __init__(
        self, low: int | None, high: int | None, suffix: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.low = 0 if low is None else low
        self.high = 2**31 - 1 if high is None else high
        self.suffix = suffix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(self.low, self.high)
        spin.setSuffix(self.suffix)
        spin.setToolTip(
            self.tr("Mellem %1 og %2").replace("%1", str(self.low)).replace("%2", str(self.high))
        )
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(value if isinstance(value, int) else self.low)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A ``DateEdit`` in a cell; text that is not a date is kept in the cell, marked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return DateEdit(parent)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """At least a whole date wide (the cell of an empty *Frist* column is ~40 px)."""
        cell: QRect = option.rect
        editor.setGeometry(cell.adjusted(0, 0, max(editor.sizeHint().width() - cell.width(), 0), 0))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate):
            editor.set_date(dt.date(value.year(), value.month(), value.day()))
        else:
            editor.setText(value if isinstance(value, str) else "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        text = editor.text().strip()
        value = editor.date()
        if not text:
            model.setData(index, None, Qt.ItemDataRole.EditRole)
        elif value is not None:
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        else:
            editor.commit()
            model.setData(index, (text, editor.problem()), REJECTED_ROLE)
