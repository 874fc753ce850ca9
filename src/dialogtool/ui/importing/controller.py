"""The data behind the meetings: the loaded dataset, the team's landscape, remembered mappings.

The main window owns one ``DataController``. It keeps the dataset as loaded
(``raw``) and hands out the dataset as the team's landscape describes it, so
editing the landscape re-describes the same numbers. Imports and the landscape
editor are started here. A loaded dataset is kept (``core.dataset_cache``) on the
thread pool, so it reopens after a restart even when the file is gone; the
directions the leader confirmed are remembered in the team's landscape.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from dialogtool.core.dataset import Dataset
from dialogtool.core.dataset_cache import DatasetCache, release_unused
from dialogtool.core.importing import ImportResult, MappingMemory
from dialogtool.core.landscape import Landscape, LandscapeStore, apply_landscape
from dialogtool.core.logs import log_exception
from dialogtool.core.paths import landscapes_dir, meetings_dir
from dialogtool.core.store import RefusedOverwriteError
from dialogtool.ui.file_dialogs import open_file
from dialogtool.ui.importing.flow import ImportFlow
from dialogtool.ui.landscape.editor import LandscapeDialog
from dialogtool.ui.tasks import BackgroundTask, Progress

if TYPE_CHECKING:  # the dialogs load when first used, not when a kept dataset is shown
    from dialogtool.ui.importing.flow import ImportFlow
    from dialogtool.ui.landscape.editor import LandscapeDialog

FILE_PATTERNS = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.px *.json"


class DataController(QObject):
    #: A dataset is to be shown from now on; carries the described ``Dataset``.
    datasetChanged = Signal(object)
    #: A loaded dataset was kept (or keeping it failed: carries False).
    kept = Signal(bool)

    def __init__(self, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.memory = MappingMemory.in_data_dir(data_dir)
        self.cache = DatasetCache.in_data_dir(data_dir)
        self.meetings_folder = meetings_dir(data_dir)
        self.keeping: BackgroundTask | None = None
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
        from dialogtool.ui.importing.flow import ImportFlow

        flow = ImportFlow(path, self.memory, self.landscape, self.window)
        flow.loaded.connect(self._loaded)
        self.flow = flow
        flow.start()
        return flow

    def _loaded(self, result: ImportResult) -> None:
        dataset = result.dataset
        landscape = self.landscape
        if landscape is None:  # the directions the leader confirmed need a place to live
            teams = dataset.teams()
            landscape = Landscape(name=teams[0] if teams and teams[0] else dataset.name)
            landscape.remember_source(result.source, result.mapping)
            self.landscape = landscape
            self.landscapes.append(landscape)
        # The flow remembered the source's mapping in the landscape; new indicators join it.
        landscape.adopt_indicators(dataset)
        for meta in dataset.indicators:
            landscape.confirm_direction(meta, meta.higher_is_better)
        self._save_landscape()
        self.keep(dataset)
        self.show(dataset)

    def keep(self, dataset: Dataset) -> BackgroundTask:
        """Keep ``dataset`` privately for the meetings and the start screen (off the UI thread)."""
        cache, meetings = self.cache, self.meetings_folder

        def work(_progress: Progress) -> None:
            cache.store(dataset)
            cache.set_current(dataset.sha256)
            release_unused(meetings)  # the start screen's last dataset, if no meeting uses it

        # Not parented: a window closed meanwhile must not take the task's signals with it.
        task = BackgroundTask(work)
        task.succeeded.connect(self._was_kept)
        task.failed.connect(self._not_kept)
        self.keeping = task
        task.start()
        return task

    def _was_kept(self, _none: object) -> None:
        self.keeping = None
        self.kept.emit(True)

    def _not_kept(self, exc: Exception) -> None:
        # The data are loaded; only a restart would miss them. The meeting keeps its snapshots.
        log_exception("Keeping the imported dataset failed", exc)
        self.keeping = None
        self.kept.emit(False)

    # -- the team's landscape ------------------------------------------------------
    def edit_landscape(self) -> LandscapeDialog:
        from dialogtool.ui.landscape.editor import LandscapeDialog

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
