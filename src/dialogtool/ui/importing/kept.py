"""Reopening a kept dataset in the background, and the one line about its original file.

A kept copy is read on the thread pool (with numpy and pyarrow, which are then
imported there, not on the UI thread), and the file it was read from is compared
with it: the same, moved (or gone), or changed since. The notice says so in one
line and, when the file changed, offers to load the new version.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from dialogtool.core.catalogue import render
from dialogtool.core.dataset_cache import (
    DatasetCache,
    DatasetCacheError,
    KeptDataset,
    OriginalState,
    original_state,
)
from dialogtool.core.formatting import day
from dialogtool.core.lang import Lang
from dialogtool.ui.language import ui_lang
from dialogtool.ui.preload import load_models
from dialogtool.ui.tasks import BackgroundTask, Progress

#: Qt-free modules the dataset is used with next, imported here so the UI thread need not.
_USED_NEXT = ("dialogtool.core.importing", "dialogtool.core.landscape")


@dataclass(frozen=True)
class Reopened:
    """A kept dataset read back, what became of its original, and the day it was read."""

    kept: KeptDataset
    state: OriginalState
    #: The day the file was read, written for people (babel's first use costs ~90 ms).
    imported_on: str


def _read_kept(cache: DatasetCache, sha256: str, lang: Lang) -> Reopened:
    kept = cache.load(sha256)
    for name in _USED_NEXT:
        importlib.import_module(name)
    when = day(kept.imported_at.astimezone().date(), lang)
    return Reopened(kept, original_state(kept.original, sha256), when)


class KeptLoader(QObject):
    """Loads one kept dataset off the UI thread; one of the two signals follows."""

    #: The copy was read: carries ``Reopened``.
    loaded = Signal(object)
    #: The copy is missing or damaged: carries one sentence.
    failed = Signal(str)

    def __init__(self, cache: DatasetCache, sha256: str, parent: QObject) -> None:
        super().__init__(parent)
        self.sha256 = sha256
        self.done = False

        lang = ui_lang()

        def work(_progress: Progress) -> Reopened:
            load_models()  # not at the same time as the preloader (it starts at the first paint)
            return _read_kept(cache, sha256, lang)

        self.task = BackgroundTask(work)  # not parented: see DataController.keep
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)

    def start(self) -> None:
        self.task.start()

    def _succeeded(self, value: Reopened) -> None:
        self.done = True
        self.loaded.emit(value)

    def _failed(self, exc: Exception) -> None:
        self.done = True
        if isinstance(exc, DatasetCacheError):
            self.failed.emit(render(exc.message, ui_lang()))
        else:
            self.failed.emit(
                self.tr("Den gemte kopi af mødets data kunne ikke læses (%1).").replace(
                    "%1", type(exc).__name__
                )
            )


class DatasetNotice(QWidget):
    """One line above the page about the data in use; hidden while there is nothing to say."""

    #: The leader wants the new version of a changed file: carries its path.
    loadRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetNotice")
        #: The changed file whose new version the button loads.
        self._path = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("datasetNoticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.load_button = QPushButton(self.tr("&Indlæs den nye version"))
        self.load_button.setObjectName("loadNewVersion")
        self.load_button.clicked.connect(lambda: self.loadRequested.emit(self._path))
        row.addWidget(self.load_button)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Luk beskeden"))
        close.setToolTip(self.tr("Luk beskeden"))
        close.clicked.connect(self.clear)
        row.addWidget(close)
        self.setStyleSheet("#datasetNotice { background: #FFF4CE; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hide()

    def tell(self, reopened: Reopened) -> None:
        """Say what became of the original file, if anything."""
        kept, state, when = reopened.kept, reopened.state, reopened.imported_on
        name = Path(kept.original.replace("\\", "/")).name or kept.dataset.name
        self._path = kept.original
        if state == OriginalState.SAME:
            self.clear()
            return
        if state == OriginalState.MOVED:
            text = self.tr(
                "Filen %1 findes ikke længere, hvor den blev indlæst fra; "
                "alle nøgletal vises fra kopien gemt %2."
            )
        else:
            text = self.tr(
                "Filen %1 er ændret, siden den blev indlæst %2; "
                "nøgletallene vises fra kopien gemt dengang."
            )
        self.load_button.setText(self.tr("&Indlæs den nye version"))
        self._show(text.replace("%1", name).replace("%2", when), state == OriginalState.CHANGED)

    def tell_not_kept(self, original: str) -> None:
        """A meeting from before datasets were kept: only the indicators it showed are there."""
        self._path = original
        name = Path(original.replace("\\", "/")).name
        self.load_button.setText(self.tr("&Indlæs filen igen"))
        text = self.tr(
            "Mødet er fra før data blev gemt med møderne: kun de viste nøgletal er med. "
            "Indlæs %1 igen for at se dem alle."
        )
        self._show(text.replace("%1", name), True)

    def tell_failure(self, sentence: str) -> None:
        self._path = ""
        self._show(sentence, False)

    def clear(self, *_dataset: object) -> None:
        self._path = ""
        self.label.clear()
        self.hide()

    def _show(self, text: str, offer_load: bool) -> None:
        self.label.setText(text)
        self.load_button.setVisible(offer_load)
        self.show()
