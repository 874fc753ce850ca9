"""Importer throughput against the bare readers, measured side by side in one run.

    python benchmarks/bench_import.py [--csv-rows 1000000] [--xlsx-rows 100000]
                                      [--matrix-cells 100000] [--repeat 7]

Case 1: a long CSV in Danish conventions (``;``, decimal comma with thousands
marks, Windows-1252, æøå in names) to the tidy ``Dataset``, against
``pyarrow.csv.read_csv`` reading the same file into a table of strings.
Case 2: an XLSX sheet to the tidy ``Dataset``, against ``fastexcel`` loading it
into Arrow. Case 3: a StatBank-style matrix CSV (title and unit lines, two
label columns with blank repeated labels, periods across, ``..`` cells and
footnotes) to the tidy ``Dataset``, against ``pyarrow.csv.read_csv`` reading
its table part. Case 4: a StatBank PC-Axis file of about 1,000,000 cells (area x benefit
in the stub, months in the heading, ``".."`` cells) to the tidy ``Dataset``, against
splitting its DATA part into numbers with Python and NumPy (the least any reader does);
its target is absolute: under 2 s. Runs alternate between the two sides so drift hits both alike; the
table shows medians. Needs the ``bench`` extra (xlsxwriter) for the workbook.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from dialogtool.core.importing import import_file

INDICATORS = [
    "Rettidige jobsamtaler (%)",
    "Virksomhedspraktikker",
    "Løntilskudsjob",
    "Fritagelser",
    "CV'er synlige på Jobnet (%)",
    "Borgere med ordinære løntimer",
    "Jobsamtaler med opfølgning",
    "Virksomhedskontakter",
]
#: The matrix case has no target of its own; it is shown against the CSV target for scale.
TARGETS: dict[str, float | None] = {"csv": 2.0, "xlsx": 1.5, "matrix": None, "px": None}
#: The PC-Axis case's target in seconds (issue 17).
PX_SECONDS = 2.0


def _danish(value: float) -> str:
    return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _shape(rows: int) -> tuple[int, int]:
    """Groups and months so that indicators x groups x months == rows, without duplicates."""
    months = 100 if rows >= 100_000 else 10
    groups = max(1, rows // (len(INDICATORS) * months))
    return groups, months


def write_csv(path: Path, rows: int) -> int:
    groups, months = _shape(rows)
    values = np.random.default_rng(7).uniform(0, 5000, len(INDICATORS) * groups * months)
    lines = ["Indikator;Afdeling;Periode;Værdi;Mål"]
    k = 0
    for indicator in INDICATORS:
        for g in range(groups):
            team = f"Team {g:04d} Østerbro"
            for m in range(months):
                period = f"{2017 + m // 12}M{m % 12 + 1:02d}"
                lines.append(f"{indicator};{team};{period};{_danish(values[k])};90,0")
                k += 1
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return k


def write_xlsx(path: Path, rows: int) -> int:
    import xlsxwriter

    groups, months = _shape(rows)
    values = np.random.default_rng(7).uniform(0, 5000, len(INDICATORS) * groups * months)
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Data")
    sheet.write_row(0, 0, ["Indikator", "Afdeling", "Periode", "Værdi", "Mål"])
    k = 0
    for indicator in INDICATORS:
        for g in range(groups):
            for m in range(months):
                period = f"{2017 + m // 12}M{m % 12 + 1:02d}"
                row = [indicator, f"Team {g:04d}", period, round(float(values[k]), 1), 90.0]
                sheet.write_row(k + 1, 0, row)
                k += 1
    workbook.close()
    return k


def write_matrix(path: Path, cells: int) -> tuple[int, int]:
    """A matrix of about ``cells`` cells: (header line index, observations without '..')."""
    months = 100
    rows = max(1, cells // months)
    periods = [f"{2017 + m // 12}M{m % 12 + 1:02d}" for m in range(months)]
    values = np.random.default_rng(7).uniform(0, 5000, rows * months)
    lines = ["Fuldtidsledige efter område, ydelse og tid", "Enhed: Antal", "",
             ";;" + ";".join(periods)]  # fmt: skip
    k = missing = 0
    for r in range(rows):
        indicator = INDICATORS[r % len(INDICATORS)]
        area = f"Område {r // len(INDICATORS):04d} Østerbro" if r % len(INDICATORS) == 0 else ""
        cells_text = []
        for _ in range(months):
            if k % 97 == 0:
                cells_text.append("..")
                missing += 1
            else:
                cells_text.append(_danish(values[k]))
            k += 1
        lines.append(f"{area};{indicator};" + ";".join(cells_text))
    lines += ["", "Kilde: Danmarks Statistik", "Anm.: Tallene er sæsonkorrigerede."]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return 3, k - missing


def write_px(path: Path, cells: int) -> int:
    """A PC-Axis file of about ``cells`` cells; returns the observations without '..'."""
    months, benefits = 100, 10
    areas = max(1, cells // (months * benefits))
    values = np.random.default_rng(7).uniform(0, 50000, areas * benefits * months).round(1)
    texts = np.char.mod("%.1f", values)
    texts[::97] = '".."'

    def quoted(items: list[str]) -> str:
        return ",".join(f'"{x}"' for x in items)

    periods = [f"{2017 + m // 12}M{m % 12 + 1:02d}" for m in range(months)]
    head = [
        'CHARSET="ANSI";', 'AXIS-VERSION="2010";', 'LANGUAGE="da";', "DECIMALS=1;",
        'MATRIX="AUP01";', 'TITLE="Fuldtidsledige efter område, ydelsestype og tid";',
        'CONTENTS="Fuldtidsledige";', 'UNITS="antal";', 'STUB="område","ydelsestype";',
        'HEADING="tid";',
        f'VALUES("område")={quoted([f"Område {a:04d} Østerbro" for a in range(areas)])};',
        f'VALUES("ydelsestype")={quoted([f"Ydelse {b} æøå" for b in range(benefits)])};',
        f'VALUES("tid")={quoted(periods)};', f'TIMEVAL("tid")=TLIST(M1),{quoted(periods)};',
        'SOURCE="Danmarks Statistik";', "DATA=",
    ]  # fmt: skip
    rows = [" ".join(row) for row in texts.reshape(-1, months).tolist()]
    path.write_bytes(("\r\n".join([*head, *rows]) + ";\r\n").encode("cp1252"))
    return int(values.size - len(range(0, values.size, 97)))


def split_px(path: Path) -> object:
    """The least a reader does: cut out the DATA part and turn its words into floats."""
    data = path.read_bytes()
    body = data[data.index(b"DATA=") + 5 : data.rindex(b";")].replace(b'".."', b"nan")
    return np.array(body.split(), dtype=np.float64)


def side_by_side(
    ours: Callable[[], object], theirs: Callable[[], object], repeat: int
) -> tuple[float, float]:
    ours()
    theirs()  # warm up: imports, file cache
    mine: list[float] = []
    base: list[float] = []
    for _ in range(repeat):
        for fn, out in ((ours, mine), (theirs, base)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(mine), statistics.median(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--matrix-cells", type=int, default=100_000)
    parser.add_argument("--px-cells", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import fastexcel
    import pyarrow
    import pyarrow.csv as pacsv

    results = []
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "danish.csv"
        n = write_csv(csv_path, args.csv_rows)
        size = csv_path.stat().st_size / 1e6

        def read_arrow() -> object:
            return pacsv.read_csv(
                csv_path,
                read_options=pacsv.ReadOptions(encoding="cp1252"),
                parse_options=pacsv.ParseOptions(delimiter=";"),
            )

        result = import_file(csv_path)
        assert result.dataset.observations is not None
        assert len(result.dataset.observations) == n and not result.problems
        ours, theirs = side_by_side(lambda: import_file(csv_path), read_arrow, args.repeat)
        results.append(("csv", f"{n:,} rows CSV ({size:.0f} MB, cp1252, ;, 1.234,5)",
                        "pyarrow.csv.read_csv", ours, theirs))  # fmt: skip

        xlsx_path = Path(folder) / "export.xlsx"
        n = write_xlsx(xlsx_path, args.xlsx_rows)
        result = import_file(xlsx_path)
        assert result.dataset.observations is not None
        assert len(result.dataset.observations) == n and not result.problems
        ours, theirs = side_by_side(
            lambda: import_file(xlsx_path),
            lambda: fastexcel.read_excel(xlsx_path).load_sheet(0).to_arrow(),
            args.repeat,
        )
        results.append(("xlsx", f"{n:,} rows XLSX", "fastexcel load_sheet", ours, theirs))

        matrix_path = Path(folder) / "statbank.csv"
        header, n = write_matrix(matrix_path, args.matrix_cells)
        result = import_file(matrix_path)
        assert result.dataset.observations is not None
        assert len(result.dataset.observations) == n, (len(result.dataset.observations), n)
        assert result.mapping.layout.value == "matrix"

        def read_matrix_arrow() -> object:
            return pacsv.read_csv(
                matrix_path,
                read_options=pacsv.ReadOptions(encoding="cp1252", skip_rows=header),
                parse_options=pacsv.ParseOptions(
                    delimiter=";", invalid_row_handler=lambda _: "skip"
                ),
            )

        ours, theirs = side_by_side(
            lambda: import_file(matrix_path), read_matrix_arrow, args.repeat
        )
        results.append(("matrix", f"matrix CSV, {args.matrix_cells:,} cells (periods across)",
                        "pyarrow.csv.read_csv", ours, theirs))  # fmt: skip

        px_path = Path(folder) / "AUP01.px"
        n = write_px(px_path, args.px_cells)
        result = import_file(px_path)
        assert result.dataset.observations is not None
        assert len(result.dataset.observations) == n, (len(result.dataset.observations), n)
        ours, theirs = side_by_side(lambda: import_file(px_path), lambda: split_px(px_path),
                                    args.repeat)  # fmt: skip
        results.append(("px", f"PC-Axis, {args.px_cells:,} cells (area × benefit × month)",
                        "split DATA + np.array", ours, theirs))  # fmt: skip

    print(f"python {platform.python_version()}, pyarrow {pyarrow.__version__}, "
          f"fastexcel {fastexcel.__version__}, numpy {np.__version__}; "
          f"median of {args.repeat} runs each")  # fmt: skip
    print()
    print("| case | dialogtool to Dataset | baseline | baseline time | ratio | target |")
    print("|---|---:|---|---:|---:|---:|")
    for kind, case, baseline, ours, theirs in results:
        ratio = ours / theirs
        target = TARGETS[kind]
        if kind == "px":
            goal = f"< {PX_SECONDS:.0f} s ({'met' if ours < PX_SECONDS else 'missed'})"
        elif target is None:
            goal = "none"
        else:
            goal = f"<= {target}x ({'met' if ratio <= target else 'missed'})"
        print(f"| {case} | {ours * 1000:.0f} ms | {baseline} | {theirs * 1000:.0f} ms "
              f"| {ratio:.2f}x | {goal} |")  # fmt: skip


if __name__ == "__main__":
    main()
