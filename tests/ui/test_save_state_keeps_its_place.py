"""The *Gemt / Gemmer …* word does not push *Metode (F1)* sideways as it changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from dialogtool.core.operations import Changes, set_field
from dialogtool.ui.main_window import MainWindow


def test_the_guide_button_stays_put_while_the_meeting_is_saved(window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    QApplication.processEvents()

    def where() -> QPoint:
        QApplication.processEvents()
        return view.guide_button.mapTo(window, QPoint(0, 0))

    view.session.apply(set_field("titel", Changes.FRAMING, ("title",), "Teammøde i Nord"))
    assert view.save_state.text() == "Gemmer …"
    start = where()  # the undo button has its name ("Fortryd titel") from here
    view.session.saved.emit(Path("x.json"))
    assert view.save_state.text() == "Gemt"
    assert where() == start
    view.session.apply(set_field("titel", Changes.FRAMING, ("title",), "Teammøde i Syd"))
    assert view.save_state.text() == "Gemmer …"
    assert where() == start
