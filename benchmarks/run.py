"""Every row of the performance table against its floor, measured side by side in one run.

    python benchmarks/run.py [--repeat 7] [--quick] [--out docs/performance.md]

Each row runs our side and its floor alternately (after a warm-up of each) and
reports the medians and their ratio; absolute goals (a frame, a stall) are
checked against the median or the worst stall. Start-up rows run the app in a
subprocess with ``--exit-after-startup`` (with hyperfine when it is installed);
stalls are measured with ``dialogtool.ui.latency.LatencyProbe``. The table is
printed and written to ``docs/performance.md`` with the machine and the date.
Needs the ``bench`` extra (xlsxwriter, fastexcel) like ``bench_import.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FRAME = 1 / 60
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("dialogtool")
window.setCentralWidget(label)
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quit = Quit()
label.installEventFilter(quit)
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Row:
    measure: str
    floor: str
    ours: float  # seconds (or bytes for memory)
    base: float
    goal: str
    met: bool
    unit: str = "ms"
    note: str = ""

    def cells(self) -> list[str]:
        if self.unit == "MiB":
            ours, base = f"{self.ours / 2**20:.0f} MiB", f"{self.base / 2**20:.0f} MiB"
        else:
            ours, base = f"{self.ours * 1000:.1f} ms", f"{self.base * 1000:.1f} ms"
        ratio = f"{self.ours / self.base:.2f}×" if self.base else "–"
        verdict = "met" if self.met else "**missed**"
        return [self.measure, self.floor, ours, base, ratio, f"{self.goal} ({verdict})", self.note]


def alternate(
    ours: Callable[[], float], base: Callable[[], float], repeat: int
) -> tuple[float, float]:
    """Medians of ``repeat`` alternating runs after one warm-up each; each callable times itself."""
    ours()
    base()
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(ours())
        theirs.append(base())
    return statistics.median(mine), statistics.median(theirs)


# -- start-up (subprocesses) ------------------------------------------------------------
def startup_env(data_dir: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(cache),  # start-up as installed: from compiled bytecode
        DIALOGTOOL_DATA_DIR=str(data_dir),
        XDG_CONFIG_HOME=str(cache / "config"),
        # The user's own unsaved work (a recovery file left by anything run before on this
        # machine is read at start, with the record's models) and history index stay out.
        DIALOGTOOL_STATE_DIR=str(cache / "state"),
        DIALOGTOOL_CACHE_DIR=str(cache / "cache"),
    )
    return env


def timed_process(args: list[str], env: dict[str, str]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - start

    return run


def hyperfine(
    ours: list[str], base: list[str], env: dict[str, str], repeat: int
) -> tuple[float, float]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            ["hyperfine", "-N", "--warmup", "2", "--runs", str(repeat), "--export-json", out.name,
             subprocess.list2cmdline(ours), subprocess.list2cmdline(base)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        results = json.loads(Path(out.name).read_text())["results"]
    return results[0]["median"], results[1]["median"]


def start_rows(work: Path, repeat: int) -> list[Row]:
    from records import write_records

    cache = work / "pycache"
    empty, many, most = work / "empty", work / "two-hundred", work / "two-thousand"
    write_records(many, 200)
    write_records(most, 2000)
    app = [sys.executable, "-m", "dialogtool", "--exit-after-startup"]
    bare = [sys.executable, "-c", BARE_WINDOW]

    def pair(
        ours: list[str], ours_dir: Path, base: list[str], base_dir: Path
    ) -> tuple[float, float]:
        if shutil.which("hyperfine") and ours_dir == base_dir:
            return hyperfine(ours, base, startup_env(ours_dir, cache), repeat)
        return alternate(
            timed_process(ours, startup_env(ours_dir, cache)),
            timed_process(base, startup_env(base_dir, cache)),
            repeat,
        )

    rows = []
    ours, base = pair(app, empty, bare, empty)
    rows.append(Row("cold start to first painted start screen", "bare PySide6 QMainWindow + label, painted once", ours, base, "≤ 1.5×", ours <= 1.5 * base))  # fmt: skip
    ours, base = pair([*app, "--demo"], empty, bare, empty)
    rows.append(Row("… with `--demo` (demo loads after the paint)", "the same bare window", ours, base, "≤ 1.5×", ours <= 1.5 * base))  # fmt: skip
    ours, base = pair(app, many, app, empty)
    rows.append(Row("start with 200 meetings (54 kB each)", "the same start, empty folder", ours, base, "≤ 1.1×", ours <= 1.1 * base))  # fmt: skip
    ours, base = pair(app, most, app, empty)
    rows.append(Row("start with 2,000 meetings", "the same start, empty folder", ours, base, "≤ 1.1× (flat)", ours <= 1.1 * base))  # fmt: skip
    rows += first_open_rows(cache, repeat)
    return rows


def first_open_rows(cache: Path, repeat: int) -> list[Row]:
    """The first *Opret møde* after a second on the start screen, with and without preloading."""
    script = [sys.executable, str(HERE / "first_open.py")]
    env = startup_env(cache / "first-open", cache)
    stalls: list[float] = []

    def measured(*flags: str) -> Callable[[], float]:
        def run() -> float:
            done = subprocess.run(
                [*script, *flags], env=env, check=True, capture_output=True, text=True, timeout=120
            )
            result = json.loads(done.stdout.strip().splitlines()[-1])
            if not flags:
                stalls.append(result["stall"])
            return float(result["open"])

        return run

    ours, base = alternate(measured(), measured("--no-preload"), repeat)
    stall = max(stalls)
    return [
        Row(
            "first *Opret møde* after the start screen was idle 1 s",
            "the same click without preloading",
            ours,
            base,
            "≤ 150 ms",
            ours <= 0.150,
        ),
        Row(
            "… the start screen's worst stall while preloading",
            "one frame",
            stall,
            FRAME,
            "≤ 1 frame",
            stall <= FRAME,
        ),
    ]


# -- the UI in this process -----------------------------------------------------------
def ui_rows(work: Path, repeat: int, import_rows: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    import ui_cases

    return [
        *ui_cases.switch_rows(app, work, repeat),
        *ui_cases.typing_rows(app, work, repeat),
        *ui_cases.autosave_rows(app, work, repeat),
        *ui_cases.import_stall_rows(app, work, import_rows),
    ]


# -- the importer (a subprocess each for memory) -------------------------------------------
def import_rows(work: Path, repeat: int, csv_rows: int, xlsx_rows: int) -> list[Row]:
    import fastexcel
    import pyarrow.csv as pacsv
    from bench_import import write_csv, write_xlsx

    from dialogtool.core.importing import import_file

    csv_path, xlsx_path = work / "danish.csv", work / "export.xlsx"
    write_csv(csv_path, csv_rows)
    write_xlsx(xlsx_path, xlsx_rows)

    def timed(fn: Callable[[], object]) -> Callable[[], float]:
        def run() -> float:
            start = time.perf_counter()
            fn()
            return time.perf_counter() - start

        return run

    def arrow() -> object:
        return pacsv.read_csv(
            csv_path,
            read_options=pacsv.ReadOptions(encoding="cp1252"),
            parse_options=pacsv.ParseOptions(delimiter=";"),
        )

    rows = []
    ours, base = alternate(timed(lambda: import_file(csv_path)), timed(arrow), repeat)
    rows.append(Row(f"{csv_rows:,} rows Danish CSV → tidy", "pyarrow `read_csv` of the same file", ours, base, "≤ 1.25×", ours <= 1.25 * base))  # fmt: skip
    fast = timed(lambda: fastexcel.read_excel(xlsx_path).load_sheet(0).to_arrow())
    ours, base = alternate(timed(lambda: import_file(xlsx_path)), fast, repeat)
    rows.append(Row(f"{xlsx_rows:,} rows XLSX → tidy", "fastexcel", ours, base, "≤ 1.15×", ours <= 1.15 * base))  # fmt: skip
    out = subprocess.run(
        [sys.executable, str(HERE / "memory.py"), str(csv_path)],
        check=True, capture_output=True, text=True, env={**os.environ},
    )  # fmt: skip
    memory = json.loads(out.stdout)
    grown, own = memory["grown"], memory["arrays"]
    rows.append(Row(f"memory with the {csv_rows:,}-row file loaded", "the tidy data's own arrays", grown, own, "≤ 2×", grown <= 2 * own, unit="MiB", note=f"peak RSS {memory['peak'] / 2**20:.0f} MiB"))  # fmt: skip
    return rows


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"load average {load}, Python {platform.python_version()}"
    )


HEADER = ["measure", "floor / anchor", "now", "floor", "ratio", "goal", "note"]


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|---|---|---:|---:|---:|---|---|"]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="smaller files, 3 repeats")
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs" / "performance.md")
    parser.add_argument("--only", choices=("start", "ui", "import"), action="append")
    args = parser.parse_args()
    repeat = 3 if args.quick else args.repeat
    csv_rows = 100_000 if args.quick else 1_000_000
    xlsx_rows = 20_000 if args.quick else 100_000
    wanted = set(args.only or ("start", "ui", "import"))
    started = datetime.now(UTC)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if "start" in wanted:
            rows += start_rows(work, repeat)
        if "import" in wanted:
            rows += import_rows(work, repeat, csv_rows, xlsx_rows)
        if "ui" in wanted:
            rows += ui_rows(work, repeat, csv_rows)
    text = table(rows)
    print(text)
    when = started.strftime("%Y-%m-%d %H:%M UTC")
    write_report(args.out, text, f"{when}; {machine()}; median of {repeat} runs per side")


MARK_START, MARK_END = "<!-- benchmarks/run.py: start -->", "<!-- benchmarks/run.py: end -->"


def write_report(path: Path, text: str, context: str) -> None:
    """Replace the generated section of ``path`` (kept between two markers), or append it."""
    section = (
        f"{MARK_START}\n## The table of issue 12 (`python benchmarks/run.py`)\n\n"
        f"Measured {context}. Both sides of a row were run alternately in this one run.\n\n"
        f"{text}\n{MARK_END}"
    )
    old = path.read_text("utf-8") if path.exists() else "# Performance\n"
    if MARK_START in old and MARK_END in old:
        head, rest = old.split(MARK_START, 1)
        new = head + section + rest.split(MARK_END, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(new, "utf-8")


if __name__ == "__main__":
    main()
