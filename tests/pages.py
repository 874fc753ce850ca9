"""Page objects: UI tests say what a user does ("notice", "add an action", "undo"),
and only these classes know which widget does it.

Start from ``Meeting(qtbot, view)``; each step's page is an attribute that goes to
that step first (``meeting.data.notice("…")``, ``meeting.actions.add("…")``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from dialogtool.core.record import Locus, MeetingRecord, PhaseId, Quadrant, Scope

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from dialogtool.ui.meeting_view import MeetingView
    from dialogtool.ui.pages.actions import ActionsPage
    from dialogtool.ui.pages.data import DataPage
    from dialogtool.ui.pages.explanations import ExplanationsPage
    from dialogtool.ui.pages.tomm import TommPage


class Meeting:
    """The open meeting in the leader's window (and the room's, while presenting)."""

    def __init__(self, qtbot: QtBot, view: MeetingView) -> None:
        self.qtbot = qtbot
        self.view = view

    @property
    def record(self) -> MeetingRecord:
        return self.view.session.record

    def go(self, step: PhaseId) -> None:
        self.view.go_to(step.value)
        assert self.view.session.step == step

    @property
    def data(self) -> DataStep:
        self.go(PhaseId.DATA)
        return DataStep(self)

    @property
    def actions(self) -> ActionsStep:
        self.go(PhaseId.ACTIONS)
        return ActionsStep(self)

    @property
    def explanations(self) -> ExplanationsStep:
        self.go(PhaseId.EXPLANATIONS)
        return ExplanationsStep(self)

    @property
    def questions(self) -> QuestionsStep:
        self.go(PhaseId.TOMM)
        return QuestionsStep(self)

    def type_private_note(self, text: str) -> None:
        self.qtbot.keyClicks(self.view.private_notes, text)

    def _screen(self, room: bool) -> QWidget:
        window = self.view.presenter.audience if room else self.view.window()
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    def undo(self, *, room: bool = False) -> None:
        """Ctrl+Z on the leader's window, or on the room's window."""
        target = self._screen(room)
        focus = QApplication.focusWidget() if not room else None
        self.qtbot.keyClick(focus or target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def redo(self, *, room: bool = False) -> None:
        target = self._screen(room)
        self.qtbot.keyClick(target, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)

    @property
    def undo_text(self) -> str:
        return self.view.undo_actions.undo.text()

    def present(self) -> None:
        self.view.presenter.start(from_start=False)
        self.qtbot.waitUntil(self.view.presenter.audience.isVisible)


class DataStep:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        page = meeting.view.current_page()
        self.page: DataPage = page  # type: ignore[assignment]

    def choose(self, indicator_id: str) -> None:
        self.page.select_indicator(indicator_id)

    def notice(self, text: str) -> None:
        """Type what the team notices into its box."""
        self.page.noticed.setFocus()
        self.meeting.qtbot.keyClicks(self.page.noticed, text)

    def perspective(self, text: str) -> None:
        self.page.perspective.setFocus()
        self.meeting.qtbot.keyClicks(self.page.perspective, text)

    @property
    def noticed_text(self) -> str:
        return self.page.noticed.toPlainText()

    @property
    def perspective_text(self) -> str:
        return self.page.perspective.toPlainText()


class ActionsStep:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        page = meeting.view.current_page()
        self.page: ActionsPage = page  # type: ignore[assignment]

    def texts(self) -> list[str]:
        return [a.text for a in self.meeting.record.action_items]

    def add(self, text: str) -> int:
        from dialogtool.ui.pages.actions import TEXT

        row = self.page.add_action()
        self.page.model.setData(self.page.model.index(row, TEXT), text)
        return row

    def set_due(self, row: int, day: dt.date) -> None:
        """Pick a due date as the date editor hands it to the table."""
        from dialogtool.ui.pages.actions import DUE

        index = self.page.model.index(row, DUE)
        assert self.page.model.setData(index, QDate(day.year, day.month, day.day))

    def due(self, row: int) -> dt.date | None:
        return self.meeting.record.action_items[row].due

    def delete(self, row: int) -> None:
        self.page.remove_action(row)


class ExplanationsStep:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        page = meeting.view.current_page()
        self.page: ExplanationsPage = page  # type: ignore[assignment]

    def add(self, text: str, locus: Locus = Locus.INTERNAL, scope: Scope = Scope.COLLECTIVE) -> str:
        box = self.page.boxes[(locus, scope)]
        box.new_card.setText(text)
        card = box.add_card()
        assert card is not None
        return card.id

    def move_across(self, card_id: str) -> None:
        """Move a card to the other locus (internal ↔ external), as its button does."""
        card = next(c for c in self.meeting.record.explanations if c.id == card_id)
        box = self.page.boxes[(card.locus, card.scope)]
        box.select(card_id)
        box.move_current(horizontal=True)

    def where(self, card_id: str) -> tuple[Locus, Scope]:
        card = next(c for c in self.meeting.record.explanations if c.id == card_id)
        return card.locus, card.scope

    def shown(self, locus: Locus, scope: Scope) -> list[str]:
        return [c.text for c in self.page.boxes[(locus, scope)].model.cards()]


class QuestionsStep:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        page = meeting.view.current_page()
        self.page: TommPage = page  # type: ignore[assignment]

    def tick(self, quadrant: Quadrant) -> str:
        """Tick the first question of a quadrant not ticked yet; returns its text."""
        model = self.page.boxes[quadrant].model
        item = next(
            model.item(row)
            for row in range(model.rowCount())
            if model.item(row).checkState() != Qt.CheckState.Checked
        )
        item.setCheckState(Qt.CheckState.Checked)
        return str(item.text())

    def ticked(self, quadrant: Quadrant) -> list[str]:
        model = self.page.boxes[quadrant].model
        return [
            model.item(row).text()
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]
