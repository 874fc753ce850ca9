"""Resident memory after importing one file, against the tidy data's own arrays.

    python benchmarks/memory.py FILE   (prints JSON: grown, arrays, peak in bytes)

Run in a process of its own so nothing else is resident; the import's result is
kept as the app keeps it (the dataset), everything else is let go.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import numpy as np

from dialogtool.core.importing import import_file


def status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def own_bytes(dataset: object) -> int:
    """The arrays the tidy data consists of: observations and the per-series arrays."""
    total = 0
    obs = getattr(dataset, "observations", None)
    if obs is not None:
        total += sum(getattr(obs, name).nbytes for name in obs.__dataclass_fields__)
    for table in (dataset.values, dataset.targets):  # type: ignore[attr-defined]
        total += sum(a.nbytes for a in table.values() if isinstance(a, np.ndarray))
    return total


def main() -> None:
    path = Path(sys.argv[1])
    warm = path.with_name("warm-up.csv")  # the importer's own modules are not the data
    warm.write_text("Indikator;Team;Periode;Værdi\nA;Nord;2024M01;1,5\n", "utf-8")
    import_file(warm)
    gc.collect()
    before = status("VmRSS")
    dataset = import_file(path).dataset
    gc.collect()
    after = status("VmRSS")
    print(
        json.dumps({"grown": after - before, "arrays": own_bytes(dataset), "peak": status("VmHWM")})
    )


if __name__ == "__main__":
    main()
