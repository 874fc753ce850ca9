"""Loading a file through the UI: asked when unsure, silent when sure, cancellable, honest."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage

from .conftest import finish, summary_shown, write_confident, write_unsure


def listed_names(page: DataPage) -> list[str]:
    model = page.indicator_model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_unsure_file_asks_and_the_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    flow = window.data.import_path(write_unsure(tmp_path / "jobindsats_2024-01.csv"))
    qtbot.waitUntil(lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible())
    dialog = flow.mapping_dialog
    assert dialog is not None

    # The user says: one row per number, the name is in "Navn", the number in "Tal".
    qtbot.mouseClick(dialog.long_radio, Qt.MouseButton.LeftButton)
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData("Navn"))
    dialog.value_combo.setCurrentIndex(dialog.value_combo.findData("Tal"))
    assert "2 nøgletal" in dialog.status.text()
    first = [dialog.tidy_model.rows[0][i] for i in range(4)]
    assert first == ["Løntimer", "Nord", "2024-01", "12,5"]
    assert "[nøgletal]" in dialog.sample_model.headers[0]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, flow)

    assert window.dataset is not None
    assert [m.name for m in window.dataset.indicators] == ["Løntimer", "Kontakter"]
    assert "jobindsats_2024-01" in window.start_page.dataset_label.text()

    # Next month's export of the same source loads without a question.
    again = window.data.import_path(write_unsure(tmp_path / "jobindsats_2024-02.csv", month=2))
    finish(qtbot, again)
    assert again.mapping_dialog is None and again.mapping_origin == "remembered"
    assert window.dataset.periods == ["2024-02"]


def test_confident_file_loads_into_the_open_meeting(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.new_meeting("team-meeting")
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    assert "Virksomhedsbesøg" not in listed_names(page)

    path = write_confident(tmp_path / "eksport.csv")
    flow = window.data.import_path(path)
    finish(qtbot, flow)
    assert flow.mapping_dialog is None and flow.mapping_origin == "detected"
    assert listed_names(page) == ["Jobsamtaler (%)", "Virksomhedsbesøg"]

    # The record keeps the numbers shown, the file they came from and its fingerprint.
    page.select_indicator("virksomhedsbesoeg")
    session = view.session
    snapshot = next(
        d.snapshot for d in session.record.indicators if d.indicator_id == "virksomhedsbesoeg"
    )
    assert snapshot is not None
    assert path.name in snapshot.source and str(path.parent) not in snapshot.source  # no path
    assert snapshot.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert session.record.dataset_source == str(path)


def test_cancel_leaves_the_dataset_that_was_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.dataset
    flow = window.data.import_path(write_confident(tmp_path / "eksport.csv"))
    assert flow.progress_dialog is not None
    cancel_button = flow.progress_dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Annullér"
    cancel_button.click()
    finish(qtbot, flow)
    assert flow.result is None
    assert window.dataset is before

    # Closing the mapping dialog is a cancel too.
    asked = window.data.import_path(write_unsure(tmp_path / "uklar.csv"))
    qtbot.waitUntil(lambda: asked.mapping_dialog is not None and asked.mapping_dialog.isVisible())
    assert asked.mapping_dialog is not None
    asked.mapping_dialog.reject()
    finish(qtbot, asked)
    assert window.dataset is before


def test_problems_are_listed_with_their_place_in_the_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = [
        "Jobsamtaler (%);Team Nord;2024M13;81,0;90",
        "Virksomhedsbesøg;Team Syd;2024M03;mange;25",
    ]
    before = window.dataset
    flow = window.data.import_path(write_confident(tmp_path / "eksport.csv", extra=bad))
    dialog = summary_shown(qtbot, flow)
    assert dialog is not None
    rows = dialog.warnings.rows
    by_row = {row[2]: row for row in rows}
    assert "ikke en gyldig periode" in by_row["38"][4]
    assert by_row["39"][3] == "Værdi" and "'mange' er ikke et tal" in by_row["39"][4]
    assert dialog.warnings_label.text().startswith("&Advarsler (2)")
    assert "2 nøgletal" in dialog.headline.text()
    assert window.dataset is before, "nothing is used before the leader says so"
    finish(qtbot, flow)
    assert window.dataset is not None and len(window.dataset.indicators) == 2


def test_an_unusable_file_is_refused_in_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.dataset
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    flow = window.data.import_path(path)
    finish(qtbot, flow)
    box = flow.message_box
    assert box is not None and box.isVisible()
    assert "\n" not in box.text() and "Traceback" not in box.text()
    assert box.text().endswith(".")
    assert window.dataset is before


def write_matrix(path: Path, months: int = 2) -> Path:
    """A StatBank-style table: two unnamed label columns, the months across, a footnote."""
    periods = [f"2024M{m:02d}" for m in range(1, months + 1)]
    lines = [
        "Ledige og beskæftigede efter ydelse, team og tid",
        "",
        ";;" + ";".join(periods),
        "Ledige;Nord;" + ";".join(str(5 + m) for m in range(months)),
        ";Syd;" + ";".join(str(7 + m) for m in range(months)),
        "Beskæftigede;Nord;" + ";".join(["..", *(str(40 + m) for m in range(1, months))]),
        ";Syd;" + ";".join(str(30 + m) for m in range(months)),
        "",
        "Kilde: Danmarks Statistik",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_matrix_layout_is_offered_with_a_live_preview_and_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    flow = window.data.import_path(write_matrix(tmp_path / "aup_2024-02.csv"))
    qtbot.waitUntil(lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible())
    dialog = flow.mapping_dialog
    assert dialog is not None
    # Periods across were recognised; the dialog asks which label column is which.
    assert dialog.matrix_radio.isChecked()
    assert not dialog.period_combo.isVisible() and not dialog.value_combo.isVisible()
    assert "[periode]" in dialog.sample_model.headers[2]

    # The user says: the teams are in the second column, the indicator in the first.
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("Kolonne 2"))
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData("Kolonne 1"))
    assert "2 nøgletal, 2 grupper" in dialog.status.text()
    first = [dialog.tidy_model.rows[0][i] for i in range(4)]
    assert first == ["Ledige", "Nord", "2024-01", "5"]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, flow)

    dataset = window.dataset
    assert dataset is not None
    assert [m.name for m in dataset.indicators] == ["Ledige", "Beskæftigede"]
    assert dataset.groups == ["Nord", "Syd"] and dataset.periods == ["2024-01", "2024-02"]

    # Next month's download has one more period column and loads without a question.
    again = window.data.import_path(write_matrix(tmp_path / "aup_2024-03.csv", months=3))
    finish(qtbot, again)
    assert again.mapping_dialog is None and again.mapping_origin == "remembered"
    assert window.dataset is not None
    assert window.dataset.periods == ["2024-01", "2024-02", "2024-03"]
    assert [m.name for m in window.dataset.indicators] == ["Ledige", "Beskæftigede"]


def test_a_matrix_that_does_not_say_what_it_counts_asks_for_a_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "omraader.csv"
    path.write_bytes(b"Omr\xe5de;2024K1;2024K2\r\nNord;5;6\r\nSyd;7;8\r\n")
    flow = window.data.import_path(path)
    qtbot.waitUntil(lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible())
    dialog = flow.mapping_dialog
    assert dialog is not None and dialog.matrix_radio.isChecked()
    assert "giv nøgletallet et navn" in dialog.notes.text()
    assert dialog.name_edit.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Ledige")
    assert [dialog.tidy_model.rows[0][i] for i in range(3)] == ["Ledige", "Nord", "2024-Q1"]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, flow)
    assert window.dataset is not None
    assert [m.name for m in window.dataset.indicators] == ["Ledige"]
