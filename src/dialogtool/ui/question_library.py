""" "Mine spørgsmål": create, edit, copy, hide, favourite and delete questions in the library.

Bundled questions cannot be changed or deleted, only hidden or copied; the copy
is the user's own and can then be edited. Every change is written at once.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.failures import failure_sentence
from dialogtool.core.i18n import LocalizedText
from dialogtool.core.library import Library, LibraryError
from dialogtool.core.logs import log_exception
from dialogtool.core.questions import CATEGORIES, Question
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.question_table import CATEGORY, TEXT, QuestionTableModel

CATEGORY_WIDTH = 210


class QuestionLibraryDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionLibrary")
        self.setWindowTitle(self.tr("Mine spørgsmål"))
        self.library = library
        self.resize(900, 620)
        lang = ui_lang()
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kategori")))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("categoryFilter")
        self.filter_combo.addItem(self.tr("Alle kategorier"), None)
        for category in CATEGORIES.values():
            self.filter_combo.addItem(category.label.get(lang), category.id)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        filters.addWidget(self.filter_combo, 1)
        self.show_hidden = QCheckBox(self.tr("Vis skjulte"))
        self.show_hidden.setObjectName("showHidden")
        self.show_hidden.toggled.connect(self._filter_changed)
        filters.addWidget(self.show_hidden)
        layout.addLayout(filters)

        self.model = QuestionTableModel(library)
        self.model.failed.connect(self._mark_failed)
        self.view = QTableView()
        self.view.setObjectName("questionTable")
        self.view.setAccessibleName(self.tr("Spørgsmål"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CATEGORY, CATEGORY_WIDTH)
        # Rows grow to fit wrapped questions; measured after changes, not on every paint.
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.model.modelReset.connect(self.view.resizeRowsToContents)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.view, 1)

        editor = QGroupBox(self.tr("Spørgsmålet"))
        form = QFormLayout(editor)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category")
        for category in CATEGORIES.values():
            self.category_combo.addItem(category.label.get(lang), category.id)
        form.addRow(self.tr("Kategori"), self.category_combo)
        self.danish = QLineEdit()
        self.danish.setObjectName("danishText")
        self.danish.setPlaceholderText(self.tr("Spørgsmålet på dansk"))
        form.addRow(self.tr("Dansk"), self.danish)
        self.english = QLineEdit()
        self.english.setObjectName("englishText")
        self.english.setPlaceholderText(self.tr("Valgfrit – ellers bruges den danske tekst"))
        form.addRow(self.tr("Engelsk"), self.english)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Gem som nyt"))
        self.create_button.setObjectName("createQuestion")
        self.create_button.clicked.connect(self.create_question)
        self.update_button = QPushButton(self.tr("Gem ændringer"))
        self.update_button.setObjectName("updateQuestion")
        self.update_button.clicked.connect(self.update_question)
        self.duplicate_button = QPushButton(self.tr("Lav en kopi"))
        self.duplicate_button.setObjectName("duplicateQuestion")
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.delete_button = QPushButton(self.tr("Slet"))
        self.delete_button.setObjectName("deleteQuestion")
        self.delete_button.clicked.connect(self.delete_question)
        for button in (
            self.create_button,
            self.update_button,
            self.duplicate_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(editor)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        close = QDialogButtonBox()
        close.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._selection_changed()
        make_accessible(self)  # names for a screen reader, Tab moves on

    # -- reading ---------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Show the library again, keeping (or moving to) the question ``select``."""
        current = self.selected()
        self.model.reload()
        self.select(select or (current.id if current else ""))

    def select(self, question_id: str) -> None:
        row = self.model.row_of(question_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, TEXT))
        else:
            self.view.clearSelection()
        self._selection_changed()

    def selected(self) -> Question | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.question(rows[0].row()) if rows else None

    def _filter_changed(self) -> None:
        self.model.set_filter(self.filter_combo.currentData(), self.show_hidden.isChecked())
        self._selection_changed()

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        question = self.selected()
        own = question is not None and self.library.is_user_question(question.id)
        self.update_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.duplicate_button.setEnabled(question is not None)
        if question is None:
            return
        self.category_combo.setCurrentIndex(self.category_combo.findData(question.category))
        self.danish.setText(question.text.da)
        self.english.setText(question.text.en)

    # -- editing ---------------------------------------------------------------
    def _text(self) -> LocalizedText | None:
        danish = self.danish.text().strip()
        if not danish:
            self.status.setText(self.tr("Skriv spørgsmålet på dansk først."))
            return None
        return LocalizedText(da=danish, en=self.english.text().strip() or danish)

    def create_question(self) -> Question | None:
        text = self._text()
        if text is None:
            return None
        try:
            question = self.library.create_question(self.category_combo.currentData(), text)
        except (LibraryError, OSError) as exc:
            self._failed(exc)
            return None
        self._done(question.id, self.tr("Spørgsmålet er gemt i dit bibliotek."))
        return question

    def update_question(self) -> None:
        current, text = self.selected(), self._text()
        if current is None or text is None:
            return
        changed = current.model_copy(
            update={"text": text, "category": self.category_combo.currentData()}
        )
        try:
            self.library.update_question(changed)
        except (LibraryError, OSError) as exc:
            self._failed(exc)
            return
        self._done(current.id, self.tr("Ændringerne er gemt."))

    def duplicate_question(self) -> None:
        current = self.selected()
        if current is None:
            return
        try:
            copy = self.library.duplicate_question(current.id)
        except (LibraryError, OSError) as exc:
            self._failed(exc)
            return
        self._done(copy.id, self.tr("Kopien er din egen – ret den, og gem ændringerne."))

    def delete_question(self) -> None:
        current = self.selected()
        if current is None:
            return
        try:
            self.library.delete_question(current.id)
        except (LibraryError, OSError) as exc:
            self._failed(exc)
            return
        self._done("", self.tr("Spørgsmålet er slettet."))

    def _failed(self, exc: LibraryError | OSError) -> None:
        if isinstance(exc, OSError):
            log_exception("Writing the question library failed", exc)
        self.status.setText(failure_sentence(exc, ui_lang()))

    def _mark_failed(self, sentence: str) -> None:
        self.status.setText(sentence)

    def _done(self, question_id: str, message: str) -> None:
        self.status.setText(message)
        self.reload(select=question_id)
        if question_id and self.model.row_of(question_id) < 0:
            # The filter hides it; show everything so the user sees what they made.
            self.filter_combo.setCurrentIndex(0)
            self.select(question_id)
