"""Version 2 records: trial actions and the meeting clock; version-1 files upgrade without loss."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dialogtool.commands.schema import run as print_schema
from dialogtool.core import timing
from dialogtool.core.migrations import MIGRATIONS, migrate
from dialogtool.core.record import (
    SCHEMA_VERSION,
    ActionItem,
    ActionStatus,
    MeetingRecord,
    record_json_schema,
)
from dialogtool.core.store import dump_record, load_record

FIXTURE = Path(__file__).parent / "fixtures" / "record-v1.json"
NEW_FIELDS = {"trial": False, "expectation": "", "learned": ""}


def _v1() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(FIXTURE.read_text("utf-8"))
    assert raw["schema_version"] == 1 and len(raw["action_items"]) == 2
    return raw


def test_a_version_1_record_loads_as_version_2_with_ordinary_actions(tmp_path: Path) -> None:
    path = shutil.copy(FIXTURE, tmp_path / "meeting.json")
    record = load_record(Path(path))
    assert record.schema_version == SCHEMA_VERSION
    assert [(a.text, a.trial, a.expectation, a.learned) for a in record.action_items] == [
        ("Ring til tre nye virksomheder om praktik", False, "", ""),
        ("Følg op på CV'er i Jobnet", False, "", ""),
    ]


def test_the_migration_changes_nothing_but_the_version_and_the_new_fields() -> None:
    old = _v1()
    new = MIGRATIONS[1](json.loads(json.dumps(old)))
    assert [{k: v for k, v in a.items() if k not in NEW_FIELDS} for a in new["action_items"]] == (
        old["action_items"]
    )
    assert all(a.items() >= NEW_FIELDS.items() for a in new["action_items"])
    assert new["clock"] == {"started_at": None, "running_since": None, "elapsed_seconds": 0}
    changed = ("action_items", "clock")
    rest = {k: v for k, v in new.items() if k not in changed}
    assert rest == {k: v for k, v in old.items() if k not in changed}


def test_a_version_1_meeting_left_open_is_paused_at_its_last_save() -> None:
    old = _v1()
    old["status"] = "running"
    old["updated_at"] = "2025-03-03T09:20:00Z"
    old["phases"][0].update(started_at="2025-03-03T09:00:00Z", ended_at="2025-03-03T09:06:00Z")
    old["phases"][0].update(entered_at="2025-03-03T09:00:00Z", spent_seconds=360)
    old["phases"][1].update(started_at="2025-03-03T09:06:00Z", entered_at="2025-03-03T09:06:00Z")
    record = MeetingRecord.model_validate(migrate(old))
    checkin = record.phases[1]
    assert checkin.spent_seconds == 14 * 60 and checkin.ended_at is not None
    assert not record.clock.running, "a meeting is never running while nobody holds it"
    assert record.clock.elapsed_seconds == 20 * 60
    later = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
    assert timing.meeting_elapsed(record, later) == 20 * 60


def test_a_migrated_record_saves_as_the_current_version_and_reads_back_the_same(
    tmp_path: Path,
) -> None:
    record = load_record(FIXTURE)
    path = tmp_path / "again.json"
    path.write_bytes(dump_record(record))
    assert json.loads(path.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION
    assert load_record(path) == record


def test_a_trial_action_keeps_its_expectation_and_what_we_learned(tmp_path: Path) -> None:
    record = load_record(FIXTURE)
    record.action_items.append(
        ActionItem(
            text="Fælles jobsøgningscafé om torsdagen",
            owner="Anna",
            trial=True,
            expectation="Flere jobsamtaler blandt de unge i målgruppen",
        )
    )
    path = tmp_path / "trial.json"
    path.write_bytes(dump_record(record))
    trial = load_record(path).action_items[-1]
    assert trial.trial and trial.expectation.startswith("Flere jobsamtaler")
    # Following up: no improvement is also a result, and it is recorded as what we learned.
    trial.status = ActionStatus.DONE
    trial.learned = "Ingen flere samtaler – de unge kom ikke om torsdagen; vi prøver om mandagen"
    record.action_items[-1] = trial
    path.write_bytes(dump_record(record))
    assert load_record(path).action_items[-1].learned.startswith("Ingen flere samtaler")


def test_the_schema_command_shows_the_current_version_and_the_trial_fields(
    capsys: Any,
) -> None:
    assert print_schema(None) == 0  # type: ignore[arg-type]
    schema = json.loads(capsys.readouterr().out)
    assert schema == record_json_schema()
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION == 4
    action = schema["$defs"]["ActionItem"]["properties"]
    assert {"trial", "expectation", "learned"} <= set(action)
