"""What the method loses when a step is removed or moved: said, never blocked.

The leader may shape the meeting freely; the preparation screen names the cost of
leaving out or reordering the method's own steps (domain.md §3, §4, §10): the
framing (FUP and the data contract), the check-in and check-out, the
explanations before action, and the data before the actions.
"""

from __future__ import annotations

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.record import MeetingRecord, PhaseId
from dialogtool.core.templates import MeetingTemplate

#: What the method loses without each step.
LOST: dict[PhaseId, Message] = {
    PhaseId.FRAMING: QT_TRANSLATE_NOOP(
        "MethodSteps",
        "Uden rammesætning hører deltagerne hverken formål og udbytte eller, "
        "hvordan dialogen foregår – datakontrakten mangler.",
    ),
    PhaseId.CHECKIN: QT_TRANSLATE_NOOP(
        "MethodSteps",
        "Uden tjek ind forbinder deltagerne sig ikke med formål og udbytte, før I går i gang.",
    ),
    PhaseId.CHECKOUT: QT_TRANSLATE_NOOP(
        "MethodSteps",
        "Uden tjek ud samler I ikke op på læringen og på, hvad det skal føre til af handling.",
    ),
    PhaseId.EXPLANATIONS: QT_TRANSLATE_NOOP(
        "MethodSteps",
        "Uden forklaringer går I fra tallene direkte til handling – spillepladen "
        "finder forklaringer, før I skrider til handling.",
    ),
}
ACTIONS_BEFORE_DATA = QT_TRANSLATE_NOOP(
    "MethodSteps", "Handlinger står før data: I aftaler, før I har undersøgt tallene sammen."
)
ACTIONS_BEFORE_EXPLANATIONS = QT_TRANSLATE_NOOP(
    "MethodSteps",
    "Handlinger står før forklaringer: Find forklaringerne, før I skrider til handling.",
)


def method_warnings(record: MeetingRecord, template: MeetingTemplate | None) -> list[Message]:
    """What this meeting's plan loses of the method, against its template's steps."""
    planned = [p.phase for p in record.phases]
    offered = {p.phase for p in template.phases} if template is not None else set(LOST)
    warnings = [text for phase, text in LOST.items() if phase in offered and phase not in planned]

    def before(first: PhaseId, second: PhaseId) -> bool:
        return (
            first in planned and second in planned and planned.index(first) < planned.index(second)
        )

    if before(PhaseId.ACTIONS, PhaseId.DATA):
        warnings.append(ACTIONS_BEFORE_DATA)
    if before(PhaseId.ACTIONS, PhaseId.EXPLANATIONS):
        warnings.append(ACTIONS_BEFORE_EXPLANATIONS)
    return warnings
