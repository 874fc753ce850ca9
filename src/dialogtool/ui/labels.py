"""The core's enum labels (``core.labels``) in the language the UI shows."""

from __future__ import annotations

from dialogtool.core import labels as table
from dialogtool.core.record_types import (
    ActionStatus,
    Domain,
    LeaderRole,
    Locus,
    MeetingKind,
    MeetingStatus,
    PhaseId,
    Quadrant,
    Scope,
)
from dialogtool.ui.language import ui_lang


def kind(value: MeetingKind) -> str:
    return table.KIND[value].get(ui_lang())


def status(value: MeetingStatus) -> str:
    return table.MEETING_STATUS[value].get(ui_lang())


def phase(value: PhaseId) -> str:
    from dialogtool.core import phases  # the registry loads with a meeting, not the start screen

    return phases.spec(value).title(ui_lang())


def role(value: LeaderRole) -> str:
    return table.ROLE[value].get(ui_lang())


def role_help(value: LeaderRole) -> str:
    return table.ROLE_HELP[value].get(ui_lang())


def domain(value: Domain) -> str:
    return table.DOMAIN[value].get(ui_lang())


def quadrant(value: Quadrant) -> str:
    return table.QUADRANT[value].get(ui_lang())


def quadrant_help(value: Quadrant) -> str:
    """``Afklarende spørgsmål: hvad siger data?``"""
    return f"{quadrant_kind(value)}: {quadrant_asks(value)}"


def quadrant_kind(value: Quadrant) -> str:
    """``Afklarende spørgsmål``"""
    return table.QUADRANT_KIND[value].get(ui_lang())


def quadrant_asks(value: Quadrant) -> str:
    """``hvad siger data?``"""
    return table.QUADRANT_ASKS[value].get(ui_lang())


def action_status(value: ActionStatus) -> str:
    return table.ACTION_STATUS[value].get(ui_lang())


def locus(value: Locus) -> str:
    return table.LOCUS[value].get(ui_lang())


def locus_means(value: Locus) -> str:
    return table.LOCUS_MEANS[value].get(ui_lang())


def scope(value: Scope) -> str:
    return table.SCOPE[value].get(ui_lang())


def scope_means(value: Scope) -> str:
    return table.SCOPE_MEANS[value].get(ui_lang())


def explanation_quadrant(locus_: Locus, scope_: Scope) -> str:
    return f"{locus(locus_)} · {scope(scope_).lower()}"
