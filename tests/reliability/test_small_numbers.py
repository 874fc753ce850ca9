"""An individual-level list filtered to fewer than five people is not shown (a setting)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.small_numbers import is_small
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.preferences import MASK_SMALL_NUMBERS, preferences
from dialogtool.ui.views.panel import VIEWS


def test_the_rule() -> None:
    assert [n for n in range(8) if is_small(n)] == [1, 2, 3, 4]


def test_a_detail_list_of_fewer_than_five_people_is_masked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "borgere.csv"
    rows = ["Borger;Sagsbehandler;Løntimer", "B-1;Åse Ødegård;12,5"]
    rows += [f"B-{i};Camilla Søndergaard;{i}" for i in range(2, 12)]
    path.write_text("\r\n".join(rows) + "\r\n", "utf-8")
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("virksomhedskontakter")
    qtbot.mouseClick(page.views.buttons.button(VIEWS.index("details")), Qt.MouseButton.LeftButton)
    details = page.views.details
    assert preferences().get(MASK_SMALL_NUMBERS), "on by default"
    observations_shown = details.table.isVisibleTo(details)
    task = details.load_list(path)
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass

    qtbot.keyClicks(details.filter_edit, "camilla")
    assert details.table.isVisibleTo(details) and details.proxy.rowCount() == 10
    details.filter_edit.clear()
    qtbot.keyClicks(details.filter_edit, "åse")
    assert not details.table.isVisibleTo(details)
    assert details.count_label.text().startswith("Færre end 5 rækker")

    preferences().set(MASK_SMALL_NUMBERS, False)
    assert details.table.isVisibleTo(details) and details.proxy.rowCount() == 1

    preferences().set(MASK_SMALL_NUMBERS, True)
    qtbot.mouseClick(details.numbers_button, Qt.MouseButton.LeftButton)
    assert details.table.isVisibleTo(details) == observations_shown, "numbers are not masked"
