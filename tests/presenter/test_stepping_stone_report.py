"""The stepping-stone report: all of a team's stones on one page, on screen, in the room, in a PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.record import ActionItem, IndicatorDiscussion
from dialogtool.core.stepping_stone_report import report_document, team_rows
from dialogtool.core.summary.text import render_text
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.presenter.report_room import RoomReport
from dialogtool.ui.stepping_stone_dialog import SteppingStoneDialog

from .conftest import Running

#: Where the rendered PNGs go for a person to look at (set DIALOGTOOL_REPORT_PNGS).
LOOK_AT = os.environ.get("DIALOGTOOL_REPORT_PNGS", "")


def test_each_stone_says_latest_target_direction_and_what_was_last_noticed_and_agreed() -> None:
    dataset = load_demo_dataset()
    team = dataset.teams()[0]
    rows = team_rows(dataset, team, [], "da")
    assert len(rows) == 8  # the demo team's eight stepping stones
    for row in rows:
        snapshot = dataset.snapshot(row.indicator_id, team=team)
        series = next(s for s in snapshot.series if s.group == team)
        values = [v for v in series.values if v is not None]
        latest, previous = values[-1], values[-2]
        target = snapshot.target
        assert target is not None
        assert row.against_target == (
            "over målet" if latest > target else "under målet" if latest < target else "på målet"
        )
        if latest != previous:
            assert row.direction.startswith("steget" if latest > previous else "faldet")
        assert "antal" not in row.latest  # a count's unit names what is counted


def test_the_report_quotes_the_newest_meeting_about_each_stone(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from dialogtool.core import meeting
    from dialogtool.core.templates import template_by_id

    dataset = load_demo_dataset()
    team = dataset.teams()[0]
    stone = team_rows(dataset, team, [], "da")[0].indicator_id
    template = template_by_id("team-meeting")
    assert template is not None
    older = meeting.new_meeting(template, when=datetime(2026, 1, 5, 9, tzinfo=UTC), team=team)
    newer = meeting.new_meeting(template, when=datetime(2026, 2, 5, 9, tzinfo=UTC), team=team)
    for record, said in ((older, "Det gamle"), (newer, "Flere møder bliver aflyst")):
        record.indicators.append(IndicatorDiscussion(indicator_id=stone, team_noticed=said))
    newer.action_items.append(
        ActionItem(
            text="Ring dagen før", indicator_id=stone, trial=True, expectation="Færre udeblivelser"
        )
    )
    [row, *_] = team_rows(dataset, team, [older, newer], "da")
    assert row.noticed.startswith("Flere møder bliver aflyst")
    assert row.agreed.startswith("Ring dagen før (prøvehandling)")
    text = render_text(report_document([row], team, dataset.name, "da"))
    assert "Senest bemærket" in text and "Ring dagen før" in text


def test_report_on_screen_and_as_a_pdf_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1024, 768)
    qtbot.mouseClick(window.start_page.report_button, Qt.MouseButton.LeftButton)
    dialog = window.report_dialog
    assert isinstance(dialog, SteppingStoneDialog)
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    for name in ("Rettidige jobsamtaler", "Fritagelser", "Senest aftalt"):
        assert name in text
    assert dialog.team.currentText() == "Team Nord"
    assert not dialog.room_button.isEnabled(), "no room outside a meeting"
    pdf = dialog.pdf_bytes()
    assert pdf.startswith(b"%PDF")
    out = Path(LOOK_AT) if LOOK_AT else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out / "report-screen.png"))
    (out / "report.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(out / "report.pdf"), str(out / "report-pdf")],
            check=True,
        )
        pages = sorted(out.glob("report-pdf*.png"))
        assert len(pages) == 1, "the report is one page"
    dialog.close()


def test_save_as_pdf_writes_a_tagged_landscape_page_in_the_background(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(window.start_page.report_button, Qt.MouseButton.LeftButton)
    dialog = window.report_dialog
    assert isinstance(dialog, SteppingStoneDialog)
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert not dialog.pdf_button.isEnabled(), "one PDF at a time"
    qtbot.waitUntil(lambda: dialog.pdf_button.isEnabled(), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
        assert "Tagged:          yes" in info and "841.89 x 595.276 pts (A4)" in info

    gone = tmp_path / "no such folder" / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(gone), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "failureMessage") is not None)
    box = dialog.findChild(QMessageBox, "failureMessage")
    assert isinstance(box, QMessageBox) and box.text().startswith("Rapporten blev ikke gemt.")
    qtbot.waitUntil(lambda: dialog.pdf_button.isEnabled())
    box.close()
    dialog.close()


def test_report_in_the_room_at_1024x768_until_the_next_step(qtbot: QtBot, running: Running) -> None:
    window, view = running.window, running.view
    audience = view.presenter.audience
    audience.resize(QSize(1024, 768))
    dialog = window.open_stepping_stone_report()
    assert dialog is not None and dialog.room_button.isEnabled()
    qtbot.mouseClick(dialog.room_button, Qt.MouseButton.LeftButton)
    report = audience.stack.currentWidget()
    assert isinstance(report, RoomReport)
    assert "Trædestensrapport" in report.title.text()
    cells = [w.text() for w in report.findChildren(type(report.title)) if w is not report.title]
    assert any("Rettidige jobsamtaler" in c for c in cells)
    image = audience.grab()
    assert image.size() == QSize(1024, 768)
    if LOOK_AT:
        image.save(str(Path(LOOK_AT) / "report-room-1024x768.png"))
    dialog.close()
    view.next_step()
    assert not isinstance(audience.stack.currentWidget(), RoomReport), "the meeting takes it back"
