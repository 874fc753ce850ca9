"""Shapes of the real portals' downloads (StatBank, Jobindsats, Power BI, municipal BI).

Each file is written here from what the portals document about their exports:
StatBank's API CSV is ``;``-separated UTF-8 with a BOM and columns named after
the table's variables plus ``TID`` and ``INDHOLD``; its matrix download puts a
title and a unit line above the table, the periods across, blank repeated
labels, ``..`` for missing cells and footnotes below. Jobindsats codes periods
``2024M01``, ``2024Q01``, ``2023Y01``; Power BI's "Export data" writes a date
hierarchy as ``År`` and ``Måned`` columns. Every shape loads to its exact tidy
observations or is refused in one line saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from dialogtool.core.catalogue import render
from dialogtool.core.importing import (
    ImportRefusedError,
    Layout,
    ProblemKind,
    import_file,
    propose_mapping,
    read_source,
)

from .corpus import tidy, write_ods, write_text


def kinds(result: object) -> list[ProblemKind]:
    return [p.kind for p in result.problems]  # type: ignore[attr-defined]


def test_statbank_matrix_csv_two_label_columns(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "AUP01.csv",
        [
            "Fuldtidsledige efter område, ydelsestype og tid",
            "Enhed: Antal",
            "",
            ";;2023K1;2023K2;2023K3",
            "Hele landet;Dagpengemodtagere;52.310;50.118;..",
            ";Kontanthjælpsmodtagere;18.004;17.662;17.120",
            "Aarhus;Dagpengemodtagere;3.101;2.987;2.950",
            ";Kontanthjælpsmodtagere;1.250;..;1.199",
            "",
            "Kilde: Danmarks Statistik",
            "Anm.: Sæsonkorrigeret.",
        ],
        encoding="cp1252",
    )
    result = import_file(path)
    assert result.mapping.layout == Layout.MATRIX
    assert tidy(result) == [
        ("Dagpengemodtagere", "Hele landet", "2023-Q1", 52310.0, None),
        ("Kontanthjælpsmodtagere", "Hele landet", "2023-Q1", 18004.0, None),
        ("Dagpengemodtagere", "Aarhus", "2023-Q1", 3101.0, None),
        ("Kontanthjælpsmodtagere", "Aarhus", "2023-Q1", 1250.0, None),
        ("Dagpengemodtagere", "Hele landet", "2023-Q2", 50118.0, None),
        ("Kontanthjælpsmodtagere", "Hele landet", "2023-Q2", 17662.0, None),
        ("Dagpengemodtagere", "Aarhus", "2023-Q2", 2987.0, None),
        ("Kontanthjælpsmodtagere", "Hele landet", "2023-Q3", 17120.0, None),
        ("Dagpengemodtagere", "Aarhus", "2023-Q3", 2950.0, None),
        ("Kontanthjælpsmodtagere", "Aarhus", "2023-Q3", 1199.0, None),
    ]
    # Two '..' cells are missing values; the footnotes are neither data nor missing.
    assert result.missing_values == 2
    assert kinds(result) == [ProblemKind.MISSING_VALUES]
    dataset = result.dataset
    assert dataset.source_note == "Danmarks Statistik"
    assert dataset.role_of("Hele landet") == "benchmark"
    assert dataset.teams() == ["Aarhus"]
    assert all(meta.unit == "Antal" for meta in dataset.indicators)
    snapshot = dataset.snapshot(dataset.indicators[0].id)
    assert snapshot.source.startswith("Danmarks Statistik – ")


def test_statbank_matrix_xlsx_one_label_column_named_by_title(tmp_path: Path) -> None:
    path = tmp_path / "AULK01.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("AULK01")
    sheet.write(0, 0, "Fuldtidsledige i pct. af arbejdsstyrken efter område og tid")
    sheet.write(1, 0, "Enhed: Procent")
    sheet.write_row(3, 1, ["2024M01", "2024M02", "2024M03"])
    sheet.write_row(
        4,
        0,
        [
            "Hele landet",
            2.9,
            2.8,
            "..",
        ],
    )
    sheet.write_row(5, 0, ["Region Midtjylland", 2.6, 2.6, 2.5])
    sheet.write_row(6, 0, ["Randers", 3.1, 3.0, 2.9])
    sheet.write(8, 0, "Kilde: Danmarks Statistik, www.statistikbanken.dk/AULK01")
    workbook.close()
    result = import_file(path)
    name = "Fuldtidsledige i pct. af arbejdsstyrken efter område og tid"
    assert result.mapping.layout == Layout.MATRIX
    assert tidy(result) == [
        (name, "Hele landet", "2024-01", 2.9, None),
        (name, "Region Midtjylland", "2024-01", 2.6, None),
        (name, "Randers", "2024-01", 3.1, None),
        (name, "Hele landet", "2024-02", 2.8, None),
        (name, "Region Midtjylland", "2024-02", 2.6, None),
        (name, "Randers", "2024-02", 3.0, None),
        (name, "Region Midtjylland", "2024-03", 2.5, None),
        (name, "Randers", "2024-03", 2.9, None),
    ]
    meta = result.dataset.indicators[0]
    assert meta.unit == "%"
    assert result.dataset.benchmark_groups() == ["Hele landet", "Region Midtjylland"]
    assert result.dataset.source_note == "Danmarks Statistik, www.statistikbanken.dk/AULK01"


def test_jobindsats_report_sheet_areas_down_months_across_with_total(tmp_path: Path) -> None:
    path = tmp_path / "jobindsats_ydelser.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Tabel")
    sheet.write(0, 0, "Antal fuldtidspersoner på a-dagpenge")
    sheet.write_row(2, 0, ["Område", "2024M01", "2024M02", "I alt"])
    sheet.write_row(3, 0, ["Jobcenter Nord", 120, 118, 238])
    sheet.write_row(4, 0, ["Jobcenter Syd", 95, "-", 95])
    sheet.write_row(5, 0, ["Hele kommunen", 215, 118, 333])
    sheet.write(7, 0, "Kilde: Jobindsats.dk")
    workbook.close()
    result = import_file(path)
    name = "Antal fuldtidspersoner på a-dagpenge"
    assert tidy(result) == [
        (name, "Jobcenter Nord", "2024-01", 120.0, None),
        (name, "Jobcenter Syd", "2024-01", 95.0, None),
        (name, "Hele kommunen", "2024-01", 215.0, None),
        (name, "Jobcenter Nord", "2024-02", 118.0, None),
        (name, "Hele kommunen", "2024-02", 118.0, None),
    ]
    assert result.dataset.total_group() == "Hele kommunen"
    assert result.dataset.teams() == ["Jobcenter Nord", "Jobcenter Syd"]
    # The "I alt" column across is a total over periods: not loaded, but named.
    unused = [p for p in result.problems if p.kind == ProblemKind.TOTAL and p.column]
    assert [p.column for p in unused] == ["I alt"]
    assert result.dataset.source_note == "Jobindsats.dk"


def test_matrix_with_unit_line_below_the_header(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "matrix_enhed.csv",
        [
            "Område;2024U01;2024U02",
            ";Antal;Antal",
            "Team Øst;5;6",
            "Team Vest;7;",
        ],
    )
    result = import_file(path)
    assert result.mapping.layout == Layout.MATRIX
    assert tidy(result) == [
        ("Antal", "Team Øst", "2024-W01", 5.0, None),
        ("Antal", "Team Vest", "2024-W01", 7.0, None),
        ("Antal", "Team Øst", "2024-W02", 6.0, None),
    ]
    assert result.missing_values == 1
    assert not [p for p in result.problems if p.kind == ProblemKind.NOT_A_NUMBER]


def test_matrix_ods_half_years(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "halvaar.ods",
        [
            ["Nøgletal", "2023H2", "2024H1"],
            ["Virksomhedspraktikker", 41.0, 44.0],
            ["Løntilskudsjob", 12.0, None],
        ],
    )
    result = import_file(path)
    assert result.mapping.layout == Layout.MATRIX
    assert tidy(result) == [
        ("Virksomhedspraktikker", "", "2023-H2", 41.0, None),
        ("Løntilskudsjob", "", "2023-H2", 12.0, None),
        ("Virksomhedspraktikker", "", "2024-H1", 44.0, None),
    ]


def test_statbank_api_csv_constant_column_goes_into_the_definition(tmp_path: Path) -> None:
    path = tmp_path / "FOLK1A.csv"
    path.write_bytes(
        "\ufeffOMRÅDE;KØN;TID;INDHOLD\r\n"
        "Hele landet;I alt;2024K1;5961249\r\n"
        "Hele landet;I alt;2024K2;5967181\r\n"
        "København;I alt;2024K1;660842\r\n"
        "København;I alt;2024K2;663180\r\n".encode()
    )
    result = import_file(path)
    assert tidy(result) == [
        ("INDHOLD", "Hele landet", "2024-Q1", 5961249.0, None),
        ("INDHOLD", "Hele landet", "2024-Q2", 5967181.0, None),
        ("INDHOLD", "København", "2024-Q1", 660842.0, None),
        ("INDHOLD", "København", "2024-Q2", 663180.0, None),
    ]
    assert result.mapping.group == "OMRÅDE"
    assert result.dataset.indicators[0].definition == "KØN: I alt"
    assert result.problems == []


def test_several_measures_become_several_indicators(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "ydelser.csv",
        [
            "Område;Periode;Køn;Antal fuldtidspersoner;Andel (pct.);Antal forløb;Varighed (uger)",
            "Nord;2024M01;I alt;120;4,5;33;12,5",
            "Syd;2024M01;I alt;98;3,9;21;10",
        ],
    )
    result = import_file(path)
    assert result.mapping.layout == Layout.WIDE
    assert tidy(result) == [
        ("Antal fuldtidspersoner", "Nord", "2024-01", 120.0, None),
        ("Antal fuldtidspersoner", "Syd", "2024-01", 98.0, None),
        ("Andel (pct.)", "Nord", "2024-01", 4.5, None),
        ("Andel (pct.)", "Syd", "2024-01", 3.9, None),
        ("Antal forløb", "Nord", "2024-01", 33.0, None),
        ("Antal forløb", "Syd", "2024-01", 21.0, None),
        ("Varighed (uger)", "Nord", "2024-01", 12.5, None),
        ("Varighed (uger)", "Syd", "2024-01", 10.0, None),
    ]
    metas = result.dataset.indicators
    assert [m.unit for m in metas] == ["", "%", "", "uger"]
    assert {m.definition for m in metas} == {"Køn: I alt"}


def test_power_bi_date_hierarchy_year_and_month_names(tmp_path: Path) -> None:
    path = tmp_path / "powerbi_export.csv"
    path.write_bytes(
        "\ufeffÅr,Kvartal,Måned,Afdeling,Antal samtaler\r\n"
        "2024,Kvt 1,januar,Nord,14\r\n"
        "2024,Kvt 1,februar,Nord,17\r\n"
        "2024,Kvt 2,april,Nord,11\r\n".encode()
    )
    result = import_file(path)
    assert (result.mapping.period, result.mapping.period_part) == ("År", "Måned")
    assert tidy(result) == [
        ("Antal samtaler", "Nord", "2024-01", 14.0, None),
        ("Antal samtaler", "Nord", "2024-02", 17.0, None),
        ("Antal samtaler", "Nord", "2024-04", 11.0, None),
    ]
    unused = [p.column for p in result.problems if p.kind == ProblemKind.UNUSED_COLUMN]
    assert unused == ["Kvartal"]


def test_year_and_week_number_columns(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "uger.csv",
        ["År;Uge;Team;Jobsamtaler", "2024;52;Øst;8", "2025;1;Øst;9", "2025;2;Øst;10"],
    )
    result = import_file(path)
    assert tidy(result) == [
        ("Jobsamtaler", "Øst", "2024-W52", 8.0, None),
        ("Jobsamtaler", "Øst", "2025-W01", 9.0, None),
        ("Jobsamtaler", "Øst", "2025-W02", 10.0, None),
    ]


def test_totals_and_benchmarks_are_not_teams(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "bi_rapport.csv",
        [
            "Indikator;Afdeling;Måned;Værdi",
            "Rettidighed (%);Team Nord;2024M01;81",
            "Rettidighed (%);Team Syd;2024M01;77",
            "Rettidighed (%);I alt;2024M01;79",
            "Rettidighed (%);Landsgennemsnit;2024M01;74",
        ],
    )
    dataset = import_file(path).dataset
    assert dataset.groups == ["Team Nord", "Team Syd", "I alt", "Landsgennemsnit"]
    assert dataset.group_roles == {"I alt": "total", "Landsgennemsnit": "benchmark"}
    assert dataset.teams() == ["Team Nord", "Team Syd"]
    assert dataset.total_group() == "I alt"
    assert dataset.benchmark_groups() == ["Landsgennemsnit"]


def test_jobindsats_quarter_and_year_codes(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "jobindsats_y01.csv",
        [
            "Indikator;Område;Periode;Antal",
            "Personer i job;Randers;2024Q01;410",
            "Personer i job;Randers;2024Q02;432",
            "Personer i job (år);Randers;2023Y01;1650",
        ],
    )
    assert tidy(import_file(path)) == [
        ("Personer i job", "Randers", "2024-Q1", 410.0, None),
        ("Personer i job", "Randers", "2024-Q2", 432.0, None),
        ("Personer i job (år)", "Randers", "2023", 1650.0, None),
    ]


def test_statbank_day_codes_become_months(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "dag.csv",
        ["TID;INDHOLD", "2024M01D20;5", "2024M02D20;6"],
    )
    result = import_file(path)
    assert tidy(result) == [
        ("INDHOLD", "", "2024-01", 5.0, None),
        ("INDHOLD", "", "2024-02", 6.0, None),
    ]


def test_coded_period_column_wins_over_a_date_column(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "dato_og_kode.csv",
        [
            "Dato;Periode;Indikator;Værdi",
            "2023-01-01;2023Y01;Ledighed;4,1",
            "2024-01-01;2024Y01;Ledighed;3,9",
        ],
    )
    result = import_file(path)
    assert result.mapping.period == "Periode"
    assert tidy(result) == [
        ("Ledighed", "", "2023", 4.1, None),
        ("Ledighed", "", "2024", 3.9, None),
    ]
    assert [p.column for p in result.problems] == ["Dato"]


def test_rolling_periods_are_refused_with_the_reason(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "rullende.csv",
        ["Indikator;Periode;Værdi", "Ledige;2023M02-2024M01;51", "Ledige;2023M03-2024M02;50"],
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert "rolling period" in render(refused.value.message, "en") and "\n" not in render(
        refused.value.message, "en"
    )


def test_footnotes_are_not_missing_values_and_name_the_source(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "wide_noter.csv",
        [
            "Måned;Jobsamtaler;Praktikker",
            "2024M01;10;3",
            "2024M02;12;..",
            "",
            "Anm.: Tal for februar er foreløbige.",
            "Kilde: Fasit, Randers Kommune",
        ],
    )
    result = import_file(path)
    assert tidy(result) == [
        ("Jobsamtaler", "", "2024-01", 10.0, None),
        ("Jobsamtaler", "", "2024-02", 12.0, None),
        ("Praktikker", "", "2024-01", 3.0, None),
    ]
    assert result.missing_values == 1
    assert kinds(result) == [ProblemKind.MISSING_VALUES]
    assert result.dataset.source_note == "Fasit, Randers Kommune"


NOT_TABLES = {
    "api_svar.csv": (b'{"status": "ok", "data": [{"TID": "2024M01", "INDHOLD": 5}]}', "JSON"),
    "rapport.xls": (
        b'<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><table>'
        b"<tr><td>2024M01</td></tr></table></body></html>",
        "web page (HTML)",
    ),
    "rapport.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    "graf.png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "image (PNG)"),
}


@pytest.mark.parametrize("name", NOT_TABLES)
def test_non_tables_are_refused_saying_what_they_are(tmp_path: Path, name: str) -> None:
    data, what = NOT_TABLES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert what in render(refused.value.message, "en") and "\n" not in render(
        refused.value.message, "en"
    )


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "eksport.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data.csv", "Måned;Værdi\n2024M01;1\n")
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert "zip archive, not a workbook" in render(refused.value.message, "en")


def test_matrix_is_proposed_from_the_header_and_is_sure(tmp_path: Path) -> None:
    path = write_text(tmp_path / "m.csv", ["Område;2024M01;2024M02", "Nord;1;2", "Syd;3;4"])
    proposal = propose_mapping(read_source(path))
    assert proposal.mapping is not None and proposal.mapping.layout == Layout.MATRIX
    assert proposal.mapping.group == "Område"


JOBINDSATS_BENCHMARK = [
    "Area;Periode;Ydelsesgrupper;Faktisk antal;Faktisk andel (pct.);"
    "Forskel mellem forventet og faktisk andel (pct. point)",
    "Randers;{p};A-dagpenge mv.;1.210;2,1;0,3",
    "Randers;{p};Kontanthjælp mv.;1.530;2,7;-0,2",
    "Hele landet;{p};A-dagpenge mv.;61.200;2,0;",
    "Hele landet;{p};Kontanthjælp mv.;84.100;2,4;",
]


def test_jobindsats_benchmark_export_splits_measures_by_benefit_group(tmp_path: Path) -> None:
    lines = [line.replace("{p}", "2024Q01") for line in JOBINDSATS_BENCHMARK]
    path = write_text(tmp_path / "y30r21.csv", lines)
    proposal = propose_mapping(read_source(path))
    assert not proposal.confident, "a column that splits the measures is worth a question"
    assert "Ydelsesgrupper" in render(proposal.notes[0], "en")
    result = import_file(path)
    a, k = "A-dagpenge mv.", "Kontanthjælp mv."
    antal, andel = "Faktisk antal", "Faktisk andel (pct.)"
    forskel = "Forskel mellem forventet og faktisk andel (pct. point)"
    assert tidy(result) == [
        (f"{antal} – {a}", "Randers", "2024-Q1", 1210.0, None),
        (f"{antal} – {k}", "Randers", "2024-Q1", 1530.0, None),
        (f"{antal} – {a}", "Hele landet", "2024-Q1", 61200.0, None),
        (f"{antal} – {k}", "Hele landet", "2024-Q1", 84100.0, None),
        (f"{andel} – {a}", "Randers", "2024-Q1", 2.1, None),
        (f"{andel} – {k}", "Randers", "2024-Q1", 2.7, None),
        (f"{andel} – {a}", "Hele landet", "2024-Q1", 2.0, None),
        (f"{andel} – {k}", "Hele landet", "2024-Q1", 2.4, None),
        (f"{forskel} – {a}", "Randers", "2024-Q1", 0.3, None),
        (f"{forskel} – {k}", "Randers", "2024-Q1", -0.2, None),
    ]
    assert [m.unit for m in result.dataset.indicators] == [
        "",
        "",
        "%",
        "%",
        "pct. point",
        "pct. point",
    ]
    assert result.missing_values == 2
    assert result.dataset.benchmark_groups() == ["Hele landet"]


def test_jobindsats_moving_annual_totals_are_refused_with_the_reason(tmp_path: Path) -> None:
    lines = [line.replace("{p}", "2024QMAT02") for line in JOBINDSATS_BENCHMARK]
    with pytest.raises(ImportRefusedError) as refused:
        import_file(write_text(tmp_path / "y30r21_mat.csv", lines))
    assert "'2024QMAT02'" in render(refused.value.message, "en") and "rolling periods" in render(
        refused.value.message, "en"
    )


def test_statbank_bulk_csv_with_area_codes(tmp_path: Path) -> None:
    path = tmp_path / "AUP02_bulk.csv"
    path.write_bytes(
        "\ufeffOMRÅDE;TID;INDHOLD\r\n000;2024M01;2,9\r\n000;2024M02;2,8\r\n101;2024M01;3,4\r\n".encode()
    )
    result = import_file(path)
    assert result.mapping.group == "OMRÅDE"
    assert tidy(result) == [
        ("INDHOLD", "000", "2024-01", 2.9, None),
        ("INDHOLD", "000", "2024-02", 2.8, None),
        ("INDHOLD", "101", "2024-01", 3.4, None),
    ]


def test_power_bi_excel_year_and_month_numbers(tmp_path: Path) -> None:
    path = tmp_path / "powerbi.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Export")
    sheet.write_row(0, 0, ["År", "Måned", "Team", "Virksomhedsbesøg", "Jobsamtaler (%)"])
    sheet.write_row(1, 0, [2024, 11, "Vest", 14, 81.5])
    sheet.write_row(2, 0, [2024, 12, "Vest", 9, 79.0])
    sheet.write_row(3, 0, [2025, 1, "Vest", 12, 83.25])
    workbook.close()
    result = import_file(path)
    assert (result.mapping.period, result.mapping.period_part) == ("År", "Måned")
    assert tidy(result) == [
        ("Virksomhedsbesøg", "Vest", "2024-11", 14.0, None),
        ("Virksomhedsbesøg", "Vest", "2024-12", 9.0, None),
        ("Virksomhedsbesøg", "Vest", "2025-01", 12.0, None),
        ("Jobsamtaler (%)", "Vest", "2024-11", 81.5, None),
        ("Jobsamtaler (%)", "Vest", "2024-12", 79.0, None),
        ("Jobsamtaler (%)", "Vest", "2025-01", 83.25, None),
    ]
    assert result.problems == []


def test_a_last_row_named_like_a_note_is_data(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "noter.csv",
        ["Indikator;Måned;Værdi", "Jobsamtaler;2024M01;4", "Noter til borgere;2024M01;7"],
    )
    assert tidy(import_file(path)) == [
        ("Jobsamtaler", "", "2024-01", 4.0, None),
        ("Noter til borgere", "", "2024-01", 7.0, None),
    ]


def test_teams_across_with_a_total_column_is_questioned(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "teams_paa_tvaers.csv",
        ["Måned;Team Nord;Team Syd;I alt", "2024M01;4;5;9", "2024M02;6;5;11"],
    )
    proposal = propose_mapping(read_source(path))
    assert not proposal.confident
    assert any(
        "columns were read as groups (teams)" in render(note, "en") for note in proposal.notes
    )
    result = import_file(path)
    assert result.dataset.teams() == ["Team Nord", "Team Syd"]
    assert result.dataset.total_group() == "I alt"
    assert [(g, p, v) for _, g, p, v, _ in tidy(result)] == [
        ("Team Nord", "2024-01", 4.0), ("Team Nord", "2024-02", 6.0),
        ("Team Syd", "2024-01", 5.0), ("Team Syd", "2024-02", 5.0),
        ("I alt", "2024-01", 9.0), ("I alt", "2024-02", 11.0),
    ]  # fmt: skip


def test_statbank_quoted_matrix_csv_with_an_eliminated_variable(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "FOLK1A_matrix.csv",
        [
            '"Befolkningen den 1. i kvartalet efter område, køn og tid"',
            '"Enhed: Antal"',
            ';;"2024K1";"2024K2"',
            '"Hele landet";"I alt";5961249;5967181',
            '"Region Nordjylland";"I alt";590439;590815',
        ],
    )
    result = import_file(path)
    name = "Befolkningen den 1. i kvartalet efter område, køn og tid"
    assert tidy(result) == [
        (name, "Hele landet", "2024-Q1", 5961249.0, None),
        (name, "Region Nordjylland", "2024-Q1", 590439.0, None),
        (name, "Hele landet", "2024-Q2", 5967181.0, None),
        (name, "Region Nordjylland", "2024-Q2", 590815.0, None),
    ]
    meta = result.dataset.indicators[0]
    assert (meta.unit, meta.definition) == ("Antal", "Kolonne 2: I alt")
    assert result.dataset.teams() == []
    assert result.problems == []
