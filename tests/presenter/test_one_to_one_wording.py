"""A 1:1 speaks to one employee: no text of either window addresses a team ("I", "teamet")."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from dialogtool.core import wording
from dialogtool.core.record import MeetingKind
from dialogtool.ui.main_window import MainWindow

from .conftest import widget_texts

#: Words for a group: "teamet", "teamets", "jer", "jeres", and the pronoun "I" inside a
#: sentence ("hvad lægger I mærke til"; a sentence-initial "I alt" is the preposition).
GROUP_WORDS = re.compile(r"\b[Tt]eam(?:et|ets)\b|\b[Jj]er(?:es)?\b|(?<=[a-zæøå,] )I\b")


def _group_words(texts: list[str], names: list[str]) -> list[str]:
    found = []
    for text in texts:
        for name in names:  # the data's own group names are not wording ("Team Nord")
            text = text.replace(name, "…")
        if GROUP_WORDS.search(text):
            found.append(text[:160])
    return found


def test_a_one_to_one_speaks_to_one_employee_on_every_step(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    view = window.new_meeting("one-to-one")
    assert view is not None and view.session.record.kind == MeetingKind.ONE_TO_ONE
    groups = list(view.session.dataset.groups) if view.session.dataset else []
    presenter = view.presenter
    found: set[str] = set()
    for step in view.session.steps:
        if step != view.session.steps[0] and not view.session.running:
            view.session.start_meeting()
        view.go_to(step.value)
        if step.value == "data":
            view.session.set_indicator(window.dataset.indicators[0].id)  # type: ignore[union-attr]
        presenter.start(from_start=False)
        QApplication.processEvents()
        for root in (view, presenter.audience):
            found |= {f"{step}: {t}" for t in _group_words(widget_texts(root), groups)}
    presenter.stop()
    assert not found, "\n".join(sorted(found))


def test_the_wording_can_tell_a_team_from_one_employee() -> None:
    team = wording.say("ugu_explore", MeetingKind.TEAM, "da")
    one = wording.say("ugu_explore", MeetingKind.ONE_TO_ONE, "da")
    assert GROUP_WORDS.search(team) and not GROUP_WORDS.search(one)
    assert "medarbejderen" in one.lower() and "du" in one.split()
