"""Reading numbers written the Danish way (``1.234,5``) or the English way (``1,234.5``).

The decimal mark is decided once per column from its contents; where the
contents cannot tell (``1.234``), the file's convention decides: a ``;`` or tab
separated export is Danish, a ``,`` separated one is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from dialogtool.core.dataset import FloatArray

if TYPE_CHECKING:
    import pyarrow as pa

#: Cells that mean "no value" (Statistics Denmark writes ``..``; ``x`` hides small numbers).
MISSING_MARKERS = frozenset(
    {
        "",
        ".",
        "..",
        "...",
        "-",
        "--",
        "–",
        "—",
        ":",
        "x",
        "n/a",
        "na",
        "#n/a",
        "null",
        "none",
        "*",
        "**",
        "…",
        "§",
        "n.a.",
        # Discretion in health and social statistics: small counts shown as "<5".
        "<3",
        "< 3",
        "<5",
        "< 5",
        "<10",
        "< 10",
    }
)

_COMMA_DECIMAL = r"^[+-]?(?:(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?|,\d+)$"
_DOT_DECIMAL = r"^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$"
_NOISE = r"[\s\x{00a0}\x{202f}%]"
_PATTERNS = {",": re.compile(_COMMA_DECIMAL), ".": re.compile(_DOT_DECIMAL)}
_PY_NOISE = re.compile(r"[\s\u00a0\u202f%]")
_THOUSANDS_ONLY = {
    ",": re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+$"),
    ".": re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+$"),
}
#: What a typed CSV reader parses without help: no thousands marks, no noise.
_PLAIN = {",": re.compile(r"^-?\d+(?:,\d+)?$"), ".": re.compile(r"^-?\d+(?:\.\d+)?$")}


def _clean(text: str) -> str:
    return _PY_NOISE.sub("", text).replace("\u2212", "-")


def is_missing(text: str) -> bool:
    return text.strip().lower() in MISSING_MARKERS


def parse_number(text: str, decimal: str) -> float | None:
    """The number in ``text`` under the given decimal mark, or None."""
    s = _clean(text)
    if not _PATTERNS[decimal].match(s):
        return None
    s = s.replace(".", "").replace(",", ".") if decimal == "," else s.replace(",", "")
    return float(s)


def looks_numeric(text: str) -> bool:
    s = _clean(text)
    return bool(s) and any(p.match(s) for p in _PATTERNS.values())


def detect_decimal(samples: list[str], hint: str) -> str:
    """The decimal mark of a column, judged from its cells; ``hint`` when they cannot tell."""
    votes = {",": 0, ".": 0}
    for raw in samples:
        if is_missing(raw):
            continue
        s = _clean(raw)
        has_comma, has_dot = "," in s, "." in s
        if has_comma and has_dot:
            votes["," if s.rfind(",") > s.rfind(".") else "."] += 1
        elif has_comma or has_dot:
            mark = "," if has_comma else "."
            # "1.234" may be a thousand (Danish) or one and a bit (English): no vote.
            if not _THOUSANDS_ONLY["." if mark == "," else ","].match(s):
                votes[mark] += 1
    if votes[","] != votes["."]:
        return "," if votes[","] > votes["."] else "."
    return hint


def is_plain(samples: list[str], decimal: str) -> bool:
    """True when every non-missing sample is a bare number a typed reader can parse."""
    pattern = _PLAIN[decimal]
    return all(is_missing(s) or pattern.match(s) for s in samples)


def parse_number_array(
    strings: pa.Array | pa.ChunkedArray, decimal: str
) -> tuple[FloatArray, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Parse a text column: (values with NaN where none, missing mask, not-a-number mask).

    Well-formed columns take a quick path (drop thousands marks, cast); only a
    column with a doubtful cell is checked cell by cell.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    column = strings.combine_chunks() if isinstance(strings, pa.ChunkedArray) else strings
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if column.null_count:
        column = pc.fill_null(column, pa.scalar(b"" if pa.types.is_binary(column.type) else ""))
    missing = np.asarray(
        pc.is_in(column.cast(pa.binary()), value_set=missing_variants().cast(pa.binary())).to_numpy(
            zero_copy_only=False
        ),
        np.bool_,
    )
    if pa.types.is_binary(column.type) or pa.types.is_string(column.type):
        values = _quick_parse(column, missing, decimal)
        if values is not None:
            return values, missing, np.zeros(len(values), np.bool_)
    return _parse_cell_by_cell(column.cast(pa.string()), decimal)


def _quick_parse(
    column: pa.Array, missing: npt.NDArray[np.bool_], decimal: str
) -> FloatArray | None:
    """Drop thousands marks and swap the decimal mark on the raw bytes, then cast.

    Works on Arrow's offsets and data buffers with NumPy, so no cell becomes a
    Python object. Returns None when any cell is not a well-formed number.
    """
    import pyarrow as pa

    n = len(column)
    _, offsets_buffer, data_buffer = column.buffers()
    offsets = np.frombuffer(offsets_buffer, np.int32, n + 1, column.offset * 4).astype(np.int64)
    data = (
        np.frombuffer(data_buffer, np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
    )
    begin = int(offsets[0])
    offsets -= begin
    cells = data[begin : begin + int(offsets[-1])]
    thousands = ord("." if decimal == "," else ",")
    dropped = cells == thousands
    if dropped.any():
        before = np.zeros(cells.size + 1, np.int32)
        np.cumsum(dropped, out=before[1:], dtype=np.int32)
        offsets -= before[offsets]
        cells = cells[~dropped]
    if decimal == ",":
        cells = np.where(cells == ord(","), np.uint8(ord(".")), cells)
    validity = pa.array(~missing).buffers()[1]
    text = pa.Array.from_buffers(
        pa.string(),
        n,
        [
            validity,
            pa.py_buffer(offsets.astype(np.int32)),
            pa.py_buffer(np.ascontiguousarray(cells)),
        ],
    )
    try:
        numbers = text.cast(pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return np.asarray(numbers.to_numpy(zero_copy_only=False), np.float64)


def missing_variants() -> pa.Array:
    import pyarrow as pa

    variants = set()
    for marker in MISSING_MARKERS:
        variants.update({marker, marker.upper(), marker.title()})
    return pa.array(sorted(variants), pa.string())


def _parse_cell_by_cell(
    s: pa.Array | pa.ChunkedArray, decimal: str
) -> tuple[FloatArray, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    import pyarrow as pa
    import pyarrow.compute as pc

    s = pc.utf8_trim_whitespace(s)
    missing = pc.is_in(pc.utf8_lower(s), value_set=pa.array(sorted(MISSING_MARKERS)))
    if pc.any(pc.match_substring_regex(s, _NOISE + "|−")).as_py():
        s = pc.replace_substring(pc.replace_substring_regex(s, _NOISE, ""), "−", "-")
    valid = pc.match_substring_regex(s, _PATTERNS[decimal].pattern)
    if decimal == ",":
        s = pc.replace_substring(pc.replace_substring(s, ".", ""), ",", ".")
    else:
        s = pc.replace_substring(s, ",", "")
    numbers = pc.cast(pc.if_else(valid, s, pa.scalar(None, pa.string())), pa.float64())
    values = np.asarray(pc.fill_null(numbers, np.nan).to_numpy(zero_copy_only=False), np.float64)
    missing_np = np.asarray(missing.to_numpy(zero_copy_only=False), np.bool_)
    bad = ~np.asarray(valid.to_numpy(zero_copy_only=False), np.bool_) & ~missing_np
    return values, missing_np, bad
