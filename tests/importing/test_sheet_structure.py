"""Excel's own structure: merged labels fill their area, hidden rows and columns are left out
and named, and numbers stored as Danish text are Danish in every layout."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ProblemKind, import_file

from .corpus import tidy, write_ods


def test_merged_group_label_fills_its_rows_in_a_long_sheet(tmp_path: Path) -> None:
    path = tmp_path / "pivot.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Data")
    sheet.write_row(0, 0, ["Afdeling", "Måned", "Sygefravær (pct.)"])
    sheet.merge_range(1, 0, 2, 0, "Nord")
    sheet.write_row(1, 1, ["2024-01", 4.5])
    sheet.write_row(2, 1, ["2024-02", 5.0])
    sheet.merge_range(3, 0, 4, 0, "Syd")
    sheet.write_row(3, 1, ["2024-01", 3.5])
    sheet.write_row(4, 1, ["2024-02", 3.0])
    workbook.close()
    result = import_file(path)
    name = "Sygefravær (pct.)"
    assert tidy(result) == [
        (name, "Nord", "2024-01", 4.5, None),
        (name, "Nord", "2024-02", 5.0, None),
        (name, "Syd", "2024-01", 3.5, None),
        (name, "Syd", "2024-02", 3.0, None),
    ]
    assert not result.problems


def test_hidden_id_column_and_hidden_detail_rows_are_left_out_and_named(tmp_path: Path) -> None:
    path = tmp_path / "hidden.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Rapport")
    sheet.write_row(0, 0, ["Id", "Team", "Periode", "Klager"])
    rows = [["17", "A", "2024M01", 3], ["18", "B", "2024M01", 4], ["19", "C", "2024M01", 9]]
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, row)
    sheet.set_column(0, 0, None, None, {"hidden": True})
    sheet.set_row(3, None, None, {"hidden": True})
    workbook.close()
    result = import_file(path)
    assert tidy(result) == [
        ("Klager", "A", "2024-01", 3.0, None),
        ("Klager", "B", "2024-01", 4.0, None),
    ]
    hidden = [p for p in result.problems if p.kind == ProblemKind.HIDDEN]
    assert len(hidden) == 1
    assert (
        render(hidden[0].message, "en")
        == "Hidden in the workbook and therefore left out: rows 4 and columns A."
    )
    assert result.reading.hidden_rows == (4,) and result.reading.hidden_columns == ("A",)


def test_danish_numbers_stored_as_text_in_a_periods_across_sheet(tmp_path: Path) -> None:
    path = tmp_path / "tekst.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Tabel")
    sheet.write(0, 0, "Fuldtidsledige efter område og tid")
    sheet.write_row(2, 0, ["Område", "2024M01", "2024M02"])
    sheet.write_row(3, 0, ["Nord", "1.182", "2.045"])
    sheet.write_row(4, 0, ["Syd", "987", "*"])
    workbook.close()
    result = import_file(path)
    name = "Fuldtidsledige efter område og tid"
    assert tidy(result) == [
        (name, "Nord", "2024-01", 1182.0, None),
        (name, "Syd", "2024-01", 987.0, None),
        (name, "Nord", "2024-02", 2045.0, None),
    ]
    assert result.reading.missing == 1 and result.reading.missing_markers == ("*",)


def test_real_numbers_with_three_decimals_stay_decimals(tmp_path: Path) -> None:
    path = tmp_path / "tal.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Tabel")
    sheet.write_row(0, 0, ["Område", "2024M01", "2024M02"])
    sheet.write_row(1, 0, ["Nord", 1.182, 2.045])
    workbook.close()
    values = [v for _, _, _, v, _ in tidy(import_file(path))]
    assert values == [1.182, 2.045]


def test_danish_text_numbers_in_an_ods_periods_across(tmp_path: Path) -> None:
    """ODS does not mark text cells for us; '1.250' is text (a number would show 1.25)."""
    path = write_ods(
        tmp_path / "tal.ods",
        [["Område", "2024M01", "2024M02"], ["Nord", "1.250", "1.182"], ["Syd", "987", "12"]],
    )
    values = [v for _, _, _, v, _ in tidy(import_file(path))]
    assert values == [1250.0, 987.0, 1182.0, 12.0]
