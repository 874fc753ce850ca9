"""``dialogtool export`` on a machine without a display: every format, by id or file."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
import icalendar
import pytest

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import PRIVATE_NOTE, example_meeting
from dialogtool.core.paths import meetings_dir
from dialogtool.core.store import RecordStore

SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must set up its own offscreen Qt
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "dialogtool", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_export_writes_every_format_without_a_display(tmp_path: Path) -> None:
    record = example_meeting(load_demo_dataset(), datetime(2026, 11, 26, 9, tzinfo=UTC))
    path = RecordStore(meetings_dir(tmp_path / "data")).save(record)
    data = ["--data-dir", str(tmp_path / "data")]

    done = run(*data, "export", record.id, "--format", "pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "2026-11-26 Teammøde Team Nord.pdf"
    assert done.stdout.strip() == pdf.name and pdf.read_bytes().startswith(b"%PDF")

    out = tmp_path / "out.docx"
    done = run(
        "export", str(path), "--format", "docx", "-o", str(out), "--lang", "en", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    headings = [
        p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")
    ]
    assert "Purpose" in headings and "Action items" in headings

    done = run(*data, "export", record.id, "--format", "ics", "-o", "-", cwd=tmp_path)
    assert icalendar.Calendar.from_ical(done.stdout).walk("VEVENT")

    done = run(*data, "export", record.id, "--format", "md", "-o", "-", cwd=tmp_path)
    assert PRIVATE_NOTE not in done.stdout and "Åse Ødegård" in done.stdout
    done = run(
        *data,
        "export",
        record.id,
        "--format",
        "md",
        "-o",
        "-",
        "--include",
        "private",
        cwd=tmp_path,
    )
    assert PRIVATE_NOTE in done.stdout and "Åse Ødegård" not in done.stdout

    assert run(*data, "export", record.id, "--include", "secrets", cwd=tmp_path).returncode == 2
    missing = run(*data, "export", "no-such-meeting", cwd=tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
