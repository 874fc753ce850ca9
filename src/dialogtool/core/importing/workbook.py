"""Telling a sheet that holds a table of numbers from a cover page, notes or a chart's sheet.

BI tools and statistics offices put a front page, a note on the method or a
definition list before the data. A sheet is a table when, among its first rows,
at least two columns are filled side by side and some cells hold numbers that
are not years or periods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogtool.core.importing.header import table_width
from dialogtool.core.importing.numbers import looks_numeric
from dialogtool.core.periods import normalise_period

if TYPE_CHECKING:
    import pyarrow as pa

_LOOK_ROWS = 100


def is_table(table: pa.Table) -> bool:
    rows = [
        ["" if v is None else str(v) for v in row.values()]
        for row in table.slice(0, _LOOK_ROWS).to_pylist()
    ]
    if table_width(rows) < 2:
        return False
    numbers = 0
    for row in rows:
        filled = [c for c in row if c.strip()]
        if len(filled) < 2:
            continue
        numbers += sum(looks_numeric(c) and normalise_period(c) is None for c in filled)
    return numbers >= 2
