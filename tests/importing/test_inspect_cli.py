"""``dialogtool inspect`` as a user runs it: a separate process, no display needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dialogtool.core.importing import import_file

from .corpus import tidy, write_text

pytestmark = pytest.mark.slow


def inspect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialogtool", "inspect", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def danish_export(tmp_path: Path) -> Path:
    return write_text(
        tmp_path / "export.csv",
        [
            "Jobindsats;;;;",
            "Indikator;Team;Måned;Værdi;Mål",
            "Løntimer (%);Øst;2024M01;41,5;45",
            "Løntimer (%);Øst;2024M02;..;45",
            "Løntimer (%);Vest;2024M01;1.234,567;",
            "Samtaler, rettidige;Øst;2024M01;0,1;",
            "Samtaler, rettidige;Øst;2024M02;-3;",
        ],
        encoding="cp1252",
    )


def test_csv_round_trips_to_the_same_observations(danish_export: Path, tmp_path: Path) -> None:
    result = inspect(str(danish_export), "--csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "indicator,group,period,value,target"
    assert lines[1] == "Løntimer (%),Øst,2024-01,41.5,45"
    assert '"Samtaler, rettidige",Øst,2024-01,0.1,' in lines
    assert "1 cells without a value" in result.stderr
    tidy_csv = tmp_path / "tidy.csv"
    tidy_csv.write_text(result.stdout, encoding="utf-8")
    assert tidy(import_file(tidy_csv)) == tidy(import_file(danish_export))


def test_json_describes_what_was_detected(danish_export: Path) -> None:
    result = inspect(str(danish_export), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["layout"] == "long"
    assert summary["encoding"] == "windows-1252"
    assert summary["delimiter"] == ";"
    assert summary["header_row"] == 2
    assert [i["name"] for i in summary["indicators"]] == ["Løntimer (%)", "Samtaler, rettidige"]
    assert summary["groups"] == ["Øst", "Vest"]
    assert summary["periods"] == {"first": "2024-01", "last": "2024-02", "count": 2}
    assert summary["observations"] == 4
    assert [p["kind"] for p in summary["problems"]] == ["missing_values"]


def test_columns_named_on_the_command_line_win(tmp_path: Path) -> None:
    path = write_text(tmp_path / "x.csv", ["Navn;Enhed;Hvornår;Tal", "A;T;2024M01;1"])
    result = inspect(
        str(path), "--indicator", "Navn", "--group", "Enhed", "--value", "Tal", "--csv"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "A,T,2024-01,1,"


def test_a_file_that_cannot_load_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    result = inspect(str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "damaged or incomplete" in result.stderr


def test_unknown_column_exits_2(danish_export: Path) -> None:
    result = inspect(str(danish_export), "--period", "Dato")
    assert result.returncode == 2
    assert "'Dato' is not in the file" in result.stderr


def test_every_layout_can_be_named_on_the_command_line(tmp_path: Path) -> None:
    matrix = write_text(tmp_path / "m.csv", ["Navn;2024M01;2024M02", "A;1;2"])
    result = inspect(str(matrix), "--layout", "matrix", "--indicator", "Navn", "--csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["A,,2024-01,1,", "A,,2024-02,2,"]

    measures = write_text(
        tmp_path / "w.csv", ["Hvor;Hvornår;Uge;Køn;Antal;Andel", "Nord;2024;48;I alt;5;0,5"]
    )
    result = inspect(
        str(measures), "--period", "Hvornår", "Uge", "--group", "Hvor",
        "--value", "Antal", "--value", "Andel", "--csv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["Antal,Nord,2024-W48,5,", "Andel,Nord,2024-W48,0.5,"]


def test_more_than_eight_indicators_are_warned_about(tmp_path: Path) -> None:
    names = [f"Nøgletal {i}" for i in range(1, 10)]
    path = write_text(
        tmp_path / "mange.csv", ["Måned;" + ";".join(names), "2024M01;" + ";".join("1" * 9)]
    )
    result = inspect(str(path))
    assert result.returncode == 0
    assert "9 indicators" in result.stderr and "7–8 trædesten" in result.stderr
