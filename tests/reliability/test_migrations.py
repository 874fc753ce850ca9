"""Every earlier schema version has a fixture, and each loads through the store as today's."""

from __future__ import annotations

import shutil
from pathlib import Path

from dialogtool.core.migrations import FIRST_SCHEMA_VERSION
from dialogtool.core.record import SCHEMA_VERSION
from dialogtool.core.store import RecordStore

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "fixtures"


def test_a_fixture_of_every_earlier_version_loads_and_saves_as_the_current_one(
    tmp_path: Path,
) -> None:
    versions = range(FIRST_SCHEMA_VERSION, SCHEMA_VERSION)
    fixtures = {v: FIXTURES / f"record-v{v}.json" for v in versions}
    assert [v for v, path in fixtures.items() if not path.is_file()] == [], "add a fixture"
    for version, fixture in fixtures.items():
        folder = tmp_path / f"v{version}"
        folder.mkdir()
        shutil.copy(fixture, folder / "meeting-old.json")
        store = RecordStore(folder)
        result = store.scan()
        assert result.problems == [], version
        [(path, record)] = result.records
        assert record.schema_version == SCHEMA_VERSION
        assert store.save(record) == path, "saved back in its own file, now current"
