"""Indsigt and Sletning from the start screen (issue 24), through the real dialogs."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.meeting_files import bin_entries
from dialogtool.core.record import MeetingRecord, Participant, ParticipantEntry, PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.preferences import RETENTION_MONTHS, preferences
from dialogtool.ui.records_duties import InsightDialog, RetentionDialog


def held(title: str, day: date) -> MeetingRecord:
    return MeetingRecord(
        title=title, scheduled_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    )


def test_insight_finds_the_person_and_saves_pdf_and_json(
    make_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    record = held("Teammøde", date(2026, 11, 2))
    mette = Participant(name="Mette Hansen")
    record.participants = [mette, Participant(name="Ole Berg")]
    record.checkin = [ParticipantEntry(participant_id=mette.id, text="Spændt på tallene")]
    record.private_notes = {PhaseId.DATA: "Mette Hansen virker presset."}
    window.store.save(record)
    dialog = window.start_page.open_insight()
    assert isinstance(dialog, InsightDialog)
    assert dialog.empty_state.isVisible()
    assert not dialog.pdf_button.isEnabled()

    qtbot.keyClicks(dialog.name_edit, "Mette Hansen")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    texts = [dialog.model.item(row, 2).text() for row in range(dialog.model.rowCount())]
    assert "Spændt på tallene" in texts
    assert "Mette Hansen virker presset." not in texts  # private, not asked for
    assert dialog.result_label.text() == "2 felter i 1 møder"

    qtbot.mouseClick(dialog.private_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    texts = [dialog.model.item(row, 2).text() for row in range(dialog.model.rowCount())]
    assert "Mette Hansen virker presset." in texts
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save(tmp_path / "indsigt.json", "json")
    saved = json.loads((tmp_path / "indsigt.json").read_text(encoding="utf-8"))
    assert saved["includes_private_notes"] is True
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save(tmp_path / "indsigt.pdf", "pdf")
    assert (tmp_path / "indsigt.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()


def test_deletion_by_age_previews_remembers_the_age_and_moves_to_the_bin(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    for record in (held("Gammelt møde", date(2023, 5, 1)), held("Nyt møde", date(2026, 11, 1))):
        window.store.save(record)
    dialog = window.start_page.open_retention()
    assert isinstance(dialog, RetentionDialog)
    dialog.today = date(2026, 12, 6)
    dialog.months.setValue(12)
    assert [dialog.model.item(r, 1).text() for r in range(dialog.model.rowCount())] == [
        "Gammelt møde"
    ]
    assert dialog.move_button.text() == "Flyt 1 møder til papirkurven"
    assert preferences().get(RETENTION_MONTHS) == 12

    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_state.isVisible()
    assert not dialog.move_button.isEnabled()
    assert [e.title for e in bin_entries(window.workspace.bin_folder)] == ["Gammelt møde"]
    dialog.close()
    qtbot.waitUntil(lambda: window.start_page.recent_model.rowCount() == 1)


def test_the_retention_rule_is_read_back_as_whole_months() -> None:
    assert RETENTION_MONTHS.decode("18") == 18  # as QSettings' ini file hands it back
    assert RETENTION_MONTHS.decode(24) == 24
    assert RETENTION_MONTHS.decode("atten") == 0  # hand-edited nonsense: no rule
    assert RETENTION_MONTHS.decode(None) == 0
