"""*Fortryd* and *Annullér fortryd*: undo and redo of the open meeting, named.

Two actions that say what they take back ("Fortryd: frist for 'Ring til fem
virksomheder'"), with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, on the leader's window
and the room's window alike. A text box's own undo would only know its own
letters, so in the meeting's text boxes these keys go to the meeting's undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from dialogtool.ui.session import MeetingSession


def undo_keys() -> list[QKeySequence]:
    """Ctrl+Z (made when asked: a key sequence needs the application to exist)."""
    return [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z)]


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z, and Ctrl+Y as on Windows."""
    return [
        QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
    ]


class UndoActions(QObject):
    """The undo and redo actions of one meeting window (and the room's window)."""

    def __init__(self, session: MeetingSession, host: QWidget) -> None:
        super().__init__(host)
        self.session = session
        self.host = host
        self.undo = QAction(self)
        self.undo.setObjectName("undoAction")
        self.undo.setShortcuts(undo_keys())
        self.undo.triggered.connect(session.undo)
        self.redo = QAction(self)
        self.redo.setObjectName("redoAction")
        self.redo.setShortcuts(redo_keys())
        self.redo.triggered.connect(session.redo)
        for action in (self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        session.historyChanged.connect(self.update)
        session.readOnlyChanged.connect(lambda _on: self.update())
        #: Text boxes of the meeting leave these keys to the meeting's undo: the filter
        #: goes on each box as it gets the focus (not on the application's every event).
        self._boxes = _TextBoxKeys(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)
        self.update()

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit | QPlainTextEdit) and self.host.isAncestorOf(new):
            new.installEventFilter(self._boxes)

    def add_to(self, window: QWidget) -> None:
        """Let the keys work in ``window`` too (the room's window while presenting)."""
        window.addAction(self.undo)
        window.addAction(self.redo)

    def update(self) -> None:
        undo, redo = self.session.undo_label, self.session.redo_label
        self.undo.setEnabled(undo is not None)
        self.undo.setText(
            self.tr("Fortryd: %1").replace("%1", undo) if undo else self.tr("Fortryd")
        )
        self.redo.setEnabled(redo is not None)
        self.redo.setText(
            self.tr("Annullér fortryd: %1").replace("%1", redo)
            if redo
            else self.tr("Annullér fortryd")
        )


class _TextBoxKeys(QObject):
    """Keeps Ctrl+Z and friends from a meeting text box's own, letter-by-letter undo."""

    def __init__(self, actions: UndoActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.keys = [*undo_keys(), *redo_keys()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not isinstance(watched, QLineEdit | QPlainTextEdit):
            return False
        assert isinstance(event, QKeyEvent)
        pressed = QKeySequence(event.keyCombination())
        if not any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self.keys):
            return False
        if not self.actions.host.isAncestorOf(watched):
            return False
        event.ignore()  # not the box's: the window's shortcut takes it
        return True
