"""The first *Opret møde* after the start screen has been idle, in a fresh process.

    python benchmarks/first_open.py [--no-preload]

Prints JSON: ``open`` (seconds from the click to the meeting's window painted) and
``stall`` (the start screen's worst event-loop stall while it waited, preloading).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

IDLE_S = float(os.environ.get("FIRST_OPEN_IDLE", "1.0"))


def main() -> None:
    preloading = "--no-preload" not in sys.argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="first-open-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    from PySide6.QtWidgets import QApplication

    from dialogtool.ui.app import configure_application, create_main_window
    from dialogtool.ui.latency import LatencyProbe

    app = QApplication([])
    configure_application(app)
    window = create_main_window(folder / "data", demo=False)
    window.show()
    app.processEvents()
    probe = LatencyProbe()
    probe.start()
    thread = None
    if preloading:
        from dialogtool.ui.preload import preload_when_idle

        thread = preload_when_idle()
    until = time.perf_counter() + IDLE_S
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    started = time.perf_counter()
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.repaint()  # painted, as the user sees it
    app.processEvents()
    opened = time.perf_counter() - started
    loading = thread is not None and thread.is_alive()
    print(json.dumps({"open": opened, "stall": probe.worst(), "still_loading": loading}))
    window.close_meeting()


if __name__ == "__main__":
    main()
