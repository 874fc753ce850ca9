"""The meeting summary as Markdown: what the leader shares after the meeting.

Only public content goes in unless ``include_private`` is set: the leader's
private notes and any perspective that was never given to the room stay out.
"""

from __future__ import annotations

from collections.abc import Callable

from dialogtool.core.i18n import Lang
from dialogtool.core.questions import quadrant_of
from dialogtool.core.record import (
    ActionStatus,
    AskedQuestion,
    LeaderRole,
    Locus,
    MeetingKind,
    MeetingRecord,
    ParticipantEntry,
    PhaseId,
    Quadrant,
    Scope,
)

_LABELS: dict[str, dict[Lang, str]] = {
    "purpose": {"da": "Formål", "en": "Purpose"},
    "outcome": {"da": "Udbytte", "en": "Outcome"},
    "process": {"da": "Proces", "en": "Process"},
    "participants": {"da": "Deltagere", "en": "Participants"},
    "facilitator": {"da": "Mødeleder", "en": "Facilitator"},
    "role": {"da": "Lederrolle", "en": "Leader role"},
    "checkin": {"da": "Tjek ind", "en": "Check-in"},
    "checkout": {"da": "Tjek ud", "en": "Check-out"},
    "data": {"da": "Data i kontekst", "en": "Data in context"},
    "noticed": {"da": "Det lagde teamet mærke til", "en": "What the team noticed"},
    "perspective": {"da": "Lederens perspektiv", "en": "The leader's perspective"},
    "response": {"da": "Teamets respons", "en": "The team's response"},
    "questions": {"da": "Spørgsmål vi stillede", "en": "Questions we asked"},
    "coverage": {"da": "Spørgsmålstyper brugt", "en": "Question types used"},
    "explanations": {"da": "Forklaringer", "en": "Explanations"},
    "round_question": {"da": "Spørgsmål", "en": "Question"},
    "actions": {"da": "Handlinger", "en": "Action items"},
    "follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "notes": {"da": "Noter", "en": "Notes"},
    "private": {"da": "Private noter", "en": "Private notes"},
    "passed": {"da": "(stod over)", "en": "(passed)"},
    "due": {"da": "frist", "en": "due"},
    "none": {"da": "Ingen", "en": "None"},
    "latest": {"da": "Seneste", "en": "Latest"},
    "target": {"da": "mål", "en": "target"},
}

KIND_LABELS: dict[MeetingKind, dict[Lang, str]] = {
    MeetingKind.TEAM: {"da": "Teammøde", "en": "Team meeting"},
    MeetingKind.ONE_TO_ONE: {"da": "1:1-datasamtale", "en": "1:1 data conversation"},
    MeetingKind.LEADERSHIP: {"da": "Ledergruppe", "en": "Leadership team"},
}

ROLE_LABELS: dict[LeaderRole, dict[Lang, str]] = {
    LeaderRole.FACILITATOR: {"da": "Facilitator", "en": "Facilitator"},
    LeaderRole.INSPIRATOR: {"da": "Inspirator", "en": "Inspirator"},
    LeaderRole.AFGRAENSER: {"da": "Afgrænser", "en": "Delimiter"},
}

QUADRANT_LABELS: dict[Quadrant, dict[Lang, str]] = {
    Quadrant.DETEKTIV: {"da": "Detektiv", "en": "Detective"},
    Quadrant.KAPTAJN: {"da": "Kaptajn", "en": "Captain"},
    Quadrant.ANTROPOLOG: {"da": "Antropolog", "en": "Anthropologist"},
    Quadrant.FREMTIDSFORSKER: {"da": "Fremtidsforsker", "en": "Futurist"},
}

#: The game board's explanation quadrants, in the order the board shows them.
EXPLANATION_LABELS: dict[tuple[Locus, Scope], dict[Lang, str]] = {
    (Locus.EXTERNAL, Scope.COLLECTIVE): {
        "da": "Ekstern og kollektiv (uden for vores indflydelse, gælder alle)",
        "en": "External and collective (outside our influence, affects everyone)",
    },
    (Locus.INTERNAL, Scope.COLLECTIVE): {
        "da": "Intern og kollektiv (noget vi kan påvirke, gælder alle)",
        "en": "Internal and collective (something we can affect, affects everyone)",
    },
    (Locus.EXTERNAL, Scope.INDIVIDUAL): {
        "da": "Ekstern og individuel (uden for vores indflydelse, knyttet til én)",
        "en": "External and individual (outside our influence, tied to one person)",
    },
    (Locus.INTERNAL, Scope.INDIVIDUAL): {
        "da": "Intern og individuel (noget vi kan påvirke, knyttet til én)",
        "en": "Internal and individual (something we can affect, tied to one person)",
    },
}

#: Phases whose questions are shown with their round rather than in the question list.
ROUND_PHASES = (PhaseId.CHECKIN, PhaseId.CHECKOUT)

STATUS_LABELS: dict[ActionStatus, dict[Lang, str]] = {
    ActionStatus.OPEN: {"da": "Åben", "en": "Open"},
    ActionStatus.DONE: {"da": "Udført", "en": "Done"},
    ActionStatus.CANCELLED: {"da": "Droppet", "en": "Dropped"},
}


def format_number(value: float, lang: Lang = "da") -> str:
    """``1234.5`` -> ``1.234,5`` in Danish, ``1,234.5`` in English."""
    text = f"{value:,.1f}" if value != int(value) else f"{int(value):,}"
    if lang == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def quadrants_used(record: MeetingRecord) -> list[Quadrant]:
    asked = {quadrant_of(q.category) for q in record.questions if q.asked}
    return [q for q in Quadrant if q in asked]


def render_markdown(record: MeetingRecord, lang: Lang = "da", include_private: bool = False) -> str:
    def t(key: str) -> str:
        return _LABELS[key][lang]

    names = {p.id: p.name for p in record.participants}
    out: list[str] = [f"# {record.title or KIND_LABELS[record.kind][lang]}", ""]
    when = record.scheduled_at.astimezone().strftime("%d.%m.%Y %H:%M")
    out.append(
        f"{KIND_LABELS[record.kind][lang]} · {when}" + (f" · {record.team}" if record.team else "")
    )
    out.append("")
    if record.facilitator:
        out.append(f"**{t('facilitator')}:** {record.facilitator}  ")
    if record.participants:
        out.append(f"**{t('participants')}:** " + ", ".join(p.name for p in record.participants))
    out.append("")
    out += [f"## {t('purpose')}", record.fup.purpose or "–", ""]
    out += [f"## {t('outcome')}", record.fup.outcome or "–", ""]
    if record.fup.process:
        out.append(f"## {t('process')}")
        out += [f"- {item.title} ({item.minutes} min)" for item in record.fup.process]
        out.append("")

    out += _round(t("checkin"), _round_questions(record, PhaseId.CHECKIN), record.checkin, names, t)

    discussed = [d for d in record.indicators if d.team_noticed or d.team_response]
    if discussed:
        out += [f"## {t('data')}", ""]
        for item in discussed:
            name = item.snapshot.name if item.snapshot else item.indicator_id
            out.append(f"### {name}")
            out += _context_line(record, item.indicator_id, lang)
            if item.team_noticed:
                out.append(f"- **{t('noticed')}:** {item.team_noticed}")
            perspective_shared = item.perspective_revealed_at is not None
            if item.leader_perspective and (perspective_shared or include_private):
                out.append(f"- **{t('perspective')}:** {item.leader_perspective}")
            if item.team_response:
                out.append(f"- **{t('response')}:** {item.team_response}")
            out.append("")

    asked = [q for q in record.questions if q.asked and q.phase not in ROUND_PHASES]
    has_tomm = any(p.phase == PhaseId.TOMM for p in record.phases)
    if asked or has_tomm:
        out += [f"## {t('questions')}", ""]
        for q in asked:
            quadrant = quadrant_of(q.category)
            label = f" *({QUADRANT_LABELS[quadrant][lang]})*" if quadrant else ""
            out.append(f"- {q.text}{label}")
            if q.notes:
                out.append(f"  - {q.notes}")
        if asked:
            out.append("")
        used = quadrants_used(record)
        out.append(
            f"{t('coverage')}: "
            + (", ".join(QUADRANT_LABELS[q][lang] for q in used) if used else t("none"))
            + f" ({len(used)}/4)"
        )
        out.append("")

    if record.explanations:
        out += [f"## {t('explanations')}", ""]
        for (locus, scope), quadrant_label in EXPLANATION_LABELS.items():
            cards = [e for e in record.explanations if (e.locus, e.scope) == (locus, scope)]
            if cards:
                out += [f"### {quadrant_label[lang]}", *(f"- {e.text}" for e in cards), ""]

    actions = [a for a in record.action_items if a.text]
    out += [f"## {t('actions')}", ""]
    if actions:
        for a in actions:
            box = "x" if a.status == ActionStatus.DONE else " "
            bits = [a.text]
            if a.owner:
                bits.append(a.owner)
            if a.due:
                bits.append(f"{t('due')} {a.due.strftime('%d.%m.%Y')}")
            if a.status == ActionStatus.CANCELLED:
                bits.append(STATUS_LABELS[a.status][lang])
            out.append(f"- [{box}] " + " – ".join(bits))
    else:
        out.append(t("none"))
    out.append("")
    if record.follow_up:
        out += [f"**{t('follow_up')}:** {record.follow_up.strftime('%d.%m.%Y')}", ""]

    out += _round(
        t("checkout"), _round_questions(record, PhaseId.CHECKOUT), record.checkout, names, t
    )

    notes = [n.strip() for n in record.phase_notes.values() if n.strip()]
    if notes:
        out += [f"## {t('notes')}", "", *notes, ""]
    if include_private:
        private = [n for n in record.private_notes.values() if n.strip()]
        if private:
            out += [f"## {t('private')}", "", *private, ""]
    return "\n".join(out).rstrip() + "\n"


def _round_questions(record: MeetingRecord, phase: PhaseId) -> list[AskedQuestion]:
    return [q for q in record.questions if q.phase == phase]


def _round(
    title: str,
    questions: list[AskedQuestion],
    entries: list[ParticipantEntry],
    names: dict[str, str],
    t: Callable[[str], str],
) -> list[str]:
    said = [e for e in entries if e.text.strip() or e.passed]
    if not said and not questions:
        return []
    lines = [f"## {title}", ""]
    lines += [f"*{t('round_question')}: »{q.text}«*  " for q in questions]
    if questions:
        lines.append("")
    for e in said:
        who = names.get(e.participant_id, "?")
        lines.append(f"- **{who}:** {e.text.strip() if e.text.strip() else t('passed')}")
    return [*lines, ""]


def _context_line(record: MeetingRecord, indicator_id: str, lang: Lang) -> list[str]:
    item = next(d for d in record.indicators if d.indicator_id == indicator_id)
    snap = item.snapshot
    if snap is None:
        return []
    series = next((s for s in snap.series if s.group == record.team), None) or (
        snap.series[0] if snap.series else None
    )
    if series is None:
        return []
    points = [(p, v) for p, v in zip(series.periods, series.values, strict=False) if v is not None]
    if not points:
        return []
    period, value = points[-1]
    unit = f" {snap.unit}" if snap.unit and snap.unit != "%" else snap.unit
    line = (
        f"{_LABELS['latest'][lang]} ({series.group}, {period}): {format_number(value, lang)}{unit}"
    )
    if snap.target is not None:
        line += f" – {_LABELS['target'][lang]} {format_number(snap.target, lang)}{unit}"
    source = f" · {snap.source}" if snap.source else ""
    return [f"*{line}{source}*", ""]
