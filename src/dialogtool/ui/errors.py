"""Errors reach the user: a dialog for anything unforeseen, a message box for failed writes.

``install_excepthook`` replaces ``sys.excepthook``, which is also where PySide6
sends an exception raised in a slot. The hook writes the log (types and frames
only, see ``core.logs``), tries to save the open meeting, and shows one dialog:
what happened, whether anything was lost, and a button that copies the details.
Further errors while it is open are logged and counted in it, not stacked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogtool import __version__
from dialogtool.core.logs import describe_exception, log_exception
from dialogtool.ui.message_boxes import widen_to_title

#: Saves what can be saved after an error; returns a sentence on whether work was lost.
Rescue = Callable[[], str]


def show_failure(parent: QWidget | None, title: str, sentence: str) -> QMessageBox:
    """A warning about a write that failed; it does not block (``open``, not ``exec``)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, sentence, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("failureMessage")
    widen_to_title(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class ErrorDialog(QDialog):
    """What happened, what became of the user's work, and the details to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Der skete en fejl"))
        layout = QVBoxLayout(self)
        self.what = QLabel(
            self.tr(
                "dialogtool stødte på en fejl, vi ikke havde forudset. Det, du var i gang med, "
                "blev måske ikke gjort færdigt – prøv gerne igen."
            )
        )
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.work = QLabel()
        self.work.setObjectName("workState")
        self.work.setWordWrap(True)
        layout.addWidget(self.work)
        self.more = QLabel()
        self.more.setObjectName("hint")
        layout.addWidget(self.more)
        hint = QLabel(
            self.tr(
                "Detaljerne siger kun, hvor i programmet fejlen skete – ingen noter, navne "
                "eller tal. Send dem gerne til den, der hjælper dig med dialogtool."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Kopiér detaljer"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.details: list[str] = []

    def add(self, details: str, work: str) -> None:
        self.details.append(details)
        self.work.setText(work)
        extra = len(self.details) - 1
        self.more.setText(self.tr("%1 fejl mere siden.").replace("%1", str(extra)) if extra else "")

    def copy_details(self) -> None:
        header = f"dialogtool {__version__}, Python {sys.version.split()[0]}, {sys.platform}"
        QGuiApplication.clipboard().setText("\n\n".join([header, *self.details]))


class ExceptionHook:
    """The installed ``sys.excepthook``; set ``rescue`` once the main window exists."""

    def __init__(self, *, wait_outside_event_loop: bool = False) -> None:
        #: Before the event loop runs (while starting, or when Python is about to exit
        #: with the error) a dialog that does not wait would never be seen.
        self.wait_outside_event_loop = wait_outside_event_loop
        self.rescue: Rescue | None = None
        self.dialog: ErrorDialog | None = None
        self._busy = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        app = QApplication.instance()
        if (
            self._busy
            or app is None
            or QThread.currentThread() is not app.thread()
            or issubclass(exc_type, KeyboardInterrupt)
        ):
            # An error while reporting one, without a GUI or off the GUI thread (where no
            # widget may be made): log it and leave it to Python.
            log_exception("Uncaught exception (not shown)", exc)
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            log_exception("Uncaught exception", exc)
            self._show(describe_exception(exc), self._rescue())
        finally:
            self._busy = False

    def _rescue(self) -> str:
        if self.rescue is None:  # no window yet: nothing has been written
            return QApplication.translate(
                "ExceptionHook", "Intet af det, du har skrevet, er gået tabt."
            )
        try:
            return self.rescue()
        except Exception as exc:  # the rescue itself must never raise from the hook
            log_exception("Rescue after an error failed", exc)
        return QApplication.translate(
            "ExceptionHook",
            "Det er uvist, om dine seneste ændringer er gemt. Se efter i mødet, før du lukker.",
        )

    def _show(self, details: str, work: str) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = ErrorDialog(QApplication.activeWindow())
        self.dialog.add(details, work)
        if self.wait_outside_event_loop and QThread.currentThread().loopLevel() == 0:
            self.dialog.exec()
            return
        self.dialog.show()


def install_excepthook(*, wait_outside_event_loop: bool = False) -> ExceptionHook:
    """Make uncaught exceptions (also those in slots) reach the user and the log."""
    hook = ExceptionHook(wait_outside_event_loop=wait_outside_event_loop)
    sys.excepthook = hook
    return hook
