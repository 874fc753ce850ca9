"""A kill during an export leaves no hidden copy of the summary in the export folder.

The child saves a summary through the real summary page (the app remembers the folder),
then saves again and is SIGKILLed by its own ``fsync`` of the temporary file, the moment
a kill would leave it behind. The next start must remove it: an export folder is often
synced, and the file holds the whole summary.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

CHILD = r"""
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from dialogtool.core.record import PhaseId
from dialogtool.ui.app import configure_application, create_main_window

data, exports = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication([])
configure_application(app)
window = create_main_window(data, demo=True)
view = window.new_meeting("team-meeting")
view.session.set_step(PhaseId.SUMMARY)
page = view.current_page()
page.exporter.write(exports / "første.md", "md")  # the folder is remembered
real_fsync = os.fsync

def fsync_then_die(fd: int) -> None:
    real_fsync(fd)
    if os.readlink(f"/proc/self/fd/{fd}").startswith(str(exports)):
        os.kill(os.getpid(), signal.SIGKILL)  # the temporary file is complete, not renamed

os.fsync = fsync_then_die
page.exporter.write(exports / "opsamling.md", "md")
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
def test_a_kill_during_an_export_leaves_nothing_after_the_next_start(
    qtbot: QtBot, tmp_path: Path, private_settings: Path
) -> None:
    from dialogtool.ui.app import create_main_window

    data, exports = tmp_path / "data", tmp_path / "Dokumenter"
    exports.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(private_settings)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(exports)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    [left] = [p for p in exports.iterdir() if p.name != "første.md"]
    assert left.name.startswith(".opsamling.md.dialogtool-"), "the kill left the temp file"
    window = create_main_window(data, demo=True)  # the next start
    qtbot.addWidget(window)
    assert [p.name for p in exports.iterdir()] == ["første.md"]
