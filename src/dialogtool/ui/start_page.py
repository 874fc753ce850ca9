"""The start screen: a new meeting from a template, recent meetings, files we could not read.

Templates come from the library (favourites first, hidden ones left out); the
user's own question and template files that could not be used are named here
next to the meeting files that could not be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import meeting
from dialogtool.core.formatting import moment
from dialogtool.core.library import Library
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import LoadProblem
from dialogtool.ui import labels
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import heading, lead
from dialogtool.ui.question_library import QuestionLibraryDialog
from dialogtool.ui.template_menu import TemplateMenu

Index = QModelIndex | QPersistentModelIndex


class RecentMeetingsModel(QAbstractTableModel):
    COLUMNS = ("date", "title", "kind", "status", "actions")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[Path, MeetingRecord]] = []

    def set_records(self, records: list[tuple[Path, MeetingRecord]]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Dato"),
            self.tr("Titel"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Åbne handlinger"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        record = self.records[index.row()][1]
        column = self.COLUMNS[index.column()]
        if column == "date":
            return moment(record.scheduled_at, ui_lang())
        if column == "title":
            return record.title + (f" – {record.team}" if record.team else "")
        if column == "kind":
            return labels.kind(record.kind)
        if column == "status":
            return labels.status(record.status)
        return str(meeting.open_action_count(record))


class StartPage(QWidget):
    newMeetingRequested = Signal(str)
    openRequested = Signal(str)
    rehearseRequested = Signal(str)
    demoRequested = Signal()
    importRequested = Signal()
    landscapeRequested = Signal()
    #: Put back work kept in recovery files while saving failed.
    recoverRequested = Signal()

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._record_problems: list[str] = []
        self._library_problems: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Datainformerede dialoger")))
        layout.addWidget(
            lead(
                self.tr(
                    "Forbered og gennemfør en god samtale om jeres data – og hold fast i, "
                    "hvad I lærte og aftalte."
                )
            )
        )
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        layout.addWidget(self.problems)
        self._recoveries: list[str] = []
        self.recover_button = QPushButton(self.tr("Gendan ugemt arbejde"))
        self.recover_button.setObjectName("recoverUnsaved")
        self.recover_button.setVisible(False)
        self.recover_button.clicked.connect(self.recoverRequested)
        layout.addWidget(self.recover_button)

        new_box = QGroupBox(self.tr("Nyt møde"))
        new_row = QHBoxLayout(new_box)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        new_row.addWidget(self.template_combo, 1)
        self.new_button = QPushButton(self.tr("Opret møde"))
        self.new_button.setObjectName("newMeeting")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(
            lambda: self.newMeetingRequested.emit(self.template_combo.currentData())
        )
        new_row.addWidget(self.new_button)
        self.template_button = QToolButton()
        self.template_button.setObjectName("templateMenu")
        self.template_button.setText(self.tr("Skabelon"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = TemplateMenu(
            library, self.template_combo.currentData, self.show_library, self
        )
        self.template_button.setMenu(self.template_menu)
        new_row.addWidget(self.template_button)
        self.questions_button = QPushButton(self.tr("Mine spørgsmål …"))
        self.questions_button.setObjectName("myQuestions")
        self.questions_button.clicked.connect(self.open_question_library)
        new_row.addWidget(self.questions_button)
        layout.addWidget(new_box)
        self.question_dialog: QuestionLibraryDialog | None = None

        self.dataset_label = QLabel()
        self.dataset_label.setObjectName("datasetLabel")
        dataset_row = QHBoxLayout()
        dataset_row.addWidget(self.dataset_label, 1)
        self.demo_button = QPushButton(self.tr("Brug demodata"))
        self.demo_button.clicked.connect(self.demoRequested)
        dataset_row.addWidget(self.demo_button)
        self.import_button = QPushButton(self.tr("Indlæs data …"))
        self.import_button.setObjectName("importData")
        self.import_button.setToolTip(self.tr("Indlæs en dataeksport (CSV, Excel eller ODS)"))
        self.import_button.clicked.connect(self.importRequested)
        dataset_row.addWidget(self.import_button)
        self.landscape_button = QPushButton(self.tr("Datalandskab …"))
        self.landscape_button.setObjectName("editLandscape")
        self.landscape_button.setToolTip(
            self.tr("Teamets effekt, trædesten og hvad hvert nøgletal betyder")
        )
        self.landscape_button.clicked.connect(self.landscapeRequested)
        dataset_row.addWidget(self.landscape_button)
        layout.addLayout(dataset_row)

        recent_box = QGroupBox(self.tr("Seneste møder"))
        recent = QVBoxLayout(recent_box)
        self.recent_model = RecentMeetingsModel()
        self.recent_view = QTableView()
        self.recent_view.setObjectName("recentMeetings")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.verticalHeader().setVisible(False)
        self.recent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.recent_view.doubleClicked.connect(self._open_index)
        recent.addWidget(self.recent_view, 1)
        self.empty_label = QLabel(self.tr("Ingen møder endnu. Opret det første ovenfor."))
        recent.addWidget(self.empty_label)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        self.rehearse_button = QPushButton(self.tr("Prøvegennemgang"))
        self.rehearse_button.setObjectName("rehearseMeeting")
        self.rehearse_button.setToolTip(
            self.tr("Gå mødet igennem på forhånd. Intet af det, du gør, bliver gemt.")
        )
        self.rehearse_button.clicked.connect(
            lambda: self._emit_for(self.rehearseRequested, self.recent_view.currentIndex())
        )
        open_row.addWidget(self.rehearse_button)
        self.open_button = QPushButton(self.tr("Åbn"))
        self.open_button.setObjectName("openMeeting")
        self.open_button.clicked.connect(lambda: self._open_index(self.recent_view.currentIndex()))
        open_row.addWidget(self.open_button)
        recent.addLayout(open_row)
        layout.addWidget(recent_box, 1)

    def show_records(
        self, records: list[tuple[Path, MeetingRecord]], problems: list[LoadProblem]
    ) -> None:
        self.recent_model.set_records(records)
        self.empty_label.setVisible(not records)
        self.open_button.setEnabled(bool(records))
        self.rehearse_button.setEnabled(bool(records))
        if records:
            self.recent_view.selectRow(0)
        self._record_problems = [p.message(ui_lang()) for p in problems]
        self._show_problems()

    def show_library(self) -> None:
        """The library's templates and the user's files it could not use."""
        lang = ui_lang()
        chosen = self.template_combo.currentData()
        self.template_combo.clear()
        for template in self.library.templates():
            star = "★ " if self.library.is_favourite_template(template.id) else ""
            self.template_combo.addItem(
                f"{star}{template.name.get(lang)} ({template.duration_minutes} min)", template.id
            )
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(chosen), 0))
        self.new_button.setEnabled(self.template_combo.count() > 0)
        self._library_problems = [p.message(lang) for p in self.library.problems]
        self._show_problems()

    def open_question_library(self) -> QuestionLibraryDialog:
        if self.question_dialog is None:
            self.question_dialog = QuestionLibraryDialog(self.library, self)
            self.question_dialog.finished.connect(lambda _result: self.show_library())
        self.question_dialog.reload()
        self.question_dialog.open()
        return self.question_dialog

    def show_recoveries(self, records: list[MeetingRecord]) -> None:
        """Meetings with work that could not be saved last time, kept elsewhere."""
        self._recoveries = [
            self.tr("Ugemte ændringer i mødet »%1« blev gemt i en gendannelsesfil.").replace(
                "%1", record.title or record.id
            )
            for record in records
        ]
        self.recover_button.setVisible(bool(records))
        self._show_problems()

    def _show_problems(self) -> None:
        lines = [*self._recoveries, *self._record_problems, *self._library_problems]
        self.problems.setVisible(bool(lines))
        self.problems.setText("\n".join("⚠ " + line for line in lines))

    def show_dataset(self, name: str | None) -> None:
        if name:
            self.dataset_label.setText(self.tr("Datasæt: %1").replace("%1", name))
        else:
            self.dataset_label.setText(
                self.tr(
                    "Intet datasæt indlæst – indlæs en dataeksport, eller brug demodata for at "
                    "prøve programmet."
                )
            )
        self.demo_button.setVisible(not name)

    def _open_index(self, index: QModelIndex) -> None:
        self._emit_for(self.openRequested, index)

    def _emit_for(self, signal: SignalInstance, index: QModelIndex) -> None:
        if index.isValid():
            signal.emit(self.recent_model.records[index.row()][1].id)
