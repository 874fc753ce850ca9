"""Open and save dialogs in Danish that start where the leader last was.

On Windows and macOS the system's own dialog is used (it speaks the system's
language). Where Qt draws the dialog itself (Linux without a portal), Qt's Danish
catalogue (``qtbase_da``) leaves "Look in:" and "Files of type:" in English;
``QtGapsTranslator`` fills those gaps. The folder of the last file opened or saved
is remembered (``LAST_FOLDER``), so a dialog never opens in whatever folder the app
happened to be started from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTranslator
from PySide6.QtWidgets import QFileDialog, QWidget

from dialogtool.ui.preferences import LAST_FOLDER, preferences

#: Qt's file dialog texts that qtbase_da.qm (Qt 6.11) has no Danish for.
QT_GAPS_DA = {
    ("QFileDialog", "&Look in:"): "&Kig i:",
    ("QFileDialog", "Look in:"): "Kig i:",
    ("QFileDialog", "Files of type:"): "Filtype:",
    ("QFileDialog", "Files of &type:"): "Fil&type:",
}


class QtGapsTranslator(QTranslator):
    """The few Qt texts its Danish catalogue misses (installed after it, so asked first)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's "not translated here" (a null string); "" would blank every text.
        return QT_GAPS_DA.get((context, source))

    def isEmpty(self) -> bool:
        return False


def start_folder() -> Path:
    """The folder of the last file opened or saved, else the user's documents."""
    remembered = preferences().get(LAST_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(path: str) -> None:
    if path:
        preferences().set(LAST_FOLDER, str(Path(path).parent))


def open_file(parent: QWidget | None, title: str, filters: str) -> tuple[str, str]:
    """Ask for a file to open, starting in the last folder; ("", "") when cancelled."""
    path, chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    remember(path)
    return path, chosen


def save_file(
    parent: QWidget | None, title: str, start: Path, filters: str, chosen_filter: str = ""
) -> tuple[str, str]:
    """Ask where to save, starting at ``start``; ("", "") when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters, chosen_filter)
    remember(path)
    return path, chosen
