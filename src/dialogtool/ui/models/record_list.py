"""A table model over a list inside the open record (agenda, participants, actions ...).

Columns are declared with a getter and an optional edit (a core function, e.g.
``edits.attribute("due")``), so each concrete table is a few lines of column specs
instead of its own model class. Every change is an operation applied by the
session (undoable, named after the column and the row: "frist for 'Ring til fem
virksomheder'"); after an undo of its part of the meeting the model reloads.

A value the record refuses (pydantic's limits, or text an editor could not read,
set with ``REJECTED_ROLE``) is not dropped: the cell keeps showing it, marked,
with the reason as its tooltip, and ``problems()`` gives the page the reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dialogtool.core import edits
from dialogtool.core.limits import rejection_reason
from dialogtool.core.operations import Changes
from dialogtool.ui.language import ui_lang
from dialogtool.ui.session import MeetingSession

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
#: ``setData`` with ``(text, reason)``: an editor could not turn the text into a value.
REJECTED_ROLE = Qt.ItemDataRole.UserRole + 50
REJECTED_COLOUR = QColor("#b00020")


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    get: Callable[[T], Any]
    set: edits.ItemEdit[T] | None = None
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
        items: edits.Items[T],
        columns: Sequence[Column[T]],
        changes: Changes,
        name: Callable[[T], str],
    ) -> None:
        super().__init__()
        self.session = session
        self._where = items
        self.columns = list(columns)
        #: The part of the meeting the list is (its undo reloads the model).
        self.changes = changes
        #: How a row is named in the undo menu.
        self.name = name
        session.restored.connect(self._restored)
        #: (id of the item, column) -> (the text as typed, why it was refused).
        self._rejected: dict[tuple[int, int], tuple[str, str]] = {}

    def items(self) -> list[T]:
        return self._where(self.session.record)

    def _items(self) -> list[T]:
        return self._where(self.session.record)

    def _restored(self, changes: Changes) -> None:
        if changes & self.changes:
            self.reload()

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
        refused = self._rejected.get((id(item), index.column()))
        if refused is not None:
            return self._refused_data(refused, role)
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

    @staticmethod
    def _refused_data(refused: tuple[str, str], role: int) -> Any:
        text, reason = refused
        if role == Qt.ItemDataRole.DisplayRole:
            return "⚠ " + text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            return reason
        if role == Qt.ItemDataRole.ForegroundRole:
            return REJECTED_COLOUR
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if column.set is None:
            return False
        item = self._items()[index.row()]
        key = (id(item), index.column())
        if role == REJECTED_ROLE:
            text, reason = value
            return self._refuse(index, key, text, reason)
        if column.checkable and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            value = _from_qt(value)
        else:
            return False
        label = self.tr("%1 for '%2'").replace("%1", column.header.lower())
        op = edits.edit_row(
            label.replace("%2", self.name(item)),
            self.changes,
            self._where,
            index.row(),
            column.set,
            value,
        )
        try:
            applied = self.session.apply(op) != Changes.NONE
        except ValidationError as exc:  # the field's own limits (validate_assignment)
            return self._refuse(index, key, _display(value), rejection_reason(exc, ui_lang()))
        if not applied:
            return False
        self._rejected.pop(key, None)
        self.dataChanged.emit(index, index)
        return True

    def _refuse(self, index: Index, key: tuple[int, int], text: str, reason: str) -> bool:
        self._rejected[key] = (text, reason)
        self.dataChanged.emit(index, index)
        return False

    def problems(self) -> list[str]:
        """Why the marked cells were refused (each reason once)."""
        return list(dict.fromkeys(reason for _text, reason in self._rejected.values()))

    def append(self, item: T, label: str) -> int:
        """Add ``item`` as the last row (``label`` names it in the undo menu)."""
        row = len(self._items())
        self.beginInsertRows(QModelIndex(), row, row)
        added = self.session.apply(edits.add_row(label, self.changes, self._where, item))
        self.endInsertRows()
        if added == Changes.NONE:
            self.reload()
        return row

    def remove(self, row: int, label: str) -> None:
        """Delete row ``row`` (``label`` names it, e.g. "slet handling 'Ring …'")."""
        if not 0 <= row < len(self._items()):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = id(self._items()[row])
        self._rejected = {k: v for k, v in self._rejected.items() if k[0] != gone}
        removed = self.session.apply(edits.remove_row(label, self.changes, self._where, row))
        self.endRemoveRows()
        if removed == Changes.NONE:
            self.reload()

    def reload(self) -> None:
        """The list was replaced or edited elsewhere (e.g. another record was opened)."""
        self.beginResetModel()
        alive = {id(item) for item in self._items()}
        self._rejected = {k: v for k, v in self._rejected.items() if k[0] in alive}
        self.endResetModel()
