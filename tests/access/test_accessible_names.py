"""A control's accessible name is the words a sighted user reads next to it.

That every control of every screen has a name at all is walked in
``test_every_screen.py``; here: the name is the visible words, not a code name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow


def test_a_field_is_named_by_the_words_on_screen_next_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The name comes from the label, placeholder or group title, not from a code name."""
    view = window.new_meeting("team-meeting")
    assert view is not None
    window.show()
    view.go_to("prepare")
    QApplication.processEvents()
    page = view.pages["prepare"]
    edit = page.purpose_edit  # type: ignore[attr-defined]
    assert edit.accessibleName() and edit.accessibleName() != edit.objectName()
    assert any(c.isupper() for c in edit.accessibleName()[:1]), edit.accessibleName()
