"""History search over generated meetings: building the index, re-syncing, and searching.

    python benchmarks/bench_history.py [--meetings 1000] [--repeat 30]

Generates ``--meetings`` realistic records (participants, notes, questions,
actions, explanations in Danish) in a temporary folder, builds the index once
(every record read and validated), then times a sync with nothing changed (what
every start does), a sync after one file changed, and searches of several kinds.
The goal is a search under 50 ms at 1,000 meetings; the table shows medians and
the slowest run.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dialogtool.core.history import HistoryIndex
from dialogtool.core.record import (
    ActionItem,
    AskedQuestion,
    Explanation,
    MeetingKind,
    MeetingRecord,
    Participant,
    PhaseId,
)
from dialogtool.core.store import RecordStore

TARGET_MS = 50.0
TEAMS = ("Team Nord", "Team Syd", "Team Øst", "Ungeteamet", "Virksomhedsservice")
NAMES = ("Åse", "Bjørn", "Camilla", "Dorthe", "Emil", "Frederikke", "Gustav", "Hanne")
WORDS = [
    "løntimer",
    "jobsamtaler",
    "rettidighed",
    "sygefravær",
    "virksomheder",
    "praktik",
    "borgere",
    "ledighed",
    "opfølgning",
    "samtaler",
    "progression",
    "mål",
    "trivsel",
    "forløb",
    "ressourceforløb",
    "uddannelse",
    "kontakt",
    "mentor",
    "fastholdelse",
    "kompetencer",
    "dagpenge",
    "aktivering",
    "indsats",
]


def sentence(rng: random.Random, words: int) -> str:
    """Common words of the trade, and one rarer word (a name, a place) in each sentence."""
    common = [rng.choice(WORDS) for _ in range(words - 1)]
    return " ".join([*common, f"sted{rng.randint(1, 3000)}"]).capitalize() + "."


def generate(folder: Path, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    store = RecordStore(folder)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    for number in range(count):
        team = rng.choice(TEAMS)
        record = MeetingRecord(
            title=f"Teammøde {number}",
            team=team,
            kind=MeetingKind.TEAM,
            scheduled_at=start + timedelta(days=number),
            participants=[Participant(name=n) for n in rng.sample(NAMES, 5)],
            phase_notes={p: sentence(rng, 40) for p in (PhaseId.DATA, PhaseId.TOMM)},
            questions=[
                AskedQuestion(category="tomm.detektiv", text=sentence(rng, 12)) for _ in range(6)
            ],
            explanations=[Explanation(text=sentence(rng, 10)) for _ in range(4)],
            action_items=[
                ActionItem(
                    text=sentence(rng, 8),
                    owner=rng.choice(NAMES),
                    due=date(2024, 1, 1) + timedelta(days=number + 28),
                )
                for _ in range(3)
            ],
        )
        store.save(record)


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "meetings"
        generate(folder, args.meetings)
        db = Path(tmp) / "cache" / "index.sqlite3"
        began = time.perf_counter()
        index = HistoryIndex(folder, db)
        index.sync()
        build_ms = (time.perf_counter() - began) * 1000
        size_kb = db.stat().st_size / 1024
        one = next(folder.iterdir())

        def touch_one() -> None:
            one.write_bytes(one.read_bytes())
            index.sync()

        cases: list[tuple[str, Callable[[], object]]] = [
            ("sync, nothing changed (each start)", index.sync),
            ("sync, one file changed", touch_one),
            ("list all meetings", index.meetings),
            ("search one common word", lambda: index.search("virksomheder")),
            ("search one rare word", lambda: index.search("sted1234")),
            ("search two words, by prefix", lambda: index.search("sygefr sted12")),
            (
                "search participant + team",
                lambda: index.search(participant="Åse", team="Team Nord"),
            ),
            (
                "search word + kind + dates",
                lambda: index.search(
                    "mentor", kind=MeetingKind.TEAM, since=date(2024, 6, 1), until=date(2025, 6, 1)
                ),
            ),
            ("search a word in no meeting", lambda: index.search("kaffeordning")),
            ("all action items", index.actions),
            (
                "overdue actions, count and first 5",
                lambda: (
                    index.count_due(date(2025, 6, 1)),
                    index.due(date(2025, 6, 1), overdue=True, limit=5),
                ),
            ),
        ]
        print(f"{args.meetings} meetings · {platform.python_version()} · {platform.machine()}")
        print(f"index built from the records in {build_ms:.0f} ms ({size_kb:.0f} KiB)\n")
        print(f"{'case':<40} {'median ms':>10} {'max ms':>8} {'hits':>6}  goal")
        for name, run in cases:
            median, worst = timed(run, args.repeat)
            result = run()
            hits = len(result) if isinstance(result, list) else ""
            goal = (
                ""
                if not name.startswith("search")
                else ("ok" if median < TARGET_MS else f"over {TARGET_MS:.0f} ms")
            )
            print(f"{name:<40} {median:>10.2f} {worst:>8.2f} {hits!s:>6}  {goal}")
        index.close()


if __name__ == "__main__":
    main()
