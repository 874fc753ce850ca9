"""Opening a data file: its format, encoding, separator, header row, columns and first rows.

``read_source`` is cheap for CSV (it looks at the first lines only); the full
parse happens once the column mapping is known (``columns.read_columns``).
A workbook sheet is read whole here, because spreadsheet readers cannot stop
early.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.importing.cube import Cube, cube_table
from dialogtool.core.importing.cube import roles as cube_roles
from dialogtool.core.importing.dialect import sniff_delimiter, split_rows
from dialogtool.core.importing.encoding import Decoded, detect_encoding
from dialogtool.core.importing.footer import footer_start, is_note, source_note, unit_note
from dialogtool.core.importing.header import (
    column_names,
    compose_header,
    find_header,
    table_width,
)
from dialogtool.core.importing.jsonstat import read_json
from dialogtool.core.importing.line_guard import check_line_breaks
from dialogtool.core.importing.pcaxis import is_pcaxis, read_pcaxis
from dialogtool.core.importing.problems import (
    ImportRefusedError,
    Problem,
    ProblemKind,
    Progress,
    Steps,
)
from dialogtool.core.importing.sheet_notes import (
    danish_text,
    hidden_problem,
    sheet_choice,
    stored_as_text,
)
from dialogtool.core.importing.spreadsheet import (
    SourceFormat,
    empty_file,
    read_sheet,
    sniff_format,
)
from dialogtool.core.importing.xlsx_structure import (
    Applied,
    PendingStructure,
    SheetStructure,
    apply_structure,
)

if TYPE_CHECKING:
    import pyarrow as pa

#: The aggregation an Excel pivot writes before its value field's name.
_PIVOT_VALUE = re.compile(
    r"^(sum af|antal af|gennemsnit af|middelværdi af|sum of|count of|average of) ",
    re.IGNORECASE,
)
#: Rows looked at to find the header and propose a mapping.
SAMPLE_ROWS = 200
_SAMPLE_BYTES = 1 << 20
_READ_CHUNK = 1 << 22
#: Bytes at the end of a CSV looked at for footnotes.
_TAIL_BYTES = 1 << 16
_TAIL_ROWS = 60
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
#: Larger than any BI export of a municipality (those are a few MB to ~100 MB); a
#: bigger file is refused from its size, before a byte is read.
MAX_IMPORT_BYTES = 512 * 1024 * 1024
#: Excel's own limit; a row of millions of cells is no export.
MAX_COLUMNS = 16_384


class Digest:
    """The SHA-256 of a file, computed in a background thread while the file is parsed."""

    def __init__(self, data: bytes | bytearray) -> None:
        self._value = ""
        self._thread = threading.Thread(target=self._run, args=(data,), daemon=True)
        self._thread.start()

    def _run(self, data: bytes | bytearray) -> None:
        self._value = hashlib.sha256(data).hexdigest()  # releases the GIL

    def hexdigest(self) -> str:
        self._thread.join()
        return self._value


@dataclass(frozen=True)
class SourceTable:
    """A file opened for import. Rows are numbered from 0 here; users see them from 1."""

    name: str
    digest: Digest = field(repr=False)
    format: SourceFormat
    encoding: str | None
    delimiter: str | None
    sheets: list[str]
    sheet: str | None
    #: Index of the header row among the top rows, or None when the data start at once.
    header_row: int | None
    columns: list[str]
    #: The first data rows as text, one cell per column.
    sample: list[list[str]]
    problems: list[Problem]
    #: The top rows of the file or sheet as text (title rows, header, first data rows).
    top_rows: list[list[str]] = field(repr=False)
    path: Path | None = None
    decoded: Decoded | None = field(default=None, repr=False)
    #: Byte offset where each top row starts (CSV only), plus the end of the last one.
    line_offsets: list[int] = field(default_factory=list, repr=False)
    sheet_table: pa.Table | None = field(default=None, repr=False)
    #: Where the data end (CSV: byte offset), before the footnotes; None: at the end.
    data_end: int | None = field(default=None, repr=False)
    #: The footnote rows cut off below the table (``Kilde: …``, ``Anm.: …``).
    footnotes: list[list[str]] = field(default_factory=list, repr=False)
    #: Markers the file itself declares for a missing value (PC-Axis ``DATANOTESUM``, ``".."``).
    missing_markers: tuple[str, ...] = ()
    #: Rows (0-based, in the sheet) and columns (their headers) hidden in the workbook, left out.
    hidden_rows: tuple[int, ...] = ()
    hidden_columns: tuple[str, ...] = ()
    #: A cube (PC-Axis, JSON-stat) says itself which column is what: (role, column) pairs.
    roles: tuple[tuple[str, str], ...] = ()
    #: The unit and source a cube's metadata declare (``UNITS``, ``SOURCE``).
    declared_unit: str = ""
    declared_source: str = ""
    #: The decimal mark the cells' storage tells (a sheet's numbers stored as text are
    #: Danish); None: judged from the cells and the separator alone.
    decimal_hint: str | None = None

    @property
    def sha256(self) -> str:
        return self.digest.hexdigest()

    @property
    def above_header(self) -> list[list[str]]:
        """The title block: rows above the header."""
        return self.top_rows[: self.header_row or 0]

    @property
    def title(self) -> str:
        """The first title line above the header (StatBank: the table's name), or ""."""
        for row in self.above_header:
            cells = [c.strip() for c in row if c.strip()]
            if cells and not is_note(row) and not unit_note([row]):
                # An Excel pivot's value caption: "Sum af Klager" names "Klager".
                return _PIVOT_VALUE.sub("", cells[0]) or cells[0]
        return ""

    @property
    def unit(self) -> str:
        """What an ``Enhed:`` line above the header says (or the cube's ``UNITS``), or ""."""
        return self.declared_unit or unit_note(self.above_header)

    @property
    def source_note(self) -> str:
        """The source a ``Kilde:`` line names, below the table or above it, or ""."""
        return self.declared_source or source_note(self.footnotes) or source_note(self.above_header)

    @property
    def first_data_row(self) -> int:
        """0-based index of the first data row in the file or sheet."""
        return 0 if self.header_row is None else self.header_row + 1

    def column_sample(self, column: str) -> list[str]:
        index = self.columns.index(column)
        return [row[index] for row in self.sample]

    def released(self) -> SourceTable:
        """The file's description and top rows without its contents, kept after the import.

        The decoded text or sheet is as large as the file; the dataset holds the numbers.
        """
        return replace(self, decoded=None, sheet_table=None)

    def head(self) -> SourceTable:
        """The same file cut to its top rows: a quick preview of what a mapping would give."""
        if self.sheet_table is not None:
            return replace(self, sheet_table=self.sheet_table.slice(0, len(self.top_rows)))
        if self.decoded is not None and self.line_offsets:
            cut = replace(self.decoded, data=self.decoded.data[: self.line_offsets[-1]])
            return replace(self, decoded=cut, data_end=None)
        return self

    def with_header_row(self, header_row: int | None) -> SourceTable:
        """The same file read with another header row (as chosen in the mapping dialog)."""
        if header_row == self.header_row:
            return self
        if header_row is not None and not 0 <= header_row < len(self.top_rows):
            raise ImportRefusedError(
                QT_TRANSLATE_NOOP(
                    "Import", "Overskriftsrækken {header_row} findes ikke i filen."
                ).fill(header_row=str(header_row + 1)),
            )
        columns, sample = _columns_and_sample(self.top_rows, header_row)
        return replace(self, header_row=header_row, columns=columns, sample=sample)


def read_source(
    source: Path | str,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
) -> SourceTable:
    """Open ``source``; ``header_row`` (0-based) overrides the detected header row."""
    steps = Steps(progress)
    path = Path(source)
    data = _read_bytes(path, steps)
    return open_bytes(data, path.name, path=path, sheet=sheet, header_row=header_row, steps=steps)


def open_bytes(
    data: bytes | bytearray,
    name: str,
    *,
    path: Path | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    steps: Steps | None = None,
) -> SourceTable:
    steps = steps or Steps(None)
    if not data or data.isspace():
        raise empty_file()
    digest = Digest(data)
    cube = read_cube(data)
    if cube is not None:
        return _open_cube(cube, name, digest, path)
    fmt = sniff_format(data)
    problems: list[Problem] = []
    suffix = Path(name).suffix.lower()
    if fmt == "csv" and suffix in _SPREADSHEET_SUFFIXES:
        problems.append(
            Problem(
                ProblemKind.WRONG_EXTENSION,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Filen hedder {suffix}, men er en tekstfil (CSV); den er læst som CSV.",
                ).fill(suffix=suffix),
                name,
            )
        )
    if fmt == "csv":
        table = _open_csv(data, name, digest, problems, header_row)
    else:
        table = _open_sheet(data, name, digest, fmt, sheet, problems, header_row)
    steps.report(40)
    return replace(table, path=path)


def read_cube(data: bytes | bytearray) -> Cube | None:
    """The cube in a PC-Axis or JSON file; None for any other file (JSON not JSON-stat is refused)."""
    lead = bytes(data[:16]).lstrip(b"\xef\xbb\xbf").lstrip()
    if lead.startswith((b"{", b"[")):
        return read_json(data)
    if not is_pcaxis(data):
        return None
    try:
        return read_pcaxis(data)
    except (ValueError, IndexError, KeyError, OverflowError):  # pa.ArrowInvalid is a ValueError
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "PC-Axis-filen kan ikke læses; den er beskadiget eller ufuldstændig."
            ),
        ) from None


def _open_cube(cube: Cube, name: str, digest: Digest, path: Path | None) -> SourceTable:
    """A PC-Axis or JSON-stat cube as a long table whose roles the file itself declares."""
    roles = cube_roles(cube)
    table, names = cube_table(cube, roles["period"][0])
    top_rows = [_text_row(row) for row in table.slice(0, SAMPLE_ROWS).to_pylist()]
    return SourceTable(
        name=name,
        digest=digest,
        format="px" if cube.format == "px" else "jsonstat",
        encoding=None,
        delimiter=None,
        sheets=[],
        sheet=None,
        header_row=0,
        columns=names,
        sample=top_rows[1:],
        problems=[],
        top_rows=top_rows,
        path=path,
        sheet_table=table,
        missing_markers=cube.markers,
        roles=tuple((role, column) for role, columns in roles.items() for column in columns),
        declared_unit=cube.unit,
        declared_source=cube.source,
    )


def _read_bytes(path: Path, steps: Steps) -> bytearray:
    """The whole file, read in chunks so a large one reports progress and can be cancelled.

    A folder, a FIFO or a device is refused from ``stat`` (opening a FIFO would block),
    and so is a file above ``MAX_IMPORT_BYTES`` (a sparse 2 GB file costs nothing to stat).
    """
    try:
        info = path.stat()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP("Import", "Filen {name} kan ikke læses ({reason}).").fill(
                name=path.name, reason=reason
            ),
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "{name} er ikke en almindelig fil (men en mappe eller en enhed)."
            ).fill(name=path.name),
        )
    if info.st_size > MAX_IMPORT_BYTES:
        size, limit = info.st_size // 2**20, MAX_IMPORT_BYTES // 2**20
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "Filen {name} er for stor ({size} MB; grænsen er {limit} MB)."
            ).fill(name=path.name, size=size, limit=limit),
        )
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            check_line_breaks(handle, size, path.name)
            data = bytearray(size)
            view = memoryview(data)
            done = 0
            while done < size:
                n = handle.readinto(view[done : done + _READ_CHUNK])
                if not n:
                    break
                done += n
                steps.report(30 * done // size)
            del view
            del data[done:]
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP("Import", "Filen {name} kan ikke læses ({reason}).").fill(
                name=path.name, reason=reason
            ),
        ) from None
    return data


def _open_csv(
    data: bytes | bytearray,
    name: str,
    digest: Digest,
    problems: list[Problem],
    header_row: int | None,
) -> SourceTable:
    decoded = detect_encoding(data)
    lines, offsets = _top_lines(decoded, len(decoded.data))
    delimiter = sniff_delimiter(lines)
    _check_width(max((line.count(delimiter) + 1 for line in lines), default=0))
    data_end, footnotes = _csv_footer(decoded, delimiter)
    if data_end is not None:
        lines, offsets = _top_lines(decoded, data_end)
    top_rows = split_rows(lines, delimiter)
    _check_width(max((len(row) for row in top_rows), default=0))
    if header_row is None:
        header_row = find_header(top_rows)
    columns, sample = _columns_and_sample(top_rows, header_row)
    return SourceTable(
        name=name,
        digest=digest,
        format="csv",
        encoding=decoded.encoding,
        delimiter=delimiter,
        sheets=[],
        sheet=None,
        header_row=header_row,
        columns=columns,
        sample=sample,
        problems=problems,
        top_rows=top_rows,
        decoded=decoded,
        line_offsets=offsets,
        data_end=data_end,
        footnotes=footnotes,
    )


def _csv_footer(decoded: Decoded, delimiter: str) -> tuple[int | None, list[list[str]]]:
    """Where the footnotes at the end of the file start (byte offset), and their rows."""
    data = decoded.data
    begin = max(decoded.offset, len(data) - _TAIL_BYTES)
    if begin > decoded.offset:
        begin = data.find(b"\n", begin) + 1 or len(data)
    starts: list[int] = []
    pos = begin
    while pos < len(data):
        starts.append(pos)
        end = data.find(b"\n", pos)
        pos = len(data) if end < 0 else end + 1
    starts = starts[-_TAIL_ROWS:]
    if not starts:
        return None, []
    ends = [*starts[1:], len(data)]
    texts = [
        data[a:b].rstrip(b"\r\n").decode(decoded.codec, errors="replace")
        for a, b in zip(starts, ends, strict=True)
    ]
    rows = split_rows(texts, delimiter)
    first = footer_start(rows)
    if first is None:
        return None, []
    return starts[first], [row for row in rows[first:] if any(c.strip() for c in row)]


def _top_lines(decoded: Decoded, end: int) -> tuple[list[str], list[int]]:
    """The first lines before ``end`` as text and the byte offset where each starts (plus the end)."""
    data, pos = decoded.data, decoded.offset
    limit = min(end, pos + _SAMPLE_BYTES)
    lines: list[str] = []
    offsets: list[int] = []
    while pos < limit and len(lines) < SAMPLE_ROWS:
        end = data.find(b"\n", pos)
        stop = len(data) if end < 0 else end + 1
        offsets.append(pos)
        line = data[pos:stop].rstrip(b"\r\n").decode(decoded.codec, errors="replace")
        lines.append(line)
        pos = stop
    offsets.append(pos)
    return lines, offsets


def _open_sheet(
    data: bytes | bytearray,
    name: str,
    digest: Digest,
    fmt: SourceFormat,
    sheet: str | None,
    problems: list[Problem],
    header_row: int | None,
) -> SourceTable:
    pending = PendingStructure(data, sheet) if fmt == "xlsx" else None
    loaded = read_sheet(data, sheet)
    table = loaded.table
    problems.extend(sheet_choice(loaded, name))
    hidden: Applied | None = None
    text_cells: frozenset[tuple[int, int]] = frozenset()
    structure = SheetStructure()
    if pending is not None:
        structure = pending.result(loaded.name)
        hidden = apply_structure(table, structure)
        table, text_cells = hidden.table, structure.text_cells
        problems.extend(hidden_problem(hidden, name, loaded.name))
    tail_from = max(0, table.num_rows - _TAIL_ROWS)
    tail = [_text_row(row) for row in table.slice(tail_from).to_pylist()]
    first = footer_start(tail)
    footnotes: list[list[str]] = []
    if first is not None and tail_from + first > 0:
        footnotes = [row for row in tail[first:] if any(c.strip() for c in row)]
        table = table.slice(0, tail_from + first)
    top = table.slice(0, SAMPLE_ROWS).to_pylist()
    top_rows = [_text_row(row) for row in top]
    if header_row is None:
        header_row = find_header(top_rows)
    columns, sample = _columns_and_sample(top_rows, header_row)
    return SourceTable(
        name=name,
        digest=digest,
        format=fmt,
        encoding=None,
        delimiter=None,
        sheets=loaded.names,
        sheet=loaded.name,
        header_row=header_row,
        columns=columns,
        sample=sample,
        problems=problems,
        top_rows=top_rows,
        sheet_table=table,
        footnotes=footnotes,
        hidden_rows=hidden.hidden_rows if hidden else (),
        hidden_columns=hidden.hidden_columns if hidden else (),
        decimal_hint=stored_as_text(top_rows, text_cells, structure.first_column)
        if fmt == "xlsx"
        else danish_text(top_rows),
    )


def _text_row(row: dict[str, object]) -> list[str]:
    return ["" if v is None else str(v) for v in row.values()]


def _check_width(width: int) -> None:
    """Refused before the header is looked for (that looks at every cell of the top rows)."""
    if width > MAX_COLUMNS:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "Tabellen har {width} kolonner; mere end {limit} er ingen dataeksport."
            ).fill(width=width, limit=MAX_COLUMNS)
        )


def _columns_and_sample(
    top_rows: list[list[str]], header_row: int | None
) -> tuple[list[str], list[list[str]]]:
    start = 0 if header_row is None else header_row + 1
    body = top_rows[start:]
    header = top_rows[header_row] if header_row is not None else []
    # The most common field count: one odd row must not add or drop columns for all.
    counts = Counter(len(row) for row in body if any(cell.strip() for cell in row))
    width = max(len(header), counts.most_common(1)[0][0] if counts else 0)
    _check_width(width)
    if table_width(body) == 0 and header_row is not None:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP("Import", "Filen har en overskrift, men ingen rækker med data."),
        )
    columns = column_names(compose_header(top_rows, header_row) if header_row else header, width)
    sample = [[*row, *([""] * (width - len(row)))][:width] for row in body]
    return columns, sample
