"""Individual-level lists: the rows behind a number (citizens, courses, cases).

A detail list is read like any export (encoding, separator, title rows) but
kept as it is, every column, so the leader can sort and filter it. It is
personal data: it is shown, never copied into a meeting record.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from dialogtool.core.importing.columns import read_columns
from dialogtool.core.importing.numbers import detect_decimal, is_missing, looks_numeric
from dialogtool.core.importing.problems import ProblemLog, Progress
from dialogtool.core.importing.source import read_source


@dataclass(frozen=True)
class DetailColumn:
    header: str
    #: Texts (object array) or numbers (float array, NaN where empty).
    cells: npt.NDArray[np.object_] | npt.NDArray[np.float64]


@dataclass(frozen=True)
class DetailList:
    name: str
    columns: list[DetailColumn]
    #: 1-based row in the file or sheet of each data row.
    rows: npt.NDArray[np.int64]

    @property
    def row_count(self) -> int:
        return int(self.rows.size)


def read_detail_list(
    path: Path | str, *, sheet: str | None = None, progress: Progress | None = None
) -> DetailList:
    """Every column of ``path``; columns whose sampled cells are all numbers become numbers.

    Raises ``ImportRefusedError`` for an unusable file and ``ImportCancelledError``
    when ``progress`` returns False.
    """
    source = read_source(path, sheet=sheet, progress=progress)
    samples = {name: source.column_sample(name) for name in source.columns}
    numeric = [
        name
        for name, cells in samples.items()
        if any(not is_missing(c) for c in cells)
        and all(is_missing(c) or looks_numeric(c) for c in cells)
    ]
    text = [name for name in source.columns if name not in numeric]
    decimal = detect_decimal([c for name in numeric for c in samples[name]], ",")
    columns = read_columns(source, text, numeric, decimal, ProblemLog(source.name, sheet))
    out: list[DetailColumn] = []
    for name in source.columns:
        if name in columns.numbers:
            number = columns.numbers[name]
            if number.bad.any():  # a text below the sampled rows: show the column as text
                texts = [number.text_at(i) for i in range(columns.n_rows)]
                out.append(DetailColumn(name, np.asarray(texts, dtype=object)))
            else:
                out.append(DetailColumn(name, number.values))
        else:
            column = columns.text[name]
            labels = np.asarray(column.labels, dtype=object)
            out.append(DetailColumn(name, labels[column.codes]))
    return DetailList(source.name, out, columns.rows)
