"""Næste taler counts in the talk tally; the round's table follows the speaking order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.record import LEADER_KEY
from dialogtool.ui.pages.rounds import RoundPage

from .conftest import Running


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_next_speaker_counts_the_turn_and_a_pass_does_not(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    record = view.session.record
    record.talk_tally.clear()
    view.go_to("checkin")
    presenter.start(from_start=False)
    people = presenter.people
    click(qtbot, people.listed_button)
    ids = [p.id for p in record.participants]
    click(qtbot, people.next_button)  # the first has spoken
    click(qtbot, people.pass_button)  # the second passes
    click(qtbot, people.next_button)  # the third has spoken
    assert record.talk_tally == {ids[0]: 1, ids[2]: 1}

    view.go_to("checkout")
    texts = [people.model.item(r).text() for r in range(people.model.rowCount())]
    names = [p.name for p in record.participants]
    assert texts[0] == f"{names[0]} · 1 (50\u00a0%)" and texts[1].startswith(f"{names[1]} · 0")
    assert len(texts) == len(names) + 1 and record.talk_tally.get(LEADER_KEY, 0) == 0


def test_the_rounds_table_follows_the_shuffled_order_and_lists_everyone(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("checkin")
    presenter.start(from_start=False)
    with qtbot.waitSignal(presenter.spinFinished):
        click(qtbot, presenter.people.shuffle_button)
    record = view.session.record
    names = {p.id: p.name for p in record.participants}
    page = view.current_page()
    assert isinstance(page, RoundPage)
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert shown == [names[pid] for pid in record.dialogue.order]
    assert sorted(shown) == sorted(names.values())
