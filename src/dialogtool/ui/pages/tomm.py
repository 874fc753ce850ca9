"""Karl Tomm's four question types as a 2×2: pick questions, mark them as asked.

Top row: clarity and action (Detektiv, Kaptajn). Bottom row: reflection and
learning (Antropolog, Fremtidsforsker). Left column orients, right influences.
Questions come from the library (favourites first, the user's own included);
a question typed into a quadrant is saved to the user's library and picked.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from dialogtool.core import edits
from dialogtool.core.failures import failure_sentence
from dialogtool.core.i18n import LocalizedText
from dialogtool.core.library import LibraryError
from dialogtool.core.phase_questions import template_ids
from dialogtool.core.questions import tomm_category
from dialogtool.core.record import AskedQuestion, PhaseId, Quadrant, utc_now
from dialogtool.core.summary import quadrants_used
from dialogtool.ui import labels
from dialogtool.ui.coverage import CoverageMeter
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page, lead
from dialogtool.ui.session import MeetingSession

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2

#: (row, column) of each quadrant in the grid, below the axis labels.
POSITIONS = {
    Quadrant.DETEKTIV: (1, 1),
    Quadrant.KAPTAJN: (1, 2),
    Quadrant.ANTROPOLOG: (2, 1),
    Quadrant.FREMTIDSFORSKER: (2, 2),
}


class QuadrantBox(QGroupBox):
    def __init__(self, page: TommPage, quadrant: Quadrant) -> None:
        super().__init__(labels.quadrant(quadrant))
        self.page = page
        self.quadrant = quadrant
        self.setObjectName(f"quadrant_{quadrant.value}")
        layout = QVBoxLayout(self)
        help_label = QLabel(labels.quadrant_help(quadrant))
        help_label.setObjectName("hint")
        help_label.setWordWrap(True)
        layout.addWidget(help_label)
        self.help_label = help_label
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setObjectName(f"questions_{quadrant.value}")
        # The list scrolls: on a 768-pixel screen it gives way before the descriptions do.
        self.view.setMinimumHeight(2 * self.view.fontMetrics().lineSpacing() + 8)
        layout.addWidget(self.view, 1)
        self.asked_button = QPushButton(self.tr("Markér som stillet"))
        self.asked_button.setObjectName(f"asked_{quadrant.value}")
        self.asked_button.clicked.connect(self.mark_current_asked)
        layout.addWidget(self.asked_button)
        self.model.itemChanged.connect(self._item_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Every line of the description stays in sight on a low screen; the list gives way.
        label = self.help_label
        label.setFixedHeight(label.heightForWidth(label.width()))

    def fill(self) -> None:
        record = self.page.session.record
        category = tomm_category(self.quadrant)
        picked = {q.question_id or q.text: q for q in record.questions if q.category == category}
        self.model.clear()
        lang = ui_lang()
        library = self.page.session.library
        entries = [(q.id, q.text.get(lang)) for q in library.questions(category, record.kind)]
        # The template's picks first, in its order (they are picked when the meeting is made).
        first = template_ids(library.template(record.template_id or ""), PhaseId.TOMM)
        entries.sort(key=lambda e: first.index(e[0]) if e[0] in first else len(first))
        known = {qid for qid, _ in entries}
        entries += [(key, q.text) for key, q in picked.items() if key not in known]
        for key, text in entries:
            chosen = picked.get(key)
            item = QStandardItem()  # set up before it joins the model: no itemChanged
            item.setCheckable(True)
            if self.page.session.read_only:  # the tick is shown, not changed
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(key, QUESTION_ID_ROLE)
            item.setData(text, TEXT_ROLE)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self._decorate(item, chosen)
            self.model.appendRow(item)

    def _decorate(self, item: QStandardItem, chosen: AskedQuestion | None) -> None:
        text = item.data(TEXT_ROLE)
        asked = chosen is not None and chosen.asked
        item.setText(("✔ " + text + self.tr("  (stillet)")) if asked else text)
        font = QFont(item.font())
        font.setBold(asked)
        item.setFont(font)

    def _find(self, key: str) -> AskedQuestion | None:
        return next(
            (q for q in self.page.session.record.questions if (q.question_id or q.text) == key),
            None,
        )

    def _item_changed(self, item: QStandardItem) -> None:
        """A tick set or cleared; a tick the record already has (text, bold) is no edit."""
        key = item.data(QUESTION_ID_ROLE)
        existing = self._find(key)
        label = self.tr("spørgsmålet '%1'").replace("%1", item.data(TEXT_ROLE))
        if item.checkState() == Qt.CheckState.Checked and existing is None:
            self.page.session.apply(edits.pick_question(label, self._new(item)))
        elif item.checkState() == Qt.CheckState.Unchecked and existing is not None:
            self.page.session.apply(edits.drop_question(label, existing.id))
        self.page.update_coverage()

    def _new(self, item: QStandardItem) -> AskedQuestion:
        key = item.data(QUESTION_ID_ROLE)
        return AskedQuestion(
            question_id=key if self.page.session.library.bank.get(key) else None,
            category=tomm_category(self.quadrant),
            text=item.data(TEXT_ROLE),
            phase=PhaseId.TOMM,
        )

    def add_question(self, text: str) -> bool:
        """Pick ``text`` for this meeting and keep it in the user's library.

        In a rehearsal nothing is written: the question joins the rehearsal copy only.
        """
        session = self.page.session
        category = tomm_category(self.quadrant)
        question_id: str | None = None
        if not session.rehearsal:
            try:
                question = session.library.create_question(
                    category, LocalizedText(da=text, en=text)
                )
            except (LibraryError, OSError) as exc:
                self.page.show_problem(exc)
                return False
            question_id = question.id
        asked = AskedQuestion(
            question_id=question_id, category=category, text=text, phase=PhaseId.TOMM
        )
        session.apply(edits.pick_question(self.tr("nyt spørgsmål '%1'").replace("%1", text), asked))
        self.fill()
        added = self.model.match(self.model.index(0, 0), QUESTION_ID_ROLE, question_id or text, 1)
        if added:
            self.view.setCurrentIndex(added[0])
            self.view.scrollTo(added[0])
        return True

    def _question_to_mark(self) -> QModelIndex | None:
        """The selected question, else the one ticked question not yet asked; None if unclear."""
        index: QModelIndex = self.view.currentIndex()
        if index.isValid():
            return index
        ticked = (
            self.model.item(row)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        )
        waiting = [
            item.index()
            for item in ticked
            if not getattr(self._find(item.data(QUESTION_ID_ROLE)), "asked", False)
        ]
        return waiting[0] if len(waiting) == 1 else None

    def mark_current_asked(self) -> None:
        """Mark the selected (or the one ticked) question as put to the room, and say so."""
        index = self._question_to_mark()
        if index is None:
            self.page.say(
                self.tr("Vælg det spørgsmål i %1, der blev stillet, og tryk igen.").replace(
                    "%1", labels.quadrant(self.quadrant)
                )
            )
            return
        item = self.model.itemFromIndex(index)
        chosen = self._find(item.data(QUESTION_ID_ROLE)) or self._new(item)
        at = None if chosen.asked else utc_now()
        label = self.tr("stillet: '%1'").replace("%1", chosen.text)
        if not self.page.session.apply(edits.mark_asked(label, chosen, at)):
            return
        if at is not None:  # asked now: the room sees it
            self.page.session.choose_question(chosen.text)
            said = self.tr("Markeret som stillet: »%1«.")
        else:
            said = self.tr("Ikke længere markeret som stillet: »%1«.")
        self.page.say(said.replace("%1", chosen.text))
        item.setCheckState(Qt.CheckState.Checked)  # the record has it: no edit
        self._decorate(item, self._find(item.data(QUESTION_ID_ROLE)))
        self.view.setCurrentIndex(index)
        self.page.update_coverage()


class TommPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(session, self.tr("Spørgsmål"))
        header = QHBoxLayout()
        header.addWidget(
            lead(
                self.tr(
                    "Sæt flueben ved de spørgsmål, du vil bruge, og markér dem som stillet, "
                    "når de er stillet. Brug gerne alle fire typer."
                )
            ),
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        self.coverage = CoverageMeter()
        header.addWidget(self.coverage, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(header)
        grid = QGridLayout()
        grid.setSpacing(8)
        for text, row, column in (
            (self.tr("Orienterende – forstå"), 0, 1),
            (self.tr("Påvirkende – forandre"), 0, 2),
            (self.tr("Afklaring og\nhandling"), 1, 0),
            (self.tr("Refleksion og\nlæring"), 2, 0),
        ):
            label = QLabel(text)
            label.setObjectName("axis")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, row, column)
        self.boxes: dict[Quadrant, QuadrantBox] = {}
        for quadrant, (row, column) in POSITIONS.items():
            box = QuadrantBox(self, quadrant)
            self.boxes[quadrant] = box
            grid.addWidget(box, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.layout_.addLayout(grid, 1)

        own_row = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setObjectName("ownQuestion")
        self.own_edit.setPlaceholderText(self.tr("Dit eget spørgsmål …"))
        self.own_edit.setAccessibleName(self.tr("Dit eget spørgsmål"))
        self.own_edit.returnPressed.connect(self.add_own)
        own_row.addWidget(self.own_edit, 1)
        self.own_quadrant = QComboBox()
        self.own_quadrant.setObjectName("ownQuadrant")
        self.own_quadrant.setAccessibleName(self.tr("Spørgsmålstype"))
        for quadrant in POSITIONS:
            self.own_quadrant.addItem(labels.quadrant(quadrant), quadrant)
        own_row.addWidget(self.own_quadrant)
        self.add_button = QPushButton(self.tr("Tilføj"))
        self.add_button.setObjectName("addOwnQuestion")
        self.add_button.setToolTip(self.tr("Gemmes i dit spørgsmålsbibliotek og vælges til mødet"))
        self.add_button.clicked.connect(self.add_own)
        own_row.addWidget(self.add_button)
        self.layout_.addLayout(own_row)
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.layout_.addWidget(self.problem)
        self.notice = QLabel()
        self.notice.setObjectName("tommNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.layout_.addWidget(self.notice)

    def add_own(self) -> None:
        """Add the typed question to the chosen quadrant, the meeting and the library."""
        text = " ".join(self.own_edit.text().split())
        if not text or self.session.read_only:
            return
        box = self.boxes[self.own_quadrant.currentData()]
        if box.add_question(text):
            self.own_edit.clear()
            self.problem.setVisible(False)
            self.update_coverage()

    def refresh(self) -> None:
        super().refresh()
        for box in self.boxes.values():
            box.fill()
        self.update_coverage()

    def update_coverage(self) -> None:
        self.coverage.set_used(set(quadrants_used(self.session.record)))

    def say(self, text: str) -> None:
        """What *Markér som stillet* did (or why it did nothing), under the quadrants."""
        self.notice.setText(text)
        self.notice.setVisible(True)

    def show_problem(self, exc: LibraryError | OSError) -> None:
        message = failure_sentence(exc, ui_lang())
        self.problem.setText(self.tr("Spørgsmålet kunne ikke gemmes: %1").replace("%1", message))
        self.problem.setVisible(True)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (self.own_edit, self.own_quadrant, self.add_button):
            widget.setEnabled(not read_only)
        for box in self.boxes.values():
            box.asked_button.setEnabled(not read_only)
            box.view.setEnabled(True)
