"""The leader's panel for the room's participation: on/off, activities, incoming answers.

It only shows and asks; ``room.RoomController`` does the work. Answers arrive in a
list model; an Undersøg text is ticked to put it on the room's screen, an explanation
card is placed on one of the game board's four fields. The typed row lets the leader
enter answers and tallies by hand when the phones cannot get in.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.record import Locus, RoomActivityKind, Scope
from dialogtool.core.room.state import CHOICES, Answer
from dialogtool.ui import labels

SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
STYLE = """
QLabel#roomProblem { background: #fff4e5; border: 1px solid #e0a040; border-radius: 6px;
                     padding: 4px 6px; color: #3d2200; }
"""


def _narrow(combo: QComboBox) -> None:
    """A combo box as narrow as the column: long entries are shortened, not the column widened."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


class RoomPanel(QWidget):
    participationToggled = Signal(bool)
    interfacesRequested = Signal()
    startRequested = Signal(object)  # RoomActivityKind
    closeRequested = Signal()
    revealRequested = Signal()
    shownToggled = Signal(int, bool)
    placeRequested = Signal(int, object, object)  # seq, Locus, Scope
    typedAnswer = Signal(object)  # {"text": ...} | {"number": ...} | {"choice": ...}

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("roomPanel")
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Rummet"))  # focusable, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("roomPanelContent")
        scroll.setWidget(content)
        outer.addWidget(scroll)
        # One control a row: the notes column beside the meeting is narrow at 1024 px.
        column = QVBoxLayout(content)
        self.toggle = QCheckBox(self.tr("Rummet deltager"))
        self.toggle.setObjectName("roomToggle")
        self.toggle.setToolTip(
            self.tr("Deltagerne svarer anonymt fra deres telefoner over rummets eget netværk")
        )
        self.toggle.clicked.connect(self.participationToggled)
        self.interface = QComboBox()
        self.interface.setObjectName("roomInterface")
        self.interface.setAccessibleName(self.tr("Netværk"))
        self.refresh = QPushButton(self.tr("Find netværk"))
        self.refresh.setObjectName("roomInterfaces")
        self.refresh.clicked.connect(self.interfacesRequested)
        for combo in (self.interface,):
            _narrow(combo)
        column.addWidget(self.toggle)
        column.addWidget(self.interface)
        column.addWidget(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("roomStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("roomProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        column.addWidget(self.status)
        column.addWidget(self.problem)

        activities = QGridLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("roomActivityKind")
        self.kind.setAccessibleName(self.tr("Aktivitet"))
        for kind, text in self._kinds().items():
            self.kind.addItem(text, kind)
        self.start = QPushButton(self.tr("Start"))
        self.start.setObjectName("roomStart")
        self.start.clicked.connect(
            lambda: self.startRequested.emit(RoomActivityKind(self.kind.currentData()))
        )
        self.close_button = QPushButton(self.tr("Luk for svar"))
        self.close_button.setObjectName("roomClose")
        self.close_button.clicked.connect(self.closeRequested)
        self.reveal = QPushButton(self.tr("Vis for rummet"))
        self.reveal.setObjectName("roomReveal")
        self.reveal.clicked.connect(self.revealRequested)
        _narrow(self.kind)
        column.addWidget(self.kind)
        activities.addWidget(self.start, 0, 0)
        activities.addWidget(self.close_button, 0, 1)
        activities.addWidget(self.reveal, 1, 0, 1, 2)
        column.addLayout(activities)
        self.count = QLabel()
        self.count.setObjectName("roomCount")
        self.count.setWordWrap(True)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.count)

        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._item_changed)
        self.answers = QListView()
        self.answers.setObjectName("roomAnswers")
        self.answers.setModel(self.model)
        self.answers.setWordWrap(True)
        self.answers.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.answers.setAccessibleName(self.tr("Indkomne svar"))
        column.addWidget(self.answers, 1)

        self.places = QWidget()
        grid = QGridLayout(self.places)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (locus, scope) in enumerate(
            (locus, scope) for scope in Scope for locus in Locus
        ):
            button = QPushButton(f"{labels.locus(locus)} · {labels.scope(scope)}")
            button.setObjectName(f"roomPlace_{locus.value}_{scope.value}")
            button.clicked.connect(partial(self._place, locus, scope))
            grid.addWidget(button, number, 0)
        column.addWidget(self.places)

        self.typed_caption = QLabel(self.tr("Skriv rummets svar ind:"))
        self.typed_caption.setWordWrap(True)
        column.addWidget(self.typed_caption)
        self.typed_choices = QGridLayout()
        column.addLayout(self.typed_choices)
        typed = QHBoxLayout()
        self.typed_text = QLineEdit()
        self.typed_text.setObjectName("roomTypedText")
        self.typed_text.setAccessibleName(self.tr("Et svar fra rummet, skrevet af dig"))
        self.typed_text.returnPressed.connect(self._typed)
        self.typed_add = QPushButton(self.tr("Tilføj"))
        self.typed_add.setObjectName("roomTypedAdd")
        self.typed_add.clicked.connect(self._typed)
        typed.addWidget(self.typed_text, 1)
        typed.addWidget(self.typed_add)
        column.addLayout(typed)
        self.trend = QLabel()
        self.trend.setObjectName("roomTrend")
        self.trend.setWordWrap(True)
        self.trend.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.trend)
        self._kind: RoomActivityKind | None = None
        self.show_activity(None, open_=False)

    def _kinds(self) -> dict[RoomActivityKind, str]:
        return {
            RoomActivityKind.GUESS_VALUE: self.tr("Gæt først: tallet"),
            RoomActivityKind.GUESS_DIRECTION: self.tr("Gæt først: op, uændret, ned"),
            RoomActivityKind.NOTICE: self.tr("Undersøg: hvad falder i øjnene?"),
            RoomActivityKind.CHECKIN: self.tr("Tjek ind"),
            RoomActivityKind.CHECKOUT: self.tr("Tjek ud"),
            RoomActivityKind.RATING: self.tr("Tjek ud: vurdering 1–5"),
            RoomActivityKind.CARDS: self.tr("Forklaringer på kort"),
        }

    # -- shown state ---------------------------------------------------------------
    def show_interfaces(self, interfaces: list[tuple[str, str]]) -> None:
        """(label, address) pairs; the first is chosen."""
        self.interface.clear()
        for label, address in interfaces:
            self.interface.addItem(label, address)

    def chosen_address(self) -> str:
        return str(self.interface.currentData() or "")

    def suggest(self, kind: RoomActivityKind) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_activity(self, kind: RoomActivityKind | None, *, open_: bool) -> None:
        """A new activity: the list empties and the typed row fits its answers."""
        self._kind = kind
        self.model.clear()
        self.close_button.setEnabled(kind is not None and open_)
        self.reveal.setEnabled(kind is not None)
        self.places.setVisible(kind == RoomActivityKind.CARDS)
        while self.typed_choices.count():
            item = self.typed_choices.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        choices = CHOICES.get(kind) if kind is not None else None
        for number, choice in enumerate(choices or ()):
            label = self._choice_label(choice)
            button = QPushButton(f"+1 {label}")
            button.setObjectName(f"roomTyped_{choice}")
            button.clicked.connect(partial(self.typedAnswer.emit, {"choice": choice}))
            self.typed_choices.addWidget(button, number // 2, number % 2)
        texts = kind is not None and not choices
        self.typed_text.setVisible(texts)
        self.typed_add.setVisible(texts)
        self.typed_caption.setVisible(kind is not None)
        self.typed_text.setPlaceholderText(
            self.tr("Et tal") if kind == RoomActivityKind.GUESS_VALUE else self.tr("Et svar")
        )

    def _choice_label(self, choice: str) -> str:
        words = {"up": self.tr("Op"), "flat": self.tr("Uændret"), "down": self.tr("Ned")}
        return words.get(choice, choice)

    def add_answers(self, answers: list[Answer]) -> None:
        checkable = self._kind == RoomActivityKind.NOTICE
        for answer in answers:
            if answer.text:
                text = answer.text
            elif answer.number is not None:
                text = f"{answer.number:g}"
            else:
                text = self._choice_label(answer.choice)
            if answer.typed:
                text += self.tr("  (skrevet ind)")
            item = QStandardItem(text)  # set up before it joins the model: no itemChanged
            item.setData(answer.seq, SEQ_ROLE)
            item.setCheckable(checkable)
            self.model.appendRow(item)

    def _item_changed(self, item: QStandardItem) -> None:
        if item.isCheckable():
            self.shownToggled.emit(
                int(item.data(SEQ_ROLE)), item.checkState() == Qt.CheckState.Checked
            )

    def _place(self, locus: Locus, scope: Scope) -> None:
        index = self.answers.currentIndex()
        if index.isValid():
            self.placeRequested.emit(int(index.data(SEQ_ROLE)), locus, scope)
            self.model.removeRow(index.row())

    def _typed(self) -> None:
        text = self.typed_text.text().strip()
        if not text:
            return
        if self._kind == RoomActivityKind.GUESS_VALUE:
            try:
                number = float(text.replace(".", "").replace(",", ".") if "," in text else text)
            except ValueError:
                self.show_problem(self.tr("Skriv et tal, fx 42 eller 41,5."))
                return
            self.typedAnswer.emit({"number": number})
        else:
            self.typedAnswer.emit({"text": text})
        self.typed_text.clear()
