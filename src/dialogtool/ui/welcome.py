"""The first run: a welcome on an empty data folder, the demo team, and a two-minute tour.

A leader who opens dialogtool for the first time meets neither meetings nor data.
The welcome offers three ways on: try it with the demo team (Team Nord's numbers,
a finished example meeting and its planned follow-up, which opens), the tour of
one meeting (the phases, F5, PageDown, B), or the start screen to begin with their
own data. Nothing is shown again once the folder holds a meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.logs import log_exception
from dialogtool.core.meeting_files import bin_entries
from dialogtool.core.paths import bin_dir
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.pages.base import heading, lead
from dialogtool.ui.preload import load_models

if TYPE_CHECKING:
    from dialogtool.core.history import HistoryIndex
    from dialogtool.core.store import RecordStore
    from dialogtool.ui.meeting_view import MeetingView
    from dialogtool.ui.start_page import StartPage


class MainWindow(Protocol):
    """What the welcome needs of the main window (which imports this module)."""

    dataset: Any
    history: HistoryIndex
    store: RecordStore
    stack: QStackedWidget
    start_page: StartPage

    def use_demo(self) -> None: ...
    def refresh_start(self) -> None: ...
    def open_meeting(self, record_id: str) -> MeetingView | None: ...
    def findChild(self, kind: type[TourDialog]) -> TourDialog | None: ...


class WelcomePage(QWidget):
    demoRequested = Signal()
    tourRequested = Signal()
    startRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Velkommen til dialogtool")))
        layout.addWidget(
            lead(
                self.tr(
                    "dialogtool er din makker i samtalen om teamets data: du forbereder formål, "
                    "udbytte og proces, viser tallene i kontekst på projektoren, stiller "
                    "spørgsmålene og holder fast i, hvad I lærte og aftalte."
                )
            )
        )
        self.demo_button = self._choice(
            layout,
            "welcomeDemo",
            self.tr("Prøv med demoteamet"),
            self.tr(
                "Team Nords tal fra et jobcenter, et afholdt eksempelmøde og det planlagte "
                "opfølgningsmøde, som åbner. Intet af dit eget bliver rørt."
            ),
            self.demoRequested,
        )
        self.demo_button.setDefault(True)
        self.tour_button = self._choice(
            layout,
            "welcomeTour",
            self.tr("Rundvisning i ét møde (2 min)"),
            self.tr("Faserne, F5 til projektoren, PageDown til næste skridt og B for sort skærm."),
            self.tourRequested,
        )
        self.start_button = self._choice(
            layout,
            "welcomeStart",
            self.tr("Start med mine egne data"),
            self.tr(
                "Til startskærmen: vælg en skabelon, opret et møde og indlæs jeres dataeksport."
            ),
            self.startRequested,
        )
        privacy = QLabel(
            self.tr(
                "Alt, du skriver, gemmes løbende som private filer på denne computer – kun du kan "
                "læse dem. Programmet henter og sender intet på nettet; kun hvis du slår rummets "
                "telefoner til, åbner det en lokal forbindelse, mens du præsenterer."
            )
        )
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        layout.addStretch(1)

    def _choice(
        self, layout: QVBoxLayout, name: str, title: str, text: str, signal: object
    ) -> QPushButton:
        row = QHBoxLayout()
        button = QPushButton(title)
        button.setObjectName(name)
        button.setMinimumWidth(280)
        button.clicked.connect(signal)
        row.addWidget(button)
        label = QLabel(text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        layout.addLayout(row)
        return button


#: The tour's steps: a title and a few sentences each (about 20 seconds of reading).
def _tour_steps(tr: object) -> list[tuple[str, str]]:
    t = tr  # QDialog.tr, so lupdate finds the texts under the TourDialog context
    assert callable(t)
    return [
        (
            t("Et møde i faser"),
            t(
                "Til venstre står mødets faser: forberedelse, rammesætning, tjek ind, data i "
                "kontekst, spørgsmål, forklaringer, handlinger, tjek ud og opsamling. Klik på en "
                "fase, eller gå videre med »Næste →«."
            ),
        ),
        (
            t("Forbered: formål, udbytte, proces"),
            t(
                "Skriv først formålet (hvorfor mødes vi), så udbyttet (hvad har vi, når vi er "
                "færdige) og først derefter processen. Tilføj deltagerne og vælg din rolle over "
                "for tallene: facilitator, inspirator eller afgrænser."
            ),
        ),
        (
            t("F5: vis på projektoren"),
            t(
                "F5 åbner gruppens vindue på den anden skærm. Gruppen ser kun spørgsmålet, grafen "
                "og tiden; din skærm beholder manuskriptet, de private noter og hvad der kommer."
            ),
        ),
        (
            t("PageDown: næste skridt"),
            t(
                "PageDown – det, en præsentationsklikker sender – går et skridt frem, PageUp "
                "tilbage. I data-fasen følger den UGU: først siger teamet, hvad det ser, så giver "
                "du dit perspektiv, så undersøger teamet igen."
            ),
        ),
        (
            t("B: sort skærm"),
            t(
                "B gør gruppens skærm sort (W hvid), så opmærksomheden er i rummet; samme tast "
                "bringer billedet tilbage. Esc stopper præsentationen."
            ),
        ),
        (
            t("Opsamling og handlinger"),
            t(
                "Handlinger får en ansvarlig og en frist. Opsamlingen samler formål, data, læring "
                "og aftaler – gem den som PDF eller Word, eller kopiér den til Outlook og Teams. "
                "Private noter deles kun, når du sætter flueben."
            ),
        ),
    ]


class TourDialog(QDialog):
    """Six short cards about one meeting; it stays open beside the meeting while you try."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("Rundvisning"))
        self.setModal(False)
        # Beside the meeting, not in charge of it: a clicker's PageDown must still reach the
        # meeting while the tour is open, so showing the tour never takes the keyboard.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(460, 280)
        layout = QVBoxLayout(self)
        self.cards = QStackedWidget()
        for title, text in _tour_steps(self.tr):
            card = QWidget()
            card_layout = QVBoxLayout(card)
            card_layout.addWidget(heading(title))
            body = QLabel(text)
            body.setWordWrap(True)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card_layout.addWidget(body, 1)
            self.cards.addWidget(card)
        layout.addWidget(self.cards, 1)
        row = QHBoxLayout()
        self.position = QLabel()
        self.position.setObjectName("tourPosition")
        row.addWidget(self.position, 1)
        self.back_button = QPushButton(self.tr("← Forrige"))
        self.back_button.clicked.connect(lambda: self.show_card(self.cards.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Næste →"))
        self.next_button.setObjectName("tourNext")
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.show_card(0)
        make_accessible(self)  # names for a screen reader, Tab moves on

    def show_card(self, index: int) -> None:
        index = max(0, min(index, self.cards.count() - 1))
        self.cards.setCurrentIndex(index)
        self.position.setText(
            self.tr("%1 af %2").replace("%1", str(index + 1)).replace("%2", str(self.cards.count()))
        )
        self.back_button.setEnabled(index > 0)
        last = index == self.cards.count() - 1
        self.next_button.setText(self.tr("Luk") if last else self.tr("Næste →"))

    def _next(self) -> None:
        if self.cards.currentIndex() == self.cards.count() - 1:
            self.accept()
        else:
            self.show_card(self.cards.currentIndex() + 1)


def is_first_run(window: MainWindow) -> bool:
    """No dataset given, and the data folder holds no meeting, no damaged file, no bin."""
    if window.dataset is not None or window.history.search("", limit=1):
        return False
    if window.history.problems():
        return False
    return not bin_entries(bin_dir(window.store.folder.parent))


def offer_welcome(window: MainWindow) -> WelcomePage | None:
    """Show the welcome instead of the start screen on a first run; the page, or None."""
    if not is_first_run(window):
        return None
    page = WelcomePage()
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    page.demoRequested.connect(lambda: open_demo(window))
    page.tourRequested.connect(lambda: show_tour(window))
    page.startRequested.connect(lambda: leave_welcome(window))
    return page


def leave_welcome(window: MainWindow) -> None:
    window.stack.setCurrentWidget(window.start_page)
    window.start_page.new_button.setFocus()


def show_tour(window: MainWindow) -> TourDialog:
    assert isinstance(window, QWidget)
    dialog = window.findChild(TourDialog)
    if dialog is None:
        dialog = TourDialog(window)
    dialog.show_card(0)
    dialog.show()
    frame = window.frameGeometry()  # the foot of the notes column: the page stays in sight
    dialog.move(frame.right() - dialog.width() - 16, frame.bottom() - dialog.height() - 64)
    dialog.raise_()
    window.activateWindow()  # the keyboard stays with the meeting (a platform may give it away)
    return dialog


def open_demo(window: MainWindow) -> MeetingView | None:
    """The demo team's numbers and its two meetings; the planned follow-up opens, with the tour."""
    load_models()
    try:
        from dialogtool.core import demo_meetings

        demo_meetings.install(window.store)
    except OSError as exc:  # the demo data still load; the meetings are named as missing
        log_exception("Installing the demo meetings failed", exc)
    window.use_demo()
    window.refresh_start()
    leave_welcome(window)
    from dialogtool.core import demo_meetings

    follow_up = demo_meetings.bundled()[-1]
    view = window.open_meeting(follow_up.id)
    if view is not None:
        show_tour(window)
    return view
