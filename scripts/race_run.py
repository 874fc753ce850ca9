"""Two real programs saving one record as fast as they can: no save may be lost silently.

Two worker processes (two app instances on one shared folder) each open the
record and, ``--saves`` times, add a word of their own and save. A save that
meets the other's newer file gets ``ConflictError`` (its version went to a
conflict copy); the worker then reopens the record, adds the word again and
saves again, as a leader merging by hand would. At the end every word either
worker saved must be in the record: a missing word is a save that overwrote the
other's without either side being told.

    python scripts/race_run.py --saves 10000 --pad 0      # 20,000 saves, figures in the docs
    python scripts/race_run.py --saves 150 --pad 200000   # what the test runs
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dialogtool.core.record import MeetingRecord, PhaseId
from dialogtool.core.store import ConflictError, RecordStore, load_record

NOTE = PhaseId.PREPARE


def worker(folder: Path, record_id: str, tag: str, saves: int) -> dict[str, int]:
    store = RecordStore(folder)
    record = store.load(record_id)
    figures = {"saves": 0, "conflicts": 0}
    print("READY", flush=True)
    sys.stdin.readline()  # both start at once
    for n in range(saves):
        mark = f"{tag}{n}"
        while True:
            record.phase_notes[NOTE] = record.phase_notes.get(NOTE, "") + " " + mark
            try:
                store.save(record)
            except ConflictError:
                figures["conflicts"] += 1
                record = store.load(record_id)
                continue
            figures["saves"] += 1
            break
    return figures


def run(saves: int, pad: int, timeout: float) -> dict[str, object]:
    """Both workers on a fresh folder; the figures, with the words lost."""
    with tempfile.TemporaryDirectory(prefix="dialogtool-race-") as tmp:
        folder = Path(tmp)
        record = MeetingRecord(title="Fælles")
        record.fup.purpose = "x" * pad  # a larger record: a longer write between check and rename
        RecordStore(folder).save(record)
        procs = [
            subprocess.Popen(
                [sys.executable, __file__, "--worker", str(folder), record.id, tag, str(saves)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for tag in ("a", "b")
        ]
        started = time.monotonic()
        for proc in procs:
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != "READY":
                raise RuntimeError("a worker did not start")
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, _err = proc.communicate(timeout=max(1.0, timeout - (time.monotonic() - started)))
            results.append(json.loads(out.strip().splitlines()[-1]))
        took = time.monotonic() - started
        words = set(load_record(folder / f"meeting-{record.id}.json").phase_notes[NOTE].split())
        wanted = {f"{tag}{n}" for tag in ("a", "b") for n in range(saves)}
        copies = len(list(folder.glob("*.conflict-*.json")))
    return {
        "saves": sum(r["saves"] for r in results),
        "conflicts_detected": sum(r["conflicts"] for r in results),
        "lost": len(wanted - words),
        "conflict_copies": copies,
        "seconds": round(took, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10_000, help="saves per worker")
    parser.add_argument("--pad", type=int, default=0, help="bytes of padding in the record")
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--worker", nargs=4, metavar=("FOLDER", "ID", "TAG", "SAVES"))
    args = parser.parse_args(argv)
    if args.worker:
        folder, record_id, tag, saves = args.worker
        print(json.dumps(worker(Path(folder), record_id, tag, int(saves))), flush=True)
        return 0
    figures = run(args.saves, args.pad, args.timeout)
    print(json.dumps(figures))
    return 0 if figures["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
