"""The command line works without a display and without importing Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema

from dialogtool import __version__
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import ActionItem, ActionStatus, MeetingRecord
from dialogtool.core.store import RecordStore


def run_cli(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    if data_dir is not None:
        env["DIALOGTOOL_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "dialogtool", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"dialogtool {__version__}"


def test_schema_is_valid_and_saved_records_validate_against_it(tmp_path: Path) -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    record = MeetingRecord(title="Møde")
    record.action_items.append(ActionItem(text="Følg op"))
    path = RecordStore(tmp_path).save(record)
    jsonschema.validate(json.loads(path.read_text("utf-8")), schema)
    broken = json.loads(path.read_text("utf-8"))
    broken["status"] = "halfway"
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid(broken)


def test_list_shows_meetings_open_actions_and_unreadable_files(tmp_path: Path) -> None:
    store = RecordStore(meetings_dir(tmp_path))
    record = MeetingRecord(title="Teammøde Nord")
    record.action_items += [
        ActionItem(text="Ring til fem virksomheder", owner="Åse"),
        ActionItem(text="Allerede gjort", status=ActionStatus.DONE),
    ]
    store.save(record)
    (meetings_dir(tmp_path) / "meeting-bad.json").write_text("{", "utf-8")

    result = run_cli("list", "--json", data_dir=tmp_path)
    assert result.returncode == 0
    listing = json.loads(result.stdout)
    [meeting] = listing["meetings"]
    assert meeting["title"] == "Teammøde Nord"
    assert [a["text"] for a in meeting["open_action_items"]] == ["Ring til fem virksomheder"]
    assert [u["file"] for u in listing["unreadable"]] == ["meeting-bad.json"]
    assert "meeting-bad.json" in result.stderr

    plain = run_cli("--data-dir", str(tmp_path), "list")
    assert "Teammøde Nord" in plain.stdout
    assert "Ring til fem virksomheder - Åse" in plain.stdout
