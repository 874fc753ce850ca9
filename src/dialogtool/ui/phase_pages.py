"""The page that edits each kind of step (``core.phases.PhaseKind``).

Pages are imported when a meeting first needs them, so the start screen does
not pay for the charts and tables of the meeting.
"""

from __future__ import annotations

from collections.abc import Callable

from dialogtool.core.phases import PhaseKind, spec
from dialogtool.core.record import PhaseId
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession


def _preparation(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.prepare import PreparePage

    return PreparePage(session)


def _framing(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.framing import FramingPage

    return FramingPage(session)


def _round(session: MeetingSession, phase: PhaseId) -> Page:
    from dialogtool.ui.pages.rounds import RoundPage

    return RoundPage(session, phase)


def _review(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.review import ReviewPage

    return ReviewPage(session)


def _data(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.data import DataPage

    return DataPage(session)


def _tomm(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.tomm import TommPage

    return TommPage(session)


def _question_round(session: MeetingSession, phase: PhaseId) -> Page:
    from dialogtool.ui.pages.question_round import QuestionRoundPage

    return QuestionRoundPage(session, phase)


def _explanations(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.explanations import ExplanationsPage

    return ExplanationsPage(session)


def _actions(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.actions import ActionsPage

    return ActionsPage(session)


def _summary(session: MeetingSession, _phase: PhaseId) -> Page:
    from dialogtool.ui.pages.summary import SummaryPage

    return SummaryPage(session)


FACTORIES: dict[PhaseKind, Callable[[MeetingSession, PhaseId], Page]] = {
    PhaseKind.PREPARATION: _preparation,
    PhaseKind.FRAMING: _framing,
    PhaseKind.ROUND: _round,
    PhaseKind.REVIEW: _review,
    PhaseKind.DATA: _data,
    PhaseKind.TOMM: _tomm,
    PhaseKind.QUESTION_ROUND: _question_round,
    PhaseKind.EXPLANATIONS: _explanations,
    PhaseKind.ACTIONS: _actions,
    PhaseKind.SUMMARY: _summary,
}


def page_for(session: MeetingSession, phase: PhaseId) -> Page:
    return FACTORIES[spec(phase).kind](session, phase)
