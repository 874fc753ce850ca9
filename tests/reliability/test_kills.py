"""A short run of the kill harness: the real app SIGKILLed while typing and while saving.

The long run (200 kills while typing, 300 during saves) is in docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "scripts" / "kill_harness.py"


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("mode", [[], ["--saves"]], ids=["typing", "saving"])
def test_kills_lose_nothing_and_leave_no_temporary_file(tmp_path: Path, mode: list[str]) -> None:
    env = {**os.environ, "DIALOGTOOL_STATE_DIR": str(tmp_path / "state")}
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--kills", "3", "--seed", "7", "--json", *mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["kills"] == 3 and figures["edits_typed"] > 0
    assert figures["unloadable"] == 0
    assert figures["lost_old_edits"] == 0
    assert figures["temp_files_after_next_start"] == 0
    assert result.returncode == 0
