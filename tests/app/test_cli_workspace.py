"""The command line creates, lists, bins and restores meetings through the workspace."""

from __future__ import annotations

import json
from pathlib import Path

from dialogtool.app.workspace import Workspace

from .test_cli import run_cli


def _json(*args: str, data_dir: Path) -> object:
    result = run_cli(*args, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "PySide6" not in result.stderr
    return json.loads(result.stdout)


def _listed(data_dir: Path) -> list[str]:
    listing = _json("list", data_dir=data_dir)
    assert isinstance(listing, dict)
    return [m["id"] for m in listing["meetings"]]


def test_new_list_bin_and_restore_from_the_command_line(tmp_path: Path) -> None:
    first = _json("new", "--template", "team-meeting", "--team", "Team Nord", data_dir=tmp_path)
    assert isinstance(first, dict)
    assert first["team"] == "Team Nord" and first["template"] == "team-meeting"
    assert _listed(tmp_path) == [first["id"]]

    second = _json("new", "--template", "team-meeting", "--team", "Team Nord", data_dir=tmp_path)
    assert isinstance(second, dict)
    assert second["previous_id"] == first["id"], "the same team's next meeting continues it"

    binned = _json("bin", "move", first["id"], data_dir=tmp_path)
    assert isinstance(binned, dict)
    assert [e["id"] for e in binned["bin"]] == [first["id"]]
    assert _listed(tmp_path) == [second["id"]]
    assert Workspace(tmp_path).history.entry(first["id"]) is None, "the index followed"

    restored = _json("bin", "restore", first["id"], data_dir=tmp_path)
    assert restored == {"bin": []}
    assert sorted(_listed(tmp_path)) == sorted([first["id"], second["id"]])


def test_unknown_template_and_missing_id_are_told(tmp_path: Path) -> None:
    result = run_cli("new", "--template", "nope", data_dir=tmp_path)
    assert result.returncode == 2 and "team-meeting" in result.stderr
    result = run_cli("bin", "restore", data_dir=tmp_path)
    assert result.returncode == 2 and "needs a meeting id" in result.stderr
