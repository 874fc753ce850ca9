"""EN 301 549 11.4.1.2: a screen reader can name every control of every phase page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.ui.accessibility import unnamed_controls
from dialogtool.ui.main_window import MainWindow


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()} in {type(w.window()).__name__}" for w in widgets]


@pytest.mark.parametrize("template", ["team-meeting", "one-to-one"])
def test_every_phase_page_names_every_control(
    qtbot: QtBot, window: MainWindow, template: str
) -> None:
    view = window.new_meeting(template)
    assert view is not None
    window.show()
    qtbot.waitExposed(window)
    missing: dict[str, list[str]] = {}
    for step in view.pages:
        view.go_to(step)
        QApplication.processEvents()
        page = view.pages[step]
        if found := describe(unnamed_controls(page)):
            missing[step] = found
    assert not missing


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


def test_the_start_screen_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    QApplication.processEvents()
    assert not describe(unnamed_controls(window))
