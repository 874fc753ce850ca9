"""An individual-level list behind a number: shown, sortable, and never saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.views.panel import VIEWS


def test_detail_list_is_shown_sorted_filtered_and_kept_out_of_the_record(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "borgere.csv"
    rows = ["Borger;Sagsbehandler;Løntimer", "B-1;Åse Ødegård;12,5", "B-2;Bjørn Æbelø;3"]
    rows += [f"B-{i};Camilla Søndergaard;{i}" for i in range(3, 40)]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))

    view = window.new_meeting("team-meeting")
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("virksomhedskontakter")
    views = page.views
    qtbot.mouseClick(views.buttons.button(VIEWS.index("details")), Qt.MouseButton.LeftButton)
    details = views.details
    observations = details.model.rowCount()

    task = details.load_list(path)
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert details.model.rowCount() == 39
    assert details.list_note.isVisible()
    header = [details.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Borger", "Sagsbehandler", "Løntimer"]

    details.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    top = details.proxy.index(0, 0).data()
    assert top == "B-39", "hours sort as numbers, not as text"
    qtbot.keyClicks(details.filter_edit, "åse")
    assert details.proxy.rowCount() == 1

    # Another indicator has no list; coming back shows the list again; "Vis tallene" drops it.
    page.select_indicator("fritagelser")
    assert not details.list_note.isVisible()
    page.select_indicator("virksomhedskontakter")
    assert details.list_note.isVisible()
    qtbot.mouseClick(details.numbers_button, Qt.MouseButton.LeftButton)
    details.filter_edit.clear()
    assert details.model.rowCount() == observations

    assert window.session is not None
    window.session.save_now()
    saved = window.session.store.path_for(window.session.record.id).read_text("utf-8")
    assert "Åse Ødegård" not in saved and "B-39" not in saved
