"""The room takes part: the leader's side of answers from phones (or typed in by hand).

``RoomController`` holds the live ``core.room.state.RoomState``, starts and stops the
web server (``dialogtool.room.server``, imported only when the leader turns
participation on) and carries each answer into the record through ``session.apply``.
The server's thread only emits ``answersArrived``; Qt queues it to the UI thread, where
the new answers are taken from the state in one batch.

The server stops when presenting stops, when the meeting closes (the presenter's host
goes) and when the app quits. When it cannot start, or phones cannot get in, the leader
gets a sentence with what to try and keeps the typed row, so the meeting goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from dialogtool.core.formatting import number
from dialogtool.core.record import Locus, PhaseId, RoomActivityKind, Scope, new_id
from dialogtool.core.room import record_ops, views
from dialogtool.core.room.state import Answer, Refusal, RoomState
from dialogtool.ui.language import ui_lang
from dialogtool.ui.presenter.room_panel import RoomPanel
from dialogtool.ui.presenter.room_screen import QR_SIDE, RoomScreen
from dialogtool.ui.session import MeetingSession

if TYPE_CHECKING:
    from dialogtool.room.server import RoomServer

#: Which activity fits each step best (the panel suggests it).
SUGGESTED = {
    PhaseId.CHECKIN: RoomActivityKind.CHECKIN,
    PhaseId.DATA: RoomActivityKind.NOTICE,
    PhaseId.EXPLANATIONS: RoomActivityKind.CARDS,
    PhaseId.CHECKOUT: RoomActivityKind.RATING,
}


class RoomController(QObject):
    #: From the server's thread: answers are waiting in the state (queued to the UI thread).
    answersArrived = Signal()
    #: The server started (True) or stopped (False).
    serverChanged = Signal(bool)

    def __init__(
        self, session: MeetingSession, show_on_screen: RoomScreen, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.state: RoomState | None = None
        self.server: RoomServer | None = None
        self.panel = RoomPanel()
        self.screen = show_on_screen
        self._trend: list[str] = []
        self.answersArrived.connect(self.take_answers, Qt.ConnectionType.QueuedConnection)
        panel = self.panel
        panel.participationToggled.connect(self.set_participation)
        panel.interfacesRequested.connect(self.find_interfaces)
        panel.startRequested.connect(self.start_activity)
        panel.closeRequested.connect(self.close_activity)
        panel.revealRequested.connect(self.reveal)
        panel.shownToggled.connect(self.show_text)
        panel.placeRequested.connect(self.place_card)
        panel.typedAnswer.connect(self.type_answer)
        session.presentingChanged.connect(self._presenting)
        session.stepChanged.connect(self._suggest)
        session.readOnlyChanged.connect(lambda _ro: self._enable())
        # However the meeting ends, the port closes: the host going, or the app quitting.
        holder = [self]
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_server)
        self.destroyed.connect(lambda: _stop(holder))
        self._suggest()
        self._enable()

    # -- participation on and off ------------------------------------------------------------
    def _enable(self) -> None:
        editable = not self.session.read_only
        self.panel.toggle.setEnabled(editable and self.session.presenting)
        self.panel.setEnabled(editable)

    def _presenting(self, on: bool) -> None:
        if not on:
            self.stop_server()
        elif self.panel.interface.count() == 0:
            self.find_interfaces()
        self._enable()

    def _suggest(self, *_args: object) -> None:
        kind = SUGGESTED.get(self.session.step)
        if kind is not None:
            self.panel.suggest(kind)

    def find_interfaces(self) -> None:
        from dialogtool.room.interfaces import list_interfaces  # ifaddr, only when presenting

        try:
            found = list_interfaces()
        except (OSError, ImportError):
            found = []
        if not found:
            self.panel.show_problem(
                self.tr(
                    "Computeren viser intet netværk, telefonerne kan nå. Slå Wi-Fi eller "
                    "computerens hotspot til og tryk Find netværk – eller skriv svarene ind herunder."
                )
            )
        marked = []
        for interface in found:
            label = interface.label
            if interface.virtual:
                label += self.tr(" (virtuelt – telefoner kan næppe nå det)")
            elif interface.loopback:
                label += self.tr(" (kun denne computer)")
            marked.append((label, interface.address))
        self.panel.show_interfaces(marked)

    def set_participation(self, on: bool) -> None:
        if on:
            self.start_server(self.panel.chosen_address())
        else:
            self.stop_server()

    def start_server(self, address: str, port: int = 0) -> bool:
        """Let the phones in on ``address``; False (with a sentence and the typed row) if not."""
        if not self.session.presenting or self.session.read_only:
            self.panel.toggle.setChecked(False)
            return False
        self.stop_server()
        try:
            from dialogtool.room.qr import qr_png
            from dialogtool.room.server import RoomServer, ServerError
        except ImportError as exc:  # an installation without the server's libraries
            self.panel.toggle.setChecked(False)
            self.panel.show_problem(self._cannot_start(address, exc))
            return False
        if self.state is None:
            self.state = RoomState()
        emit = self.answersArrived.emit
        server = RoomServer(self.state, address or "127.0.0.1", port, on_answer=lambda _a: emit())
        try:
            server.start()
        except (ServerError, OSError) as exc:
            self.panel.toggle.setChecked(False)
            self.panel.show_problem(self._cannot_start(address, exc))
            self.serverChanged.emit(False)
            return False
        self.server = server
        self.panel.toggle.setChecked(True)
        self.panel.show_problem("")
        self.panel.status.setText(
            self.tr(
                "Telefonerne skanner QR-koden på skærmen eller skriver adressen og koden %1.\n"
                "Kommer de ikke ind? Gæstenet holder ofte telefoner og computer adskilt, og en "
                "telefon på mobildata er ikke på rummets net: slå computerens hotspot til og lad "
                "telefonerne koble på det, prøv et andet netværk – eller skriv svarene ind herunder."
            ).replace("%1", self.state.code)
        )
        self.panel.status.setToolTip(server.short_url)
        self.screen.show_join((qr_png(server.join_url, QR_SIDE), self.state.code, server.short_url))
        self.serverChanged.emit(True)
        return True

    def _cannot_start(self, address: str, exc: BaseException) -> str:
        return (
            self.tr(
                "Rummets svar kunne ikke slås til på %1 (%2). Vælg et andet netværk på listen, "
                "eller slå computerens hotspot til og lad telefonerne koble på det. Imens kan du "
                "skrive rummets svar og optællinger ind herunder, så mødet fortsætter."
            )
            .replace("%1", address or "?")
            .replace("%2", str(exc) or type(exc).__name__)
        )

    def stop_server(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.panel.toggle.setChecked(False)
            self.panel.status.setText(self.tr("Telefonerne er koblet fra."))
            self.screen.show_join(None)
            self.serverChanged.emit(False)

    # -- activities -------------------------------------------------------------------------
    def _live(self) -> RoomState:
        if self.state is None:
            self.state = RoomState()
        return self.state

    def _question(self, kind: RoomActivityKind) -> str:
        step = self.session.step
        wanted = {
            RoomActivityKind.CHECKIN: PhaseId.CHECKIN,
            RoomActivityKind.CHECKOUT: PhaseId.CHECKOUT,
            RoomActivityKind.NOTICE: PhaseId.DATA,
        }
        return self.session.room_question() if wanted.get(kind) == step else ""

    def start_activity(self, kind: RoomActivityKind) -> None:
        if self.session.read_only:
            return
        self.take_answers()  # what came before belongs to the activity before
        item = self.session.discussion()
        step = self.session.step
        activity = self._live().start(
            new_id(),
            kind,
            self._question(kind),
            phase=None if step == PhaseId.PREPARE else step,
            indicator_id=item.indicator_id if item else None,
        )
        self.session.apply(record_ops.start(activity, self.session.clock()))
        self.panel.show_activity(kind, open_=True)
        self.panel.show_problem("")
        self._trend = self._rating_trend() if kind == RoomActivityKind.RATING else []
        self.panel.trend.setText("\n".join(self._trend))
        self._count()
        self._changed()

    def close_activity(self) -> None:
        if self.state is not None:
            self.state.close()
            self.panel.close_button.setEnabled(False)
            self._changed()

    def reveal(self) -> None:
        state = self.state
        activity = state.activity if state else None
        if state is None or activity is None:
            return
        self.take_answers()
        actual, direction = None, ""
        if activity.kind in (RoomActivityKind.GUESS_VALUE, RoomActivityKind.GUESS_DIRECTION):
            actual, direction = record_ops.actual_of(self.session.record, activity.indicator_id)
        choice = direction if activity.kind == RoomActivityKind.GUESS_DIRECTION else ""
        if not state.reveal(actual, choice):
            self.panel.show_problem(
                self.tr("Rummet ser svarene, når mindst tre har svaret – så ingen kan genkendes.")
            )
            return
        self.session.apply(record_ops.reveal(activity, self.session.clock()))
        self.panel.close_button.setEnabled(False)
        self.panel.show_problem("")
        self._changed()

    def show_text(self, seq: int, on: bool) -> None:
        state = self.state
        activity = state.activity if state else None
        if state is None or activity is None:
            return
        state.show(seq, on)
        text = next((a.text for a in activity.answers if a.seq == seq), "")
        if on and text:
            self.session.apply(record_ops.show_text(activity, text, self.session.clock()))
        self._changed()

    def place_card(self, seq: int, locus: Locus, scope: Scope) -> None:
        state = self.state
        activity = state.activity if state else None
        if state is None or activity is None:
            return
        text = next((a.text for a in activity.answers if a.seq == seq), "")
        if text:
            state.show(seq)
            self.session.apply(record_ops.place_card(activity, text, locus, scope))
            self._changed()

    def type_answer(self, payload: dict[str, Any]) -> None:
        """An answer or a tally the leader typed in for the room."""
        state = self.state
        activity = state.activity if state else None
        if state is None or activity is None:
            return
        result = state.add_typed({**payload, "activity": activity.id})
        if isinstance(result, Refusal):
            self.panel.show_problem(self.tr("Det svar passer ikke til aktiviteten."))
            return
        self.take_answers()

    def take_answers(self) -> None:
        """Every answer that arrived since last time, into the list and the record, once."""
        state = self.state
        if state is None:
            return
        answers = state.take_new()
        if not answers:
            return
        by_activity: dict[str, list[Answer]] = {}
        for answer in answers:
            by_activity.setdefault(answer.activity_id, []).append(answer)
        for activity_id, batch in by_activity.items():
            self.session.apply(record_ops.add_answers(activity_id, batch))
        current = state.activity
        if current is not None:
            self.panel.add_answers(by_activity.get(current.id, []))
        self._count()
        self._show_room()

    # -- what is shown ------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.server is not None:
            self.server.notify()
        self._show_room()

    def _count(self) -> None:
        state = self.state
        activity = state.activity if state else None
        if state is None or activity is None:
            self.panel.count.setText("")
            return
        self.panel.count.setText(
            self.tr("%1 svar · %2 telefoner med")
            .replace("%1", str(len(activity.answers)))
            .replace("%2", str(state.phones))
        )

    def _show_room(self) -> None:
        state = self.state
        shown = views.room_view(state.activity if state else None, ui_lang())
        if (
            shown is not None
            and self._trend
            and state
            and state.activity
            and state.activity.revealed
        ):
            shown = views.Shown(shown.title, (*shown.lines, *self._trend))
        self.screen.show_answers(shown)

    def _rating_trend(self) -> list[str]:
        try:
            earlier = self.session.earlier_meetings()
        except OSError:
            earlier = []
        trend = record_ops.rating_trend(earlier)
        if not trend:
            return []
        points = " → ".join(number(mean, ui_lang()) for _when, mean, _n in trend[-5:])
        return [self.tr("Tidligere møder i serien: %1").replace("%1", points)]


def _stop(holder: list[RoomController]) -> None:
    """The controller is going: its server must not outlive it."""
    server = holder[0].server if holder else None
    if server is not None:
        server.stop()
