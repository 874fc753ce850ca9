"""Chart repaint for a 1M-point series, with and without downsampling, side by side in one run.

    python benchmarks/bench_chart.py [--points 1000000] [--repeat 15]

Each case builds a plot of the size it has on the data page (1280x800 window:
about 580x260 pixels; also at 1280x400 for a projector), draws one series of
``--points`` points with the app's pen and antialiasing, and times a full
repaint: the widget rendered into a QImage, which paints the whole scene as a
screen refresh would. Cases alternate so drift hits all alike; the table shows
medians. "app setting" is what the app's charts use: peak downsampling and
clip-to-view set on the PlotItem (``plot(clipToView=True)`` crashes in
pyqtgraph 0.14), drawing one min/max pair per pixel column
(``autoDownsampleFactor=1``; pyqtgraph's default is 5). Runs offscreen, no
display needed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

TARGET_MS = 50.0


def make_case(points: int, size: tuple[int, int], fast: bool, zoom: bool) -> Callable[[], float]:
    import pyqtgraph as pg

    from dialogtool.ui.chart import TEAM_COLOUR, BaseChart

    chart = BaseChart("bench")
    item = chart.getPlotItem()
    if not fast:
        item.setDownsampling(auto=False, ds=1)
        item.setClipToView(False)
    rng = np.random.default_rng(7)
    xs = np.arange(points, dtype=np.float64)
    ys = np.cumsum(rng.normal(0, 1, points))
    pen = pg.mkPen(TEAM_COLOUR, width=3.5)  # the team's line on the data page
    if fast:
        chart.line(xs, ys, pen=pen, connect="finite")
    else:
        item.plot(xs, ys, pen=pen, connect="finite")
    chart.resize(*size)
    chart.show()
    if zoom:  # the last tenth of the series, as when reading the newest periods
        item.setXRange(points * 0.9, points, padding=0)
    QApplication.processEvents()
    image = QImage(chart.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def repaint() -> float:
        image.fill(0)
        started = time.perf_counter()
        painter = QPainter(image)
        chart.render(painter)
        painter.end()
        return (time.perf_counter() - started) * 1000

    repaint()  # warm-up: the first paint builds the downsampled path
    return repaint


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    from dialogtool.ui.theme import apply_theme

    apply_theme(app)  # type: ignore[arg-type]
    cases: list[tuple[str, Callable[[], float], Callable[[], float]]] = []
    for label, size, zoom in (
        ("data page, whole series", (580, 260), False),
        ("projector, whole series", (1280, 400), False),
        ("projector, last 10 % shown", (1280, 400), True),
    ):
        fast = make_case(args.points, size, fast=True, zoom=zoom)
        slow = make_case(args.points, size, fast=False, zoom=zoom)
        cases.append((f"{label} ({size[0]}x{size[1]})", fast, slow))
    times: dict[str, tuple[list[float], list[float]]] = {c[0]: ([], []) for c in cases}
    for _ in range(args.repeat):
        for label, fast, slow in cases:
            times[label][0].append(fast())
            times[label][1].append(slow())

    print(f"# Chart repaint, {args.points:,} points, median of {args.repeat} repaints")
    print(
        f"# {platform.platform()}, Python {platform.python_version()}, "
        f"pyqtgraph {pg.__version__}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM="
        f"{os.environ['QT_QPA_PLATFORM']}"
    )
    print()
    print("| case | app setting (peak + clip) | no downsampling | speed-up | target ≤ 50 ms |")
    print("|---|---:|---:|---:|---:|")
    for label, _fast, _slow in cases:
        fast_ms = statistics.median(times[label][0])
        slow_ms = statistics.median(times[label][1])
        verdict = "met" if fast_ms <= TARGET_MS else f"missed by {fast_ms - TARGET_MS:.0f} ms"
        print(
            f"| {label} | {fast_ms:.1f} ms | {slow_ms:.1f} ms | "
            f"{slow_ms / fast_ms:.0f}× | {verdict} |"
        )


if __name__ == "__main__":
    main()
