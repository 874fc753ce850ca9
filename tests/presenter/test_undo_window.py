"""Ctrl+Z through the real window: every kind of edit comes back, from either screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogtool.core import presentation
from dialogtool.core.record import Locus, PhaseId, Quadrant, Scope
from dialogtool.ui.presenter import controller
from pages import Meeting

from .conftest import Running


def _fresh_indicator(meeting: Meeting) -> str:
    """An indicator of the demo data the example meeting has not talked about."""
    dataset = meeting.view.session.dataset
    assert dataset is not None
    talked = {d.indicator_id for d in meeting.record.indicators}
    return next(m.id for m in dataset.indicators if m.id not in talked)


@pytest.mark.parametrize("room", [False, True], ids=["leader", "room"])
def test_ctrl_z_takes_back_each_kind_of_edit(qtbot: QtBot, running: Running, room: bool) -> None:
    meeting = Meeting(qtbot, running.view)
    if room:
        meeting.present()

    data = meeting.data
    indicator = _fresh_indicator(meeting)
    data.choose(indicator)
    data.notice("Det stiger om vinteren")
    assert meeting.undo_text.startswith("Fortryd: det teamet bemærker om '")
    meeting.undo(room=room)
    assert data.noticed_text == ""
    assert all("stiger" not in d.team_noticed for d in meeting.record.indicators)

    actions = meeting.actions
    before = actions.texts()
    row = actions.add("Ring til fem virksomheder")
    actions.set_due(row, dt.date(2026, 5, 1))
    assert meeting.undo_text == "Fortryd: frist for 'Ring til fem virksomheder'"
    meeting.undo(room=room)
    assert actions.due(row) is None
    assert actions.texts() == [*before, "Ring til fem virksomheder"]
    actions.delete(0)
    assert actions.texts() == [*before[1:], "Ring til fem virksomheder"]
    meeting.undo(room=room)
    assert actions.texts() == [*before, "Ring til fem virksomheder"]
    assert actions.page.model.rowCount() == len(before) + 1, "the table shows it again"

    explanations = meeting.explanations
    card = explanations.add("Ferie i juli", Locus.INTERNAL, Scope.COLLECTIVE)
    explanations.move_across(card)
    assert explanations.where(card) == (Locus.EXTERNAL, Scope.COLLECTIVE)
    meeting.undo(room=room)
    assert explanations.where(card) == (Locus.INTERNAL, Scope.COLLECTIVE)
    assert "Ferie i juli" in explanations.shown(Locus.INTERNAL, Scope.COLLECTIVE)
    assert "Ferie i juli" not in explanations.shown(Locus.EXTERNAL, Scope.COLLECTIVE)

    questions = meeting.questions
    asked_before = len(meeting.record.questions)
    text = questions.tick(Quadrant.DETEKTIV)
    assert len(meeting.record.questions) == asked_before + 1
    meeting.undo(room=room)
    assert len(meeting.record.questions) == asked_before
    assert text not in questions.ticked(Quadrant.DETEKTIV)

    meeting.redo(room=room)
    assert len(meeting.record.questions) == asked_before + 1
    assert text in questions.ticked(Quadrant.DETEKTIV)


def test_a_hundred_typed_characters_are_one_undo_step(qtbot: QtBot, running: Running) -> None:
    meeting = Meeting(qtbot, running.view)
    data = meeting.data
    data.choose(_fresh_indicator(meeting))
    history = meeting.view.session.history
    data.perspective("x" * 100)
    assert data.perspective_text == "x" * 100
    assert meeting.undo_text.startswith("Fortryd: dit perspektiv om '")
    meeting.undo()
    assert data.perspective_text == ""
    label = history.undo_label or ""
    assert not label.startswith("dit perspektiv"), "one step took all 100 characters back"


def test_a_keystroke_in_a_private_note_builds_no_slide(
    qtbot: QtBot, running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = Meeting(qtbot, running.view)
    meeting.present()
    data = meeting.data
    data.choose(_fresh_indicator(meeting))
    builds: list[PhaseId | None] = []
    build = presentation.public_slide

    def counted(*args: object, **kwargs: object) -> object:
        builds.append(meeting.view.session.step)
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(controller.presentation, "public_slide", counted)
    meeting.view.private_notes.setFocus()
    meeting.type_private_note("Husk at spørge Bo")
    assert meeting.record.private_notes[PhaseId.DATA].startswith("Husk at spørge Bo")
    assert builds == []
    data.notice("Vi ser et fald")  # what the room's step is about: the slide follows
    assert builds


def test_a_keystroke_in_the_discussion_shows_the_slide_and_rebuilds_nothing_else(
    qtbot: QtBot, running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing the leader's perspective changes the room's slide only: the script, the people
    and the bar stay as they are (their rebuild on every key was most of a key's 2 ms)."""
    meeting = Meeting(qtbot, running.view)
    meeting.present()
    data = meeting.data
    data.choose(_fresh_indicator(meeting))
    data.notice("Vi ser")
    data.perspective("Jeg ser")
    data.page.advance()  # given: the room reads the perspective
    data.page.advance()
    presenter = meeting.view.presenter
    scripts: list[object] = []
    shown = presenter.script.show_lines
    monkeypatch.setattr(
        presenter.script, "show_lines", lambda *a: (scripts.append(a), shown(*a))[1]
    )
    data.perspective(" et vendepunkt")
    assert scripts == []
    assert "et vendepunkt" in (presenter.audience.slide.perspective or "")


def test_the_undo_button_s_changing_name_moves_nothing_in_the_bar(
    qtbot: QtBot, running: Running
) -> None:
    """Short and long names of the edit to undo: *Metode (F1)* stays where the pointer is."""
    meeting = Meeting(qtbot, running.view)
    view = running.view
    running.window.resize(1280, 800)

    def guide_x() -> int:
        for _ in range(3):
            QApplication.processEvents()
        return view.guide_button.mapTo(running.window, QPoint(0, 0)).x()

    start = guide_x()
    names = [meeting.undo_text]
    data = meeting.data
    data.choose(_fresh_indicator(meeting))
    data.notice("Det stiger om vinteren")  # "Fortryd: det teamet bemærker om '<indicator>'"
    names.append(meeting.undo_text)
    assert guide_x() == start, names
    actions = meeting.actions
    row = actions.add("Ring til fem virksomheder og spørg, hvad de mangler af arbejdskraft")
    names.append(meeting.undo_text)
    assert guide_x() == start, names
    actions.set_due(row, dt.date(2026, 5, 1))
    names.append(meeting.undo_text)
    assert guide_x() == start, names
    meeting.undo()
    meeting.undo()
    names.append(meeting.undo_text)
    assert guide_x() == start, names
    assert len({len(n) for n in names}) >= 3, f"short and long names: {names}"
    # The whole name is still there, for the pointer and for screen readers.
    assert view.undo_button.accessibleName() == meeting.undo_text
    assert view.undo_button.toolTip().startswith(meeting.undo_text)
