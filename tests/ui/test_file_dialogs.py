"""The file dialogs speak Danish throughout and open where the leader last was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from dialogtool.ui.app import configure_application
from dialogtool.ui.main_window import MainWindow


def test_qt_s_own_file_dialog_has_no_english_labels_left(qtbot: QtBot, qapp: QApplication) -> None:
    configure_application(qapp)
    dialog = QFileDialog(None, "Indlæs data")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert "&Kig i:" in texts and "Fil&type:" in texts, texts
    assert not any("Look" in t or "Files of" in t for t in texts)


def test_opening_a_data_file_starts_in_the_last_folder_not_the_start_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    chosen = tmp_path / "eksporter" / "jobindsats.csv"
    chosen.parent.mkdir()

    def dialog(_parent: object, _title: str, folder: str, _filters: str) -> tuple[str, str]:
        started.append(folder)
        return (str(chosen), "") if len(started) == 1 else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(window.data, "import_path", lambda path: None)
    window.data.choose_file()
    window.data.choose_file()
    assert started[0] not in ("", str(Path.cwd())), "not the folder the app was started from"
    assert started[1] == str(chosen.parent)
