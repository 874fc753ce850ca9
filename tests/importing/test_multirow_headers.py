"""Header rows above the period row name blocks of columns: each block is its own indicator,
named from the header rows, not from the report's title."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from dialogtool.core.importing import apply_overrides, import_file, propose_mapping, read_source

from .corpus import tidy, write_text


def test_statbank_csv_measures_above_periods(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "to-rækker.csv",
        [
            "Ledige efter område, mål og tid",
            ";Ledighed (pct.);;Beskæftigede;",
            "Område;2024M01;2024M02;2024M01;2024M02",
            "Nord;3,1;3,2;100;110",
            "Syd;4,0;..;200;210",
        ],
    )
    result = import_file(path)
    assert tidy(result) == [
        ("Ledighed (pct.)", "Nord", "2024-01", 3.1, None),
        ("Ledighed (pct.)", "Syd", "2024-01", 4.0, None),
        ("Ledighed (pct.)", "Nord", "2024-02", 3.2, None),
        ("Beskæftigede", "Nord", "2024-01", 100.0, None),
        ("Beskæftigede", "Syd", "2024-01", 200.0, None),
        ("Beskæftigede", "Nord", "2024-02", 110.0, None),
        ("Beskæftigede", "Syd", "2024-02", 210.0, None),
    ]
    assert result.reading.missing == 1
    assert [i.unit for i in result.reading.indicators] == ["%", ""]


def test_bi_crosstab_xlsx_two_header_rows_merged_with_a_label_column(tmp_path: Path) -> None:
    """Power BI / Targit matrix export: measure merged over its months, a category row below."""
    path = tmp_path / "crosstab.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Export")
    sheet.write(0, 0, "Sygefravær og klager pr. afdeling")
    sheet.merge_range(2, 2, 2, 3, "Sygefravær (dage)")
    sheet.merge_range(2, 4, 2, 5, "Klager")
    sheet.write_row(3, 0, ["Afdeling", "Ydelse", "2024-01", "2024-02", "2024-01", "2024-02"])
    sheet.write_row(4, 0, ["Nord", "Hjemmepleje", 2.5, 3.0, 1, 0])
    sheet.write_row(5, 0, ["", "Plejecenter", 4.0, 4.5, 2, 3])
    sheet.write_row(6, 0, ["Syd", "Hjemmepleje", 1.5, 2.0, 0, 1])
    workbook.close()
    result = import_file(path)
    rows = tidy(result)
    assert len(rows) == 12
    assert ("Sygefravær (dage) – Plejecenter", "Nord", "2024-02", 4.5, None) in rows
    assert ("Klager – Hjemmepleje", "Syd", "2024-02", 1.0, None) in rows
    names = [i.name for i in result.reading.indicators]
    assert names == [
        "Sygefravær (dage) – Hjemmepleje",
        "Sygefravær (dage) – Plejecenter",
        "Klager – Hjemmepleje",
        "Klager – Plejecenter",
    ]
    assert all(not i.direction.higher_is_better for i in result.reading.indicators)
    assert "Sygefravær og klager pr. afdeling" not in names


def test_wide_measures_under_a_block_name(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "bred.csv",
        [
            ";;Jobsamtaler;",
            "Team;Måned;Antal;Rettidige (pct.)",
            "A;2024-01;10;80",
            "B;2024-01;12;75",
        ],
    )
    names = sorted({ind for ind, _, _, _, _ in tidy(import_file(path))})
    assert names == ["Jobsamtaler – Antal", "Jobsamtaler – Rettidige (pct.)"]


def test_a_remark_right_above_the_header_is_no_block_name(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "rapport.csv",
        [
            "Nøgletal for teams;;Udskrevet: 01-03-2024",
            "Team;Måned;Ledighed;Klager;Fravær",
            "A;2024-01;3;4;5",
            "B;2024-01;5;6;7",
        ],
    )
    names = sorted({ind for ind, _, _, _, _ in tidy(import_file(path))})
    assert names == ["Fravær", "Klager", "Ledighed"]


def test_teams_across_survive_a_changed_period_column(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "across.csv", ["Antal klager", "Måned;Nord;Syd;Hovedtotal", "2024-01;1;2;3"]
    )
    source = read_source(path)
    mapping = apply_overrides(source, propose_mapping(source).mapping, period="Måned")
    assert mapping.columns_are_groups
    groups = {g for _, g, _, _, _ in tidy(import_file(path, mapping))}
    assert groups == {"Nord", "Syd", "Hovedtotal"}
