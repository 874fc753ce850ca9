"""Writers for the test corpus: small files in the shapes real BI exports come in."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from dialogtool.core.importing import ImportResult

Row = tuple[str, str, str, float, float | None]


def tidy(result: ImportResult) -> list[Row]:
    """The observations a user would see, in file order."""
    return list(result.dataset.tidy_rows())


def write_text(path: Path, lines: list[str], encoding: str = "utf-8", eol: str = "\r\n") -> Path:
    path.write_bytes((eol.join(lines) + eol).encode(encoding))
    return path


def write_ods(path: Path, rows: list[list[str | float | None]]) -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (no writer library needed)."""
    cells_xml = []
    for row in rows:
        cells = []
        for cell in row:
            if cell is None:
                cells.append("<table:table-cell/>")
            elif isinstance(cell, float):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{cell!r}">'
                    f"<text:p>{cell!r}</text:p></table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}'
                    "</text:p></table:table-cell>"
                )
        cells_xml.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data">'
        + "".join(cells_xml)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path
