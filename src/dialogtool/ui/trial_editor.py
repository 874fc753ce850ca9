"""Trial actions on screen: *Prøvehandling* and what we expect, for the chosen action item.

Under the actions table on *Handlinger*: tick *Prøvehandling* and write what you
expect to see; in *Siden sidst*, a trial followed up asks what we learned. Every
change goes through ``core.trials``' operations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dialogtool.core import trials
from dialogtool.core.record import ActionItem, ReviewItem
from dialogtool.ui.language import ui_lang
from dialogtool.ui.session import MeetingSession


class TrialEditor(QWidget):
    """The chosen action's trial mark and expectation (on *Handlinger*)."""

    def __init__(self, session: MeetingSession, current: Callable[[], ActionItem | None]) -> None:
        super().__init__()
        self.session = session
        self.current = current
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.trial = QCheckBox(self.tr("Prøvehandling"))
        self.trial.setObjectName("trialCheck")
        self.trial.setToolTip(
            self.tr("Vi prøver noget af og ser, hvad det giver – også et nej er læring")
        )
        self.trial.clicked.connect(self._trial_toggled)  # the user's click, not show_action's
        row.addWidget(self.trial)
        self.expectation = QLineEdit()
        self.expectation.setObjectName("trialExpectation")
        self.expectation.setPlaceholderText(self.tr("Det forventer vi at se, hvis den virker …"))
        self.expectation.setAccessibleName(self.tr("Det forventer vi"))
        self.expectation.textEdited.connect(self._expectation_edited)
        row.addWidget(self.expectation, 1)
        self.show_action()

    def show_action(self) -> None:
        """Show the chosen action's trial and expectation (disabled when none is chosen)."""
        action = self.current()
        self.trial.setChecked(action is not None and action.trial)
        if self.expectation.text() != (wanted := action.expectation if action else ""):
            self.expectation.setText(wanted)  # textEdited is the user's typing only
        editable = action is not None and not self.session.read_only
        self.trial.setEnabled(editable)
        self.expectation.setEnabled(editable and self.trial.isChecked())

    def _trial_toggled(self, on: bool) -> None:
        action = self.current()
        if action is None or self.session.read_only:
            return
        self.session.apply(trials.trial_operation(action.id, on))
        self.expectation.setEnabled(on)
        if on:
            self.expectation.setFocus()

    def _expectation_edited(self, text: str) -> None:
        action = self.current()
        if action is not None and not self.session.read_only:
            self.session.apply(trials.expectation_operation(action.id, text))


class LearnedEditor(QWidget):
    """For a trial followed up in *Siden sidst*: what we expected, and what we learned."""

    def __init__(
        self,
        session: MeetingSession,
        current: Callable[[], ReviewItem | None],
        learned: Callable[[], None],
    ) -> None:
        super().__init__()
        self.session = session
        self.current = current
        self.learned_callback = learned
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.expected = QLabel()
        self.expected.setObjectName("trialExpected")
        self.expected.setWordWrap(True)
        column.addWidget(self.expected)
        self.learned = QLineEdit()
        self.learned.setObjectName("trialLearned")
        self.learned.setPlaceholderText(self.tr("Det lærte vi …"))
        self.learned.setAccessibleName(self.tr("Det lærte vi"))
        self.learned.textEdited.connect(self._learned_edited)
        self.learned.editingFinished.connect(self.learned_callback)
        column.addWidget(self.learned)
        self.success = QLabel(trials.TRIAL_SUCCESS.get(ui_lang()))
        self.success.setObjectName("hint")
        self.success.setWordWrap(True)
        column.addWidget(self.success)
        self.show_item()

    def show_item(self) -> None:
        item = self.current()
        shown = item is not None and item.trial
        self.setVisible(shown)
        if item is None or not shown:
            return
        expected = item.expectation or self.tr("(ingen forventning skrevet)")
        self.expected.setText(
            self.tr("<b>Prøvehandling.</b> Det forventede vi: %1").replace("%1", expected)
        )
        self.learned.setText(item.learned)
        self.learned.setEnabled(not self.session.read_only)

    def _learned_edited(self, text: str) -> None:
        item = self.current()
        if item is not None and not self.session.read_only:
            self.session.apply(trials.learned_operation(item.meeting_id, item.action_id, text))
