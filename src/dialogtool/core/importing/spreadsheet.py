"""Telling spreadsheets from text by their bytes, and reading a sheet with fastexcel.

fastexcel (Rust, calamine) reads XLSX, XLS and ODS straight into Arrow. Every
cell is read as text so title rows, the header and the data share one table;
the importer finds the header and parses numbers itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dialogtool.core.importing.problems import ImportRefusedError

if TYPE_CHECKING:
    import pyarrow as pa

SourceFormat = Literal["csv", "xlsx", "xls", "ods"]

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def sniff_format(data: bytes | bytearray) -> SourceFormat:
    """The format the bytes are in, whatever the file is called."""
    if data.startswith(_ZIP):
        return "ods" if _ODS_MIME in data[:200] else "xlsx"
    if data.startswith(_OLE2):
        return "xls"
    return "csv"


@dataclass(frozen=True)
class Sheet:
    names: list[str]
    name: str
    #: Every row of the sheet from the top, every cell as text (null when empty).
    table: pa.Table


def read_sheet(data: bytes | bytearray, sheet: str | None) -> Sheet:
    """Read ``sheet`` (default: the first sheet that holds anything) as text cells."""
    import fastexcel

    try:
        reader = fastexcel.read_excel(bytes(data))
        names = list(reader.sheet_names)
    except Exception:  # fastexcel raises its own hierarchy for damaged files
        raise damaged() from None
    if sheet is not None and sheet not in names:
        raise ImportRefusedError(
            f"Regnearket har intet ark, der hedder '{sheet}' (arkene er: {', '.join(names)}).",
            f"The workbook has no sheet called '{sheet}' (its sheets are: {', '.join(names)}).",
        )
    if not names:
        raise empty_file()
    for name in [sheet] if sheet is not None else names:
        try:
            loaded = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
            table = _as_table(loaded.to_arrow())
        except Exception:
            raise damaged() from None
        if table.num_rows:
            return Sheet(names, name, table)
    raise empty_file()


def _as_table(batch: pa.RecordBatch) -> pa.Table:
    import pyarrow as pa

    return pa.Table.from_batches([batch])


def damaged() -> ImportRefusedError:
    return ImportRefusedError(
        "Regnearket kan ikke åbnes; filen er beskadiget eller ufuldstændig.",
        "The spreadsheet cannot be opened; the file is damaged or incomplete.",
    )


def empty_file() -> ImportRefusedError:
    return ImportRefusedError("Filen er tom.", "The file is empty.")
