"""Each stepping stone is marked output or outcome in the landscape, and the workshop asks which."""

from __future__ import annotations

import json
from pathlib import Path

from dialogtool.core.catalogue import render
from dialogtool.core.demo import load_demo_landscape
from dialogtool.core.landscape import (
    RESULT_LEVELS,
    Landscape,
    LandscapeStore,
    ResultLevel,
    load_landscape,
)
from dialogtool.core.templates import template_by_id


def test_marks_are_kept_changed_and_removed_and_survive_a_save(tmp_path: Path) -> None:
    landscape = Landscape(name="Team Nord")
    landscape.choose(["samtaler", "loentimer", "praktikker"])
    assert landscape.unmarked_stones() == ["samtaler", "loentimer", "praktikker"]
    landscape.mark("samtaler", ResultLevel.OUTPUT)
    landscape.mark("loentimer", ResultLevel.OUTCOME)
    landscape.mark("praktikker", ResultLevel.OUTCOME)
    landscape.mark("praktikker", None)
    assert landscape.unmarked_stones() == ["praktikker"]
    path = LandscapeStore(tmp_path).save(landscape)
    assert json.loads(path.read_text("utf-8"))["levels"] == {
        "samtaler": "output",
        "loentimer": "outcome",
    }
    again = load_landscape(path)
    assert again.level_of("loentimer") == ResultLevel.OUTCOME and again.level_of("x") is None


def test_a_landscape_saved_before_the_marks_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "landscape-old.json"
    path.write_text(json.dumps({"schema_version": 1, "name": "Team Syd"}), "utf-8")
    assert load_landscape(path).levels == {}


def test_the_demo_landscape_marks_every_indicator_and_has_an_outcome() -> None:
    demo = load_demo_landscape()
    assert set(demo.levels) == {m.id for m in demo.indicators}
    assert demo.levels["borgere-med-ordinaere-loentimer"] == ResultLevel.OUTCOME
    assert demo.levels["virksomhedskontakter"] == ResultLevel.OUTPUT


def test_levels_are_explained_in_both_languages_and_the_workshop_asks() -> None:
    assert "det, vi gør" in render(RESULT_LEVELS[ResultLevel.OUTPUT], "da")
    assert "borgeren" in render(RESULT_LEVELS[ResultLevel.OUTCOME], "da")
    assert all(render(text, "en") for text in RESULT_LEVELS.values())
    workshop = template_by_id("data-landscape-workshop")
    assert workshop is not None
    assert "landscape.08" in {q for p in workshop.phases for q in p.suggested_questions}
