"""B and W from a text field while presenting: a letter while you type, the screen otherwise.

A clicker's black-screen button sends B, and it must work when the cursor was left
in a note minutes ago. A leader writing a note must still be able to type "b". The
rule, while presenting: in a text field you are typing in — you put the cursor
there or typed a key there within the last ``TYPING_PAUSE`` seconds — B and W are
letters; after that pause they black and white the room's screen. Capital B and W
(with Shift) are always letters. When not presenting, B and W are always letters.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dialogtool.core.timing import Clock

TYPING_PAUSE = timedelta(seconds=10)
SCREEN_KEYS = {Qt.Key.Key_B: "b", Qt.Key.Key_W: "w"}


def is_text_field(widget: QObject) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    )


class TypingGuard(QObject):
    """An application event filter, installed only while presenting, for ``host``'s fields."""

    def __init__(self, host: QWidget, clock: Clock) -> None:
        super().__init__(host)
        self.host = host
        self.clock = clock
        self._typed_at: datetime | None = None

    def install(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if on:
            self._typed_at = None
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not is_text_field(watched) or not self.host.isAncestorOf(watched):  # type: ignore[arg-type]
            return False
        now = self.clock()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            letter = SCREEN_KEYS.get(Qt.Key(event.key()))
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            typing = self._typed_at is not None and now - self._typed_at <= TYPING_PAUSE
            if letter is not None and plain and event.text() == letter and not typing:
                return True  # not claimed by the field: the presenter's B/W shortcut fires
        self._typed_at = now
        return False
