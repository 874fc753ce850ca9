"""Operations on a meeting record that carry the method's rules.

The UI calls these instead of editing fields that have an order to them (UGU,
phase times, status), so the rules hold whatever screen is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from dialogtool.core import fup, phase_questions, time_plan
from dialogtool.core.i18n import Lang
from dialogtool.core.questions import Question
from dialogtool.core.record import (
    ActionStatus,
    AgendaItem,
    Fup,
    IndicatorDiscussion,
    LeaderRole,
    MeetingClock,
    MeetingRecord,
    MeetingStatus,
    ParticipantEntry,
    PhaseId,
    PhasePlan,
    UguStep,
    utc_now,
)
from dialogtool.core.templates import MeetingTemplate

if TYPE_CHECKING:  # numpy loads only with a dataset
    from dialogtool.core.dataset import Dataset


class UguOrderError(ValueError):
    """The leader tried to give their perspective before the team had explored."""


def new_meeting(
    template: MeetingTemplate,
    lang: Lang = "da",
    *,
    when: datetime | None = None,
    team: str = "",
    tomm_picks: Sequence[Question] | None = None,
) -> MeetingRecord:
    """A meeting from ``template``: its FUP with the end time, its phases, its Tomm picks.

    ``tomm_picks`` are the template's questions for the Tomm step as the library
    offers them (``Library.template_picks``: the user's own included, hidden ones
    left out); by default the bundled bank's.
    """
    plan = Fup(
        purpose=template.fup.purpose.get(lang),
        outcome=template.fup.outcome.get(lang),
        process=[
            AgendaItem(
                title=item.title.get(lang) if item.title else "",
                minutes=item.minutes,
                phase=item.phase,
            )
            for item in template.fup.process
        ],
    )
    record = MeetingRecord(
        kind=template.kind,
        title=template.name.get(lang),
        team=team,
        scheduled_at=when or utc_now(),
        duration_minutes=template.duration_minutes,
        template_id=template.id,
        fup=plan,
        phases=[PhasePlan(phase=p.phase, minutes=p.minutes) for p in template.phases],
    )
    time_plan.normalise(record)  # a template saved before agenda items named their phase
    record.fup.outcome = fup.with_end_time(record.fup.outcome, fup.end_time(record), lang)
    if tomm_picks is None:
        tomm_picks = phase_questions.bundled_picks(template, PhaseId.TOMM)
    for question in tomm_picks:
        if record.kind in question.fits:
            phase_questions.pick(record, PhaseId.TOMM, question, lang)
    phase_questions.pick_method_pairs(record, lang)
    return record


def enter_phase(record: MeetingRecord, phase: PhaseId, now: datetime | None = None) -> None:
    """Move the meeting to ``phase``; while the meeting runs, the phases' clocks follow.

    Looking at a step does not start the meeting: only ``start`` does.
    """
    now = now or utc_now()
    if (record.current_phase or PhaseId.PREPARE) == phase:
        return
    _close_visit(record, now)
    record.current_phase = phase
    if record.clock.running:
        _open_visit(record, now)


def start(record: MeetingRecord, now: datetime | None = None) -> None:
    """The leader starts (or resumes) the meeting: its clock and the current phase's run."""
    now = now or utc_now()
    clock = record.clock
    if clock.running or record.status == MeetingStatus.FINISHED:
        return
    if clock.started_at is None:
        clock.started_at = now
    clock.running_since = now
    record.status = MeetingStatus.RUNNING
    _open_visit(record, now)


def pause(record: MeetingRecord, now: datetime | None = None) -> None:
    """Stop every clock until the leader resumes (also when the meeting is closed)."""
    now = now or utc_now()
    clock = record.clock
    if clock.running_since is None:
        return
    clock.elapsed_seconds += max(0, int((now - clock.running_since).total_seconds()))
    clock.running_since = None
    _close_visit(record, now)


def reset_clock(record: MeetingRecord) -> None:
    """Back to the full time: no phase has run and the meeting has not started."""
    record.clock = MeetingClock()
    for plan in record.phases:
        plan.started_at = plan.ended_at = plan.entered_at = None
        plan.spent_seconds = 0
    if record.status == MeetingStatus.RUNNING:
        record.status = MeetingStatus.PLANNED


def finish(record: MeetingRecord, now: datetime | None = None) -> None:
    pause(record, now)
    record.status = MeetingStatus.FINISHED


def _current_plan(record: MeetingRecord) -> PhasePlan | None:
    return next((p for p in record.phases if p.phase == record.current_phase), None)


def _open_visit(record: MeetingRecord, now: datetime) -> None:
    plan = _current_plan(record)
    if plan is not None:
        if plan.started_at is None:
            plan.started_at = now
        plan.entered_at = now
        plan.ended_at = None


def _close_visit(record: MeetingRecord, now: datetime) -> None:
    """Close the current visit of a phase, adding its time to the phase's total."""
    plan = _current_plan(record)
    if plan is not None and plan.entered_at is not None and plan.ended_at is None:
        plan.spent_seconds += max(0, int((now - plan.entered_at).total_seconds()))
        plan.ended_at = now


def reopen(record: MeetingRecord) -> None:
    """Continue a finished meeting (it was shown read-only until now); its clock stays paused."""
    record.status = MeetingStatus.RUNNING


def discussion(record: MeetingRecord, indicator_id: str) -> IndicatorDiscussion:
    """The UGU discussion of one indicator, created on first use."""
    for item in record.indicators:
        if item.indicator_id == indicator_id:
            return item
    item = IndicatorDiscussion(indicator_id=indicator_id)
    record.indicators.append(item)
    return item


def discussion_as_is(record: MeetingRecord, indicator_id: str) -> IndicatorDiscussion:
    """The discussion of an indicator to look at: a blank one, not added, before it began."""
    return next(
        (item for item in record.indicators if item.indicator_id == indicator_id),
        IndicatorDiscussion(indicator_id=indicator_id),
    )


def show_indicator(record: MeetingRecord, dataset: Dataset | None, indicator_id: str) -> bool:
    """Freeze the numbers of an indicator into the record the first time it is shown.

    From then on the record keeps what the room saw, whatever happens to the file.
    True when a snapshot was taken now (the record changed).
    """
    item = discussion(record, indicator_id)
    if item.snapshot is not None or dataset is None:
        return False
    if indicator_id not in {m.id for m in dataset.indicators}:
        return False
    item.snapshot = dataset.snapshot(indicator_id, team=record.team)
    return True


def use_dataset(record: MeetingRecord, dataset: Dataset) -> None:
    """New numbers replace the snapshots of indicators the team has not talked about yet."""
    record.dataset_source = dataset.source
    record.dataset_sha256 = dataset.sha256
    ids = {m.id for m in dataset.indicators}
    for item in record.indicators:
        if item.indicator_id in ids and not item.team_noticed:
            item.snapshot = dataset.snapshot(item.indicator_id, team=record.team)


def can_give(item: IndicatorDiscussion, role: LeaderRole = LeaderRole.FACILITATOR) -> bool:
    """The leader gives their view only after the team has said what it notices.

    The *afgrænser* already knows where the data must lead: they may state the
    direction first and then be curious about how to get there (domain.md §5).
    """
    if item.step != UguStep.EXPLORE:
        return False
    return bool(item.team_noticed.strip()) or role == LeaderRole.AFGRAENSER


def advance_ugu(
    item: IndicatorDiscussion,
    now: datetime | None = None,
    role: LeaderRole = LeaderRole.FACILITATOR,
) -> UguStep:
    if item.step == UguStep.EXPLORE:
        if not can_give(item, role):
            raise UguOrderError("the team explores before the leader gives a perspective")
        item.step = UguStep.GIVE
        item.perspective_revealed_at = now or utc_now()
        # The order was the afgrænser's choice, not a skipped step: the record says so.
        item.direction_first = not item.team_noticed.strip()
    elif item.step == UguStep.GIVE:
        item.step = UguStep.EXPLORE_AGAIN
    return item.step


def revealed_perspective(item: IndicatorDiscussion) -> str | None:
    """What the room may see of the leader's perspective: nothing until it is given."""
    if item.perspective_revealed_at is None:
        return None
    return item.leader_perspective


def round_entries(record: MeetingRecord, phase: PhaseId) -> list[ParticipantEntry]:
    """Check-in or check-out entries, one per participant, in the round's speaking order.

    Before an order is set for the round, the participants' own order holds.
    """
    entries = record.checkin if phase == PhaseId.CHECKIN else record.checkout
    by_id = {e.participant_id: e for e in entries}
    state = record.dialogue
    spoken = state.order if state.phase == phase else []
    ids = [p.id for p in record.participants]
    order = [pid for pid in spoken if pid in ids] + [pid for pid in ids if pid not in spoken]
    ordered = [by_id.get(pid) or ParticipantEntry(participant_id=pid) for pid in order]
    entries[:] = ordered
    return entries


def open_action_count(record: MeetingRecord) -> int:
    return sum(1 for a in record.action_items if a.status == ActionStatus.OPEN and a.text)


#: The follow-up offered when the leader ticks "we follow up": four weeks on ...
FOLLOW_UP_AFTER = timedelta(days=28)
#: ... and never before a week after the last agreed deadline.
FOLLOW_UP_AFTER_DUE = timedelta(days=7)


def latest_due(record: MeetingRecord) -> date | None:
    """The last deadline of the open and done actions (a cancelled one binds nobody)."""
    return max(
        (a.due for a in record.action_items if a.due and a.status != ActionStatus.CANCELLED),
        default=None,
    )


def suggested_follow_up(record: MeetingRecord, today: date) -> date:
    """When to follow up: four weeks on, or a week after the latest deadline if that is later."""
    due = latest_due(record)
    return max(today + FOLLOW_UP_AFTER, due + FOLLOW_UP_AFTER_DUE if due else today)
