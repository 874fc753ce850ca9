"""Start-up: the start screen is painted before the heavy parts of the app are loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "pyqtgraph",
    "numpy",
    "pyarrow",
    "dialogtool.core.importing",
    "dialogtool.ui.meeting_view",
    # The room's participation (issue 21) loads only when the leader turns it on.
    "aiohttp",
    "segno",
    "ifaddr",
    "dialogtool.room",
    # The tagged PDF's layout engine (issue 23) loads only when a PDF is written.
    "weasyprint",
)
#: Not loaded for the start screen on its own (``--demo`` installs the demo meetings first).
MEETING = (
    # A meeting's rules, its session and what only an action needs (issue 18): they load
    # when the first meeting opens (or the preloader fetches them), not for the start screen.
    "dialogtool.ui.session",
    "dialogtool.ui.binding",
    "dialogtool.ui.question_library",
    "dialogtool.core.meeting",
    "dialogtool.core.phases",
    "dialogtool.core.slides",
    "dialogtool.core.fup",
    "dialogtool.core.review",
    "dialogtool.core.context",
    "dialogtool.core.operations",
    "dialogtool.core.actions",
    "dialogtool.core.series",
    "dialogtool.core.summary",
    "dialogtool.core.insight",
    "dialogtool.core.retention",
    "dialogtool.core.demo_meetings",
    "babel",
)


def heavy(modules: list[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    """The modules of ``names`` (or inside their packages) among ``modules``."""
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in names)]


PROBE = """
import gc, json, sys
from dialogtool.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "frozen": gc.get_freeze_count()}))
"""


def start(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALOGTOOL_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-c", PROBE, "--exit-after-startup", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_exit_after_startup_quits_after_the_first_paint_without_the_heavy_modules(
    tmp_path: Path,
) -> None:
    result = start(tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0
    assert heavy(report["modules"], HEAVY + MEETING) == [], "loaded before the first paint"
    assert "dialogtool.ui.start_page" in report["modules"], "the start screen was built"
    assert report["frozen"] > 0, "what start-up made is frozen after the first paint"


def test_the_demo_loads_after_the_first_paint(tmp_path: Path) -> None:
    result = start(tmp_path, "--demo")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert heavy(report["modules"]) == []


def test_the_entry_point_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALOGTOOL_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "dialogtool", "--exit-after-startup"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
