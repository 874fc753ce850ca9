"""The frozen one-folder program (scripts/build_app.py) runs without any Python on the machine.

CI does not build it (PyInstaller takes minutes on two cores), so these tests skip
there with a reason; after ``python scripts/build_app.py`` they run against
``dist/dialogtool`` (or the folder in ``DIALOGTOOL_FROZEN``). Each program runs with
``PATH`` holding no Python and no Python variables, on a data folder of its own.

What the program imports only when a feature is used (aiohttp, segno and ifaddr for
the room's phones, pyarrow's Parquet for kept datasets, the PC-Axis reader) and the
files it reads late (the phone page, the chime) are proved by the launcher's hidden
``--frozen-self-check`` (packaging/selfcheck.py), which starts the room's server on
127.0.0.1 only.
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
    assert "not tagged" not in done.stderr
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
        assert "Tagged:          yes" in info


def test_export_writes_the_example_meeting_as_docx(
    bare_env: dict[str, str], tmp_path: Path
) -> None:
    """python-docx reads its header template from a path beside its modules."""
    example = FOLDER / "_internal" / "dialogtool" / "resources" / "demo" / "example-meeting.json"
    target = tmp_path / "opsamling.docx"
    done = run(CLI, bare_env, "export", str(example), "--format", "docx", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"PK")
    assert target.stat().st_size > 20_000  # the chart is in it


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


#: A Statbank PC-Axis file as Danmarks Statistik writes it: ANSI (cp1252), æøå, a ".." cell.
STATBANK_PX = """CHARSET="ANSI";
AXIS-VERSION="2010";
LANGUAGE="da";
DECIMALS=0;
MATRIX="AUP01";
TITLE="Fuldtidsledige efter område, tid";
CONTENTS="Fuldtidsledige";
UNITS="antal";
STUB="område";
HEADING="tid";
VALUES("område")="Hele landet","Århus";
VALUES("tid")="2023K1","2023K2";
TIMEVAL("tid")=TLIST(Q1),"2023K1","2023K2";
SOURCE="Danmarks Statistik";
DATA=
52310 50118
18004 "..";
"""


@pytest.fixture
def statbank_px(tmp_path: Path) -> Path:
    path = tmp_path / "AUP01.px"
    path.write_bytes(STATBANK_PX.replace("\n", "\r\n").encode("cp1252"))
    return path


def test_inspect_reads_a_statbank_pc_axis_file(bare_env: dict[str, str], statbank_px: Path) -> None:
    done = run(CLI, bare_env, "inspect", str(statbank_px), "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["format"] == "px"
    assert "Fuldtidsledige" in done.stdout


def test_what_is_loaded_late_is_in_the_build(
    bare_env: dict[str, str], statbank_px: Path, tmp_path: Path
) -> None:
    """The room's server runs on loopback, its page is served; Parquet and the chime are there."""
    done = run(CLI, bare_env, "--frozen-self-check", str(statbank_px), str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["dataset"]["indicators"] >= 1
    assert found["dataset"]["same_after_parquet"] is True
    assert (tmp_path / "data" / "datasets" / found["dataset"]["kept_file"]).is_file()
    assert found["chime_bytes"] > 1000
    assert found["tagged_pdf"]["pdf"] is True, "WeasyPrint and Pango are in the build"
    if sys.platform.startswith("linux"):
        assert found["tagged_pdf"]["pango_inside"] is True, (
            "the build's own Pango, not the system's"
        )
    assert found["qr_png"] is True
    assert found["room"]["host"] == "127.0.0.1"
    pages = found["room"]["pages"]
    assert {name: status for name, (status, _size) in pages.items()} == {
        "index.html": 200, "room.js": 200, "room.css": 200,
    }  # fmt: skip
    assert all(size > 100 for _status, size in pages.values())
    assert found["room"]["short_address"] == 200
    assert found["room_stopped"] is True
