"""The import decision without Qt: remembered, detected, or the leader chooses; directions kept."""

from __future__ import annotations

from pathlib import Path

from dialogtool.app.import_plan import (
    MappingOrigin,
    plan_import,
    remembered_directions,
    with_directions,
)
from dialogtool.core.importing import MappingMemory, build_dataset, read_source
from dialogtool.core.landscape import Landscape


def write(path: Path, header: str, month: int = 1) -> Path:
    rows = [header]
    for name, team, value in (("Ledighed", "Nord", "5,5"), ("Kontakter", "Syd", "3")):
        rows.append(f"{name};{team};2024M{month:02d};{value}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_clear_file_is_detected_an_unclear_one_needs_a_choice(tmp_path: Path) -> None:
    clear = read_source(write(tmp_path / "klar.csv", "Indikator;Team;Periode;Værdi"))
    plan = plan_import(clear, MappingMemory(tmp_path / "m.json"), None)
    assert plan.origin == MappingOrigin.DETECTED and not plan.needs_choice
    assert plan.mapping is not None and plan.mapping.value == "Værdi"

    unclear = read_source(write(tmp_path / "uklar.csv", "Navn;Enhed;Hvornår;Tal"))
    plan = plan_import(unclear, MappingMemory(tmp_path / "m.json"), None)
    assert plan.origin == MappingOrigin.ASKED and plan.needs_choice
    assert plan.proposal is not None and not plan.proposal.confident


def test_the_teams_remembered_mapping_wins_next_month(tmp_path: Path) -> None:
    first = read_source(write(tmp_path / "eksport_2024-01.csv", "Navn;Enhed;Hvornår;Tal"))
    plan = plan_import(first, None, None)
    assert plan.proposal is not None and plan.proposal.mapping is not None
    chosen = plan.proposal.mapping.model_copy(update={"indicator": "Navn", "value": "Tal"})
    landscape = Landscape(name="Nord")
    landscape.remember_source(first, chosen)
    following = read_source(write(tmp_path / "eksport_2024-02.csv", "Navn;Enhed;Hvornår;Tal", 2))
    plan = plan_import(following, None, landscape)
    assert plan.origin == MappingOrigin.REMEMBERED and plan.mapping is not None
    assert (plan.mapping.indicator, plan.mapping.value) == ("Navn", "Tal")


def test_directions_the_team_confirmed_are_offered_and_the_answer_put_on_the_data(
    tmp_path: Path,
) -> None:
    source = read_source(write(tmp_path / "klar.csv", "Indikator;Team;Periode;Værdi"))
    plan = plan_import(source, None, None)
    assert plan.mapping is not None
    result = build_dataset(source, plan.mapping)
    landscape = Landscape(name="Nord")
    assert remembered_directions(result, landscape) == {}
    kontakter = result.dataset.indicator("kontakter")
    landscape.confirm_direction(kontakter, False)
    assert remembered_directions(result, landscape) == {"kontakter": False}
    answered = with_directions(result, {"kontakter": False, "ledighed": True})
    assert [m.higher_is_better for m in answered.dataset.indicators] == [True, False]
    assert result.dataset.indicator("ledighed").higher_is_better is False, "proposed: lower"
