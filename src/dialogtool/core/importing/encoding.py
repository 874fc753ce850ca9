"""Which text encoding a CSV export uses: UTF-8 (with or without BOM), UTF-16 or Windows-1252.

Danish BI portals write UTF-8 with a BOM or Windows-1252; Excel's "Unicode
text" is UTF-16. Text that is not UTF-8 is read as Windows-1252, which agrees
with Latin-1 on every letter (the few bytes it leaves undefined are control
codes in Latin-1 and are shown as replacement characters).
"""

from __future__ import annotations

import codecs
import encodings.cp1252 as cp1252
from dataclasses import dataclass

from typing_extensions import Buffer

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
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
    return Decoded(data, 0, "cp1252", "windows-1252")


#: The name pyarrow's CSV reader is given for Windows-1252: it transcodes to UTF-8 in
#: its own threads. Without it a ragged row's text, handed to our bad-row hook as
#: UTF-8, raised UnicodeDecodeError inside pyarrow ("Exception ignored …").
ARROW_CP1252 = "dialogtool_cp1252"


class _Cp1252Replacing(codecs.IncrementalDecoder):
    """Windows-1252 where its five undefined bytes become U+FFFD (as ``errors="replace"``)."""

    def decode(self, input: Buffer, final: bool = False) -> str:
        return codecs.charmap_decode(input, "replace", cp1252.decoding_table)[0]


def _search(name: str) -> codecs.CodecInfo | None:
    if name != ARROW_CP1252:
        return None
    return codecs.CodecInfo(
        name=ARROW_CP1252,
        encode=cp1252.Codec().encode,
        decode=lambda data, errors="strict": codecs.charmap_decode(
            data, "replace", cp1252.decoding_table
        ),
        incrementaldecoder=_Cp1252Replacing,
    )


codecs.register(_search)


def arrow_encoding(codec: str) -> str:
    """What pyarrow's ``ReadOptions.encoding`` is given for text in ``codec``."""
    return ARROW_CP1252 if codec == "cp1252" else "utf8"


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
        QT_TRANSLATE_NOOP(
            "Import",
            "Filen er hverken et regneark eller en tekstfil (CSV), så den kan ikke indlæses.",
        ),
    )
