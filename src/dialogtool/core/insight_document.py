"""An *Indsigt* report as JSON (for the record) and as a document (for the PDF).

The document is the summary's block tree (``core.summary.document``), so the PDF
painter of the summaries prints it unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, render
from dialogtool.core.formatting import day
from dialogtool.core.i18n import Lang
from dialogtool.core.insight import Finding, InsightReport
from dialogtool.core.summary.document import Heading, Paragraph, Run, SummaryDoc, Table

#: What each part of a record is called, by the record's top-level field.
FIELD_LABELS: dict[str, Message] = {
    "title": QT_TRANSLATE_NOOP("Insight", "Mødets titel"),
    "team": QT_TRANSLATE_NOOP("Insight", "Mødet er med"),
    "data_group": QT_TRANSLATE_NOOP("Insight", "Viste tal for"),
    "facilitator": QT_TRANSLATE_NOOP("Insight", "Mødeleder"),
    "participants": QT_TRANSLATE_NOOP("Insight", "Deltager"),
    "fup": QT_TRANSLATE_NOOP("Insight", "Formål, udbytte og proces"),
    "phase_notes": QT_TRANSLATE_NOOP("Insight", "Referat"),
    "private_notes": QT_TRANSLATE_NOOP("Insight", "Lederens private noter"),
    "checkin": QT_TRANSLATE_NOOP("Insight", "Tjek ind"),
    "checkout": QT_TRANSLATE_NOOP("Insight", "Tjek ud"),
    "indicators": QT_TRANSLATE_NOOP("Insight", "Data og samtalen om dem"),
    "questions": QT_TRANSLATE_NOOP("Insight", "Spørgsmål"),
    "explanations": QT_TRANSLATE_NOOP("Insight", "Forklaringer"),
    "action_items": QT_TRANSLATE_NOOP("Insight", "Handlinger"),
    "reviews": QT_TRANSLATE_NOOP("Insight", "Siden sidst"),
    "dialogue": QT_TRANSLATE_NOOP("Insight", "Talerække og grupper"),
    "talk_tally": QT_TRANSLATE_NOOP("Insight", "Antal indlæg (lederens optælling)"),
    "presentation_log": QT_TRANSLATE_NOOP("Insight", "Vist for gruppen"),
    "dataset_source": QT_TRANSLATE_NOOP("Insight", "Datakilde"),
}

_WORDS: dict[str, Message] = {
    "title": QT_TRANSLATE_NOOP("Insight", "Indsigt: {person}"),
    "intro": QT_TRANSLATE_NOOP(
        "Insight",
        "Alt, hvad dialogtool har registreret om {names} i {count} møder, "
        "udtrukket {when}. Hvert felt, der nævner personen, eller som rummer "
        "personens egne ord, er taget med.",
    ),
    "private_in": QT_TRANSLATE_NOOP(
        "Insight", "Lederens private noter, der nævner personen, er taget med og markeret »privat«."
    ),
    "private_out": QT_TRANSLATE_NOOP(
        "Insight", "Lederens private noter (arbejdsnoter, aldrig delt) er ikke taget med."
    ),
    "none": QT_TRANSLATE_NOOP("Insight", "Ingen møder nævner personen."),
    "bin": QT_TRANSLATE_NOOP("Insight", " (i papirkurven)"),
    "header": QT_TRANSLATE_NOOP("Insight", "Felt|Indhold"),
    "private": QT_TRANSLATE_NOOP("Insight", " (privat)"),
}


def _word(key: str, lang: Lang) -> str:
    return render(_WORDS[key], lang)


def field_label(finding: Finding, lang: Lang) -> str:
    top = re.split(r"[.\[]", finding.path, maxsplit=1)[0]
    known = FIELD_LABELS.get(top)
    label = render(known, lang) if known else top
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
    intro = _WORDS["intro"].fill(
        names=" / ".join(report.names), count=len(report.meetings), when=when
    )
    title = render(_WORDS["title"].fill(person=report.person), lang)
    blocks: list[Heading | Paragraph | Table] = [
        Heading(1, title),
        Paragraph((Run(render(intro, lang)),)),
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
