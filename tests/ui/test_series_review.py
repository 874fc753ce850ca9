"""A series of two meetings: the second follows up the first one's actions ("Siden sidst")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.core import presentation
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import ActionStatus, MeetingRecord, PhaseId, ReviewStatus
from dialogtool.core.store import load_record
from dialogtool.core.summary import build_summary, render_markdown
from dialogtool.ui.actions_table import FOLLOWED_UP, STATUS, TEXT, ActionsDialog
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.actions import DUE, INDICATOR, OWNER, ActionsPage
from dialogtool.ui.pages.actions import TEXT as ACTION_TEXT
from dialogtool.ui.pages.review import COMMENT, MOVEMENT, ReviewPage
from dialogtool.ui.pages.review import STATUS as REVIEW_STATUS


def trim_snapshot(window: MainWindow, indicator_id: str, months: int) -> None:
    """Meeting 1 saw an export that ended ``months`` earlier than today's file."""
    assert window.session is not None

    def older(record: MeetingRecord) -> None:
        item = next(d for d in record.indicators if d.indicator_id == indicator_id)
        assert item.snapshot is not None
        for series in item.snapshot.series:
            series.periods = series.periods[:-months]
            series.values = series.values[:-months]
            series.targets = series.targets[:-months] if series.targets else []
        item.team_noticed = "Vi ligger under målet."

    window.session.apply(Operation("ældre data", Changes.DISCUSSION, older))


def test_second_meeting_reviews_the_first_ones_actions(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    assert window.dataset is not None
    first_id, second_id = (m.id for m in window.dataset.indicators[:2])

    # Meeting 1 agrees two actions, each linked to an indicator, and a follow-up date.
    view = window.new_meeting("team-meeting")
    assert view is not None and window.session is not None
    one = window.session.record
    one.participants = []
    view.go_to("data")
    for indicator_id in (first_id, second_id):
        window.session.set_indicator(indicator_id)
        trim_snapshot(window, indicator_id, 3)
    view.go_to("actions")
    page = view.current_page()
    assert isinstance(page, ActionsPage)
    for text, owner, indicator_id in (
        ("Ring til fem virksomheder", "Åse", first_id),
        ("Del erfaringer fra Team Syd", "Emil", second_id),
    ):
        row = page.add_action()
        page.view.closePersistentEditor(page.model.index(row, ACTION_TEXT))
        page.model.setData(page.model.index(row, ACTION_TEXT), text)
        page.model.setData(page.model.index(row, OWNER), owner)
        page.model.setData(page.model.index(row, INDICATOR), indicator_id)
    page.model.setData(page.model.index(0, DUE), dt.date.today() - dt.timedelta(days=1))
    page.follow_up_check.setChecked(True)
    follow_up = one.follow_up
    assert follow_up is not None
    window.session.finish()
    assert window.close_meeting()

    # Meeting 2, the next in the series, starts from meeting 1.
    start = window.start_page
    assert start.recent_model.records[0].id == one.id
    start.recent_view.selectRow(0)
    qtbot.mouseClick(start.next_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.meeting_view is not None
    two = window.session.record
    assert two.series_id == one.id and two.previous_id == one.id
    assert two.scheduled_at.date() == follow_up
    assert [r.text for r in two.reviews] == [
        "Ring til fem virksomheder",
        "Del erfaringer fra Team Syd",
    ]

    window.meeting_view.go_to("review")
    review_page = window.meeting_view.current_page()
    assert isinstance(review_page, ReviewPage)
    assert review_page.view.isVisible() and not review_page.empty_label.isVisible()
    model = review_page.model
    movement = model.index(0, MOVEMENT).data()
    assert "→" in movement and window.dataset.indicators[0].name in movement, movement
    QApplication.processEvents()
    view = review_page.view
    heights = [view.rowHeight(row) for row in range(model.rowCount())]
    assert model.setData(model.index(0, REVIEW_STATUS), ReviewStatus.DONE.value)
    QApplication.processEvents()
    assert [view.rowHeight(row) for row in range(model.rowCount())] == heights, "rows keep"
    assert model.setData(model.index(0, COMMENT), "Fem virksomheder ringet op")
    assert model.setData(model.index(1, REVIEW_STATUS), ReviewStatus.IN_PROGRESS.value)
    assert window.meeting_view.grab().save(str(data_dir.parent / "review.png"))

    # The room sees the same review, the indicator's movement included.
    slide = presentation.public_slide(two, PhaseId.REVIEW)
    audience = window.meeting_view.presenter.audience
    audience.show_slide(slide)
    lines = [
        audience.action_model.item(row).text() for row in range(audience.action_model.rowCount())
    ]
    assert lines[0].startswith("✓ Ring til fem virksomheder") and "→" in lines[0], lines
    assert audience.action_list.isVisibleTo(audience)
    audience.resize(1024, 768)
    assert audience.grab().save(str(data_dir.parent / "review-audience.png"))
    assert window.close_meeting()

    # Both records agree.
    folder = meetings_dir(data_dir)
    first_file = load_record(folder / f"meeting-{one.id}.json")
    second_file = load_record(folder / f"meeting-{two.id}.json")
    done, going = first_file.action_items
    assert done.status == ActionStatus.DONE and going.status == ActionStatus.OPEN
    assert done.follow_ups[0].meeting_id == two.id
    assert done.follow_ups[0].comment == "Fem virksomheder ringet op"
    assert going.follow_ups[0].status == ReviewStatus.IN_PROGRESS
    assert [r.status for r in second_file.reviews] == [
        ReviewStatus.DONE,
        ReviewStatus.IN_PROGRESS,
    ]
    assert second_file.reviews[0].then is not None and second_file.reviews[0].now is not None
    assert second_file.reviews[0].then.period < second_file.reviews[0].now.period

    # The action table across meetings agrees.
    start.today = dt.date.today()
    start.open_actions()
    dialog = start.actions_dialog
    assert isinstance(dialog, ActionsDialog)
    rows = {
        dialog.model.index(r, TEXT).data(): (
            dialog.model.index(r, STATUS).data(),
            dialog.model.index(r, FOLLOWED_UP).data(),
        )
        for r in range(dialog.model.rowCount())
    }
    assert rows["Ring til fem virksomheder"] == ("Udført", "Gennemført: Fem virksomheder ringet op")
    assert rows["Del erfaringer fra Team Syd"] == ("Åben", "I gang")
    dialog.close()

    # So do the summaries.
    first_summary = render_markdown(build_summary(first_file))
    second_summary = render_markdown(build_summary(second_file))
    rows = {line.split(" | ")[0].lstrip("| "): line for line in first_summary.splitlines()}
    done = next(line for key, line in rows.items() if key.startswith("Ring til fem virksomheder"))
    still = next(
        line for key, line in rows.items() if key.startswith("Del erfaringer fra Team Syd")
    )
    assert done.rstrip(" |").endswith("Udført") and still.rstrip(" |").endswith("Åben")
    assert "## Siden sidst" in second_summary
    assert "[x] Ring til fem virksomheder – Åse – Gennemført" in second_summary
    assert "Fem virksomheder ringet op" in second_summary and "→" in second_summary


def test_the_action_table_writes_status_and_due_date_back_and_filters(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    view = window.new_meeting("team-meeting")
    assert view is not None and window.session is not None
    record = window.session.record
    view.go_to("actions")
    page = view.current_page()
    assert isinstance(page, ActionsPage)
    for text, owner, days in (("Ring til Jobcenter Syd", "Åse", -3), ("Book lokale", "Emil", 0)):
        row = page.add_action()
        page.view.closePersistentEditor(page.model.index(row, ACTION_TEXT))
        page.model.setData(page.model.index(row, ACTION_TEXT), text)
        page.model.setData(page.model.index(row, OWNER), owner)
        page.model.setData(page.model.index(row, DUE), dt.date.today() + dt.timedelta(days=days))
    assert window.close_meeting()

    start = window.start_page
    due = start.due_label.text()
    assert start.due_label.isVisible()
    assert "Frist i dag: Book lokale (Emil)" in due and "Overskredet" in due
    assert "Ring til Jobcenter Syd (Åse)" in due

    start.open_actions()
    dialog = start.actions_dialog
    assert isinstance(dialog, ActionsDialog)
    dialog.overdue_check.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, TEXT).data() == "Ring til Jobcenter Syd"
    dialog.overdue_check.setChecked(False)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("Emil"))
    assert [dialog.proxy.index(r, TEXT).data() for r in range(dialog.proxy.rowCount())] == [
        "Book lokale"
    ]
    dialog.owner_combo.setCurrentIndex(0)
    source_row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.rows[r].owner == "Åse"
    )
    new_due = dt.date.today() + dt.timedelta(days=7)
    assert dialog.model.setData(dialog.model.index(source_row, 2), new_due)
    assert dialog.model.setData(dialog.model.index(source_row, STATUS), ActionStatus.DONE.value)
    dialog.close()

    start.open_actions()
    dialog = start.actions_dialog
    assert isinstance(dialog, ActionsDialog)
    dialog.view.doubleClicked.emit(dialog.proxy.index(0, TEXT))
    assert window.session is not None and window.session.record.id == record.id
    assert window.close_meeting()

    saved = load_record(meetings_dir(data_dir) / f"meeting-{record.id}.json")
    action = next(a for a in saved.action_items if a.owner == "Åse")
    assert (action.due, action.status) == (new_due, ActionStatus.DONE)
    window.refresh_start()
    assert "Ring til Jobcenter Syd" not in start.due_label.text()
