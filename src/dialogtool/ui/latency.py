"""An event-loop latency probe: a timer that records how late it fires.

While the UI thread is busy nothing is painted and no key is handled; a
timer that should fire every few milliseconds and fires 800 ms late shows an
800 ms stall. Benchmarks and the responsiveness smoke test use it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class LatencyProbe(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        #: How late each tick came, in seconds.
        self.delays: list[float] = []

    def start(self) -> None:
        self.delays = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()  # a stall that is still going on counts too

    def worst(self) -> float:
        """The longest stall seen, in seconds."""
        return max(self.delays, default=0.0)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.delays.append(max(0.0, now - self._last - self.interval))
        self._last = now
