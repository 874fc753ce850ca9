"""Random bytes and random CSV-like text never crash the importer: it loads or refuses."""

from __future__ import annotations

import zipfile
from io import BytesIO

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError, import_bytes

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CELLS = st.one_of(
    st.sampled_from(
        ["Indikator", "Team", "Periode", "Værdi", "Mål", "..", "-", "", "n/a", "2024M13",
         "2024M01", "jan. 2024", "2024K1", "uge 48 2024", "15-01-2024", "1.234,5", "1,234.5",
         '"a;b"', '"', "æøå", "\ufeff", "0", "-0", "1e308", "nan", "   "]
    ),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
)  # fmt: skip


def load_or_refuse(data: bytes, name: str) -> None:
    try:
        result = import_bytes(data, name)
    except ImportRefusedError as error:
        assert (
            render(error.message, "da")
            and render(error.message, "en")
            and "\n" not in render(error.message, "en")
        )
        return
    dataset = result.dataset
    assert dataset.observations is not None and len(dataset.observations) > 0
    for problem in result.problems:
        assert "\n" not in render(problem.message, "en")


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(["data.csv", "data.xlsx", "data.ods", "x"]))
def test_random_bytes(data: bytes, name: str) -> None:
    load_or_refuse(data, name)


@FUZZ
@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=6), min_size=1, max_size=12),
    st.sampled_from([";", ",", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_random_csv_like_text(rows: list[list[str]], delimiter: str, encoding: str) -> None:
    text = "\r\n".join(delimiter.join(row) for row in rows)
    load_or_refuse(text.encode(encoding, errors="replace"), "export.csv")


@FUZZ
@given(st.binary(max_size=512))
def test_random_zip_members(data: bytes) -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", data)
        archive.writestr("xl/workbook.xml", data)
    load_or_refuse(buffer.getvalue(), "book.xlsx")
