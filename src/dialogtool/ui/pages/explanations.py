"""The game board's step 3: the team's explanations as cards on a 2×2.

Columns, seen from the leader's chair: external (outside the leader's direct influence)
and internal (the leader has direct influence on it).
Rows: collective (affects everyone) and individual (tied to one person).
Cards are added in a quadrant, moved with the arrow buttons, Ctrl+arrow keys or
drag and drop, edited with a double-click or F2 and deleted with Delete.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import edits
from dialogtool.core.record import Explanation, Locus, PhaseId, Scope
from dialogtool.ui import labels
from dialogtool.ui.card_delegate import CardDelegate
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.explanations import ExplanationListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession

#: Grid position (row, column) of each quadrant, below and right of the axis labels.
COLUMNS = {Locus.EXTERNAL: 1, Locus.INTERNAL: 2}
ROWS = {Scope.COLLECTIVE: 1, Scope.INDIVIDUAL: 2}
PROMPT_COUNT = 3
ARROW_BUTTON_WIDTH = 44

_OTHER_LOCUS = {Locus.EXTERNAL: Locus.INTERNAL, Locus.INTERNAL: Locus.EXTERNAL}
_OTHER_SCOPE = {Scope.COLLECTIVE: Scope.INDIVIDUAL, Scope.INDIVIDUAL: Scope.COLLECTIVE}


class CardListView(QListView):
    """A quadrant's cards; Delete removes the current card, Ctrl+arrows move it."""

    def __init__(self, box: ExplanationBox) -> None:
        super().__init__()
        self.box = box
        self.setWordWrap(True)
        self.setItemDelegate(CardDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.box.delete_current()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.box.move_current(horizontal=True)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.box.move_current(horizontal=False)
                return
        super().keyPressEvent(event)


class ExplanationBox(QGroupBox):
    def __init__(self, page: ExplanationsPage, locus: Locus, scope: Scope) -> None:
        super().__init__(labels.explanation_quadrant(locus, scope))
        self.page = page
        self.locus = locus
        self.scope = scope
        self.setObjectName(f"explanations_{locus.value}_{scope.value}")
        layout = QVBoxLayout(self)
        self.model = ExplanationListModel(page.session, locus, scope)
        self.model.moved.connect(page.reload_cards)
        self.view = CardListView(self)
        self.view.setObjectName(f"cards_{locus.value}_{scope.value}")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.title())
        layout.addWidget(self.view, 1)
        self.new_card = QLineEdit()
        self.new_card.setObjectName(f"newCard_{locus.value}_{scope.value}")
        self.new_card.setPlaceholderText(self.tr("Ny forklaring …"))
        self.new_card.setToolTip(self.tr("Skriv forklaringen, og tryk Enter"))
        self.new_card.setAccessibleName(self.tr("Ny forklaring i %1").replace("%1", self.title()))
        self.new_card.returnPressed.connect(self.add_card)
        layout.addWidget(self.new_card)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        other_locus = labels.locus(_OTHER_LOCUS[locus])
        other_scope = labels.scope(_OTHER_SCOPE[scope])
        # Arrows point at the neighbouring quadrant on the board.
        self.across_button = QPushButton("→" if locus == Locus.EXTERNAL else "←")
        self.down_button = QPushButton("↓" if scope == Scope.COLLECTIVE else "↑")
        for button, target, horizontal in (
            (self.across_button, other_locus, True),
            (self.down_button, other_scope, False),
        ):
            tip = self.tr("Flyt kortet til %1 (Ctrl+pil)").replace("%1", target.lower())
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFixedWidth(ARROW_BUTTON_WIDTH)
            button.clicked.connect(lambda _=False, h=horizontal: self.move_current(horizontal=h))
        self.delete_button = QPushButton(self.tr("Slet"))
        self.delete_button.setToolTip(self.tr("Slet kortet (Delete)"))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.across_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def editors(self) -> list[QWidget]:
        return [self.new_card, self.across_button, self.down_button, self.delete_button]

    def current(self) -> Explanation | None:
        index = self.view.currentIndex()
        return self.model.card(index.row()) if index.isValid() else None

    def add_card(self) -> Explanation | None:
        text = " ".join(self.new_card.text().split())
        session = self.page.session
        if not text:
            return None
        card = Explanation(text=text, locus=self.locus, scope=self.scope)
        label = self.tr("ny forklaring '%1'").replace("%1", text)
        if not session.apply(edits.add_explanation(label, card)):
            return None
        self.new_card.clear()
        self.model.reload()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        return card

    def move_current(self, *, horizontal: bool) -> None:
        card = self.current()
        if card is None:
            return
        locus = _OTHER_LOCUS[self.locus] if horizontal else self.locus
        scope = self.scope if horizontal else _OTHER_SCOPE[self.scope]
        target = self.page.boxes[(locus, scope)]
        target.model.take({card.id})
        target.select(card.id)

    def delete_current(self) -> None:
        card = self.current()
        if card is None:
            return
        row = self.view.currentIndex().row()
        label = self.tr("slet forklaringen '%1'").replace("%1", card.text)
        if not self.page.session.apply(edits.remove_explanation(label, card.id)):
            return
        self.model.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def select(self, card_id: str) -> None:
        row = next((r for r, c in enumerate(self.model.cards()) if c.id == card_id), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.setFocus()


class ExplanationsPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Forklaringer"),
            self.tr(
                "Hvad kan forklare det, vi undrer os over? Skriv hver forklaring som et kort, "
                "og placér det: kan lederen påvirke det, og gælder det alle eller én?"
            ),
        )
        self.prompts = QLabel()
        self.prompts.setObjectName("prompts")
        self.prompts.setWordWrap(True)
        self.layout_.addWidget(self.prompts)
        grid = QGridLayout()
        grid.setSpacing(8)
        for text, row, column in (
            *(
                (f"{labels.locus(lo)} – {labels.locus_means(lo)}", 0, COLUMNS[lo])
                for lo in (Locus.EXTERNAL, Locus.INTERNAL)
            ),
            *(
                (f"{labels.scope(sc)}\n({labels.scope_means(sc)})", ROWS[sc], 0)
                for sc in (Scope.COLLECTIVE, Scope.INDIVIDUAL)
            ),
        ):
            label = QLabel(text)
            label.setObjectName("axis")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            grid.addWidget(label, row, column)
        self.boxes: dict[tuple[Locus, Scope], ExplanationBox] = {}
        for locus, column in COLUMNS.items():
            for scope, row in ROWS.items():
                box = ExplanationBox(self, locus, scope)
                self.boxes[(locus, scope)] = box
                grid.addWidget(box, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.layout_.addLayout(grid, 1)

    def refresh(self) -> None:
        super().refresh()
        self.reload_cards()
        self.prompts.setText("\n".join(f"»{text}«" for text in self.prompt_texts()))

    def reload_cards(self) -> None:
        for box in self.boxes.values():
            box.model.reload()

    def prompt_texts(self) -> list[str]:
        """The template's questions for this step, else the game board's step-3 questions."""
        questions = self.session.library.suggested(self.session.record, PhaseId.EXPLANATIONS)
        return [q.text.get(ui_lang()) for q in questions[:PROMPT_COUNT]]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for box in self.boxes.values():
            for widget in box.editors():
                widget.setEnabled(not read_only)
