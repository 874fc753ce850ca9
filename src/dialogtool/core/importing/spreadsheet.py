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

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
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
_NOT_TABLES: tuple[tuple[bytes, Message], ...] = (
    (b"%PDF", QT_TRANSLATE_NOOP("Import", "en PDF")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Import", "et billede (PNG)")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Import", "et billede (JPEG)")),
    (b"GIF8", QT_TRANSLATE_NOOP("Import", "et billede (GIF)")),
    (b"BM", QT_TRANSLATE_NOOP("Import", "et billede (BMP)")),
    (b"II*\x00", QT_TRANSLATE_NOOP("Import", "et billede (TIFF)")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("Import", "et billede (TIFF)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Import", "en komprimeret fil (gzip)")),
)
#: Leading text (lower case, after a BOM and white space) of text files that are not tables.
_NOT_TABLE_TEXT: tuple[tuple[str, Message], ...] = (
    ("{", QT_TRANSLATE_NOOP("Import", "et JSON-svar fra et API")),
    ("[{", QT_TRANSLATE_NOOP("Import", "et JSON-svar fra et API")),
    ('["', QT_TRANSLATE_NOOP("Import", "et JSON-svar fra et API")),
    ("<!doctype html", QT_TRANSLATE_NOOP("Import", "en hjemmeside (HTML)")),
    ("<html", QT_TRANSLATE_NOOP("Import", "en hjemmeside (HTML)")),
    ("<table", QT_TRANSLATE_NOOP("Import", "en hjemmeside (HTML)")),
    ("mime-version:", QT_TRANSLATE_NOOP("Import", "en webside gemt som MHTML (fx en rapport fra Reporting Services)")),
    ("{\\rtf", QT_TRANSLATE_NOOP("Import", "et tekstdokument (RTF)")),
    ("<?xml", QT_TRANSLATE_NOOP("Import", "en XML-fil")),
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
    for magic, what in _NOT_TABLES:
        if data.startswith(magic):
            raise not_a_table(what)
    lead = bytes(data[:64]).lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if lead.startswith(b"<?xml") and _SPREADSHEET_ML in data[:4096]:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "Filen er et Excel 2003-XML-regneark, som ikke læses; åbn den i Excel og "
                "gem den som .xlsx, eller hent data som CSV.",
            ),
        )
    for text, what in _NOT_TABLE_TEXT:
        if lead.startswith(text.encode()) or lead.startswith(text.encode("utf-16-le")):
            raise not_a_table(what)
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
        raise not_a_table(QT_TRANSLATE_NOOP("Import", "et Word-dokument"))
    if any(name.startswith("ppt/") for name in names):
        raise not_a_table(QT_TRANSLATE_NOOP("Import", "en PowerPoint-præsentation"))
    raise not_a_table(
        QT_TRANSLATE_NOOP(
            "Import", "et zip-arkiv, ikke et regneark – pak det ud og vælg filen indeni"
        ),
    )


def not_a_table(what: Message) -> ImportRefusedError:
    return ImportRefusedError(_NOT_A_TABLE.fill(what=what))


_NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "Import", "Filen er {what}, ikke en tabel; hent data som CSV eller Excel."
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
            QT_TRANSLATE_NOOP(
                "Import", "Regnearket har intet ark, der hedder '{sheet}' (arkene er: {sheets})."
            ).fill(sheet=sheet, sheets=", ".join(names)),
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
            QT_TRANSLATE_NOOP(
                "Import", "Ingen af regnearkets ark ({sheets}) er en tabel med tal."
            ).fill(sheets=", ".join(names)),
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
        QT_TRANSLATE_NOOP(
            "Import", "Regnearket kan ikke åbnes; filen er beskadiget eller ufuldstændig."
        ),
    )


def empty_file() -> ImportRefusedError:
    return ImportRefusedError(QT_TRANSLATE_NOOP("Import", "Filen er tom."))
