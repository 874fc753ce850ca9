"""PC-Axis (.px) and JSON-stat files load to their exact observations, or are refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogtool.core.catalogue import render
from dialogtool.core.importing import ImportRefusedError, import_bytes, import_file

from .corpus import tidy
from .cube_files import jsonstat2, px_text, statbank_jsonstat1, write_json, write_px

AREAS = ("område", ["Hele landet", "Aarhus"])
BENEFITS = ("ydelsestype", ["Dagpengemodtagere", "Kontanthjælpsmodtagere"])
QUARTERS = ("tid", ["2023K1", "2023K2"])


def refused(path: Path) -> ImportRefusedError:
    with pytest.raises(ImportRefusedError) as info:
        import_file(path)
    assert "\n" not in render(info.value.message, "da") and "\n" not in render(
        info.value.message, "en"
    )
    return info.value


@pytest.mark.parametrize(
    ("encoding", "charset", "codepage"),
    [("cp1252", '"ANSI"', None), ("iso-8859-1", None, "iso-8859-1"), ("utf-8", None, "utf-8"),
     ("utf-8", None, None)],
)  # fmt: skip
def test_statbank_px_two_stub_variables_markers_and_metadata(
    tmp_path: Path, encoding: str, charset: str | None, codepage: str | None
) -> None:
    text = px_text(
        [AREAS, BENEFITS],
        [QUARTERS],
        [52310, 50118, 18004, None, 3101, 2987, 1250, "-"],
        timeval="tid",
        charset=charset,
        codepage=codepage,
        codes={"område": ["000", "751"]},
        extra=['DATASYMBOL2="Diskretioneret";', 'LAST-UPDATED="20240301 08:00";'],
    )
    result = import_file(write_px(tmp_path / "AUP01.px", text, encoding))
    assert tidy(result) == [
        ("Fuldtidsledige – Dagpengemodtagere", "Hele landet", "2023-Q1", 52310.0, None),
        ("Fuldtidsledige – Dagpengemodtagere", "Hele landet", "2023-Q2", 50118.0, None),
        ("Fuldtidsledige – Kontanthjælpsmodtagere", "Hele landet", "2023-Q1", 18004.0, None),
        ("Fuldtidsledige – Dagpengemodtagere", "Aarhus", "2023-Q1", 3101.0, None),
        ("Fuldtidsledige – Dagpengemodtagere", "Aarhus", "2023-Q2", 2987.0, None),
        ("Fuldtidsledige – Kontanthjælpsmodtagere", "Aarhus", "2023-Q1", 1250.0, None),
    ]
    reading = result.reading
    assert reading.format == "px"
    assert reading.missing == 2
    assert reading.missing_markers == (".. (Diskretioneret)", "-")
    assert reading.source_line == "Danmarks Statistik, tabel AUP01, opdateret 20240301 08:00"
    assert [i.unit for i in reading.indicators] == ["antal", "antal"]
    # "Fuldtidsledige" (full-time unemployed): fewer is better, and the reading says why.
    assert [i.direction.word for i in reading.indicators] == ["fuldtidsledige"] * 2
    assert reading.benchmarks == ("Hele landet",)
    assert "Kilde: Danmarks Statistik" in reading.text("da")


def test_px_several_heading_variables_contvariable_and_long_values(tmp_path: Path) -> None:
    long_label = "Personer i arbejdsstyrken, der har været ledige i mindst 80 pct. af tiden " * 2
    text = px_text(
        [("kommune", ["Aarhus", "Odense"])],
        [("indhold", ["Ledighed (pct.)", long_label.strip()]), ("tid", ["2024M01", "2024M02"])],
        [4.1, 4.0, 1.0, 2.0, 3.5, ".", 3.0, 4.0],
        charset=None,
        codepage="utf-8",
        extra=['CONTVARIABLE="indhold";', f'UNITS("{long_label.strip()}")="personer";'],
    )
    result = import_file(write_px(tmp_path / "x.px", text, "utf-8"))
    long_name = long_label.strip() + " (personer)"
    assert tidy(result) == [
        ("Ledighed (pct.)", "Aarhus", "2024-01", 4.1, None),
        ("Ledighed (pct.)", "Aarhus", "2024-02", 4.0, None),
        (long_name, "Aarhus", "2024-01", 1.0, None),
        (long_name, "Aarhus", "2024-02", 2.0, None),
        ("Ledighed (pct.)", "Odense", "2024-01", 3.5, None),
        (long_name, "Odense", "2024-01", 3.0, None),
        (long_name, "Odense", "2024-02", 4.0, None),
    ]
    assert result.reading.missing == 1
    assert [i.unit for i in result.reading.indicators] == ["%", "personer"]


def test_px_single_valued_variable_joins_the_definition(tmp_path: Path) -> None:
    text = px_text([("køn", ["I alt"]), AREAS], [QUARTERS], [1, 2, 3, 4], timeval="tid")
    result = import_file(write_px(tmp_path / "k.px", text))
    assert result.dataset.indicators[0].definition == "køn: I alt"
    assert len(tidy(result)) == 4


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ([1, 2, 3], "promises 4 numbers but holds 3"),
        ([1, 2, 3, "abc"], "'abc', not a number"),
    ],
)
def test_px_damaged_data_is_refused(tmp_path: Path, data: list[object], why: str) -> None:
    text = px_text([AREAS], [QUARTERS], data)  # type: ignore[arg-type]
    text = text.replace('"abc"', "abc")
    assert why in render(refused(write_px(tmp_path / "bad.px", text)).message, "en")


def test_px_with_keys_is_refused_saying_what_to_download(tmp_path: Path) -> None:
    text = px_text([AREAS], [QUARTERS], [1, 2, 3, 4], extra=['KEYS("område")=VALUES;'])
    assert "KEYS" in render(refused(write_px(tmp_path / "keys.px", text)).message, "en")


def test_statbank_api_jsonstat1(tmp_path: Path) -> None:
    doc = statbank_jsonstat1(
        [("område", ["Hele landet", "Aarhus"]), ("ContentsCode", ["Fuldtidsledige"]),
         ("Tid", ["2024M01", "2024M02"])],
        [100.0, None, 7.0, 8.0],
        time="Tid",
        metric="ContentsCode",
    )  # fmt: skip
    result = import_file(write_json(tmp_path / "api.json", doc))
    assert tidy(result) == [
        ("Fuldtidsledige", "Hele landet", "2024-01", 100.0, None),
        ("Fuldtidsledige", "Aarhus", "2024-01", 7.0, None),
        ("Fuldtidsledige", "Aarhus", "2024-02", 8.0, None),
    ]
    assert result.reading.missing == 1
    assert result.dataset.indicators[0].unit == "antal"
    assert result.reading.source_line.startswith("Danmarks Statistik, opdateret 2024-03-01")


def test_jsonstat2_sparse_values_status_and_geo_role(tmp_path: Path) -> None:
    doc = jsonstat2(
        [("Jobcenter", ["Nord", "Syd"]), ("Måned", ["2024M01", "2024M02"])],
        {"0": 1.5, "1": 2.5, "3": 4.5},
        roles={"geo": ["Jobcenter"], "time": ["Måned"]},
        status={"2": ".."},
        label="Ventetid (dage)",
    )
    result = import_file(write_json(tmp_path / "x.json", doc))
    assert tidy(result) == [
        ("Ventetid (dage)", "Nord", "2024-01", 1.5, None),
        ("Ventetid (dage)", "Nord", "2024-02", 2.5, None),
        ("Ventetid (dage)", "Syd", "2024-02", 4.5, None),
    ]
    assert result.reading.missing_markers == ("..",)
    assert not result.dataset.indicators[0].higher_is_better


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ({"tables": [{"id": "AUP01"}]}, "metadata from an API"),
        ([{"id": "AUP01", "text": "Ledige"}], "a JSON list from an API"),
        ({"class": "dimension", "label": "tid"}, "a JSON-stat dimension without numbers"),
        ({"foo": 1}, "a JSON response from an API, but not JSON-stat"),
    ],
)
def test_json_that_is_not_jsonstat_is_named(tmp_path: Path, doc: object, says: str) -> None:
    error = refused(write_json(tmp_path / "svar.json", doc))
    assert says in render(
        error.message, "en"
    ) and "download the data as JSON-stat, PC-Axis (.px), CSV" in render(error.message, "en")


LABEL = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåABC -", min_size=1, max_size=12)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    areas=st.lists(LABEL, min_size=1, max_size=4, unique=True),
    kinds=st.lists(LABEL, min_size=1, max_size=3, unique=True),
    months=st.integers(1, 6),
    data=st.data(),
)
def test_any_cube_written_as_px_and_jsonstat_reads_back(
    tmp_path: Path, areas: list[str], kinds: list[str], months: int, data: st.DataObject
) -> None:
    periods = [f"2024M{m:02d}" for m in range(1, months + 1)]
    n = len(areas) * len(kinds) * months
    cells = data.draw(
        st.lists(
            st.one_of(st.none(), st.decimals(-10**6, 10**6, places=1).map(float)),
            min_size=n, max_size=n,
        )
    )  # fmt: skip
    truth = set()
    i = 0
    for area in areas:
        for kind in kinds:
            for p in periods:
                if cells[i] is not None:
                    name = f"Antal – {kind}" if len(kinds) > 1 else "Antal"
                    truth.add((name, area, f"2024-{p[-2:]}", cells[i]))
                i += 1
    stub = [("område", areas), ("art", kinds)]
    px = write_px(
        tmp_path / "c.px", px_text(stub, [("tid", periods)], cells, contents="Antal"), "cp1252"
    )
    js = write_json(tmp_path / "c.json", jsonstat2([*stub, ("tid", periods)], cells, label="Antal",
                                                    roles={"time": ["tid"]}))  # fmt: skip
    for path in (px, js):
        if not truth:
            with pytest.raises(ImportRefusedError):
                import_file(path)
            continue
        result = import_file(path)
        rows = {(ind, grp, per, val) for ind, grp, per, val, _ in tidy(result)}
        if len(areas) == 1:  # one area is no group: it joins the definition
            rows = {(ind, areas[0], per, val) for ind, _, per, val in rows}
        assert rows == truth
        assert result.reading.missing == cells.count(None)


def _load_or_refuse(data: bytes, name: str) -> None:
    try:
        result = import_bytes(data, name)
    except ImportRefusedError as error:
        assert render(error.message, "da") and "\n" not in render(error.message, "en")
        return
    assert result.dataset.observations is not None


_PX = px_text([AREAS, BENEFITS], [QUARTERS], [1, 2, 3, None, 5, 6, 7, 8], timeval="tid").encode(
    "cp1252"
)
_JSON = json.dumps(
    jsonstat2([AREAS, QUARTERS], [1.0, None, 3.0, 4.0], roles={"time": ["tid"]})
).encode()


@settings(max_examples=80, deadline=None)
@given(
    base=st.sampled_from([_PX, _JSON]),
    cut=st.integers(0, 2000),
    junk=st.binary(max_size=8),
    at=st.integers(0, 2000),
)
def test_damaged_px_and_jsonstat_load_or_refuse_in_one_line(
    base: bytes, cut: int, junk: bytes, at: int
) -> None:
    """Cut short, or with a few bytes spliced in: loaded or refused, never a traceback."""
    data = base[: max(1, len(base) - cut)] if cut % 3 == 0 else base
    at %= len(data)
    data = data[:at] + junk + data[at:]
    _load_or_refuse(data, "x.px" if base is _PX else "x.json")


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(["class", "dimension", "id", "size", "value",
                                                        "dataset", "category", "index", "label",
                                                        "role", "status"]), inner, max_size=4),
                    max_leaves=20))  # fmt: skip
def test_any_json_shape_loads_or_refuses(doc: object) -> None:
    _load_or_refuse(json.dumps({"class": "dataset", "dimension": doc, "id": ["a"], "size": [1],
                                "value": [1]}).encode(), "x.json")  # fmt: skip
    _load_or_refuse(json.dumps(doc).encode(), "y.json")
