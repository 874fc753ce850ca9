"""Which text encoding a CSV export uses: UTF-8 (with or without BOM), UTF-16 or Windows-1252.

Danish BI portals write UTF-8 with a BOM or Windows-1252; Excel's "Unicode
text" is UTF-16. Text that is not UTF-8 is read as Windows-1252, which agrees
with Latin-1 on every letter (the few bytes it leaves undefined are control
codes in Latin-1 and are shown as replacement characters).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from dialogtool.core.importing.problems import ImportRefusedError

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class Decoded:
    """``data[offset:]`` is the text in ``codec``; ``encoding`` is the name shown to users."""

    data: bytes | bytearray
    offset: int
    codec: str
    encoding: str


def detect_encoding(data: bytes | bytearray) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data, 3, "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_text() from None
        return Decoded(text.encode("utf-8"), 0, "utf-8", "utf-16")
    sample = data[:_SAMPLE]
    if b"\x00" in sample or _control_ratio(sample) > 0.01:
        raise _not_text()
    if data.isascii() or _is_utf8(data):
        return Decoded(data, 0, "utf-8", "utf-8")
    # Transcoded, as UTF-16 is: the CSV reader (pyarrow) reports a ragged row's text as
    # UTF-8 and raised UnicodeDecodeError inside its callback on Windows-1252 bytes.
    text = bytes(data).decode("cp1252", errors="replace")
    return Decoded(text.encode("utf-8"), 0, "utf-8", "windows-1252")


def _is_utf8(data: bytes | bytearray) -> bool:
    """Chunk by chunk: a decoding error would copy the whole buffer into the exception."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), _SAMPLE * 16):
            decoder.decode(view[start : start + _SAMPLE * 16])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _control_ratio(sample: bytes | bytearray) -> float:
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)


def _not_text() -> ImportRefusedError:
    return ImportRefusedError(
        "Filen er hverken et regneark eller en tekstfil (CSV), så den kan ikke indlæses.",
        "The file is neither a spreadsheet nor a text (CSV) file, so it cannot be loaded.",
    )
