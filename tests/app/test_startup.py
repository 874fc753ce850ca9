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
#: The record's and the library's models (issue 18): the start screen lists meetings from
#: the index and templates from their files as plain data, without pydantic.
MODELS = (
    "pydantic",
    "pydantic_core",
    "dialogtool.core.record",
    "dialogtool.core.i18n",
    "dialogtool.core.library",
    "dialogtool.core.templates",
    "dialogtool.core.questions",
    "dialogtool.core.user_library",
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
    assert heavy(report["modules"], HEAVY + MEETING + MODELS) == [], "loaded before the first paint"
    assert "dialogtool.ui.start_page" in report["modules"], "the start screen was built"
    assert report["frozen"] > 0, "what start-up made is frozen after the first paint"


def test_the_demo_loads_after_the_first_paint(tmp_path: Path) -> None:
    result = start(tmp_path, "--demo")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert heavy(report["modules"]) == []
    again = start(tmp_path, "--demo")  # the demo meetings are there: nothing to install
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout.splitlines()[-1])
    assert heavy(report["modules"], HEAVY + MODELS) == []


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


LISTING = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from dialogtool.ui.app import configure_application, create_main_window
app = QApplication(sys.argv[:1])
configure_application(app)
window = create_main_window(Path(sys.argv[1]), demo=False)
window.show()
app.processEvents()
page, model = window.start_page, window.start_page.recent_model
rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())]
combo = page.template_combo
templates = [combo.itemText(i) for i in range(combo.count())]
print(json.dumps({"rows": rows, "templates": templates, "modules": sorted(sys.modules)}))
"""


def test_the_start_screen_lists_meetings_and_templates_without_the_records_models(
    tmp_path: Path,
) -> None:
    from dialogtool.app.workspace import Workspace

    Workspace(tmp_path).new_meeting("team-meeting", team="Salg")  # indexed as it is saved
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LISTING, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    [row] = report["rows"]
    assert row[1].endswith("– Salg") and row[2] == "Teammøde" and row[3] == "Planlagt"
    assert any(t.startswith("Teammøde") for t in report["templates"]), report["templates"]
    assert heavy(report["modules"], MODELS) == [], "the models loaded to list meetings"


def test_the_preloader_itself_loads_nothing_heavy() -> None:
    """``run_app`` imports it when the start screen is painted: its list must be cheap."""
    probe = "import json, sys, dialogtool.ui.preload; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert heavy(json.loads(result.stdout), HEAVY + MEETING + MODELS) == []
