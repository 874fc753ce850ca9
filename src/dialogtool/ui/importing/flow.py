"""One import, step by step: read in the background, recall or ask the mapping, build, show.

Every slow step runs in a ``BackgroundTask`` behind a progress dialog with
Cancel, so the window never freezes. Which mapping is used is decided by
``app.import_plan``. Before the data are used the leader sees how the file was
read ("Sådan læste jeg filen") with its warnings, confirms or flips each
indicator's direction, and may correct the mapping from there. Cancelling at any
point, or closing a dialog, leaves the dataset that was shown before. A file that
cannot be used is refused in one sentence.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dialogtool.app.import_plan import (
    MappingOrigin,
    correction_proposal,
    plan_import,
    remembered_directions,
    with_directions,
)
from dialogtool.core.catalogue import render
from dialogtool.core.importing import (
    ColumnMapping,
    ImportCancelledError,
    ImportRefusedError,
    ImportResult,
    MappingMemory,
    MappingProposal,
    SourceTable,
    build_dataset,
    propose_mapping,
    read_source,
)
from dialogtool.core.landscape import Landscape
from dialogtool.core.store import RefusedOverwriteError
from dialogtool.ui.importing.mapping_dialog import MappingDialog
from dialogtool.ui.importing.reading_dialog import ReadingDialog
from dialogtool.ui.language import ui_lang
from dialogtool.ui.tasks import BackgroundTask, Work, show_progress


class ImportFlow(QObject):
    #: The file was loaded; carries the ``ImportResult``.
    loaded = Signal(object)
    #: The flow is over, loaded or not.
    finished = Signal()

    def __init__(
        self,
        path: Path,
        memory: MappingMemory,
        landscape: Landscape | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.memory = memory
        self.landscape = landscape
        self.window = parent
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.mapping_dialog: MappingDialog | None = None
        #: "Sådan læste jeg filen", shown after every build until the leader decides.
        self.reading_dialog: ReadingDialog | None = None
        self.message_box: QMessageBox | None = None
        #: How the mapping was found: "remembered", "detected" or "asked".
        self.mapping_origin = ""
        #: The file as read (kept until the leader decides, to correct the mapping from).
        self.source: SourceTable | None = None
        #: The import the leader accepted, with the directions confirmed.
        self.result: ImportResult | None = None
        self.done = False

    def start(self) -> None:
        path = self.path
        self._run(
            lambda progress: read_source(path, progress=progress),
            self.tr("Læser %1 …").replace("%1", path.name),
            self._read,
        )

    def cancel(self) -> None:
        """Stop where the flow is; the dataset shown before stays."""
        if self.task is not None:
            self.task.cancel()
        if self.mapping_dialog is not None and self.mapping_dialog.isVisible():
            self.mapping_dialog.reject()
        if self.reading_dialog is not None and self.reading_dialog.isVisible():
            self.reading_dialog.reject()

    # -- steps ---------------------------------------------------------------
    def _run(
        self,
        work: Work,
        label: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        task = BackgroundTask(work, self)
        on_cancel = cancelled or self._finish

        def on_success(value: object) -> None:
            if task.is_cancelled:  # Cancel was pressed after the work had finished
                on_cancel()
            else:
                succeeded(value)

        task.succeeded.connect(on_success)
        task.failed.connect(failed or self._failed)
        task.cancelled.connect(on_cancel)
        self.task = task
        self.progress_dialog = show_progress(task, label, self.window)
        task.start()

    def _read(self, source: SourceTable) -> None:
        self.source = source
        plan = plan_import(source, self.memory, self.landscape)
        self.mapping_origin = plan.origin.value
        if plan.mapping is not None:
            self._build(source, plan.mapping)
        else:
            assert plan.proposal is not None
            self._ask(source, plan.proposal)

    def _ask(
        self,
        source: SourceTable,
        proposal: MappingProposal,
        closed: Callable[[], None] | None = None,
    ) -> None:
        """Ask which column is what; ``closed`` runs when the leader closes the dialog."""
        dialog = MappingDialog(source, proposal, self.window, correcting=closed is not None)
        dialog.sheetRequested.connect(self._read_sheet)
        dialog.accepted.connect(self._mapping_chosen)
        dialog.rejected.connect(closed or self._finish)
        self.mapping_dialog = dialog
        dialog.open()

    def _read_sheet(self, sheet: str) -> None:
        path = self.path
        dialog = self.mapping_dialog
        assert dialog is not None

        def shown(source: SourceTable) -> None:
            dialog.set_source(source, propose_mapping(source))

        def stay() -> None:
            """Keep the dialog open on the sheet it showed."""
            dialog.set_source(dialog.source, propose_mapping(dialog.source))

        def refused(exc: Exception) -> None:
            stay()
            self._tell(exc)

        self._run(
            lambda progress: read_source(path, sheet=sheet, progress=progress),
            self.tr("Læser arket %1 …").replace("%1", sheet),
            shown,
            refused,
            stay,
        )

    def _mapping_chosen(self) -> None:
        dialog = self.mapping_dialog
        assert dialog is not None
        mapping = dialog.mapping()
        if mapping is None:  # the OK button is disabled then; be safe all the same
            self._finish()
            return
        self.source = dialog.source
        self._build(dialog.source, mapping)

    def _build(self, source: SourceTable, mapping: ColumnMapping) -> None:
        self._run(
            lambda progress: build_dataset(source, mapping, progress=progress),
            self.tr("Indlæser data fra %1 …").replace("%1", source.name),
            self._built,
        )

    def _built(self, result: ImportResult) -> None:
        """Show how the file was read; the data are used when the leader says so."""
        remembered = remembered_directions(result, self.landscape)
        dialog = ReadingDialog(result.reading, remembered, self.window)
        dialog.finished.connect(lambda code: self._decided(dialog, result, code))
        self.reading_dialog = dialog
        dialog.open()

    def _decided(self, dialog: ReadingDialog, result: ImportResult, code: int) -> None:
        dialog.deleteLater()
        if self.reading_dialog is dialog:
            self.reading_dialog = None
        if code == ReadingDialog.CORRECT:
            self._correct(result)
        elif code == ReadingDialog.DialogCode.Accepted:
            self._use(result, dialog.chosen_directions())
        else:
            self._finish()

    def _correct(self, result: ImportResult) -> None:
        """From the summary to the mapping dialog, with the mapping used preselected.

        Closing the mapping dialog goes back to the summary of the same reading.
        """
        assert self.source is not None
        mapping = result.mapping
        with contextlib.suppress(ImportRefusedError):
            self.source = self.source.with_header_row(mapping.header_row)
        self.mapping_origin = MappingOrigin.ASKED.value
        self._ask(self.source, correction_proposal(mapping), lambda: self._built(result))

    def _use(self, result: ImportResult, directions: dict[str, bool]) -> None:
        result = with_directions(result, directions)
        self.result = result
        self.source = None  # the file's contents are let go; the dataset holds the numbers
        # When saving fails the data are still loaded; only next month asks again.
        with contextlib.suppress(OSError, RefusedOverwriteError):
            self.memory.remember(result.source, result.mapping)
        if self.landscape is not None:
            self.landscape.remember_source(result.source, result.mapping)
        self.loaded.emit(result)
        self._finish()

    # -- endings -------------------------------------------------------------
    def _failed(self, exc: Exception) -> None:
        self._tell(exc)
        self._finish()

    def _tell(self, exc: Exception) -> None:
        if isinstance(exc, ImportCancelledError):
            return
        if isinstance(exc, ImportRefusedError):
            text = render(exc.message, ui_lang())
        else:
            text = self.tr("Filen %1 kunne ikke indlæses (%2).").replace("%1", self.path.name)
            text = text.replace("%2", type(exc).__name__)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Filen kan ikke bruges"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("importRefused")
        self.message_box = box
        box.open()

    def _finish(self) -> None:
        if not self.done:
            self.done = True
            self.finished.emit()
