"""The library's refusal, apart from the library: a failure sentence names it without pydantic."""

from __future__ import annotations

from dialogtool.core.catalogue import Message, render


class LibraryError(Exception):
    """An edit the library refuses, with a message for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(render(message, "en"))
        self.message = message
