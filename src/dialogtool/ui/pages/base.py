"""Common frame of every page in the meeting: a heading, a lead text and content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dialogtool.ui.accessibility import make_accessible

if TYPE_CHECKING:  # the start screen uses heading and lead without loading a meeting's session
    from dialogtool.ui.session import MeetingSession


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    label.setWordWrap(True)
    return label


def lead(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("lead")
    label.setWordWrap(True)
    return label


class Page(QWidget):
    """A page of the meeting view, bound to the open session."""

    def __init__(self, session: MeetingSession, title: str, intro: str = "") -> None:
        from dialogtool.ui.binding import Binder

        super().__init__()
        self.session = session
        self.binder = Binder(session)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(10)
        self.heading = heading(title)
        self.layout_.addWidget(self.heading)
        if intro:
            self.layout_.addWidget(lead(intro))

    def showEvent(self, event: QShowEvent) -> None:
        """Name the page's controls for a screen reader; rows added since are named too."""
        make_accessible(self)
        super().showEvent(event)

    def refresh(self) -> None:
        """Copy the record into the widgets (on opening and on page change)."""
        self.binder.refresh()

    def advance(self) -> bool:
        """Take one step within the page, like a slide's build; False when there is none.

        Next (button, PageDown, clicker) asks the page first and moves to the next
        phase only when the page has no step of its own left.
        """
        return False

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
