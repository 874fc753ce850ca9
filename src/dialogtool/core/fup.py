"""FUP made the leader's own: the topic slot, the end time in the outcome, an untouched purpose.

The bundled templates' purposes read "Formålet med, at vi i dag tager fat i …, er, at …"
and their outcomes "Når klokken er …, har vi …" (domain.md §3). A new meeting gets the
end time written in; the topic is the leader's to name. :func:`fup_flags` tells the
preparation screen what is still the template's, without blocking anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from dialogtool.core.i18n import Lang, LocalizedText
from dialogtool.core.record import MeetingRecord
from dialogtool.core.templates import MeetingTemplate

#: The gap a template leaves for the leader to fill.
SLOT = "…"
_END_OPENINGS = {"da": "Når klokken er …", "en": "When it is …"}


def end_time(record: MeetingRecord) -> datetime:
    """When the meeting ends, in the machine's local time."""
    return (record.scheduled_at + timedelta(minutes=record.duration_minutes)).astimezone()


def clock_text(moment: datetime, lang: Lang) -> str:
    """ "11.00" in Danish, "11:00" in English."""
    return moment.strftime("%H.%M" if lang == "da" else "%H:%M")


def with_end_time(outcome: str, end: datetime, lang: Lang) -> str:
    """``outcome`` with the template's "Når klokken er …" filled in with ``end``."""
    opening = _END_OPENINGS[lang]
    return outcome.replace(opening, opening.replace(SLOT, clock_text(end, lang)), 1)


@dataclass(frozen=True)
class FupFlag:
    """Something in the FUP that is still the template's; ``field`` is purpose or outcome."""

    field: str
    text: LocalizedText


def fup_flags(record: MeetingRecord, template: MeetingTemplate | None) -> list[FupFlag]:
    """What the leader should still make their own before the meeting opens."""
    flags: list[FupFlag] = []
    purpose = record.fup.purpose.strip()
    if template is not None and purpose in (template.fup.purpose.da, template.fup.purpose.en):
        flags.append(
            FupFlag(
                "purpose",
                LocalizedText(
                    da="Formålet er skabelonens. Gør det til dit eget: Knyt det til strategien "
                    "og visionen, og sig, hvilke data mødet tager fat i i dag.",
                    en="The purpose is the template's. Make it your own: tie it to the "
                    "strategy and vision, and say which data the meeting takes up today.",
                ),
            )
        )
    elif SLOT in purpose:
        flags.append(
            FupFlag(
                "purpose",
                LocalizedText(
                    da="Skriv emnet ind i formålet, hvor der står »…«.",
                    en='Write the topic into the purpose where it says "…".',
                ),
            )
        )
    da, en = (clock_text(end_time(record), lang) for lang in ("da", "en"))
    outcome = record.fup.outcome
    if outcome.strip() and da not in outcome and en not in outcome:
        flags.append(
            FupFlag(
                "outcome",
                LocalizedText(
                    da=f"Sig udbyttet med mødets sluttid: »Når klokken er {da}, har vi …«.",
                    en=f"Say the outcome with the meeting's end time: \"When it is {en}, we "
                    'have …".',
                ),
            )
        )
    return flags
