"""The page that edits each kind of step (``core.phases.PhaseKind``).

Pages are imported when a meeting first needs them, so the start screen does
not pay for the charts and tables of the meeting.
"""

from __future__ import annotations

from importlib import import_module
from typing import NamedTuple

from dialogtool.core.phases import PhaseKind, spec
from dialogtool.core.record import PhaseId
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession


class PageClass(NamedTuple):
    module: str  # in dialogtool.ui.pages
    name: str
    #: Whether one page class serves several phases and is told which (the rounds).
    per_phase: bool = False


PAGES: dict[PhaseKind, PageClass] = {
    PhaseKind.PREPARATION: PageClass("prepare", "PreparePage"),
    PhaseKind.FRAMING: PageClass("framing", "FramingPage"),
    PhaseKind.ROUND: PageClass("rounds", "RoundPage", per_phase=True),
    PhaseKind.REVIEW: PageClass("review", "ReviewPage"),
    PhaseKind.DATA: PageClass("data", "DataPage"),
    PhaseKind.TOMM: PageClass("tomm", "TommPage"),
    PhaseKind.QUESTION_ROUND: PageClass("question_round", "QuestionRoundPage", per_phase=True),
    PhaseKind.EXPLANATIONS: PageClass("explanations", "ExplanationsPage"),
    PhaseKind.ACTIONS: PageClass("actions", "ActionsPage"),
    PhaseKind.SUMMARY: PageClass("summary", "SummaryPage"),
}


def page_for(session: MeetingSession, phase: PhaseId) -> Page:
    page = PAGES[spec(phase).kind]
    cls = getattr(import_module(f"dialogtool.ui.pages.{page.module}"), page.name)
    made = cls(session, phase) if page.per_phase else cls(session)
    assert isinstance(made, Page)
    return made
