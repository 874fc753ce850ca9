"""Reading the mapped columns of every row, column-wise with Arrow.

CSV is parsed by pyarrow's multi-threaded reader straight from the bytes, so
a Windows-1252 file is never transcoded as a whole: text columns are read as
dictionaries of raw bytes and only their distinct values are decoded. Number
columns are parsed by the reader itself when the first rows show plain
numbers; otherwise (thousands marks, stray text) they are read as text and
parsed cell by cell, so every bad cell can be named.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.dataset import FloatArray, IntArray
from dialogtool.core.importing.encoding import arrow_encoding
from dialogtool.core.importing.numbers import is_plain, missing_variants, parse_number_array
from dialogtool.core.importing.problems import ImportRefusedError, ProblemKind, ProblemLog
from dialogtool.core.importing.source import SourceTable

if TYPE_CHECKING:
    import numpy.typing as npt
    import pyarrow as pa


@dataclass(frozen=True)
class TextColumn:
    codes: IntArray
    labels: list[str]

    def text_at(self, index: int) -> str:
        return self.labels[int(self.codes[index])]


@dataclass(frozen=True)
class NumberColumn:
    values: FloatArray
    missing: npt.NDArray[np.bool_]
    bad: npt.NDArray[np.bool_]
    strings: pa.ChunkedArray | pa.Array | None

    def text_at(self, index: int) -> str:
        if self.strings is None:
            return ""
        value = self.strings[index].as_py()
        if isinstance(value, bytes):
            return value.decode("utf-8", errors="replace")
        return "" if value is None else str(value)


@dataclass(frozen=True)
class Columns:
    n_rows: int
    text: dict[str, TextColumn]
    numbers: dict[str, NumberColumn]
    #: 1-based row in the file or sheet of each data row.
    rows: IntArray


def read_columns(
    source: SourceTable, text: list[str], numbers: list[str], decimal: str, log: ProblemLog
) -> Columns:
    if source.sheet_table is not None:
        return _sheet_columns(source, text, numbers, decimal)
    return _csv_columns(source, text, numbers, decimal, log)


def _sheet_columns(
    source: SourceTable, text: list[str], numbers: list[str], decimal: str
) -> Columns:
    import pyarrow as pa
    import pyarrow.compute as pc

    assert source.sheet_table is not None
    start = source.first_data_row
    table = source.sheet_table.slice(start)
    width = table.num_columns
    by_name = {
        name: table.column(i) if i < width else None for i, name in enumerate(source.columns)
    }
    n = table.num_rows
    texts: dict[str, TextColumn] = {}
    for name in text:
        col = by_name[name]
        if col is None:
            texts[name] = TextColumn(np.zeros(n, np.int64), [""])
            continue
        combined = col.combine_chunks()
        # A cube's columns come as dictionaries already (no nulls); a sheet's are text.
        encoded = (
            combined
            if pa.types.is_dictionary(combined.type)
            else pc.fill_null(combined, "").dictionary_encode()
        )
        labels = [str(v) for v in encoded.dictionary.to_pylist()]
        texts[name] = TextColumn(np.asarray(encoded.indices.to_numpy(), np.int64), labels)
    nums: dict[str, NumberColumn] = {}
    for name in numbers:
        col = by_name[name]
        if col is None:
            nums[name] = NumberColumn(
                np.full(n, np.nan), np.ones(n, np.bool_), np.zeros(n, np.bool_), None
            )
            continue
        if pa.types.is_floating(col.type):  # a cube's values: NaN where the source hid one
            values = np.asarray(col.to_numpy(), np.float64)
            missing = np.isnan(values)
            nums[name] = NumberColumn(values, missing, np.zeros(n, np.bool_), None)
            continue
        values, missing, bad = parse_number_array(col, decimal)
        nums[name] = NumberColumn(values, missing, bad, col)
    rows = np.arange(start + 1, start + 1 + n, dtype=np.int64)
    return Columns(n, texts, nums, rows)


#: pyarrow hands back every CSV cell as UTF-8, whatever the file's encoding.
ARROW_OUT = "utf-8"


#: Bytes Arrow parses per block (and per thread).
BLOCK_SIZE = 1 << 22


def _csv_columns(
    source: SourceTable, text: list[str], numbers: list[str], decimal: str, log: ProblemLog
) -> Columns:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    decoded, delimiter = source.decoded, source.delimiter
    assert decoded is not None and delimiter is not None
    start_line = source.first_data_row
    begin = source.line_offsets[start_line]
    end = len(decoded.data) if source.data_end is None else source.data_end
    buffer = pa.py_buffer(decoded.data).slice(begin, max(0, end - begin))
    fast = {name for name in numbers if is_plain(source.column_sample(name), decimal)}
    wanted = list(dict.fromkeys([*text, *numbers]))

    def parse(
        fast_numbers: set[str], threads: bool, include: list[str] = wanted, nulls: bool = True
    ) -> tuple[pa.Table, list[tuple[int, int]]]:
        bad_rows: list[tuple[int, int]] = []

        def on_bad_row(row: pacsv.InvalidRow) -> str:
            bad_rows.append((-1 if row.number is None else row.number, row.actual_columns))
            return "skip"

        types = {
            name: pa.float64() if name in fast_numbers else pa.dictionary(pa.int32(), pa.binary())
            for name in include
        }
        for name in numbers:
            if name in include and name not in fast_numbers:
                types[name] = pa.binary()
        table = pacsv.read_csv(
            buffer,
            read_options=pacsv.ReadOptions(
                column_names=source.columns,
                use_threads=threads,
                block_size=BLOCK_SIZE,
                encoding=arrow_encoding(decoded.codec),
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter,
                quote_char='"',
                ignore_empty_lines=False,
                invalid_row_handler=on_bad_row,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=types,
                include_columns=include,
                null_values=missing_variants().to_pylist() if nulls else [],
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                decimal_point=decimal,
            ),
        )
        return table, bad_rows

    # One block is read by one thread anyway: a file that small never starts Arrow's
    # thread pool (whose threads now and then abort the process as it exits).
    threaded = buffer.size > BLOCK_SIZE
    try:
        try:
            table, bad_rows = parse(fast, threaded)
        except pa.ArrowInvalid:
            if not fast:
                raise
            fast = set()
            table, bad_rows = parse(fast, threaded)
        if any(number < 0 for number, _ in bad_rows):
            table, bad_rows = parse(fast, False)  # a serial read knows the line numbers
    except (pa.ArrowException, ValueError, OverflowError):
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "Filen kan ikke læses som en tabel (CSV); tjek at det er en dataeksport."
            ),
        ) from None
    table = table.unify_dictionaries()
    n = table.num_rows
    width = len(source.columns)
    for number, actual in bad_rows:
        log.add(
            ProblemKind.BAD_ROW,
            QT_TRANSLATE_NOOP(
                "Import",
                "Rækken har {actual} felter, men overskriften har {width}; den er sprunget over.",
            ).fill(actual=actual, width=width),
            row=number + start_line if number >= 0 else None,
        )
    rows = np.arange(start_line + 1, start_line + 1 + n + len(bad_rows), dtype=np.int64)
    if bad_rows:
        skipped = np.asarray([number + start_line for number, _ in bad_rows], np.int64)
        rows = np.setdiff1d(rows, skipped, assume_unique=True)[:n]
    texts = {name: _text_column(table.column(name), ARROW_OUT) for name in text}
    nums: dict[str, NumberColumn] = {}
    for name in numbers:
        if name in fast:
            values = np.asarray(table.column(name).to_numpy(), np.float64)
            missing = np.isnan(values)
            nums[name] = NumberColumn(values, missing, np.zeros(n, np.bool_), None)
    # The reader turned the missing markers ("..", "x") into nulls; their texts are read once
    # more, only when there are any, so the reading names the marker the file used.
    gappy = [name for name in numbers if name in fast and nums[name].missing.any()]
    if gappy:
        cells, _ = parse(set(), False, gappy, nulls=False)
        if cells.num_rows == n:
            for name in gappy:
                strings = _decode_binary(cells.column(name), ARROW_OUT)
                nums[name] = dataclasses.replace(nums[name], strings=strings)
    slow = [name for name in numbers if name not in fast]
    if len(slow) == 1:
        strings = _decode_binary(table.column(slow[0]), ARROW_OUT)
        values, missing, bad = parse_number_array(strings, decimal)
        nums[slow[0]] = NumberColumn(values, missing, bad, strings)
    elif slow:
        # Many text-number columns (a matrix, periods across): parse them as one array.
        joined = pa.chunked_array(
            [c for name in slow for c in table.column(name).chunks], pa.binary()
        )
        strings = _decode_binary(joined, ARROW_OUT)
        values, missing, bad = parse_number_array(strings, decimal)
        for k, name in enumerate(slow):
            part = slice(k * n, (k + 1) * n)
            nums[name] = NumberColumn(
                values[part], missing[part], bad[part], strings.slice(k * n, n)
            )
    return Columns(n, texts, nums, rows)


def _text_column(col: pa.ChunkedArray, codec: str) -> TextColumn:
    import pyarrow as pa

    if col.num_chunks == 0:
        return TextColumn(np.zeros(0, np.int64), [""])
    if not pa.types.is_dictionary(col.type):
        col = col.dictionary_encode()
    dictionary = col.chunks[0].dictionary.to_pylist()
    labels = [v.decode(codec, errors="replace").strip() for v in dictionary] or [""]
    codes = np.concatenate(
        [np.asarray(chunk.indices.to_numpy(zero_copy_only=False), np.int64) for chunk in col.chunks]
    )
    return TextColumn(codes, labels)


def _decode_binary(col: pa.ChunkedArray, codec: str) -> pa.ChunkedArray | pa.Array:
    """Binary cells as text; only distinct values are decoded when the bytes are not UTF-8."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        strings = col.cast(pa.string())
    except pa.ArrowInvalid:
        pass
    else:
        if codec == "utf-8" or pc.all(pc.string_is_ascii(strings)).as_py() is not False:
            return strings
    encoded = col.combine_chunks().dictionary_encode()
    labels = [v.decode(codec, errors="replace") for v in encoded.dictionary.to_pylist()]
    return pc.take(pa.array(labels, pa.string()), encoded.indices)
