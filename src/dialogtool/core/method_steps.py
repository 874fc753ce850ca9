"""What the method loses when a step is removed or moved: said, never blocked.

The leader may shape the meeting freely; the preparation screen names the cost of
leaving out or reordering the method's own steps (domain.md §3, §4, §10): the
framing (FUP and the data contract), the check-in and check-out, the
explanations before action, and the data before the actions.
"""

from __future__ import annotations

from dialogtool.core.i18n import LocalizedText
from dialogtool.core.record import MeetingRecord, PhaseId
from dialogtool.core.templates import MeetingTemplate


def _t(da: str, en: str) -> LocalizedText:
    return LocalizedText(da=da, en=en)


#: What the method loses without each step.
LOST: dict[PhaseId, LocalizedText] = {
    PhaseId.FRAMING: _t(
        "Uden rammesætning hører deltagerne hverken formål og udbytte eller, hvordan dialogen "
        "foregår – datakontrakten mangler.",
        "Without the framing, participants hear neither purpose and outcome nor how the "
        "dialogue works – the data contract is missing.",
    ),
    PhaseId.CHECKIN: _t(
        "Uden tjek ind forbinder deltagerne sig ikke med formål og udbytte, før I går i gang.",
        "Without the check-in, participants do not connect to purpose and outcome before you "
        "begin.",
    ),
    PhaseId.CHECKOUT: _t(
        "Uden tjek ud samler I ikke op på læringen og på, hvad det skal føre til af handling.",
        "Without the check-out, you do not gather up the learning and what it should lead to "
        "in action.",
    ),
    PhaseId.EXPLANATIONS: _t(
        "Uden forklaringer går I fra tallene direkte til handling – spillepladen finder "
        "forklaringer, før I skrider til handling.",
        "Without explanations you go from the numbers straight to action – the game board "
        "finds explanations before moving to action.",
    ),
}
ACTIONS_BEFORE_DATA = _t(
    "Handlinger står før data: I aftaler, før I har undersøgt tallene sammen.",
    "Action items come before the data: you agree before you have explored the numbers together.",
)
ACTIONS_BEFORE_EXPLANATIONS = _t(
    "Handlinger står før forklaringer: Find forklaringerne, før I skrider til handling.",
    "Action items come before explanations: find the explanations before moving to action.",
)


def method_warnings(record: MeetingRecord, template: MeetingTemplate | None) -> list[LocalizedText]:
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
