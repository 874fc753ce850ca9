"""Any tidy table written out in each layout and format reads back to the same observations.

Layouts: long, wide, matrix (periods across), a two-row header (measures above the
periods), an Excel pivot with merged group labels and a total row, and teams across
with a total column. Formats: CSV (Danish: ``;``, decimal comma, thousands marks,
``..`` for a missing cell) and XLSX.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogtool.core.importing import import_file

INDICATORS = ["Samtaler", "Jobrettede forløb", "Sygedage", "Klager"]
GROUPS = ["Team Nord", "Team Syd", "Hjemmeplejen", "Aarhus C"]
Tidy = dict[tuple[str, str, str], float | None]
Cell = str | float | None

VALUES = st.one_of(
    st.none(), st.decimals(-50_000, 50_000, places=1).map(float).filter(lambda v: v != 0)
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[str], list[str], Tidy]:
    indicators = draw(st.lists(st.sampled_from(INDICATORS), min_size=2, max_size=3, unique=True))
    groups = draw(st.lists(st.sampled_from(GROUPS), min_size=2, max_size=4, unique=True))
    months = draw(st.integers(2, 5))
    periods = [f"2024M{m:02d}" for m in range(1, months + 1)]
    cells = {(i, g, p): draw(VALUES) for i in indicators for g in groups for p in periods}
    # Every indicator needs one number, or it is not in the file at all.
    for i in indicators:
        cells[(i, groups[0], periods[0])] = float(draw(st.integers(1, 99)))
    return indicators, groups, periods, cells


def danish(value: float | None) -> str:
    if value is None:
        return ".."
    text = f"{value:,.1f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def canonical(period: str) -> str:
    return f"{period[:4]}-{period[-2:]}"


def truth(cells: Tidy, totals: bool = False) -> set[tuple[str, str, str, float]]:
    out = {(i, g, canonical(p), v) for (i, g, p), v in cells.items() if v is not None}
    if totals:
        for i, p in {(i, p) for i, _, p in cells}:
            present = [
                v for (ii, _, pp), v in cells.items() if ii == i and pp == p and v is not None
            ]
            if present:  # a total of nothing is missing, not 0
                out.add((i, "I alt", canonical(p), round(sum(present), 1)))
    return out


def long(ind: list[str], grp: list[str], per: list[str], cells: Tidy) -> list[list[Cell]]:
    rows: list[list[Cell]] = [["Indikator", "Team", "Periode", "Værdi"]]
    rows += [[i, g, p, v] for (i, g, p), v in cells.items()]
    return rows


def wide(ind: list[str], grp: list[str], per: list[str], cells: Tidy) -> list[list[Cell]]:
    rows: list[list[Cell]] = [["Team", "Periode", *ind]]
    rows += [[g, p, *(cells[(i, g, p)] for i in ind)] for g in grp for p in per]
    return rows


def matrix(ind: list[str], grp: list[str], per: list[str], cells: Tidy) -> list[list[Cell]]:
    rows: list[list[Cell]] = [["Team", "Indikator", *per]]
    rows += [[g, i, *(cells[(i, g, p)] for p in per)] for g in grp for i in ind]
    return rows


def two_row_header(ind: list[str], grp: list[str], per: list[str], cells: Tidy) -> list[list[Cell]]:
    above: list[Cell] = [""]
    for i in ind:
        above += [i] + [""] * (len(per) - 1)
    rows: list[list[Cell]] = [above, ["Team", *(per * len(ind))]]
    rows += [[g, *(cells[(i, g, p)] for i in ind for p in per)] for g in grp]
    return rows


def periods_above(ind: list[str], grp: list[str], per: list[str], cells: Tidy) -> list[list[Cell]]:
    above: list[Cell] = [""]
    for p in per:
        above += [p] + [""] * (len(ind) - 1)
    rows: list[list[Cell]] = [above, ["Team", *(ind * len(per))]]
    rows += [[g, *(cells[(i, g, p)] for p in per for i in ind)] for g in grp]
    return rows


def write_csv(path: Path, rows: list[list[Cell]]) -> Path:
    lines = [";".join(c if isinstance(c, str) else danish(c) for c in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_xlsx(path: Path, rows: list[list[Cell]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Data")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                sheet.write_string(r, c, "..")
            elif cell != "":
                sheet.write(r, c, cell)
    workbook.close()
    return path


LAYOUTS: dict[str, Callable[[list[str], list[str], list[str], Tidy], list[list[Cell]]]] = {
    "long": long, "wide": wide, "matrix": matrix, "two_row_header": two_row_header,
    "periods_above": periods_above,
}  # fmt: skip
SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def read_back(path: Path) -> set[tuple[str, str, str, float]]:
    return {(i, g, p, v) for i, g, p, v, _ in import_file(path).dataset.tidy_rows()}


@SETTINGS
@given(table=tables())
def test_every_layout_in_csv_and_xlsx_reads_back(tmp_path: Path, table: tuple) -> None:  # type: ignore[type-arg]
    indicators, groups, periods, cells = table
    for name, layout in LAYOUTS.items():
        rows = layout(indicators, groups, periods, cells)
        for writer, suffix in ((write_csv, "csv"), (write_xlsx, "xlsx")):
            path = writer(tmp_path / f"{name}.{suffix}", rows)
            assert read_back(path) == truth(cells), (name, suffix)


@SETTINGS
@given(table=tables())
def test_pivot_with_merged_labels_and_a_total_row_reads_back(tmp_path: Path, table: tuple) -> None:  # type: ignore[type-arg]
    indicators, groups, periods, cells = table
    path = tmp_path / "pivot.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Pivot")
    sheet.write_row(0, 0, ["Team", "Indikator", *periods])
    r = 1
    for g in [*groups, "I alt"]:
        if len(indicators) > 1:
            sheet.merge_range(r, 0, r + len(indicators) - 1, 0, g)
        else:
            sheet.write(r, 0, g)
        for i in indicators:
            sheet.write(r, 1, i)
            for c, p in enumerate(periods, start=2):
                if g == "I alt":
                    present = [cells[(i, t, p)] for t in groups if cells[(i, t, p)] is not None]
                    sheet.write(r, c, round(sum(present), 1) if present else "..")
                else:
                    value = cells[(i, g, p)]
                    sheet.write(r, c, ".." if value is None else value)
            r += 1
    workbook.close()
    result = import_file(path)
    assert {(i, g, p, v) for i, g, p, v, _ in result.dataset.tidy_rows()} == truth(
        cells, totals=True
    )
    assert result.dataset.total_group() == "I alt"


@SETTINGS
@given(table=tables())
def test_teams_across_with_a_total_column_reads_back(tmp_path: Path, table: tuple) -> None:  # type: ignore[type-arg]
    indicators, groups, periods, cells = table
    ind = indicators[0]
    rows: list[list[Cell]] = [[ind], ["Måned", *groups, "Hovedtotal"]]
    one = {k: v for k, v in cells.items() if k[0] == ind}
    for p in periods:
        present = [one[(ind, g, p)] for g in groups if one[(ind, g, p)] is not None]
        rows.append(
            [p, *(one[(ind, g, p)] for g in groups), round(sum(present), 1) if present else None]
        )
    expected = {(i, g, p, v) for i, g, p, v in truth(one, totals=True)}
    expected = {(i, "Hovedtotal" if g == "I alt" else g, p, v) for i, g, p, v in expected}
    assert read_back(write_csv(tmp_path / "across.csv", rows)) == expected
