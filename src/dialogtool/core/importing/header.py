"""Finding the header row below title rows and blank rows, and naming the columns."""

from __future__ import annotations

import re
from collections import Counter

from dialogtool.core.importing.numbers import is_missing, looks_numeric
from dialogtool.core.periods import normalise_period

#: How far down a title block may push the header.
MAX_HEADER_ROW = 30
#: Reporting Services' CSV rendering heads its columns with the textboxes' default names.
_TEXTBOX_NAMES = re.compile(r"(textbox|tablix|table|matrix)\d+", re.IGNORECASE)


def is_textbox_row(row: list[str]) -> bool:
    """A row of SSRS textbox names ("Textbox3", "Textbox7"), not the report's own headings."""
    cells = _filled(row)
    return bool(cells) and all(_TEXTBOX_NAMES.fullmatch(c) for c in cells)


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
        if len(cells) < need or is_textbox_row(row):
            continue
        if any(looks_numeric(c) and normalise_period(c) is None for c in cells):
            return None  # the first wide row holds numbers: there is no header
        return _period_row_below(rows, index, need)
    return None


def _periods_in(cells: list[str]) -> int:
    return sum(normalise_period(c) is not None for c in cells)


def _period_row_below(rows: list[list[str]], index: int, need: int) -> int:
    """A header of two rows (measures above, periods below): the period row is the header.

    The row above then names blocks of columns (``compose_header``).
    """
    if _periods_in(_filled(rows[index])) >= 2:
        return _measures_below(rows, index, need)
    for below in range(index + 1, min(index + 4, len(rows))):
        cells = _filled(rows[below])
        if len(cells) < need or any(
            looks_numeric(c) and normalise_period(c) is None for c in cells
        ):
            break
        if _periods_in(cells) >= 2:
            return below
    return index


def _measures_below(rows: list[list[str]], index: int, need: int) -> int:
    """Periods above measures (StatBank's heading "tid, ydelse"): the measure row is the header.

    The row below the periods is a header when every cell under a period is a word
    (not a number, not a missing marker) and the row after it holds numbers.
    """
    below = index + 1
    if below + 1 >= len(rows):
        return index
    periods = [i for i, c in enumerate(rows[index]) if c.strip() and normalise_period(c)]
    cells = rows[below]
    if len(_filled(cells)) < need or not periods:
        return index
    under = [cells[i].strip() if i < len(cells) else "" for i in range(periods[0], len(cells))]
    words = all(c and not looks_numeric(c) and not is_missing(c) and not normalise_period(c)
                for c in under)  # fmt: skip
    data = any(looks_numeric(c) for c in rows[below + 1])
    return below if words and data else index


#: An Excel pivot table's captions above its header: not names of anything.
_PIVOT_CAPTION = re.compile(
    r"^(kolonnenavne|rækkenavne|column labels|row labels|værdier|values)$", re.IGNORECASE
)
#: Joins a block's name (from the header rows above) and the column's own header.
BLOCK_SEPARATOR = " – "


def compose_header(rows: list[list[str]], header_row: int) -> list[str]:
    """The header cells, each prefixed with the names the rows right above give its block.

    BI crosstabs and StatBank put a measure above a block of period columns::

        ;Ledighed;;Beskæftigelse;
        Område;2024M01;2024M02;2024M01;2024M02

    Such a row above fills its empty cells from the left (a merged cell's text stands in
    its first cell), so the columns read ``Ledighed – 2024M01``, … A title or unit line
    (one cell at the left) is not part of the header.
    """
    header = list(rows[header_row])
    above: list[list[str]] = []
    for r in range(header_row - 1, -1, -1):
        cells = ["" if _PIVOT_CAPTION.match(c.strip()) else c for c in rows[r]]
        filled = [i for i, c in enumerate(cells) if c.strip()]
        if not filled or filled == [0] or not all(_names_a_block(cells[i]) for i in filled[1:]):
            break
        if is_textbox_row(cells):  # SSRS's textbox names name no block
            break
        above.insert(0, cells)
    if not above:
        return header
    width = max(len(header), *(len(r) for r in above))
    header += [""] * (width - len(header))
    parts: list[list[str]] = [[] for _ in range(width)]
    for cells in above:
        current = ""
        for i in range(width):
            cell = " ".join(cells[i].split()) if i < len(cells) else ""
            if cell:
                current = cell
            elif not header[i].strip():
                current = ""  # a label column without a header ends a block
            if current and (not parts[i] or parts[i][-1] != current):
                parts[i].append(current)
    out = []
    for i, cell in enumerate(header):
        names = [*parts[i], " ".join(cell.split())]
        out.append(BLOCK_SEPARATOR.join(n for n in names if n))
    return out


def _names_a_block(cell: str) -> bool:
    """A measure's or category's name, not a remark ("Udskrevet: 1.3.2024") or a number.

    A period is a block name too (StatBank's periods above its measures).
    """
    text = cell.strip()
    if normalise_period(text) is not None:
        return True
    return ":" not in text and not looks_numeric(text) and not _DATE_LIKE.search(text)


#: A date in a remark above the table ("udskrevet 01-03-2024", "pr. 2024-03-01").
_DATE_LIKE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")


def split_block(column: str) -> tuple[str, str]:
    """(block, period) of a composed column name whose one part is a period; else ("", column).

    The period may be the lower header row (``Ledighed – 2024M01``) or an upper one
    (``2024M01 – Dagpenge``, StatBank's periods above its measures).
    """
    parts = column.split(BLOCK_SEPARATOR)
    if len(parts) < 2 or normalise_period(column) is not None:
        return "", column
    periods = [p for p in parts if normalise_period(p) is not None]
    if len(periods) != 1:
        return "", column
    return BLOCK_SEPARATOR.join(p for p in parts if p is not periods[0]), periods[0]


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
