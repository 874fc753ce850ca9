"""The data behind the meetings: the loaded dataset, the team's landscape, remembered mappings.

The main window owns one ``DataController``. It keeps the dataset as loaded
(``raw``) and hands out the dataset as the team's landscape describes it, so
editing the landscape re-describes the same numbers. Imports and the landscape
editor are started here.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from dialogtool.core.dataset import Dataset
from dialogtool.core.importing import ImportResult, MappingMemory
from dialogtool.core.landscape import Landscape, LandscapeStore, apply_landscape
from dialogtool.core.paths import landscapes_dir
from dialogtool.core.store import RefusedOverwriteError
from dialogtool.ui.file_dialogs import open_file
from dialogtool.ui.importing.flow import ImportFlow
from dialogtool.ui.landscape.editor import LandscapeDialog

FILE_PATTERNS = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods"


class DataController(QObject):
    #: A dataset is to be shown from now on; carries the described ``Dataset``.
    datasetChanged = Signal(object)

    def __init__(self, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.memory = MappingMemory.in_data_dir(data_dir)
        self.store = LandscapeStore(landscapes_dir(data_dir))
        landscapes, _problems = self.store.scan()  # the editor names unreadable files
        self.landscapes = landscapes
        #: The landscape in use: the open meeting's team's, else the one edited last.
        self.landscape: Landscape | None = max(
            landscapes, key=lambda item: item.updated_at, default=None
        )
        self.raw: Dataset | None = None
        self.flow: ImportFlow | None = None
        self.landscape_dialog: LandscapeDialog | None = None

    def describe(self, dataset: Dataset | None) -> Dataset | None:
        """Keep ``dataset`` as loaded; return it as the team's landscape describes it."""
        self.raw = dataset
        return None if dataset is None else self.described(dataset)

    def described(self, dataset: Dataset) -> Dataset:
        """``dataset`` as the landscape in use describes it (names, stepping stones, targets)."""
        return dataset if self.landscape is None else apply_landscape(dataset, self.landscape)

    def select_team(self, team: str) -> bool:
        """Use ``team``'s own landscape when it has one; True if the landscape in use changed.

        A landscape belongs to a team, not a meeting: every meeting with the team starts
        from it. A team without one keeps the landscape in use.
        """
        wanted = _team_key(team)
        match = next((item for item in self.landscapes if _team_key(item.name) == wanted), None)
        if match is None or (self.landscape is not None and match.id == self.landscape.id):
            return False
        self.landscape = match
        return True

    def show(self, dataset: Dataset) -> None:
        self.datasetChanged.emit(self.describe(dataset))

    # -- importing -------------------------------------------------------------
    def choose_file(self) -> ImportFlow | None:
        path, _filter = open_file(
            self.window,
            self.tr("Indlæs data"),
            self.tr("Dataeksporter (%1);;Alle filer (*)").replace("%1", FILE_PATTERNS),
        )
        return self.import_path(Path(path)) if path else None

    def import_path(self, path: Path) -> ImportFlow:
        flow = ImportFlow(path, self.memory, self.landscape, self.window)
        flow.loaded.connect(self._loaded)
        self.flow = flow
        flow.start()
        return flow

    def _loaded(self, result: ImportResult) -> None:
        if self.landscape is not None:
            # The flow remembered the source's mapping in the landscape; new indicators join it.
            self.landscape.adopt_indicators(result.dataset)
            self._save_landscape()
        self.show(result.dataset)

    # -- the team's landscape ------------------------------------------------------
    def edit_landscape(self) -> LandscapeDialog:
        dialog = LandscapeDialog(self.store, self.landscape, self.raw, self.window)
        dialog.saved.connect(self._landscape_saved)
        self.landscape_dialog = dialog
        dialog.open()
        return dialog

    def _landscape_saved(self, landscape: Landscape) -> None:
        self.landscape = landscape
        self.landscapes = [item for item in self.landscapes if item.id != landscape.id]
        self.landscapes.append(landscape)
        if self.raw is not None:
            self.show(self.raw)

    def _save_landscape(self) -> None:
        assert self.landscape is not None
        # The numbers are loaded either way; a failed save shows when the editor saves.
        with contextlib.suppress(OSError, RefusedOverwriteError):
            self.store.save(self.landscape)


def _team_key(name: str) -> str:
    """Team names as people type them: case and extra spaces do not matter."""
    return " ".join(name.split()).casefold()
