"""What an XLSX sheet's cells do not show in their values: merged areas, hidden rows and columns,
and which number-looking cells are stored as text.

fastexcel (calamine) reads values only. The sheet's XML says the rest, and a regular
expression over its bytes finds it without building a tree (a 100,000-row sheet in
tens of milliseconds): ``<mergeCell ref="B9:B10"/>``, ``<row r="11" hidden="1">``,
``<col min="4" max="4" hidden="1"/>``, ``<c r="C6" t="s">`` (a shared string).
openpyxl would tell the same but loads every cell as a Python object.
Rows and columns here are 0-based, as in the sheet (A1 is (0, 0)).
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pyarrow as pa

_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_ID_FIRST = re.compile(rb'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_TARGET_FIRST = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')
_HIDDEN_ROW_FIRST = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*?\br="(\d+)"')
_COL = re.compile(rb"<col\b[^>]*>")
_ATTR = re.compile(rb'\b(min|max|hidden)="([^"]*)"')
_TEXT_CELL = re.compile(rb'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?\bt="(?:s|inlineStr|str)"')
_DIMENSION = re.compile(rb'<dimension\s+ref="([A-Z]+)\d+')
_ENTITIES = {b"&amp;": b"&", b"&lt;": b"<", b"&gt;": b">", b"&quot;": b'"', b"&apos;": b"'"}
#: Bytes of the sheet's XML looked at for text-typed cells (the top 200 rows are enough).
_TYPES_BYTES = 1 << 17


@dataclass(frozen=True)
class SheetStructure:
    #: (first row, first column, last row, last column), inclusive.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[int] = field(default_factory=list)
    #: Cells near the top stored as text (strings), not as numbers.
    text_cells: frozenset[tuple[int, int]] = frozenset()
    #: The sheet's first used column: fastexcel's table starts there.
    first_column: int = 0


def column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def sheet_structure(data: bytes | bytearray, sheet: str) -> SheetStructure:
    """The structure of ``sheet``; empty when the workbook's parts cannot be found."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        xml = archive.read(_sheet_part(archive, sheet))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return SheetStructure()
    # Most sheets have neither: a plain substring search (C speed) spares the regexes.
    merged = [
        (int(r0) - 1, column_index(c0), int(r1) - 1, column_index(c1))
        for c0, r0, c1, r1 in (_MERGE.findall(xml) if b"<mergeCell " in xml else [])
    ]
    hidden_rows: list[int] = []
    if b"hidden=" in xml:
        hidden_rows = sorted(
            {int(r) - 1 for r in _HIDDEN_ROW.findall(xml)}
            | {int(r) - 1 for r in _HIDDEN_ROW_FIRST.findall(xml)}
        )
    hidden_columns: list[int] = []
    data_at = xml.find(b"<sheetData")
    for tag in _COL.findall(xml[: data_at if data_at >= 0 else len(xml)]):
        attrs = dict(_ATTR.findall(tag))
        if attrs.get(b"hidden") in (b"1", b"true") and b"min" in attrs:
            first, last = int(attrs[b"min"]), int(attrs.get(b"max", attrs[b"min"]))
            hidden_columns.extend(range(first - 1, min(last, first + 16_384)))
    head = xml[: max(data_at, 0) + _TYPES_BYTES]
    text_cells = {(int(r) - 1, column_index(c)) for c, r in _TEXT_CELL.findall(head)}
    dimension = _DIMENSION.search(xml)
    first_column = column_index(dimension.group(1)) if dimension else 0
    return SheetStructure(merged, hidden_rows, hidden_columns, frozenset(text_cells), first_column)


class PendingStructure:
    """``sheet_structure`` worked out in a thread while fastexcel reads the values.

    Unzipping and scanning the sheet's XML costs about a tenth of reading it; zlib and
    fastexcel release the GIL, so the two overlap. ``sheet`` None guesses the first sheet.
    """

    def __init__(self, data: bytes | bytearray, sheet: str | None) -> None:
        self._data = data
        self._sheet = sheet if sheet is not None else _first_sheet(data)
        self._value = SheetStructure()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self._sheet is not None:
            self._value = sheet_structure(self._data, self._sheet)

    def result(self, sheet: str) -> SheetStructure:
        self._thread.join()
        return self._value if sheet == self._sheet else sheet_structure(self._data, sheet)


def _first_sheet(data: bytes | bytearray) -> str | None:
    try:
        workbook = zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return None
    found = _SHEET.search(workbook)
    if found is not None:
        return _unescape(found.group(1))
    found = _SHEET_ID_FIRST.search(workbook)
    return _unescape(found.group(2)) if found is not None else None


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str:
    workbook = archive.read("xl/workbook.xml")
    ids = {_unescape(name): rid for name, rid in _SHEET.findall(workbook)}
    ids.update({_unescape(name): rid for rid, name in _SHEET_ID_FIRST.findall(workbook)})
    rels = archive.read("xl/_rels/workbook.xml.rels")
    targets = dict(_REL.findall(rels))
    targets.update({rid: target for target, rid in _REL_TARGET_FIRST.findall(rels)})
    target = targets[ids[sheet]].decode()
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _unescape(raw: bytes) -> str:
    for entity, char in _ENTITIES.items():
        raw = raw.replace(entity, char)
    return raw.decode("utf-8")


def column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Applied:
    table: pa.Table
    #: Hidden rows (0-based) and columns (letters) that held something, now left out.
    hidden_rows: tuple[int, ...]
    hidden_columns: tuple[str, ...]


def apply_structure(table: pa.Table, structure: SheetStructure) -> Applied:
    """Merged areas filled with their top-left value; hidden rows and columns emptied.

    Emptied, not removed: row numbers in problems stay the sheet's own.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    offset, n_rows, width = structure.first_column, table.num_rows, table.num_columns
    columns = {i: table.column(i) for i in range(width)}
    patches: dict[int, list[object]] = {}
    for r0, c0, r1, c1 in structure.merged:
        top = c0 - offset
        if not (0 <= top < width and 0 <= r0 < n_rows):
            continue
        value = columns[top][r0].as_py()
        for c in range(max(top, 0), min(c1 - offset, width - 1) + 1):
            cells = patches.setdefault(c, columns[c].to_pylist())
            for r in range(r0, min(r1, n_rows - 1) + 1):
                cells[r] = value
    for c, cells in patches.items():
        columns[c] = pa.chunked_array([pa.array(cells, pa.string())])
    hidden_rows = [r for r in structure.hidden_rows if r < n_rows]
    kept_rows: list[int] = []
    if hidden_rows:
        mask = np.zeros(n_rows, np.bool_)
        mask[hidden_rows] = True
        filled = np.zeros(n_rows, np.bool_)
        for c in range(width):
            filled |= ~np.asarray(columns[c].is_null().to_numpy(zero_copy_only=False), np.bool_)
        kept_rows = [r for r in hidden_rows if filled[r]]
        hide = pa.array(mask)
        for c in range(width):
            columns[c] = pc.if_else(hide, pa.scalar(None, pa.string()), columns[c])
    kept_columns: list[str] = []
    for sheet_column in structure.hidden_columns:
        c = sheet_column - offset
        if 0 <= c < width and columns[c].null_count < n_rows:
            kept_columns.append(column_letters(sheet_column))
            columns[c] = pa.nulls(n_rows, pa.string())
    names = table.column_names
    out = pa.table([columns[i] for i in range(width)], names=names)
    return Applied(out, tuple(kept_rows), tuple(kept_columns))
