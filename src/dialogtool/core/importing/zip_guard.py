"""A zip bomb guard that counts the bytes a workbook actually inflates to.

The sizes in a zip's directory are written by whoever made the file: a 2 MB
XLSX can claim a 1 kB sheet that inflates to 2 GB, and the spreadsheet reader
(calamine, in Rust) inflates what is there, not what is claimed. So every
member is inflated here once, in 1 MB pieces that are counted and thrown away
(constant memory), and the file is refused as soon as

- a member inflates to more than its directory entry says (the zip lies), or
- the members together inflate to more than ``MAX_UNPACKED_BYTES``, or more than
  ``MAX_RATIO`` times the file's size beyond 64 MB (a bomb that tells the truth).

XLSX (ECMA-376 part 2) and ODS (ODF 1.2 part 3) allow only stored and deflated
members; any other method is refused, since it cannot be counted here.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.importing.problems import ImportRefusedError

#: What a workbook may unpack to; calamine holds a sheet's XML in memory while reading it.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
#: Worksheet XML compresses ~10-30 times; far more is a bomb (only above ``RATIO_FLOOR``).
MAX_RATIO = 200
RATIO_FLOOR = 64 * 1024 * 1024
_OUT_PIECE = 1 << 20
_IN_PIECE = 1 << 16
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., name length, extra length


def unpacked_limit(packed: int) -> int:
    """The most a workbook of ``packed`` bytes may inflate to."""
    return min(MAX_UNPACKED_BYTES, max(RATIO_FLOOR, MAX_RATIO * packed))


def too_large(unpacked: int, *, counted: bool = False) -> ImportRefusedError:
    """Refused for its size; ``counted``: inflating stopped at ``unpacked`` bytes."""
    message = _TOO_LARGE_COUNTED if counted else _TOO_LARGE
    return ImportRefusedError(message.fill(size=unpacked // 2**20))


_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import",
    "Regnearket fylder {size} MB, når det pakkes ud; det er for stort til at være en dataeksport.",
)
_TOO_LARGE_COUNTED = QT_TRANSLATE_NOOP(
    "Import",
    "Regnearket fylder over {size} MB, når det pakkes ud; det er for stort til at være en "
    "dataeksport.",
)


def lying() -> ImportRefusedError:
    return ImportRefusedError(
        QT_TRANSLATE_NOOP(
            "Import",
            "Regnearket er beskadiget eller manipuleret: en del af det fylder mere, "
            "når den pakkes ud, end filen selv oplyser.",
        ),
    )


def check_inflated(data: bytes | bytearray, members: list[zipfile.ZipInfo]) -> None:
    """Inflate every member of the zip in ``data`` and count; refuse a lie or a bomb."""
    limit = unpacked_limit(len(data))
    view = memoryview(data)
    total = 0
    for member in members:
        start = _data_start(view, member)
        if start is None:
            continue  # a damaged entry: reading the sheet says so
        end = min(len(view), start + member.compress_size)
        if member.compress_type == zipfile.ZIP_STORED:
            inflated = end - start
        elif member.compress_type == zipfile.ZIP_DEFLATED:
            inflated = _count_deflated(view[start:end], member.file_size, limit - total)
        else:
            raise unsupported()
        if inflated > member.file_size:
            raise lying()
        total += inflated
        if total > limit:
            raise too_large(total, counted=True)


def _data_start(view: memoryview, member: zipfile.ZipInfo) -> int | None:
    offset = member.header_offset
    if offset < 0 or offset + _LOCAL_HEADER.size > len(view):
        return None
    signature, name_len, extra_len = _LOCAL_HEADER.unpack_from(view, offset)
    if signature != b"PK\x03\x04":
        return None
    return offset + _LOCAL_HEADER.size + int(name_len) + int(extra_len)


def _count_deflated(stream: memoryview, stated: int, room: int) -> int:
    """Bytes the raw deflate ``stream`` inflates to, stopping just past ``stated`` or ``room``."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    count = 0
    pos = 0
    pending: bytes | memoryview = b""
    while not inflater.eof:
        if not pending:
            if pos >= len(stream):
                break
            pending = stream[pos : pos + _IN_PIECE]
            pos += len(pending)
        try:
            count += len(inflater.decompress(pending, _OUT_PIECE))
        except zlib.error:
            return count  # damaged: reading the sheet says so
        pending = inflater.unconsumed_tail
        if count > stated or count > room:
            return count
    return count


def unsupported() -> ImportRefusedError:
    return ImportRefusedError(
        QT_TRANSLATE_NOOP(
            "Import",
            "Regnearket er pakket på en måde, som Excel og LibreOffice ikke bruger; "
            "gem det igen fra Excel, eller hent data som CSV.",
        ),
    )
