"""The frozen one-folder program against the pip-installed app: size on disk and start time.

Run after ``python scripts/build_app.py``:  ``python benchmarks/bench_frozen.py [--repeat 5]``.
Start time is ``--exit-after-startup`` (first paint of the start screen, then quit) on an
empty data folder, offscreen, as wall-clock time of the whole process. *Warm*: the files
are in the page cache (the median of the runs). *Cold*: the page cache is dropped before each
run (needs root: ``/proc/sys/vm/drop_caches``); skipped when that cannot be done.
The pip-installed size is the files of the runtime dependency closure of ``dialogtool``
in this Python's site-packages (what ``pip install .`` puts into a fresh venv), without
the Python interpreter itself, which the frozen folder carries.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "dialogtool"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def installed_size(name: str = "dialogtool") -> int:
    """Bytes of the installed files of ``name``'s runtime dependencies (extras left out)."""
    seen: set[str] = set()
    todo = [name]
    total = 0
    while todo:
        current = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if current in seen:
            continue
        seen.add(current)
        try:
            dist = metadata.distribution(current)
        except metadata.PackageNotFoundError:
            continue
        if current != name:
            for file in dist.files or []:
                path = Path(str(dist.locate_file(file)))
                if path.is_file():
                    total += path.stat().st_size
        todo += [r for r in dist.requires or [] if "extra ==" not in r]
    return total


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start_time(command: list[str], cold: bool) -> float:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": data}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are kept
        if cold:
            drop_caches()
        began = time.perf_counter()
        subprocess.run([*command, "--data-dir", data, "--exit-after-startup"], env=env, check=True)
        return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    programs = {
        "frozen (dist/dialogtool/dialogtool)": [str(FROZEN / "dialogtool")],
        "pip-installed (python -m dialogtool)": [sys.executable, "-m", "dialogtool"],
    }
    cold_possible = drop_caches()
    print(f"frozen folder: {folder_size(FROZEN) / 1e6:.0f} MB")
    print(f"pip-installed dependencies: {installed_size() / 1e6:.0f} MB (without Python)")
    for command in programs.values():
        start_time(command, cold=False)  # warm-up
    kinds = ("warm", "cold") if cold_possible else ("warm",)
    times: dict[tuple[str, str], list[float]] = {(p, k): [] for p in programs for k in kinds}
    for _ in range(args.repeat):  # alternating, so both meet the same load
        for kind in kinds:
            for label, command in programs.items():
                times[label, kind].append(start_time(command, cold=kind == "cold"))
    for kind in kinds:
        for label in programs:
            runs = times[label, kind]
            print(f"{label}: {kind} median {statistics.median(runs):.2f} s, min {min(runs):.2f} s")
        frozen, installed = (times[label, kind] for label in programs)
        paired = statistics.median(a - b for a, b in zip(frozen, installed, strict=True))
        print(f"{kind}: frozen minus pip-installed, median of paired runs: {paired:+.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
