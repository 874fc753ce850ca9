"""*Fortryd* and *Annullér fortryd*: undo and redo of the open meeting, named.

Two actions that say what they take back ("Fortryd: frist for 'Ring til fem
virksomheder'"), with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, on the leader's window
and the room's window alike. A text box's own undo would only know its own
letters, so in the meeting's text boxes these keys go to the meeting's undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

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

    def undo_name(self) -> str:
        return self.tr("Fortryd")

    def redo_name(self) -> str:
        return self.tr("Annullér fortryd")

    def update(self) -> None:
        undo, redo = self.session.undo_label, self.session.redo_label
        self.undo.setEnabled(undo is not None)
        self.undo.setText(self.tr("Fortryd: %1").replace("%1", undo) if undo else self.undo_name())
        self.redo.setEnabled(redo is not None)
        self.redo.setText(
            self.tr("Annullér fortryd: %1").replace("%1", redo) if redo else self.redo_name()
        )


class ActionButton(QPushButton):
    """A button for an undo or redo action, named after the edit, of one width whatever the name.

    The name changes with every edit ("Fortryd: frist for 'Ring til fem virksomheder'");
    a button as wide as its text moved *Metode (F1)* and the rest of the meeting's bar
    under the leader's pointer. So the button keeps one width (room for ``TEXT_EMS`` wide
    letters, or its bare name), shortens a longer name with "…", and gives the whole name
    in its tooltip and to screen readers.
    """

    #: The text's room in the button, in widths of an "M" of its font (it grows with the
    #: text size): with both buttons, the meeting's bar stays whole at 1024 px and 96 dpi.
    TEXT_EMS = 9

    def __init__(self, action: QAction, name: str, bare: str) -> None:
        super().__init__()
        self.action = action
        #: The name without an edit ("Annullér fortryd"), never shortened.
        self.bare = bare
        self.setObjectName(name)
        action.changed.connect(self.follow)
        self.clicked.connect(action.trigger)
        self.follow()

    def follow(self) -> None:
        full = self.action.text()
        self.setText(self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, self._room()))
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(f"{full} ({keys})")
        self.setAccessibleName(full)
        self.setEnabled(self.action.isEnabled())
        self.setFixedWidth(self._width())

    def _room(self) -> int:
        metrics = self.fontMetrics()
        bare = metrics.horizontalAdvance(self.bare) + 2  # eliding measures in fractions
        return max(self.TEXT_EMS * metrics.horizontalAdvance("M"), bare)

    def _width(self) -> int:
        """The width of a button with ``_room()`` of text, in the style of the moment."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = QSize(self._room(), self.fontMetrics().height())
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
            .width()
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.follow()  # a larger text size: a wider button, the name shortened anew


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
