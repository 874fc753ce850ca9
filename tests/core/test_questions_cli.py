"""``dialogtool questions``: the bank (bundled plus the user's own) for print or for checking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialogtool.cli import main
from dialogtool.core.questions import bundled_bank


def _user_files(root: Path) -> None:
    folder = root / "questions"
    folder.mkdir(parents=True)
    own = {
        "schema_version": 1,
        "family": "ours",
        "title": {"da": "Vores", "en": "Ours"},
        "questions": [
            {
                "id": "team.kaffe",
                "category": "checkin",
                "text": {"da": "Hvad har du med i dag?", "en": "What do you bring today?"},
            }
        ],
    }
    (folder / "vores.json").write_text(json.dumps(own), encoding="utf-8")
    (folder / "i-stykker.json").write_text("{not json", encoding="utf-8")


@pytest.mark.slow
def test_questions_json_lists_the_bank_and_names_broken_files(tmp_path: Path) -> None:
    _user_files(tmp_path)
    env = {**os.environ, "DIALOGTOOL_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "dialogtool", "questions", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=True,
    )
    rows = json.loads(result.stdout)
    assert len(rows) == len(bundled_bank()) + 1
    assert {"id", "category", "da", "en"} <= set(rows[0])
    by_id = {row["id"]: row for row in rows}
    assert by_id["team.kaffe"]["source"] == "user"
    assert by_id["tomm.detektiv.01"]["category"] == "tomm.detektiv"
    assert by_id["maalkompas.1.01"]["da"] == "Hvem skal vi lytte til?"
    assert "i-stykker.json" in result.stderr


def test_category_filter_and_language(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["questions", "--category", "tomm.kaptajn", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Captain (tomm.kaptajn)")
    assert "What do we do from here – what is the first step?" in out
    assert "Hvad gør vi" not in out and "tomm.detektiv" not in out


def test_family_prefix_and_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "questions", "--category", "tomm", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    categories = {row["category"] for row in rows}
    assert categories == {
        "tomm.detektiv",
        "tomm.antropolog",
        "tomm.kaptajn",
        "tomm.fremtidsforsker",
    }


def test_unknown_category_is_an_error_that_lists_the_known_ones(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["questions", "--category", "tomm.dektektiv"]) == 2
    err = capsys.readouterr().err
    assert "tomm.dektektiv" in err and "tomm.detektiv" in err


def test_hidden_questions_are_left_out_unless_asked_for(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from dialogtool.core.library import Library

    Library(data_dir).set_question_hidden("checkin.05", True)
    main(["questions", "--category", "checkin"])
    assert "checkin.05" not in capsys.readouterr().out
    main(["questions", "--category", "checkin", "--include-hidden"])
    assert "checkin.05" in capsys.readouterr().out
