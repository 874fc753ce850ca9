"""An edit survives the process being killed: autosave is on disk within seconds."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogtool.core.store import load_record

EDIT = "Formål skrevet lige før strømmen gik"

APP_SCRIPT = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from dialogtool.ui.app import configure_application, create_main_window

app = QApplication([])
configure_application(app)
window = create_main_window(Path(sys.argv[1]), demo=True)
window.show()
view = window.new_meeting("team-meeting")
page = view.current_page()
page.purpose_edit.clear()
QTest.keyClicks(page.purpose_edit, {EDIT!r})
print(window.session.store.path_for(window.session.record.id), flush=True)
app.exec()
"""


@pytest.mark.slow
def test_edit_survives_sigkill(tmp_path: Path) -> None:
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line, proc.stderr.read() if proc.stderr else "no output"
        edited_at = time.monotonic()
        path = Path(line)
        persisted = False
        while time.monotonic() - edited_at < 5 and not persisted:
            time.sleep(0.05)  # another process: polling the file is the only signal
            try:
                persisted = json.loads(path.read_text("utf-8"))["fup"]["purpose"] == EDIT
            except (OSError, ValueError):
                persisted = False
        waited = time.monotonic() - edited_at
    finally:
        proc.kill()  # SIGKILL on POSIX: no chance to save on the way out
        proc.communicate(timeout=10)  # reaps it and closes the pipes
    assert persisted, "the edit never reached the disk"
    assert waited < 2.0, f"autosave took {waited:.2f} s"
    assert load_record(path).fup.purpose == EDIT
    assert not list(path.parent.glob(".*.tmp")), "no half-written temporary file is left"
