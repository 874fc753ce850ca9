"""Karl Tomm's four question types as a 2×2: pick questions, mark them as asked.

Top row: clarity and action (Detektiv, Kaptajn). Bottom row: reflection and
learning (Antropolog, Fremtidsforsker). Left column orients, right influences.
Questions come from the library (favourites first, the user's own included);
a question typed into a quadrant is saved to the user's library and picked.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
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
from dialogtool.ui.fitting_labels import ElidedLabel, SidewaysLabel
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page, lead
from dialogtool.ui.session import MeetingSession
from dialogtool.ui.whole_rows import WholeRowsDelegate

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
    """One quadrant: its name, what its questions ask and what kind they are; the questions."""

    def __init__(self, page: TommPage, quadrant: Quadrant) -> None:
        super().__init__()  # the name is a label: it takes less height than a group's title
        self.page = page
        self.quadrant = quadrant
        self.setObjectName(f"quadrant_{quadrant.value}")
        self.setAccessibleName(labels.quadrant(quadrant))
        self.setAccessibleDescription(labels.quadrant_help(quadrant))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(5, 2, 5, 4)
        layout.setSpacing(2)
        # Two lines: the name and what its questions ask, then what kind of question it is.
        # Each is one line, cut with '…' if need be (the whole in the tooltip and the box's
        # accessible description): the height goes to the list.
        header = QHBoxLayout()
        header.setSpacing(6)
        name = QLabel(labels.quadrant(quadrant))
        name.setObjectName("quadrantName")
        font = QFont(name.font())
        font.setBold(True)
        name.setFont(font)
        header.addWidget(name)
        self.asks_label = ElidedLabel("– " + labels.quadrant_asks(quadrant))
        self.asks_label.setObjectName("hint")
        header.addWidget(self.asks_label, 1)
        layout.addLayout(header)
        self.help_label = ElidedLabel(labels.quadrant_kind(quadrant))
        self.help_label.setObjectName("hint")
        layout.addWidget(self.help_label)
        for label in (self.asks_label, self.help_label):
            label.setToolTip(labels.quadrant_help(quadrant))
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        # Each row as high as its question: two lines are two lines, not a clipped one.
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(WholeRowsDelegate(self.view))
        self.view.setObjectName(f"questions_{quadrant.value}")
        self.view.setAccessibleName(labels.quadrant(quadrant))
        self.view.setMinimumHeight(2 * self.view.fontMetrics().lineSpacing() + 8)
        layout.addWidget(self.view, 1)
        self.model.itemChanged.connect(self._item_changed)

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

    def waiting(self) -> list[QModelIndex]:
        """The ticked questions not yet marked as asked."""
        ticked = (
            self.model.item(row)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        )
        return [
            item.index()
            for item in ticked
            if not getattr(self._find(item.data(QUESTION_ID_ROLE)), "asked", False)
        ]

    def mark_asked(self, index: QModelIndex) -> None:
        """Mark the question at ``index`` as put to the room (again: no longer), and say so."""
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
        # The height goes to the four lists: the heading, a short lead and the coverage
        # meter share one row, the axes lie on their side, one button marks for all four.
        self.layout_.setContentsMargins(16, 10, 16, 8)
        self.layout_.setSpacing(4)
        self.layout_.removeWidget(self.heading)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(lead(self.tr("Sæt flueben ved de spørgsmål, du vil bruge.")))
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        self.coverage = CoverageMeter()
        header.addWidget(self.coverage, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(header)
        grid = QGridLayout()
        grid.setSpacing(6)
        for text, row, column in (
            (self.tr("Orienterende – forstå"), 0, 1),
            (self.tr("Påvirkende – forandre"), 0, 2),
        ):
            label = QLabel(text)
            label.setObjectName("axis")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, row, column)
        for text, row in (
            (self.tr("Afklaring og\nhandling"), 1),
            (self.tr("Refleksion og\nlæring"), 2),
        ):
            side = SidewaysLabel(text)
            side.setObjectName("axis")
            grid.addWidget(side, row, 0)
        self.boxes: dict[Quadrant, QuadrantBox] = {}
        for quadrant, (row, column) in POSITIONS.items():
            box = QuadrantBox(self, quadrant)
            self.boxes[quadrant] = box
            grid.addWidget(box, row, column)
            box.view.selectionModel().currentChanged.connect(self._one_chosen)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.layout_.addLayout(grid, 1)

        asked_row = QHBoxLayout()
        self.asked_button = QPushButton(self.tr("Markér som stillet"))
        self.asked_button.setObjectName("markAsked")
        self.asked_button.setToolTip(
            self.tr(
                "Markér det valgte spørgsmål som stillet; rummet ser det. Tryk igen for at fortryde."
            )
        )
        self.asked_button.clicked.connect(self.mark_asked)
        asked_row.addWidget(self.asked_button, 0, Qt.AlignmentFlag.AlignTop)
        # One line (the whole in its tooltip): what it says never takes height from the lists.
        self.notice = ElidedLabel()
        self.notice.setObjectName("tommNotice")
        self.notice.setVisible(False)
        asked_row.addWidget(self.notice, 1)
        asked_row.addStretch()  # the button as wide as its text while nothing is said
        self.layout_.addLayout(asked_row)

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

    def _one_chosen(self, current: QModelIndex) -> None:
        """One question is chosen on the page: choosing it in one quadrant clears the others."""
        if not current.isValid():
            return
        for box in self.boxes.values():
            if box.model is not current.model() and box.view.currentIndex().isValid():
                box.view.clearSelection()
                box.view.setCurrentIndex(QModelIndex())

    def mark_asked(self) -> None:
        """*Markér som stillet*: the chosen question, else the one ticked and not yet asked."""
        chosen = [(box, box.view.currentIndex()) for box in self.boxes.values()]
        chosen = [(box, index) for box, index in chosen if index.isValid()]
        if not chosen:
            chosen = [(box, index) for box in self.boxes.values() for index in box.waiting()]
        if len(chosen) != 1:
            self.say(self.tr("Vælg først det spørgsmål, der blev stillet."))
            return
        box, index = chosen[0]
        box.mark_asked(index)

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
        """What *Markér som stillet* did (or why it did nothing), beside the button."""
        self.notice.set_full_text(text)
        self.notice.setVisible(True)

    def show_problem(self, exc: LibraryError | OSError) -> None:
        message = failure_sentence(exc, ui_lang())
        self.problem.setText(self.tr("Spørgsmålet kunne ikke gemmes: %1").replace("%1", message))
        self.problem.setVisible(True)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (self.own_edit, self.own_quadrant, self.add_button, self.asked_button):
            widget.setEnabled(not read_only)
        for box in self.boxes.values():
            box.view.setEnabled(True)
