"""Text from a record or a data file shown where Qt would guess at markup.

A tooltip (and a label left at ``AutoText``) is rendered as HTML when its text
merely looks like HTML: ``<img src=…>`` in a colleague's record or a cell of a
data file would make Qt open that file, and a named pipe there hangs the app.
Labels get ``setTextFormat(Qt.TextFormat.PlainText)``; tooltips, which have no
format of their own, get the text escaped here.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (escaped, line breaks kept)."""
    return Qt.convertFromPlainText(text) if text else text
