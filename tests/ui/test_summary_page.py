"""The summary page shows the HTML rendering; Copy and Save give the same summary as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dialogtool.core.record import ActionItem, Participant, PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.summary import SummaryPage

NAME = "<Jens Hansen>"
LINK = "[x](javascript:alert(1))"


def test_summary_page_shows_user_text_as_written_and_copies_and_saves_markdown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.new_meeting("team-meeting")
    record = view.session.record
    record.participants.append(Participant(name=NAME))
    record.action_items.append(ActionItem(text=LINK, owner="Åse"))
    record.phase_notes[PhaseId.ACTIONS] = "Vi aftalte at ringe rundt."
    record.private_notes[PhaseId.ACTIONS] = "Åse virker presset"
    view.go_to("summary")
    page = view.current_page()
    assert isinstance(page, SummaryPage)

    shown = page.browser.toPlainText()
    assert NAME in shown and LINK in shown
    assert "## Referat" not in shown and "Referat\nVi aftalte at ringe rundt." in shown
    assert "Åse virker presset" not in shown
    assert "href" not in page.browser.toHtml(), "no link in what the leader sees"
    page.include_private.setChecked(True)
    assert "Åse virker presset" in page.browser.toPlainText()
    page.include_private.setChecked(False)

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == page.markdown() and copied.startswith("# ")
    # Read back by a Markdown reader (Qt's), the user's text is text, not a link or a tag.
    document = QTextDocument()
    document.setMarkdown(copied)
    assert NAME in document.toPlainText() and LINK in document.toPlainText()
    assert "href" not in document.toHtml()

    target = tmp_path / "opsamling.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == copied
