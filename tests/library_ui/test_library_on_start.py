"""The start page lists the library's templates and names the user files it could not use."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.library import Library
from dialogtool.core.record import Quadrant
from dialogtool.ui.pages.tomm import TommPage

from .helpers import MakeWindow, find_row


def test_broken_user_files_are_named_and_the_app_still_works(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    questions = data_dir / "questions"
    questions.mkdir(parents=True)
    (questions / "ødelagte-spørgsmål.json").write_text('{"questions": [', encoding="utf-8")
    (questions / "gode.json").write_text(
        json.dumps(
            {
                "family": "mine",
                "title": {"da": "Mine", "en": "Mine"},
                "questions": [
                    {
                        "id": "my.good",
                        "category": "tomm.detektiv",
                        "text": {"da": "Hvad overraskede jer?", "en": "What surprised you?"},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    templates = data_dir / "templates"
    templates.mkdir()
    (templates / "halv-skabelon.json").write_text('{"id": "halv"}', encoding="utf-8")

    window = make_window()

    problems = window.start_page.problems
    assert problems.isVisible()
    assert "ødelagte-spørgsmål.json er ikke gyldig JSON" in problems.text()
    assert "halv-skabelon.json følger ikke det forventede format" in problems.text()

    combo = window.start_page.template_combo
    combo.setCurrentIndex(combo.findData("team-meeting"))
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    view = window.meeting_view
    assert view is not None
    view.go_to("tomm")
    page = view.current_page()
    assert isinstance(page, TommPage)
    find_row(page.boxes[Quadrant.DETEKTIV].view, "Hvad overraskede jer?")


def test_templates_come_from_the_library_favourites_first_hidden_left_out(
    make_window: MakeWindow, data_dir: Path
) -> None:
    library = Library(data_dir)
    library.set_template_favourite("follow-up", True)
    library.set_template_hidden("goal-setting", True)

    window = make_window()
    combo = window.start_page.template_combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] == "follow-up"
    assert combo.itemText(0).startswith("★ ")
    assert "goal-setting" not in offered
    assert "team-meeting" in offered
