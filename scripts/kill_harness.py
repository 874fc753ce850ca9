"""Crash safety in figures: SIGKILL the real app while a seeded stream of edits goes on.

Each round starts the app in a subprocess on one data folder, opens the meeting
(the first round creates it), types seeded words into its purpose through the
widget, and is killed with SIGKILL at a random moment. After each kill every
record in the folder must load, and every word typed longer ago than the
autosave interval (plus ``--slack``) must be on disk. Temporary files left by a
kill are counted; the next start must remove them.

    python scripts/kill_harness.py --kills 200 --seed 1     # by hand, ~10 minutes
    python scripts/kill_harness.py --kills 3 --json         # what the test runs
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

CHILD = r"""
import faulthandler, os, random, sys, time
if os.environ.get("KILL_HARNESS_DEBUG"): faulthandler.dump_traceback_later(8, exit=True)
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from dialogtool.ui.app import configure_application, create_main_window

folder, run, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
app = QApplication([])
configure_application(app)
window = create_main_window(folder, demo=True)
window.show()
records = window.store.scan().records
view = window.open_meeting(records[0][1].id) if records else window.new_meeting("team-meeting")
edit = view.current_page().purpose_edit
count = 0

def type_one():
    global count
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, f" r{run}w{count}")
    print(f"EDIT {count} {time.time():.4f}", flush=True)
    count += 1
    QTimer.singleShot(rng.randint(5, 120), type_one)

print("READY " + str(window.store.path_for(window.session.record.id)), flush=True)
QTimer.singleShot(0, type_one)
app.exec()
"""


#: Kills during saving itself: a 1 MB record written again and again (core only, no UI).
SAVE_CHILD = r"""
import sys, time
from pathlib import Path
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordStore

folder, run = Path(sys.argv[1]), int(sys.argv[2])
store = RecordStore(meetings_dir(folder))
store.clean_up()
found = store.scan().records
record = found[0][1] if found else MeetingRecord(title="Stor")
record.fup.process = []
print("READY " + str(store.path_for(record.id)), flush=True)
count = 0
while True:
    record.fup.purpose = f"r{run}w{count} " + "x" * 1_000_000
    store.save(record)
    print(f"EDIT {count} {time.time():.4f}", flush=True)
    count += 1
"""


@dataclass
class Figures:
    kills: int = 0
    edits_typed: int = 0
    records_loaded: int = 0
    unloadable: int = 0
    lost_old_edits: int = 0
    max_lost_age_s: float = 0.0
    temp_files_left_by_kills: int = 0
    temp_files_after_next_start: int = 0
    #: The app did not come up (the last lines it wrote to stderr).
    failed_starts: list[str] = field(default_factory=list)


def run_round(
    folder: Path, run: int, rng: random.Random, figures: Figures, slack: float, child: str
) -> None:
    with tempfile.TemporaryFile() as errors:
        _run_round(folder, run, rng, figures, slack, child, errors)


def _run_round(
    folder: Path,
    run: int,
    rng: random.Random,
    figures: Figures,
    slack: float,
    child: str,
    errors: IO[bytes],
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.setdefault("DIALOGTOOL_STATE_DIR", str(folder.parent / "state"))
    proc = subprocess.Popen(
        [sys.executable, "-c", child, str(folder), str(run), str(rng.randrange(1 << 30))],
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout or ()), daemon=True)
    reader.start()
    started = time.time()
    while not lines and proc.poll() is None and time.time() - started < 60:
        time.sleep(0.01)  # the app is starting
    ready = lines[0] if lines else ""
    if not ready.startswith("READY "):
        proc.kill()
        proc.wait(timeout=30)
        errors.seek(0)
        tail = [x for x in errors.read().decode(errors="replace").splitlines() if x.strip()]
        figures.failed_starts.append(" | ".join(tail[-3:]) or "no READY within 60 s")
        return
    path = Path(ready.split(" ", 1)[1].strip())
    meetings = path.parent
    if run > 0:  # this start should have removed what the last kill left
        others = [t for t in meetings.glob(".*.tmp") if f"-{proc.pid}-" not in t.name]
        figures.temp_files_after_next_start += len(others)
    time.sleep(rng.uniform(0.3, 3.0))
    proc.send_signal(signal.SIGKILL)
    killed_at = time.time()
    proc.wait(timeout=30)
    reader.join(timeout=10)
    proc.stdout.close()
    edits = [(int(n), float(at)) for _tag, n, at in (x.split() for x in lines if x[:5] == "EDIT ")]
    figures.kills += 1
    figures.edits_typed += len(edits)
    figures.temp_files_left_by_kills += len(list(meetings.glob(".*.tmp")))
    check(meetings, path, run, edits, killed_at, figures, slack, child is CHILD)


def check(
    folder: Path,
    path: Path,
    run: int,
    edits: list[tuple[int, float]],
    killed_at: float,
    figures: Figures,
    slack: float,
    cumulative: bool,
) -> None:
    from dialogtool.core.store import RecordLoadError, load_record
    from dialogtool.ui.session import AUTOSAVE_DELAY_MS

    purpose = ""
    for record_path in folder.glob("*.json"):
        try:
            record = load_record(record_path)
        except RecordLoadError:
            figures.unloadable += 1
            continue
        figures.records_loaded += 1
        if record_path == path:
            purpose = record.fup.purpose
    prefix = f"r{run}w"
    on_disk = {int(w[len(prefix) :]) for w in purpose.split() if w.startswith(prefix)}
    newest = max(on_disk, default=-1)
    # Typed words accumulate; in the save mode each save replaces the last one.
    limit = AUTOSAVE_DELAY_MS / 1000 + slack if cumulative else 0.0
    for n, at in edits:
        age = killed_at - at
        if (n not in on_disk) if cumulative else (n > newest):
            figures.max_lost_age_s = max(figures.max_lost_age_s, round(age, 3))
            if age > limit:
                figures.lost_old_edits += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slack", type=float, default=0.5, help="seconds for the save itself")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--saves", action="store_true", help="kill during saving (no UI)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    figures = Figures()
    with tempfile.TemporaryDirectory(prefix="dialogtool-kills-") as tmp:
        folder = Path(tmp) / "data"
        for run in range(args.kills):
            run_round(folder, run, rng, figures, args.slack, SAVE_CHILD if args.saves else CHILD)
        # One more start: whatever the last kill left is removed.
        from dialogtool.core.paths import meetings_dir
        from dialogtool.core.store import RecordStore

        store = RecordStore(meetings_dir(folder))
        store.clean_up()
        figures.temp_files_after_next_start += len(list(store.folder.glob(".*.tmp")))
    print(json.dumps(asdict(figures)) if args.json else figures)
    ok = figures.unloadable == figures.lost_old_edits == len(figures.failed_starts) == 0
    return 0 if ok and figures.temp_files_after_next_start == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
