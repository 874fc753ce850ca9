"""Workbooks whose first sheet is no table: the table sheet is found, or the sheets are named."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError, ProblemKind, import_file

from .corpus import tidy


def _cover(workbook: xlsxwriter.Workbook) -> None:
    cover = workbook.add_worksheet("Forside")
    cover.write(0, 0, "Ledighed i Aarhus Kommune")
    cover.write(2, 0, "Udgivet af Jobindsats, marts 2024")
    cover.write(3, 0, "Kontakt: 12 34 56 78")


def _table(workbook: xlsxwriter.Workbook, name: str) -> None:
    sheet = workbook.add_worksheet(name)
    sheet.write_row(0, 0, ["Team", "Måned", "Klager"])
    sheet.write_row(1, 0, ["A", "2024-01", 3])
    sheet.write_row(2, 0, ["B", "2024-01", 5])


def test_cover_page_first_the_table_sheet_is_read_and_named(tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    _cover(workbook)
    _table(workbook, "Data")
    workbook.close()
    result = import_file(path)
    assert tidy(result) == [
        ("Klager", "A", "2024-01", 3.0, None),
        ("Klager", "B", "2024-01", 5.0, None),
    ]
    assert result.reading.sheet == "Data" and result.reading.other_sheets == ("Forside",)
    notes = [render(p.message, "en") for p in result.problems if p.kind == ProblemKind.UNUSED_SHEET]
    assert notes == ["The sheet 'Forside' is no table of numbers; the sheet 'Data' was read."]


def test_two_tables_the_first_is_read_and_the_other_named(tmp_path: Path) -> None:
    path = tmp_path / "to.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    _table(workbook, "2024")
    _table(workbook, "2023")
    workbook.close()
    result = import_file(path)
    assert result.reading.sheet == "2024"
    notes = [render(p.message, "en") for p in result.problems if p.kind == ProblemKind.UNUSED_SHEET]
    assert notes == [
        "The workbook holds several tables; '2024' was read, not '2023' – choose another sheet "
        "if that is wrong."
    ]


def test_no_sheet_is_a_table_the_refusal_names_them(tmp_path: Path) -> None:
    path = tmp_path / "noter.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    _cover(workbook)
    notes = workbook.add_worksheet("Noter")
    notes.write(0, 0, "Tallene er foreløbige.")
    workbook.close()
    with pytest.raises(ImportRefusedError) as info:
        import_file(path)
    assert (
        render(info.value.message, "en")
        == "None of the workbook's sheets (Forside, Noter) is a table of numbers."
    )
