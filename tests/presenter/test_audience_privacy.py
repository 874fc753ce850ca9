"""The audience window never holds private text or a perspective that was not given.

The check walks the window's widget tree (``conftest.widget_texts``), not its
pixels, on every step of a filled-in meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.example import PRIVATE_NOTE, SECRET_PERSPECTIVE
from dialogtool.ui.pages.data import DataPage

from .conftest import Running, widget_texts


def test_nothing_private_reaches_the_audience_on_any_step(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.private_notes.setFocus()
    presenter.start(from_start=True)
    data = view.pages["data"]
    assert isinstance(data, DataPage)
    seen: list[str] = []
    steps = view.session.steps
    for key in steps:
        view.go_to(key)
        if key == "data":
            for row in range(data.indicator_model.rowCount()):
                data.indicator_view.setCurrentIndex(data.indicator_model.index(row, 0))
                seen += widget_texts(presenter.audience)
        qtbot.keyClicks(view.private_notes, " PRIVAT-TASTET")
        seen += widget_texts(presenter.audience)
    everything = "\n".join(seen)
    assert "bliver klogere" in everything  # the purpose, shown at the framing
    assert "Rettidige jobsamtaler" in everything  # the chart's indicator was on screen
    for secret in (PRIVATE_NOTE, SECRET_PERSPECTIVE, "PRIVAT-TASTET", "PRIVAT", "HEMMELIGT"):
        assert secret not in everything


def test_the_perspective_reaches_the_audience_only_when_given(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("data")
    presenter.start(from_start=False)
    data = view.pages["data"]
    assert isinstance(data, DataPage)
    data.indicator_view.setCurrentIndex(data.indicator_model.index(1, 0))  # not given yet
    audience = presenter.audience
    assert SECRET_PERSPECTIVE not in "\n".join(widget_texts(audience))
    assert not audience.perspective_box.isVisible()
    assert audience.step.text().startswith("Trin 1 af 3")

    qtbot.keyClicks(data.noticed, "Højere end vi gættede")
    qtbot.mouseClick(data.give_button, Qt.MouseButton.LeftButton)
    assert audience.perspective_box.isVisible()
    assert audience.perspective.text() == SECRET_PERSPECTIVE
    assert audience.step.text().startswith("Trin 2 af 3")
