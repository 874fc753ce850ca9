"""Telling spreadsheets from text by their bytes, and reading a sheet with fastexcel.

fastexcel (Rust, calamine) reads XLSX, XLS and ODS straight into Arrow. Every
cell is read as text so title rows, the header and the data share one table;
the importer finds the header and parses numbers itself.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from dialogtool.core.importing.problems import ImportRefusedError
from dialogtool.core.importing.workbook import is_table
from dialogtool.core.importing.zip_guard import (
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
    check_inflated,
    too_large,
)

if TYPE_CHECKING:
    import pyarrow as pa

SourceFormat = Literal["csv", "xlsx", "xls", "ods", "px", "jsonstat"]

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


#: Leading bytes of files that are not tables, and what to call them.
_NOT_TABLES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "en PDF", "a PDF"),
    (b"\x89PNG", "et billede (PNG)", "an image (PNG)"),
    (b"\xff\xd8\xff", "et billede (JPEG)", "an image (JPEG)"),
    (b"GIF8", "et billede (GIF)", "an image (GIF)"),
    (b"BM", "et billede (BMP)", "an image (BMP)"),
    (b"II*\x00", "et billede (TIFF)", "an image (TIFF)"),
    (b"MM\x00*", "et billede (TIFF)", "an image (TIFF)"),
    (b"\x1f\x8b", "en komprimeret fil (gzip)", "a compressed file (gzip)"),
)
#: Leading text (lower case, after a BOM and white space) of text files that are not tables.
_NOT_TABLE_TEXT: tuple[tuple[str, str, str], ...] = (
    ("{", "et JSON-svar fra et API", "a JSON response from an API"),
    ("[{", "et JSON-svar fra et API", "a JSON response from an API"),
    ('["', "et JSON-svar fra et API", "a JSON response from an API"),
    ("<!doctype html", "en hjemmeside (HTML)", "a web page (HTML)"),
    ("<html", "en hjemmeside (HTML)", "a web page (HTML)"),
    ("<table", "en hjemmeside (HTML)", "a web page (HTML)"),
    ("mime-version:", "en webside gemt som MHTML (fx en rapport fra Reporting Services)",
     "a web page saved as MHTML (such as a Reporting Services report)"),
    ("{\\rtf", "et tekstdokument (RTF)", "a text document (RTF)"),
    ("<?xml", "en XML-fil", "an XML file"),
)  # fmt: skip
#: An Excel 2003 XML workbook (SpreadsheetML), as older BI tools and SSRS export "Excel".
_SPREADSHEET_ML = b"urn:schemas-microsoft-com:office:spreadsheet"


def sniff_format(data: bytes | bytearray) -> SourceFormat:
    """The format the bytes are in, whatever the file is called.

    Files that are no table at all (PDF, images, JSON, HTML saved as .xls, a zip
    that is not a workbook) are refused here, saying what they are.
    """
    if data.startswith(_ZIP):
        if _ODS_MIME in data[:200]:
            with contextlib.suppress(zipfile.BadZipFile, OSError, ValueError):
                members = zipfile.ZipFile(io.BytesIO(data)).infolist()
                _check_unpacked_size(members, len(data))
                check_inflated(data, members)
            return "ods"
        _check_workbook_zip(data)
        return "xlsx"
    if data.startswith(_OLE2):
        return "xls"
    for magic, da, en in _NOT_TABLES:
        if data.startswith(magic):
            raise not_a_table(da, en)
    lead = bytes(data[:64]).lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if lead.startswith(b"<?xml") and _SPREADSHEET_ML in data[:4096]:
        raise ImportRefusedError(
            "Filen er et Excel 2003-XML-regneark, som ikke læses; åbn den i Excel og gem den "
            "som .xlsx, eller hent data som CSV.",
            "The file is an Excel 2003 XML workbook, which is not read; open it in Excel and "
            "save it as .xlsx, or download the data as CSV.",
        )
    for text, da, en in _NOT_TABLE_TEXT:
        if lead.startswith(text.encode()) or lead.startswith(text.encode("utf-16-le")):
            raise not_a_table(da, en)
    return "csv"


def _check_unpacked_size(members: list[zipfile.ZipInfo], packed: int) -> None:
    """A zip bomb that says so: the directory's sizes, before anything is unpacked.

    A directory that lies is caught by ``zip_guard.check_inflated``, which counts."""
    unpacked = sum(member.file_size for member in members)
    bomb = unpacked > 2**26 and unpacked > MAX_RATIO * max(packed, 1)
    if unpacked > MAX_UNPACKED_BYTES or bomb:
        raise too_large(unpacked)


def _check_workbook_zip(data: bytes | bytearray) -> None:
    """A zip archive is an XLSX only when it holds a workbook part."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # damaged: reading the sheet says so
    _check_unpacked_size(members, len(data))
    check_inflated(data, members)
    names = [member.filename for member in members]
    if any(name.startswith("xl/") for name in names):
        return
    if any(name.startswith("word/") for name in names):
        raise not_a_table("et Word-dokument", "a Word document")
    if any(name.startswith("ppt/") for name in names):
        raise not_a_table("en PowerPoint-præsentation", "a PowerPoint presentation")
    raise not_a_table(
        "et zip-arkiv, ikke et regneark – pak det ud og vælg filen indeni",
        "a zip archive, not a workbook – unpack it and choose the file inside",
    )


def not_a_table(what_da: str, what_en: str) -> ImportRefusedError:
    return ImportRefusedError(
        f"Filen er {what_da}, ikke en tabel; hent data som CSV eller Excel.",
        f"The file is {what_en}, not a table; download the data as CSV or Excel.",
    )


@dataclass(frozen=True)
class Sheet:
    names: list[str]
    name: str
    #: Every row of the sheet from the top, every cell as text (null when empty).
    table: pa.Table
    #: Sheets before the chosen one that are no table (a cover page), and other tables.
    skipped: list[str] = field(default_factory=list)
    other_tables: list[str] = field(default_factory=list)


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
    if sheet is not None:
        table = _load(reader, sheet)
        if table.num_rows:
            return Sheet(names, sheet, table)
        raise empty_file()
    # No sheet asked for: the first that is a table (a cover page or notes come first often).
    filled = [(name, table) for name in names if (table := _load(reader, name)).num_rows]
    if not filled:
        raise empty_file()
    tables = [name for name, table in filled if is_table(table)]
    if not tables:
        if len(filled) == 1:  # one sheet: the importer says what is wrong with it
            return Sheet(names, filled[0][0], filled[0][1])
        raise ImportRefusedError(
            f"Ingen af regnearkets ark ({', '.join(names)}) er en tabel med tal.",
            f"None of the workbook's sheets ({', '.join(names)}) is a table of numbers.",
        )
    chosen = tables[0]
    skipped = [
        name for name, _ in filled if name not in tables and names.index(name) < names.index(chosen)
    ]
    return Sheet(names, chosen, dict(filled)[chosen], skipped, tables[1:])


def _load(reader: Any, name: str) -> pa.Table:
    try:
        loaded = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
        return _as_table(loaded.to_arrow())
    except Exception:  # fastexcel raises its own hierarchy for damaged files
        raise damaged() from None


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
