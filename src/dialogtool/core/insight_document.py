"""An *Indsigt* report as JSON (for the record) and as a document (for the PDF).

The document is the summary's block tree (``core.summary.document``), so the PDF
painter of the summaries prints it unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from dialogtool.core.formatting import day
from dialogtool.core.i18n import Lang
from dialogtool.core.insight import Finding, InsightReport
from dialogtool.core.summary.document import Heading, Paragraph, Run, SummaryDoc, Table

#: What each part of a record is called, by the record's top-level field.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Mødets titel", "Meeting title"),
    "team": ("Mødet er med", "Meeting with"),
    "data_group": ("Viste tal for", "Numbers shown for"),
    "facilitator": ("Mødeleder", "Facilitator"),
    "participants": ("Deltager", "Participant"),
    "fup": ("Formål, udbytte og proces", "Purpose, outcome and process"),
    "phase_notes": ("Referat", "Minutes"),
    "private_notes": ("Lederens private noter", "The leader's private notes"),
    "checkin": ("Tjek ind", "Check-in"),
    "checkout": ("Tjek ud", "Check-out"),
    "indicators": ("Data og samtalen om dem", "Data and the talk about them"),
    "questions": ("Spørgsmål", "Questions"),
    "explanations": ("Forklaringer", "Explanations"),
    "action_items": ("Handlinger", "Action items"),
    "reviews": ("Siden sidst", "Since last time"),
    "dialogue": ("Talerække og grupper", "Speaking order and groups"),
    "talk_tally": ("Antal indlæg (lederens optælling)", "Contributions (the leader's tally)"),
    "presentation_log": ("Vist for gruppen", "Shown to the room"),
    "dataset_source": ("Datakilde", "Data source"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Indsigt: {person}", "Access request: {person}"),
    "intro": (
        "Alt, hvad dialogtool har registreret om {names} i {count} møder, udtrukket {when}. "
        "Hvert felt, der nævner personen, eller som rummer personens egne ord, er taget med.",
        "Everything dialogtool has recorded about {names} in {count} meetings, extracted {when}. "
        "Every field that names the person, or holds their own words, is included.",
    ),
    "private_in": (
        "Lederens private noter, der nævner personen, er taget med og markeret »privat«.",
        "The leader's private notes that name the person are included and marked 'private'.",
    ),
    "private_out": (
        "Lederens private noter (arbejdsnoter, aldrig delt) er ikke taget med.",
        "The leader's private notes (working notes, never shared) are not included.",
    ),
    "none": ("Ingen møder nævner personen.", "No meeting names the person."),
    "bin": (" (i papirkurven)", " (in the bin)"),
    "header": ("Felt|Indhold", "Field|Content"),
    "private": (" (privat)", " (private)"),
}


def _word(key: str, lang: Lang) -> str:
    da, en = _WORDS[key]
    return da if lang == "da" else en


def field_label(finding: Finding, lang: Lang) -> str:
    top = re.split(r"[.\[]", finding.path, maxsplit=1)[0]
    da, en = FIELD_LABELS.get(top, (top, top))
    label = da if lang == "da" else en
    return label + (_word("private", lang) if finding.private else "")


def insight_json(report: InsightReport) -> dict[str, Any]:
    """The report as plain data; ``path`` says where in the meeting record each text is."""
    return {
        "person": report.person,
        "names": list(report.names),
        "generated_at": report.generated_at.isoformat(),
        "includes_private_notes": report.include_private,
        "meetings": [
            {
                "id": m.record.id,
                "title": m.record.title,
                "date": m.record.scheduled_at.date().isoformat(),
                "kind": m.record.kind.value,
                "team": m.record.team,
                "file": m.file.name,
                "in_bin": m.in_bin,
                "findings": [
                    {
                        "path": f.path,
                        "field": field_label(f, "en"),
                        "text": f.text,
                        "private": f.private,
                    }
                    for f in m.findings
                ],
            }
            for m in report.meetings
        ],
    }


def insight_document(report: InsightReport, lang: Lang) -> SummaryDoc:
    when = day(report.generated_at.date(), lang)
    intro = _word("intro", lang).format(
        names=" / ".join(report.names), count=len(report.meetings), when=when
    )
    title = _word("title", lang).format(person=report.person)
    blocks: list[Heading | Paragraph | Table] = [
        Heading(1, title),
        Paragraph((Run(intro),)),
        Paragraph((Run(_word("private_in" if report.include_private else "private_out", lang)),)),
    ]
    if not report.meetings:
        blocks.append(Paragraph((Run(_word("none", lang), "italic"),)))
    header = tuple(_word("header", lang).split("|"))
    for found in report.meetings:
        record = found.record
        meeting = " – ".join(
            x for x in (day(record.scheduled_at.date(), lang), record.title, record.team) if x
        )
        blocks.append(Heading(2, meeting + (_word("bin", lang) if found.in_bin else "")))
        rows = tuple((field_label(f, lang), f.text) for f in found.findings)
        blocks.append(Table(header, rows))
    return SummaryDoc(title=title, lang=lang, blocks=tuple(blocks), meta=when)
