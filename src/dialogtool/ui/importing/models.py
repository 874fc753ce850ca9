"""Table models for the import dialogs: the file's first rows, the tidy preview, the problems."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogtool.core.catalogue import render
from dialogtool.core.formatting import number as format_number
from dialogtool.core.importing import Problem
from dialogtool.ui import plain_text
from dialogtool.ui.language import ui_lang

Index = QModelIndex | QPersistentModelIndex
#: A light tint behind the columns the mapping uses.
USED_TINT = QColor("#E8F1F8")


class _Table(QAbstractTableModel):
    """Rows of text under fixed headers."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[list[str]] = []

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return self.row_label(section)

    def row_label(self, row: int) -> str:
        return str(row + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.rows[index.row()]
            text = row[index.column()] if index.column() < len(row) else ""
            return plain_text.tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None


class SampleModel(_Table):
    """The first rows of the file as read, each header showing the role it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.used: set[int] = set()
        self.first_row = 1

    def show(
        self, columns: list[str], sample: list[list[str]], roles: dict[str, str], first_row: int
    ) -> None:
        """``roles`` maps a column name to its role's label; ``first_row`` is 1-based."""
        self.used = {i for i, c in enumerate(columns) if c in roles}
        self.first_row = first_row
        headers = [f"{c}\n[{roles[c]}]" if c in roles else f"{c}\n–" for c in columns]
        self.set_rows(headers, sample)

    def row_label(self, row: int) -> str:
        return str(self.first_row + row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.used:
            return QBrush(USED_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self.used:
            return QBrush(QColor("#777777"))
        return super().data(index, role)


def number_text(value: float | None) -> str:
    if value is None or math.isnan(value):
        return ""
    return format_number(value, ui_lang())


class ProblemsModel(_Table):
    """One problem per row: where (sheet, row, column) and what, in the user's language."""

    def show_problems(self, problems: list[Problem]) -> None:
        lang = ui_lang()
        headers = [self.tr("Fil"), self.tr("Ark"), self.tr("Række"), self.tr("Kolonne")]
        rows = [
            [
                p.file,
                p.sheet or "",
                "" if p.row is None else str(p.row),
                p.column or "",
                render(p.message, lang),
            ]
            for p in problems
        ]
        self.set_rows([*headers, self.tr("Problem")], rows)
