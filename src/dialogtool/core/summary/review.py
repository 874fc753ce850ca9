"""The summary's "Siden sidst" section: the earlier actions, their status and the numbers."""

from __future__ import annotations

from dialogtool.core import review
from dialogtool.core.i18n import Lang
from dialogtool.core.phases import spec
from dialogtool.core.record import MeetingRecord, PhaseId, ReviewStatus
from dialogtool.core.summary.document import Block, BulletList, Heading, Item, Run


def review_blocks(record: MeetingRecord, lang: Lang) -> list[Block]:
    """Nothing when the meeting followed nothing up."""
    if not record.reviews:
        return []
    items = []
    for entry in record.reviews:
        bits = [entry.text, *([entry.owner] if entry.owner else [])]
        bits.append(review.status_label(entry.status, lang))
        children = tuple(
            (Run(text),) for text in (entry.comment, review.movement_text(entry, lang)) if text
        )
        done = entry.status == ReviewStatus.DONE
        items.append(Item((Run(" – ".join(bits)),), checked=done, children=children))
    return [Heading(2, spec(PhaseId.REVIEW).title(lang)), BulletList(tuple(items))]
