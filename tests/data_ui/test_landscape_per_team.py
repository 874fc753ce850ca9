"""A landscape belongs to a team: every meeting with that team starts from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.landscape import Landscape, LandscapeStore
from dialogtool.core.paths import landscapes_dir
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import ID_ROLE, DataPage
from dialogtool.ui.pages.prepare import PreparePage


def first_indicators(page: DataPage, count: int) -> list[str]:
    model = page.indicator_model
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    return [i for i in ids if i][:count]


def test_each_team_meets_its_own_stepping_stones(
    qtbot: QtBot, make_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    store = LandscapeStore(landscapes_dir(data_dir))
    store.save(Landscape(name="Team Nord", stepping_stones=["fritagelser", "loentilskudsjob"]))
    # Edited last, so it would be "the" landscape if teams were ignored.
    store.save(Landscape(name="team  syd", stepping_stones=["virksomhedskontakter"]))
    window = make_window()

    view = window.new_meeting("team-meeting")
    assert window.session is not None and window.session.record.team == "Team Nord"
    view.go_to("data")
    data = view.current_page()
    assert isinstance(data, DataPage)
    assert first_indicators(data, 2) == ["fritagelser", "loentilskudsjob"]

    # Changing the meeting's team in preparation switches to that team's landscape.
    view.go_to("prepare")
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    prepare.team_combo.setCurrentText("Team Syd")
    qtbot.keyClick(prepare.team_combo, Qt.Key.Key_Tab)
    view.go_to("data")
    assert first_indicators(data, 1) == ["virksomhedskontakter"]
