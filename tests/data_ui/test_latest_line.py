"""The data page, the audience window and the summary say the same latest/target line."""

from __future__ import annotations

import html
from pathlib import Path

from pytestqt.qtbot import QtBot

from dialogtool.core.context import latest_line, trust_line
from dialogtool.core.presentation import public_slide
from dialogtool.core.record import PhaseId
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.pages.summary import SummaryPage
from dialogtool.ui.presenter.audience import AudienceWindow

from .conftest import finish, write_confident


def plain(text: str) -> str:
    """What a reader sees: no tags, no entities, every space a space."""
    for tag in ("<br>", "<span style='color:#555'>", "</span>"):
        text = text.replace(tag, "\n")
    return html.unescape(text).replace("\xa0", " ").replace("\u202f", " ")


def assert_same_line_everywhere(qtbot: QtBot, view: MeetingView) -> int:
    """Walk every indicator on the data page; return how many lines had a target."""
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    session = view.session
    team = session.record.team
    ids = [m.id for m in session.dataset.indicators] if session.dataset else []
    assert ids
    expected: dict[str, str] = {}
    audience = AudienceWindow(view)
    for indicator_id in ids:
        page.select_indicator(indicator_id)
        item = page._current()
        assert item.snapshot is not None
        line = latest_line(item.snapshot, team, "da")
        assert line, f"{indicator_id} has no latest value"
        expected[item.snapshot.name] = line
        assert plain(line) in plain(page.context.text())
        assert plain(trust_line(item.snapshot, "da")) in plain(page.context.text())
        audience.show_slide(public_slide(session.record, PhaseId.DATA, indicator_id=indicator_id))
        assert audience.latest.text() == line
        assert audience.source.text() == trust_line(item.snapshot, "da")
        item.team_noticed = "Vi lægger mærke til udviklingen"
    audience.close()

    view.go_to("summary")
    summary = view.current_page()
    assert isinstance(summary, SummaryPage)
    shown = plain(summary.browser.toPlainText())
    for name, line in expected.items():
        assert f"{name}\n{plain(line)}" in shown, f"the summary says another line for {name}"
    return sum("mål:" in line for line in expected.values())


def test_demo_indicators(qtbot: QtBot, window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    assert assert_same_line_everywhere(qtbot, view) > 0, "the demo has targets"


def test_imported_file_with_a_target_column(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.new_meeting("team-meeting")
    flow = window.data.import_path(write_confident(tmp_path / "eksport.csv"))
    finish(qtbot, flow)
    assert view.session.dataset is not None
    assert [m.name for m in view.session.dataset.indicators] == [
        "Jobsamtaler (%)",
        "Virksomhedsbesøg",
    ]
    assert assert_same_line_everywhere(qtbot, view) == 2, "both indicators carry the file's target"
