"""Errors reach the user: the excepthook's dialog and log, failed saves on leaving, failed writes."""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.core import logs
from dialogtool.core.record import AgendaItem
from dialogtool.core.store import load_record
from dialogtool.ui.errors import ErrorDialog, install_excepthook
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.models.question_table import FAVOURITE
from dialogtool.ui.pages.prepare import PreparePage

NOTE = "Karens private bekymring 7f3a9c om sygemeldingen"


def top_level(kind: type[QWidget], name: str) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    """The app's log, set up as at start-up (it follows the test's data folder)."""
    path = logs.setup_logging()
    assert path is not None
    yield path
    for handler in list(logs.logger.handlers):
        logs.logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Turn an ENOSPC fault in every write's fsync on and off."""
    real_fsync = os.fsync
    state = {"full": False}

    def fsync(fd: int) -> None:
        if state["full"]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return lambda full: state.update(full=full)


def new_meeting_with_title(qtbot: QtBot, window: MainWindow, title: str) -> MeetingView:
    view = window.new_meeting("team-meeting")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    prepare.title_edit.clear()
    qtbot.keyClicks(prepare.title_edit, title)
    return view


def on_disk(window: MainWindow, view: MeetingView) -> dict[str, object]:
    path = window.store.path_for(view.session.record.id)
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.qt_no_exception_capture
def test_exception_in_slot_shows_one_dialog_and_logs_no_note_text(
    qtbot: QtBot, window: MainWindow, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    hook = install_excepthook()
    hook.rescue = window.rescue
    assert log_file.parent.is_relative_to(window.store.folder.parent), "never the real home"

    view = window.new_meeting("team-meeting")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    prepare.purpose_edit.clear()
    qtbot.keyClicks(prepare.purpose_edit, NOTE)
    qtbot.keyClicks(prepare.new_participant, "Karen Vestergaard")
    qtbot.keyClick(prepare.new_participant, Qt.Key.Key_Return)

    # A slot that fails the way an unbounded editor did: pydantic quotes the input.
    def faulty_slot() -> None:
        AgendaItem(title="Punkt", minutes=prepare.purpose_edit.toPlainText())  # type: ignore[arg-type]

    button = QPushButton("fejl", prepare)
    button.clicked.connect(faulty_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    [dialog] = top_level(ErrorDialog, "errorDialog")
    assert isinstance(dialog, ErrorDialog)
    assert "Intet er gået tabt" in dialog.work.text()
    assert on_disk(window, view)["fup"]["purpose"] == NOTE  # type: ignore[index]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert top_level(ErrorDialog, "errorDialog") == [dialog], "one dialog at a time"
    assert "1 fejl mere" in dialog.more.text()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    details = QGuiApplication.clipboard().text()
    assert "ValidationError" in details and "faulty_slot" in details
    assert NOTE not in details

    log = log_file.read_text(encoding="utf-8")
    assert "pydantic_core._pydantic_core.ValidationError" in log
    assert "in faulty_slot" in log and "test_errors.py" in log
    for private in (NOTE, "7f3a9c", "Karen", "Input should be"):
        assert private not in log
    assert 'File "/' not in log, "paths are relative to the import path (no user name)"
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o777 == 0o600
    dialog.close()


def test_failing_save_keeps_the_meeting_open_and_retry_saves_it(
    qtbot: QtBot, window: MainWindow, disk_full: Callable[[bool], None]
) -> None:
    view = new_meeting_with_title(qtbot, window, "Før fejlen")
    assert view.session.save_now()
    disk_full(True)
    view.current_page().title_edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(view.current_page().title_edit, "Skrevet mens disken var fuld")  # type: ignore[attr-defined]

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.meeting_view is view, "the meeting stays open"
    dialog = window.unsaved_dialog
    assert dialog is not None and dialog.isVisible()
    labels = [b.text() for b in dialog.buttons()]
    assert {"Prøv igen", "Gem en kopi som …", "Kassér"} <= set(labels)
    assert "Der er ikke mere plads på disken." in dialog.informativeText()
    assert "Errno" not in dialog.informativeText() and "No space" not in dialog.informativeText()
    assert view.save_state.text().startswith("Mødet kunne ikke gemmes. Der er ikke mere plads")

    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)  # still full
    assert window.meeting_view is view and dialog.isVisible()
    assert "heller ikke" in dialog.informativeText()

    disk_full(False)
    record_id = view.session.record.id
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert window.meeting_view is None and window.session is None
    assert load_record(window.store.path_for(record_id)).title == "Skrevet mens disken var fuld"


def test_closing_the_app_with_a_failed_save_asks_and_discard_closes(
    qtbot: QtBot, window: MainWindow, disk_full: Callable[[bool], None]
) -> None:
    view = new_meeting_with_title(qtbot, window, "Gemt titel")
    assert view.session.save_now()
    path = window.store.path_for(view.session.record.id)
    before = path.read_bytes()
    disk_full(True)
    qtbot.keyClicks(view.current_page().title_edit, " og mere")  # type: ignore[attr-defined]

    assert window.close() is False
    assert window.isVisible()
    dialog = window.unsaved_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert path.read_bytes() == before, "the previous file is untouched"


def test_save_a_copy_elsewhere_then_leave(
    qtbot: QtBot,
    window: MainWindow,
    disk_full: Callable[[bool], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = new_meeting_with_title(qtbot, window, "Første")
    assert view.session.save_now()
    disk_full(True)
    qtbot.keyClicks(view.current_page().title_edit, " - rettet")  # type: ignore[attr-defined]
    assert window.close_meeting() is False
    dialog = window.unsaved_dialog
    assert dialog is not None

    copy = tmp_path / "usb" / "kopi.json"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    disk_full(False)  # the other drive has room
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert window.meeting_view is None
    assert load_record(copy).title == "Første - rettet"


def test_new_meeting_that_cannot_be_written_is_told_in_danish(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.store.folder.parent.mkdir(parents=True, exist_ok=True)
    window.store.folder.write_text("not a folder")  # e.g. a sync tool's leftover
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert window.meeting_view is None
    [box] = top_level(QMessageBox, "failureMessage")
    assert isinstance(box, QMessageBox)
    assert box.text() == (
        "Det nye møde kunne ikke gemmes. Der findes allerede en fil med det navn."
    )
    box.close()


def test_a_failed_library_write_is_told_in_danish(
    qtbot: QtBot, window: MainWindow, disk_full: Callable[[bool], None]
) -> None:
    # The user's own questions.
    dialog = window.start_page.open_question_library()
    qtbot.keyClicks(dialog.danish, "Hvad lærte vi af sidste kvartal?")
    disk_full(True)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Der er ikke mere plads på disken."
    dialog.status.clear()
    favourite = dialog.model.index(0, FAVOURITE)
    checked = Qt.CheckState.Checked.value
    assert not dialog.model.setData(favourite, checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.status.text() == "Der er ikke mere plads på disken."
    dialog.reject()

    # A template copy from the start screen's menu.
    menu = window.start_page.template_menu
    before = window.start_page.template_combo.count()
    menu.duplicate.trigger()
    [box] = top_level(QMessageBox, "failureMessage")
    assert isinstance(box, QMessageBox)
    assert box.text() == "Der er ikke mere plads på disken."
    box.close()
    assert window.start_page.template_combo.count() == before
    disk_full(False)
    menu.duplicate.trigger()
    assert window.start_page.template_combo.count() == before + 1


def test_the_app_installs_the_hook_and_the_log_at_start(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialogtool.ui import app as app_module
    from dialogtool.ui.errors import ExceptionHook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    before = set(QApplication.topLevelWidgets())
    try:
        assert app_module.run_app(data_dir=None, demo=True) == 0
        hook = sys.excepthook
        assert isinstance(hook, ExceptionHook) and hook.wait_outside_event_loop
        [window] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in before
        ]
        assert hook.rescue == window.rescue
        assert (data_dir / "logs" / logs.LOG_FILE).is_file()
        window.close()
        window.deleteLater()
    finally:
        for handler in list(logs.logger.handlers):
            logs.logger.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_a_failing_rescue_still_shows_the_dialog(
    qtbot: QtBot, qapp: QApplication, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_excepthook()

    def broken_rescue() -> str:
        raise RuntimeError(NOTE)

    hook.rescue = broken_rescue
    button = QPushButton("fejl")
    button.clicked.connect(lambda: 1 / 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [dialog] = top_level(ErrorDialog, "errorDialog")
    assert isinstance(dialog, ErrorDialog)
    assert dialog.work.text().startswith("Det er uvist, om dine seneste ændringer er gemt.")
    log = log_file.read_text(encoding="utf-8")
    assert "builtins.ZeroDivisionError" in log and "Rescue after an error failed" in log
    assert NOTE not in log
    dialog.close()


def test_save_as_template_and_save_summary_failures_are_told(
    qtbot: QtBot,
    window: MainWindow,
    disk_full: Callable[[bool], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    disk_full(True)
    assert prepare.save_as_template("Vores teammøde") is None
    [box] = top_level(QMessageBox, "failureMessage")
    assert isinstance(box, QMessageBox) and box.text() == "Der er ikke mere plads på disken."
    box.close()
    disk_full(False)

    view.go_to("summary")
    summary = view.current_page()
    gone = tmp_path / "unplugged-usb" / "resume.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(gone), ""))
    [save] = [b for b in summary.findChildren(QPushButton) if b.text().startswith("Gem som")]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [box] = top_level(QMessageBox, "failureMessage")
    assert isinstance(box, QMessageBox)
    assert box.text() == (
        "Opsamlingen kunne ikke gemmes. "
        "Mappen findes ikke længere – er et USB-drev eller netværksdrev koblet fra?"
    )
    box.close()


def test_before_the_event_loop_runs_the_dialog_waits_to_be_read(
    qapp: QApplication, log_file: Path
) -> None:
    from PySide6.QtCore import QTimer

    from dialogtool.ui.errors import ExceptionHook

    hook = ExceptionHook(wait_outside_event_loop=True)
    seen: list[bool] = []

    def read_and_close() -> None:
        dialogs = top_level(ErrorDialog, "errorDialog")
        seen.append(bool(dialogs))
        for dialog in dialogs:
            dialog.close()

    QTimer.singleShot(0, read_and_close)  # runs inside the dialog's own event loop
    try:
        raise KeyError(NOTE)
    except KeyError as exc:
        hook(KeyError, exc, exc.__traceback__)
    assert seen == [True], "the dialog was on screen until it was closed"
    assert "builtins.KeyError" in log_file.read_text(encoding="utf-8")
