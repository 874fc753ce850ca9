"""A read-only table over NumPy columns: sorts and filters 100,000 rows without delay.

Sorting is done by the model itself with NumPy (``sort``), so a click on a
header never calls Python once per comparison; the proxy filters from a
boolean mask computed with NumPy over one lower-cased text per row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from dialogtool.core.formatting import number as format_number
from dialogtool.ui.language import ui_lang

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header and its cells (text as an object array, numbers as float)."""

    header: str
    cells: npt.NDArray[Any]

    @property
    def numeric(self) -> bool:
        return self.cells.dtype.kind in "fiu"


class ColumnTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._columns: list[Column] = []
        self._order: npt.NDArray[np.int64] = np.zeros(0, np.int64)
        #: One lower-cased line per row (all cells joined), for the filter.
        self.search_text: npt.NDArray[np.str_] = np.zeros(0, np.str_)

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self._columns = columns
        n = len(columns[0].cells) if columns else 0
        self._order = np.arange(n, dtype=np.int64)
        texts = [np.char.lower(self._texts(c)) for c in columns]
        joined = np.full(n, "", dtype=object)
        for text in texts:
            joined = joined + "\x1f" + text.astype(object)
        self.search_text = joined.astype(np.str_)
        self.endResetModel()

    def _texts(self, column: Column) -> npt.NDArray[np.str_]:
        if not column.numeric:
            return column.cells.astype(np.str_)
        lang = ui_lang()
        return np.asarray([_number(v, lang) for v in column.cells.tolist()], np.str_)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.cells[self._order[index.row()]]
            return _number(float(value), ui_lang()) if column.numeric else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def source_row(self, row: int) -> int:
        """The row in the original order that is shown at ``row``."""
        return int(self._order[row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._columns:
            return
        cells = self._columns[column].cells
        keys = cells if self._columns[column].numeric else np.char.lower(cells.astype(np.str_))
        ranked = np.argsort(keys, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            # Reverse, but keep missing numbers last and ties in their original order.
            ranked = np.argsort(-_rank(keys, ranked), kind="stable")
        self.layoutAboutToBeChanged.emit()
        self._order = ranked.astype(np.int64)
        self.layoutChanged.emit()


def _rank(keys: npt.NDArray[Any], ranked: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
    """Each row's place in ascending order (ties share a place); missing numbers stay last."""
    sorted_keys = keys[ranked]
    new_group = np.ones(len(ranked), np.bool_)
    new_group[1:] = sorted_keys[1:] != sorted_keys[:-1]
    place = np.empty(len(ranked), np.float64)
    place[ranked] = np.cumsum(new_group)
    if keys.dtype.kind == "f":
        place[np.isnan(keys)] = -np.inf
    return place


def _number(value: float, lang: str) -> str:
    return "" if math.isnan(value) else format_number(value, lang)  # type: ignore[arg-type]


class FilterProxy(QSortFilterProxyModel):
    """Shows the rows whose text contains every word typed; sorting is the model's own."""

    def __init__(self, model: ColumnTableModel) -> None:
        super().__init__()
        self._model = model
        self._mask: npt.NDArray[np.bool_] | None = None
        self._text = ""
        self.setSourceModel(model)
        self.setDynamicSortFilter(False)
        # The old mask must be gone before the proxy asks about the new rows: it is sized
        # for the old ones (indexing past it crashed the app when a filter was typed).
        model.modelAboutToBeReset.connect(self._drop_mask)
        model.modelReset.connect(self._recompute)

    def _drop_mask(self) -> None:
        self._mask = None

    def set_filter_text(self, text: str) -> None:
        self._text = text
        self._recompute()

    def _recompute(self) -> None:
        words = self._text.lower().split()
        self._mask = None
        if words:
            mask = np.ones(len(self._model.search_text), np.bool_)
            for word in words:
                mask &= np.char.find(self._model.search_text, word) >= 0
            self._mask = mask  # indexed by the model's original row, whatever its order
        # One layout change rather than a removal signal per stretch of hidden rows.
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._mask is None:
            return True
        return bool(self._mask[self._model.source_row(source_row)])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)
        self.invalidate()
