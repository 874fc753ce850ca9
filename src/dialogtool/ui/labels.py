"""Danish-first labels for the core's enums, translatable with Qt's tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogtool.core import phases
from dialogtool.core.record import (
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind(value: MeetingKind) -> str:
    return {
        MeetingKind.TEAM: _tr("Teammøde"),
        MeetingKind.ONE_TO_ONE: _tr("1:1-datasamtale"),
        MeetingKind.LEADERSHIP: _tr("Ledergruppe"),
    }[value]


def status(value: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: _tr("Planlagt"),
        MeetingStatus.RUNNING: _tr("I gang"),
        MeetingStatus.FINISHED: _tr("Afsluttet"),
    }[value]


def phase(value: PhaseId) -> str:
    return phases.spec(value).title(ui_lang())


def role(value: LeaderRole) -> str:
    return {
        LeaderRole.FACILITATOR: _tr("Facilitator"),
        LeaderRole.INSPIRATOR: _tr("Inspirator"),
        LeaderRole.AFGRAENSER: _tr("Afgrænser"),
    }[value]


def role_help(value: LeaderRole) -> str:
    return {
        LeaderRole.FACILITATOR: _tr(
            "Du har ingen mening om, hvad tallene betyder – teamet tolker først."
        ),
        LeaderRole.INSPIRATOR: _tr(
            "Du rammer ind, om tallene er gode eller kræver fokus – og er så nysgerrig."
        ),
        LeaderRole.AFGRAENSER: _tr(
            "Du ved allerede, hvilken handling data skal føre til – nysgerrigheden "
            "går på at kvalificere den."
        ),
    }[value]


def domain(value: Domain) -> str:
    return {
        Domain.PRODUCTION: _tr("Produktionsdomænet (fakta)"),
        Domain.PERSONAL: _tr("Det personlige domæne"),
        Domain.REFLECTIVE: _tr("Det refleksive domæne"),
    }[value]


def quadrant(value: Quadrant) -> str:
    return {
        Quadrant.DETEKTIV: _tr("Detektiv"),
        Quadrant.KAPTAJN: _tr("Kaptajn"),
        Quadrant.ANTROPOLOG: _tr("Antropolog"),
        Quadrant.FREMTIDSFORSKER: _tr("Fremtidsforsker"),
    }[value]


def quadrant_help(value: Quadrant) -> str:
    return {
        Quadrant.DETEKTIV: _tr("Opklarende: hvad siger data?"),
        Quadrant.KAPTAJN: _tr("Handling: hvad gør vi nu?"),
        Quadrant.ANTROPOLOG: _tr("Læring bagud: hvad fortæller data om vores praksis?"),
        Quadrant.FREMTIDSFORSKER: _tr("Læring fremad: hvad kan skabe progression?"),
    }[value]


def action_status(value: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _tr("Åben"),
        ActionStatus.DONE: _tr("Udført"),
        ActionStatus.CANCELLED: _tr("Droppet"),
    }[value]


def locus(value: Locus) -> str:
    return {Locus.EXTERNAL: _tr("Ekstern"), Locus.INTERNAL: _tr("Intern")}[value]


def scope(value: Scope) -> str:
    return {Scope.COLLECTIVE: _tr("Kollektiv"), Scope.INDIVIDUAL: _tr("Individuel")}[value]


def explanation_quadrant(locus_: Locus, scope_: Scope) -> str:
    return f"{locus(locus_)} · {scope(scope_).lower()}"
