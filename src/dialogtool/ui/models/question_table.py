"""The library's questions as a table: text, category, source, favourite and hidden marks.

The favourite and hidden columns are check boxes that write straight to the
library (the user's ``library.json``); everything else is read-only here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dialogtool.core.failures import failure_sentence
from dialogtool.core.library import Library, LibraryError
from dialogtool.core.logs import log_exception
from dialogtool.core.questions import Question, category_label
from dialogtool.ui import plain_text
from dialogtool.ui.language import ui_lang

Index = QModelIndex | QPersistentModelIndex

FAVOURITE, TEXT, CATEGORY, SOURCE, HIDDEN = range(5)
_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole}
)


class QuestionTableModel(QAbstractTableModel):
    #: A mark could not be written; carries a sentence for the user.
    failed = Signal(str)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.category: str | None = None
        self.include_hidden = False
        self._rows: list[Question] = []
        self._lang = ui_lang()

    def reload(self) -> None:
        self.beginResetModel()
        self._lang = ui_lang()
        self._rows = self.library.questions(self.category, include_hidden=self.include_hidden)
        self.endResetModel()

    def set_filter(self, category: str | None, include_hidden: bool) -> None:
        self.category = category
        self.include_hidden = include_hidden
        self.reload()

    def question(self, row: int) -> Question | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, question_id: str) -> int:
        return next((row for row, q in enumerate(self._rows) if q.id == question_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Favorit"),
            self.tr("Spørgsmål"),
            self.tr("Kategori"),
            self.tr("Kilde"),
            self.tr("Skjult"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (FAVOURITE, HIDDEN):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None  # cheap answer for the many style roles views ask about
        question = self.question(index.row()) if index.isValid() else None
        if question is None:
            return None
        column = index.column()
        if column in (FAVOURITE, HIDDEN):
            if role != Qt.ItemDataRole.CheckStateRole:
                return None
            marked = (
                self.library.is_favourite_question(question.id)
                if column == FAVOURITE
                else self.library.is_hidden_question(question.id)
            )
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole:
            return None
        if column == TEXT:
            text = question.text.get(self._lang)
            return plain_text.tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if column == CATEGORY:
            return category_label(question.category, self._lang)
        own = self.library.is_user_question(question.id)
        return self.tr("Egen") if own else self.tr("Medfølger")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        question = self.question(index.row())
        if question is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if index.column() not in (FAVOURITE, HIDDEN):
            return False
        mark = (
            self.library.set_question_favourite
            if index.column() == FAVOURITE
            else self.library.set_question_hidden
        )
        try:
            mark(question.id, on)
        except (LibraryError, OSError) as exc:
            if isinstance(exc, OSError):
                log_exception("Marking a question failed", exc)
            self.failed.emit(failure_sentence(exc, ui_lang()))
            return False
        self.reload()  # favourites sort first; hidden ones may leave the list
        return True
