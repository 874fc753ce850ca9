""" "Siden sidst": the earlier meetings' open actions, each with a status and a comment.

What is said here is kept in this meeting and written back to the meeting the
action came from (``core.actions.write_back``); an action linked to an indicator
shows how the indicator moved since the action was agreed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from dialogtool.core import edits, review
from dialogtool.core.actions import write_back
from dialogtool.core.failures import failure_sentence
from dialogtool.core.formatting import day
from dialogtool.core.logs import log_exception
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import MeetingRecord, ReviewItem, ReviewStatus
from dialogtool.ui.delegates import ChoiceDelegate, edit_on_purpose
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession
from dialogtool.ui.trial_editor import LearnedEditor

ACTION, STATUS, COMMENT, MOVEMENT = range(4)
BETTER = QColor("#1b7a3a")
WORSE = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex


def _reviews(record: MeetingRecord) -> list[ReviewItem]:
    return record.reviews


class ReviewModel(RecordListModel[ReviewItem]):
    """The review entries; the movement column is coloured by whether it went the right way."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        moved = index.isValid() and index.column() == MOVEMENT
        if moved and role == Qt.ItemDataRole.ForegroundRole:
            better = review.better(self.items()[index.row()])
            return None if better is None else BETTER if better else WORSE
        return super().data(index, role)


class ReviewPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Siden sidst"),
            self.tr(
                "Hvad aftalte vi sidst, og hvordan er det gået? Giv hver handling en status "
                "og en kort kommentar – det gemmes også i det møde, hvor aftalen blev lavet."
            ),
        )
        lang = ui_lang()
        self.model = ReviewModel(
            session,
            _reviews,
            [
                Column(self.tr("Handling"), self._action_text),
                Column(
                    self.tr("Status"),
                    lambda i: i.status.value if i.status else "",
                    edits.attribute("status", lambda v: ReviewStatus(v) if v else None),
                    display=lambda i: review.status_label(i.status, ui_lang()),
                ),
                Column(
                    self.tr("Kommentar"),
                    lambda i: i.comment,
                    edits.attribute("comment", str),
                ),
                Column(
                    self.tr("Nøgletallet siden aftalen"),
                    lambda i: review.movement_text(i, ui_lang()),
                ),
            ],
            Changes.REVIEW,
            lambda i: i.text,
        )
        self.view = QTableView()
        self.view.setObjectName("reviewTable")
        edit_on_purpose(self.view)
        self.view.setAccessibleName(self.tr("Handlinger fra sidst og deres status"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        # Rows follow their text at the table's real width (sized once before the page was
        # laid out, they were too tall and shrank at the first edit: 109 -> 73 px).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(
            STATUS,
            ChoiceDelegate(
                lambda: [
                    (review.status_label(None, lang), ""),
                    *((review.status_label(s, lang), s.value) for s in ReviewStatus),
                ],
                self,
            ),
        )
        header = self.view.horizontalHeader()
        for column in (ACTION, COMMENT, MOVEMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.view, 1)
        self.learned_editor = LearnedEditor(session, self._current_item, self._reviewed)
        self.layout_.addWidget(self.learned_editor)
        self.view.selectionModel().currentRowChanged.connect(self.learned_editor.show_item)
        self.empty_label = QLabel(
            self.tr(
                "Der er intet at følge op på: ingen åbne handlinger fra tidligere møder med "
                "dette team. Gå videre til næste fase."
            )
        )
        self.empty_label.setObjectName("reviewEmpty")
        self.empty_label.setWordWrap(True)
        self.layout_.addWidget(self.empty_label)
        self.model.dataChanged.connect(self._reviewed)

    def _current_item(self) -> ReviewItem | None:
        row = self.view.currentIndex().row()
        items = self.session.record.reviews
        return items[row] if 0 <= row < len(items) else None

    def _action_text(self, item: ReviewItem) -> str:
        lang = ui_lang()
        bits = [self.tr("prøvehandling")] if item.trial else []
        bits += [item.owner] if item.owner else []
        if item.due:
            bits.append(self.tr("frist %1").replace("%1", day(item.due, lang)))
        bits.append(
            self.tr("aftalt %1").replace("%1", day(item.meeting_date, lang))
            + (f" ({item.meeting_title})" if item.meeting_title else "")
        )
        return f"{item.text}\n{' · '.join(bits)}"

    def refresh(self) -> None:
        super().refresh()
        session = self.session
        dataset = session.dataset
        if review.needs_update(session.record, dataset):
            # The indicators' newest numbers, not an edit: undo does not take them back.
            session.apply(
                Operation(
                    self.tr("nøgletal siden sidst"),
                    Changes.REVIEW,
                    lambda record: review.update_now(record, dataset),
                    undoable=False,
                )
            )
        self.model.reload()
        self.empty_label.setVisible(not session.record.reviews)
        self.view.setVisible(bool(session.record.reviews))

    def _reviewed(self) -> None:
        """A status or comment was given: the earlier meeting learns it too."""
        session = self.session
        if session.rehearsal or session.read_only:
            return
        failures = write_back(session.store, session.record, dt.date.today())
        if failures:
            first = failures[0]
            log_exception("Writing a review back failed", first.error)
            show_failure(
                self,
                self.tr("Opfølgningen kunne ikke gemmes i det tidligere møde"),
                self.tr("Mødet »%1« blev ikke opdateret. %2 Opfølgningen er gemt i dette møde.")
                .replace("%1", first.meeting_title)
                .replace("%2", failure_sentence(first.error, ui_lang())),
            )
