"""A question round driven by the template: its questions in order, each marked when asked.

Workshops such as goal setting (Målkompasset's principles) and the data landscape
bring their own questions. Marking a question as asked records it in the meeting
and puts it on the room's screen; *Vis på skærmen* shows it without marking.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton

from dialogtool.core import edits
from dialogtool.core.record import AskedQuestion, PhaseId, utc_now
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_FONT_POINTS = 13


class QuestionRoundPage(Page):
    def __init__(self, session: MeetingSession, phase: PhaseId) -> None:
        super().__init__(
            session,
            self.tr("Spørgsmålsrunde"),
            self.tr(
                "Skabelonens spørgsmål i rækkefølge. Sæt flueben, når et spørgsmål er stillet – "
                "så vises det også på skærmen."
            ),
        )
        self.phase = phase
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("roundQuestions")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        font = QFont(self.view.font())
        font.setPointSize(max(font.pointSize(), QUESTION_FONT_POINTS))
        self.view.setFont(font)
        self.view.doubleClicked.connect(self._show)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.layout_.addWidget(self.view, 1)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.show_button = QPushButton(self.tr("Vis på skærmen"))
        self.show_button.setObjectName("showRoundQuestion")
        self.show_button.clicked.connect(lambda: self._show(self.view.currentIndex()))
        row.addWidget(self.show_button)
        self.layout_.addLayout(row)
        self.model.itemChanged.connect(self._toggled)
        self._hints: dict[str, str] = {}

    def asked(self) -> list[AskedQuestion]:
        return [q for q in self.session.record.questions if q.phase == self.phase]

    def refresh(self) -> None:
        super().refresh()
        lang = ui_lang()
        picked = {q.question_id or q.text: q for q in self.asked()}
        entries = [
            (q.id, q.text.get(lang), q.hint.get(lang) if q.hint else "", q.category)
            for q in self.session.library.suggested(self.session.record, self.phase)
        ]
        known = {key for key, *_ in entries}
        entries += [(k, q.text, "", q.category) for k, q in picked.items() if k not in known]
        self._hints = {key: hint for key, _text, hint, _category in entries}
        self.model.clear()
        for key, text, _hint, category in entries:
            item = QStandardItem(text)  # set up before it joins the model: no itemChanged
            item.setCheckable(True)
            item.setEnabled(not self.session.read_only)
            item.setData(key, KEY_ROLE)
            item.setData(category, Qt.ItemDataRole.UserRole + 2)
            asked = key in picked and picked[key].asked
            item.setCheckState(Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self._current_changed(self.view.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hint = self._hints.get(str(current.data(KEY_ROLE))) if current.isValid() else ""
        self.hint.setText(hint or "")
        self.hint.setVisible(bool(hint))
        self.show_button.setEnabled(current.isValid())

    def _show(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session.choose_question(str(index.data(Qt.ItemDataRole.DisplayRole)))

    def _toggled(self, item: QStandardItem) -> None:
        """Ticked: asked now (the room sees it); unticked: not part of the round."""
        key = str(item.data(KEY_ROLE))
        existing = next((q for q in self.asked() if (q.question_id or q.text) == key), None)
        label = self.tr("spørgsmålet '%1'").replace("%1", item.text())
        if item.checkState() == Qt.CheckState.Checked:
            if existing is not None and existing.asked:
                return  # the record has it so already
            question = existing or AskedQuestion(
                question_id=key if self.session.library.bank.get(key) else None,
                category=str(item.data(Qt.ItemDataRole.UserRole + 2)),
                text=item.text(),
                phase=self.phase,
            )
            if self.session.apply(edits.mark_asked(label, question, utc_now())):
                self.session.choose_question(item.text())
        elif existing is not None:
            self.session.apply(edits.drop_question(label, existing.id))
