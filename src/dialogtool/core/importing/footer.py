"""Footnotes and title lines around a table: not data, not missing values, but the source.

Statistics Denmark and Jobindsats put lines such as ``Kilde: Danmarks Statistik``
or ``Anm.: …`` below the table, and a title and a unit line (``Enhed: Antal``)
above it. ``footer_start`` finds where the footnotes begin so the importer can
cut them off; ``source_note`` and ``unit_note`` read what they say.
"""

from __future__ import annotations

import re

from dialogtool.core.importing.numbers import looks_numeric
from dialogtool.core.periods import normalise_period

#: A note line names its kind and a colon ("Kilde:", "Anm.:", Power BI's "Applied filters:"),
#: or is StatBank's "Anm." line;
#: "Noter til borgere" is a name, not a note.
_NOTE = re.compile(
    r"^\s*((kilde|kilder|source|sources|note|noter|notes|anm|anmærkning|anmærkninger|"
    r"fodnote|fodnoter|footnote|footnotes|forklaring|opdateret|udtrukket|dannet|"
    r"applied filters|anvendte filtre|filtre|filters)\.?\s*:|"
    r"anm\.\s)",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^\s*(kilde|kilder|source|sources)\s*:\s*(.+)$", re.IGNORECASE)
_UNIT = re.compile(r"^\s*(enhed|enheder|unit|units)\s*:\s*(.+)$", re.IGNORECASE)


def _filled(row: list[str]) -> list[str]:
    return [cell.strip() for cell in row if cell.strip()]


def is_note(row: list[str]) -> bool:
    """A footnote line: its first filled cell starts with Kilde:, Note:, Anm.: and the like."""
    cells = _filled(row)
    return bool(cells) and bool(_NOTE.match(cells[0]))


def _footer_like(row: list[str]) -> bool:
    """Blank, or a single text cell that is neither a number nor a period."""
    cells = _filled(row)
    if not cells:
        return True
    if len(cells) > 1:
        return is_note(row) and not any(looks_numeric(c) for c in cells[1:])
    return not looks_numeric(cells[0]) and normalise_period(cells[0]) is None


def footer_start(rows: list[list[str]]) -> int | None:
    """Index of the first footnote row of the trailing block, if ``rows`` end in one.

    The block is the run of blank and one-cell text rows at the end; it counts as
    footnotes only when one of them is a note line, so a table that ends in a
    short row of its own is left alone.
    """
    start = len(rows)
    while start > 0 and _footer_like(rows[start - 1]):
        start -= 1
    notes = [i for i in range(start, len(rows)) if is_note(rows[i])]
    return start if notes else None


def _first_match(rows: list[list[str]], pattern: re.Pattern[str]) -> str:
    for row in rows:
        cells = _filled(row)
        if cells and (m := pattern.match(" ".join(cells))):
            return m.group(2).strip().rstrip(".")
    return ""


def source_note(rows: list[list[str]]) -> str:
    """What the first ``Kilde:`` line says (``Danmarks Statistik``), or ""."""
    return _first_match(rows, _SOURCE)


def unit_note(rows: list[list[str]]) -> str:
    """What the first ``Enhed:`` line says (``Antal``), or ""."""
    return _first_match(rows, _UNIT)
