"""A corpus of real-shaped downloads, one or more per bullet of issue 17, each with its truth.

Built from what each format's public documentation shows: the PX-file format
specification (keywords, dot codes, STUB/HEADING order), JSON-stat 1.x and 2.0,
StatBank's and Jobindsats' download pages (matrix CSV with measures above the
periods, ``..`` for confidential cells), Excel pivot tables (merged row labels,
Hovedtotal, hidden detail rows), Power BI/Targit matrix exports (a measure merged
over its months) and Reporting Services exports (MHTML, Excel 2003 XML). A case
returns the written file and either its exact tidy observations (every value,
every total) and the missing count, or the exact one-line refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from .corpus import Row, write_text
from .cube_files import jsonstat2, px_text, statbank_jsonstat1, write_json, write_px


@dataclass(frozen=True)
class Case:
    path: Path
    rows: list[Row] | None = None
    missing: int = 0
    refusal: str | None = None


Writer = Callable[[Path], Case]
CASES: dict[str, Writer] = {}


def case(writer: Writer) -> Writer:
    CASES[writer.__name__] = writer
    return writer


def _xlsx(path: Path, sheets: dict[str, Callable[[xlsxwriter.worksheet.Worksheet], None]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    for name, fill in sheets.items():
        fill(workbook.add_worksheet(name))
    workbook.close()
    return path


@case
def statbank_px(tmp: Path) -> Case:
    text = px_text(
        [("område", ["Hele landet", "Aarhus"]), ("ydelsestype", ["Dagpenge", "Kontanthjælp"])],
        [("tid", ["2024M01", "2024M02"])],
        [52310, 50118, 18004, None, 3101, 2987, 1250, "-"],
        timeval="tid",
        extra=['DATASYMBOL2="Diskretioneret";'],
    )
    ind = "Fuldtidsledige – "
    return Case(
        write_px(tmp / "AUP01.px", text),
        [(ind + "Dagpenge", "Hele landet", "2024-01", 52310.0, None),
         (ind + "Dagpenge", "Hele landet", "2024-02", 50118.0, None),
         (ind + "Kontanthjælp", "Hele landet", "2024-01", 18004.0, None),
         (ind + "Dagpenge", "Aarhus", "2024-01", 3101.0, None),
         (ind + "Dagpenge", "Aarhus", "2024-02", 2987.0, None),
         (ind + "Kontanthjælp", "Aarhus", "2024-01", 1250.0, None)],
        missing=2,
    )  # fmt: skip


@case
def statbank_api_jsonstat(tmp: Path) -> Case:
    doc = statbank_jsonstat1(
        [("område", ["Hele landet", "Aarhus"]), ("ContentsCode", ["Ledighed (pct.)"]),
         ("Tid", ["2024K1", "2024K2"])],
        [4.1, 4.0, None, 3.9],
        time="Tid",
        metric="ContentsCode",
    )  # fmt: skip
    name = "Ledighed (pct.)"
    return Case(
        write_json(tmp / "AUP02.json", doc),
        [(name, "Hele landet", "2024-Q1", 4.1, None), (name, "Hele landet", "2024-Q2", 4.0, None),
         (name, "Aarhus", "2024-Q2", 3.9, None)],
        missing=1,
    )  # fmt: skip


@case
def jsonstat2_sparse(tmp: Path) -> Case:
    doc = jsonstat2(
        [("Jobcenter", ["Nord", "Syd"]), ("Uge", ["2024U47", "2024U48"])],
        {"0": 12.0, "1": 14.0, "2": 9.0},
        roles={"geo": ["Jobcenter"], "time": ["Uge"]},
        label="Ventetid (dage)",
    )
    name = "Ventetid (dage)"
    return Case(
        write_json(tmp / "ventetid.json", doc),
        [(name, "Nord", "2024-W47", 12.0, None), (name, "Nord", "2024-W48", 14.0, None),
         (name, "Syd", "2024-W47", 9.0, None)],
        missing=1,
    )  # fmt: skip


@case
def json_not_jsonstat(tmp: Path) -> Case:
    return Case(
        write_json(tmp / "tables.json", [{"id": "AUP01", "text": "Fuldtidsledige"}]),
        refusal="The file is a JSON list from an API, not a table in a format that can be read; "
        "download the data as JSON-stat, PC-Axis (.px), CSV or Excel.",
    )


@case
def px_with_keys(tmp: Path) -> Case:
    text = px_text([("område", ["A", "B"])], [("tid", ["2024", "2025"])], [1, 2, 3, 4],
                   extra=['KEYS("område")=VALUES;'])  # fmt: skip
    return Case(
        write_px(tmp / "keys.px", text),
        refusal="The PC-Axis file cannot be read: it uses KEYS (only rows with numbers); "
        "download the full table as PC-Axis or CSV.",
    )


@case
def statbank_matrix_two_header_rows(tmp: Path) -> Case:
    path = write_text(
        tmp / "LIGEF.csv",
        ["Ledige efter område, mål og tid", ";Ledighed (pct.);;Beskæftigede;",
         "Område;2024M01;2024M02;2024M01;2024M02", "Nord;3,1;3,2;100;110", "Syd;4,0;..;200;210",
         "", "Kilde: Danmarks Statistik"],
        encoding="cp1252",
    )  # fmt: skip
    a, b = "Ledighed (pct.)", "Beskæftigede"
    return Case(
        path,
        [(a, "Nord", "2024-01", 3.1, None), (a, "Syd", "2024-01", 4.0, None),
         (a, "Nord", "2024-02", 3.2, None), (b, "Nord", "2024-01", 100.0, None),
         (b, "Syd", "2024-01", 200.0, None), (b, "Nord", "2024-02", 110.0, None),
         (b, "Syd", "2024-02", 210.0, None)],
        missing=1,
    )  # fmt: skip


@case
def power_bi_matrix_merged_measures(tmp: Path) -> Case:
    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write(0, 0, "Sygefravær og klager")
        sheet.merge_range(2, 1, 2, 2, "Sygefravær (dage)")
        sheet.merge_range(2, 3, 2, 4, "Klager")
        sheet.write_row(3, 0, ["Afdeling", "2024-01", "2024-02", "2024-01", "2024-02"])
        sheet.write_row(4, 0, ["Nord", 2.5, 3.0, 1, 0])
        sheet.write_row(5, 0, ["Syd", 4.0, 4.5, 2, 3])
        sheet.write_row(6, 0, ["Hovedtotal", 6.5, 7.5, 3, 3])

    s, k = "Sygefravær (dage)", "Klager"
    return Case(
        _xlsx(tmp / "powerbi.xlsx", {"Export": fill}),
        [(s, "Nord", "2024-01", 2.5, None), (s, "Syd", "2024-01", 4.0, None),
         (s, "Hovedtotal", "2024-01", 6.5, None), (s, "Nord", "2024-02", 3.0, None),
         (s, "Syd", "2024-02", 4.5, None), (s, "Hovedtotal", "2024-02", 7.5, None),
         (k, "Nord", "2024-01", 1.0, None), (k, "Syd", "2024-01", 2.0, None),
         (k, "Hovedtotal", "2024-01", 3.0, None), (k, "Nord", "2024-02", 0.0, None),
         (k, "Syd", "2024-02", 3.0, None), (k, "Hovedtotal", "2024-02", 3.0, None)],
    )  # fmt: skip


@case
def excel_pivot_merged_hidden_total_first(tmp: Path) -> Case:
    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write_row(0, 0, ["Id", "Afdeling", "Måned", "Klager"])
        sheet.write_row(1, 0, ["0", "Grand Total", "2024-01", 9])
        sheet.merge_range(2, 1, 3, 1, "Nord")
        sheet.write_row(2, 2, ["2024-01", 4])
        sheet.write_row(3, 2, ["2024-02", 5])
        sheet.write(2, 0, "1")
        sheet.write(3, 0, "2")
        sheet.write_row(4, 0, ["3", "Syd", "2024-01", 5])
        sheet.write_row(5, 0, ["4", "Syd detalje", "2024-01", 2])
        sheet.set_row(5, None, None, {"hidden": True})
        sheet.set_column(0, 0, None, None, {"hidden": True})

    return Case(
        _xlsx(tmp / "pivot.xlsx", {"Pivot": fill}),
        [("Klager", "Grand Total", "2024-01", 9.0, None), ("Klager", "Nord", "2024-01", 4.0, None),
         ("Klager", "Nord", "2024-02", 5.0, None), ("Klager", "Syd", "2024-01", 5.0, None)],
    )  # fmt: skip


@case
def danish_text_numbers_across(tmp: Path) -> Case:
    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write(0, 0, "Fuldtidsledige")
        sheet.write_row(2, 0, ["Område", "2024M01", "2024M02", "I alt"])
        sheet.write_row(3, 0, ["Nord", "1.182", "2.045", "3.227"])
        sheet.write_row(4, 0, ["Syd", "987", "x", "987"])

    n = "Fuldtidsledige"
    return Case(
        _xlsx(tmp / "tekst.xlsx", {"Tabel": fill}),
        [(n, "Nord", "2024-01", 1182.0, None), (n, "Syd", "2024-01", 987.0, None),
         (n, "Nord", "2024-02", 2045.0, None)],
        missing=1,
    )  # fmt: skip


@case
def teams_across_hovedtotal(tmp: Path) -> Case:
    path = write_text(
        tmp / "pivot.csv", ["Antal klager", "Måned;Nord;Syd;Hovedtotal", "2024-01;1;2;3",
                            "2024-02;2;;2"]
    )  # fmt: skip
    n = "Antal klager"
    return Case(
        path,
        [(n, "Nord", "2024-01", 1.0, None), (n, "Nord", "2024-02", 2.0, None),
         (n, "Syd", "2024-01", 2.0, None), (n, "Hovedtotal", "2024-01", 3.0, None),
         (n, "Hovedtotal", "2024-02", 2.0, None)],
        missing=1,
    )  # fmt: skip


@case
def municipal_long_csv_with_i_alt(tmp: Path) -> Case:
    path = write_text(
        tmp / "noegletal.csv",
        ["Nøgletal;Enhed;Periode;Værdi", "Sygefravær;Hjemmeplejen;2024K1;5,1",
         "Sygefravær;Plejecentre;2024K1;6,3", "Sygefravær;I alt;2024K1;5,7",
         "Sygefravær;Hjemmeplejen;I alt;5,1"],
        encoding="cp1252",
    )  # fmt: skip
    n = "Sygefravær"
    return Case(
        path,
        [(n, "Hjemmeplejen", "2024-Q1", 5.1, None), (n, "Plejecentre", "2024-Q1", 6.3, None),
         (n, "I alt", "2024-Q1", 5.7, None)],
    )  # fmt: skip


@case
def cover_page_then_data(tmp: Path) -> Case:
    def cover(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write(0, 0, "Jobindsats – udtræk")
        sheet.write(2, 0, "Dannet 2024-03-01")

    def data(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write_row(0, 0, ["Jobcenter", "Periode", "Antal ledige"])
        sheet.write_row(1, 0, ["Aarhus", "2024M01", 5120])
        sheet.write_row(2, 0, ["Aarhus", "2024M02", 5010])

    n = "Antal ledige"
    return Case(
        _xlsx(tmp / "jobindsats.xlsx", {"Forside": cover, "Data": data}),
        [(n, "Aarhus", "2024-01", 5120.0, None), (n, "Aarhus", "2024-02", 5010.0, None)],
    )


@case
def workbook_without_a_table(tmp: Path) -> Case:
    def note(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write(0, 0, "Se fanen Data")

    return Case(
        _xlsx(tmp / "tom.xlsx", {"Forside": note, "Metode": note}),
        refusal="None of the workbook's sheets (Forside, Metode) is a table of numbers.",
    )


@case
def weeks_year_slash_week(tmp: Path) -> Case:
    path = write_text(
        tmp / "uger.csv",
        ["Team;Uge;Afbrudte forløb", "A;2024/11;3", "A;2024/12;1", "A;2024/13;2", "B;2024/11;4"],
    )
    n = "Afbrudte forløb"
    return Case(
        path,
        [(n, "A", "2024-W11", 3.0, None), (n, "A", "2024-W12", 1.0, None),
         (n, "A", "2024-W13", 2.0, None), (n, "B", "2024-W11", 4.0, None)],
    )  # fmt: skip


@case
def suppressed_markers(tmp: Path) -> Case:
    path = write_text(
        tmp / "diskretion.csv",
        ["Område;2024K1;2024K2;2024K3;2024K4", "Nord;*;–;..;x", "Syd;3;;4;5", "Vest;<5;7;;"],
    )  # fmt: skip
    n = "Værdi"
    return Case(
        path,
        [(n, "Syd", "2024-Q1", 3.0, None), (n, "Vest", "2024-Q2", 7.0, None),
         (n, "Syd", "2024-Q3", 4.0, None), (n, "Syd", "2024-Q4", 5.0, None)],
        missing=8,
    )  # fmt: skip


@case
def pdf_download(tmp: Path) -> Case:
    path = tmp / "rapport.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    return Case(path, refusal="The file is a PDF, not a table; download the data as CSV or Excel.")


@case
def html_saved_as_xls(tmp: Path) -> Case:
    path = tmp / "eksport.xls"
    path.write_text("<html><body><table><tr><td>Team</td></tr></table></body></html>")
    return Case(
        path,
        refusal="The file is a web page (HTML), not a table; download the data as CSV or Excel.",
    )


@case
def ssrs_mhtml(tmp: Path) -> Case:
    path = tmp / "rapport.mhtml"
    path.write_text("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n")
    return Case(
        path,
        refusal="The file is a web page saved as MHTML (such as a Reporting Services report), "
        "not a table; download the data as CSV or Excel.",
    )


@case
def excel_2003_xml(tmp: Path) -> Case:
    path = tmp / "ssrs.xls"
    path.write_text(
        '<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'
    )
    return Case(
        path,
        refusal="The file is an Excel 2003 XML workbook, which is not read; open it in Excel and "
        "save it as .xlsx, or download the data as CSV.",
    )


@case
def excel_pivot_with_captions(tmp: Path) -> Case:
    """Excel's own pivot layout: value caption, Kolonnenavne/Rækkenavne, Hovedtotal both ways."""

    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write_row(0, 0, ["Sum af Klager", "Kolonnenavne"])
        sheet.write_row(1, 0, ["Rækkenavne", "2024-01", "2024-02", "Hovedtotal"])
        sheet.write_row(2, 0, ["Nord", 1, 2, 3])
        sheet.write_row(3, 0, ["Syd", 3, 4, 7])
        sheet.write_row(4, 0, ["Hovedtotal", 4, 6, 10])

    return Case(
        _xlsx(tmp / "pivottabel.xlsx", {"Ark1": fill}),
        [("Klager", "Nord", "2024-01", 1.0, None), ("Klager", "Syd", "2024-01", 3.0, None),
         ("Klager", "Hovedtotal", "2024-01", 4.0, None), ("Klager", "Nord", "2024-02", 2.0, None),
         ("Klager", "Syd", "2024-02", 4.0, None), ("Klager", "Hovedtotal", "2024-02", 6.0, None)],
    )  # fmt: skip


@case
def qlik_totals_row_first(tmp: Path) -> Case:
    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write_row(0, 0, ["Team", "Måned", "Sygefravær %"])
        sheet.write_row(1, 0, ["Totals", "", 5.1])
        sheet.write_row(2, 0, ["Nord", "2024-01", 4.5])
        sheet.write_row(3, 0, ["Syd", "2024-01", 5.7])

    n = "Sygefravær %"
    return Case(
        _xlsx(tmp / "qlik.xlsx", {"Sheet1": fill}),
        [(n, "Nord", "2024-01", 4.5, None), (n, "Syd", "2024-01", 5.7, None)],
    )


@case
def statbank_xlsx_periods_above_measures(tmp: Path) -> Case:
    """StatBank's Excel download with HEADING "tid, ydelsestype": periods merged above measures."""

    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write(0, 0, "Fuldtidsledige efter område, tid og ydelsestype")
        sheet.merge_range(2, 1, 2, 2, "2024M01")
        sheet.merge_range(2, 3, 2, 4, "2024M02")
        sheet.write_row(3, 1, ["Dagpenge", "Kontanthjælp", "Dagpenge", "Kontanthjælp"])
        sheet.write_row(4, 0, ["Nord", 100, 50, 110, 55])
        sheet.write_row(5, 0, ["Syd", 200, "..", 210, 65])

    d, k = "Dagpenge", "Kontanthjælp"
    return Case(
        _xlsx(tmp / "AUP01.xlsx", {"AUP01": fill}),
        [(d, "Nord", "2024-01", 100.0, None), (d, "Syd", "2024-01", 200.0, None),
         (k, "Nord", "2024-01", 50.0, None), (d, "Nord", "2024-02", 110.0, None),
         (d, "Syd", "2024-02", 210.0, None), (k, "Nord", "2024-02", 55.0, None),
         (k, "Syd", "2024-02", 65.0, None)],
        missing=1,
    )  # fmt: skip


@case
def power_bi_export_data_with_filters_footer(tmp: Path) -> Case:
    """Power BI's "Export data" (current layout): a table, then the filters that applied."""

    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write_row(0, 0, ["Team", "Måned", "Ventetid (dage)"])
        sheet.write_row(1, 0, ["Nord", "2024-01", 12])
        sheet.write_row(2, 0, ["Syd", "2024-01", 9])
        sheet.write(4, 0, "Applied filters:\nÅr is 2024")

    n = "Ventetid (dage)"
    return Case(
        _xlsx(tmp / "powerbi_export.xlsx", {"Export": fill}),
        [(n, "Nord", "2024-01", 12.0, None), (n, "Syd", "2024-01", 9.0, None)],
    )


@case
def targit_crosstab_totals_per_block(tmp: Path) -> Case:
    """A Targit/FLIS crosstab: measures above quarters, a Total column per block and a Total row."""
    path = write_text(
        tmp / "flis.csv",
        ["FLIS – Sygefravær", ";Sygefraværsdage;;;Fraværsprocent;;",
         "Afdeling;2024K1;2024K2;Total;2024K1;2024K2;Total", "Nord;10;12;22;4,1;4,5;4,3",
         "Syd;8;9;17;3,2;3,6;3,4", "Total;18;21;39;3,7;4,1;3,9"],
    )  # fmt: skip
    d, p = "Sygefraværsdage", "Fraværsprocent"
    return Case(
        path,
        [(d, "Nord", "2024-Q1", 10.0, None), (d, "Syd", "2024-Q1", 8.0, None),
         (d, "Total", "2024-Q1", 18.0, None), (d, "Nord", "2024-Q2", 12.0, None),
         (d, "Syd", "2024-Q2", 9.0, None), (d, "Total", "2024-Q2", 21.0, None),
         (p, "Nord", "2024-Q1", 4.1, None), (p, "Syd", "2024-Q1", 3.2, None),
         (p, "Total", "2024-Q1", 3.7, None), (p, "Nord", "2024-Q2", 4.5, None),
         (p, "Syd", "2024-Q2", 3.6, None), (p, "Total", "2024-Q2", 4.1, None)],
    )  # fmt: skip


@case
def excel_pivot_subtotals_per_area(tmp: Path) -> Case:
    """Excel's compact pivot: an area heading row, its teams, the area's subtotal, then
    the next area, and "Hovedtotal" last (both down and across)."""

    def fill(sheet: xlsxwriter.worksheet.Worksheet) -> None:
        sheet.write_row(0, 0, ["Sum af Antal", "Kolonnenavne"])
        sheet.write_row(1, 0, ["Rækkenavne", "2024-01", "2024-02", "Hovedtotal"])
        rows: list[list[str | int]] = [
            ["Nord"], ["Team A", 1, 2, 3], ["Team B", 3, 4, 7], ["Nord I alt", 4, 6, 10],
            ["Syd"], ["Team C", 5, 6, 11], ["Syd I alt", 5, 6, 11], ["Hovedtotal", 9, 12, 21],
        ]  # fmt: skip
        for k, row in enumerate(rows):
            sheet.write_row(2 + k, 0, row)

    n = "Antal"
    return Case(
        _xlsx(tmp / "pivot_delsummer.xlsx", {"Pivot": fill}),
        [(n, "Team A", "2024-01", 1.0, None), (n, "Team B", "2024-01", 3.0, None),
         (n, "Nord I alt", "2024-01", 4.0, None), (n, "Team C", "2024-01", 5.0, None),
         (n, "Syd I alt", "2024-01", 5.0, None), (n, "Hovedtotal", "2024-01", 9.0, None),
         (n, "Team A", "2024-02", 2.0, None), (n, "Team B", "2024-02", 4.0, None),
         (n, "Nord I alt", "2024-02", 6.0, None), (n, "Team C", "2024-02", 6.0, None),
         (n, "Syd I alt", "2024-02", 6.0, None), (n, "Hovedtotal", "2024-02", 12.0, None)],
        missing=4,  # the area heading rows "Nord" and "Syd" have no value in either month
    )  # fmt: skip


@case
def ssrs_csv_textbox_names_above_headings(tmp: Path) -> Case:
    """Reporting Services' CSV rendering: the report title, then the textboxes' default names
    as the first header row, then the table's own headings."""
    f = "Fraværsprocent"
    return Case(
        write_text(
            tmp / "rapport.csv",
            ["Fravær pr. afdeling", "Textbox3,Textbox7,Textbox9", "Afdeling,Periode,Fraværsprocent",
             'Nord,2024-01,"4,5"', 'Syd,2024-01,"5,1"', 'Nord,2024-02,"3,9"',
             'Syd,2024-02,"6,0"'],
        ),
        [(f, "Nord", "2024-01", 4.5, None), (f, "Syd", "2024-01", 5.1, None),
         (f, "Nord", "2024-02", 3.9, None), (f, "Syd", "2024-02", 6.0, None)],
    )  # fmt: skip
