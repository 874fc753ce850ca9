"""Correcting a "teams across" reading from the summary keeps the teams as teams."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.ui.importing.flow import ImportFlow
from dialogtool.ui.importing.mapping_dialog import MappingDialog
from dialogtool.ui.main_window import MainWindow

from .conftest import finish, summary_shown


def write_pivot(path: Path) -> Path:
    """A pivot's CSV: the title, months down, teams across and the grand total last."""
    lines = ["Antal klager", "Måned;Team Nord;Team Syd;Hovedtotal"]
    lines += [f"2024-{m:02d};{m};{m + 2};{2 * m + 2}" for m in range(1, 7)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_correction(qtbot: QtBot, flow: ImportFlow) -> MappingDialog:
    summary = summary_shown(qtbot, flow)
    assert summary is not None
    shown = flow.mapping_dialog
    qtbot.mouseClick(summary.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: flow.mapping_dialog not in (None, shown) and flow.mapping_dialog.isVisible()
    )
    assert flow.mapping_dialog is not None
    return flow.mapping_dialog


def test_teams_across_survive_a_correction_and_can_be_turned_into_indicators(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    flow = window.data.import_path(write_pivot(tmp_path / "klager.csv"))
    # The reading is a guess (the columns are named as groups because of the total), so the
    # leader is asked first; the proposal is shown as teams across.
    qtbot.waitUntil(lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible())
    asked = flow.mapping_dialog
    assert asked is not None and asked.groups_check.isChecked()
    qtbot.mouseClick(asked.ok_button, Qt.MouseButton.LeftButton)
    summary = summary_shown(qtbot, flow)
    assert summary is not None
    assert summary.headline.text().startswith("1 nøgletal")

    # The leader opens the correction and changes only the name: the teams stay teams.
    dialog = open_correction(qtbot, flow)
    assert dialog.wide_radio.isChecked() and dialog.groups_check.isChecked()
    assert dialog.groups_check.isVisible() and dialog.name_edit.isVisible()
    assert dialog.wide_label.text() == "Gruppe&kolonner:"
    assert dialog.name_edit.text() == "Antal klager"
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Klager")
    assert dialog.ok_button.isEnabled(), dialog.status.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    corrected = summary_shown(qtbot, flow)
    assert corrected is not None
    assert corrected.headline.text().startswith("1 nøgletal")
    assert corrected.fact_labels["groups"].text() == (
        "3: Team Nord, Team Syd, Hovedtotal (total – målestokken)"
    )

    # Unticked, every column is its own indicator again.
    dialog = open_correction(qtbot, flow)
    qtbot.mouseClick(dialog.groups_check, Qt.MouseButton.LeftButton)
    assert not dialog.groups_check.isChecked() and not dialog.name_edit.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    as_indicators = summary_shown(qtbot, flow)
    assert as_indicators is not None
    assert as_indicators.headline.text().startswith("3 nøgletal")
    assert as_indicators.fact_labels["groups"].text().startswith("ingen")

    # Back to teams across, and used: the dataset has one indicator and three groups.
    dialog = open_correction(qtbot, flow)
    qtbot.mouseClick(dialog.groups_check, Qt.MouseButton.LeftButton)
    assert dialog.groups_check.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, flow)
    dataset = window.dataset
    assert dataset is not None
    assert [m.name for m in dataset.indicators] == ["Antal klager"]  # the title, proposed again
    assert dataset.groups == ["Team Nord", "Team Syd", "Hovedtotal"]
