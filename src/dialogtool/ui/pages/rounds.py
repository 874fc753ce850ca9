"""Check-in and check-out rounds: the question for the round, then one entry per participant.

The method's own pair comes first in every meeting, then the template's questions,
then the library's. For a check-in, the other variants this team had in its last few
meetings are not suggested again; the pair always is. Ticking a question records it in the meeting (category ``checkin`` or
``checkout``), which is what keeps it from being suggested next time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QListView, QTableView

from dialogtool.core import edits, meeting, wording
from dialogtool.core.library import suggest_checkins
from dialogtool.core.operations import Changes
from dialogtool.core.questions import Question
from dialogtool.core.record import (
    AskedQuestion,
    MeetingRecord,
    ParticipantEntry,
    PhaseId,
    utc_now,
)
from dialogtool.ui.delegates import edit_on_purpose
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
QUESTION_FONT_POINTS = 13


class RoundPage(Page):
    def __init__(self, session: MeetingSession, phase: PhaseId) -> None:
        self.phase = phase
        kind, lang = session.record.kind, ui_lang()
        if phase == PhaseId.CHECKIN:
            title = self.tr("Tjek ind")
            intro = wording.say("checkin_intro", kind, lang)
            pick_hint = wording.say("checkin_pick", kind, lang)
        else:
            title = self.tr("Tjek ud")
            intro = self.tr(
                "Hvad tager vi med os, og hvad skal det føre til af handling? Én ad gangen."
            )
            pick_hint = wording.say("round_pick", kind, lang)
        super().__init__(session, title, intro)
        #: Earlier meetings, read once: which check-in questions the team had recently.
        self._earlier: list[MeetingRecord] | None = None
        self.question_model = QStandardItemModel(self)
        self.question_view = QListView()
        self.question_view.setObjectName(f"{phase.value}Questions")
        self.question_view.setAccessibleName(self.tr("Spørgsmål til runden"))
        self.question_view.setAccessibleDescription(pick_hint)
        self.question_view.setModel(self.question_model)
        self.question_view.setWordWrap(True)
        self.question_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        font = QFont(self.question_view.font())
        font.setPointSize(max(font.pointSize(), QUESTION_FONT_POINTS))
        self.question_view.setFont(font)
        self.question_view.setMaximumHeight(240)
        self.question_view.setSpacing(2)
        self.layout_.addWidget(self.question_view)
        hint = QLabel(pick_hint)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.question_model.itemChanged.connect(self._question_toggled)

        names = lambda entry: next(  # noqa: E731
            (p.name for p in self.session.record.participants if p.id == entry.participant_id),
            "?",
        )
        self.model = RecordListModel[ParticipantEntry](
            session,
            lambda record: meeting.round_entries(record, self.phase),
            [
                Column(self.tr("Deltager"), names),
                Column(self.tr("Siger"), lambda e: e.text, edits.attribute("text")),
                Column(
                    self.tr("Står over"),
                    lambda e: e.passed,
                    edits.attribute("passed"),
                    checkable=True,
                ),
            ],
            Changes.ROUNDS,
            names,
        )
        self.view = QTableView()
        self.view.setObjectName(f"{phase.value}Table")
        self.view.setAccessibleName(self.tr("Hvad hver deltager sagde"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)  # what each said stays readable, in whole
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        edit_on_purpose(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.view, 1)
        self.empty_hint = QLabel(
            self.tr("Tilføj deltagere under Forberedelse for at tage en runde.")
        )
        self.layout_.addWidget(self.empty_hint)
        session.changed.connect(self._follow_speaking_order)

    def _follow_speaking_order(self) -> None:
        """A shuffled order on the presenter's controls reorders the table at once."""
        shown = [entry.participant_id for entry in self.model.items()]
        if [e.participant_id for e in meeting.round_entries(self.session.record, self.phase)] != (
            shown
        ):
            self.model.reload()

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()
        self.empty_hint.setVisible(not self.session.record.participants)
        self._fill_questions()

    # -- the round's questions ---------------------------------------------------
    def picked(self) -> list[AskedQuestion]:
        return [q for q in self.session.record.questions if q.phase == self.phase]

    def suggestions(self) -> list[Question]:
        """The method's pair, the template's questions, the library's; minus recent variants."""
        library = self.session.library
        record = self.session.record
        candidates = library.suggested(record, self.phase)
        if self.phase != PhaseId.CHECKIN:
            return candidates
        if self._earlier is None:  # other meetings do not change while this one is open
            self._earlier = [r for _path, r in self.session.store.scan().records]
        return suggest_checkins(candidates, self._earlier, record.team, exclude_record_id=record.id)

    def _fill_questions(self) -> None:
        lang = ui_lang()
        picked = {q.question_id or q.text: q for q in self.picked()}
        entries: list[tuple[str, str | None, str]] = [
            (q.id, q.id, q.text.get(lang)) for q in self.suggestions()
        ]
        shown = {key for key, _id, _text in entries}
        entries = [
            *[(key, q.question_id, q.text) for key, q in picked.items() if key not in shown],
            *entries,
        ]
        self.question_model.clear()
        for key, question_id, text in entries:
            item = QStandardItem(text)  # set up before it joins the model: no itemChanged
            item.setCheckable(True)
            item.setEnabled(not self.session.read_only)
            item.setData(key, KEY_ROLE)
            item.setData(question_id, QUESTION_ID_ROLE)
            item.setCheckState(Qt.CheckState.Checked if key in picked else Qt.CheckState.Unchecked)
            self.question_model.appendRow(item)

    def _question_toggled(self, item: QStandardItem) -> None:
        """A question ticked or unticked; a change the record already has is no edit."""
        key = item.data(KEY_ROLE)
        existing = next((q for q in self.picked() if (q.question_id or q.text) == key), None)
        label = self.tr("spørgsmålet '%1'").replace("%1", item.text())
        if item.checkState() == Qt.CheckState.Checked and existing is None:
            question = AskedQuestion(
                question_id=item.data(QUESTION_ID_ROLE),
                category=self.phase.value,
                text=item.text(),
                phase=self.phase,
                asked_at=utc_now(),
            )
            if self.session.apply(edits.pick_question(label, question)):
                self.session.choose_question(item.text())  # the ticked question is the room's
        elif item.checkState() == Qt.CheckState.Unchecked and existing is not None:
            self.session.apply(edits.drop_question(label, existing.id))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in range(self.question_model.rowCount()):
            self.question_model.item(row).setEnabled(not read_only)
