"""The questions a step offers, beside that step: tick one when it is asked.

The column beside every page of the meeting (but the rounds and the question
round, which list their own) shows the template's questions for the current step
in its order and, on request, another family of questions (mastery, progression,
recognition, Målkompasset …). Ticking records the question as asked in this step,
through an operation, so it reaches "Spørgsmål, vi stillede"; *Vis på skærmen*
shows it in the room. It opens as a window beside the meeting (*Spørgsmål (F2)*),
like the method cards, so no page grows taller on a 768-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import phase_questions
from dialogtool.core.operations import Changes
from dialogtool.core.phases import PhaseKind, spec
from dialogtool.core.questions import Question, category_label, quadrant_of
from dialogtool.core.record import PhaseId
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.language import ui_lang
from dialogtool.ui.session import MeetingSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Steps whose page lists its questions itself: preparation, the rounds, the question round.
OWN_QUESTION_LIST = {PhaseKind.PREPARATION, PhaseKind.ROUND, PhaseKind.QUESTION_ROUND}


class PhaseQuestionsPanel(QWidget):
    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseQuestions")
        self.session = session
        self.phase = PhaseId.PREPARE
        self._extra: list[Question] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("subheading")
        layout.addWidget(self.title)
        hint = QLabel(self.tr("Sæt flueben, når et spørgsmål er stillet."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("phaseQuestionList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(2 * self.view.fontMetrics().lineSpacing() + 8)
        layout.addWidget(self.view, 1)
        self.family = QComboBox()
        self.family.setObjectName("questionFamily")
        self.family.setAccessibleName(self.tr("Flere spørgsmål"))
        self.family.activated.connect(self._family_chosen)
        layout.addWidget(self.family)
        self.show_button = QPushButton(self.tr("Vis på skærmen"))
        self.show_button.setObjectName("showPhaseQuestion")
        self.show_button.clicked.connect(self._show_current)
        layout.addWidget(self.show_button)
        self.model.itemChanged.connect(self._toggled)
        session.edited.connect(self._edited)
        session.readOnlyChanged.connect(lambda _read_only: self.fill())

    def set_phase(self, phase: PhaseId) -> None:
        """Follow the meeting to ``phase``."""
        if phase != self.phase:
            self.phase = phase
            self._extra = []
            self._fill_families()
        self.fill()

    def _fill_families(self) -> None:
        lang = ui_lang()
        self.family.clear()
        self.family.addItem(self.tr("Flere spørgsmål …"), "")
        for category in phase_questions.OTHER_FAMILIES:
            if self.session.library.questions(category, self.session.record.kind):
                self.family.addItem(category_label(category, lang), category)

    def offered(self) -> list[Question]:
        """The template's questions for the step (the Tomm grid shows its own), then a family."""
        suggested = self.session.library.suggested(self.session.record, self.phase)
        if self.phase == PhaseId.TOMM:
            suggested = [q for q in suggested if quadrant_of(q.category) is None]
        chosen = {q.id: q for q in suggested}
        for question in self._extra:
            chosen.setdefault(question.id, question)
        return list(chosen.values())

    def fill(self) -> None:
        if self.phase == PhaseId.PREPARE:
            return
        lang = ui_lang()
        self.title.setText(
            self.tr("Spørgsmål til %1").replace("%1", spec(self.phase).title(lang).lower())
        )
        self.model.clear()
        for question in self.offered():
            item = QStandardItem(question.text.get(lang))  # set up before it joins the model
            item.setCheckable(True)
            item.setData(question.id, ID_ROLE)
            if question.hint:
                item.setToolTip(question.hint.get(lang))
            if self.session.read_only:  # the tick is shown, not changed
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            asked = self._asked(question.id)
            item.setCheckState(Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)

    def _asked(self, question_id: str) -> bool:
        chosen = phase_questions.find(self.session.record, self.phase, question_id)
        return chosen is not None and chosen.asked

    def _edited(self, changes: Changes) -> None:
        """Ticks follow the record (an undo, the other screen); a tick already right is left."""
        if not changes & Changes.QUESTIONS:
            return
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            state = (
                Qt.CheckState.Checked
                if self._asked(str(item.data(ID_ROLE)))
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != state:
                item.setCheckState(state)  # _toggled sees the record agree: no edit

    def _family_chosen(self, index: int) -> None:
        category = str(self.family.itemData(index) or "")
        if category:
            self._extra = self.session.library.questions(category, self.session.record.kind)
            self.fill()

    def _toggled(self, item: QStandardItem) -> None:
        key = str(item.data(ID_ROLE))
        asked = item.checkState() == Qt.CheckState.Checked
        if self.session.read_only or asked == self._asked(key):
            return  # a tick the record already has is no edit
        question = next((q for q in self.offered() if q.id == key), None)
        if question is None:
            return
        self.session.apply(phase_questions.asked_operation(self.phase, question, asked, ui_lang()))
        if asked:
            self.session.choose_question(item.text())

    def _show_current(self) -> None:
        index: QModelIndex = self.view.currentIndex()
        if index.isValid():
            self.session.choose_question(str(index.data(Qt.ItemDataRole.DisplayRole)))


def has_own_list(phase: PhaseId) -> bool:
    """Whether the page of ``phase`` lists its questions itself (so no window is needed)."""
    return spec(phase).kind in OWN_QUESTION_LIST


class StepQuestionsDialog(QDialog):
    """The panel in a window of its own beside the meeting; it follows the current step."""

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepQuestionsDialog")
        self.setWindowTitle(self.tr("Spørgsmål til trinnet"))
        self.resize(460, 480)
        layout = QVBoxLayout(self)
        self.panel = PhaseQuestionsPanel(session, self)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_accessible(self)  # names for a screen reader, Tab moves on
