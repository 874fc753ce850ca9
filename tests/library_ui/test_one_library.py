"""One library everywhere: the user's own templates and hidden questions count on both screens."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.pages.tomm import TEXT_ROLE

from .helpers import MakeWindow


def script_texts(view: MeetingView) -> list[str]:
    model = view.presenter.script.model
    return [model.item(row).text() for row in range(model.rowCount())]


def scripts_of(view: MeetingView) -> dict[str, list[str]]:
    scripts = {}
    for step in view.session.steps:
        view.go_to(step.value)
        scripts[step.value] = script_texts(view)
    return scripts


def test_a_copied_template_gives_the_same_script_as_the_bundled_one(window: MainWindow) -> None:
    bundled = scripts_of(window.new_meeting("team-meeting"))
    copy = window.library.duplicate_template("team-meeting")
    own = scripts_of(window.new_meeting(copy.id))
    assert own == bundled
    assert len(bundled["tomm"]) >= 4 and len(bundled["data"]) >= 4


def offered_on_tomm_page(view: MeetingView) -> list[str]:
    tomm = view.pages["tomm"]
    return [
        box.model.item(row).data(TEXT_ROLE)
        for box in tomm.boxes.values()
        for row in range(box.model.rowCount())
    ]


def test_a_hidden_question_reaches_neither_screen(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    first = window.library.bank.get("tomm.detektiv.01")
    assert first is not None
    hidden_text = first.text.da
    view = window.new_meeting("team-meeting")
    view.go_to("tomm")
    # Offered to the leader (the room sees a question only once the leader chooses it).
    assert hidden_text in script_texts(view)
    assert any(hidden_text in text for text in offered_on_tomm_page(view))

    window.library.set_question_hidden("tomm.detektiv.01", True)
    view = window.new_meeting("team-meeting")
    view.presenter.start(from_start=False)
    for step in view.session.steps:
        view.go_to(step.value)
        assert hidden_text not in script_texts(view), step
        assert hidden_text != view.session.room_question(), step
        assert hidden_text != view.presenter.audience.question.text(), step
    offered = offered_on_tomm_page(view)
    assert offered and not any(hidden_text in text for text in offered)
    view.presenter.stop()
