"""Errors and import problems are messages, rendered in the reader's language on the screen.

The same failure reads in Danish in a Danish window and in English in an English one: the
core hands the UI a message id and its arguments, never a finished sentence.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.data_ui.conftest import finish, summary_shown, write_confident

from dialogtool.core.i18n import Lang
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import MeetingRecord
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.preferences import LANGUAGE, preferences

LANGS: list[Lang] = ["da", "en"]


def in_language(lang: Lang, make_window: Callable[[], MainWindow]) -> MainWindow:
    preferences().set(LANGUAGE, lang)
    return make_window()


def failure_box() -> QMessageBox:
    [box] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "failureMessage" and w.isVisible()
    ]
    return box


@pytest.mark.parametrize("lang", LANGS)
def test_a_meeting_that_cannot_be_saved_is_told_in_the_windows_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], lang: Lang
) -> None:
    window = in_language(lang, make_window)
    window.store.folder.parent.mkdir(parents=True, exist_ok=True)
    window.store.folder.write_text("not a folder")  # e.g. a sync tool's leftover
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    box = failure_box()
    expected = {
        "da": "Det nye møde kunne ikke gemmes. Der findes allerede en fil med det navn.",
        "en": "The new meeting could not be saved. A file with that name already exists.",
    }
    assert box.text() == expected[lang]
    box.close()


@pytest.mark.parametrize("lang", LANGS)
def test_a_meeting_file_that_cannot_be_read_is_named_in_the_windows_language(
    make_window: Callable[[], MainWindow], data_dir: Path, lang: Lang
) -> None:
    folder = meetings_dir(data_dir)
    future = json.loads(MeetingRecord(title="Fra fremtiden").model_dump_json())
    future.update(schema_version=999, id="future")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "meeting-future.json").write_text(json.dumps(future), encoding="utf-8")
    (folder / "meeting-corrupt.json").write_bytes(b'{"schema_version": 1, "title": "halvt')

    shown = in_language(lang, make_window).start_page.problems.text()
    if lang == "da":
        assert "Mødefilen meeting-future.json har formatversion 999, som denne udgave" in shown
        assert "Mødefilen meeting-corrupt.json er beskadiget" in shown
        assert "Filen er flyttet uændret til damaged/" in shown
    else:
        assert "The meeting file meeting-future.json has format version 999, which" in shown
        assert "The meeting file meeting-corrupt.json is damaged" in shown
        assert "The file was moved unchanged to damaged/" in shown
        assert "Mødefilen" not in shown and "flyttet" not in shown


@pytest.mark.parametrize("lang", LANGS)
def test_a_refused_import_is_told_in_the_windows_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, lang: Lang
) -> None:
    window = in_language(lang, make_window)
    path = tmp_path / "rapport.csv"
    path.write_text("Indikator;Team;Periode;Værdi\n", encoding="utf-8")  # a header, no rows
    flow = window.data.import_path(path)
    finish(qtbot, flow)
    box = flow.message_box
    assert box is not None and box.isVisible()
    expected = {
        "da": "Filen har en overskrift, men ingen rækker med data.",
        "en": "The file has a header but no rows of data.",
    }
    assert box.text() == expected[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_an_import_problem_is_listed_in_the_windows_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, lang: Lang
) -> None:
    window = in_language(lang, make_window)
    bad = ["Jobsamtaler (%);Team Nord;2024M13;80;90", "Jobsamtaler (%);Team Syd;2024M03;mange;90"]
    flow = window.data.import_path(write_confident(tmp_path / "jobindsats.csv", bad))
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None, "a file with problems shows how it was read"
    model = dialog.warnings
    listed = [model.index(row, model.columnCount() - 1).data() for row in range(model.rowCount())]
    expected = {
        "da": [
            "'2024M13' er ikke en gyldig periode; rækken er sprunget over.",
            "'mange' er ikke et tal; cellen er sprunget over.",
        ],
        "en": [
            "'2024M13' is not a valid period; the row was skipped.",
            "'mange' is not a number; the cell was skipped.",
        ],
    }
    assert sorted(listed) == expected[lang]
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.done, timeout=10_000)
