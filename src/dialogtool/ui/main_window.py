"""The main window: the start screen or one open meeting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from dialogtool.core import locks, meeting, recovery, review, series
from dialogtool.core.actions import earlier_meetings, safe_id
from dialogtool.core.atomic import ensure_private_dir
from dialogtool.core.demo import DEMO_SOURCE
from dialogtool.core.failures import failure_sentence
from dialogtool.core.history import HistoryIndex
from dialogtool.core.library import Library
from dialogtool.core.logs import log_exception
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import MeetingKind, MeetingRecord, MeetingStatus
from dialogtool.core.store import (
    ConflictError,
    RecordLoadError,
    RecordStore,
    RefusedOverwriteError,
)
from dialogtool.core.templates import MeetingTemplate
from dialogtool.core.timing import Clock
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.session import MeetingSession, utc_clock
from dialogtool.ui.start_page import StartPage
from dialogtool.ui.unsaved import UnsavedDialog
from dialogtool.ui.welcome import offer_welcome

if TYPE_CHECKING:  # numpy, the importer and the meeting's pages load when first used
    from dialogtool.core.dataset import Dataset
    from dialogtool.ui.importing.controller import DataController
    from dialogtool.ui.meeting_view import MeetingView


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, dataset: Dataset | None = None) -> None:
        super().__init__()
        self.setWindowTitle("dialogtool")
        self.store = RecordStore(meetings_dir(data_dir))
        #: Every meeting, searchable; the start screen lists meetings from it.
        self.history = HistoryIndex.for_folder(self.store.folder)
        self.library = Library(data_dir)
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
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage(self.library, self.history, self.store)
        self.start_page.newMeetingRequested.connect(self.new_meeting)
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
        self.refresh_start()
        #: The first run's welcome (an empty data folder), else None.
        self.welcome_page = offer_welcome(self)

    @property
    def data(self) -> DataController:
        """Imports, the team's data landscape and the dataset as loaded (made when first used)."""
        if self._data is None:
            from dialogtool.ui.importing.controller import DataController

            self._data = DataController(self._data_dir, self)
            self._data.datasetChanged.connect(self.use_dataset)
        return self._data

    def refresh_start(self) -> None:
        """The start screen from the history index (only changed files are read).

        Damaged files are named and moved aside, never in the way.
        """
        self.history.sync()
        problems = [self.store.quarantine(p) for p in self.history.problems()]
        if any(p.moved_to for p in problems):
            self.history.sync()  # they have left the meetings folder
        self.library.reload()
        self.start_page.show_library()
        self.start_page.show_history(problems)
        self.start_page.show_recoveries([item.record for item in recovery.pending()])

    def recover_unsaved(self) -> None:
        """Put back work kept while saving failed (a conflict copy if the meeting moved on)."""
        told: list[str] = []
        for item in recovery.pending():
            try:
                self.store.restore(item.record)
            except Exception as exc:  # ConflictError keeps it as a copy; others are told
                log_exception("Restoring unsaved work failed", exc)
                told.append(failure_sentence(exc, ui_lang()))
                if not isinstance(exc, ConflictError):
                    continue
            recovery.discard(item)
        self.refresh_start()
        if told:
            show_failure(self, self.tr("Ugemt arbejde"), "\n\n".join(told))

    def use_demo(self) -> None:
        from dialogtool.core.demo import load_demo_dataset

        self.data.show(load_demo_dataset())

    def show_demo_loading(self) -> None:
        """The start screen is painted before the demo dataset is loaded; it says so meanwhile."""
        self.start_page.dataset_label.setText(self.tr("Indlæser demodata …"))

    def use_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset`` from now on, on the start page and in the open meeting."""
        self.dataset = dataset
        self.start_page.show_dataset(dataset.name)
        if self.session is not None:
            self.session.set_dataset(dataset)

    def new_meeting(self, template_id: str) -> MeetingView | None:
        """A new meeting; with the same team as an earlier one of its kind, the next in its series."""
        template = self.library.template(template_id)
        assert template is not None, template_id
        team = self.dataset.groups[0] if self.dataset and self.dataset.groups else ""
        if template.kind == MeetingKind.ONE_TO_ONE:
            team = ""  # the employee: the leader names them and chooses whose numbers are shown
        last = self.history.last_with(template.kind, team)
        previous = self._quiet_load(last.id) if last is not None else None
        return self._create(template, previous, team)

    def next_in_series(self, previous_id: str) -> MeetingView | None:
        """The next meeting after ``previous_id``, from its template (else the follow-up)."""
        previous = self._load(previous_id)
        if previous is None:
            return None
        template = self.library.template(previous.template_id or "") or self.library.template(
            "follow-up"
        )
        assert template is not None
        return self._create(template, previous, previous.team)

    def _quiet_load(self, record_id: str) -> MeetingRecord | None:
        try:
            return self.store.load(safe_id(record_id))
        except (RecordLoadError, ValueError):
            return None  # named on the start screen; the new meeting starts afresh

    def _create(
        self, template: MeetingTemplate, previous: MeetingRecord | None, team: str
    ) -> MeetingView | None:
        if previous is not None:
            record = series.next_meeting(previous, template, ui_lang())
        else:
            record = meeting.new_meeting(template, ui_lang(), team=team)
        if self.dataset is not None:  # the numbers loaded now; else the series' last source
            record.dataset_source = self.dataset.source
        if record.series_id is not None:
            review.gather(record, earlier_meetings(self.store, self.history, record))
        try:
            self.store.save(record)
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
        return self._show(record)

    def open_meeting(self, record_id: str) -> MeetingView | None:
        record = self._load(record_id)
        return self._show(record) if record is not None else None

    def rehearse_meeting(self, record_id: str) -> MeetingView | None:
        """Walk through a copy of a prepared meeting; nothing of it is saved."""
        record = self._load(record_id)
        if record is None:
            return None
        copy = record.model_copy(deep=True)
        copy.status = MeetingStatus.PLANNED
        copy.current_phase = None
        meeting.reset_clock(copy)  # a rehearsal starts with the meeting's full time
        return self._show(copy, rehearsal=True)

    def _load(self, record_id: str) -> MeetingRecord | None:
        try:
            return self.store.load(record_id)
        except RecordLoadError as exc:
            QMessageBox.warning(
                self, self.tr("Kan ikke åbne mødet"), exc.problem.message(ui_lang())
            )
            self.refresh_start()
            return None

    def _dataset_for(self, record: MeetingRecord) -> Dataset | None:
        """The meeting's numbers, as its team's landscape describes them."""
        raw = self.data.raw
        if raw is None or raw.source != record.dataset_source:
            if record.dataset_source != DEMO_SOURCE:
                return None  # the record's snapshots still show what was discussed
            from dialogtool.core.demo import load_demo_dataset

            raw = load_demo_dataset()
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
        from dialogtool.ui.meeting_view import MeetingView

        # "Siden sidst" follows the earlier meetings until the review is given.
        reviews_changed = (
            not rehearsal
            and record.series_id is not None
            and record.status != MeetingStatus.FINISHED
            and review.gather(record, earlier_meetings(self.store, self.history, record))
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
        self.session.importRequested.connect(lambda: self.data.choose_file())
        self.session.saveFailed.connect(self._remember_failure)
        self.session.changed.connect(self._follow_team)
        if reviews_changed:
            self.session.touched()
        self.meeting_view = MeetingView(self.session)
        self.meeting_view.closeRequested.connect(self.close_meeting)
        self.stack.addWidget(self.meeting_view)
        self.stack.setCurrentWidget(self.meeting_view)
        title = record.title or "dialogtool"
        self.setWindowTitle(f"{title} – dialogtool")
        if not rehearsal:
            self._tell_other_holder(record)
        return self.meeting_view

    def _tell_other_holder(self, record: MeetingRecord) -> None:
        other = locks.acquire(self.store.folder, record.id)
        if other is None:
            return
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
        if self.session is not None:
            if not self.session.rehearsal:
                locks.release(self.store.folder, self.session.record.id)
            self.session.deleteLater()
            self.session = None
        if self.meeting_view is not None:
            self.stack.removeWidget(self.meeting_view)
            self.meeting_view.deleteLater()
            self.meeting_view = None
        self.setWindowTitle("dialogtool")
        self.stack.setCurrentWidget(self.start_page)
        self.refresh_start()
