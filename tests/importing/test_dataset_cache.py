"""The kept copy of an imported dataset: private, keyed by the file, exact, removed when unused."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogtool.core.catalogue import render
from dialogtool.core.dataset import Dataset
from dialogtool.core.dataset_cache import KEPT_FIELDS, DatasetCache, DatasetCacheError
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.importing import import_file

CSV = "\n".join(
    [
        "Indikator;Team;Periode;Værdi;Mål",
        *(
            f"{name};{team};2024M{m:02d};{base + m},5;{goal}"
            for m in range(1, 13)
            for name, team, base, goal in (
                ("Ledighed (%)", "Team Nord", 5, ""),
                ("Ledighed (%)", "Team Syd", 6, ""),
                ("Ledighed (%)", "I alt", 5, ""),
                ("Jobsamtaler", "Team Nord", 80, "90"),
            )
        ),
        "Jobsamtaler;Team Syd;2024M03;..;90",
    ]
)


@pytest.fixture
def imported(tmp_path: Path) -> Dataset:
    path = tmp_path / "eksport.csv"
    path.write_text(CSV + "\n", encoding="utf-8")
    return import_file(path).dataset


def assert_same(read: Dataset, written: Dataset) -> None:
    assert (read.name, read.source, read.sha256) == (written.name, written.source, written.sha256)
    assert read.indicators == written.indicators
    assert (read.groups, read.periods) == (written.groups, written.periods)
    assert read.group_roles == written.group_roles and read.source_note == written.source_note
    assert read.values.keys() == written.values.keys()
    for key, values in written.values.items():
        np.testing.assert_array_equal(read.values[key], values)
        np.testing.assert_array_equal(read.targets[key], written.targets[key])
    assert list(read.tidy_rows()) == list(written.tidy_rows()) or written.observations is None


def test_a_dataset_reads_back_exactly_under_its_files_sha256(
    tmp_path: Path, imported: Dataset
) -> None:
    cache = DatasetCache.in_data_dir(tmp_path / "data")
    path = cache.store(imported)
    digest = hashlib.sha256((tmp_path / "eksport.csv").read_bytes()).hexdigest()
    assert path.name == f"{digest}.parquet" and cache.keys() == [digest]
    kept = cache.load(digest)
    assert_same(kept.dataset, imported)
    assert kept.original == str(tmp_path / "eksport.csv")
    assert imported.observations is not None and kept.dataset.observations is not None
    np.testing.assert_array_equal(kept.dataset.observations.row, imported.observations.row)


def test_the_copy_is_private_and_compact(tmp_path: Path, imported: Dataset) -> None:
    cache = DatasetCache.in_data_dir(tmp_path / "data")
    path = cache.store(imported)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(cache.folder.stat().st_mode) == 0o700
    assert not [p for p in cache.folder.iterdir() if p.name.endswith(".tmp")]


def test_a_dataset_without_observations_is_kept_too(tmp_path: Path) -> None:
    demo = load_demo_dataset()
    cache = DatasetCache(tmp_path / "datasets")
    cache.store(demo)
    assert_same(cache.load(demo.sha256).dataset, demo)


def test_every_field_of_a_dataset_is_kept() -> None:
    """A field added to Dataset must be written to the copy too (else a restart loses it)."""
    assert {f.name for f in fields(Dataset)} == KEPT_FIELDS


def test_copies_no_meeting_uses_are_removed_but_not_the_start_screens(
    tmp_path: Path, imported: Dataset
) -> None:
    cache = DatasetCache(tmp_path / "datasets")
    other = load_demo_dataset()
    cache.store(imported)
    cache.store(other)
    assert cache.prune([imported.sha256, other.sha256]) == []
    # The last meeting with the demo copy is deleted: its copy goes, the other stays.
    assert cache.prune([imported.sha256]) == [other.sha256]
    assert cache.keys() == [imported.sha256]
    # The start screen's dataset is kept while it is shown, even with no meeting.
    cache.set_current(imported.sha256)
    assert cache.prune([]) == [] and cache.has(imported.sha256)
    cache.set_current(None)
    assert cache.prune([]) == [imported.sha256] and cache.keys() == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short (a full disk, a killed sync)
        lambda data: b"\0" * len(data),  # zeroed
        lambda data: data[:100] + bytes(b ^ 0xFF for b in data[100:400]) + data[400:],
    ],
    ids=["truncated", "zeroed", "flipped"],
)
def test_a_damaged_copy_is_named_in_one_sentence_not_a_crash(
    tmp_path: Path, imported: Dataset, damage: object
) -> None:
    cache = DatasetCache(tmp_path / "datasets")
    path = cache.store(imported)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with pytest.raises(DatasetCacheError) as caught:
        cache.load(imported.sha256)
    sentence = render(caught.value.message, "da")
    assert sentence.startswith("Den gemte kopi af mødets data kan ikke læses")
    assert "\n" not in sentence and str(tmp_path) not in sentence


def test_a_missing_copy_says_so(tmp_path: Path) -> None:
    cache = DatasetCache(tmp_path / "datasets")
    with pytest.raises(DatasetCacheError) as caught:
        cache.load("a" * 64)
    assert caught.value.missing and "findes ikke længere" in render(caught.value.message, "da")
    with pytest.raises(ValueError):
        cache.path_for("../meetings/x")


@settings(max_examples=25, deadline=None)
@given(
    cells=st.dictionaries(
        st.tuples(
            st.sampled_from(["Ledighed", "Jobsamtaler (%)", "Sygefravær", "Klager"]),
            st.sampled_from(["Team Nord", "Team Syd", "I alt", "Hele landet"]),
            st.integers(1, 24),
        ),
        st.tuples(
            st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 2)),
            st.one_of(st.none(), st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 1))),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_any_imported_table_reads_back_the_same(
    tmp_path_factory: pytest.TempPathFactory,
    cells: dict[tuple[str, str, int], tuple[float, float | None]],
) -> None:
    folder = tmp_path_factory.mktemp("kept")
    lines = ["Indikator;Team;Periode;Værdi;Mål"]
    for (name, team, month), (value, target) in cells.items():
        goal = "" if target is None else str(target).replace(".", ",")
        period = f"{2023 + (month - 1) // 12}M{(month - 1) % 12 + 1:02d}"
        lines.append(f"{name};{team};{period};{str(value).replace('.', ',')};{goal}")
    path = folder / "eksport.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dataset = import_file(path).dataset
    cache = DatasetCache(folder / "datasets")
    cache.store(dataset)
    assert_same(cache.load(dataset.sha256).dataset, dataset)
