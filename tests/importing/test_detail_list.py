"""Individual-level lists are read whole, with numbers as numbers."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import xlsxwriter

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError
from dialogtool.core.importing.detail_list import read_detail_list


def test_cp1252_list_with_title_row(tmp_path: Path) -> None:
    path = tmp_path / "borgere.csv"
    lines = [
        "Udtræk fra Fasit – borgere i Team Nord",
        "",
        "Borger;Sagsbehandler;Løntimer;Startdato",
        "B-001;Åse Ødegård;12,5;01-02-2024",
        "B-002;Bjørn Æbelø;1.234,0;15-03-2024",
        "B-003;Åse Ødegård;..;02-04-2024",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    details = read_detail_list(path)
    assert [c.header for c in details.columns] == [
        "Borger",
        "Sagsbehandler",
        "Løntimer",
        "Startdato",
    ]
    assert details.row_count == 3
    borger, worker, hours, start = (c.cells for c in details.columns)
    assert list(borger) == ["B-001", "B-002", "B-003"]
    assert list(worker) == ["Åse Ødegård", "Bjørn Æbelø", "Åse Ødegård"]
    assert hours.dtype == np.float64
    assert hours[:2].tolist() == [12.5, 1234.0] and math.isnan(hours[2])
    assert list(start) == ["01-02-2024", "15-03-2024", "02-04-2024"]
    assert details.rows.tolist() == [4, 5, 6]


def test_text_below_the_sample_keeps_the_column_as_text(tmp_path: Path) -> None:
    path = tmp_path / "sager.csv"
    rows = [f"S{i};{i}" for i in range(300)] + ["S300;ukendt"]
    path.write_text("Sag;Dage\n" + "\n".join(rows) + "\n", encoding="utf-8")
    details = read_detail_list(path)
    days = details.columns[1].cells
    assert days.dtype == object
    assert days[-1] == "ukendt" and days[0] == "0"


def test_workbook_sheet(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Borgere")
    sheet.write_row(0, 0, ["Borger", "Team", "Samtaler"])
    sheet.write_row(1, 0, ["B-1", "Syd", 3])
    sheet.write_row(2, 0, ["B-2", "Øst", 5])
    workbook.close()
    details = read_detail_list(path)
    assert [c.header for c in details.columns] == ["Borger", "Team", "Samtaler"]
    assert details.columns[2].cells.tolist() == [3.0, 5.0]
    assert list(details.columns[1].cells) == ["Syd", "Øst"]


def test_unusable_file_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportRefusedError) as info:
        read_detail_list(path)
    assert "\n" not in render(info.value.message, "da")
