"""The main window: the start screen or one open meeting.

What the user does with meetings (create, open, rehearse, recover ...) is done by
the workspace (``dialogtool.app``); the window asks it and shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from dialogtool.app.workspace import Workspace
from dialogtool.core.atomic import clean_stale_temp_files, ensure_private_dir
from dialogtool.core.catalogue import render
from dialogtool.core.clock import utc_clock
from dialogtool.core.dataset_cache import DatasetCache
from dialogtool.core.demo import DEMO_SOURCE
from dialogtool.core.failures import failure_sentence
from dialogtool.core.logs import log_exception
from dialogtool.core.store import (
    ConflictError,
    RecordLoadError,
    RefusedOverwriteError,
)
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.errors import show_failure
from dialogtool.ui.importing.kept import DatasetNotice, KeptLoader, Reopened
from dialogtool.ui.language import ui_lang
from dialogtool.ui.menus import MainMenus
from dialogtool.ui.preferences import EXPORT_FOLDER, preferences
from dialogtool.ui.preload import load_models
from dialogtool.ui.start_page import StartPage
from dialogtool.ui.welcome import offer_welcome

# A meeting's session, pages and rules load when the first meeting opens (or are preloaded).
if TYPE_CHECKING:
    from dialogtool.core.dataset import Dataset
    from dialogtool.core.library import Library
    from dialogtool.core.locks import (
        Holder,  # numpy, the importer and the meeting's pages load when first used
    )
    from dialogtool.core.record import MeetingRecord
    from dialogtool.core.stepping_stone_report import StoneRow
    from dialogtool.core.timing import Clock
    from dialogtool.ui.importing.controller import DataController
    from dialogtool.ui.meeting_view import MeetingView
    from dialogtool.ui.session import MeetingSession
    from dialogtool.ui.stepping_stone_dialog import SteppingStoneDialog
    from dialogtool.ui.unsaved import UnsavedDialog


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, dataset: Dataset | None = None) -> None:
        super().__init__()
        self.setWindowTitle("dialogtool")
        #: The meetings, their index, the library (``dialogtool.app``, shared with the CLI).
        self.workspace = Workspace(data_dir, ui_lang())
        self.store = self.workspace.store
        self.history = self.workspace.history
        self._data_dir = data_dir
        self._data: DataController | None = None
        self.dataset = self.data.describe(dataset) if dataset is not None else None
        self.session: MeetingSession | None = None
        #: The wall clock for meetings' timeboxes; tests pass one they move by hand.
        self.clock: Clock = utc_clock
        #: Asks what to do with an edit that could not be saved (while it is open).
        self.unsaved_dialog: UnsavedDialog | None = None
        self._save_problem = ""
        self.meeting_view: MeetingView | None = None
        self.report_dialog: SteppingStoneDialog | None = None
        self.stack = QStackedWidget()
        self._install_dataset_notice(data_dir)
        self.start_page = StartPage(self.workspace)
        self.start_page.newMeetingRequested.connect(self.new_meeting)
        self.start_page.reportRequested.connect(self.open_stepping_stone_report)
        self.start_page.nextInSeriesRequested.connect(self.next_in_series)
        self.start_page.openRequested.connect(self.open_meeting)
        self.start_page.rehearseRequested.connect(self.rehearse_meeting)
        self.start_page.demoRequested.connect(self.use_demo)
        self.start_page.importRequested.connect(lambda: self.data.choose_file())
        self.start_page.landscapeRequested.connect(lambda: self.data.edit_landscape())
        self.start_page.recoverRequested.connect(self.recover_unsaved)
        self.stack.addWidget(self.start_page)
        self.start_page.show_dataset(self.dataset.name if self.dataset else None)
        if data_dir.is_dir():  # made 0755 by an older version: only the user may read it
            ensure_private_dir(data_dir)
        self.store.clean_up()
        if export_folder := preferences().get(EXPORT_FOLDER):  # a killed export's summary
            clean_stale_temp_files(Path(export_folder))
        self.refresh_start()
        #: Filer, Rediger, Møde, Præsentation, Hjælp (``ui.menus``).
        self.menus = MainMenus(self)
        #: The first run's welcome (an empty data folder), else None.
        self.welcome_page = offer_welcome(self)

    @property
    def library(self) -> Library:
        """The workspace's questions and templates (made on first use, after the first paint)."""
        load_models()
        return self.workspace.library

    @property
    def data(self) -> DataController:
        """Imports, the team's data landscape and the dataset as loaded (made when first used)."""
        if self._data is None:
            load_models()
            from dialogtool.ui.importing.controller import DataController

            self._data = DataController(self._data_dir, self)
            self._data.datasetChanged.connect(self.use_dataset)
        return self._data

    def refresh_start(self) -> None:
        """The start screen from the history index (only changed files are read).

        Damaged files are named and moved aside, never in the way.
        """
        problems = self.workspace.refresh()
        self.workspace.reload_library()
        self.start_page.show_library()
        self.start_page.show_history(problems)
        self.start_page.show_recoveries(self.workspace.unsaved())

    def recover_unsaved(self) -> None:
        """Put back work kept while saving failed (a conflict copy if the meeting moved on)."""
        load_models()
        told: list[str] = []
        for exc in self.workspace.recover_unsaved():
            log_exception("Restoring unsaved work failed", exc)
            told.append(failure_sentence(exc, ui_lang()))
        self.refresh_start()
        if told:
            show_failure(self, self.tr("Ugemt arbejde"), "\n\n".join(told))

    def use_demo(self) -> None:
        from dialogtool.core.demo import load_demo_dataset

        self.data.show(load_demo_dataset(ui_lang()))

    def show_demo_loading(self) -> None:
        """The start screen is painted before the demo dataset is loaded; it says so meanwhile."""
        self.start_page.dataset_label.setText(self.tr("Indlæser demodata …"))

    def use_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset`` from now on, on the start page and in the open meeting."""
        self.dataset = dataset
        self.start_page.show_dataset(dataset.name)
        self.dataset_notice.clear()  # it spoke of the dataset shown before
        if self.session is not None:
            self.session.set_dataset(dataset)

    def new_meeting(self, template_id: str) -> MeetingView | None:
        """A new meeting; with the same team as an earlier one of its kind, the next in its series."""
        team = self.dataset.groups[0] if self.dataset and self.dataset.groups else ""
        return self._create(
            lambda source, sha: self.workspace.new_meeting(
                template_id, team, dataset_source=source, dataset_sha256=sha
            )
        )

    def next_in_series(self, previous_id: str) -> MeetingView | None:
        """The next meeting after ``previous_id``, from its template (else the follow-up)."""
        return self._create(
            lambda source, sha: self.workspace.next_in_series(
                previous_id, dataset_source=source, dataset_sha256=sha
            )
        )

    def _create(self, make: Callable[[str, str], MeetingRecord]) -> MeetingView | None:
        load_models()
        source = self.dataset.source if self.dataset is not None else ""
        sha = self.dataset.sha256 if self.dataset is not None else ""
        try:
            record = make(source, sha)
        except RecordLoadError as exc:
            self._cannot_open(exc)
            return None
        except (OSError, RefusedOverwriteError, ConflictError) as exc:
            log_exception("Creating a meeting failed", exc)
            show_failure(
                self,
                self.tr("Mødet kunne ikke oprettes"),
                self.tr("Det nye møde kunne ikke gemmes. %1").replace(
                    "%1", failure_sentence(exc, ui_lang())
                ),
            )
            return None
        view = self._show(record)
        if view is not None:
            self.workspace.hold(record.id)  # new: nobody else can have it open yet
        return view

    def open_meeting(self, record_id: str) -> MeetingView | None:
        if not self.close_meeting():
            return None
        load_models()
        try:
            opened = self.workspace.open(record_id)
        except RecordLoadError as exc:
            self._cannot_open(exc)
            return None
        view = self._show(opened.record)
        if view is not None and opened.other is not None:
            self._tell_other_holder(opened.other)
        return view

    def rehearse_meeting(self, record_id: str) -> MeetingView | None:
        """Walk through a copy of a prepared meeting; nothing of it is saved."""
        load_models()
        try:
            copy = self.workspace.rehearse(record_id)
        except RecordLoadError as exc:
            self._cannot_open(exc)
            return None
        return self._show(copy, rehearsal=True)

    def _cannot_open(self, exc: RecordLoadError) -> None:
        QMessageBox.warning(
            self, self.tr("Kan ikke åbne mødet"), render(exc.problem.message, ui_lang())
        )
        self.refresh_start()

    def _dataset_for(self, record: MeetingRecord) -> Dataset | None:
        """The meeting's numbers, as its team's landscape describes them."""
        raw = self.data.raw
        if raw is not None and record.dataset_sha256 and raw.sha256 == record.dataset_sha256:
            pass  # the file the meeting used, wherever it was loaded from
        elif raw is None or raw.source != record.dataset_source:
            if record.dataset_source != DEMO_SOURCE:
                return None  # the record's snapshots still show what was discussed
            from dialogtool.core.demo import load_demo_dataset

            raw = load_demo_dataset(ui_lang())
        self.data.select_team(record.team)
        return self.data.described(raw)

    def _follow_team(self) -> None:
        """The meeting's team was changed in preparation: use that team's landscape."""
        session = self.session
        raw = self._data.raw if self._data is not None else None
        if session is None or raw is None or raw.source != session.record.dataset_source:
            return
        if self.data.select_team(session.record.team):
            session.set_dataset(self.data.described(raw))

    def _show(self, record: MeetingRecord, *, rehearsal: bool = False) -> MeetingView | None:
        if not self.close_meeting():
            return None
        from dialogtool.core import review
        from dialogtool.core.operations import Changes, Operation
        from dialogtool.core.record_types import MeetingStatus
        from dialogtool.ui.meeting_view import MeetingView
        from dialogtool.ui.session import MeetingSession

        # "Siden sidst" follows the earlier meetings until the review is given.
        follows = (
            not rehearsal
            and record.series_id is not None
            and record.status != MeetingStatus.FINISHED
        )
        self.session = MeetingSession(
            record,
            self.store,
            self._dataset_for(record),
            self,
            library=self.library,
            rehearsal=rehearsal,
            clock=self.clock,
        )
        self.session.earlier_meetings = lambda: self.workspace.follows_earlier(record)
        self.session.importRequested.connect(lambda: self.data.choose_file())
        self.session.saveFailed.connect(self._remember_failure)
        self.session.changed.connect(self._follow_team)
        self._reopen_kept(record)
        if follows:
            earlier = self.workspace.follows_earlier(record)
            # What the earlier meetings say now: not an edit of this one, so not undoable.
            self.session.apply(
                Operation(
                    self.tr("siden sidst"),
                    Changes.REVIEW,
                    lambda r: review.gather(r, earlier),
                    undoable=False,
                )
            )
        self.meeting_view = MeetingView(self.session)
        self.meeting_view.closeRequested.connect(self.close_meeting)
        self.meeting_view.reportRequested.connect(self.open_stepping_stone_report)
        self.stack.addWidget(self.meeting_view)
        self.stack.setCurrentWidget(self.meeting_view)
        title = record.title or "dialogtool"
        self.setWindowTitle(f"{title} – dialogtool")
        self.menus.meeting_changed()
        return self.meeting_view

    def _tell_other_holder(self, other: Holder) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Mødet er åbent et andet sted"),
            self.tr(
                "%1 har også dette møde åbent på computeren %2. Skriver I begge i det, "
                "gemmes den senestes ændringer som en konfliktkopi ved siden af."
            )
            .replace("%1", other.user)
            .replace("%2", other.host),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("lockMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names from a file are not markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_stepping_stone_report(self) -> SteppingStoneDialog | None:
        """The team's stepping stones on one page; in a meeting, its team and the room."""
        from dialogtool.ui.presenter.report_room import show_report
        from dialogtool.ui.stepping_stone_dialog import SteppingStoneDialog

        view = self.meeting_view
        dataset = view.session.dataset if view is not None else None
        dataset = dataset or self.dataset
        if dataset is None:
            QMessageBox.information(
                self,
                self.tr("Trædestensrapport"),
                self.tr("Indlæs data eller brug demodata først."),
            )
            return None
        team, room = "", None
        if view is not None:
            team = view.session.record.data_group or view.session.record.team
            audience = view.presenter.audience

            def room(title: str, rows: list[StoneRow]) -> None:
                show_report(audience, title, rows, ui_lang())

        dialog = SteppingStoneDialog(
            dataset, self.workspace.team_records, self, team=team, room=room
        )
        dialog.setModal(False)
        dialog.show()
        self.report_dialog = dialog
        return dialog

    def close_meeting(self) -> bool:
        """Back to the start screen; refused (False) while an edit could not be saved.

        The leader is then asked to try again, save a copy elsewhere or discard.
        """
        if self.session is not None:
            self.session.pause_meeting()  # time passes only while the meeting is open
            if not self.session.save_now():
                self._offer_unsaved(quit_after=False)
                return False
        self._drop_meeting()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        """Name the start screen's controls for a screen reader (pages name their own)."""
        make_accessible(self)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            self.session.pause_meeting()
        if self.session is not None and not self.session.save_now():
            event.ignore()
            self._offer_unsaved(quit_after=True)
            return
        super().closeEvent(event)

    def rescue(self) -> str:
        """After an unforeseen error: save what can be saved, and say what became of it."""
        if self.session is None:
            return self.tr("Intet af det, du har skrevet, er gået tabt.")
        if self.session.rehearsal:
            return self.tr("Prøvegennemgangen er stadig åben; den bliver ikke gemt.")
        if self.session.save_now():
            return self.tr("Intet er gået tabt: alt, hvad du har skrevet i mødet, er gemt.")
        return self.tr(
            "Mødet kunne ikke gemmes lige nu, men det er stadig åbent, så intet er tabt. "
            "Når du lukker det, kan du prøve igen eller gemme en kopi et andet sted."
        )

    def _remember_failure(self, sentence: str) -> None:
        self._save_problem = sentence

    def _offer_unsaved(self, *, quit_after: bool) -> UnsavedDialog:
        from dialogtool.ui.unsaved import UnsavedDialog

        assert self.session is not None
        if self.unsaved_dialog is not None and self.unsaved_dialog.isVisible():
            return self.unsaved_dialog
        dialog = UnsavedDialog(self.session, self._save_problem, self)
        dialog.resolved.connect(lambda: self._left_unsaved(quit_after))
        self.unsaved_dialog = dialog
        dialog.open()
        return dialog

    def _left_unsaved(self, quit_after: bool) -> None:
        self.unsaved_dialog = None
        self._drop_meeting()
        if quit_after:
            self.close()

    def _drop_meeting(self) -> None:
        if self.session is None and self.meeting_view is None:
            return  # nothing open: the start screen is as it was
        if self.session is not None:
            if not self.session.rehearsal:
                self.workspace.close(self.session.record.id)
            self.session.close()
            self.session.deleteLater()
            self.session = None
        if self.meeting_view is not None:
            self.stack.removeWidget(self.meeting_view)
            self.meeting_view.deleteLater()
            self.meeting_view = None
        self.setWindowTitle("dialogtool")
        self.stack.setCurrentWidget(self.start_page)
        self.menus.meeting_changed()
        self.refresh_start()

    # -- kept datasets: the data stay with the meeting (issue 17) -------------------------
    def _install_dataset_notice(self, data_dir: Path) -> None:
        """The one line about the data in use (a moved or changed file) above every page."""
        self.kept_datasets = DatasetCache.in_data_dir(data_dir)
        self.kept_loader: KeptLoader | None = None
        self.dataset_notice = DatasetNotice()
        self.dataset_notice.loadRequested.connect(self._load_new_version)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.dataset_notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _load_new_version(self, path: str) -> None:
        """The original changed (or was never kept): import it again."""
        self.data.import_path(Path(path))

    def restore_dataset(self) -> KeptLoader | None:
        """After the first paint: the start screen's dataset of last time, read back."""
        sha256 = self.kept_datasets.current()
        if sha256 is None or self.dataset is not None:
            return None
        self.start_page.dataset_label.setText(self.tr("Henter datasættet fra sidst …"))
        return self._load_kept(sha256, None)

    def _reopen_kept(self, record: MeetingRecord) -> None:
        """A meeting whose data are not loaded reopens with its kept copy, read in the background."""
        assert self.session is not None
        if self.session.dataset is not None or record.dataset_source in ("", DEMO_SOURCE):
            return
        if record.dataset_sha256:
            self._load_kept(record.dataset_sha256, record.id)
        else:  # from before datasets were kept: say that only what was shown is there
            self.dataset_notice.tell_not_kept(record.dataset_source)

    def _load_kept(self, sha256: str, record_id: str | None) -> KeptLoader:
        self.dataset_notice.clear()
        loader = KeptLoader(self.kept_datasets, sha256, self)
        loader.loaded.connect(lambda reopened: self._kept_loaded(reopened, record_id))
        loader.failed.connect(lambda sentence: self._kept_failed(sentence, record_id))
        self.kept_loader = loader
        loader.start()
        return loader

    def _kept_loaded(self, reopened: Reopened, record_id: str | None) -> None:
        kept, session = reopened.kept, self.session
        if record_id is None:
            if self.dataset is not None:  # the leader loaded something meanwhile
                return
            self.data.show(kept.dataset)
        else:
            if session is None or session.record.id != record_id or session.dataset is not None:
                return  # another meeting by now
            described = self.data.describe(kept.dataset)
            assert described is not None
            if self.data.select_team(session.record.team):
                described = self.data.described(kept.dataset)
            self.dataset = described
            self.start_page.show_dataset(described.name)
            session.show_dataset(described)
        self.dataset_notice.tell(reopened)

    def _kept_failed(self, sentence: str, record_id: str | None) -> None:
        if record_id is None and self.dataset is None:
            self.start_page.show_dataset(None)
        if record_id is None or (self.session is not None and self.session.record.id == record_id):
            self.dataset_notice.tell_failure(sentence)
