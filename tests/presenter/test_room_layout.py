"""The room's slide at every supported size: nothing drawn over anything, no text cut.

One window per size and kind of meeting; the test walks every step, every data
view and every UGU step with long Danish texts (a two-line perspective and more).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QListView, QWidget

from dialogtool.core.record import AskedQuestion, MeetingKind, PhaseId, Quadrant, UguStep
from dialogtool.core.slides import DataView
from dialogtool.ui.chart import BaseChart
from dialogtool.ui.presenter.audience import QUADRANT_FIELDS, AudienceWindow

from .conftest import Running

LONG = (
    "Hvordan oplever I selv, at borgerne får hjælp til tiden, når sagerne hober sig op "
    "hen over sommerferien, og hvad gør vi så?"
)
#: Tomm's fields get more long questions than fit at 1024×768: the last ones must give way
#: whole, never be cut mid-line (a field showed 2½ questions).
TOMM_QUESTIONS = (
    "Hvad lægger I mærke til i tallene for ventetid, når I sammenligner med sidste års "
    "sommerferie?",
    "Hvordan vil I forklare udviklingen for en borger, der har ventet længere end forventet?",
    "Hvem i teamet har de bedste erfaringer med at få sagerne færdige inden fristen?",
    "Hvad ville der ske, hvis vi om et halvt år stadig havde de samme tal?",
    "Hvilke af vores egne vaner gør det sværere for borgerne at få svar i tide?",
    "Hvad skulle der til, for at vi om tre måneder kunne fortælle en anden historie?",
)
PERSPECTIVE = (
    "Jeg ser, at ventetiden er steget to måneder i træk, og jeg tror, det hænger sammen "
    "med de nye sager fra kommunen og de tre nye kolleger, som stadig er ved at lære op."
)


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _parts(audience: AudienceWindow) -> list[QWidget]:
    """The slide's shown pieces: labels, lists, charts, boards and the perspective's frame."""
    root = audience.content
    pieces: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.parentWidget() is not root:
            continue
        if isinstance(widget, QLabel | QListView | BaseChart | QFrame) or widget in (
            audience.card_board,
            audience.tomm_board,
        ):
            pieces.append(widget)
    return pieces


def board_problems(audience: AudienceWindow) -> list[str]:
    """Tomm's fields show whole questions from the top, and count the ones left out."""
    slide = audience.slide
    if slide is None or not slide.board:
        return []
    problems = []
    for field in slide.board:
        label = audience.tomm_board.texts[QUADRANT_FIELDS[field.quadrant]]
        lines = label.text().split("\n") if label.text() else []
        shown = [line for line in lines if line.startswith("• ")]
        whole = [f"• {q}" for q in field.questions[: len(shown)]]
        left_out = len(field.questions) - len(shown)
        if shown != whole:
            problems.append(f"{field.quadrant.value} shows parts of questions: {shown}")
        if lines != shown + ([f"+{left_out} flere"] if left_out else []):
            problems.append(f"{field.quadrant.value} does not count the {left_out} left out")
    return problems


def room_problems(audience: AudienceWindow) -> list[str]:
    """Overlapping pieces, cut texts and charts whose axes are not whole."""
    problems = board_problems(audience)
    parts = _parts(audience)
    root = audience.content
    for index, first in enumerate(parts):
        for second in parts[index + 1 :]:
            if _rect(first, root).intersects(_rect(second, root)):
                problems.append(f"{first.objectName()} overlaps {second.objectName()}")
    labels = [w for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text()]
    for label in labels:
        need = (
            label.heightForWidth(label.width())
            if label.wordWrap()
            else label.minimumSizeHint().height()
        )
        if need > label.height() + 1:
            problems.append(f"{label.objectName()} {label.text()[:30]!r} is cut")
        bottom = label.mapTo(audience, QPoint(0, label.height())).y()
        if bottom > audience.height():
            problems.append(f"{label.objectName()} goes below the window")
    chart = audience.chart
    if chart is not None:
        item = chart.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            area = axis.mapRectToScene(axis.mapRectFromParent(axis.geometry()))
            line = QFontMetrics(axis.style["tickFont"] or axis.font()).height()
            if name == "left":  # the top value's label is centred on the plot's top edge
                area.adjust(0, -line / 2, 0, 0)
            elif (
                area.height()
                < max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][1] + line
            ):
                problems.append("the category labels have less than a line's height")
            if not chart.sceneRect().contains(area):
                problems.append(f"the chart's {name} axis is cut")
        if chart.height() < chart.minimumHeight():
            problems.append("the chart is squeezed")
    return problems


@pytest.mark.parametrize("kind", [MeetingKind.TEAM, MeetingKind.ONE_TO_ONE])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_nothing_on_the_room_s_slide_overlaps_or_is_cut(
    running: Running, size: tuple[int, int], kind: MeetingKind
) -> None:
    view, presenter = running.view, running.presenter
    session = view.session
    record = session.record
    record.kind = kind
    if kind == MeetingKind.ONE_TO_ONE:
        record.participants = record.participants[:1]
    record.fup.purpose = LONG
    record.fup.outcome = LONG
    for quadrant in Quadrant:
        record.questions += [
            AskedQuestion(category=f"tomm.{quadrant.value}", text=text) for text in TOMM_QUESTIONS
        ]
    session.start_meeting()
    presenter.start(from_start=False)
    audience = presenter.audience
    audience.resize(*size)
    problems: list[str] = []

    def check(where: str) -> None:
        _settle()
        problems.extend(f"{size} {kind.value} {where}: {p}" for p in room_problems(audience))

    for step in session.steps:
        view.go_to(step.value)
        if step == PhaseId.DATA:
            for indicator in record.indicators[:2]:
                session.set_indicator(indicator.indicator_id)
                item = session.discussion()
                assert item is not None
                item.team_noticed = "Vi lægger mærke til, at tallet er faldet"
                item.leader_perspective = PERSPECTIVE
                for data_view in (DataView.TREND, DataView.COMPARE, DataView.LATEST):
                    session.set_view(data_view)
                    for ugu in UguStep:
                        item.step = ugu
                        item.perspective_revealed_at = (
                            None if ugu == UguStep.EXPLORE else running.clock()
                        )
                        session.choose_question(LONG)
                        presenter.refresh()
                        check(f"{indicator.indicator_id} {data_view.value} {ugu.value}")
            continue
        session.choose_question(LONG)
        check(step.value)
        if step == PhaseId.TOMM:
            session.set_board_shown(True)
            check("tomm board")
            session.set_board_shown(False)
    presenter.stop()
    assert not problems, "\n".join(problems)


def test_the_room_s_window_keeps_the_projector_s_size_with_large_type(running: Running) -> None:
    """The screen sets the window's size, the slide's content never grows it.

    Under a real X server the window was 836 px high on a 768 px projector (its layout's
    minimum came from the slide at the type size of the moment): the foot of the slide,
    the source line, was off the screen. Large type (the leader's font scale) shows it here.
    """
    view, presenter = running.view, running.presenter
    session = view.session
    record = session.record
    session.start_meeting()
    presenter.start(from_start=False)
    audience = presenter.audience
    audience.set_font_scale(1.33)  # as 96 dpi (Xvfb, most laptops) against offscreen 72
    audience.resize(1024, 768)
    view.go_to(PhaseId.DATA.value)
    indicator = record.indicators[0]
    session.set_indicator(indicator.indicator_id)
    item = session.discussion()
    assert item is not None
    item.leader_perspective = PERSPECTIVE
    item.step = UguStep.EXPLORE_AGAIN
    item.perspective_revealed_at = running.clock()
    session.choose_question(LONG)
    presenter.refresh()
    _settle()
    assert (audience.width(), audience.height()) == (1024, 768)
    # Under X the window manager honours the minimum a layout gives the window; the slide
    # must give none, or a long slide pushes the window past the projector's edge.
    assert (audience.minimumWidth(), audience.minimumHeight()) == (0, 0)
    assert room_problems(audience) == []


def test_switching_the_room_s_view_keeps_the_window_its_screen_s_size(running: Running) -> None:
    """Sammenlign, then Udvikling for the first time: the window stays 1024x768, all whole."""
    view, presenter = running.view, running.presenter
    session = view.session
    session.start_meeting()
    presenter.start(from_start=False)
    audience = presenter.audience
    audience.resize(1024, 768)
    view.go_to("data")
    session.set_indicator(session.record.indicators[0].indicator_id)
    item = session.discussion()
    assert item is not None
    item.leader_perspective = PERSPECTIVE
    for data_view in (DataView.COMPARE, DataView.TREND, DataView.LATEST):
        session.set_view(data_view)
        session.choose_question(LONG)
        presenter.refresh()
        _settle()
        assert audience.size().toTuple() == (1024, 768), data_view
        assert room_problems(audience) == [], data_view
    presenter.stop()
