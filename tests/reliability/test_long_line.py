"""A note with one unbroken 100,000-character line does not freeze the editor."""

from __future__ import annotations

import time

from PySide6.QtGui import QTextOption
from pytestqt.qtbot import QtBot

from dialogtool.core.operations import Changes, set_field
from dialogtool.ui.main_window import MainWindow

LONG = "x" * 100_000


def test_typing_after_a_huge_unbroken_line_stays_fast(qtbot: QtBot, window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    record = view.session.record
    # as pasted in an earlier session
    view.session.apply(set_field("formål", Changes.FRAMING, ("fup", "purpose"), LONG))
    assert window.close_meeting()
    view = window.open_meeting(record.id)
    assert view is not None
    edit = view.current_page().purpose_edit  # type: ignore[attr-defined]
    assert edit.toPlainText() == LONG
    assert edit.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    started = time.perf_counter()
    for key in "abc":
        qtbot.keyClick(edit, key)
    per_key = (time.perf_counter() - started) / 3
    assert per_key < 0.5, f"{per_key:.2f} s per keystroke"

    edit.setPlainText("Almindelig tekst med ord")
    assert edit.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
