"""The start screen's history: search, rename, duplicate, delete to the bin and restore,
and one indicator over time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.demo_meetings import LOENTIMER
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import Explanation, MeetingRecord, Participant, PhaseId
from dialogtool.core.store import RecordStore
from dialogtool.ui.app import install_demo_meetings
from dialogtool.ui.history_dialogs import BinDialog, IndicatorHistoryDialog
from dialogtool.ui.main_window import MainWindow


def titles(window: MainWindow) -> list[str]:
    return [e.title for e in window.start_page.recent_model.records]


def test_search_rename_duplicate_delete_and_restore(
    qtbot: QtBot, make_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    store = RecordStore(meetings_dir(data_dir))
    store.save(
        MeetingRecord(
            title="Teammøde i marts",
            team="Team Nord",
            scheduled_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
            participants=[Participant(name="Åse Ødegård")],
            explanations=[Explanation(text="Kalenderen er fuld om mandagen")],
        )
    )
    store.save(
        MeetingRecord(
            title="Samtale med Emil",
            team="Emil",
            scheduled_at=datetime(2026, 4, 1, 9, tzinfo=UTC),
            phase_notes={PhaseId.FRAMING: "Vi talte om kaffeordningen"},
        )
    )
    window = make_window()
    start = window.start_page
    assert titles(window) == ["Samtale med Emil", "Teammøde i marts"]

    qtbot.keyClicks(start.search_edit, "kalender")
    assert titles(window) == ["Teammøde i marts"]
    start.search_edit.clear()
    qtbot.keyClicks(start.participant_edit, "ødegård")
    assert titles(window) == ["Teammøde i marts"]
    start.participant_edit.clear()
    qtbot.keyClicks(start.search_edit, "kaffeordning")
    assert titles(window) == ["Samtale med Emil"]
    start.search_edit.clear()
    qtbot.keyClicks(start.since_edit, "15.3.2026")
    qtbot.keyClick(start.since_edit, Qt.Key.Key_Return)
    assert start.since_edit.date() == date(2026, 3, 15)
    assert titles(window) == ["Samtale med Emil"]
    start.since_edit.clear()
    qtbot.keyClick(start.since_edit, Qt.Key.Key_Return)
    assert len(titles(window)) == 2
    qtbot.keyClicks(start.search_edit, "findes ikke")
    assert titles(window) == [] and start.empty_label.text() == "Ingen møder passer til søgningen."
    start.search_edit.clear()

    start.recent_view.selectRow(1)
    start.rename(start.recent_model.records[1].id, "Teammøde om løntimer")
    start.recent_view.selectRow(0)
    start.duplicate_current()
    assert sorted(titles(window)) == [
        "Samtale med Emil",
        "Samtale med Emil (kopi)",
        "Teammøde om løntimer",
    ]

    emil = next(e for e in start.recent_model.records if e.title == "Samtale med Emil")
    start.delete(emil.id)
    assert "Samtale med Emil" not in titles(window)
    assert not emil.path.exists() and any(start.workspace.bin_folder.iterdir())

    start.open_bin()
    dialog = start.bin_dialog
    assert isinstance(dialog, BinDialog) and dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Samtale med Emil – slettet")
    dialog.restore_current()
    assert dialog.list.count() == 0
    dialog.close()
    assert "Samtale med Emil" in titles(window) and emil.path.exists()


def test_one_indicator_over_time(
    qtbot: QtBot, make_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    install_demo_meetings(data_dir)
    window = make_window()
    window.start_page.open_indicator_history()
    dialog = window.start_page.indicator_dialog
    assert isinstance(dialog, IndicatorHistoryDialog)
    dialog.combo.setCurrentIndex(dialog.combo.findData(LOENTIMER))
    text = dialog.text.toPlainText()
    assert "Teammøde om løntimer og jobsamtaler" in text
    assert "39,3" in text, "the number the room saw"
    assert "Færre virksomheder ansætter med løntimer" in text, "the explanation found"
    assert "Ring til fem virksomheder om løntimer" in text, "the action agreed"
    assert "Opfølgning på løntimer og jobsamtaler" in text
    dialog.close()
