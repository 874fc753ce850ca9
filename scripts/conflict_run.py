"""Shared-folder figures: two writers on one record, in random order; nothing may be lost.

Each round one of two stores (two app instances on one synced folder) edits the
record it holds and saves. A save over the other's newer file must be detected:
its edit then lands in a conflict copy, never overwriting silently. Afterwards every
edit is in the record or in a conflict copy.

    python scripts/conflict_run.py --rounds 1000 --seed 1
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from dialogtool.core.record import MeetingRecord, PhaseId
from dialogtool.core.store import ConflictError, RecordStore, load_record

NOTE = PhaseId.PREPARE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    figures = {"saves": 0, "conflicts_detected": 0, "silent_overwrites": 0, "edits_lost": 0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = [RecordStore(folder), RecordStore(folder)]
        first = MeetingRecord(title="Fælles")
        stores[0].save(first)
        held = [first, stores[1].load(first.id)]
        edits: list[str] = []
        for n in range(args.rounds):
            who = rng.randrange(2)
            if rng.random() < 0.3:  # now and then a leader reopens the meeting
                held[who] = stores[who].load(first.id)
            mark = f"e{n}"
            held[who].phase_notes[NOTE] = held[who].phase_notes.get(NOTE, "") + " " + mark
            edits.append(mark)
            before = (folder / f"meeting-{first.id}.json").read_bytes()
            try:
                stores[who].save(held[who])
                figures["saves"] += 1
                if (
                    mark
                    not in load_record(folder / f"meeting-{first.id}.json")
                    .phase_notes.get(NOTE, "")
                    .split()
                ):
                    figures["silent_overwrites"] += 1
            except ConflictError as exc:
                figures["conflicts_detected"] += 1
                after = (folder / f"meeting-{first.id}.json").read_bytes()
                if after != before:
                    figures["silent_overwrites"] += 1
                assert mark in load_record(exc.copy).phase_notes[NOTE].split()
                held[who] = stores[who].load(first.id)  # the leader merges by hand and goes on
                held[who].phase_notes[NOTE] = held[who].phase_notes.get(NOTE, "") + " " + mark
                stores[who].save(held[who])
        kept = " ".join(
            load_record(p).phase_notes.get(NOTE, "") for p in folder.glob("*.json")
        ).split()
        figures["edits_lost"] = len(set(edits) - set(kept))
    print(json.dumps(figures))
    return 0 if figures["silent_overwrites"] == figures["edits_lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
