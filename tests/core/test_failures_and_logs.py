"""Failures in sentences, and a log that holds no personal data."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from dialogtool.core import logs
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render
from dialogtool.core.failures import failure_sentence, os_error_message
from dialogtool.core.library import LibraryError
from dialogtool.core.record import ActionItem
from dialogtool.core.store import RefusedOverwriteError

SECRET = "Jens Hansen har det svært"


@pytest.mark.parametrize(
    ("code", "da"),
    [
        (errno.ENOSPC, "Der er ikke mere plads på disken."),
        (errno.EACCES, "Du har ikke adgang til at skrive i mappen eller filen."),
        (errno.EPERM, "Du har ikke adgang til at skrive i mappen eller filen."),
        (errno.EROFS, "Drevet kan kun læses, ikke skrives på."),
        (
            errno.ENOENT,
            "Mappen findes ikke længere – er et USB-drev eller netværksdrev koblet fra?",
        ),
        (errno.EEXIST, "Der findes allerede en fil med det navn."),
        (errno.EIO, "Computeren meldte en fejl ved filen (fejlkode EIO)."),
    ],
)
def test_os_errors_become_sentences_without_errno_text(code: int, da: str) -> None:
    exc = OSError(code, os.strerror(code), "/home/jens/dialogtool/meeting-1.json")
    assert render(os_error_message(exc), "da") == da
    english = render(os_error_message(exc), "en")
    assert english != da
    for sentence in (da, english):
        assert os.strerror(code) not in sentence and "/home/jens" not in sentence
        assert "Errno" not in sentence


def test_other_failures() -> None:
    assert failure_sentence(FileExistsError(errno.EEXIST, "File exists"), "da").startswith(
        "Der findes"
    )
    assert "overskrevet" in failure_sentence(RefusedOverwriteError("x"), "da")
    refused = LibraryError(
        QT_TRANSLATE_NOOP("Library", "Skabelonen {template_id} findes ikke.").fill(
            template_id="egen-1"
        )
    )
    assert failure_sentence(refused, "da") == "Skabelonen egen-1 findes ikke."
    assert failure_sentence(refused, "en") == "The template egen-1 does not exist."
    assert failure_sentence(RuntimeError(SECRET), "da") == "Der skete en uventet fejl i programmet."


def test_log_follows_the_data_folder_and_holds_types_and_frames_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    monkeypatch.setenv("DIALOGTOOL_DATA_DIR", str(tmp_path / "data"))
    assert logs.log_dir() == tmp_path / "data" / "logs"
    assert logs.log_dir(tmp_path / "usb") == tmp_path / "usb" / "logs", "--data-dir"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "own-logs"))
    assert logs.log_dir() == tmp_path / "own-logs"

    path = logs.setup_logging()
    assert path is not None
    try:
        try:
            try:
                ActionItem(due=SECRET)  # type: ignore[arg-type]
            except ValidationError as exc:
                raise OSError(errno.ENOSPC, SECRET) from exc
        except OSError as exc:
            logs.log_exception("Saving failed", exc)
        for handler in logs.logger.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        for handler in list(logs.logger.handlers):
            logs.logger.removeHandler(handler)
            handler.close()
    assert "Saving failed" in text
    assert "builtins.OSError (ENOSPC)" in text
    assert "pydantic_core._pydantic_core.ValidationError" in text
    assert "in test_log_follows_the_data_folder_and_holds_types_and_frames_only" in text
    assert SECRET not in text and "Jens" not in text
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_rotated_log_files_are_private_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 200)
    path = logs.setup_logging(tmp_path / "logs")
    assert path is not None
    try:
        for _ in range(20):
            logs.logger.log(logging.ERROR, "x" * 50)
    finally:
        for handler in list(logs.logger.handlers):
            logs.logger.removeHandler(handler)
            handler.close()
    files = sorted(path.parent.iterdir())
    assert len(files) == logs.BACKUPS + 1
    if os.name == "posix":
        assert {f.stat().st_mode & 0o777 for f in files} == {0o600}


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert logs.setup_logging(blocker / "logs") is None
