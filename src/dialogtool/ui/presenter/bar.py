"""The presenter's strip above the navigation: step, timers, screen controls and prompts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
)

from dialogtool.ui.fitting_labels import ElidedLabel, ElidingButton
from dialogtool.ui.preferences import (
    CHIME,
    COUNTDOWN_FOR_ROOM,
    FONT_SCALE,
    MIRROR,
    OVERRUN_FOR_ROOM,
    SCREEN,
    Setting,
    preferences,
)
from dialogtool.ui.presenter import settings
from dialogtool.ui.presenter.audience import TimerText, show_timer
from dialogtool.ui.theme import set_style_state

#: The bar's own look; its colours that a theme changes (the bar, the schedule, the
#: leader's prompt) are in ``ui/theme.py``, where the high-contrast theme can override them.
STYLE = """
QLabel#nowNext { font-size: 12pt; }
QLabel#phaseTimer, QLabel#meetingTimer {
    font-size: 13pt; font-weight: 700; padding: 1px 8px; border-radius: 6px;
}
QLabel#meetingTimer { font-weight: 400; }
QLabel[level="warning"] { background: #ffd27a; color: #000000; }
QLabel[level="urgent"] { background: #e66100; color: #ffffff; }
QLabel#blankBanner {
    background: #111111; color: #ffffff; font-size: 13pt; font-weight: 700; padding: 4px 10px;
}
QLabel#blankBanner[shade="white"] { background: #ffffff; color: #000000; border: 2px solid #111111; }
QLabel[level="overrun"] { background: #b00020; color: #ffffff; }
QToolButton#screenMenu { padding-right: 18px; }
"""

T = TypeVar("T")


class PresenterBar(QFrame):
    presentToggled = Signal(bool)
    blackToggled = Signal()
    whiteToggled = Signal()
    bridgeRequested = Signal()
    predictToggled = Signal(bool)
    revealRequested = Signal()
    screenSettingsChanged = Signal()
    #: Start, pause or resume the meeting's clock.
    clockToggled = Signal()
    clockResetRequested = Signal()
    #: "+1 min": one more minute for the phase shown.
    minuteAdded = Signal()
    #: Put Tomm's board on the room's screen (True) or take it off.
    boardToggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presenterBar")
        self.setStyleSheet(STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(4)

        row = QHBoxLayout()
        self.now_next = QLabel()
        self.now_next.setObjectName("nowNext")
        self.now_next.setWordWrap(True)
        # Wide enough for "Nu: … → Næste: …" on a line or two: the buttons beside it are
        # shortened first (a longer language squeezed it into a tower of six lines).
        self.now_next.setMinimumWidth(20 * self.now_next.fontMetrics().averageCharWidth())
        # The timers and buttons beside it get their room first; it takes what is left.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.now_next.setSizePolicy(policy)
        self.now_next.setTextFormat(Qt.TextFormat.RichText)
        self.now_next.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.now_next.setToolTip(self.tr("Klik på Næste for at se trinnet, som gruppen vil se det"))
        row.addWidget(self.now_next, 1)
        self.phase_timer = QLabel()
        self.phase_timer.setObjectName("phaseTimer")
        self.meeting_timer = QLabel()
        self.meeting_timer.setObjectName("meetingTimer")
        self.add_minute = ElidingButton(self.tr("+1 min"))
        self.add_minute.setObjectName("addMinute")
        self.add_minute.setToolTip(
            self.tr("Giv fasen ét minut mere (tasten +, mens du præsenterer)")
        )
        self.add_minute.clicked.connect(self.minuteAdded)
        self.schedule = QLabel()
        self.schedule.setObjectName("schedule")
        self.schedule.setWordWrap(True)
        self.schedule.setToolTip(self.tr("De afsluttede faser og den aktuelle, målt mod planen"))
        row.addWidget(self.phase_timer)
        row.addWidget(self.meeting_timer)
        row.addWidget(self.schedule)
        self.predict = QCheckBox(self.tr("Gæt først"))
        self.predict.setObjectName("predictFirst")
        self.predict.setToolTip(self.tr("Grafen skjules, mens der gættes på, hvor tallet landede"))
        self.predict.toggled.connect(self._predict_toggled)
        self.reveal = ElidingButton(self.tr("Vis grafen"))
        self.reveal.setObjectName("revealChart")
        self.reveal.clicked.connect(self.revealRequested)
        self.bridge = ElidingButton(self.tr("Brobyg"))
        self.bridge.setObjectName("bridgeButton")
        self.bridge.setToolTip(self.tr("Send spørgsmålet videre til gruppen (kun på din skærm)"))
        self.bridge.clicked.connect(self.bridgeRequested)
        self.clock_button = ElidingButton()
        self.clock_button.setObjectName("clockButton")
        self.clock_button.clicked.connect(self.clockToggled)
        self.reset_button = ElidingButton(self.tr("Nulstil tid"))
        self.reset_button.setObjectName("resetClock")
        self.reset_button.setToolTip(self.tr("Start forfra med hele mødets tid"))
        self.reset_button.clicked.connect(self.clockResetRequested)
        self.board = ElidingButton(self.tr("Vis spørgsmålstyperne"))
        self.board.setObjectName("boardButton")
        self.board.setCheckable(True)
        self.board.setToolTip(
            self.tr("Vis de fire spørgsmålstyper med mødets spørgsmål på skærmen")
        )
        self.board.clicked.connect(self.boardToggled)
        self.room_view = ElidedLabel()
        self.room_view.setObjectName("roomView")
        self.room_view.setToolTip(
            self.tr(
                "Det, du vælger under Udvikling, Sammenlign og Seneste, ser gruppen også; "
                "Detaljer ser kun du"
            )
        )
        # The facilitation controls get a row of their own so the bar fits 1024 px.
        tools = QHBoxLayout()
        for tool in (
            self.clock_button,
            self.add_minute,
            self.reset_button,
            self.predict,
            self.reveal,
            self.board,
            self.bridge,
        ):
            tools.addWidget(tool)
        tools.addWidget(self.room_view, 1)  # the row's room left over; shortened, not cut
        tools.addStretch(1)  # the buttons stay together when the line is hidden
        self.present = ElidingButton()
        self.present.setObjectName("presentButton")
        self.present.setCheckable(True)
        self.present.clicked.connect(self.presentToggled)
        self.black = ElidingButton(self.tr("Sort (B)"))
        self.black.setObjectName("blackButton")
        self.black.setCheckable(True)
        self.black.clicked.connect(self.blackToggled)
        self.white = ElidingButton(self.tr("Hvid (W)"))
        self.white.setObjectName("whiteButton")
        self.white.setCheckable(True)
        self.white.clicked.connect(self.whiteToggled)
        self.screen_button = QToolButton()
        self.screen_button.setObjectName("screenMenu")
        self.screen_button.setText(self.tr("Skærm"))
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.screen_menu = QMenu(self)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.screen_button.setMenu(self.screen_menu)
        for widget in (self.present, self.black, self.white, self.screen_button):
            row.addWidget(widget)
        column.addLayout(row)
        column.addLayout(tools)
        #: While the room's screen is black or white the leader must not miss it.
        self.blank_banner = QLabel()
        self.blank_banner.setObjectName("blankBanner")
        self.blank_banner.setWordWrap(True)
        self.blank_banner.hide()
        column.addWidget(self.blank_banner)

        self.prompt = QFrame()
        self.prompt.setObjectName("prompt")
        prompt_row = QHBoxLayout(self.prompt)
        prompt_row.setContentsMargins(8, 2, 4, 2)
        self.prompt_text = QLabel()
        self.prompt_text.setObjectName("promptText")
        self.prompt_text.setWordWrap(True)
        close = QPushButton(self.tr("OK"))
        close.setObjectName("promptDone")
        close.clicked.connect(self.prompt.hide)
        prompt_row.addWidget(self.prompt_text, 1)
        prompt_row.addWidget(close)
        self.prompt.hide()
        column.addWidget(self.prompt)
        #: The screen the room's window goes to when none is chosen (the presenter's rule).
        self.screen_in_use: Callable[[], QScreen | None] = lambda: None
        self.set_presenting(False)

    # -- state shown --------------------------------------------------------------
    def set_presenting(self, presenting: bool) -> None:
        self.present.setChecked(presenting)
        self.present.setText(self.tr("Stop (Esc)") if presenting else self.tr("Præsentér (F5)"))

    def set_clock(self, started: bool, running: bool, editable: bool) -> None:
        """The clock button says what pressing it does: start, pause or resume the meeting.

        A finished meeting has no clock to run: the buttons go (reopening it is the
        meeting view's *Fortsæt mødet*, a different thing from resuming after a pause).
        """
        if running:
            text = self.tr("Pause mødet")
        elif started:
            text = self.tr("Fortsæt efter pausen")
        else:
            text = self.tr("Start mødet")
        self.clock_button.setText(text)
        self.clock_button.setEnabled(editable)
        self.clock_button.setVisible(editable)
        self.reset_button.setVisible(started and editable)
        self.reset_button.setEnabled(editable and started)
        self.add_minute.setVisible(editable and running)

    def set_board(self, available: bool, shown: bool) -> None:
        self.board.setVisible(available)
        self.board.setChecked(shown)

    def set_blank(self, black: bool, white: bool) -> None:
        self.black.setChecked(black)
        self.white.setChecked(white)
        if black:
            text = self.tr("Gruppen ser en sort skærm – tryk B for at vise billedet igen")
        else:
            text = self.tr("Gruppen ser en hvid skærm – tryk W for at vise billedet igen")
        self.blank_banner.setText(text)
        set_style_state(self.blank_banner, "shade", "white" if white else "black")
        self.blank_banner.setVisible(black or white)

    def show_schedule(self, text: str) -> None:
        """Ahead of or behind the plan, while the meeting runs."""
        self.schedule.setText(text)
        self.schedule.setVisible(bool(text))

    def set_data_controls(
        self, visible: bool, predict: bool, hidden: bool, *, editable: bool = True
    ) -> None:
        self.predict.setVisible(visible)
        self.predict.setEnabled(editable)
        self.reveal.setVisible(visible)
        with QSignalBlocker(self.predict):  # showing the state is not choosing it
            self.predict.setChecked(predict)
        self.reveal.setEnabled(hidden)

    def show_room_view(self, name: str) -> None:
        """Which data view the room has (the leader may be looking at another)."""
        self.room_view.set_full_text(self.tr("Skærmen viser: %1").replace("%1", name))
        self.room_view.setVisible(bool(name))

    def show_timers(self, phase: TimerText | None, meeting: TimerText | None) -> None:
        show_timer(self.phase_timer, phase)
        show_timer(self.meeting_timer, meeting)

    def show_prompt(self, text: str) -> None:
        self.prompt_text.setText(text)
        self.prompt.show()

    def _predict_toggled(self, on: bool) -> None:
        self.predictToggled.emit(on)

    # -- the screen menu ------------------------------------------------------------
    def _fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        menu.addSection(SCREEN.title())
        group = QActionGroup(menu)
        screens = QGuiApplication.screens()
        chosen = settings.chosen_screen(screens) or self.screen_in_use()
        for number, screen in enumerate(screens, start=1):
            size = screen.size()
            action = QAction(f"{number}: {screen.name()} ({size.width()}×{size.height()})", menu)
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            key = settings.screen_key(screen, screens)
            action.triggered.connect(partial(self._set, SCREEN, key))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        for flag in (MIRROR, COUNTDOWN_FOR_ROOM, OVERRUN_FOR_ROOM, CHIME):
            self._toggle(menu, flag)
        sizes = menu.addMenu(FONT_SCALE.title())
        size_group = QActionGroup(sizes)
        for scale in FONT_SCALE.choices:
            action = QAction(f"{round(scale * 100)} %", sizes)
            action.setCheckable(True)
            action.setChecked(scale == preferences().get(FONT_SCALE))
            action.triggered.connect(partial(self._set, FONT_SCALE, scale))
            size_group.addAction(action)
            sizes.addAction(action)

    def _toggle(self, menu: QMenu, flag: Setting[bool]) -> None:
        action = QAction(flag.title(), menu)
        action.setCheckable(True)
        action.setChecked(preferences().get(flag))
        action.toggled.connect(lambda value: self._set(flag, value))
        menu.addAction(action)

    def _set(self, setting: Setting[T], value: T, *_checked: object) -> None:
        preferences().set(setting, value)
        self.screenSettingsChanged.emit()
