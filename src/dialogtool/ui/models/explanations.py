"""The explanation cards of one quadrant of the game board (locus × scope).

Each quadrant's list shows the record's explanations with that locus and scope.
Cards are edited in place, and dragged between quadrants: a drop sets the card's
locus and scope, and ``moved`` tells the board to show every quadrant again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dialogtool.core import edits
from dialogtool.core.operations import Changes
from dialogtool.core.record import Explanation, Locus, Scope
from dialogtool.ui.session import MeetingSession

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-dialogtool-explanation-ids"


class ExplanationListModel(QAbstractListModel):
    #: Cards were moved into this quadrant from another one.
    moved = Signal()

    def __init__(self, session: MeetingSession, locus: Locus, scope: Scope) -> None:
        super().__init__()
        self.session = session
        self.locus = locus
        self.scope = scope
        self._cards: list[Explanation] = []
        self.reload()
        session.restored.connect(self._restored)

    def _restored(self, changes: Changes) -> None:
        if changes & Changes.EXPLANATIONS:
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._cards = [
            e
            for e in self.session.record.explanations
            if e.locus == self.locus and e.scope == self.scope
        ]
        self.endResetModel()

    def card(self, row: int) -> Explanation | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def cards(self) -> list[Explanation]:
        return list(self._cards)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        card = self.card(index.row())
        text = " ".join(str(value).split())
        if card is None or role != Qt.ItemDataRole.EditRole or not text or text == card.text:
            return False
        label = self.tr("forklaringen '%1'").replace("%1", card.text)
        if not self.session.apply(edits.edit_explanation(label, card.id, text)):
            return False
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.session.read_only:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [card.id for i in indexes if (card := self.card(i.row())) is not None]
        mime.setData(MIME_TYPE, "\n".join(ids).encode("utf-8"))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return not self.session.read_only and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = set(bytes(data.data(MIME_TYPE).data()).decode("utf-8").split("\n"))
        return self.take(ids)

    def take(self, ids: set[str]) -> bool:
        """Move the cards with ``ids`` into this quadrant; False if none moved."""
        moving = [
            e
            for e in self.session.record.explanations
            if e.id in ids and (e.locus, e.scope) != (self.locus, self.scope)
        ]
        if not moving:
            return False
        label = self.tr("flyt forklaringen '%1'").replace("%1", moving[0].text)
        op = edits.move_explanations(label, [e.id for e in moving], self.locus, self.scope)
        if not self.session.apply(op):
            return False
        self.moved.emit()
        return True
