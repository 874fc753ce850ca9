"""The summary's "Siden sidst" section: the earlier actions, their status and the numbers."""

from __future__ import annotations

from dialogtool.core import review
from dialogtool.core.i18n import Lang
from dialogtool.core.phases import spec
from dialogtool.core.record import MeetingRecord, PhaseId, ReviewStatus
from dialogtool.core.summary.document import Block, BulletList, Heading, Item, Paragraph, Run
from dialogtool.core.summary.words import WORDS
from dialogtool.core.trials import TRIAL_SUCCESS


def review_blocks(record: MeetingRecord, lang: Lang) -> list[Block]:
    """Nothing when the meeting followed nothing up."""
    if not record.reviews:
        return []
    items = []
    for entry in record.reviews:
        bits = [entry.text, *([entry.owner] if entry.owner else [])]
        bits.append(review.status_label(entry.status, lang))
        trial = (
            (Run(f"{WORDS['expected'].get(lang)}: ", "bold"), Run(entry.expectation))
            if entry.trial and entry.expectation
            else ()
        )
        learned = (
            (Run(f"{WORDS['learned'].get(lang)}: ", "bold"), Run(entry.learned.strip()))
            if entry.trial and entry.learned.strip()
            else ()
        )
        children = tuple(
            part
            for part in (
                *((Run(t),) for t in (entry.comment, review.movement_text(entry, lang)) if t),
                trial,
                learned,
            )
            if part
        )
        done = entry.status == ReviewStatus.DONE
        items.append(Item((Run(" – ".join(bits)),), checked=done, children=children))
    blocks: list[Block] = [Heading(2, spec(PhaseId.REVIEW).title(lang)), BulletList(tuple(items))]
    if any(e.trial and e.learned.strip() for e in record.reviews):
        blocks.append(Paragraph((Run(TRIAL_SUCCESS.get(lang), "italic"),)))
    return blocks
