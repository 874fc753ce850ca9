"""One import, step by step: read in the background, recall or ask the mapping, build, report.

Every slow step runs in a ``BackgroundTask`` behind a progress dialog with
Cancel, so the window never freezes. Cancelling at any point, or closing the
mapping dialog, leaves the dataset that was shown before. A file that cannot be
used is refused in one sentence; problems in a usable file are listed as data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dialogtool.core.importing import (
    ColumnMapping,
    ImportCancelledError,
    ImportRefusedError,
    ImportResult,
    MappingMemory,
    SourceTable,
    build_dataset,
    propose_mapping,
    read_source,
)
from dialogtool.core.landscape import Landscape
from dialogtool.core.store import RefusedOverwriteError
from dialogtool.ui.importing.mapping_dialog import MappingDialog
from dialogtool.ui.importing.problems_dialog import ProblemsDialog
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
        self.problems_dialog: ProblemsDialog | None = None
        self.message_box: QMessageBox | None = None
        #: How the mapping was found: "remembered", "detected" or "asked".
        self.mapping_origin = ""
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
        remembered = self.landscape.mapping_for(source) if self.landscape else None
        remembered = remembered or self.memory.recall(source)
        if remembered is not None:
            self.mapping_origin = "remembered"
            self._build(source, remembered)
            return
        proposal = propose_mapping(source)
        if proposal.confident and proposal.mapping is not None:
            self.mapping_origin = "detected"
            self._build(source, proposal.mapping)
            return
        self.mapping_origin = "asked"
        dialog = MappingDialog(source, proposal, self.window)
        dialog.sheetRequested.connect(self._read_sheet)
        dialog.accepted.connect(self._mapping_chosen)
        dialog.rejected.connect(self._finish)
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
        self._build(dialog.source, mapping)

    def _build(self, source: SourceTable, mapping: ColumnMapping) -> None:
        self._run(
            lambda progress: build_dataset(source, mapping, progress=progress),
            self.tr("Indlæser data fra %1 …").replace("%1", source.name),
            self._built,
        )

    def _built(self, result: ImportResult) -> None:
        self.result = result
        # When saving fails the data are still loaded; only next month asks again.
        with contextlib.suppress(OSError, RefusedOverwriteError):
            self.memory.remember(result.source, result.mapping)
        if self.landscape is not None:
            self.landscape.remember_source(result.source, result.mapping)
        self.loaded.emit(result)
        if result.problems:
            self.problems_dialog = ProblemsDialog(result, self.window)
            self.problems_dialog.open()
        self._finish()

    # -- endings -------------------------------------------------------------
    def _failed(self, exc: Exception) -> None:
        self._tell(exc)
        self._finish()

    def _tell(self, exc: Exception) -> None:
        if isinstance(exc, ImportCancelledError):
            return
        if isinstance(exc, ImportRefusedError):
            text = exc.message(ui_lang())
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
