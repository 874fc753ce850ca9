"""Closing and reopening the app shows the meeting exactly as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.ui.app import configure_application, create_main_window
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.pages.prepare import PreparePage


def test_reopened_meeting_is_as_it_was(
    qtbot: QtBot, window: MainWindow, qapp: object, data_dir: Path
) -> None:
    view = window.new_meeting("team-meeting")
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    prepare.outcome_edit.clear()
    qtbot.keyClicks(prepare.outcome_edit, "Tre aftaler om løntimer")
    view.go_to("data")
    data = view.current_page()
    assert isinstance(data, DataPage)
    data.select_indicator("virksomhedskontakter")
    qtbot.keyClicks(data.noticed, "Flere kontakter i foråret")
    qtbot.keyClicks(view.private_notes, "Husk at rose Åse")
    window.close()  # saves on the way out

    configure_application(qapp)  # type: ignore[arg-type]
    again = create_main_window(data_dir, demo=True)
    qtbot.addWidget(again)
    again.show()
    assert again.start_page.recent_model.rowCount() == 1
    again.start_page.recent_view.selectRow(0)
    qtbot.mouseClick(again.start_page.open_button, Qt.MouseButton.LeftButton)
    reopened = again.meeting_view
    assert reopened is not None
    assert reopened.session.step == "data", "the meeting opens where it was left"
    page = reopened.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("virksomhedskontakter")
    assert page.noticed.toPlainText() == "Flere kontakter i foråret"
    assert reopened.private_notes.toPlainText() == "Husk at rose Åse"
    prepare_again = reopened.pages["prepare"]
    assert isinstance(prepare_again, PreparePage)
    prepare_again.refresh()
    assert prepare_again.outcome_edit.toPlainText() == "Tre aftaler om løntimer"
