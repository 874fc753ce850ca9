"""The indicators of an import with their direction, which the leader confirms or flips.

Direction is never silently assumed (an unemployment rate shaded as better the
higher it goes misleads a room): each row says which way is better and why — the
word in the name that decided it, the team's earlier answer, or that it is only
assumed — and the leader flips it with Space, a double-click or the button.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from dialogtool.core.importing.reading import IndicatorReading

NAME, UNIT, DIRECTION, WHY = range(4)
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    id: str
    name: str
    unit: str
    higher_is_better: bool
    #: Where the shown direction comes from: "remembered", "word", "assumed" or "flipped".
    origin: str
    word: str


class DirectionsModel(QAbstractTableModel):
    def __init__(
        self,
        indicators: tuple[IndicatorReading, ...],
        remembered: dict[str, bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        for ind in indicators:
            if ind.id in remembered:
                row = _Row(ind.id, ind.name, ind.unit, remembered[ind.id], "remembered", "")
            else:
                origin = "assumed" if ind.direction.assumed else "word"
                higher = ind.direction.higher_is_better
                row = _Row(ind.id, ind.name, ind.unit, higher, origin, ind.direction.word or "")
            self.rows.append(row)
        self._proposed = [(r.higher_is_better, r.origin) for r in self.rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Nøgletal"), self.tr("Enhed"), self.tr("Retning"), self.tr("Hvorfor"))[
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.name
            if column == UNIT:
                return row.unit
            if column == DIRECTION:
                return self.direction_text(row.higher_is_better)
            return self.why_text(row)
        if role == Qt.ItemDataRole.FontRole and column == DIRECTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (DIRECTION, WHY):
            return self.tr("Mellemrum eller dobbeltklik vender retningen.")
        return None

    def direction_text(self, higher_is_better: bool) -> str:
        return self.tr("▲ Højere er bedre") if higher_is_better else self.tr("▼ Lavere er bedre")

    def why_text(self, row: _Row) -> str:
        if row.origin == "remembered":
            return self.tr("som I valgte sidst")
        if row.origin == "flipped":
            return self.tr("vendt af dig")
        if row.origin == "word":
            return self.tr("foreslået ud fra ordet '%1'").replace("%1", row.word)
        return self.tr("antaget – tjek den")

    def flip(self, row_number: int) -> None:
        """Turn the direction of one indicator; flipping back restores the proposal's reason."""
        row = self.rows[row_number]
        row.higher_is_better = not row.higher_is_better
        proposed, origin = self._proposed[row_number]
        row.origin = origin if row.higher_is_better == proposed else "flipped"
        self.dataChanged.emit(self.index(row_number, DIRECTION), self.index(row_number, WHY))

    def directions(self) -> dict[str, bool]:
        """Indicator id -> higher is better, as the leader leaves them."""
        return {row.id: row.higher_is_better for row in self.rows}

    def unconfirmed(self) -> int:
        """How many directions are only assumed (no word, no earlier answer)."""
        return sum(1 for row in self.rows if row.origin == "assumed")
