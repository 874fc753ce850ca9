"""Finding the header row below title rows and blank rows, and naming the columns."""

from __future__ import annotations

from collections import Counter

from dialogtool.core.importing.numbers import looks_numeric
from dialogtool.core.periods import normalise_period

#: How far down a title block may push the header.
MAX_HEADER_ROW = 30


def _filled(row: list[str]) -> list[str]:
    return [cell.strip() for cell in row if cell.strip()]


def _count(row: list[str]) -> int:
    return sum(1 for cell in row if cell and not cell.isspace())


def table_width(rows: list[list[str]]) -> int:
    """The number of filled cells most rows have: the width of the data."""
    counts = Counter(n for n in map(_count, rows) if n)
    if not counts:
        return 0
    # Prefer the widest count among the common ones, so one short title row cannot win.
    common = max(counts.values())
    return max(width for width, n in counts.items() if n * 3 >= common)


def find_header(rows: list[list[str]]) -> int | None:
    """Index of the header row in ``rows``, or None when the first filled row is already data.

    The header is the first row that fills (nearly) the data width with text
    cells; title rows above it fill only a cell or two.
    """
    width = table_width(rows)
    if width == 0:
        return None
    need = max(2, (width + 1) // 2) if width >= 2 else 1
    for index, row in enumerate(rows[: MAX_HEADER_ROW + 1]):
        cells = _filled(row)
        if len(cells) < need:
            continue
        if any(looks_numeric(c) and normalise_period(c) is None for c in cells):
            return None  # the first wide row holds numbers: there is no header
        return index
    return None


def column_names(cells: list[str], width: int) -> list[str]:
    """Unique, non-empty names for ``width`` columns from the header cells."""
    names: list[str] = []
    seen: set[str] = set()
    for index in range(width):
        base = cells[index].strip() if index < len(cells) else ""
        base = " ".join(base.split()) or f"Kolonne {index + 1}"
        name, n = base, 2
        while name in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name)
        names.append(name)
    return names
