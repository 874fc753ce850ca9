"""The frozen one-folder program (scripts/build_app.py) runs without any Python on the machine.

CI does not build it (PyInstaller takes minutes on two cores), so these tests skip
there with a reason; after ``python scripts/build_app.py`` they run against
``dist/dialogtool`` (or the folder in ``DIALOGTOOL_FROZEN``). Each program runs with
``PATH`` holding no Python and no Python variables, on a data folder of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(os.environ.get("DIALOGTOOL_FROZEN", ROOT / "dist" / "dialogtool"))
SUFFIX = ".exe" if sys.platform == "win32" else ""
WINDOW, CLI = FOLDER / f"dialogtool{SUFFIX}", FOLDER / f"dialogtool-cli{SUFFIX}"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CLI.is_file(),
        reason=f"no frozen build in {FOLDER}: run `python scripts/build_app.py` first "
        "(CI does not build it; it takes minutes)",
    ),
]


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """An environment with no Python to find: an empty PATH and no Python variables."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DIALOGTOOL_", "CONDA"))
    }
    env.update(
        PATH=str(empty),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path / "home"),
    )
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def run(program: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )


def test_the_window_starts_and_installs_the_demo(bare_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run(WINDOW, bare_env, "--data-dir", str(data), "--demo", "--exit-after-startup")
    assert done.returncode == 0, done.stderr
    assert len(list((data / "meetings").glob("meeting-*.json"))) == 2  # the example meetings


def test_inspect_reads_a_danish_csv(bare_env: dict[str, str]) -> None:
    csv_file = FOLDER / "_internal" / "dialogtool" / "resources" / "datasets" / "demo-jobcenter.csv"
    done = run(CLI, bare_env, "inspect", str(csv_file), "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["delimiter"] == ";"
    assert found["decimal"] == ","
    assert len(found["indicators"]) >= 7


def test_export_writes_the_example_meeting_as_pdf(bare_env: dict[str, str], tmp_path: Path) -> None:
    example = FOLDER / "_internal" / "dialogtool" / "resources" / "demo" / "example-meeting.json"
    target = tmp_path / "opsamling.pdf"
    done = run(CLI, bare_env, "export", str(example), "--format", "pdf", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 20_000  # the charts are in it
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Teammøde om løntimer og jobsamtaler" in text


def test_insight_and_prune_work_frozen(bare_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(WINDOW, bare_env, "--data-dir", str(data), "--demo", "--exit-after-startup")
    out = tmp_path / "out"
    out.mkdir()
    done = run(
        CLI, bare_env, "--data-dir", str(data), "indsigt", "Åse Ødegård", "--format", "json",
        "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (report,) = out.glob("*.json")
    assert len(json.loads(report.read_text(encoding="utf-8"))["meetings"]) == 2
    preview = run(CLI, bare_env, "--data-dir", str(data), "slet", "--older-than", "1d", "--json")
    assert preview.returncode == 0, preview.stderr
    assert json.loads(preview.stdout)["meetings"]
