"""The open meeting: its record, the dataset it looks at, and continuous saving.

Pages edit ``session.record`` and then call ``touched()``. The first unsaved
edit starts a one-second timer; when it fires the record is written atomically.
So an edit is on disk within about a second, whatever happens to the process.

A rehearsal session walks through a copy of a prepared meeting and never saves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dialogtool.core import meeting
from dialogtool.core.dataset import Dataset
from dialogtool.core.failures import failure_sentence
from dialogtool.core.library import Library
from dialogtool.core.logs import log_exception
from dialogtool.core.record import MeetingRecord, MeetingStatus, PhaseId
from dialogtool.core.store import RecordStore
from dialogtool.ui.language import ui_lang

AUTOSAVE_DELAY_MS = 1000


class MeetingSession(QObject):
    #: Emitted after any edit (pages refresh derived views, e.g. the summary).
    changed = Signal()
    #: Emitted after the record was written; carries the file path.
    saved = Signal(str)
    #: Emitted when saving failed; carries a sentence for the user.
    saveFailed = Signal(str)
    #: Emitted when the meeting moves between editable and read-only.
    readOnlyChanged = Signal(bool)
    phaseChanged = Signal(str)
    #: The leader asked, from within the meeting, to load a data file.
    importRequested = Signal()
    #: Another dataset is shown from now on (a file was loaded).
    datasetChanged = Signal()

    def __init__(
        self,
        record: MeetingRecord,
        store: RecordStore,
        dataset: Dataset | None,
        parent: QObject | None = None,
        *,
        library: Library,
        rehearsal: bool = False,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.store = store
        self.dataset = dataset
        self.library = library
        #: A walk-through of a copy of the record: edits are kept in memory only.
        self.rehearsal = rehearsal
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._dirty = False

    @property
    def read_only(self) -> bool:
        return self.record.status == MeetingStatus.FINISHED

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touched(self) -> None:
        """Note an edit: schedule a save (not postponed by further typing)."""
        if not self.rehearsal:
            self._dirty = True
            if not self._timer.isActive():
                self._timer.start()
        self.changed.emit()

    def save_now(self) -> bool:
        """Write the record if it has unsaved edits; False when that failed (it stays dirty)."""
        self._timer.stop()
        if not self._dirty:
            return True
        try:
            path = self.store.save(self.record)
        except Exception as exc:  # disk full, permissions, vanished folder ...
            log_exception("Saving the meeting failed", exc)
            self.saveFailed.emit(
                self.tr("Mødet kunne ikke gemmes. %1").replace(
                    "%1", failure_sentence(exc, ui_lang())
                )
            )
            return False
        self._dirty = False
        self.saved.emit(str(path))
        return True

    def set_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset`` from now on; numbers already discussed keep their snapshots."""
        self.dataset = dataset
        self.datasetChanged.emit()
        if not self.read_only:
            self.record.dataset_source = dataset.source
            self.touched()

    def enter_phase(self, phase: PhaseId) -> None:
        if self.read_only or self.record.current_phase == phase:
            return
        meeting.enter_phase(self.record, phase)
        self.touched()
        self.phaseChanged.emit(phase.value)

    def finish(self) -> None:
        meeting.finish(self.record)
        self.touched()
        self.save_now()
        self.readOnlyChanged.emit(True)

    def reopen(self) -> None:
        meeting.reopen(self.record)
        self.touched()
        self.save_now()
        self.readOnlyChanged.emit(False)
