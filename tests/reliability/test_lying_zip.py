"""A workbook whose zip directory lies about its sizes is refused at once, in little memory.

The test builds the file: a real XLSX from xlsxwriter whose sheet is replaced by a
deflate stream of ~1 GB of rows (3 MB packed) that the directory says is 1 kB.
The import runs in a child process so that memory the Rust reader allocates
(invisible to ``tracemalloc``) is counted too.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

SHEET = "xl/worksheets/sheet1.xml"
ROW = b'<row><c t="inlineStr"><is><t>Fravaer</t></is></c><c><v>12.5</v></c></row>'


def _raw_deflate(data: bytes) -> bytes:
    """``data`` as self-contained deflate blocks (no final block): such pieces concatenate."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH)


def _end_of_stream() -> bytes:
    return zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()


def lying_xlsx(path: Path, unpacked_mb: int, claimed: int = 1000) -> None:
    """A readable workbook whose sheet inflates to ``unpacked_mb`` MB but claims ``claimed`` bytes."""
    import xlsxwriter

    real = io.BytesIO()
    book = xlsxwriter.Workbook(real, {"in_memory": True})
    book.add_worksheet("Data").write_row(0, 0, ["Indikator", "Værdi"])
    book.close()
    parts = {
        info.filename: zipfile.ZipFile(real).read(info) for info in zipfile.ZipFile(real).infolist()
    }
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    head += b'spreadsheetml/2006/main"><sheetData>'
    rows = _raw_deflate(ROW * (2**20 // len(ROW)))  # ~1 MB of rows per piece
    sheet = _raw_deflate(head) + rows * unpacked_mb + _raw_deflate(b"</sheetData></worksheet>")
    sheet += _end_of_stream()
    out = bytearray()
    central = bytearray()
    for name, content in parts.items():
        if name == SHEET:
            packed, size, crc = sheet, claimed, 0
        else:
            packed, size, crc = _raw_deflate(content) + _end_of_stream(), len(content), 0
            crc = zlib.crc32(content)
        encoded = name.encode()
        fields = (20, 0, 8, 0, 0, crc, len(packed), size, len(encoded))
        central += struct.pack("<4s2H4H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, len(out))
        central += encoded
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0) + encoded + packed
    offset = len(out)
    out += central
    out += struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), offset, 0
    )
    path.write_bytes(bytes(out))


CHILD = r"""
import json, resource, sys, time
from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError, import_file
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    import_file(sys.argv[1])
    outcome = "imported"
except ImportRefusedError as exc:
    outcome = render(exc.message, "da")
took = time.perf_counter() - started
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({"outcome": outcome, "seconds": took, "grown_mb": grown}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage")
def test_a_zip_that_lies_about_its_sizes_is_refused_within_1_s_and_200_mb(
    tmp_path: Path,
) -> None:
    path = tmp_path / "løgn.xlsx"
    lying_xlsx(path, unpacked_mb=1000)
    assert path.stat().st_size < 4 * 2**20
    [sheet] = [i for i in zipfile.ZipFile(path).infolist() if i.filename == SHEET]
    assert sheet.file_size == 1000, "the directory claims a 1 kB sheet"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert "pakkes ud" in figures["outcome"], figures
    assert figures["seconds"] < 1.0, figures
    assert figures["grown_mb"] < 200, figures


def test_an_honest_workbook_still_imports(tmp_path: Path) -> None:
    import xlsxwriter

    from dialogtool.core.importing import import_file

    path = tmp_path / "ærlig.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["Indikator", "Team", "Periode", "Værdi"])
    for n in range(1, 2000):
        sheet.write_row(n, 0, ["Løntimer", "Øst", f"2024M{n % 12 + 1:02d}", n / 10])
    book.close()
    assert import_file(path).dataset.groups == ["Øst"]
