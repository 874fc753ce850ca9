"""Sniffing the field separator of a CSV export from its first lines.

Candidates are ``;`` (Danish Excel and BI portals), tab, ``|`` and ``,``. The
winner splits the lines into the most fields with a consistent count; ``,``
loses ties because Danish decimal commas also split consistently.
"""

from __future__ import annotations

import csv
from collections import Counter

DELIMITERS = (";", "\t", "|", ",")


def split_rows(lines: list[str], delimiter: str) -> list[list[str]]:
    """Split text lines into cells, honouring double-quoted fields."""
    try:
        return [row for row in csv.reader(lines, delimiter=delimiter, quotechar='"', strict=False)]
    except csv.Error:
        return [line.split(delimiter) for line in lines]


def sniff_delimiter(lines: list[str]) -> str:
    nonblank = [line for line in lines if line.strip()]
    if not nonblank:
        return ";"
    # Title rows sit at the top; judge consistency on the rest.
    body = nonblank[len(nonblank) // 5 :] if len(nonblank) > 5 else nonblank
    best, best_score = ";", (0, 0.0)
    for delimiter in DELIMITERS:
        counts = Counter(len(row) for row in split_rows(body, delimiter))
        width, hits = counts.most_common(1)[0]
        if width < 2:
            continue
        consistency = hits / len(body)
        if consistency < 0.6:
            continue
        score = (width, consistency)
        if score > best_score:
            best, best_score = delimiter, score
    return best
