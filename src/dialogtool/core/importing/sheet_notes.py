"""What reading a workbook's sheet adds to the problems and the decimal mark.

Which sheet was read when the first one was not a table, the rows and columns
hidden in the workbook, and whether the numbers are stored as (Danish) text.
"""

from __future__ import annotations

import re

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.importing.numbers import looks_numeric
from dialogtool.core.importing.problems import Problem, ProblemKind
from dialogtool.core.importing.spreadsheet import Sheet
from dialogtool.core.importing.xlsx_structure import Applied
from dialogtool.core.periods import normalise_period


def sheet_choice(loaded: Sheet, file: str) -> list[Problem]:
    """Say which sheet was read when the workbook's first sheet was not it, or others are tables."""
    out = []
    if loaded.skipped:
        names = ", ".join(f"'{n}'" for n in loaded.skipped)
        out.append(
            Problem(
                ProblemKind.UNUSED_SHEET,
                QT_TRANSLATE_NOOP(
                    "Import", "Arket {names} er ingen tabel med tal; arket '{name}' er læst."
                ).fill(names=names, name=loaded.name),
                file,
                loaded.name,
            )
        )
    if loaded.other_tables:
        names = ", ".join(f"'{n}'" for n in loaded.other_tables)
        out.append(
            Problem(
                ProblemKind.UNUSED_SHEET,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Regnearket har flere tabeller; '{name}' er læst, ikke {names} – vælg et "
                    "andet ark, hvis det er forkert.",
                ).fill(name=loaded.name, names=names),
                file,
                loaded.name,
            )
        )
    return out


_HIDDEN_ROWS = QT_TRANSLATE_NOOP(
    "Import", "Skjult i regnearket og derfor udeladt: rækkerne {rows}."
)
_HIDDEN_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "Skjult i regnearket og derfor udeladt: kolonnerne {columns}."
)
_HIDDEN_BOTH = QT_TRANSLATE_NOOP(
    "Import", "Skjult i regnearket og derfor udeladt: rækkerne {rows} og kolonnerne {columns}."
)


def hidden_problem(applied: Applied, file: str, sheet: str) -> list[Problem]:
    """One warning naming every hidden row and column that held something."""
    if not applied.hidden_rows and not applied.hidden_columns:
        return []
    rows = ", ".join(str(r + 1) for r in applied.hidden_rows[:20])
    rows += " …" if len(applied.hidden_rows) > 20 else ""
    cols = ", ".join(applied.hidden_columns[:20])
    if rows and cols:
        message = _HIDDEN_BOTH.fill(rows=rows, columns=cols)
    elif rows:
        message = _HIDDEN_ROWS.fill(rows=rows)
    else:
        message = _HIDDEN_COLUMNS.fill(columns=cols)
    return [
        Problem(
            ProblemKind.HIDDEN,
            message,
            file,
            sheet,
        )
    ]


def stored_as_text(
    top_rows: list[list[str]], text_cells: frozenset[tuple[int, int]], first_column: int
) -> str | None:
    """ "," when the sheet's numbers are mostly stored as text (``1.182`` is then Danish)."""
    as_text = as_number = 0
    for r, row in enumerate(top_rows):
        for c, cell in enumerate(row):
            if not cell or not looks_numeric(cell) or normalise_period(cell) is not None:
                continue
            if (r, c + first_column) in text_cells:
                as_text += 1
            else:
                as_number += 1
    return "," if as_text > as_number else None


#: Text no spreadsheet number renders as: a dot before a group of three ending in 0
#: (``1.250``: a float shows 1.25) or two dots (``1.234.567``). Such a cell is Danish text.
_DANISH_ONLY = re.compile(r"^-?\d{1,3}(?:\.\d{3})*\.\d{2}0$|^-?\d{1,3}(?:\.\d{3}){2,}$")


def danish_text(top_rows: list[list[str]]) -> str | None:
    """XLS and ODS do not say which cells are text: a form only text can have decides."""
    cells = (cell.strip() for row in top_rows for cell in row)
    return "," if any(_DANISH_ONLY.match(cell) for cell in cells) else None
