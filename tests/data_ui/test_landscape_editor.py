"""The team's data landscape: stepping stones beyond eight are explained and allowed, and kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.landscape import LandscapeStore
from dialogtool.core.paths import landscapes_dir
from dialogtool.ui.importing.controller import DataController
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage

from .conftest import finish


def write_ten_indicators(path: Path) -> Path:
    lines = ["Indikator;Team;Periode;Værdi"]
    for n in range(1, 11):
        for month in (1, 2, 3):
            lines.append(f"Nøgletal {n:02d};Team Nord;2024M{month:02d};{n * 10 + month}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_nine_stepping_stones_are_explained_allowed_saved_and_shown_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path
) -> None:
    finish(qtbot, window.data.import_path(write_ten_indicators(tmp_path / "team.csv")))
    dialog = window.data.edit_landscape()
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.setText("Team Nord")
    dialog.effect_edit.setPlainText("Flere borgere i job")
    model = dialog.model
    assert model.rowCount() == 10
    # Tick the last nine, as clicks on the check boxes would.
    for row in range(9, 0, -1):
        model.setData(
            model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        assert dialog.advice.isHidden() == (10 - row <= 8)
    assert "7–8" in dialog.advice.text()
    assert dialog.count_label.text() == "9 trædesten valgt"
    # The meaning of a number: a typed target and where it comes from.
    model.setData(model.index(9, 5), "12,5")
    model.setData(model.index(9, 6), "Fagsystemet")
    model.setData(model.index(9, 7), "05.11.2026")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Gemt."

    # Saved for the team, and found again by a fresh start of the app.
    landscapes, problems = LandscapeStore(landscapes_dir(data_dir)).scan()
    assert not problems and [item.name for item in landscapes] == ["Team Nord"]
    saved = landscapes[0]
    assert saved.stepping_stones[0] == "noegletal-10" and len(saved.stepping_stones) == 9
    meta = saved.meta("noegletal-10")
    assert meta is not None and meta.target == 12.5 and meta.source == "Fagsystemet"
    assert str(meta.extracted) == "2026-11-05"
    assert DataController(data_dir, window).landscape == saved

    # The data page lists the stepping stones first, in the team's order, then the rest.
    view = window.new_meeting("team-meeting")
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    names = [page.indicator_model.item(r).text() for r in range(page.indicator_model.rowCount())]
    assert names[:2] == ["Nøgletal 10", "Nøgletal 09"]
    assert names[9:] == ["Øvrige nøgletal", "Nøgletal 01"]
    page.select_indicator("noegletal-10")
    assert "Fagsystemet" in page.context.text() and "5. nov. 2026" in page.context.text()
    assert "12,5" in page.context.text(), "the typed target is used where the file has none"


def test_each_stepping_stone_is_marked_output_or_outcome_in_the_editor(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    from dialogtool.core.landscape import ResultLevel
    from dialogtool.ui.landscape.model import FIELDS

    finish(qtbot, window.data.import_path(write_ten_indicators(tmp_path / "team.csv")))
    dialog = window.data.edit_landscape()
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.setText("Team Nord")
    level = FIELDS.index("level")
    assert dialog.model.headerData(level, Qt.Orientation.Horizontal) == "Output/outcome"
    for row, choice in ((0, "Outcome"), (1, "Output")):
        index = dialog.model.index(row, level)
        dialog.table.setCurrentIndex(index)
        dialog.table.edit(index)  # as a double-click opens the choice
        [combo] = [c for c in dialog.table.viewport().findChildren(QComboBox) if c.isVisible()]
        combo.setCurrentIndex(combo.findText(choice))
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert index.data() == choice
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved], _problems = LandscapeStore(landscapes_dir(data_dir)).scan()
    assert saved.levels == {"noegletal-01": ResultLevel.OUTCOME, "noegletal-02": ResultLevel.OUTPUT}
    dialog.close()
    again = window.data.edit_landscape()  # opened again: the marks are there
    qtbot.waitUntil(again.isVisible)
    assert again.model.index(0, level).data() == "Outcome"
