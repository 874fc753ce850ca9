"""Participants for the presenter: speaking order, small groups and the talk tally.

The tally's counts and shares are shown to the leader at check-out only, so
counting does not steer the conversation while it happens.
"""

from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtCore import QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.dialogue import talk_shares
from dialogtool.core.limits import bounds
from dialogtool.core.record import LEADER_KEY, DialogueState, MeetingRecord, PhaseId, PhasePlan
from dialogtool.ui.flow_layout import FlowLayout

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _bounds(model: type[BaseModel], field: str) -> tuple[int, int]:
    """A spin box's range: the record field's own limits (both are set there)."""
    low, high = bounds(model, field)
    assert low is not None and high is not None, field
    return low, high


class PeoplePanel(QWidget):
    listedRequested = Signal()
    shuffleRequested = Signal()
    nextRequested = Signal()
    passRequested = Signal()
    tallyRequested = Signal(str)  # participant id or LEADER_KEY
    groupsRequested = Signal(int, int)  # group size, minutes
    gatherRequested = Signal()
    speakerSecondsChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("peopleList")
        self.view.setAccessibleName(self.tr("Deltagere"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes would change the wrap width after layout.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.doubleClicked.connect(
            lambda index: self.tallyRequested.emit(index.data(KEY_ROLE))
        )
        layout.addWidget(self.view, 1)
        self.tally_title = QLabel(self.tr("<b>Fordeling af indlæg</b> – kun for dig"))
        self.tally_title.setObjectName("tallyTitle")
        self.tally_title.setWordWrap(True)
        layout.addWidget(self.tally_title)
        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        layout.addWidget(self.feedback)

        # One or two controls a row: the column beside the notes is about 200 px on a
        # 1024 px screen. Rounds show the speaking controls, other steps the groups.
        grid = QGridLayout()
        grid.setSpacing(4)
        self.listed_button = self._button(self.tr("I listens rækkefølge"), self.listedRequested)
        grid.addWidget(self.listed_button, 0, 0, 1, 2)
        # The round's four buttons side by side while they fit, else on more lines.
        round_buttons = FlowLayout()
        self.shuffle_button = self._button(self.tr("Bland"), self.shuffleRequested)
        self.next_button = self._button(self.tr("Næste taler"), self.nextRequested)
        self.pass_button = self._button(self.tr("Står over"), self.passRequested)
        self.tally_button = QPushButton(self.tr("+1 indlæg"))
        self.tally_button.setObjectName("tallyButton")
        self.tally_button.setToolTip(self.tr("Tæl et indlæg fra den valgte (dobbeltklik også)"))
        self.tally_button.clicked.connect(self._tally_current)
        for button in (self.shuffle_button, self.next_button, self.pass_button, self.tally_button):
            round_buttons.addWidget(button)
        grid.addLayout(round_buttons, 1, 0, 2, 2)
        self.seconds = QSpinBox()
        self.seconds.setObjectName("speakerSeconds")
        self.seconds.setAccessibleName(self.tr("Taletid pr. person"))
        self.seconds.setRange(*_bounds(PhasePlan, "speaker_seconds"))
        self.seconds.setSingleStep(30)
        self.seconds.setSpecialValueText(self.tr("Ingen taletid"))
        self.seconds.setSuffix(self.tr(" sek./person"))
        self.seconds.valueChanged.connect(self._seconds_changed)
        grid.addWidget(self.seconds, 3, 0, 1, 2)
        self.group_size = QSpinBox()
        self.group_size.setObjectName("groupSize")
        self.group_size.setAccessibleName(self.tr("Personer pr. gruppe"))
        self.group_size.setRange(1, 12)
        self.group_size.setValue(2)
        self.group_size.setPrefix(self.tr("Personer pr. gruppe: "))
        grid.addWidget(self.group_size, 4, 0, 1, 2)
        self.group_minutes = QSpinBox()
        self.group_minutes.setAccessibleName(self.tr("Minutter i grupperne"))
        self.group_minutes.setRange(*_bounds(DialogueState, "group_minutes"))
        self.group_minutes.setValue(5)
        self.group_minutes.setSuffix(self.tr(" min"))
        grid.addWidget(self.group_minutes, 5, 0)
        self.groups_button = QPushButton(self.tr("Del i grupper"))
        self.groups_button.setObjectName("groupsButton")
        self.groups_button.clicked.connect(
            lambda: self.groupsRequested.emit(self.group_size.value(), self.group_minutes.value())
        )
        grid.addWidget(self.groups_button, 6, 0, 1, 2)
        self.gather_button = self._button(self.tr("Saml op"), self.gatherRequested)
        grid.addWidget(self.gather_button, 5, 1)
        layout.addLayout(grid)

    @staticmethod
    def _button(text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(signal.emit)
        return button

    def show_people(
        self,
        record: MeetingRecord,
        phase: PhaseId | None,
        leader_name: str,
        speaker_seconds: int,
        *,
        editable: bool = True,
    ) -> None:
        """The room's people for ``phase``; a finished meeting (not ``editable``) is only shown."""
        state = record.dialogue
        here = phase is not None and state.phase == phase
        names = {p.id: p.name for p in record.participants}
        order = [pid for pid in state.order if pid in names] if here else []
        order += [pid for pid in names if pid not in order]
        show_tally = phase == PhaseId.CHECKOUT
        shares = {s.key: s for s in talk_shares(record, leader_name)}
        current = self.view.currentIndex().data(KEY_ROLE)
        self.model.clear()
        for key, name in [(pid, names[pid]) for pid in order] + [(LEADER_KEY, leader_name)]:
            text = name
            if here and key == state.current:
                text = "▶ " + text
            if here and key in state.passed:
                text += self.tr(" (står over)")
            if show_tally:
                share = shares[key]
                text += f" · {share.count} ({round(share.share * 100)}\u00a0%)"
            item = QStandardItem(text)
            item.setData(key, KEY_ROLE)
            if here and key == state.current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(QColor("#d7e9f7")))
            self.model.appendRow(item)
            if key == current:
                self.view.setCurrentIndex(item.index())
        self.tally_title.setVisible(show_tally)
        rounds = phase in (PhaseId.CHECKIN, PhaseId.CHECKOUT)
        self.seconds.setVisible(rounds)
        for widget in (self.group_size, self.group_minutes, self.groups_button, self.gather_button):
            widget.setVisible(not rounds)
        with QSignalBlocker(self.seconds):  # showing the value is not choosing it
            self.seconds.setValue(speaker_seconds)
        has_people = bool(names) and editable
        for button in (self.listed_button, self.shuffle_button, self.groups_button):
            button.setEnabled(has_people and phase is not None)
        for widget in (self.tally_button, self.seconds, self.group_size, self.group_minutes):
            widget.setEnabled(editable)
        self.next_button.setEnabled(editable and here and state.current is not None)
        self.pass_button.setEnabled(editable and here and state.current is not None)
        self.gather_button.setEnabled(editable and here and bool(state.groups))

    def _tally_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.tallyRequested.emit(index.data(KEY_ROLE))

    def _seconds_changed(self, value: int) -> None:
        self.speakerSecondsChanged.emit(value)
