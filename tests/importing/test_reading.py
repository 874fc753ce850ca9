"""The reading ("Sådan læste jeg filen"): what the importer made of a file, as the leader sees it."""

from __future__ import annotations

from pathlib import Path

from dialogtool.core.importing import import_file
from dialogtool.core.importing.direction import propose_direction

from .corpus import write_text


def test_reading_names_layout_indicators_direction_total_periods_and_missing(
    tmp_path: Path,
) -> None:
    path = write_text(
        tmp_path / "ledighed.csv",
        [
            "Område;Tid;Ledighed (pct.);Beskæftigede",
            "Nord;2024M01;3,1;100",
            "Syd;2024M01;..;200",
            "I alt;2024M01;2,9;300",
            "Nord;2024M02;3,0;110",
        ],
    )
    reading = import_file(path).reading
    assert reading.layout == "wide"
    assert [(i.name, i.unit) for i in reading.indicators] == [
        ("Ledighed (pct.)", "%"),
        ("Beskæftigede", ""),
    ]
    unemployment, employed = reading.indicators
    assert not unemployment.direction.higher_is_better
    assert unemployment.direction.word == "ledighed"
    assert employed.direction.higher_is_better and employed.direction.assumed
    assert reading.total == "I alt"
    assert (reading.first_period, reading.last_period, reading.period_kinds) == (
        "2024-01",
        "2024-02",
        ("month",),
    )
    assert (reading.values, reading.missing) == (7, 1)
    text = reading.text("da")
    assert "lavere er bedre (foreslået, ud fra ordet 'ledighed')" in text
    assert "I alt (total, målestok)" in text
    assert "Perioder: 2024-01 – 2024-02 (2 måneder)" in text
    english = reading.text("en")
    assert "lower is better (proposed, from the word 'ledighed')" in english
    assert "missing (hidden by the source): 1" in english


def test_dataset_carries_the_proposed_direction(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "fravaer.csv",
        ["Team;Måned;Sygefravær (dage);Tilfredshed", "A;2024-01;2,5;4", "B;2024-01;3,5;5"],
    )
    dataset = import_file(path).dataset
    assert [m.higher_is_better for m in dataset.indicators] == [False, True]


def test_direction_words() -> None:
    lower = ["Ledighed", "Sygefravær i pct.", "Ventetid (dage)", "Antal klager", "Afbrudte forløb",
             "Fraværsprocent", "Unemployment rate", "Langtidsledige"]  # fmt: skip
    higher = ["Beskæftigelse", "Tilfredshed", "Andel i job", "Job- og uddannelsesparathed"]
    assert [propose_direction(n).higher_is_better for n in lower] == [False] * len(lower)
    assert [propose_direction(n).higher_is_better for n in higher] == [True] * len(higher)


def test_reading_names_the_files_marker_when_the_reader_parsed_the_numbers_itself(
    tmp_path: Path,
) -> None:
    """Plain numbers are parsed by the CSV reader, which turns ``..`` into a bare null."""
    rows = [f"Team {k};2024M{k % 12 + 1:02d};{k * 3};{k}" for k in range(1, 60)]
    path = write_text(
        tmp_path / "ledige.csv",
        ["Område;Tid;Ledige;Sager", *rows, "Øst;2024M01;..;5", "Vest;2024M01;x;.."],
    )
    reading = import_file(path).reading
    assert (reading.missing, reading.missing_markers) == (3, ("..", "x"))
    assert "(markør: '..' 'x')" in reading.text("da")
    assert "tom celle" not in reading.text("da")
