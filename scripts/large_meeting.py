"""A meeting of ``--mb`` MB of notes: saved through the store, then listed and loaded as at a start.

python scripts/large_meeting.py --mb 50      # figures in docs/reliability.md
python scripts/large_meeting.py --mb 70      # over the limit: refused, nothing written
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from dialogtool.core.failures import failure_sentence
from dialogtool.core.record import MeetingRecord, PhaseId
from dialogtool.core.store import RecordStore, RecordTooLargeError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50, help="million characters of notes")
    args = parser.parse_args(argv)
    record = MeetingRecord(title="Lange noter")
    text = "Indsat materiale med æøå. " * (args.mb * 1_000_000 // 26 + 1)
    record.phase_notes[PhaseId.PREPARE] = text[: args.mb * 1_000_000]
    with tempfile.TemporaryDirectory(prefix="dialogtool-large-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        try:
            path = RecordStore(folder).save(record)
        except RecordTooLargeError as exc:
            written = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
            print(
                json.dumps(
                    {"refused": failure_sentence(exc, "da"), "files": written}, ensure_ascii=False
                )
            )
            return 0
        saved = time.perf_counter() - started
        started = time.perf_counter()
        result = RecordStore(folder).scan()
        loaded = time.perf_counter() - started
        figures = {
            "file_mb": round(path.stat().st_size / 2**20, 1),
            "save_s": round(saved, 2),
            "scan_s": round(loaded, 2),
            "listed": len(result.records),
            "problems": [p.message("en") for p in result.problems],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if figures["listed"] == 1 and not figures["problems"] else 1


if __name__ == "__main__":
    sys.exit(main())
