"""An edit could not be saved and the leader wants to leave: never lose it without asking.

The meeting stays open until the leader chooses: try again (the fault may have
cleared: the USB stick is back, space was freed), save a copy somewhere else,
or discard the unsaved edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dialogtool.core import recovery
from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.failures import failure_sentence
from dialogtool.core.logs import log_exception
from dialogtool.core.store import dump_record
from dialogtool.ui.language import ui_lang
from dialogtool.ui.session import MeetingSession


class UnsavedDialog(QMessageBox):
    #: The work is safe (saved, or a copy written) or was discarded: leaving may go on.
    resolved = Signal()

    def __init__(self, session: MeetingSession, problem: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedDialog")
        self.session = session
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Mødet er ikke gemt"))
        self.setText(
            self.tr("Dine seneste ændringer i mødet kunne ikke gemmes, så mødet er ikke lukket.")
        )
        self.retry_button = self.addButton(self.tr("Prøv igen"), QMessageBox.ButtonRole.AcceptRole)
        self.copy_button = self.addButton(
            self.tr("Gem en kopi som …"), QMessageBox.ButtonRole.ActionRole
        )
        self.discard_button = self.addButton(
            self.tr("Kassér"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.cancel_button)
        self.show_problem(problem)
        self.finished.connect(self._chosen)

    def show_problem(self, problem: str) -> None:
        self.setInformativeText(
            problem
            + "\n\n"
            + self.tr(
                "Prøv igen, når fejlen er rettet, gem en kopi et andet sted – eller kassér "
                "ændringerne siden sidst, det blev gemt."
            )
        )

    def _chosen(self, _result: int) -> None:
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            if self.session.save_now():
                self.resolved.emit()
            else:
                self._again(self.tr("Det lykkedes heller ikke denne gang."))
        elif clicked is self.copy_button:
            self._save_copy()
        elif clicked is self.discard_button:
            recovery.forget(self.session.record.id)  # the leader chose to let it go
            self.resolved.emit()

    def _save_copy(self) -> None:
        record = self.session.record
        suggested = Path.home() / self.session.store.path_for(record.id).name
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem en kopi af mødet"), str(suggested), self.tr("Mødefil (*.json)")
        )
        if not path:
            self.open()
            return
        try:
            atomic_write_bytes(Path(path), dump_record(record))
        except OSError as exc:
            log_exception("Saving a copy of the meeting failed", exc)
            self._again(
                self.tr("Kopien kunne ikke gemmes. %1").replace(
                    "%1", failure_sentence(exc, ui_lang())
                )
            )
            return
        recovery.forget(record.id)  # the copy holds it now
        self.resolved.emit()

    def _again(self, problem: str) -> None:
        self.show_problem(problem)
        self.open()
