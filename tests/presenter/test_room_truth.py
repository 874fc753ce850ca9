"""The room sees what the leader chose: the round's and Tomm's question, the view, the boards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dialogtool.core.record import Locus, PresentationEventKind, Quadrant, Scope
from dialogtool.core.summary import build_summary, render_markdown
from dialogtool.ui.chart import IndicatorChart
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.pages.explanations import ExplanationsPage
from dialogtool.ui.pages.rounds import RoundPage
from dialogtool.ui.pages.tomm import TommPage
from dialogtool.ui.views.compare import CompareChart

from .conftest import Running, widget_texts


def shown(run: Running, kind: PresentationEventKind) -> list[str]:
    return [e.detail for e in run.view.session.record.presentation_log if e.kind == kind]


def summary(run: Running) -> str:
    return render_markdown(build_summary(run.view.session.record, "da"))


def test_the_ticked_round_question_is_on_screen_in_the_log_and_in_the_summary(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    presenter.start(from_start=False)
    for step in ("checkin", "checkout"):
        view.go_to(step)
        page = view.pages[step]
        assert isinstance(page, RoundPage)
        item = page.question_model.item(2)  # neither the first nor the default one
        assert item.checkState() == Qt.CheckState.Unchecked
        item.setCheckState(Qt.CheckState.Checked)
        text = item.text()
        assert presenter.audience.question.text() == text
        assert text in widget_texts(presenter.audience)
        assert shown(running, PresentationEventKind.QUESTION_SHOWN)[-1] == text
        assert text in summary(running)


def test_the_question_marked_asked_in_tomm_is_the_room_s(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    presenter.start(from_start=False)
    view.go_to("tomm")
    page = view.pages["tomm"]
    assert isinstance(page, TommPage)
    box = page.boxes[Quadrant.KAPTAJN]
    box.view.setCurrentIndex(box.model.index(3, 0))
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    text = str(box.model.index(3, 0).data(Qt.ItemDataRole.UserRole + 2))
    assert presenter.audience.question.text() == text
    assert shown(running, PresentationEventKind.QUESTION_SHOWN)[-1] == text
    assert text in summary(running)
    checkin_questions = {
        q.text for q in view.session.record.questions if q.phase.value == "checkin"
    }
    assert presenter.audience.question.text() not in checkin_questions

    qtbot.mouseClick(presenter.bar.board, Qt.MouseButton.LeftButton)
    board = presenter.audience.tomm_board
    assert not board.isHidden()
    assert any(text in label.text() for label in board.findChildren(QLabel))
    assert shown(running, PresentationEventKind.BOARD_SHOWN) == [""]
    qtbot.mouseClick(presenter.bar.board, Qt.MouseButton.LeftButton)
    assert board.isHidden()


def test_the_chosen_view_is_what_the_room_sees_but_never_the_rows(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    presenter.start(from_start=False)
    view.go_to("data")
    page = view.pages["data"]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    audience = presenter.audience
    assert isinstance(audience.chart, IndicatorChart)

    qtbot.mouseClick(page.views.buttons.button(1), Qt.MouseButton.LeftButton)  # Sammenlign
    assert isinstance(audience.chart, CompareChart), "the organisational yardstick"
    indicator = view.session.indicator_id
    assert shown(running, PresentationEventKind.VIEW_SHOWN)[-1] == f"{indicator}:compare:Team Nord"

    qtbot.mouseClick(page.views.buttons.button(3), Qt.MouseButton.LeftButton)  # Detaljer
    assert isinstance(audience.chart, CompareChart), "the rows stay private, the room's chart stays"
    assert shown(running, PresentationEventKind.VIEW_SHOWN)[-1] == f"{indicator}:compare:Team Nord"
    assert presenter.bar.room_view.full_text() == "Skærmen viser: Sammenlign"
    assert presenter.bar.room_view.isVisible()


def test_the_explanation_board_is_on_the_room_s_screen(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    presenter.start(from_start=False)
    view.go_to("explanations")
    page = view.pages["explanations"]
    assert isinstance(page, ExplanationsPage)
    box = page.boxes[(Locus.EXTERNAL, Scope.INDIVIDUAL)]
    qtbot.keyClicks(box.new_card, "Én kollega har været syg i tre måneder")
    qtbot.keyClick(box.new_card, Qt.Key.Key_Return)
    board = presenter.audience.card_board
    assert not board.isHidden()
    field = board.texts[(1, 0)]  # external and individual
    assert "Én kollega har været syg i tre måneder" in field.text()


def test_the_room_s_legend_leaves_the_chart_its_room(qtbot: QtBot, running: Running) -> None:
    """From the small preview to the projector's size, as `dialogtool screenshots` does it."""
    view, presenter = running.view, running.presenter
    view.session.start_meeting()
    view.go_to("data")
    page = view.pages["data"]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    presenter.start(from_start=False)
    audience = presenter.audience
    qtbot.waitUntil(lambda: audience.chart is not None and bool(audience.chart.legend.items))
    for _ in range(4):
        QApplication.processEvents()
    audience.resize(1024, 768)
    for _ in range(4):
        QApplication.processEvents()
    chart = audience.chart
    assert chart is not None
    size = f"{audience.point_size('small')}pt"
    assert {label.opts.get("size") for _sample, label in chart.legend.items} == {size}
    assert chart.legend.columnCount > 1, "side by side: the legend takes rows from the lines"


def test_a_pasted_link_never_widens_the_room_s_window(qtbot: QtBot, running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.go_to("checkin")
    presenter.start(from_start=False)
    audience = presenter.audience
    audience.resize(1024, 768)
    link = "https://www.jobindsats.dk/jobindsats/" + "x" * 300
    view.session.choose_question(link)
    for _ in range(4):
        QApplication.processEvents()
    assert audience.question.text() == link
    assert audience.width() == 1024 and audience.minimumSizeHint().width() <= 1024
