"""Files the app cannot read are reported in plain words and never changed.

A damaged file is moved aside unchanged into ``damaged/``; a file of a newer
format (a colleague's newer dialogtool on a shared folder) stays where it is.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordStore
from dialogtool.ui.app import configure_application, create_main_window


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupt_and_future_records_are_reported_and_left_alone(
    qtbot: QtBot, qapp: object, data_dir: Path
) -> None:
    folder = meetings_dir(data_dir)
    good = MeetingRecord(title="Godt møde")
    RecordStore(folder).save(good)
    corrupt = folder / "meeting-corrupt.json"
    corrupt.write_bytes(b'{"schema_version": 1, "title": "halvt skrevet')
    future = folder / "meeting-future.json"
    future_record = json.loads(good.model_dump_json())
    future_record.update(schema_version=999, id="future", title="Fra fremtiden")
    future.write_text(json.dumps(future_record), encoding="utf-8")
    before = {p: digest(p) for p in (corrupt, future)}

    configure_application(qapp)  # type: ignore[arg-type]
    window = create_main_window(data_dir, demo=True)
    qtbot.addWidget(window)
    window.show()

    shown = window.start_page.problems
    assert shown.isVisible()
    text = shown.text()
    assert "meeting-corrupt.json er beskadiget" in text
    assert "meeting-future.json har formatversion 999" in text
    assert window.start_page.recent_model.rowCount() == 1, "the good meeting is still listed"
    [moved] = (folder / "damaged").glob("meeting-corrupt.*.json")
    assert f"flyttet uændret til damaged/{moved.name}" in text
    assert not corrupt.exists()

    # Working on another meeting and closing the app does not touch them.
    window.new_meeting("team-meeting")
    window.close()
    assert {corrupt: digest(moved), future: digest(future)} == before
