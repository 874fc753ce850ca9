"""The presenter's tools through the real widgets: timers, red thread, spinner, groups,
talk tally, bridge question, predict-then-reveal, and type big enough for a projector."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from dialogtool.core.dialogue import speaking_order
from dialogtool.core.record import PhaseId, PresentationEventKind
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.presenter import settings

from .conftest import T0, Running, widget_texts


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def events(run: Running, kind: PresentationEventKind) -> list[str]:
    return [e.detail for e in run.view.session.record.presentation_log if e.kind == kind]


def test_countdown_warns_overruns_and_the_red_thread_prompts(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter, clock = running.view, running.presenter, running.clock
    view.go_to("checkin")
    presenter.start(from_start=False)
    record = view.session.record
    for plan in record.phases:  # the meeting began at T0 on the test's clock
        if plan.started_at is not None:
            plan.started_at = plan.entered_at = T0
    bar, audience = presenter.bar, presenter.audience

    clock.advance(2.5)
    presenter.update_timers()
    assert (bar.phase_timer.text(), bar.phase_timer.property("level")) == ("2:30", "running")
    assert audience.countdown.text() == "2:30"
    clock.advance(1.5)  # a fifth of the five minutes left
    presenter.update_timers()
    assert bar.phase_timer.property("level") == "warning"
    assert audience.countdown.property("level") == "warning"
    clock.advance(1.5)
    presenter.update_timers()
    assert bar.phase_timer.text() == "+0:30 over tid"
    assert audience.countdown.isHidden(), "the room sees the overrun only if the leader chose so"
    presenter.update_timers()
    assert events(running, PresentationEventKind.OVERRUN) == [""]
    assert not bar.prompt.isVisible()

    clock.now = T0.replace(minute=30)  # halfway through the one-hour meeting
    presenter.update_timers()
    assert bar.prompt.isVisible() and "halvvejs" in bar.prompt_text.text()
    assert "halvvejs" not in audience.title.text() + audience.question.text()
    assert events(running, PresentationEventKind.RED_THREAD) == ["halfway"]


def test_shuffled_order_spins_then_lands_on_a_seeded_order_of_everyone(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("checkout")
    presenter.start(from_start=False)
    with qtbot.waitSignal(presenter.spinFinished):
        click(qtbot, presenter.people.shuffle_button)
    record = view.session.record
    ids = [p.id for p in record.participants]
    order = record.dialogue.order
    assert Counter(order) == Counter(ids)
    seed = int(events(running, PresentationEventKind.SPEAKING_ORDER)[-1].removeprefix("seed="))
    assert speaking_order(ids, seed) == order  # the room's order can be told again
    names = {p.id: p.name for p in record.participants}
    model = presenter.audience.speaker_model
    assert [model.item(r).text() for r in range(model.rowCount())] == [names[i] for i in order]
    assert presenter.audience.speakers.currentIndex().row() == 0  # the first has the word

    click(qtbot, presenter.people.pass_button)
    assert model.item(0).text().endswith("(står over)")
    assert presenter.audience.speakers.currentIndex().row() == 1
    assert record.checkout[[e.participant_id for e in record.checkout].index(order[0])].passed


def test_small_groups_cover_everyone_once_and_gather_up(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("tomm")
    presenter.start(from_start=False)
    presenter.people.group_size.setValue(2)
    click(qtbot, presenter.people.groups_button)
    record = view.session.record
    groups = record.dialogue.groups
    assert Counter(p for g in groups for p in g) == Counter(p.id for p in record.participants)
    assert [len(g) for g in groups] == [2, 2, 2]
    audience = presenter.audience
    assert audience.group_model.rowCount() == 3 and audience.groups.isVisible()
    assert audience.group_timer.text() == "Tid i grupperne: 5:00"
    assert events(running, PresentationEventKind.GROUPS_SHOWN)[-1].endswith("size=2")
    click(qtbot, presenter.people.gather_button)
    assert not audience.groups.isVisible()


def test_talk_tally_shows_to_the_presenter_only_at_checkout(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("checkin")
    people = presenter.people
    people.view.setCurrentIndex(people.model.index(0, 0))
    click(qtbot, people.tally_button)
    assert "%" not in people.model.item(0).text()
    assert not people.tally_title.isVisibleTo(people)
    view.go_to("checkout")
    assert people.tally_title.isVisibleTo(people)
    first = people.model.item(0).text()
    assert first.startswith("Åse Ødegård · 3 (")  # two in the example, one tapped here
    leader = people.model.item(people.model.rowCount() - 1).text()
    assert leader.startswith("Dig (leder) · 3 (")
    assert not any(" · 3 (" in text for text in widget_texts(presenter.audience))


def test_bridge_question_shows_on_the_presenter_screen_only(qtbot: QtBot, running: Running) -> None:
    presenter = running.presenter
    running.view.go_to("tomm")
    presenter.start(from_start=False)
    click(qtbot, presenter.bar.bridge)
    assert presenter.bar.prompt.isVisibleTo(presenter.bar)
    assert "resten af jer" in presenter.bar.prompt_text.text()
    audience = presenter.audience
    assert "resten af jer" not in audience.question.text() + audience.title.text()


def test_predict_then_reveal_hides_the_chart_until_the_leader_reveals_it(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("data")
    presenter.start(from_start=False)
    data = view.pages["data"]
    assert isinstance(data, DataPage)
    data.indicator_view.setCurrentIndex(data.indicator_model.index(0, 0))
    audience = presenter.audience
    assert audience.chart is not None and audience.chart.isVisible()
    click(qtbot, presenter.bar.predict)  # the team guesses first
    assert audience.chart is None and audience.predict.isVisible()
    click(qtbot, presenter.bar.reveal)
    assert audience.chart is not None and audience.chart.isVisible()
    assert not audience.predict.isVisible()
    item = view.session.record.indicators[0]
    assert events(running, PresentationEventKind.CHART_REVEALED) == [item.indicator_id]


def test_questions_are_at_least_28_points_at_1024x768(qtbot: QtBot, running: Running) -> None:
    running.view.go_to("checkin")
    presenter = running.presenter
    presenter.start(from_start=False)
    audience = presenter.audience
    audience.resize(1024, 768)
    qtbot.waitUntil(lambda: audience.size().width() == 1024)
    assert audience.question.text()
    assert audience.question.font().pointSizeF() >= 28
    running.view.session.choose_question("Hvad undrer jer mest?")
    assert audience.question.text() == "Hvad undrer jer mest?"
    assert events(running, PresentationEventKind.QUESTION_SHOWN)[-1] == "Hvad undrer jer mest?"
    assert PhaseId.CHECKIN in {e.phase for e in running.view.session.record.presentation_log}


def test_one_screen_gives_a_preview_window_or_full_screen_when_mirrored(
    qtbot: QtBot, running: Running
) -> None:
    presenter = running.presenter
    presenter.start(from_start=True)
    audience = presenter.audience
    qtbot.waitUntil(audience.isVisible)
    assert not audience.isFullScreen()
    area = audience.screen().availableGeometry()
    assert audience.width() < area.width() * 0.6, "a preview leaves the leader's controls free"
    assert abs(audience.width() * 3 - audience.height() * 4) <= 4
    assert audience.windowType() == Qt.WindowType.Tool, "stays above the leader's window"

    menu = presenter.bar.screen_menu
    menu.aboutToShow.emit()
    texts = {action.text(): action for action in menu.actions()}
    screen_action = next(a for t, a in texts.items() if t.startswith("1: "))
    screen_action.trigger()
    texts["Spejling: fuld skærm på den eneste skærm"].trigger()
    qtbot.waitUntil(audience.isFullScreen)
    assert audience.windowType() == Qt.WindowType.Window
    assert settings.mirror()
    screens = QGuiApplication.screens()
    assert settings.chosen_screen(screens) is screens[0]  # remembered for next time
    assert audience.windowHandle().screen() is screens[0]
