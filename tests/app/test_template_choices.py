"""The start screen's template list, read as plain data, is the library's list (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from dialogtool.app.workspace import Workspace
from dialogtool.core.library import Library
from dialogtool.core.template_choices import TemplateChoice, quick_choices


def library_choices(root: Path) -> list[TemplateChoice]:
    library = Library(root)
    return [
        TemplateChoice(
            t.id,
            {"da": t.name.da, "en": t.name.en},
            t.duration_minutes,
            library.is_favourite_template(t.id),
        )
        for t in library.templates()
    ]


def test_the_quick_list_is_the_librarys_list_with_favourites_and_hidden(tmp_path: Path) -> None:
    assert quick_choices(tmp_path) == library_choices(tmp_path)
    library = Library(tmp_path)
    library.set_template_favourite("one-to-one", True)
    library.set_template_hidden("team-meeting", True)
    quick = quick_choices(tmp_path)
    assert quick is not None
    assert quick == library_choices(tmp_path)
    assert quick[0].id == "one-to-one" and quick[0].favourite
    assert "team-meeting" not in [c.id for c in quick]


def test_the_users_own_files_or_an_odd_marks_file_go_through_the_library(
    tmp_path: Path,
) -> None:
    Library(tmp_path).duplicate_template("team-meeting")  # a file of the user's own
    assert quick_choices(tmp_path) is None
    workspace = Workspace(tmp_path)
    assert [c.id for c in workspace.template_choices()] == [c.id for c in library_choices(tmp_path)]
    other = tmp_path / "other"
    other.mkdir()
    (other / "library.json").write_text(json.dumps({"hidden_templates": [1]}), "utf-8")
    assert quick_choices(other) is None  # the library names the problem on the start screen
    problems = Workspace(other).library_problems()
    assert problems == ()  # not made yet
    workspace = Workspace(other)
    workspace.template_choices()
    assert [p.path.name for p in workspace.library_problems()] == ["library.json"]
