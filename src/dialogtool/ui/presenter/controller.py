"""Presenting the open meeting: the audience window, the presenter's controls and the keys.

The presenter follows the session's meeting state (step, indicator, the question
chosen for the room); it knows no page. Whatever the room sees is built by
``core.presentation.public_slide`` and logged in the record while presenting
(phase shown, questions, perspective, chart, speaking order, groups,
black/white screen, overruns, red-thread prompts). Times come from ``clock``,
which tests replace. The host widget places ``bar`` and ``tabs``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from dialogtool.core import dialogue, edits, meeting, presentation, slides, timing
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import (
    IndicatorDiscussion,
    PhaseId,
    PhasePlan,
    PresentationEventKind,
    UguStep,
)
from dialogtool.ui import labels
from dialogtool.ui.language import ui_lang
from dialogtool.ui.presenter import chime, settings
from dialogtool.ui.presenter.audience import AudienceWindow, Blank, TimerText
from dialogtool.ui.presenter.bar import PresenterBar
from dialogtool.ui.presenter.keys import ALWAYS, KEYS, Action, sequence
from dialogtool.ui.presenter.people import PeoplePanel
from dialogtool.ui.presenter.preview import NextPreview
from dialogtool.ui.presenter.room import RoomController
from dialogtool.ui.presenter.script import ScriptBox
from dialogtool.ui.presenter.typing import TypingGuard
from dialogtool.ui.session import MeetingSession

#: With one screen, the room's preview takes this share of the screen's width (4:3).
PREVIEW_SHARE = 0.45
SPIN_FRAMES = 8
SPIN_INTERVAL_MS = 70
EVENT_FOR_BLANK = {
    Blank.NONE: PresentationEventKind.SCREEN_RESTORED,
    Blank.BLACK: PresentationEventKind.BLACK_SCREEN,
    Blank.WHITE: PresentationEventKind.WHITE_SCREEN,
}


#: What the leader's panels and the room's window show: all but notes, the log and the clock
#: (the clock has its own signal). A keystroke in a note rebuilds nothing here.
SHOWN = Changes.ALL & ~(Changes.NOTES | Changes.ROOM | Changes.CLOCK)


class _Frame(NamedTuple):
    """What the last full refresh showed besides the slide's texts (see ``Presenter._edited``)."""

    phase: PhaseId | None
    question: str
    indicator: tuple[str, UguStep, bool] | None
    chart_visible: bool


class Presenter(QObject):
    #: The visible shuffle of the speaking order has landed on its final order.
    spinFinished = Signal()
    #: Next/previous from a clicker or the audience window (the host steps through its pages).
    nextRequested = Signal()
    previousRequested = Signal()

    def __init__(self, session: MeetingSession, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.session = session
        self.blank = Blank.NONE
        self._shown_key: str | None = None
        self._logged_question = ""
        self._logged_view = ""
        self._logged_board = False
        self._speaker: tuple[PhaseId | None, str | None] = (None, None)
        self._speaker_since = session.clock()
        self._levels: dict[PhaseId, timing.TimeLevel] = {}
        self._bridge_index = 0
        self.spin_frames = SPIN_FRAMES

        self.audience = AudienceWindow(host)
        self.audience.keyAction.connect(self.perform)
        self.audience.set_font_scale(settings.font_scale())

        self.bar = PresenterBar()
        self.bar.presentToggled.connect(lambda on: self.start(False) if on else self.stop())
        self.bar.blackToggled.connect(lambda: self.toggle_blank(Blank.BLACK))
        self.bar.whiteToggled.connect(lambda: self.toggle_blank(Blank.WHITE))
        self.bar.bridgeRequested.connect(self.show_bridge)
        self.bar.predictToggled.connect(self.set_predict_first)
        self.bar.revealRequested.connect(self.reveal_chart)
        self.bar.screenSettingsChanged.connect(self._settings_changed)
        self.bar.clockToggled.connect(self.toggle_clock)
        self.bar.clockResetRequested.connect(self.reset_clock)
        self.bar.boardToggled.connect(session.set_board_shown)
        self.bar.minuteAdded.connect(self.add_minute)
        self.bar.screen_in_use = self._room_screen
        #: Plays the timer's chime (tests put a recorder here).
        self.play_chime: Callable[[], None] = chime.play

        self.script = ScriptBox()
        self.script.questionChosen.connect(session.choose_question)
        self.people = PeoplePanel()
        self.people.listedRequested.connect(lambda: self.set_order(shuffle=False))
        self.people.shuffleRequested.connect(lambda: self.set_order(shuffle=True))
        self.people.nextRequested.connect(self.next_speaker)
        self.people.passRequested.connect(self.pass_turn)
        self.people.tallyRequested.connect(self.count)
        self.people.groupsRequested.connect(self.split_groups)
        self.people.gatherRequested.connect(self.gather_up)
        self.people.speakerSecondsChanged.connect(self.set_speaker_seconds)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("presenterTabs")
        self.tabs.setAccessibleName(self.tr("Præsentation"))
        self.tabs.tabBar().setAccessibleName(self.tr("Præsentation"))
        self.tabs.addTab(self.script, self.tr("Manuskript"))
        self.tabs.addTab(self.people, self.tr("Deltagere"))
        #: The room takes part from phones (issue 21): its own panel and part of the screen.
        self.room = RoomController(session, self.audience.room_screen, self)
        self.tabs.addTab(self.room.panel, self.tr("Rummet"))
        self.preview = NextPreview(host)
        self.bar.now_next.linkActivated.connect(lambda _link: self.show_preview())

        self.shortcuts: dict[Action, list[QShortcut]] = {}
        for (key, shifted), action in KEYS.items():
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                continue  # the meeting view's own shortcuts, always on
            shortcut = QShortcut(sequence(key, shifted), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self.perform, action))
            self.shortcuts.setdefault(action, []).append(shortcut)

        self.typing = TypingGuard(host, lambda: self.clock())
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.update_timers)
        self.ticker.start()
        #: What the last full refresh showed besides the slide's texts (see ``_edited``).
        self._shown_frame: _Frame | None = None
        for signal in (
            session.stepChanged,
            session.indicatorChanged,
            session.questionChanged,
            session.clockChanged,
            session.viewChanged,
            session.boardChanged,
        ):
            signal.connect(self.refresh)
        session.edited.connect(self._edited)
        self.audience.slideShown.connect(self._log_what_the_room_sees)
        self._enable_keys()
        self.refresh()

    # -- where we are -------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.session.presenting

    @property
    def clock(self) -> timing.Clock:
        """The session's clock (tests set a fake one here)."""
        return self.session.clock

    @clock.setter
    def clock(self, clock: timing.Clock) -> None:
        self.session.clock = clock

    def phase(self) -> PhaseId | None:
        """The meeting phase shown; None in preparation."""
        step = self.session.step
        return None if step == PhaseId.PREPARE else step

    def plan(self) -> PhasePlan | None:
        phase = self.phase()
        return next((p for p in self.session.record.phases if p.phase == phase), None)

    def indicator(self) -> IndicatorDiscussion | None:
        """The indicator the data step shows, if its discussion has begun."""
        return self.session.discussion()

    def leader_name(self) -> str:
        return self.session.record.facilitator or self.tr("Dig (leder)")

    def _can_edit(self) -> bool:
        """Whether the leader's controls offer edits (``session.apply`` refuses them anyway)."""
        return not self.session.read_only

    # -- keys and presenting ------------------------------------------------------------
    def perform(self, action: Action) -> None:
        handlers = {
            Action.NEXT: self.nextRequested.emit,
            Action.PREVIOUS: self.previousRequested.emit,
            Action.START: lambda: self.start(True),
            Action.START_HERE: lambda: self.start(False),
            Action.BLACK: lambda: self.toggle_blank(Blank.BLACK),
            Action.WHITE: lambda: self.toggle_blank(Blank.WHITE),
            Action.STOP: self.stop,
            Action.ADD_MINUTE: self.add_minute,
        }
        handlers[action]()

    def _enable_keys(self) -> None:
        for action, shortcuts in self.shortcuts.items():
            for shortcut in shortcuts:
                shortcut.setEnabled(self.presenting or action in ALWAYS)

    def start(self, from_start: bool) -> None:
        if from_start:
            steps = self.session.steps
            self.session.set_step(steps[1] if len(steps) > 1 else steps[0])
        if self.session.step != PhaseId.PREPARE:
            self.session.start_meeting()  # F5 starts the meeting; the bar says so
        if not self.presenting:
            self.session.set_presenting(True)
            self._log(PresentationEventKind.PRESENTING_STARTED)
            self._place_audience()
        self.bar.set_presenting(True)
        self.typing.install(True)
        self._enable_keys()
        self.refresh()
        if self.audience.slide is not None:  # the room sees the slide it had been given
            self._log_what_the_room_sees(self.audience.slide)

    def stop(self) -> None:
        if not self.presenting:
            return
        self.session.set_presenting(False)
        if self.blank != Blank.NONE:
            self.toggle_blank(self.blank)
        self.audience.hide()
        self._log(PresentationEventKind.PRESENTING_STOPPED)
        self._shown_key = None
        self._logged_question = ""
        self.bar.set_presenting(False)
        self.typing.install(False)
        self._enable_keys()

    def _room_screen(self) -> QScreen:
        """The chosen screen if connected, else the first one that is not the leader's."""
        screens = QGuiApplication.screens()
        own = self.host.window().screen()
        chosen = settings.chosen_screen(screens)
        return chosen or next((s for s in screens if s is not own), own)

    def _place_audience(self) -> None:
        """Full screen on the chosen screen; with one screen a preview window (or mirrored)."""
        screens = QGuiApplication.screens()
        chosen = self._room_screen()
        window = self.audience
        full = len(screens) > 1 or settings.mirror()
        # A preview stays above the leader's window (a tool window) instead of hiding
        # behind it at the first click; the projector's window is an ordinary one.
        kind = Qt.WindowType.Window if full else Qt.WindowType.Tool
        if window.windowType() != kind:
            window.setWindowFlags(kind)  # Tool includes Window's bit: set, never clear, it
        window.setScreen(chosen)
        if full:
            window.setGeometry(chosen.geometry())
            window.showFullScreen()
        else:
            window.setWindowState(Qt.WindowState.WindowNoState)
            area = chosen.availableGeometry()
            width = round(area.width() * PREVIEW_SHARE)
            window.setGeometry(area.x() + 8, area.y() + 8, width, width * 3 // 4)
            window.show()

    def _settings_changed(self) -> None:
        self.audience.set_font_scale(settings.font_scale())
        if self.presenting:
            self._place_audience()
        self.update_timers()

    def toggle_blank(self, mode: Blank) -> None:
        self.blank = Blank.NONE if self.blank == mode else mode
        self.audience.set_blank(self.blank)
        self.bar.set_blank(self.blank == Blank.BLACK, self.blank == Blank.WHITE)
        if self.presenting:
            self._log(EVENT_FOR_BLANK[self.blank])

    # -- what the room sees ---------------------------------------------------------------
    def _edited(self, changes: Changes) -> None:
        """Rebuild what the leader and the room see only when an edit touched it.

        A key typed into the discussion (the leader's perspective, the team's words) changes
        the room's slide and nothing else the presenter shows, while the step, the question
        and the chart stay as they were: then only the slide is shown anew (the whole
        refresh on every key cost the typing its last half millisecond).
        """
        if not changes & SHOWN:
            return
        if changes == Changes.DISCUSSION:
            frame = self._frame()
            if frame == self._shown_frame:
                self.audience.show_slide(self._slide(frame.question))
                return
        self.refresh()

    def _frame(self) -> _Frame:
        """What, besides the slide's texts, a discussion edit could change on the screens."""
        item = self.indicator()
        return _Frame(
            self.phase(),
            self.session.room_question(),
            None if item is None else (item.indicator_id, item.step, item.predict_first),
            item is not None and slides.chart_visible(item),
        )

    def _slide(self, question: str) -> slides.Slide:
        item = self.indicator()
        return presentation.public_slide(
            self.session.record,
            self.phase(),
            question=question,
            indicator_id=item.indicator_id if item else None,
            view=self.session.room_view,
            board=self.session.board_shown,
        )

    def refresh(self, *_args: object) -> None:
        record = self.session.record
        phase = self.phase()
        item = self.indicator()
        self._shown_frame = self._frame()
        question = self._shown_frame.question
        slide = self._slide(question)
        self.audience.show_slide(slide)
        library = self.session.library
        lines = presentation.script(record, phase, ui_lang(), library) if phase else []
        self.script.show_lines(lines, question)
        plan = self.plan()
        self.people.show_people(
            record,
            phase,
            self.leader_name(),
            plan.speaker_seconds if plan else 0,
            editable=self._can_edit(),
        )
        self.bar.now_next.setText(self._now_next())
        if self.preview.isVisible():
            self._show_next()
        self.bar.set_board(phase == PhaseId.TOMM, self.session.board_shown)
        self.bar.show_room_view(
            self._view_name(self.session.room_view) if slide.indicator is not None else ""
        )
        self.bar.set_data_controls(
            item is not None,
            item is not None and item.predict_first,
            item is not None and not slides.chart_visible(item),
            editable=self._can_edit(),
        )
        self.update_timers()

    def _log_what_the_room_sees(self, slide: slides.Slide) -> None:
        """The log says what the room saw: each step, question, view, board and perspective.

        It listens to the room's window: a slide shown is a slide seen, while presenting.
        """
        if not self.presenting:
            return
        item = self.indicator()
        key = self.session.step.value
        if key != self._shown_key:
            self._shown_key = key
            self._logged_question = ""
            self._logged_view = ""
            self._logged_board = False
            self._log(PresentationEventKind.PHASE_SHOWN, detail=key)
        question = slide.group_question if slide.groups else slide.question
        if question and question != self._logged_question:
            self._logged_question = question
            self._log(PresentationEventKind.QUESTION_SHOWN, detail=question)
        view = (
            presentation.view_shown(slide.indicator.indicator_id, slide.view, slide.team)
            if slide.indicator
            else ""
        )
        if view and not slide.chart_hidden and view != self._logged_view:
            self._logged_view = view
            self._log(PresentationEventKind.VIEW_SHOWN, detail=view)
        if bool(slide.board) != self._logged_board:
            self._logged_board = bool(slide.board)
            kind = (
                PresentationEventKind.BOARD_SHOWN
                if slide.board
                else PresentationEventKind.BOARD_HIDDEN
            )
            self._log(kind)
        if item is not None and meeting.revealed_perspective(item):
            shown = any(
                e.kind == PresentationEventKind.PERSPECTIVE_SHOWN and e.detail == item.indicator_id
                for e in self.session.record.presentation_log
            )
            if not shown:
                self._log(PresentationEventKind.PERSPECTIVE_SHOWN, detail=item.indicator_id)

    def _view_name(self, view: slides.DataView) -> str:
        names = {
            slides.DataView.TREND: self.tr("Udvikling"),
            slides.DataView.COMPARE: self.tr("Sammenlign"),
            slides.DataView.LATEST: self.tr("Seneste"),
        }
        return names.get(view, "")

    def show_preview(self) -> None:
        """Look before the room sees: the next step's slide over the bar, the room unmoved.

        The same click closes it again."""
        if self.preview.isVisible():
            self.preview.hide()
            return
        self._show_next()
        self.preview.show_above(self.bar.now_next)

    def _show_next(self) -> None:
        """The next step's slide in the preview tab, with what the room would see first."""
        steps, record = self.session.steps, self.session.record
        row = steps.index(self.session.step)
        if row + 1 >= len(steps):
            self.preview.show_next("", None)
            return
        step = steps[row + 1]
        library = self.session.library
        first = record.indicators[0] if record.indicators else None
        ugu = first.step if first is not None else None
        question = presentation.default_question(record, step, ui_lang(), library, ugu)
        slide = presentation.public_slide(
            record,
            step,
            question=question,
            indicator_id=first.indicator_id if first is not None else None,
            view=self.session.room_view,
            board=step == PhaseId.TOMM and not question,
        )
        self.preview.show_next(labels.phase(step), slide)

    def _now_next(self) -> str:
        steps = self.session.steps
        row = steps.index(self.session.step)
        text = self.tr("Nu: <b>%1</b>").replace("%1", labels.phase(steps[row]))
        if row + 1 < len(steps):
            upcoming = self.tr("Næste: %1").replace("%1", labels.phase(steps[row + 1]))
            text += f'  →  <a href="preview">{upcoming}</a>'  # a look at it, not a step
        return text

    def _log(self, kind: PresentationEventKind, detail: str = "") -> None:
        self.session.apply(edits.log_event(kind, self.clock(), self.phase(), detail))

    # -- timers -----------------------------------------------------------------------------
    def update_timers(self) -> None:
        now = self.clock()
        record = self.session.record
        phase, plan = self.phase(), self.plan()
        phase_timer: TimerText | None = None
        if plan is not None and plan.minutes:
            left = timing.phase_countdown(plan, now)
            phase_timer = self._timer_text(left)
            if record.clock.running:
                self._chime(plan.phase, left.level)
        self.bar.set_clock(
            record.clock.started_at is not None, record.clock.running, self._can_edit()
        )
        self.bar.show_timers(phase_timer, self._meeting_timer(now))
        self.bar.show_schedule(self._schedule(now, phase))
        room_timer = phase_timer if settings.countdown_for_room() else None
        if room_timer is not None and room_timer.level == timing.TimeLevel.OVERRUN:
            room_timer = room_timer if settings.overrun_for_room() else None
        self.audience.show_timers(
            room_timer,
            self._speaker_timer(now, phase, plan),
            self._group_timer(now, phase),
        )
        if self._can_edit() and record.clock.running:
            self._keep_the_red_thread(now, phase)

    def _meeting_timer(self, now: datetime) -> TimerText | None:
        record = self.session.record
        clock = record.clock
        if not record.duration_minutes:
            return None
        left = timing.meeting_countdown(record, now)
        if self.session.read_only:  # finished: what it took, no clock to run or pause
            used = timing.format_clock(timing.meeting_elapsed(record, now))
            return TimerText(
                self.tr("Mødet er afsluttet (%1)").replace("%1", used), timing.TimeLevel.NONE
            )
        if left.level == timing.TimeLevel.OVERRUN:
            text = self.tr("Mødet: %1 over tid")
        elif clock.running:
            text = self.tr("Mødet: %1 tilbage")
        elif clock.started_at is None:
            text = self.tr("Mødet: %1 – ikke startet")
        else:
            text = self.tr("Mødet: %1 – på pause")
        text = text.replace("%1", timing.format_clock(left.remaining_seconds))
        return TimerText(text, left.level if clock.running else timing.TimeLevel.NONE)

    def _schedule(self, now: datetime, phase: PhaseId | None) -> str:
        """Ahead of or behind the plan, in whole minutes, while the meeting runs (quiet on time)."""
        record = self.session.record
        if not record.clock.running:
            return ""
        minutes = round(timing.behind_plan(record, phase, now) / 60)
        if minutes > 0:
            return self.tr("%1 min bagud").replace("%1", str(minutes))
        if minutes < 0:
            return self.tr("%1 min foran").replace("%1", str(-minutes))
        return ""

    def _timer_text(self, left: timing.Countdown) -> TimerText:
        clock = timing.format_clock(left.remaining_seconds)
        if left.level == timing.TimeLevel.OVERRUN:
            return TimerText(self.tr("+%1 over tid").replace("%1", clock), left.level)
        return TimerText(clock, left.level)

    def _speaker_timer(
        self, now: datetime, phase: PhaseId | None, plan: PhasePlan | None
    ) -> TimerText | None:
        state = self.session.record.dialogue
        speaker = (state.phase, state.current)
        if speaker != self._speaker:
            self._speaker = speaker
            self._speaker_since = now
        if plan is None or not plan.speaker_seconds or state.current is None:
            return None
        if state.phase != phase:
            return None
        left = timing.countdown(plan.speaker_seconds, self._speaker_since, now)
        timer = self._timer_text(left)
        return TimerText(self.tr("Taletid: %1").replace("%1", timer.text), timer.level)

    def _group_timer(self, now: datetime, phase: PhaseId | None) -> TimerText | None:
        state = self.session.record.dialogue
        if state.phase != phase or not state.groups or not state.group_minutes:
            return None
        left = timing.countdown(state.group_minutes * 60, state.groups_started_at, now)
        timer = self._timer_text(left)
        return TimerText(self.tr("Tid i grupperne: %1").replace("%1", timer.text), timer.level)

    def _chime(self, phase: PhaseId, level: timing.TimeLevel) -> None:
        """The chime when a phase's box reaches 20 % left, 5 % left and its end."""
        before = self._levels.get(phase)
        self._levels[phase] = level
        signal = level in (
            timing.TimeLevel.WARNING,
            timing.TimeLevel.URGENT,
            timing.TimeLevel.OVERRUN,
        )
        if before is not None and before != level and signal and settings.chime():
            self.play_chime()

    def _keep_the_red_thread(self, now: datetime, phase: PhaseId | None) -> None:
        record = self.session.record
        if phase is not None and presentation.overrun_unnoted(record, phase, now):
            self.session.apply(edits.note_overrun(phase, now))
        due = timing.due_red_thread(record, now)
        if due is None:
            return
        self.session.apply(edits.log_event(PresentationEventKind.RED_THREAD, now, phase, due.kind))
        prompts = {
            timing.RedThread.HALFWAY: self.tr(
                "Rød tråd: Vi er cirka halvvejs – hvordan er vi blevet klogere indtil nu?"
            ),
            timing.RedThread.THIRTY_LEFT: self.tr(
                "Rød tråd: Vi har en halv time tilbage – er der andet, vi skal nå?"
            ),
            timing.RedThread.TEN_LEFT: self.tr(
                "Rød tråd: Ti minutter tilbage – hvad skal vi have samlet op, "
                "og hvornår følger vi op?"
            ),
        }
        self.bar.show_prompt(prompts[due.kind])

    # -- the leader's tools -------------------------------------------------------------------
    def toggle_clock(self) -> None:
        if self.session.running:
            self.session.pause_meeting()
        else:
            self.session.start_meeting()

    def reset_clock(self) -> None:
        answer = QMessageBox.question(
            self.host,
            self.tr("Nulstil mødets tid?"),
            self.tr(
                "Mødet og alle faser starter igen med hele deres tid. Det, der er skrevet, "
                "bliver, som det er."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.reset_clock()

    def add_minute(self) -> None:
        """ "+1 min" for the phase shown (the plan keeps its minutes; the record the extra)."""
        phase = self.phase()
        if phase is None or self.plan() is None or not self.session.running:
            return
        self.session.apply(
            Operation(
                self.tr("Ét minut mere til %1").replace("%1", labels.phase(phase)),
                Changes.PLAN | Changes.CLOCK,
                lambda record: timing.add_minute(record, phase),
            )
        )
        self.update_timers()

    def show_bridge(self) -> None:
        """A bridge-building question for the leader's eyes only (domain.md §7)."""
        questions = self.session.library.questions("bridge", self.session.record.kind)
        if not questions:
            return
        question = questions[self._bridge_index % len(questions)]
        self._bridge_index += 1
        text = self.tr("Brobyg: »%1«").replace("%1", question.text.get(ui_lang()))
        if question.hint:
            text += "  " + question.hint.get(ui_lang())
        self.bar.show_prompt(text)

    def set_predict_first(self, on: bool) -> None:
        item = self.indicator()
        if item is not None:
            label = self.tr("forudsig først") if on else self.tr("vis grafen straks")
            self.session.apply(edits.set_predict_first(label, item.indicator_id, on))

    def reveal_chart(self) -> None:
        item = self.indicator()
        if item is None:
            return
        op = edits.reveal_chart(self.tr("vis grafen"), item.indicator_id, self.clock())
        if self.session.apply(op):  # refused in a finished meeting
            self._log(PresentationEventKind.CHART_REVEALED, detail=item.indicator_id)

    def _participant_ids(self) -> list[str]:
        return [p.id for p in self.session.record.participants]

    def set_order(self, shuffle: bool) -> None:
        phase = self.phase()
        if phase is None or self.session.read_only:
            return
        if not shuffle:
            ids = self._participant_ids()
            self.session.apply(
                edits.dialogue_op(
                    self.tr("taleorden"),
                    lambda r: dialogue.start_order(r.dialogue, phase, ids),
                )
            )
            self._log(PresentationEventKind.SPEAKING_ORDER, detail="listed")
            return
        seed = random.SystemRandom().randrange(2**31)
        self._spin(phase, seed, self.spin_frames)

    def _spin(self, phase: PhaseId, seed: int, frames_left: int) -> None:
        """The visible spinner: a few quick orders on screen, then the seeded one."""
        ids = self._participant_ids()
        key = f"spin/{seed}"  # the spinner's frames and its result are one undo step
        if frames_left > 0:
            frame = dialogue.speaking_order(ids, seed + frames_left)
            self.session.apply(
                edits.dialogue_op(
                    self.tr("tilfældig taleorden"),
                    lambda r: dialogue.spin_frame(r.dialogue, phase, frame),
                    key=key,
                )
            )
            QTimer.singleShot(SPIN_INTERVAL_MS, lambda: self._spin(phase, seed, frames_left - 1))
            return
        order = dialogue.speaking_order(ids, seed)
        self.session.apply(
            edits.dialogue_op(
                self.tr("tilfældig taleorden"),
                lambda r: dialogue.start_order(r.dialogue, phase, order),
                key=key,
            )
        )
        self._log(PresentationEventKind.SPEAKING_ORDER, detail=f"seed={seed}")
        self.spinFinished.emit()

    def next_speaker(self) -> None:
        """The speaker is done: their turn counts in the talk tally."""
        self.session.apply(edits.dialogue_op(self.tr("næste taler"), dialogue.finish_turn))

    def pass_turn(self) -> None:
        phase = self.phase()
        if self.session.record.dialogue.current is None:
            return
        self.session.apply(
            edits.dialogue_op(self.tr("står over"), lambda r: edits.pass_in(r, phase))
        )

    def count(self, key: str) -> None:
        op = edits.dialogue_op(
            self.tr("taletælling"), lambda r: dialogue.count_contribution(r, key)
        )
        if not self.session.apply(op):  # refused in a finished meeting
            return
        name = next(
            (p.name for p in self.session.record.participants if p.id == key), self.leader_name()
        )
        self.people.feedback.setText(self.tr("Talt: %1").replace("%1", name))

    def split_groups(self, size: int, minutes: int) -> None:
        phase = self.phase()
        if phase is None:
            return
        seed = random.SystemRandom().randrange(2**31)
        groups = dialogue.split_groups(self._participant_ids(), size, seed)
        question = self.audience.slide.question if self.audience.slide else ""
        now = self.clock()
        op = edits.dialogue_op(
            self.tr("små grupper"),
            lambda r: dialogue.start_groups(r.dialogue, phase, groups, question, minutes, now),
        )
        if self.session.apply(op):  # refused in a finished meeting
            self._log(PresentationEventKind.GROUPS_SHOWN, detail=f"seed={seed} size={size}")

    def gather_up(self) -> None:
        op = edits.dialogue_op(self.tr("saml op"), lambda r: dialogue.gather_up(r.dialogue))
        if self.session.apply(op):  # refused in a finished meeting
            self._log(PresentationEventKind.GROUPS_GATHERED)

    def set_speaker_seconds(self, seconds: int) -> None:
        plan = self.plan()
        if plan is not None:
            self.session.apply(edits.set_speaker_seconds(self.tr("taletid"), plan.phase, seconds))
