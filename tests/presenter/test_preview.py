"""Look before the room sees: the next step on the leader's screen, the room left where it is."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from .conftest import Running


def test_the_next_step_is_previewed_without_moving_the_room(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("framing")
    presenter.start(from_start=False)
    log_before = len(view.session.record.presentation_log)
    room_title = presenter.audience.title.text()
    presenter.bar.now_next.linkActivated.emit("preview")  # a click on "Næste: Tjek ind"
    QApplication.processEvents()
    preview = presenter.preview
    assert preview.isVisible() and preview.caption.text().startswith("Næste: Tjek ind")
    picture = preview.picture.pixmap().toImage()
    assert not picture.isNull() and picture.width() > 100
    dark = sum(
        1
        for x in range(0, picture.width(), 4)
        for y in range(0, picture.height() // 5, 4)
        if picture.pixelColor(x, y).lightness() < 128
    )
    assert dark > 20, "the next step's title is drawn"
    assert view.session.step == "framing" and presenter.audience.title.text() == room_title
    assert len(view.session.record.presentation_log) == log_before, "the room saw nothing new"

    view.go_to("checkin")  # the preview follows: now the step after the check-in
    assert not preview.caption.text().startswith("Næste: Tjek ind")
    view.go_to(view.session.steps[-1].value)
    assert preview.caption.text() == "Dette er mødets sidste trin."
    presenter.bar.now_next.linkActivated.emit("preview")  # the same click closes it
    assert not preview.isVisible()
