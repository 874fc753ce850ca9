"""Load on the room's participation: simulated phones answering in bursts, on loopback only.

    python benchmarks/bench_room.py [--phones 60] [--seconds 60] [--burst-every 6]
    python benchmarks/bench_room.py --seconds 12        # the smoke run (two bursts)

The real main window opens the example meeting, presents, and lets the room in on
127.0.0.1 with the real limits. Each phone joins with the code (retrying when the
rate limit says so), follows the server-sent events, and when the leader starts a new
Undersøg activity (every ``--burst-every`` seconds) answers one to three texts within
a second. Measured: that every answer the server accepted reaches the leader's list
and the record exactly once; the worst stall of the leader's window
(``ui.latency.LatencyProbe``); and answer-to-screen, from the phone sending to the
row appearing in the leader's list (one clock: the same process). Stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import aiohttp
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.core.record import RoomActivityKind
from dialogtool.ui.app import configure_application, create_main_window
from dialogtool.ui.latency import LatencyProbe

LOOPBACK = "127.0.0.1"


class Phones:
    """The simulated phones, on their own thread and event loop."""

    def __init__(self, base: str, code: str, phones: int, until: float) -> None:
        self.base, self.code, self.phones, self.until = base, code, phones, until
        self.sent: dict[str, float] = {}  # text -> perf_counter when sent
        self.accepted: list[str] = []
        self.refused: Counter[int] = Counter()
        self.joined = 0
        self.thread = threading.Thread(target=lambda: asyncio.run(self.main()), daemon=True)

    async def main(self) -> None:
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            await asyncio.gather(*(self.phone(session, n) for n in range(self.phones)))

    async def phone(self, session: aiohttp.ClientSession, number: int) -> None:
        rng = random.Random(number)
        token = ""
        while not token and time.perf_counter() < self.until:
            async with session.post(self.base + "join", json={"code": self.code}) as response:
                if response.status == 200:
                    token = (await response.json())["token"]
                else:
                    await asyncio.sleep(0.3 + rng.random())
        if not token:
            return
        self.joined += 1
        headers = {"X-Phone": token}
        answered: set[str] = set()
        timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
        async with session.get(self.base + f"events?t={token}", timeout=timeout) as stream:
            while time.perf_counter() < self.until:
                try:
                    line = await asyncio.wait_for(stream.content.readline(), 1.0)
                except TimeoutError:
                    continue
                if not line.startswith(b"data: "):
                    continue
                activity = json.loads(line[6:])["activity"]
                if activity is None or not activity["open"] or activity["id"] in answered:
                    continue
                answered.add(activity["id"])
                asyncio.get_running_loop().create_task(
                    self.answer(session, headers, activity["id"], number, rng)
                )

    async def answer(
        self,
        session: aiohttp.ClientSession,
        headers: dict[str, str],
        activity: str,
        number: int,
        rng: random.Random,
    ) -> None:
        for n in range(rng.randint(1, 3)):
            await asyncio.sleep(rng.random() * (1.0 if n == 0 else 0.3))
            text = f"telefon {number} svar {n} {activity[:6]}"
            self.sent[text] = time.perf_counter()
            body = {"activity": activity, "text": text}
            async with session.post(self.base + "answer", json=body, headers=headers) as response:
                if response.status == 200:
                    self.accepted.append(text)
                else:
                    self.refused[response.status] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--burst-every", type=float, default=6.0)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    configure_application(app)
    with tempfile.TemporaryDirectory() as folder:
        window = create_main_window(Path(folder), demo=True)
        record = example_meeting(load_demo_dataset(), datetime.now(UTC))
        window.store.save(record)
        view = window.open_meeting(record.id)
        assert view is not None
        window.show()
        view.go_to("data")
        presenter = view.presenter
        presenter.start(from_start=False)
        room = presenter.room
        assert room.start_server(LOOPBACK), room.panel.problem.text()
        assert room.server is not None and room.state is not None
        arrived: dict[str, float] = {}
        seen = Counter[str]()

        def rows(_parent: QModelIndex, first: int, last: int) -> None:
            now = time.perf_counter()
            for row in range(first, last + 1):
                text = room.panel.model.item(row).text()
                arrived.setdefault(text, now)
                seen[text] += 1

        room.panel.model.rowsInserted.connect(rows)
        # The room's window paints its first chart once; that is presenting, not the phones.
        warm = time.perf_counter() + 1.0
        while time.perf_counter() < warm:
            app.processEvents()
            time.sleep(0.001)
        probe = LatencyProbe()
        until = time.perf_counter() + args.seconds
        phones = Phones(room.server.page_url, room.state.code, args.phones, until)
        bursts = 0

        def burst() -> None:
            nonlocal bursts
            if time.perf_counter() < until - 2:
                room.start_activity(RoomActivityKind.NOTICE)
                bursts += 1

        ticker = QTimer()
        ticker.timeout.connect(burst)
        ticker.start(int(args.burst_every * 1000))
        phones.thread.start()
        QTimer.singleShot(1500, burst)  # the first, once the phones have begun to join
        probe.start()
        while time.perf_counter() < until + 1.5:
            app.processEvents()
            time.sleep(0.001)
        probe.stop()
        ticker.stop()
        phones.thread.join(5)
        room.take_answers()
        kept = [t for r in view.session.record.room_answers for t in r.texts]
        room.stop_server()
        presenter.stop()
        window.close_meeting()
        window.close()

    latencies = sorted(arrived[t] - phones.sent[t] for t in phones.accepted if t in arrived)
    duplicates = [t for t, n in Counter(kept).items() if n > 1] + [
        t for t, n in seen.items() if n > 1
    ]
    missing = [t for t in phones.accepted if t not in set(kept)]
    result = {
        "phones_joined": phones.joined,
        "bursts": bursts,
        "answers_accepted": len(phones.accepted),
        "answers_refused": dict(phones.refused),
        "answers_in_record": len(kept),
        "missing": len(missing),
        "duplicates": len(duplicates),
        "worst_stall_ms": round(probe.worst() * 1000, 1),
        "answer_to_screen_median_ms": round(statistics.median(latencies) * 1000, 1)
        if latencies
        else None,
        "answer_to_screen_p95_ms": round(latencies[int(len(latencies) * 0.95)] * 1000, 1)
        if latencies
        else None,
        "seconds": args.seconds,
    }
    print(json.dumps(result, indent=2))
    ok = (
        not missing
        and not duplicates
        and len(kept) == len(phones.accepted)
        and probe.worst() < 0.100
        and bool(latencies)
        and statistics.median(latencies) < 0.200
    )
    print("goals met" if ok else "goals MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
