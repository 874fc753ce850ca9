"""The data folder turns read-only mid-meeting: nothing typed is lost, and it comes back."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.store import load_record
from dialogtool.ui.main_window import MainWindow


def make_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_open = os.open

    def fake_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT and Path(os.fsdecode(path)).is_relative_to(folder):  # type: ignore[arg-type]
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", fake_open)


def test_read_only_folder_keeps_the_text_and_offers_it_at_the_next_start(
    qtbot: QtBot, make_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    window = make_window()
    view = window.new_meeting("team-meeting")
    assert view is not None and view.session.save_now()
    record_id = view.session.record.id
    path = window.store.path_for(record_id)
    before = path.read_bytes()
    page = view.current_page()
    with pytest.MonkeyPatch.context() as fault:
        make_read_only(fault, data_dir)
        page.purpose_edit.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(page.purpose_edit, "Skrevet på et skrivebeskyttet drev")  # type: ignore[attr-defined]
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
        dialog = window.unsaved_dialog
        assert dialog is not None and dialog.isVisible(), "leaving is refused with a question"
        assert "Drevet kan kun læses" in dialog.informativeText()
        assert "gendannelsesfil" in dialog.informativeText()
        dialog.done(0)  # the power goes: the app never gets to save
    assert path.read_bytes() == before

    window.session = None  # as after a crash: the next start knows only the files
    again = make_window()
    assert again.start_page.recover_button.isVisible()
    assert "Ugemte ændringer i mødet" in again.start_page.problems.text()
    qtbot.mouseClick(again.start_page.recover_button, Qt.MouseButton.LeftButton)
    assert load_record(path).fup.purpose == "Skrevet på et skrivebeskyttet drev"
    assert not again.start_page.recover_button.isVisible()


def test_the_second_leader_is_told_who_has_the_meeting_open(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dialogtool.core import locks

    window = make_window()
    view = window.new_meeting("team-meeting")
    assert view is not None
    record_id = view.session.record.id
    assert window.close_meeting()
    other = '{"user": "jens", "host": "PC-JENS", "pid": 4242, "since": 0}'
    locks.lock_path(window.store.folder, record_id).write_text(other, "utf-8")
    window.open_meeting(record_id)
    [box] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "lockMessage" and w.isVisible()
    ]
    assert isinstance(box, QMessageBox)
    assert "jens har også dette møde åbent på computeren PC-JENS" in box.text()
    box.close()
    assert window.close_meeting()
    assert not locks.lock_path(window.store.folder, record_id).exists(), "ours is removed"


def test_a_sync_tools_conflict_copy_is_named_on_the_start_screen(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    import shutil

    window = make_window()
    view = window.new_meeting("team-meeting")
    assert view is not None
    path = window.store.path_for(view.session.record.id)
    assert window.close_meeting()
    shutil.copy(path, path.with_name(f"{path.stem} (Jens' conflicted copy).json"))
    again = make_window()
    assert again.start_page.recent_model.rowCount() == 1, "the original is listed once"
    text = again.start_page.problems.text()
    assert f"{path.stem} (Jens' conflicted copy).json er en kopi af mødet i {path.name}" in text
