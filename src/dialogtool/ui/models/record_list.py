"""A table model over a list inside the open record (agenda, participants, actions ...).

Columns are declared with a getter and an optional setter, so each concrete
table is a few lines of column specs instead of its own model class.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dialogtool.ui.session import MeetingSession

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    get: Callable[[T], Any]
    set: Callable[[T, Any], None] | None = None
    #: For columns whose edit value differs from what is shown (e.g. an enum label).
    display: Callable[[T], str] | None = None
    checkable: bool = False


def _to_qt(value: Any) -> Any:
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


def _from_qt(value: Any) -> Any:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class RecordListModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        session: MeetingSession,
        items: Callable[[], list[T]],
        columns: Sequence[Column[T]],
    ) -> None:
        super().__init__()
        self.session = session
        self._items = items
        self.columns = list(columns)

    def items(self) -> list[T]:
        return self._items()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        column = self.columns[index.column()]
        if self.session.read_only or column.set is None:
            return base
        if column.checkable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items()[index.row()]
        column = self.columns[index.column()]
        value = column.get(item)
        if column.checkable:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item) if column.display else _display(value)
        if role == Qt.ItemDataRole.EditRole:
            return _to_qt(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if column.set is None or self.session.read_only:
            return False
        item = self._items()[index.row()]
        if column.checkable and role == Qt.ItemDataRole.CheckStateRole:
            column.set(item, Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole:
            column.set(item, _from_qt(value))
        else:
            return False
        self.dataChanged.emit(index, index)
        self.session.touched()
        return True

    def append(self, item: T) -> int:
        row = len(self._items())
        self.beginInsertRows(QModelIndex(), row, row)
        self._items().append(item)
        self.endInsertRows()
        self.session.touched()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._items()):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items()[row]
        self.endRemoveRows()
        self.session.touched()

    def reload(self) -> None:
        """The list was replaced or edited elsewhere (e.g. another record was opened)."""
        self.beginResetModel()
        self.endResetModel()
