"""Check-in and check-out rounds: one entry per participant, in speaking order."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from dialogtool.core import meeting
from dialogtool.core.questions import bundled_bank
from dialogtool.core.record import ParticipantEntry, PhaseId
from dialogtool.core.templates import template_by_id
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession


class RoundPage(Page):
    def __init__(self, session: MeetingSession, phase: PhaseId) -> None:
        self.phase = phase
        if phase == PhaseId.CHECKIN:
            title = self.tr("Tjek ind")
            intro = self.tr(
                "Hver deltager forbinder sig med formål og udbytte. Skriv kort, hvad hver især siger."
            )
        else:
            title = self.tr("Tjek ud")
            intro = self.tr(
                "Hvad tager vi med os, og hvad skal det føre til af handling? Én ad gangen."
            )
        super().__init__(session, title, intro)
        self.questions = QLabel()
        self.questions.setObjectName("bigText")
        self.questions.setWordWrap(True)
        self.layout_.addWidget(self.questions)
        names = lambda entry: next(  # noqa: E731
            (p.name for p in self.session.record.participants if p.id == entry.participant_id),
            "?",
        )
        self.model = RecordListModel[ParticipantEntry](
            session,
            lambda: meeting.round_entries(self.session.record, self.phase),
            [
                Column(self.tr("Deltager"), names),
                Column(self.tr("Siger"), lambda e: e.text, lambda e, v: setattr(e, "text", v)),
                Column(
                    self.tr("Står over"),
                    lambda e: e.passed,
                    lambda e, v: setattr(e, "passed", v),
                    checkable=True,
                ),
            ],
        )
        self.view = QTableView()
        self.view.setObjectName(f"{phase.value}Table")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.view, 1)
        self.empty_hint = QLabel(
            self.tr("Tilføj deltagere under Forberedelse for at tage en runde.")
        )
        self.layout_.addWidget(self.empty_hint)

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()
        self.empty_hint.setVisible(not self.session.record.participants)
        self.questions.setText("\n".join(f"»{q}«" for q in self._suggested()))

    def _suggested(self) -> list[str]:
        """The template's questions for this round, else the bank's first two."""
        bank = bundled_bank()
        template = template_by_id(self.session.record.template_id or "")
        ids: tuple[str, ...] = ()
        if template is not None:
            ids = next(
                (p.suggested_questions for p in template.phases if p.phase == self.phase), ()
            )
        questions = [q for i in ids if (q := bank.get(i)) is not None]
        if not questions:
            questions = bank.in_category(self.phase.value, self.session.record.kind)[:2]
        return [q.text.get(ui_lang()) for q in questions]
