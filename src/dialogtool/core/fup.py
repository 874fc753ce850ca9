"""FUP made the leader's own: the topic slot, the end time in the outcome, an untouched purpose.

The bundled templates' purposes read "Formålet med, at vi i dag tager fat i …, er, at …"
and their outcomes "Når klokken er …, har vi …" (domain.md §3). A new meeting gets the
end time written in; the topic is the leader's to name. :func:`fup_flags` tells the
preparation screen what is still the template's, without blocking anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from dialogtool.core import formatting
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.i18n import LANGS, Lang
from dialogtool.core.record import MeetingRecord
from dialogtool.core.templates import MeetingTemplate

#: The gap a template leaves for the leader to fill.
SLOT = "…"
#: The outcome's opening as the bundled templates write it in each language.
_END_OPENING = QT_TRANSLATE_NOOP("Fup", "Når klokken er …")
_TEMPLATE_PURPOSE = QT_TRANSLATE_NOOP(
    "Fup",
    "Formålet er skabelonens. Gør det til dit eget: Knyt det til strategien og visionen, og "
    "sig, hvilke data mødet tager fat i i dag.",
)
_TOPIC_SLOT = QT_TRANSLATE_NOOP("Fup", "Skriv emnet ind i formålet, hvor der står »…«.")
_END_TIME = QT_TRANSLATE_NOOP(
    "Fup", "Sig udbyttet med mødets sluttid: »Når klokken er {time}, har vi …«."
)


def end_time(record: MeetingRecord) -> datetime:
    """When the meeting ends, in the machine's local time."""
    return (record.scheduled_at + timedelta(minutes=record.duration_minutes)).astimezone()


def clock_text(moment: datetime, lang: Lang) -> str:
    """ "11.00" in Danish, "11:00" in English."""
    return formatting.clock(moment.time(), lang)


def with_end_time(outcome: str, end: datetime, lang: Lang) -> str:
    """``outcome`` with the template's "Når klokken er …" filled in with ``end``."""
    opening = _END_OPENING.get(lang)
    return outcome.replace(opening, opening.replace(SLOT, clock_text(end, lang)), 1)


@dataclass(frozen=True)
class FupFlag:
    """Something in the FUP that is still the template's; ``field`` is purpose or outcome."""

    field: str
    text: Message


def fup_flags(record: MeetingRecord, template: MeetingTemplate | None) -> list[FupFlag]:
    """What the leader should still make their own before the meeting opens."""
    flags: list[FupFlag] = []
    purpose = record.fup.purpose.strip()
    if template is not None and purpose in (template.fup.purpose.da, template.fup.purpose.en):
        flags.append(
            FupFlag(
                "purpose",
                _TEMPLATE_PURPOSE,
            )
        )
    elif SLOT in purpose:
        flags.append(
            FupFlag(
                "purpose",
                _TOPIC_SLOT,
            )
        )
    end = end_time(record)
    outcome = record.fup.outcome
    if outcome.strip() and not any(clock_text(end, lang) in outcome for lang in LANGS):
        flags.append(FupFlag("outcome", _END_TIME.fill(time=end.time())))
    return flags
