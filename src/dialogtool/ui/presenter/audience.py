"""The audience window: what the room sees on the projector, and nothing else.

It renders a ``core.slides.Slide`` (public content only) in a
high-contrast look whose type grows with the window: at 1024×768 and font
scale 100 % a question is set in 34 pt. B and W put a black or white screen in
front of everything; the content widgets are hidden meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import wording
from dialogtool.core.context import latest_line, trust_line
from dialogtool.core.formatting import day
from dialogtool.core.record import IndicatorSnapshot, Locus, PhaseId, Quadrant, Scope, UguStep
from dialogtool.core.review import line_parts, line_text
from dialogtool.core.slides import DataView, Slide
from dialogtool.core.timing import TimeLevel
from dialogtool.ui import labels
from dialogtool.ui.language import ui_lang
from dialogtool.ui.presenter.board import Board
from dialogtool.ui.presenter.fit import SMALLEST, fit_factor, needed_height
from dialogtool.ui.presenter.hanging import HangingList, hanging_item
from dialogtool.ui.presenter.keys import Action, action_for
from dialogtool.ui.presenter.room_screen import RoomScreen
from dialogtool.ui.theme import set_style_state

if TYPE_CHECKING:
    from dialogtool.ui.chart import BaseChart

BASE_SIZE = QSize(1024, 768)
#: The chart's least share of the window's height; the texts fit around it.
CHART_SHARE = 0.3
ACCENT = "#0b3954"
PASSED_COLOUR = QColor("#6b6b6b")

#: Point sizes at 1024×768 and scale 1.0.
SIZES = {
    "title": 24,
    "question": 34,
    "text": 28,
    "caption": 20,
    "list": 24,
    "countdown": 36,
    "small": 16,
}

STYLE = """
QWidget#audienceContent {{ background: #ffffff; }}
QWidget#audienceContent QLabel {{ color: #000000; }}
QLabel#audienceTitle {{ font-size: {title}pt; font-weight: 700; color: {accent}; }}
QLabel#audienceQuestion {{ font-size: {question}pt; font-weight: 600; }}
QLabel#audienceText {{ font-size: {text}pt; }}
QLabel#audienceCaption {{ font-size: {caption}pt; font-weight: 700; color: {accent}; }}
QLabel#audienceSmall {{ font-size: {small}pt; color: #1a1a1a; }}
QLabel#audienceLatest {{ font-size: {list}pt; font-weight: 600; }}
QLabel#audienceCountdown, QLabel#audienceTimer {{
    font-size: {countdown}pt; font-weight: 700; padding: 2px 14px; border-radius: 10px;
}}
QLabel#audienceTimer {{ font-size: {list}pt; }}
QWidget#audienceContent QLabel[level="warning"] {{ background: #ffd27a; color: #000000; }}
QWidget#audienceContent QLabel[level="urgent"] {{ background: #e66100; color: #ffffff; }}
QWidget#audienceContent QLabel[level="overrun"] {{ background: #b00020; color: #ffffff; }}
QFrame#audiencePerspective {{ border-left: 10px solid #0072B2; background: #e8f1fa; }}
QFrame#boardField {{ border: 3px solid #333333; border-radius: 12px; background: #ffffff; }}
QLabel#boardCaption {{ font-size: {caption}pt; font-weight: 700; color: {accent}; }}
QLabel#boardText {{ color: #000000; }}
QListView {{ font-size: {list}pt; border: none; background: #ffffff; color: #000000; }}
QListView::item {{
    border: 2px solid #333333; border-radius: 10px; padding: 6px 16px; margin: 6px;
}}
QListView#actions::item {{ border: none; padding: 2px 0px; margin: 0px; }}
QListView::item:selected {{ background: #0072B2; color: #ffffff; border-color: #0072B2; }}
QWidget#blank[shade="black"] {{ background: #000000; }}
QWidget#blank[shade="white"] {{ background: #ffffff; }}
"""


class Blank(Enum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


@dataclass(frozen=True)
class TimerText:
    text: str
    level: TimeLevel


def show_timer(label: QLabel, timer: TimerText | None) -> None:
    """A countdown label: hidden without a timer, coloured by how the time stands."""
    label.setVisible(timer is not None)
    if timer is not None:
        label.setText(timer.text)
        set_style_state(label, "level", timer.level.value)


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:  # a word longer than the screen (a pasted link) must not widen the room's window
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class FitListView(QListView):
    """A list as tall as its items (wrapped to the width), so nothing is cut off."""

    def sizeHint(self) -> QSize:
        height = self.contentsSize().height() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.updateGeometry()


def _list(
    name: str, flow: QListView.Flow, kind: type[QListView] = FitListView
) -> tuple[QListView, QStandardItemModel]:
    view = kind()
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    view.setObjectName(name)
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setFlow(flow)
    view.setWrapping(flow == QListView.Flow.LeftToRight)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setWordWrap(True)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # The current speaker is shown as the selected item; the room cannot click anyway.
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view, model


#: Where each field of the game board sits: columns external/internal, rows collective/individual.
CARD_FIELDS: dict[tuple[Locus, Scope], tuple[int, int]] = {
    (Locus.EXTERNAL, Scope.COLLECTIVE): (0, 0),
    (Locus.INTERNAL, Scope.COLLECTIVE): (0, 1),
    (Locus.EXTERNAL, Scope.INDIVIDUAL): (1, 0),
    (Locus.INTERNAL, Scope.INDIVIDUAL): (1, 1),
}
#: Tomm's 2×2: clarity and action on top, reflection below; orienting left, influencing right.
QUADRANT_FIELDS: dict[Quadrant, tuple[int, int]] = {
    Quadrant.DETEKTIV: (0, 0),
    Quadrant.KAPTAJN: (0, 1),
    Quadrant.ANTROPOLOG: (1, 0),
    Quadrant.FREMTIDSFORSKER: (1, 1),
}


def _make_chart(view: DataView) -> BaseChart:
    """The room's chart for ``view`` (pyqtgraph loads only when a chart is first shown)."""
    if view == DataView.COMPARE:
        from dialogtool.ui.views.compare import CompareChart

        return CompareChart()
    if view == DataView.LATEST:
        from dialogtool.ui.views.latest import LatestChart

        return LatestChart()
    from dialogtool.ui.chart import IndicatorChart

    return IndicatorChart()


class AudienceWindow(QWidget):
    """A top-level window owned by the meeting view; closes with it."""

    keyAction = Signal(object)  # keys.Action
    #: A new slide is on the room's screen (the presentation log listens).
    slideShown = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setWindowTitle(self.tr("dialogtool – den fælles skærm"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.font_scale = 1.0
        #: A restyle asked for while hidden, done when the window is shown.
        self._restyle_on_show = True
        #: How much the type is set down so that the slide's texts fit whole (``fit``).
        self.fit = 1.0
        #: The height the slide needed when its type was last chosen (None: choose anew).
        self._fitted_need: int | None = None
        #: The type factor and window size the charts were last styled for.
        self._charts_style: tuple[float, tuple[int, int]] | None = None
        self.blank_mode = Blank.NONE
        self.slide: Slide | None = None
        #: The chart of each view, made when the room first sees that view.
        self.charts: dict[DataView, BaseChart] = {}
        #: (view, snapshot, team) the slide shows, and what each view's chart last drew;
        #: snapshots are immutable once taken, so an equal pair needs no drawing.
        self._chart_wanted: tuple[DataView, IndicatorSnapshot | None, str] | None = None
        self._chart_drawn: dict[DataView, tuple[IndicatorSnapshot | None, str]] = {}
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._chart_timer.timeout.connect(self._draw_chart)

        self.stack = QStackedLayout(self)
        # The screen decides the window's size, never its content: the type shrinks to fit
        # (``restyle``). Left to the layout, a tall slide made the window 836 px high on a
        # 768 px projector under a real X server, and the foot of the slide was off screen.
        self.stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.content = QWidget()
        self.content.setObjectName("audienceContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.blank = QWidget()
        self.blank.setObjectName("blank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank)

        column = QVBoxLayout(self.content)
        column.setContentsMargins(48, 28, 48, 28)
        column.setSpacing(14)
        header = QHBoxLayout()
        self.title = _label("audienceTitle")
        self.countdown = _label("audienceCountdown", wrap=False)
        header.addWidget(self.title, 1)
        header.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(header)

        self.purpose_caption = _label("audienceCaption")
        self.purpose = _label("audienceText")
        self.outcome_caption = _label("audienceCaption")
        self.outcome = _label("audienceText")
        self.purpose_caption.setText(self.tr("Formål"))
        self.outcome_caption.setText(self.tr("Udbytte"))
        for widget in (self.purpose_caption, self.purpose, self.outcome_caption, self.outcome):
            column.addWidget(widget)

        self.step = _label("audienceCaption")
        column.addWidget(self.step)
        self.question = _label("audienceQuestion")
        column.addWidget(self.question)

        self.chart_area = QVBoxLayout()
        self.chart_area.setSpacing(6)
        self.indicator_name = _label("audienceText")
        self.chart_area.addWidget(self.indicator_name)
        self.predict = _label("audienceQuestion")
        self.predict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_area.addWidget(self.predict, 1)
        self.latest = _label("audienceLatest")
        self.source = _label("audienceSmall")
        column.addLayout(self.chart_area, 1)

        self.card_board = Board(
            [
                (f"{labels.locus(locus)} · {labels.scope(scope)}", (row, column))
                for (locus, scope), (row, column) in CARD_FIELDS.items()
            ]
        )
        column.addWidget(self.card_board, 1)
        self.tomm_board = Board(
            [(labels.quadrant(q), position) for q, position in QUADRANT_FIELDS.items()]
        )
        column.addWidget(self.tomm_board, 1)

        self.perspective_box = QFrame()
        self.perspective_box.setObjectName("audiencePerspective")
        box = QVBoxLayout(self.perspective_box)
        box.setContentsMargins(20, 8, 12, 8)
        self.perspective_caption = _label("audienceCaption")
        self.perspective_caption.setText(self.tr("Lederens perspektiv"))
        self.perspective = _label("audienceText")
        box.addWidget(self.perspective_caption)
        box.addWidget(self.perspective)
        column.addWidget(self.perspective_box)

        self.groups_caption = _label("audienceCaption")
        column.addWidget(self.groups_caption)
        self.speakers, self.speaker_model = _list("speakers", QListView.Flow.LeftToRight)
        self.groups, self.group_model = _list("groups", QListView.Flow.LeftToRight)
        self.action_list, self.action_model = _list(
            "actions", QListView.Flow.TopToBottom, HangingList
        )
        self.speakers.setAccessibleName(self.tr("Rækkefølgen i runden"))
        self.groups.setAccessibleName(self.tr("Grupper"))
        self.action_list.setAccessibleName(self.tr("Handlinger"))
        for view in (self.speakers, self.groups, self.action_list):
            column.addWidget(view)
        timers = QHBoxLayout()
        self.speaker_timer = _label("audienceTimer", wrap=False)
        self.group_timer = _label("audienceTimer", wrap=False)
        timers.addWidget(self.speaker_timer)
        timers.addWidget(self.group_timer)
        timers.addStretch(1)
        column.addLayout(timers)
        self.follow_up = _label("audienceText")
        column.addWidget(self.follow_up)
        column.addWidget(self.latest)
        column.addWidget(self.source)
        #: How to join from a phone, and the room's answers once revealed (issue 21).
        self.room_screen = RoomScreen()
        column.addWidget(self.room_screen)
        # Takes the free space when no chart does, so the text stays at the top.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.filler)

        self.restyle()
        self.set_blank(Blank.NONE)
        self.show_timers(None, None, None)

    # -- look ------------------------------------------------------------------
    def unit(self) -> float:
        size = self.size()
        return (
            min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height())
            * self.font_scale
            * self.fit
        )

    def point_size(self, role: str) -> float:
        return round(SIZES[role] * self.unit(), 1)

    def restyle(self) -> None:
        """Set the type for the window's size, as large as lets the slide fit (``fit``).

        Only while the window is shown: opening a meeting builds it hidden, and measuring
        its slide at every type size then cost the first *Opret møde* ~20 ms a time
        (issue 18). A hidden window is restyled when it is shown.
        """
        if not self.isVisible():
            self._restyle_on_show = True
            return
        self._restyle_on_show = False
        chart_height = max(160, round(CHART_SHARE * self.height()))
        for chart in self.charts.values():
            chart.setMinimumHeight(chart_height)
        column = self.content.layout()
        assert column is not None

        def measure(factor: float) -> int:
            self.fit = factor
            sizes = {role: self.point_size(role) for role in SIZES}
            style = STYLE.format(accent=ACCENT, **sizes)
            if style != self.styleSheet():
                self.setStyleSheet(style)
            # The boards' items: between the list's size and the small print, never smaller
            # than the slide's lists are ever set (its smallest type).
            least = max(self.point_size("small"), self.point_size("list") / factor * SMALLEST)
            for board in (self.card_board, self.tomm_board):  # after the sheet: its own type
                board.set_type(self.point_size("list"), least)
            return needed_height(column, self.width())

        # Keep the type where it is while the slide still fits: every other size is a new
        # style sheet for the whole window (~7 ms each, and the search tried up to four on
        # every key typed into the leader's perspective: 35 ms a key).
        # A larger type is tried again only when the slide needs less than it did (a line
        # deleted), or the window or the text size changed (``_fitted_need`` is None then).
        current = min(self.fit, 1.0)
        need = measure(current)
        available = self.height()
        grown = self._fitted_need is not None and need >= self._fitted_need
        if (need <= available and (current >= 1.0 or grown)) or (
            need > available and current <= SMALLEST and grown
        ):  # it fits as it is, or it is as small as the slide goes
            self.fit = current
        else:
            self.fit = fit_factor(measure, available, start=1.0 if need <= available else current)
            need = needed_height(column, self.width())
        self._fitted_need = need
        charts_style = (self.fit, self.size().toTuple())
        if charts_style != self._charts_style:  # restyled charts repaint: not on every key
            self._charts_style = charts_style
            for chart in self.charts.values():
                self._style_chart(chart)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._fitted_need = None
        self.restyle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fitted_need = None
        self.restyle()

    def _style_chart(self, chart: BaseChart) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.point_size("small"))
        chart.set_tick_font(font)
        size = f"{self.point_size('small')}pt"
        chart.legend.setLabelTextSize(size)
        for _sample, label in chart.legend.items:  # pyqtgraph applies a size on the next text
            label.setText(label.text, size=size)
        chart.fit_legend()  # as few rows as the new type size allows: the lines keep the room

    # -- content ---------------------------------------------------------------
    def show_slide(self, slide: Slide) -> None:
        if slide == self.slide:
            return
        previous, self.slide = self.slide, slide
        phase = slide.phase
        self.title.setText(labels.phase(phase) if phase else slide.meeting_title)
        framing = phase in (None, PhaseId.FRAMING)
        self.purpose.setText(slide.purpose)
        self.outcome.setText(slide.outcome)
        for caption, text in (
            (self.purpose_caption, self.purpose),
            (self.outcome_caption, self.outcome),
        ):
            shown = framing and bool(text.text())
            caption.setVisible(shown)
            text.setVisible(shown)
        question = slide.group_question if slide.groups else slide.question
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self._show_data(slide)
        self._show_boards(slide)
        # The lists are rebuilt only when they changed: typing elsewhere relayouts nothing.
        if previous is None or (previous.speakers, previous.groups) != (
            slide.speakers,
            slide.groups,
        ):
            self._show_people(slide)
        if previous is None or (
            previous.phase,
            previous.actions,
            previous.follow_up,
            previous.reviews,
        ) != (slide.phase, slide.actions, slide.follow_up, slide.reviews):
            self._show_actions(slide)
        self.restyle()  # the new texts may need more room, or give some back
        self.slideShown.emit(slide)

    def _show_data(self, slide: Slide) -> None:
        snapshot = slide.indicator
        steps = {
            UguStep.EXPLORE: wording.say("room_explore", slide.kind, ui_lang()),
            UguStep.GIVE: self.tr("Trin 2 af 3 · Lederen giver sit perspektiv"),
            UguStep.EXPLORE_AGAIN: self.tr("Trin 3 af 3 · Undersøg igen: giver det mening?"),
        }
        if slide.direction_first:
            steps[UguStep.GIVE] = self.tr("Lederen sætter retningen")
            steps[UguStep.EXPLORE_AGAIN] = self.tr("Undersøg: hvordan når vi derhen?")
        self.step.setText(steps[slide.ugu_step] if slide.ugu_step else "")
        self.step.setVisible(slide.ugu_step is not None)
        shown = snapshot is not None
        self.indicator_name.setVisible(shown)
        self.source.setVisible(shown)
        self.predict.setVisible(shown and slide.chart_hidden)
        if snapshot is not None:
            self.indicator_name.setText(snapshot.name)
            self.predict.setText(wording.say("room_predict", slide.kind, ui_lang()))
            self.source.setText(trust_line(snapshot, ui_lang()))
        chart_shown = shown and not slide.chart_hidden
        # The number itself only with the chart: a team asked to guess first must not see it.
        latest = latest_line(snapshot, slide.team, ui_lang()) if snapshot and chart_shown else ""
        self.latest.setText(latest)
        self.latest.setVisible(bool(latest))
        self.filler.setVisible(not shown and not slide.cards and not slide.board)
        chart = self._chart(slide.view) if chart_shown else None
        if chart is not None:
            self._chart_wanted = (slide.view, snapshot, slide.team)
            self._chart_timer.start()  # drawn once per event-loop turn, and only when seen
        for each in self.charts.values():
            each.setVisible(each is chart)
        self.perspective_caption.setText(
            self.tr("Lederens retning") if slide.direction_first else self.tr("Lederens perspektiv")
        )
        self.perspective.setText(slide.perspective or "")
        self.perspective_box.setVisible(bool(slide.perspective))

    @property
    def chart(self) -> BaseChart | None:
        """The chart the room sees now, if any."""
        return next((c for c in self.charts.values() if not c.isHidden()), None)

    def _draw_chart(self) -> None:
        """Draw the chart the slide wants, unless hidden or already drawn (then on show)."""
        if self._chart_wanted is None or not self.isVisible():
            return
        view, snapshot, team = self._chart_wanted
        if self._chart_drawn.get(view) == (snapshot, team):
            return
        self._chart_drawn[view] = (snapshot, team)
        chart = self._chart(view)
        chart.show_snapshot(snapshot, team)
        chart.getPlotItem().setTitle(None)
        # New legend entries get the room's type size, and the slide is fitted again: a
        # first-drawn chart's legend (three rows for a trend) made the window taller than
        # its screen when the room switched from Sammenlign to Udvikling.
        self.restyle()

    def draw_chart_now(self) -> None:
        """Draw the slide's chart at once (a picture of the slide is about to be taken)."""
        self._chart_timer.stop()
        self._draw_chart()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._restyle_on_show:
            self.restyle()
        self._draw_chart()

    def _chart(self, view: DataView) -> BaseChart:
        chart = self.charts.get(view)
        if chart is None:
            chart = _make_chart(view)
            chart.setObjectName(f"audienceChart_{view.value}")
            chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.chart_area.insertWidget(1, chart, 1)
            self._style_chart(chart)
            self.charts[view] = chart
        return chart

    def _show_boards(self, slide: Slide) -> None:
        cards: dict[tuple[int, int], list[str]] = {pos: [] for pos in CARD_FIELDS.values()}
        for card in slide.cards:
            cards[CARD_FIELDS[(card.locus, card.scope)]].append(card.text)
        self.card_board.show_texts(cards)
        self.card_board.setVisible(bool(slide.cards))
        asked = {QUADRANT_FIELDS[f.quadrant]: list(f.questions) for f in slide.board}
        self.tomm_board.show_texts(asked)
        self.tomm_board.setVisible(bool(slide.board))

    def _show_people(self, slide: Slide) -> None:
        self.speaker_model.clear()
        for speaker in slide.speakers:
            item = QStandardItem(speaker.name + (self.tr(" (står over)") if speaker.passed else ""))
            if speaker.passed:
                item.setForeground(QBrush(PASSED_COLOUR))
            self.speaker_model.appendRow(item)
            if speaker.current:
                self.speakers.setCurrentIndex(item.index())
        self.speakers.setVisible(bool(slide.speakers) and not slide.groups)
        self.group_model.clear()
        for number, names in enumerate(slide.groups, start=1):
            title = self.tr("Gruppe %1").replace("%1", str(number))
            self.group_model.appendRow(QStandardItem(title + "\n" + "\n".join(names)))
        self.groups.setVisible(bool(slide.groups))
        self.groups_caption.setText(self.tr("I grupper – bagefter samler vi op"))
        self.groups_caption.setVisible(bool(slide.groups))

    def _show_actions(self, slide: Slide) -> None:
        self.action_model.clear()
        lang = ui_lang()
        for action in slide.actions:
            details = [x for x in (action.owner, action.due and day(action.due, lang)) if x]
            suffix = f" – {', '.join(details)}" if details else ""
            text = f"{action.text}{suffix}"
            self.action_model.appendRow(hanging_item("•", [text], f"• {text}"))
        for item in slide.reviews:  # "Siden sidst": status and the indicator's movement
            mark, line, move = line_parts(item, lang)
            self.action_model.appendRow(hanging_item(mark, [line, move], line_text(item, lang)))
        if slide.phase == PhaseId.REVIEW and not slide.reviews:  # a team's first meeting
            self.action_model.appendRow(
                QStandardItem(
                    self.tr("Ingen handlinger fra tidligere møder at følge op på – vi går videre.")
                )
            )
        self.action_list.setVisible(self.action_model.rowCount() > 0)
        self.follow_up.setText(
            self.tr("Vi følger op den %1").replace("%1", day(slide.follow_up, lang))
            if slide.follow_up
            else ""
        )
        self.follow_up.setVisible(slide.follow_up is not None)

    def show_timers(
        self, phase: TimerText | None, speaker: TimerText | None, groups: TimerText | None
    ) -> None:
        show_timer(self.countdown, phase)
        show_timer(self.speaker_timer, speaker)
        show_timer(self.group_timer, groups)

    # -- black and white screen ------------------------------------------------
    def set_blank(self, mode: Blank) -> None:
        self.blank_mode = mode
        if mode == Blank.NONE:
            self.stack.setCurrentWidget(self.content)
            return
        set_style_state(self.blank, "shade", mode.value)
        self.stack.setCurrentWidget(self.blank)

    # -- keys ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        action: Action | None = action_for(event.key(), event.modifiers())
        if action is None:
            super().keyPressEvent(event)
            return
        self.keyAction.emit(action)
