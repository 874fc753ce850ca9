"""Bad input gives one clear sentence (refused) or a named problem (loaded), never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dialogtool.core.catalogue import render
from dialogtool.core.importing import (
    ColumnMapping,
    ImportRefusedError,
    Layout,
    ProblemKind,
    apply_overrides,
    import_bytes,
    import_file,
    read_source,
)

from .corpus import tidy, write_ods, write_text


def refusal(path: Path, **kwargs: str) -> ImportRefusedError:
    with pytest.raises(ImportRefusedError) as info:
        import_file(path, **kwargs)  # type: ignore[arg-type]
    error = info.value
    for text in (render(error.message, "da"), render(error.message, "en"), str(error)):
        assert text and "\n" not in text and "Traceback" not in text
    return error


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    assert render(refusal(path).message, "en") == "The file is empty."
    path.write_bytes(b" \r\n\r\n")
    assert render(refusal(path).message, "da") == "Filen er tom."


def test_header_only(tmp_path: Path) -> None:
    error = refusal(write_text(tmp_path / "h.csv", ["Indikator;Team;Periode;Værdi"]))
    assert "no rows of data" in render(error.message, "en")


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(os.urandom(4096) + b"\x00" * 64)
    assert "neither a spreadsheet nor a text" in render(refusal(path).message, "en")


def test_truncated_xlsx(tmp_path: Path) -> None:
    whole = write_ods(
        tmp_path / "whole.ods", [["Indikator", "Periode", "Værdi"], ["A", "2024", 1.0]]
    )
    path = tmp_path / "halv.xlsx"
    path.write_bytes(whole.read_bytes()[:150])
    assert "damaged or incomplete" in render(refusal(path).message, "en")


def test_file_that_is_not_there(tmp_path: Path) -> None:
    assert "cannot be read" in render(refusal(tmp_path / "findes-ikke.csv").message, "en")


def test_non_numeric_cells_are_named_with_row_and_column(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "tekst.csv",
        ["Indikator;Periode;Værdi", "A;2024M01;1", "A;2024M02;mange", "A;2024M03;3"],
    )
    result = import_file(path)
    assert tidy(result) == [("A", "", "2024-01", 1.0, None), ("A", "", "2024-03", 3.0, None)]
    [problem] = result.problems
    assert problem.kind == ProblemKind.NOT_A_NUMBER
    assert (problem.file, problem.row, problem.column) == ("tekst.csv", 3, "Værdi")
    assert render(problem.message, "en") == "'mange' is not a number; the cell was skipped."
    assert "ikke et tal" in render(problem.message, "da")


def test_a_value_column_without_numbers_is_refused(tmp_path: Path) -> None:
    path = write_text(tmp_path / "ord.csv", ["Indikator;Periode;Værdi", "A;2024M01;højt"])
    assert (
        render(refusal(path).message, "en")
        == "The file cannot be read as indicators: No column holds numbers."
    )


def test_duplicate_periods_are_named_and_the_first_value_kept(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "dubletter.csv",
        [
            "Indikator;Team;Periode;Værdi",
            "A;Nord;2024M01;1",
            "A;Nord;2024M02;2",
            "A;Nord;2024M01;9",
        ],
    )
    result = import_file(path)
    assert tidy(result) == [
        ("A", "Nord", "2024-01", 1.0, None),
        ("A", "Nord", "2024-02", 2.0, None),
    ]
    [problem] = result.problems
    assert problem.kind == ProblemKind.DUPLICATE
    assert problem.row == 4
    assert (
        render(problem.message, "en")
        == "A, Nord, 2024-01 appears more than once; the value from row 2 is used."
    )


def test_impossible_periods_are_named(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "perioder.csv",
        ["Indikator;Periode;Værdi", "A;2024M12;1", "A;2024M13;2", "A;2024K5;3", "A;2024-W53;4"],
    )
    result = import_file(path)
    assert tidy(result) == [("A", "", "2024-12", 1.0, None)]
    assert [(p.kind, p.row) for p in result.problems] == [
        (ProblemKind.BAD_PERIOD, 3),
        (ProblemKind.BAD_PERIOD, 4),
        (ProblemKind.BAD_PERIOD, 5),
    ]
    assert (
        render(result.problems[0].message, "en")
        == "'2024M13' is not a valid period; the row was skipped."
    )


def test_only_impossible_periods_is_refused_naming_an_example(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "kun-fejl.csv",
        ["Indikator;Periode;Værdi", "A;2024M01;1", "A;2024M13;2"],
    )
    mapping = ColumnMapping(
        layout=Layout.LONG, indicator="Indikator", period="Periode", value="Værdi"
    )
    result = import_file(path, mapping)
    assert len(tidy(result)) == 1
    path = write_text(tmp_path / "alle-fejl.csv", ["Indikator;Periode;Værdi", "A;2024M13;2"])
    error = refusal(path)
    assert "period" in render(error.message, "en")


def test_short_and_long_rows_are_skipped_and_named(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "skæv.csv",
        ["Indikator;Periode;Værdi", "A;2024M01;1", "A;2024M02", "A;2024M03;3;x", "A;2024M04;4"],
    )
    result = import_file(path)
    assert tidy(result) == [("A", "", "2024-01", 1.0, None), ("A", "", "2024-04", 4.0, None)]
    assert [(p.kind, p.row) for p in result.problems] == [
        (ProblemKind.BAD_ROW, 3),
        (ProblemKind.BAD_ROW, 4),
    ]


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "ark.ods", [["Indikator", "Periode", "Værdi"], ["A", "2024", 1.0]])
    error = refusal(path, sheet="Ark2")
    assert (
        render(error.message, "en")
        == "The workbook has no sheet called 'Ark2' (its sheets are: Data)."
    )


def test_unknown_column_lists_the_columns(tmp_path: Path) -> None:
    path = write_text(tmp_path / "k.csv", ["Indikator;Periode;Værdi", "A;2024M01;1"])
    with pytest.raises(ImportRefusedError) as info:
        apply_overrides(read_source(path), None, period="Dato")
    assert render(info.value.message, "en") == (
        "The column 'Dato' is not in the file (its columns are: Indikator, Periode, Værdi)."
    )


def test_text_without_periods_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefusedError) as info:
        import_bytes(b"Navn;Alder\nAnna;41\nBo;38\n", "personer.csv")
    assert (
        render(info.value.message, "en")
        == "The file cannot be read as indicators: No column looks like periods."
    )
