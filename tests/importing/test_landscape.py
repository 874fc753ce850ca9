"""The team's data landscape: kept per team, private, never overwritten when unreadable."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest

from dialogtool.core.catalogue import render
from dialogtool.core.dataset import IndicatorMeta
from dialogtool.core.importing import (
    ColumnMapping,
    Layout,
    MappingMemory,
    SourceTable,
    build_dataset,
    import_file,
    read_source,
)
from dialogtool.core.landscape import (
    MAX_STEPPING_STONES,
    Landscape,
    LandscapeStore,
    apply_landscape,
    stepping_stone_advice,
)
from dialogtool.core.paths import landscapes_dir
from dialogtool.core.store import RefusedOverwriteError

from .corpus import tidy, write_text


def export(path: Path, month: int, value: str) -> Path:
    return write_text(
        path,
        ["Navn;Enhed;Hvornår;Tal", f"Løntimer;Nord;2024M{month:02d};{value}"],
        encoding="cp1252",
    )


def test_more_than_eight_stepping_stones_is_allowed_with_the_reason() -> None:
    landscape = Landscape(name="Team Nord")
    assert landscape.choose([f"i{n}" for n in range(MAX_STEPPING_STONES)]) is None
    advice = landscape.choose([f"i{n}" for n in range(9)])
    assert advice is not None and "7–8" in render(advice, "da") and "7–8" in render(advice, "en")
    assert len(landscape.stepping_stones) == 9
    assert stepping_stone_advice(3) is None


def test_saved_privately_and_loaded_back(data_dir: Path) -> None:
    store = LandscapeStore(landscapes_dir(data_dir))
    landscape = Landscape(
        name="Team Nord",
        effect="Flere borgere i ordinære løntimer.",
        indicators=[IndicatorMeta(id="loentimer", name="Løntimer", unit="timer", target=12.0)],
    )
    landscape.choose(["loentimer"])
    path = store.save(landscape)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [loaded], problems = store.scan()
    assert problems == []
    assert loaded == landscape.model_copy(update={"updated_at": loaded.updated_at})


def test_corrupt_landscape_is_reported_and_never_overwritten(data_dir: Path) -> None:
    store = LandscapeStore(landscapes_dir(data_dir))
    landscape = Landscape(name="Team Syd")
    path = store.save(landscape)
    path.write_text("{not json", encoding="utf-8")
    landscapes, [problem] = store.scan()
    assert landscapes == []
    assert path.name in render(problem.message, "da") and "not been changed" in render(
        problem.message, "en"
    )
    with pytest.raises(RefusedOverwriteError):
        store.save(landscape)
    assert path.read_text(encoding="utf-8") == "{not json"


def test_next_months_export_refreshes_without_asking_again(tmp_path: Path, data_dir: Path) -> None:
    first = read_source(export(tmp_path / "fasit_2024-01.csv", 1, "10,5"))
    landscape = Landscape(name="Team Nord")
    assert landscape.mapping_for(first) is None
    mapping = _mapping(first)
    landscape.remember_source(first, mapping)
    LandscapeStore(landscapes_dir(data_dir)).save(landscape)

    [stored], _ = LandscapeStore(landscapes_dir(data_dir)).scan()
    second = read_source(export(tmp_path / "fasit_2024-02.csv", 2, "11"))
    remembered = stored.mapping_for(second)
    assert remembered == mapping
    assert tidy(build_dataset(second, remembered)) == [("Løntimer", "Nord", "2024-02", 11.0, None)]


def test_typed_target_fills_in_where_the_file_has_none(tmp_path: Path) -> None:
    path = export(tmp_path / "a.csv", 1, "10")
    result = import_file(path, _mapping(read_source(path)))
    landscape = Landscape(
        name="Nord",
        indicators=[IndicatorMeta(id="loentimer", name="Løntimer pr. borger", target=12.0)],
    )
    dataset = apply_landscape(result.dataset, landscape)
    assert dataset.indicator("loentimer").name == "Løntimer pr. borger"
    assert np.all(dataset.series("loentimer", "Nord").targets == 12.0)


def test_mapping_memory_recalls_by_file_name_pattern(tmp_path: Path, data_dir: Path) -> None:
    memory = MappingMemory.in_data_dir(data_dir)
    first = read_source(export(tmp_path / "fasit_2024-01.csv", 1, "1"))
    memory.remember(first, _mapping(first))
    again = MappingMemory.in_data_dir(data_dir)
    result = import_file(export(tmp_path / "fasit_2024-03.csv", 3, "3"), memory=again)
    assert tidy(result) == [("Løntimer", "Nord", "2024-03", 3.0, None)]


def test_unreadable_mapping_memory_is_reported_and_kept(tmp_path: Path, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "import-mappings.json"
    path.write_text("[]", encoding="utf-8")
    memory = MappingMemory.in_data_dir(data_dir)
    assert memory.problem is not None and "import-mappings.json" in render(memory.problem, "en")
    first = read_source(export(tmp_path / "a.csv", 1, "1"))
    with pytest.raises(RefusedOverwriteError):
        memory.remember(first, _mapping(first))
    assert path.read_text(encoding="utf-8") == "[]"


def _mapping(source: SourceTable) -> ColumnMapping:
    """What the user picks in the mapping dialog for these unhelpful headers."""
    return ColumnMapping(
        layout=Layout.LONG,
        header_row=source.header_row,
        indicator="Navn",
        group="Enhed",
        period="Hvornår",
        value="Tal",
    )
