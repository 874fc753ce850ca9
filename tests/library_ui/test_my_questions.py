"""Acceptance 3: the user's own questions are made, used in a meeting and kept in the record."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import Quadrant
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.models.question_table import FAVOURITE, HIDDEN, SOURCE, TEXT
from dialogtool.ui.pages.tomm import TEXT_ROLE, TommPage

from .helpers import find_row, saved_record

OWN = "Hvem i teamet har mest erfaring med de små virksomheder?"


def my_questions_file(data_dir: Path) -> list[dict[str, object]]:
    data = json.loads((data_dir / "questions" / "my-questions.json").read_text(encoding="utf-8"))
    return data["questions"]  # type: ignore[no-any-return]


def open_tomm(qtbot: QtBot, window: MainWindow) -> TommPage:
    combo = window.start_page.template_combo
    combo.setCurrentIndex(combo.findData("team-meeting"))
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    view = window.meeting_view
    assert view is not None
    view.go_to("tomm")
    page = view.current_page()
    assert isinstance(page, TommPage)
    return page


def test_question_made_in_my_questions_is_asked_in_a_meeting_and_saved(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    qtbot.mouseClick(window.start_page.questions_button, Qt.MouseButton.LeftButton)
    dialog = window.start_page.question_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("tomm.kaptajn"))
    qtbot.keyClicks(dialog.danish, OWN)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Spørgsmålet er gemt i dit bibliotek."
    made = dialog.selected()
    assert made is not None and made.text.da == OWN
    assert dialog.model.index(dialog.model.row_of(made.id), SOURCE).data() == "Egen"
    [stored] = my_questions_file(data_dir)
    assert stored["category"] == "tomm.kaptajn"
    dialog.reject()

    tomm = open_tomm(qtbot, window)
    box = tomm.boxes[Quadrant.KAPTAJN]
    box.view.setCurrentIndex(find_row(box.view, OWN))
    qtbot.mouseClick(tomm.asked_button, Qt.MouseButton.LeftButton)
    assert tomm.coverage.used() == {Quadrant.KAPTAJN}

    assert window.meeting_view is not None
    [asked] = [q for q in saved_record(window.meeting_view)["questions"] if q["asked_at"]]
    assert asked["question_id"] == stored["id"]
    assert asked["text"] == OWN
    assert asked["category"] == "tomm.kaptajn"
    assert asked["asked_at"] is not None


def test_question_typed_during_the_meeting_joins_the_library_and_the_meeting(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    tomm = open_tomm(qtbot, window)
    tomm.own_quadrant.setCurrentIndex(tomm.own_quadrant.findData(Quadrant.ANTROPOLOG))
    qtbot.keyClicks(tomm.own_edit, OWN)
    qtbot.keyClick(tomm.own_edit, Qt.Key.Key_Return)

    box = tomm.boxes[Quadrant.ANTROPOLOG]
    picked = box.model.itemFromIndex(box.view.currentIndex())
    assert picked.data(TEXT_ROLE) == OWN
    assert picked.checkState() == Qt.CheckState.Checked
    assert tomm.own_edit.text() == ""
    [stored] = my_questions_file(data_dir)
    assert stored["category"] == "tomm.antropolog"
    assert window.meeting_view is not None
    [chosen] = [q for q in saved_record(window.meeting_view)["questions"] if q["text"] == OWN]
    assert (chosen["question_id"], chosen["text"]) == (stored["id"], OWN)


def test_my_questions_copies_edits_hides_favours_and_deletes(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    dialog = window.start_page.open_question_library()
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData("tomm.detektiv"))
    model = dialog.model
    first = model.question(0)
    assert first is not None

    # A bundled question cannot be edited, only copied; the copy is the user's own.
    dialog.select(first.id)
    assert not dialog.update_button.isEnabled() and not dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    copy = dialog.selected()
    assert copy is not None and copy.id != first.id and copy.text == first.text
    dialog.danish.setText("Hvad lægger I mærke til først – og hvorfor?")
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    [stored] = my_questions_file(data_dir)
    assert stored["text"] == {  # type: ignore[comparison-overlap]
        "da": "Hvad lægger I mærke til først – og hvorfor?",
        "en": first.text.en,
    }

    # Hide the bundled original and make the copy a favourite: favourites come first.
    model.setData(
        model.index(model.row_of(first.id), HIDDEN),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert model.row_of(first.id) == -1, "hidden questions leave the list"
    model.setData(
        model.index(model.row_of(copy.id), FAVOURITE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert model.question(0) == window.library.bank.get(copy.id)
    assert find_row(dialog.view, "Hvad lægger I mærke til først", TEXT).row() == 0

    tomm = open_tomm(qtbot, window)
    texts = [
        tomm.boxes[Quadrant.DETEKTIV].model.item(r).text()
        for r in range(tomm.boxes[Quadrant.DETEKTIV].model.rowCount())
    ]
    assert texts[0] == "Hvad lægger I mærke til først – og hvorfor?"
    assert first.text.da not in texts
    window.close_meeting()

    dialog = window.start_page.open_question_library()
    dialog.select(copy.id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Spørgsmålet er slettet."
    assert my_questions_file(data_dir) == []
    assert model.row_of(copy.id) == -1
