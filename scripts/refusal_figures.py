"""Pathological files for the importer: how fast each is refused and with how much memory.

Builds each file in a temporary folder, times one ``import_file`` call under
``tracemalloc`` and prints the figures of docs/reliability.md as JSON lines. Needs
~2.5 GB of free disk for the sparse and the 500 MB files.

    python scripts/refusal_figures.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from dialogtool.core.importing import ImportRefusedError, import_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))
from test_lying_zip import lying_xlsx  # the test's builder of the lying zip


def measure(path: Path, label: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        import_file(path)
        outcome = "imported"
    except ImportRefusedError as exc:
        outcome = exc.da
    took = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    figures = {"file": label, "ms": round(took * 1000), "peak_mb": round(peak / 2**20)}
    print(json.dumps({**figures, "reason": outcome}, ensure_ascii=False), flush=True)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="dialogtool-refusals-") as tmp:
        folder = Path(tmp)
        sparse = folder / "stor.csv"
        with sparse.open("wb") as handle:
            handle.truncate(2 * 2**30)
        measure(sparse, "sparse 2 GB .csv")
        sparse.unlink()
        (folder / "mappe.csv").mkdir()
        measure(folder / "mappe.csv", "a folder named .csv")
        if hasattr(os, "mkfifo"):
            os.mkfifo(folder / "rør.csv")
            measure(folder / "rør.csv", "a FIFO")
        bomb = folder / "bombe.xlsx"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                for _ in range(2048):
                    member.write(b"\0" * 2**20)
        measure(bomb, f"XLSX of {bomb.stat().st_size / 2**20:.0f} MB unpacking to 2 GB")
        lying = folder / "løgn.xlsx"
        lying_xlsx(lying, 2000)
        measure(lying, f"XLSX of {lying.stat().st_size / 2**20:.0f} MB lying about 2 GB")
        wide = folder / "bred.csv"
        header = ";".join(f"k{i}" for i in range(2_000_000))
        wide.write_text(f"{header}\n{';'.join('1' * 2_000_000)}\n", "utf-8")
        measure(wide, "CSV with 2,000,000 columns")
        wide.unlink()
        one_line = folder / "én linje.csv"
        with one_line.open("wb") as handle:
            for _ in range(500):
                handle.write(b"Indikator " * (2**20 // 10))
        measure(one_line, "500 MB without a line break")
    return 0


if __name__ == "__main__":
    sys.exit(main())
