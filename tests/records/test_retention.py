"""Sletning: meetings older than a chosen age go to the bin after a preview (issue 24)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dialogtool.core import locks
from dialogtool.core.meeting_files import bin_entries, restore
from dialogtool.core.paths import bin_dir, meetings_dir
from dialogtool.core.record import ActionItem, MeetingRecord
from dialogtool.core.retention import Age, AgeError, move_plan_to_bin, parse_age, plan
from dialogtool.core.store import RecordStore

TODAY = date(2026, 12, 6)


def held(title: str, day: date) -> MeetingRecord:
    return MeetingRecord(
        title=title, scheduled_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    )


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("18m", Age(months=18)),
        ("18 måneder", Age(months=18)),
        ("2år", Age(months=24)),
        ("2 years", Age(months=24)),
        ("6u", Age(days=42)),
        ("400d", Age(days=400)),
    ],
)
def test_ages_read_in_danish_and_english(text: str, age: Age) -> None:
    assert parse_age(text) == age


@pytest.mark.parametrize("text", ["", "18", "m", "0m", "-3m", "tre år"])
def test_an_age_without_number_and_unit_is_refused(text: str) -> None:
    with pytest.raises(AgeError):
        parse_age(text)


def test_the_cutoff_counts_calendar_months() -> None:
    assert Age(months=18).cutoff(TODAY) == date(2025, 6, 6)
    assert Age(months=1).cutoff(date(2026, 3, 31)) == date(2026, 2, 28)
    assert Age(days=10).cutoff(TODAY) == date(2026, 11, 26)


@pytest.fixture
def store(tmp_path: Path) -> RecordStore:
    store = RecordStore(meetings_dir(tmp_path))
    old = held("Gammelt møde", date(2024, 1, 10))
    old.action_items = [ActionItem(text="Ring til Bo"), ActionItem(text="Lukket", status="done")]
    for record in (old, held("På grænsen", date(2025, 6, 6)), held("Nyt møde", date(2026, 11, 1))):
        store.save(record)
    return store


def test_preview_names_what_goes_and_moving_uses_the_bin_which_can_restore(
    store: RecordStore, tmp_path: Path
) -> None:
    doomed = plan(store.scan().records, Age(months=18), TODAY)
    assert [(d.title, d.held, d.open_actions) for d in doomed] == [
        ("Gammelt møde", date(2024, 1, 10), 1)
    ]
    assert len(store.scan().records) == 3  # a preview moves nothing

    moved, failed = move_plan_to_bin(store, doomed, bin_dir(tmp_path), datetime.now(UTC))
    assert failed == []
    assert [r.title for _p, r in store.scan().records] == ["Nyt møde", "På grænsen"]
    (entry,) = bin_entries(bin_dir(tmp_path))
    assert entry.path == moved[0]
    assert entry.title == "Gammelt møde"

    restore(store, entry)
    assert sorted(r.title for _p, r in store.scan().records) == [
        "Gammelt møde",
        "Nyt møde",
        "På grænsen",
    ]


def test_a_meeting_open_in_another_window_stays(store: RecordStore, tmp_path: Path) -> None:
    (old,) = plan(store.scan().records, Age(months=18), TODAY)
    lock = locks.lock_path(store.folder, old.record_id)
    lock.write_text(
        json.dumps({"user": "kollega", "host": "en-anden-pc", "pid": 1, "since": 0.0}),
        encoding="utf-8",
    )
    (doomed,) = plan(store.scan().records, Age(months=18), TODAY)
    assert doomed.in_use
    moved, failed = move_plan_to_bin(store, [doomed], bin_dir(tmp_path), datetime.now(UTC))
    assert (moved, failed) == ([], [])
    assert len(store.scan().records) == 3


@pytest.mark.slow
def test_the_command_previews_then_moves_with_yes(store: RecordStore, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "dialogtool", "--data-dir", str(tmp_path), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    preview = run("slet", "--older-than", "1000d", "--json")
    assert preview.returncode == 0, preview.stderr
    assert [m["title"] for m in json.loads(preview.stdout)["meetings"]] == ["Gammelt møde"]
    assert len(store.scan().records) == 3
    done = run("prune", "--older-than", "1000d", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Moved to the bin: 1" in done.stdout
    assert [e.title for e in bin_entries(bin_dir(tmp_path))] == ["Gammelt møde"]
    assert run("prune", "--older-than", "lang tid").returncode == 2
