"""The corpus: real export shapes load to exactly the observations a reader of the file sees."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
import xlsxwriter

from dialogtool.core.catalogue import render
from dialogtool.core.importing import (
    ColumnMapping,
    ImportCancelledError,
    Layout,
    ProblemKind,
    import_file,
    propose_mapping,
    read_source,
)

from .corpus import tidy, write_ods, write_text


def test_danish_cp1252_long_with_thousands_and_targets(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "jobindsats.csv",
        [
            "Indikator;Afdeling;Måned;Værdi;Mål",
            "Løntimer;Team Øst;2024M01;1.234,5;1.300",
            "Løntimer;Team Øst;2024M02;1.301,25;1.300",
            "Praktikker på særlige vilkår;Team Århus;2024M01;12;15",
        ],
        encoding="cp1252",
    )
    result = import_file(path)
    assert result.source.encoding == "windows-1252"
    assert result.source.delimiter == ";"
    assert tidy(result) == [
        ("Løntimer", "Team Øst", "2024-01", 1234.5, 1300.0),
        ("Løntimer", "Team Øst", "2024-02", 1301.25, 1300.0),
        ("Praktikker på særlige vilkår", "Team Århus", "2024-01", 12.0, 15.0),
    ]
    assert result.problems == []


def test_utf8_bom_comma_separated_with_quoted_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "\ufeffIndicator,Department,Period,Value\r\n"
        '"Citizens, 30+ years","North, East",2024-01,"1,234.5"\r\n'
        '"Citizens, 30+ years","North, East",2024-02,17.25\r\n'.encode()
    )
    result = import_file(path)
    assert result.source.encoding == "utf-8-sig"
    assert result.source.delimiter == ","
    assert tidy(result) == [
        ("Citizens, 30+ years", "North, East", "2024-01", 1234.5, None),
        ("Citizens, 30+ years", "North, East", "2024-02", 17.25, None),
    ]


def test_tab_separated_quarters(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "kvartal.tsv",
        [
            "KPI\tOmråde\tKvartal\tAntal",
            "Samtaler\tSyd\t2024K1\t10",
            "Samtaler\tSyd\t2024Q2\t11",
            "Samtaler\tSyd\tQ3 2024\t12",
            "Samtaler\tSyd\t4. kvt. 2024\t13",
        ],
    )
    assert tidy(import_file(path)) == [
        ("Samtaler", "Syd", "2024-Q1", 10.0, None),
        ("Samtaler", "Syd", "2024-Q2", 11.0, None),
        ("Samtaler", "Syd", "2024-Q3", 12.0, None),
        ("Samtaler", "Syd", "2024-Q4", 13.0, None),
    ]


def test_pipe_separated_iso_weeks(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "uger.txt",
        [
            "Nøgletal|Team|Uge|Værdi",
            "Jobsamtaler|Nord|2024U48|5",
            "Jobsamtaler|Nord|uge 49 2024|6",
            "Jobsamtaler|Nord|2024-W50|7",
        ],
    )
    result = import_file(path)
    assert result.source.delimiter == "|"
    assert tidy(result) == [
        ("Jobsamtaler", "Nord", "2024-W48", 5.0, None),
        ("Jobsamtaler", "Nord", "2024-W49", 6.0, None),
        ("Jobsamtaler", "Nord", "2024-W50", 7.0, None),
    ]


def test_wide_with_danish_month_names(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "wide.csv",
        [
            "Måned;Løntimer (%);Praktikker",
            "jan. 2024;41,5;12",
            "februar 2024;42;..",
            "mar 2024;43,25;14",
        ],
    )
    result = import_file(path)
    assert result.mapping.layout == Layout.WIDE
    assert tidy(result) == [
        ("Løntimer (%)", "", "2024-01", 41.5, None),
        ("Løntimer (%)", "", "2024-02", 42.0, None),
        ("Løntimer (%)", "", "2024-03", 43.25, None),
        ("Praktikker", "", "2024-01", 12.0, None),
        ("Praktikker", "", "2024-03", 14.0, None),
    ]
    assert result.dataset.indicators[0].unit == "%"
    assert result.missing_values == 1


def test_wide_with_group_column(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "teams.csv",
        ["Team;Periode;Løntimer;Praktikker", "Nord;2024-01;1;2", "Syd;2024-01;3;4"],
    )
    result = import_file(path)
    assert tidy(result) == [
        ("Løntimer", "Nord", "2024-01", 1.0, None),
        ("Løntimer", "Syd", "2024-01", 3.0, None),
        ("Praktikker", "Nord", "2024-01", 2.0, None),
        ("Praktikker", "Syd", "2024-01", 4.0, None),
    ]
    assert result.dataset.groups_of("praktikker") == ["Nord", "Syd"]


def test_title_rows_and_blank_row_above_the_header(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "titel.csv",
        [
            "Jobindsats: Rettidige samtaler;;;;",
            "Udtrukket 5. november 2026;;;;",
            ";;;;",
            "Indikator;Team;Periode;Værdi;",
            "Rettidighed (%);Nord;2024M01;81,3;",
            "Rettidighed (%);Nord;2024M02;82,9;",
        ],
    )
    result = import_file(path)
    assert result.source.header_row == 3
    assert tidy(result) == [
        ("Rettidighed (%)", "Nord", "2024-01", 81.3, None),
        ("Rettidighed (%)", "Nord", "2024-02", 82.9, None),
    ]
    assert result.dataset.observations is not None
    assert result.dataset.observations.row.tolist() == [5, 6]


def test_missing_markers_are_left_out_and_counted(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "mangler.csv",
        [
            "Indikator;Periode;Værdi",
            "A;2024M01;1",
            "A;2024M02;..",
            "A;2024M03;-",
            "A;2024M04;",
            "A;2024M05;n/a",
            "A;2024M06;6",
        ],
    )
    result = import_file(path)
    assert tidy(result) == [("A", "", "2024-01", 1.0, None), ("A", "", "2024-06", 6.0, None)]
    assert result.missing_values == 4
    [problem] = result.problems
    assert problem.kind == ProblemKind.MISSING_VALUES
    assert "4" in render(problem.message, "en") and "4" in render(problem.message, "da")


def test_every_month_form_lands_on_the_same_month(tmp_path: Path) -> None:
    forms = ["2024-01", "2024M01", "jan. 2024", "januar 2024", "01-2024", "Jan 2024"]
    lines = ["Indikator;Periode;Værdi"] + [f"I{i};{form};{i}" for i, form in enumerate(forms)]
    result = import_file(write_text(tmp_path / "maaneder.csv", lines))
    assert [row[2] for row in tidy(result)] == ["2024-01"] * len(forms)


def test_day_dates_become_months_when_the_series_is_monthly(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "datoer.csv",
        [
            "Indikator;Dato;Værdi",
            "Månedlig;15-01-2024;1",
            "Månedlig;15.02.2024;2",
            "Månedlig;2024-03-15;3",
            "Daglig;2024-03-01;4",
            "Daglig;2024-03-02;5",
        ],
    )
    assert tidy(import_file(path)) == [
        ("Månedlig", "", "2024-01", 1.0, None),
        ("Månedlig", "", "2024-02", 2.0, None),
        ("Månedlig", "", "2024-03", 3.0, None),
        ("Daglig", "", "2024-03-01", 4.0, None),
        ("Daglig", "", "2024-03-02", 5.0, None),
    ]


def test_years(tmp_path: Path) -> None:
    path = write_text(tmp_path / "aar.csv", ["Indikator;År;Værdi", "A;2022;1", "A;2023;2"])
    assert tidy(import_file(path)) == [("A", "", "2022", 1.0, None), ("A", "", "2023", 2.0, None)]


def test_english_utf16_tab_export(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    text = "Indicator\tGroup\tMonth\tValue\r\nWage hours\tØst\t2024-01\t1,234.5\r\n"
    path.write_bytes(text.encode("utf-16"))
    result = import_file(path)
    assert result.source.encoding == "utf-16"
    assert tidy(result) == [("Wage hours", "Øst", "2024-01", 1234.5, None)]


def test_xlsx_with_title_row_date_cells_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Forside").write(0, 0, "Se næste ark")
    sheet = workbook.add_worksheet("Data")
    date_format = workbook.add_format({"num_format": "dd-mm-yyyy"})
    sheet.write(0, 0, "Udtræk fra Fasit")
    sheet.write_row(2, 0, ["Indikator", "Team", "Måned", "Værdi", "Mål"])
    for i, (month, value) in enumerate([(1, 81.3), (2, 1234.5)]):
        sheet.write_row(3 + i, 0, ["Rettidighed", "Nord"])
        sheet.write_datetime(3 + i, 2, datetime(2024, month, 1), date_format)
        sheet.write_number(3 + i, 3, value)
        sheet.write_number(3 + i, 4, 90)
    workbook.close()
    source = read_source(path, sheet="Data")
    assert source.sheets == ["Forside", "Data"]
    assert source.header_row == 2
    result = import_file(path, sheet="Data")
    assert tidy(result) == [
        ("Rettidighed", "Nord", "2024-01", 81.3, 90.0),
        ("Rettidighed", "Nord", "2024-02", 1234.5, 90.0),
    ]


def test_ods_workbook(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "data.ods",
        [
            ["Nøgletal", "Team", "Periode", "Værdi"],
            ["Løntilskud", "Syd", "2024K1", 3.0],
            ["Løntilskud", "Syd", "2024K2", 4.5],
        ],
    )
    result = import_file(path)
    assert result.source.format == "ods"
    assert tidy(result) == [
        ("Løntilskud", "Syd", "2024-Q1", 3.0, None),
        ("Løntilskud", "Syd", "2024-Q2", 4.5, None),
    ]


def test_large_individual_level_list_with_a_chosen_mapping(tmp_path: Path) -> None:
    months = [f"2024M{m:02d}" for m in range(1, 13)]
    lines = ["Borger;Team;Måned;Løntimer;Samtaler"]
    expected_hours = []
    for citizen in range(2500):
        for m, month in enumerate(months):
            hours = (citizen * 7 + m) % 40 + 0.5
            lines.append(f"B{citizen:05d};Team {citizen % 3};{month};{hours:.1f}".replace(".", ","))
            lines[-1] += f";{m % 3}"
            expected_hours.append((f"B{citizen:05d}", f"2024-{m + 1:02d}", hours))
    path = write_text(tmp_path / "borgere.csv", lines)
    mapping = ColumnMapping(
        layout=Layout.WIDE, period="Måned", group="Borger", indicators=["Løntimer", "Samtaler"]
    )
    result = import_file(path, mapping)
    rows = tidy(result)
    assert len(rows) == 2 * 30_000
    assert [(g, p, v) for i, g, p, v, _ in rows if i == "Løntimer"] == expected_hours
    assert len(result.dataset.groups) == 2500
    assert result.dataset.observations is not None
    assert result.dataset.observations.row[-1] == 30_001


def test_csv_named_xlsx_is_read_as_csv_with_a_warning(tmp_path: Path) -> None:
    path = write_text(tmp_path / "forkert.xlsx", ["Indikator;Periode;Værdi", "A;2024M01;1"])
    result = import_file(path)
    assert tidy(result) == [("A", "", "2024-01", 1.0, None)]
    [problem] = result.problems
    assert problem.kind == ProblemKind.WRONG_EXTENSION
    assert "CSV" in render(problem.message, "en") and "\n" not in render(problem.message, "da")


def test_demo_dataset_keeps_its_indicator_ids() -> None:
    from dialogtool.core.demo import load_demo_dataset

    dataset = load_demo_dataset()
    assert [m.id for m in dataset.indicators][:3] == [
        "rettidige-jobsamtaler",
        "cv-er-synlige-paa-jobnet",
        "borgere-med-ordinaere-loentimer",
    ]
    assert dataset.groups == ["Team Nord", "Team Syd", "Ungeteamet"]
    assert len(dataset.periods) == 24
    assert dataset.indicator("virksomhedspraktikker").extracted == date(2026, 11, 5)
    series = dataset.series("rettidige-jobsamtaler", "Team Nord")
    assert series.values[0] == pytest.approx(81.3)
    assert not np.isnan(series.targets).any()


def test_headers_say_what_is_what_so_the_proposal_is_confident(tmp_path: Path) -> None:
    path = write_text(tmp_path / "a.csv", ["Indikator;Team;Periode;Værdi", "A;T;2024M01;1"])
    proposal = propose_mapping(read_source(path))
    assert proposal.confident
    assert proposal.mapping is not None and proposal.mapping.layout == Layout.LONG


def test_headers_that_say_nothing_make_the_proposal_unsure(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "b.csv", ["Navn;Felt;Hvornår;Tal", "A;T;2024M01;1", "B;T;2024M01;2"]
    )
    proposal = propose_mapping(read_source(path))
    assert not proposal.confident
    assert proposal.mapping is not None and proposal.mapping.period == "Hvornår"


def test_progress_is_reported_and_cancel_stops_the_import(tmp_path: Path) -> None:
    path = write_text(tmp_path / "c.csv", ["Indikator;Periode;Værdi", "A;2024M01;1"])
    seen: list[tuple[int, int]] = []
    import_file(path, progress=lambda done, total: seen.append((done, total)) is None)
    assert seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(ImportCancelledError):
        import_file(path, progress=lambda done, total: done < 50)
