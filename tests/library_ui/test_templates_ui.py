"""The leader's own templates: saved from a meeting, offered on the start screen, managed there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.prepare import PreparePage


def combo_texts(window: MainWindow) -> list[str]:
    combo = window.start_page.template_combo
    return [combo.itemText(i) for i in range(combo.count())]


def choose(window: MainWindow, name: str) -> None:
    combo = window.start_page.template_combo
    combo.setCurrentIndex(next(i for i, t in enumerate(combo_texts(window)) if name in t))


def test_meeting_saved_as_template_is_offered_and_managed(qtbot: QtBot, window: MainWindow) -> None:
    view = window.new_meeting("team-meeting")
    prepare = view.current_page()
    assert isinstance(prepare, PreparePage)
    prepare.purpose_edit.clear()
    qtbot.keyClicks(prepare.purpose_edit, "Løntimer i fokus")
    assert prepare.save_as_template("Månedsmøde Nord") is not None
    assert "Månedsmøde Nord" in prepare.template_saved.text()
    window.close_meeting()

    assert any("Månedsmøde Nord (60 min)" in t for t in combo_texts(window))
    choose(window, "Månedsmøde Nord")
    menu = window.start_page.template_menu
    menu.update_actions()
    assert menu.delete.isEnabled(), "the leader's own template can be deleted"

    menu.favourite.trigger()
    assert combo_texts(window)[0].startswith("★ Månedsmøde Nord")

    new_view = window.new_meeting(window.start_page.template_combo.currentData())
    assert window.session is not None
    assert window.session.record.fup.purpose == "Løntimer i fokus"
    assert new_view.session.steps[1:] == view.session.steps[1:]
    window.close_meeting()

    choose(window, "Teammøde om data")
    menu.update_actions()
    assert not menu.delete.isEnabled(), "bundled templates can only be hidden"
    menu.hide_action.trigger()
    assert not any("Teammøde om data" in t for t in combo_texts(window))
    menu.update_actions()
    menu.show_hidden.trigger()
    assert any("Teammøde om data" in t for t in combo_texts(window))

    choose(window, "Månedsmøde Nord")
    menu.delete.trigger()
    assert not any("Månedsmøde Nord" in t for t in combo_texts(window))


def test_rehearsal_cannot_save_a_template(window: MainWindow) -> None:
    window.new_meeting("team-meeting")
    assert window.session is not None
    record_id = window.session.record.id
    window.close_meeting()
    rehearsal = window.rehearse_meeting(record_id)
    assert rehearsal is not None
    prepare = rehearsal.pages["prepare"]
    assert isinstance(prepare, PreparePage)
    assert not prepare.template_button.isEnabled()
