"""The open meeting: its record, the dataset it looks at, where the meeting is, and saving.

Pages never edit ``session.record`` themselves: they ``apply`` an operation
(``core.operations``), which is refused on a finished meeting, recorded for undo
(``core.undo``) and announced with what it changed (``edited(Changes)``), so each
view refreshes only for what it shows. The first unsaved edit starts a one-second timer; when it fires the record is written atomically.
So an edit is on disk within about a second, whatever happens to the process.
The UI thread only serialises the record (compact JSON, about a millisecond);
a writer thread checks and writes it, one write at a time and in order.
``save_now()`` writes on the spot and says whether it worked (closing relies on it).

The meeting's state lives here, not in widgets: the current step, the indicator
and view on the data page, the question the room sees and whether the leader
presents. Pages and the presenter read and set it; each change has a signal.

A rehearsal session walks through a copy of a prepared meeting and never saves.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from dialogtool.core import meeting, operations, phases, presentation, timing, undo
from dialogtool.core.catalogue import Message, render
from dialogtool.core.clock import utc_clock
from dialogtool.core.failures import failure_sentence
from dialogtool.core.library import Library
from dialogtool.core.logs import log_exception
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import IndicatorDiscussion, MeetingRecord, MeetingStatus, PhaseId
from dialogtool.core.slides import DataView
from dialogtool.core.store import RecordStore, dump_record
from dialogtool.ui.language import ui_lang
from dialogtool.ui.preferences import AUTOSAVE_SECONDS, preferences

if TYPE_CHECKING:  # numpy loads only with a dataset
    from dialogtool.core.dataset import Dataset
#: The autosave's delay unless the user chose another (the kill harness measures against it).
AUTOSAVE_DELAY_MS = AUTOSAVE_SECONDS.default * 1000


def autosave_delay_ms() -> int:
    """How long the session waits after the last edit before it saves (a preference)."""
    return preferences().get(AUTOSAVE_SECONDS) * 1000


class MeetingSession(QObject):
    #: Emitted after any edit (pages refresh derived views, e.g. the summary).
    changed = Signal()
    #: Emitted after an operation, an undo or a redo, with the :class:`Changes` it made.
    edited = Signal(object)
    #: What can be undone or redone changed (the menu names the step).
    historyChanged = Signal()
    #: An undo or redo put back an earlier record (carries the Changes): views reload.
    restored = Signal(object)
    #: Emitted after the record was written; carries the file path.
    saved = Signal(str)
    #: Emitted when saving failed; carries a sentence for the user.
    saveFailed = Signal(str)
    #: Emitted when the meeting moves between editable and read-only.
    readOnlyChanged = Signal(bool)
    #: The meeting moved to another step (carries the PhaseId value).
    stepChanged = Signal(str)
    #: Another indicator is shown on the data page ("" for none).
    indicatorChanged = Signal(str)
    #: The data page shows the indicator another way (carries the DataView value).
    viewChanged = Signal(str)
    #: The leader chose what the room sees as the question of the current step.
    questionChanged = Signal(str)
    presentingChanged = Signal(bool)
    #: The leader put Tomm's board on the room's screen, or took it off.
    boardChanged = Signal(bool)
    #: From the writer thread: a background write ended (carries its future).
    _written = Signal(object)
    #: The meeting's clock was started, paused, resumed or reset.
    clockChanged = Signal()
    #: The leader asked, from within the meeting, to load a data file.
    importRequested = Signal()
    #: Another dataset is shown from now on (a file was loaded).
    datasetChanged = Signal()
    #: The phase plan changed: timeboxes, or phases added, removed or reordered.
    phasesChanged = Signal()

    def __init__(
        self,
        record: MeetingRecord,
        store: RecordStore,
        dataset: Dataset | None,
        parent: QObject | None = None,
        *,
        library: Library,
        rehearsal: bool = False,
        clock: timing.Clock = utc_clock,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.store = store
        self.dataset = dataset
        #: The earlier meetings of this one's series, oldest first (the window sets it from the
        #: application layer, which reads them through the history index).
        self.earlier_meetings: Callable[[], list[MeetingRecord]] = list
        self.library = library
        #: The wall clock; tests pass one they move by hand.
        self.clock = clock
        #: A walk-through of a copy of the record: edits are kept in memory only.
        self.rehearsal = rehearsal
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_delay_ms())
        self._timer.timeout.connect(self.save_in_background)
        self._dirty = False
        #: The one write in flight on the writer thread, if any.
        self._writing: Future[MeetingRecord] | None = None
        #: The autosave's thread, made at the first background write, ended by ``close``.
        self._writer: ThreadPoolExecutor | None = None
        self._written.connect(self._background_done)
        start = record.current_phase or PhaseId.PREPARE
        self.step: PhaseId = start if start in self.steps else PhaseId.PREPARE
        self.indicator_id: str | None = None
        self.view = DataView.TREND
        #: The view the room sees: the leader's last choice of one the room may see, so looking
        #: at *Detaljer* (the rows behind a number) on the leader's screen changes nothing there.
        self.room_view = DataView.TREND
        self.presenting = False
        #: Tomm's 2×2 on the room's screen as the leader set it; None: shown while the room
        #: has no question (the step's default, never an arbitrary question).
        self._board_choice: bool | None = None
        #: The question the leader put on screen, per step, indicator and UGU step.
        self._chosen_questions: dict[tuple[PhaseId, str, str], str] = {}
        #: Undo and redo for this meeting while it is open.
        self.history = undo.History()

    @property
    def steps(self) -> list[PhaseId]:
        return phases.steps(self.record)

    @property
    def read_only(self) -> bool:
        return self.record.status == MeetingStatus.FINISHED

    @property
    def dirty(self) -> bool:
        """Edits not yet on disk (a background write in flight counts)."""
        return self._dirty or self._writing is not None

    def apply(self, op: Operation) -> Changes:
        """The one way in for an edit: refused on a finished meeting, undoable, saved, announced.

        A value the record's limits refuse raises pydantic's ``ValidationError`` and
        changes nothing.
        """
        if self.read_only and not op.when_finished:
            return Changes.NONE
        changes = self.history.apply(self.record, op)
        self._edited(changes)
        if op.undoable:
            self.historyChanged.emit()
        return changes

    @property
    def undo_label(self) -> str | None:
        """The edit Ctrl+Z takes back, or None (also while the meeting is read-only)."""
        return None if self.read_only else _shown(self.history.undo_label)

    @property
    def redo_label(self) -> str | None:
        return None if self.read_only else _shown(self.history.redo_label)

    def undo(self) -> Changes:
        """Take back the newest edit; what the room saw stays in the presentation log."""
        if self.read_only:
            return Changes.NONE
        return self._restored(self.history.undo(self.record))

    def redo(self) -> Changes:
        if self.read_only:
            return Changes.NONE
        return self._restored(self.history.redo(self.record))

    def _restored(self, changes: Changes) -> Changes:
        if changes:
            self._edited(changes)
            self.restored.emit(changes)
            if changes & Changes.PLAN:
                self.phasesChanged.emit()
            self.historyChanged.emit()
        return changes

    def _edited(self, changes: Changes) -> None:
        """Schedule a save (not postponed by further typing) and tell the views."""
        if not self.rehearsal:
            self._dirty = True
            if not self._timer.isActive():
                self._timer.start()
        self.edited.emit(changes)
        self.changed.emit()

    def _happened(self, label: str, changes: Changes, change: operations.Change) -> None:
        """Note what happened rather than what was edited (the clock, a step): not undoable."""
        self.apply(Operation(label, changes, change, undoable=False))

    def save_now(self) -> bool:
        """Write the record if it has unsaved edits; False when that failed (it stays dirty).

        A background write still in flight is finished first, so writes keep their order.
        """
        self._timer.stop()
        if self._writing is not None:
            self._background_done(self._writing)
        if not self._dirty:
            return True
        try:
            path = self.store.save(self.record)
        except Exception as exc:  # disk full, permissions, vanished folder ...
            self._failed(exc)
            return False
        self._dirty = False
        self.saved.emit(str(path))
        return True

    def close(self) -> None:
        """The meeting is closed (after ``save_now``): the write in flight is waited for and
        the autosave's thread ends - one thread per meeting opened stayed behind before."""
        self._timer.stop()
        if self._writing is not None:
            self._background_done(self._writing)
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None

    def save_in_background(self) -> None:
        """The autosave: serialise here, check and write on the writer thread."""
        if not self._dirty:
            return
        if self._writing is not None:  # one write at a time: this edit goes next
            self._timer.start()
            return
        data = dump_record(self.record)
        self._dirty = False
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        future = self._writer.submit(self._write, data)
        self._writing = future
        future.add_done_callback(self._written.emit)

    def _write(self, data: bytes) -> MeetingRecord:
        """On the writer thread: a private copy of the record, saved through the store."""
        copy = MeetingRecord.model_validate_json(data)
        self.store.save(copy)
        return copy

    def _background_done(self, future: Future[MeetingRecord]) -> None:
        """Back on the UI thread (or waited for by ``save_now``): adopt the revision, or report."""
        if future is not self._writing:
            return  # already handled
        self._writing = None
        try:
            copy = future.result()
        except Exception as exc:
            self._dirty = True
            self._failed(exc)
            return
        self.record.revision = copy.revision
        self.record.updated_at = copy.updated_at
        self.saved.emit(str(self.store.path_for(copy.id)))

    def _failed(self, exc: Exception) -> None:
        log_exception("Saving the meeting failed", exc)
        self.saveFailed.emit(
            self.tr("Mødet kunne ikke gemmes. %1").replace("%1", failure_sentence(exc, ui_lang()))
        )

    def set_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset`` from now on; numbers already discussed keep their snapshots."""
        self.dataset = dataset
        self._happened(
            self.tr("Indlæs data"),
            Changes.INDICATORS,
            lambda record: meeting.use_dataset(record, dataset),
        )
        self.datasetChanged.emit()

    def show_dataset(self, dataset: Dataset) -> None:
        """Show the meeting's own dataset, read back from its kept copy; the record is unchanged."""
        self.dataset = dataset
        self.datasetChanged.emit()

    # -- where the meeting is ---------------------------------------------------------
    def set_step(self, phase: PhaseId) -> None:
        """Go to ``phase``: its clock starts (unless the meeting is read-only); the step is written
        at once, on the writer thread."""
        if phase == self.step or phase not in self.steps:
            return
        now = self.clock()
        self.history.seal()  # a step change is navigation: typing after it is a new step
        self._happened(
            self.tr("Skift trin"), Changes.CLOCK, lambda r: meeting.enter_phase(r, phase, now)
        )
        self.step = phase
        self.stepChanged.emit(phase.value)
        self.save_in_background()  # a clicker's press must not wait for the disk

    def set_indicator(self, indicator_id: str | None) -> None:
        """Show ``indicator_id`` on the data page; its numbers are frozen on first showing."""
        if indicator_id == self.indicator_id:
            return
        self.indicator_id = indicator_id
        dataset = self.dataset
        frozen = any(
            d.indicator_id == indicator_id and d.snapshot is not None
            for d in self.record.indicators
        )
        if indicator_id is not None and dataset is not None and not frozen:
            self._happened(
                self.tr("Vis nøgletal"),
                Changes.INDICATORS,
                lambda r: meeting.show_indicator(r, dataset, indicator_id),
            )
        self.indicatorChanged.emit(indicator_id or "")

    def set_view(self, view: DataView) -> None:
        if view != self.view:
            self.view = view
            if view.for_room == view:
                self.room_view = view
            self.viewChanged.emit(view.value)

    def set_presenting(self, on: bool) -> None:
        if on != self.presenting:
            self.presenting = on
            self.presentingChanged.emit(on)

    @property
    def board_shown(self) -> bool:
        """Tomm's board on the room's screen: the leader's choice, else while no question is."""
        if self._board_choice is not None:
            return self._board_choice
        return self.step == PhaseId.TOMM and not self.room_question()

    def set_board_shown(self, on: bool) -> None:
        before = self.board_shown
        self._board_choice = on
        if on != before:
            self.boardChanged.emit(on)

    def discussion(self) -> IndicatorDiscussion | None:
        """The UGU discussion of the indicator shown in the data step, once it has begun."""
        if self.step != PhaseId.DATA or self.indicator_id is None:
            return None
        return next(
            (d for d in self.record.indicators if d.indicator_id == self.indicator_id), None
        )

    def _question_key(self) -> tuple[PhaseId, str, str]:
        item = self.discussion()
        return (self.step, item.indicator_id if item else "", item.step.value if item else "")

    def room_question(self) -> str:
        """The question the room sees now: the leader's choice, else the step's default."""
        chosen = self._chosen_questions.get(self._question_key())
        if chosen is not None:
            return chosen
        item = self.discussion()
        return presentation.default_question(
            self.record, self.step, ui_lang(), self.library, item.step if item else None
        )

    def choose_question(self, text: str) -> None:
        """Put ``text`` on the room's screen for the current step ("" shows none)."""
        self._chosen_questions[self._question_key()] = text
        self.questionChanged.emit(text)

    # -- the meeting's time ---------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.record.clock.running

    def start_meeting(self) -> None:
        """Start or resume the meeting's clock (the phase shown starts its timebox)."""
        if self.read_only or self.running:
            return
        now = self.clock()
        self._happened(self.tr("Start mødet"), Changes.CLOCK, lambda r: meeting.start(r, now))
        self.clockChanged.emit()

    def pause_meeting(self) -> None:
        """Stop every clock; closing the meeting or the app does this too."""
        if not self.running:
            return
        now = self.clock()
        self._happened(self.tr("Pause mødet"), Changes.CLOCK, lambda r: meeting.pause(r, now))
        self.clockChanged.emit()

    def reset_clock(self) -> None:
        if self.read_only:
            return
        self._happened(self.tr("Nulstil uret"), Changes.CLOCK, meeting.reset_clock)
        self.clockChanged.emit()

    def finish(self) -> None:
        """Finish the meeting: read-only from now on, and its undo history ends."""
        now = self.clock()
        self._happened(
            self.tr("Afslut mødet"),
            Changes.STATUS | Changes.CLOCK,
            lambda r: meeting.finish(r, now),
        )
        self.history.clear()
        self.historyChanged.emit()
        self.save_now()
        self.readOnlyChanged.emit(True)
        self.clockChanged.emit()

    def reopen(self) -> None:
        self.apply(
            Operation(
                self.tr("Genåbn mødet"),
                Changes.STATUS,
                meeting.reopen,
                undoable=False,
                when_finished=True,
            )
        )
        self.save_now()
        self.readOnlyChanged.emit(False)
        self.clockChanged.emit()


def _shown(label: str | Message | None) -> str | None:
    """An edit's name in the UI's language (a core message is rendered, a UI text is one)."""
    return render(label, ui_lang()) if isinstance(label, Message) else label
