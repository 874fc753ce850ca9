"""A text file without line breaks is refused from its first megabytes, not after reading it all.

Reading a 500 MB file of one line took 12 s and 3 GB (the whole file is read, then
its "first line" is decoded as one string). A table has a line break within its
first row; the longest real first row (16,384 columns of long names) is well under
``MAX_FIRST_LINE_BYTES``. Workbooks (zip, OLE2) are binary and are not looked at.
"""

from __future__ import annotations

from typing import BinaryIO

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.importing.problems import ImportRefusedError

MAX_FIRST_LINE_BYTES = 8 * 1024 * 1024
_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def check_line_breaks(handle: BinaryIO, size: int, name: str) -> None:
    """Refuse a text file larger than ``MAX_FIRST_LINE_BYTES`` with no line break in them.

    Reads at most that many bytes and leaves ``handle`` at its start.
    """
    if size <= MAX_FIRST_LINE_BYTES:
        return
    head = handle.read(MAX_FIRST_LINE_BYTES)
    handle.seek(0)
    if head.startswith(_BINARY_MAGIC) or b"\n" in head or b"\r" in head:
        return
    limit = MAX_FIRST_LINE_BYTES // 2**20
    raise ImportRefusedError(
        QT_TRANSLATE_NOOP(
            "Import",
            "Filen {name} har ingen linjeskift i de første {limit} MB, så den er "
            "ingen tabel; hent data som CSV eller Excel.",
        ).fill(name=name, limit=limit),
    )
