"""Every folder and file the program writes is private, also at umask 000.

The program runs as a user would start it (``dialogtool --demo``, then ``dialogtool
export``) in a child process whose umask is 000 and whose home, config, cache, state
and data folders are the test's own. Afterwards every path it made must be 0700
(folders) or 0600 (files): settings (``dialogtool.conf`` names the export folder),
the history index, logs, meetings, the export.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = r"""
import os, sys
os.umask(0)
from pathlib import Path
from dialogtool.cli import main
exports = Path(sys.argv[1])
assert main(["--demo", "--exit-after-startup"]) == 0
from dialogtool.ui.preferences import EXPORT_FOLDER, preferences
preferences().set(EXPORT_FOLDER, str(exports))
from dialogtool.core.paths import data_dir, meetings_dir
from dialogtool.core.store import RecordStore
[(_path, record), *_rest] = RecordStore(meetings_dir(data_dir())).scan().records
assert main(["export", record.id, "--format", "md", "-o", str(exports / "opsamling.md")]) == 0
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_path_the_program_writes_is_private_at_umask_000(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bases = {name: home / name for name in (".config", ".cache", ".local/state", ".local/share")}
    for folder in (home, *bases.values()):
        folder.mkdir(parents=True, exist_ok=True, mode=0o755)
    exports = home / "Dokumenter"
    exports.mkdir(mode=0o777)  # the leader's own folder: not ours to change
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIALOGTOOL_")}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(bases[".config"]),
        "XDG_CACHE_HOME": str(bases[".cache"]),
        "XDG_STATE_HOME": str(bases[".local/state"]),
        "XDG_DATA_HOME": str(bases[".local/share"]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(exports)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    ours = {home, exports, home / ".local", *bases.values()}
    written = [p for p in home.rglob("*") if p not in ours]
    names = {p.name for p in written}
    assert {"dialogtool.conf", "opsamling.md", "meetings"} <= names, sorted(names)
    assert any(p.suffix == ".sqlite3" for p in written), "the history index was written"
    assert any(p.suffix == ".log" for p in written), "the log was written"
    loose = [
        f"{p.relative_to(home)} {stat.S_IMODE(p.lstat().st_mode):o}"
        for p in written
        if stat.S_IMODE(p.lstat().st_mode) != (0o700 if p.is_dir() else 0o600)
    ]
    assert loose == []
