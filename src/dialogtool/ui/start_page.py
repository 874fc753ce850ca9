"""The start screen: a new meeting from a template, recent meetings, files we could not read.

Templates come from the library (favourites first, hidden ones left out); the
user's own question and template files that could not be used are named here
next to the meeting files that could not be read.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogtool.app.workspace import Workspace
from dialogtool.core.catalogue import Message, render
from dialogtool.core.failures import failure_sentence
from dialogtool.core.formatting import day, moment
from dialogtool.core.history import ActionEntry, MeetingEntry
from dialogtool.core.logs import log_exception
from dialogtool.core.record_types import MeetingKind
from dialogtool.core.store import LoadProblem, ProblemKind, RecordLoadError
from dialogtool.ui import labels
from dialogtool.ui.date_edit import DateEdit
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import heading, lead
from dialogtool.ui.preload import load_models
from dialogtool.ui.template_menu import TemplateMenu

if TYPE_CHECKING:
    from dialogtool.core.library import Library
    from dialogtool.core.record import MeetingRecord
    from dialogtool.ui.question_library import QuestionLibraryDialog

Index = QModelIndex | QPersistentModelIndex
#: Meetings listed without a search (the newest); a search finds any of them.
LISTED = 200
#: Rows measured to size the columns.
RESIZE_PRECISION = 40


class RecentMeetingsModel(QAbstractTableModel):
    COLUMNS = ("date", "title", "kind", "status", "actions")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[MeetingEntry] = []

    def set_records(self, records: list[MeetingEntry]) -> None:
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
        record = self.records[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "date":
            return moment(record.scheduled_at, ui_lang())
        if column == "title":
            return record.title + (f" – {record.team}" if record.team else "")
        if column == "kind":
            return labels.kind(record.kind)
        if column == "status":
            return labels.status(record.status)
        return str(record.open_actions)


class StartPage(QWidget):
    newMeetingRequested = Signal(str)
    #: The next meeting in the series of the meeting with this id.
    nextInSeriesRequested = Signal(str)
    openRequested = Signal(str)
    rehearseRequested = Signal(str)
    demoRequested = Signal()
    importRequested = Signal()
    landscapeRequested = Signal()
    reportRequested = Signal()
    #: Put back work kept in recovery files while saving failed.
    recoverRequested = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        #: The meetings and their actions (``dialogtool.app``): the screen only asks and shows.
        self.workspace = workspace
        self.history = workspace.history
        self.store = workspace.store
        #: Today, for due and overdue actions; tests set it.
        self.today = dt.date.today()
        self.bin_dialog: QWidget | None = None
        self.actions_dialog: QWidget | None = None
        self.indicator_dialog: QWidget | None = None
        self._record_problems: list[Message] = []
        self._problems: list[LoadProblem] = []
        self._library_problems: list[Message] = []
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
        self.due_label = QLabel()
        self.due_label.setObjectName("dueActions")
        self.due_label.setWordWrap(True)
        self.due_label.setVisible(False)
        layout.addWidget(self.due_label)
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
            workspace, self.template_combo.currentData, self.show_library, self
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

        recent_box = QGroupBox(self.tr("Møder"))
        recent = QVBoxLayout(recent_box)
        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("historySearch")
        self.search_edit.setPlaceholderText(
            self.tr("Søg i noter, spørgsmål, handlinger og forklaringer …")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.participant_edit = QLineEdit()
        self.participant_edit.setObjectName("participantSearch")
        self.participant_edit.setPlaceholderText(self.tr("Deltager"))
        self.team_filter = QComboBox()
        self.team_filter.setObjectName("teamSearch")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindSearch")
        self.kind_filter.addItem(self.tr("Alle typer"), "")
        for kind in MeetingKind:
            self.kind_filter.addItem(labels.kind(kind), kind.value)
        self.since_edit = DateEdit()
        self.since_edit.setObjectName("sinceSearch")
        self.since_edit.setPlaceholderText(self.tr("Fra dato"))
        self.until_edit = DateEdit()
        self.until_edit.setObjectName("untilSearch")
        self.until_edit.setPlaceholderText(self.tr("Til dato"))
        search_row.addWidget(self.search_edit, 3)
        search_row.addWidget(self.participant_edit, 1)
        search_row.addWidget(self.team_filter, 1)
        search_row.addWidget(self.kind_filter, 1)
        search_row.addWidget(self.since_edit, 1)
        search_row.addWidget(self.until_edit, 1)
        self.since_edit.dateEdited.connect(self._search_changed)
        self.until_edit.dateEdited.connect(self._search_changed)
        self.search_edit.textChanged.connect(self._search_changed)
        self.participant_edit.textChanged.connect(self._search_changed)
        self.team_filter.activated.connect(self._search_changed)
        self.kind_filter.activated.connect(self._search_changed)
        recent.addLayout(search_row)
        self.recent_model = RecentMeetingsModel()
        self.recent_view = QTableView()
        self.recent_view.setObjectName("recentMeetings")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.verticalHeader().setVisible(False)
        self.recent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.recent_view.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_PRECISION)  # not every row of a long history
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.recent_view.doubleClicked.connect(self._open_index)
        recent.addWidget(self.recent_view, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noMeetings")
        recent.addWidget(self.empty_label)
        self.more_label = QLabel(
            self.tr("Viser de %1 nyeste møder – søg for at finde ældre.").replace("%1", str(LISTED))
        )
        self.more_label.setObjectName("moreMeetings")
        self.more_label.setVisible(False)
        recent.addWidget(self.more_label)
        # Two rows, so the start screen fits a 1024-pixel screen: all meetings, then the chosen one.
        tools_row = QHBoxLayout()
        open_row = QHBoxLayout()
        self.actions_button = QPushButton(self.tr("Alle handlinger …"))
        self.actions_button.setObjectName("allActionsButton")
        self.actions_button.clicked.connect(self.open_actions)
        tools_row.addWidget(self.actions_button)
        self.indicator_button = QPushButton(self.tr("Nøgletal over tid …"))
        self.indicator_button.setObjectName("indicatorHistoryButton")
        self.indicator_button.clicked.connect(self.open_indicator_history)
        tools_row.addWidget(self.indicator_button)
        self.report_button = QPushButton(self.tr("Trædestensrapport …"))
        self.report_button.setObjectName("steppingStoneReportButton")
        self.report_button.setToolTip(
            self.tr("Teamets trædesten på én side: mål, retning, aftaler")
        )
        self.report_button.clicked.connect(self.reportRequested)
        tools_row.addWidget(self.report_button)
        self.bin_button = QPushButton(self.tr("Papirkurv …"))
        self.bin_button.setObjectName("binButton")
        self.bin_button.clicked.connect(self.open_bin)
        tools_row.addWidget(self.bin_button)
        self.records_button = QToolButton()
        self.records_button.setObjectName("recordsDuties")
        self.records_button.setText(self.tr("Persondata"))
        self.records_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.records_menu = QMenu(self.records_button)
        self.records_menu.addAction(self.tr("Indsigt for en person …"), self.open_insight)
        self.records_menu.addAction(self.tr("Slet gamle møder …"), self.open_retention)
        self.records_button.setMenu(self.records_menu)
        tools_row.addWidget(self.records_button)
        tools_row.addStretch(1)
        self.rename_button = QPushButton(self.tr("Omdøb …"))
        self.rename_button.setObjectName("renameMeeting")
        self.rename_button.clicked.connect(self.rename_current)
        self.duplicate_button = QPushButton(self.tr("Duplikér"))
        self.duplicate_button.setObjectName("duplicateMeeting")
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button = QPushButton(self.tr("Slet"))
        self.delete_button.setObjectName("deleteMeeting")
        self.delete_button.setToolTip(self.tr("Flyt mødet til papirkurven; det kan gendannes"))
        self.delete_button.clicked.connect(self.delete_current)
        self.next_button = QPushButton(self.tr("Næste møde i serien"))
        self.next_button.setObjectName("nextInSeries")
        self.next_button.setToolTip(
            self.tr(
                "Et nyt møde med samme deltagere og data, på den aftalte opfølgningsdato – "
                "og sidste gangs aftaler under »Siden sidst«"
            )
        )
        self.next_button.clicked.connect(
            lambda: self._emit_for(self.nextInSeriesRequested, self.recent_view.currentIndex())
        )
        for button in (self.rename_button, self.duplicate_button, self.delete_button):
            open_row.addWidget(button)
        open_row.addStretch(1)
        open_row.addWidget(self.next_button)
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
        recent.addLayout(tools_row)
        layout.addWidget(recent_box, 1)

    def show_history(self, problems: list[LoadProblem] | None = None) -> None:
        """The meetings matching the search (all without one), the due actions, the problems.

        ``problems`` are the files named at the top (kept from the last call when None).
        """
        if problems is not None:
            self._problems = problems
        history = self.history
        teams = history.teams()
        chosen = self.team_filter.currentData() or ""
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("Alle teams"), "")
        for team in teams:
            self.team_filter.addItem(team, team)
        self.team_filter.setCurrentIndex(max(self.team_filter.findData(chosen), 0))
        kind = self.kind_filter.currentData()
        searching = self._searching()
        entries = history.search(
            self.search_edit.text(),
            participant=self.participant_edit.text(),
            team=self.team_filter.currentData() or "",
            kind=MeetingKind(kind) if kind else None,
            since=self.since_edit.date(),
            until=self.until_edit.date(),
            limit=None if searching else LISTED + 1,
        )
        copies = {p.path.name for p in self._problems if p.kind == ProblemKind.COPY}
        entries = [e for e in entries if e.name not in copies]  # named above, not listed twice
        self.more_label.setVisible(len(entries) > LISTED)
        entries = entries[:LISTED]
        self.show_records(entries, self._problems)
        self.show_due()

    def _search_changed(self, *_changed: object) -> None:
        self.show_history()

    def _searching(self) -> bool:
        return bool(
            self.search_edit.text().strip()
            or self.participant_edit.text().strip()
            or self.team_filter.currentIndex() > 0
            or self.kind_filter.currentIndex() > 0
            or self.since_edit.date() is not None
            or self.until_edit.date() is not None
        )

    def show_records(self, records: list[MeetingEntry], problems: list[LoadProblem]) -> None:
        self.recent_model.set_records(records)
        searching = bool(self.search_edit.text().strip() or self.participant_edit.text().strip())
        self.empty_label.setText(
            self.tr("Ingen møder passer til søgningen.")
            if searching
            or self.team_filter.currentIndex() > 0
            or self.kind_filter.currentIndex() > 0
            else self.tr(
                "Ingen møder endnu. Vælg en skabelon under »Nyt møde«, og tryk »Opret møde«."
            )
        )
        self.empty_label.setVisible(not records)
        for button in (
            self.open_button,
            self.rehearse_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
            self.next_button,
        ):
            button.setEnabled(bool(records))
        if records:
            self.recent_view.selectRow(0)
        self._record_problems = [p.message for p in problems]
        self._show_problems()

    def show_due(self) -> None:
        """Name the open actions due today and those overdue, so they are not forgotten."""
        lang = ui_lang()
        shown = 5
        on_day, late = self.history.count_due(self.today)

        def named(entries: list[ActionEntry], count: int) -> str:
            names = "; ".join(a.text + (f" ({a.owner})" if a.owner else "") for a in entries)
            more = count - len(entries)
            return names + (self.tr(" og %1 flere").replace("%1", str(more)) if more > 0 else "")

        lines = []
        if on_day:
            today = self.history.due(self.today, overdue=False, limit=shown)
            lines.append(self.tr("Frist i dag: %1").replace("%1", named(today, on_day)))
        if late:
            overdue = self.history.due(self.today, overdue=True, limit=shown)
            first = overdue[0].due
            lines.append(
                self.tr("Overskredet (ældste frist %1): %2")
                .replace("%1", day(first, lang) if first else "")
                .replace("%2", named(overdue, late))
            )
        self.due_label.setText("\n".join(lines))
        self.due_label.setVisible(bool(lines))

    def show_library(self) -> None:
        """The library's templates and the user's files it could not use."""
        lang = ui_lang()
        chosen = self.template_combo.currentData()
        self.template_combo.clear()
        for template in self.workspace.template_choices():
            star = "★ " if template.favourite else ""
            self.template_combo.addItem(
                f"{star}{template.name(lang)} ({template.duration_minutes} min)", template.id
            )
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(chosen), 0))
        self.new_button.setEnabled(self.template_combo.count() > 0)
        self._library_problems = [p.message for p in self.workspace.library_problems()]
        self._show_problems()

    @property
    def library(self) -> Library:
        """The library (validated; made on first use, not for the first paint)."""
        load_models()
        return self.workspace.library

    def open_question_library(self) -> QuestionLibraryDialog:
        from dialogtool.ui.question_library import QuestionLibraryDialog

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
        lang = ui_lang()  # the messages are rendered when shown, in the language of the moment
        found = [*self._record_problems, *self._library_problems]
        lines = [*self._recoveries, *(render(message, lang) for message in found)]
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
            signal.emit(self.recent_model.records[index.row()].id)

    def current_entry(self) -> MeetingEntry | None:
        index = self.recent_view.currentIndex()
        return self.recent_model.records[index.row()] if index.isValid() else None

    # -- meetings' files: rename, duplicate, delete to the bin ------------------------
    def _changed(self) -> None:
        self.show_history()  # the workspace keeps the index current

    def _guarded(self, title: str, work: Any) -> Any:
        load_models()
        try:
            return work()
        except RecordLoadError as exc:
            show_failure(self, title, render(exc.problem.message, ui_lang()))
        except Exception as exc:  # disk full, permissions, refused overwrite ...
            log_exception(title, exc)
            show_failure(self, title, failure_sentence(exc, ui_lang()))
        finally:
            self._changed()
        return None

    def rename_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Omdøb mødet"), self.tr("Mødets titel:"), text=entry.title
        )
        if ok and title.strip():
            self.rename(entry.id, title)

    def rename(self, record_id: str, title: str) -> None:
        self._guarded(
            self.tr("Mødet kunne ikke omdøbes"),
            lambda: self.workspace.rename(record_id, title),
        )

    def duplicate_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.duplicate(entry.id, self.tr("%1 (kopi)").replace("%1", entry.title))

    def duplicate(self, record_id: str, title: str) -> None:
        self._guarded(
            self.tr("Mødet kunne ikke duplikeres"),
            lambda: self.workspace.duplicate(record_id, title),
        )

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.delete(entry.id)

    def delete(self, record_id: str) -> None:
        """Move the meeting to the bin (a folder beside the meetings); it can be restored."""
        self._guarded(
            self.tr("Mødet kunne ikke slettes"),
            lambda: self.workspace.move_to_bin(record_id),
        )

    def open_bin(self) -> None:
        load_models()
        from dialogtool.ui.history_dialogs import BinDialog

        dialog = BinDialog(self.workspace, self)
        dialog.finished.connect(lambda _result: self._changed())
        dialog.open()
        self.bin_dialog = dialog

    def open_insight(self) -> QWidget:
        load_models()
        from dialogtool.ui.records_duties import InsightDialog

        dialog = InsightDialog(self.workspace, self)
        dialog.open()
        return dialog

    def open_retention(self) -> QWidget:
        load_models()
        from dialogtool.ui.records_duties import RetentionDialog

        dialog = RetentionDialog(self.workspace, self)
        dialog.finished.connect(lambda _result: self._changed())
        dialog.open()
        return dialog

    def open_actions(self) -> None:
        load_models()
        from dialogtool.ui.actions_table import ActionsDialog

        dialog = ActionsDialog(self.workspace, self)
        dialog.model.today = self.today
        dialog.reload()
        dialog.openRequested.connect(self.openRequested)
        dialog.finished.connect(lambda _result: self._changed())
        dialog.open()
        self.actions_dialog = dialog

    def open_indicator_history(self) -> None:
        load_models()
        from dialogtool.ui.history_dialogs import IndicatorHistoryDialog

        dialog = IndicatorHistoryDialog(self.workspace, self)
        dialog.open()
        self.indicator_dialog = dialog
