""" "Sådan læste jeg filen": what was read is shown before use, and direction is never assumed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialogtool.core.dataset import IndicatorMeta
from dialogtool.core.landscape import Landscape, LandscapeStore
from dialogtool.core.paths import landscapes_dir
from dialogtool.ui.importing.directions_model import DIRECTION, WHY
from dialogtool.ui.importing.reading_dialog import ReadingDialog
from dialogtool.ui.landscape.model import FIELDS
from dialogtool.ui.main_window import MainWindow

from .conftest import finish, summary_shown

CHECK_ROLE = Qt.ItemDataRole.CheckStateRole


def write_ledighed(path: Path, months: int = 12) -> Path:
    """Three indicators, two teams and the total, one value the source hid ('..')."""
    lines = ["Indikator;Team;Periode;Værdi"]
    for month in range(1, months + 1):
        for team, base in (("Team Nord", 5), ("Team Syd", 7), ("I alt", 6)):
            lines.append(f"Ledighed (%);{team};2024M{month:02d};{base},{month}")
        lines.append(f"Jobsamtaler;Team Nord;2024M{month:02d};{20 + month}")
        lines.append(f"Sygefravær (dage);Team Nord;2024M{month:02d};{month % 4}")
    lines.append("Jobsamtaler;Team Syd;2024M01;..")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def shown_directions(dialog: ReadingDialog) -> dict[str, tuple[str, str]]:
    model = dialog.directions
    return {
        row.name: (
            str(model.data(model.index(n, DIRECTION))),
            str(model.data(model.index(n, WHY))),
        )
        for n, row in enumerate(model.rows)
    }


def test_the_summary_names_what_was_read_before_the_data_are_used(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.dataset
    flow = window.data.import_path(write_ledighed(tmp_path / "ledighed_2024.csv"))
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Sådan læste jeg filen – ledighed_2024.csv"
    assert dialog.headline.text() == "3 nøgletal, 60 tal fra ledighed_2024.csv"
    facts = {key: label.text() for key, label in dialog.fact_labels.items()}
    assert facts["layout"].startswith("lang – én række pr. tal")
    assert facts["groups"] == "3: Team Nord, Team Syd, I alt (total – målestokken)"
    assert facts["periods"] == "2024-01 – 2024-12 (12 måneder)"
    assert facts["values"].startswith("60 indlæst · 1 mangler (skjult af kilden)")
    assert "ingen kilde" in facts["source"]
    assert window.dataset is before, "nothing is used before the leader says so"

    # Cancel: the file is not used; the dataset shown before stays.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: flow.done)
    assert window.dataset is before


def test_direction_is_proposed_with_its_reason_flipped_by_key_and_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path
) -> None:
    flow = window.data.import_path(write_ledighed(tmp_path / "ledighed_2024-12.csv"))
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None
    assert shown_directions(dialog) == {
        "Ledighed (%)": ("▼ Lavere er bedre", "foreslået ud fra ordet 'ledighed'"),
        "Jobsamtaler": ("▲ Højere er bedre", "antaget – tjek den"),
        "Sygefravær (dage)": ("▼ Lavere er bedre", "foreslået ud fra ordet 'sygefravær'"),
    }
    hint = dialog.findChild(QLabel, "directionHint")
    assert hint is not None and "1 er kun antaget" in hint.text()

    # The leader flips "Ledighed" with the keyboard, then back and again: only the last counts.
    view = dialog.direction_view
    view.setCurrentIndex(dialog.directions.index(0, DIRECTION))
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shown_directions(dialog)["Ledighed (%)"] == ("▲ Højere er bedre", "vendt af dig")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shown_directions(dialog)["Ledighed (%)"][1] == "foreslået ud fra ordet 'ledighed'"
    # "Jobsamtaler" with the button.
    view.setCurrentIndex(dialog.directions.index(1, DIRECTION))
    qtbot.mouseClick(dialog.flip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    finish(qtbot, flow)

    dataset = window.dataset
    assert dataset is not None
    directions = {m.name: m.higher_is_better for m in dataset.indicators}
    assert directions == {"Ledighed (%)": False, "Jobsamtaler": False, "Sygefravær (dage)": False}
    # Remembered in the team's landscape, on disk.
    landscapes, _problems = LandscapeStore(landscapes_dir(data_dir)).scan()
    assert [item.name for item in landscapes] == ["Team Nord"]
    assert landscapes[0].confirmed_direction("jobsamtaler") is False

    # Next month's file: the team's answers are shown, not the proposal.
    again = window.data.import_path(write_ledighed(tmp_path / "ledighed_2025-01.csv", months=1))
    second = summary_shown(qtbot, again)
    assert second is not None
    assert shown_directions(second) == {
        "Ledighed (%)": ("▼ Lavere er bedre", "som I valgte sidst"),
        "Jobsamtaler": ("▼ Lavere er bedre", "som I valgte sidst"),
        "Sygefravær (dage)": ("▼ Lavere er bedre", "som I valgte sidst"),
    }
    finish(qtbot, again)


def test_the_mapping_is_corrected_from_the_summary(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    flow = window.data.import_path(write_ledighed(tmp_path / "ledighed.csv"))
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible())
    mapping_dialog = flow.mapping_dialog
    assert mapping_dialog is not None
    assert mapping_dialog.long_radio.isChecked()
    intro = mapping_dialog.findChild(QLabel, "mappingIntro")
    assert intro is not None and intro.text().startswith("Sådan blev filen læst. Ret")
    assert mapping_dialog.indicator_combo.currentData() == "Indikator"
    # Closing it goes back to the summary of the same reading.
    mapping_dialog.reject()
    back = summary_shown(qtbot, flow)
    assert back is not None and back is not dialog and "3 nøgletal" in back.headline.text()

    # Now the leader says the teams are not groups: every team is its own indicator name.
    qtbot.mouseClick(back.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.mapping_dialog is not mapping_dialog)
    qtbot.waitUntil(lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible())
    chosen = flow.mapping_dialog
    assert chosen is not None
    chosen.group_combo.setCurrentIndex(0)  # (ingen)
    qtbot.mouseClick(chosen.ok_button, Qt.MouseButton.LeftButton)
    corrected = summary_shown(qtbot, flow)
    assert corrected is not None
    assert corrected.fact_labels["groups"].text().startswith("ingen")
    assert flow.mapping_origin == "asked"
    finish(qtbot, flow)
    assert window.dataset is not None and window.dataset.groups == [""]


def test_a_large_reading_fits_a_1024x768_screen_and_is_driven_by_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    lines = ["Indikator;Afdeling;Periode;Værdi"]
    names = [
        f"Andel borgere i målgruppe {n} med afklaret forløb inden for 13 uger" for n in range(15)
    ]
    teams = [f"Jobcenter Åby – team {n:02d} (ydelsesområde)" for n in range(30)]
    lines += [f"{name};{team};2024K{q};{q}" for name in names for team in teams for q in (1, 2)]
    lines += [f"{names[0]};{teams[0]};2024K{q};x" for q in (5, 6, 7)]
    path = tmp_path / "stor.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    flow = window.data.import_path(path)
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 - 40 and hint.height() <= 768 - 40, hint
    assert dialog.direction_view.height() >= 5 * dialog.direction_view.rowHeight(0)
    assert dialog.fact_labels["groups"].text().endswith("og 18 flere (ingen total fundet)")
    # Keys only: the first indicator is current; Space flips it; Enter uses the data.
    assert dialog.direction_view.hasFocus() or dialog.focusWidget() is dialog.direction_view
    qtbot.keyClick(dialog.direction_view, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.direction_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.done)
    assert window.dataset is not None and window.dataset.indicators[0].higher_is_better is False


def test_a_direction_set_in_the_landscape_is_the_teams_answer_at_the_next_import(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, data_dir: Path
) -> None:
    # A landscape from before: it describes "Ledighed" but nobody confirmed its direction.
    described = IndicatorMeta(id="ledighed", name="Ledighed (%)", higher_is_better=False)
    LandscapeStore(landscapes_dir(data_dir)).save(
        Landscape(name="Team Nord", indicators=[described])
    )
    window = make_window()
    editor = window.data.edit_landscape()
    qtbot.waitUntil(editor.isVisible)
    model = editor.model
    row = next(n for n, meta in enumerate(model.metas) if meta.id == "ledighed")
    column = FIELDS.index("higher_is_better")
    model.setData(model.index(row, column), Qt.CheckState.Checked.value, CHECK_ROLE)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Gemt."
    editor.close()

    flow = window.data.import_path(write_ledighed(tmp_path / "ledighed_2024-12.csv"))
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None
    directions = shown_directions(dialog)
    assert directions["Ledighed (%)"] == ("▲ Højere er bedre", "som I valgte sidst")
    assert directions["Jobsamtaler"][1] == "antaget – tjek den", "only what the leader set"
    finish(qtbot, flow)
