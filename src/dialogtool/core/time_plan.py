"""One plan of time: the agenda (FUP *Proces*) is the meeting's phase plan.

Every agenda item belongs to one timed phase and a phase's timebox is the sum
of its items' minutes, so the agenda, the phase list and the countdown cannot
disagree. A phase usually has one item; several items split a phase (the goal
compass's six principles in one question round). An item with no title of its
own is shown by its phase's name (``labels.agenda_title``).

Edits go through these functions, which keep both lists in step:

- an item's minutes change its phase's timebox;
- a phase's timebox changes its last item (earlier ones when that reaches 0);
- phases are added, removed and reordered together with their items. Removing
  a phase the meeting has been in is refused (its time and notes are history).
"""

from __future__ import annotations

from dialogtool.core.record import AgendaItem, MeetingRecord, PhaseId, PhasePlan


class PhaseInUseError(ValueError):
    """The phase has been held (or the meeting is in it) and cannot be removed."""


def items_of(record: MeetingRecord, phase: PhaseId) -> list[AgendaItem]:
    return [item for item in record.fup.process if item.phase == phase]


def plan_of(record: MeetingRecord, phase: PhaseId) -> PhasePlan:
    return next(plan for plan in record.phases if plan.phase == phase)


def total_minutes(record: MeetingRecord) -> int:
    """The minutes the phase plan (and so the agenda) asks for."""
    return sum(plan.minutes for plan in record.phases)


def over_by(record: MeetingRecord) -> int:
    """Minutes the plan exceeds the meeting's length (0 when it fits)."""
    return max(0, total_minutes(record) - record.duration_minutes)


def normalise(record: MeetingRecord) -> None:
    """Make the agenda and the phases agree, keeping the phases' timeboxes.

    An item that names no phase (an agenda from before version 3) goes to the
    phase in which it starts, counting both lists' minutes from the meeting's
    start; past the last phase it joins the last one. A phase without an item
    gets an untitled one; items follow the phases' order; each phase's items are
    trimmed or topped up (the last one first) to its timebox, which is what the
    clock ran on.
    """
    order = {plan.phase: position for position, plan in enumerate(record.phases)}
    if not order:
        return
    ends: list[tuple[int, PhaseId]] = []
    for plan in record.phases:
        ends.append(((ends[-1][0] if ends else 0) + plan.minutes, plan.phase))
    start = 0
    for item in record.fup.process:
        if item.phase not in order:
            item.phase = next((phase for end, phase in ends if start < end), ends[-1][1])
        start += item.minutes
    items = sorted(record.fup.process, key=lambda item: order[item.phase or ends[-1][1]])
    for plan in record.phases:
        own = [item for item in items if item.phase == plan.phase]
        if not own:
            item = AgendaItem(title="", minutes=plan.minutes, phase=plan.phase)
            items.insert(_insert_at(items, order, plan.phase), item)
            continue
        _spread(own, plan.minutes)
    record.fup.process = items


def _insert_at(items: list[AgendaItem], order: dict[PhaseId, int], phase: PhaseId) -> int:
    later = [i for i, item in enumerate(items) if item.phase and order[item.phase] > order[phase]]
    return later[0] if later else len(items)


def _spread(items: list[AgendaItem], minutes: int) -> None:
    """Make ``items`` add up to ``minutes``: the change lands on the last item first."""
    delta = minutes - sum(item.minutes for item in items)
    for item in reversed(items):
        if delta == 0:
            return
        change = max(delta, -item.minutes)
        item.minutes += change
        delta -= change


def set_item_minutes(record: MeetingRecord, item: AgendaItem, minutes: int) -> None:
    item.minutes = minutes
    if item.phase is not None:
        _sync(record, item.phase)


def _sync(record: MeetingRecord, phase: PhaseId) -> None:
    plan_of(record, phase).minutes = sum(item.minutes for item in items_of(record, phase))


def set_phase_minutes(record: MeetingRecord, phase: PhaseId, minutes: int) -> None:
    plan_of(record, phase).minutes = minutes
    _spread(items_of(record, phase), minutes)


def add_item(record: MeetingRecord, after: int, title: str, minutes: int = 5) -> AgendaItem:
    """A new agenda item in the phase of item ``after`` (the last phase when none is chosen)."""
    items = record.fup.process
    if not record.phases:
        raise ValueError("a meeting without phases has no agenda")
    if not 0 <= after < len(items):
        after = len(items) - 1
    phase = items[after].phase if items else record.phases[-1].phase
    assert phase is not None
    item = AgendaItem(title=title, minutes=minutes, phase=phase)
    items.insert(after + 1, item)
    set_item_minutes(record, item, minutes)
    return item


def remove_item(record: MeetingRecord, index: int) -> None:
    """Remove one agenda item; the last item of a phase removes the phase."""
    item = record.fup.process[index]
    if item.phase is not None and len(items_of(record, item.phase)) == 1:
        remove_phase(record, item.phase)
        return
    del record.fup.process[index]
    if item.phase is not None:
        _sync(record, item.phase)


def addable_phases(record: MeetingRecord) -> list[PhaseId]:
    """Timed phases this meeting does not have yet, in the registry's order."""
    present = {plan.phase for plan in record.phases}
    return [phase for phase in PhaseId if phase != PhaseId.PREPARE and phase not in present]


def add_phase(record: MeetingRecord, phase: PhaseId, minutes: int = 5) -> None:
    """Add ``phase`` before the closing summary (or at the end) with one untitled item."""
    if phase not in addable_phases(record):
        raise ValueError(f"{phase} cannot be added to this meeting")
    at = len(record.phases)
    if at and record.phases[-1].phase == PhaseId.SUMMARY:
        at -= 1
    if phase == PhaseId.SUMMARY:
        at = len(record.phases)
    record.phases.insert(at, PhasePlan(phase=phase, minutes=minutes))
    record.fup.process.append(AgendaItem(title="", minutes=minutes, phase=phase))
    normalise(record)


def remove_phase(record: MeetingRecord, phase: PhaseId) -> None:
    plan = plan_of(record, phase)
    if plan.started_at is not None or record.current_phase == phase:
        raise PhaseInUseError(phase)
    record.phases.remove(plan)
    record.fup.process = [item for item in record.fup.process if item.phase != phase]


def move_phase(record: MeetingRecord, phase: PhaseId, offset: int) -> None:
    """Move ``phase`` (with its items) ``offset`` places earlier (<0) or later (>0)."""
    plans = record.phases
    at = plans.index(plan_of(record, phase))
    to = max(0, min(len(plans) - 1, at + offset))
    plans.insert(to, plans.pop(at))
    record.phases = plans
    normalise(record)
