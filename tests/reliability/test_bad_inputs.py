"""Bad inputs to the importer and the user's question/template loader: refused or loaded, fast.

Fuzzing runs a short profile here; ``DIALOGTOOL_FUZZ_EXAMPLES=10000`` runs the long one
(figures in docs/reliability.md). Every run also checks that nothing printed
"Exception ignored …" (an exception inside a callback, e.g. pyarrow's bad-row hook).
"""

from __future__ import annotations

import json
import os
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError, ProblemKind, import_bytes, import_file
from dialogtool.core.user_library import load_user_files

EXAMPLES = int(os.environ.get("DIALOGTOOL_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
)


@pytest.fixture(autouse=True)
def no_ignored_exceptions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    yield ignored
    assert ignored == [], "an exception was swallowed with 'Exception ignored'"


def refused_quickly(path: Path, words: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(ImportRefusedError) as info:
        import_file(path)
    took = time.perf_counter() - started
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert words in render(info.value.message, "da")
    assert took < 5.0, f"refused after {took:.1f} s"
    assert peak < 200 * 2**20, f"{peak / 2**20:.0f} MB while refusing"


def test_a_sparse_2_gb_file_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "stor.csv"
    with path.open("wb") as handle:
        handle.truncate(2 * 2**30)
    refused_quickly(path, "for stor")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "mappe.csv").mkdir()
    refused_quickly(tmp_path / "mappe.csv", "ikke en almindelig fil")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rør.csv")
    refused_quickly(tmp_path / "rør.csv", "ikke en almindelig fil")


def test_a_zip_bomb_xlsx_is_refused_from_its_directory(tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * 2**20
            for _ in range(100):  # 100 MB of zeros: ~100 kB packed
                member.write(chunk)
    assert path.stat().st_size < 2**20
    refused_quickly(path, "MB, når det pakkes ud")  # not "MB. når" (a comma replaced)


def test_a_text_file_without_line_breaks_is_refused_from_its_first_megabytes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "én linje.csv"
    path.write_bytes(b"Indikator " * (10 * 2**20))  # 100 MB, not one line break
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(ImportRefusedError) as info:
        import_file(path)
    took = time.perf_counter() - started
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert took < 0.5, f"refused after {took:.2f} s"  # was 3 s and 1.2 GB
    assert peak < 20 * 2**20, f"{peak / 2**20:.0f} MB while refusing"
    assert "ingen linjeskift" in render(info.value.message, "da")


def test_millions_of_columns_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bred.csv"
    header = ";".join(f"k{i}" for i in range(1_000_000))
    path.write_text(f"{header}\n{';'.join('1' * 1_000_000)}\n", "utf-8")
    refused_quickly(path, "kolonner")


def test_a_windows_1252_csv_with_a_ragged_row_loads_with_the_row_named(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.csv"
    rows = ["Indikator;Team;Periode;Værdi", "Løntimer;Øst;2024M01;12,5"]
    rows += ["Løntimer;Øst;2024M02;13;ekstra", "Løntimer;Øst;2024M03;14"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    result = import_file(path)
    assert [p.kind for p in result.problems if p.kind == ProblemKind.BAD_ROW] == [
        ProblemKind.BAD_ROW
    ]
    assert result.dataset.groups == ["Øst"]


CELLS = st.one_of(
    st.sampled_from(["Indikator", "Team", "Periode", "Værdi", "Mål", "..", "", "2024M01", "æøå",
                     "1.234,5", '"', '"a;b"', "\ufeff", "nan"]),
    st.text(max_size=6),
)  # fmt: skip


@FUZZ
@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=6), min_size=1, max_size=10),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    st.sampled_from(["data.csv", "data.xlsx"]),
)
def test_fuzz_the_importer(rows: list[list[str]], delim: str, encoding: str, name: str) -> None:
    data = "\r\n".join(delim.join(row) for row in rows).encode(encoding, errors="replace")
    try:
        import_bytes(data, name)
    except ImportRefusedError as error:
        assert render(error.message, "da") and "\n" not in render(error.message, "da")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
KEYS = ["schema_version", "family", "title", "questions", "id", "category", "text", "da", "en",
        "name", "phases", "duration_minutes", "kind", "fits"]  # fmt: skip


def _shaped(value: Any, keys: list[str]) -> Any:
    """Random JSON with the loader's own keys, so validation goes deep, not only the top."""
    if isinstance(value, dict):
        return {keys[hash(k) % len(keys)]: _shaped(v, keys) for k, v in value.items()}
    if isinstance(value, list):
        return [_shaped(v, keys) for v in value]
    return value


@FUZZ
@given(
    st.one_of(JSON.map(lambda v: json.dumps(_shaped(v, KEYS)).encode()), st.binary(max_size=300))
)
def test_fuzz_the_question_and_template_loader(content: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for sub in ("questions", "templates"):
            (root / sub).mkdir()
            (root / sub / "fuzz.json").write_bytes(content)
        (root / "library.json").write_bytes(content)
        loaded = load_user_files(root)
    for problem in loaded.problems:
        assert render(problem.message, "da") and "\n" not in render(problem.message, "da")
