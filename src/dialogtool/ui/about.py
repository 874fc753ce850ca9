"""*Om dialogtool*: the version, the licence and where this program keeps its files."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dialogtool import __version__
from dialogtool.core.logs import log_dir, logger
from dialogtool.core.paths import cache_dir

LICENCE = "MIT"


class AboutDialog(QDialog):
    """What a support person asks first: which version, and where the data are."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om dialogtool"))
        places = (
            (self.tr("Møder og skabeloner"), str(data_dir)),
            (self.tr("Indstillinger"), QSettings().fileName()),
            (self.tr("Logfiler"), _log_folder()),
            (self.tr("Mellemlager (kan genskabes)"), str(cache_dir())),
        )
        rows = "".join(
            f"<tr><td><b>{escape(name)}</b>&nbsp;&nbsp;</td><td>{escape(path)}</td></tr>"
            for name, path in places
        )
        self.text = QLabel(
            f"<h2>dialogtool {escape(__version__)}</h2>"
            f"<p>{escape(self.tr('Medhjælper til datainformerede dialoger.'))}</p>"
            f"<p>{escape(self.tr('Licens: %1').replace('%1', LICENCE))}</p>"
            f"<p><b>{escape(self.tr('Her ligger dine data'))}</b></p><table>{rows}</table>"
        )
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def _log_folder() -> str:
    """The folder of the log being written now (it follows ``--data-dir``), else the default."""
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
            return str(Path(handler.baseFilename).parent)
    return str(log_dir())
