"""Two-way binding between editor widgets and fields of the open record.

``refresh()`` copies record -> widgets; a user's typing becomes an operation
(``edit(text)``) the session applies: undoable, a run of typing one step, refused
on a finished meeting. Loading a text that is already the record's is no edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from dialogtool.core.operations import Operation
from dialogtool.ui.session import MeetingSession

#: An unbroken run this long (a pasted URL list, a log line) is wrapped anywhere: laying
#: out 100,000 characters without a break point took Qt ~1.5 s per keystroke.
_UNBROKEN = re.compile(r"\S{2000}")

Getter = Callable[[], str]
#: The operation that puts the typed text into the record.
Edit = Callable[[str], Operation]


class Binder:
    def __init__(self, session: MeetingSession) -> None:
        self.session = session
        self._loaders: list[Callable[[], None]] = []
        self._editors: list[QWidget] = []

    def line(self, edit: QLineEdit, get: Getter, set_: Edit) -> QLineEdit:
        def load() -> None:
            if edit.text() != get():
                edit.setText(get())

        edit.textEdited.connect(lambda text: self._store(get, set_, text))
        self._register(edit, load)
        return edit

    def text(self, edit: QPlainTextEdit, get: Getter, set_: Edit) -> QPlainTextEdit:
        def load() -> None:
            if edit.toPlainText() != get():
                wrap_for(edit, get())
                edit.setPlainText(get())

        def typed() -> None:
            text = edit.toPlainText()
            wrap_for(edit, text)
            self._store(get, set_, text)

        edit.textChanged.connect(typed)
        self._register(edit, load)
        return edit

    def _register(self, editor: QWidget, load: Callable[[], None]) -> None:
        self._editors.append(editor)
        self._loaders.append(load)

    def _store(self, get: Getter, set_: Edit, value: str) -> None:
        if value != get():
            self.session.apply(set_(value))

    def refresh(self) -> None:
        for load in self._loaders:
            load()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self._editors:
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(read_only)


def wrap_for(edit: QPlainTextEdit, text: str) -> None:
    """Wrap at words, unless ``text`` holds a run without any break point."""
    mode = (
        QTextOption.WrapMode.WrapAnywhere
        if _UNBROKEN.search(text)
        else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    )
    if edit.wordWrapMode() != mode:
        edit.setWordWrapMode(mode)
