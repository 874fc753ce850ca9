"""The summary's section of the room's answers: anonymous, marked as the room's own.

Each activity the room answered from phones (or the leader typed for it) is listed with
how many answered and the answers in words. Fewer than ``MIN_ANSWERS_SHOWN`` answers
are counted but not shown, as on the screen.
"""

from __future__ import annotations

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render
from dialogtool.core.i18n import Lang
from dialogtool.core.record import MeetingRecord, RoomAnswers
from dialogtool.core.room import limits
from dialogtool.core.room.state import TEXT_KINDS, Activity, Answer
from dialogtool.core.room.views import answers_count, summary_lines, word
from dialogtool.core.summary.document import Block, BulletList, Heading, Item, Paragraph, Run

HEADING = QT_TRANSLATE_NOOP("Summary", "Rummets svar")
NOTE = QT_TRANSLATE_NOOP(
    "Summary", "Anonyme svar, som deltagerne gav på deres telefoner; ingen navne er gemt."
)
TYPED = QT_TRANSLATE_NOOP("Summary", "{n} skrevet ind af mødelederen")


def as_activity(kept: RoomAnswers) -> Activity:
    """The kept answers as an activity, so the summary words them as the screen did."""
    answers: list[Answer] = [Answer(i, kept.id, text=t) for i, t in enumerate(kept.texts)]
    answers += [Answer(i, kept.id, number=n) for i, n in enumerate(kept.numbers)]
    answers += [
        Answer(i, kept.id, choice=choice) for choice, n in kept.counts.items() for i in range(n)
    ]
    return Activity(kept.id, kept.kind, kept.question, answers=answers, actual=kept.actual)


def room_blocks(record: MeetingRecord, lang: Lang) -> list[Block]:
    """Nothing when the room did not take part."""
    items = []
    for kept in record.room_answers:
        activity = as_activity(kept)
        if not activity.answers:
            continue
        title = kept.question or word(kept.kind.value, lang)
        lines = summary_lines(activity, lang)
        if kept.kind in TEXT_KINDS and len(activity.answers) >= limits.MIN_ANSWERS_SHOWN:
            lines = (answers_count(len(activity.answers), lang), *kept.texts)
        if kept.typed:
            lines = (*lines, render(TYPED.fill(n=kept.typed), lang))
        items.append(Item((Run(title, "bold"),), children=tuple((Run(x),) for x in lines)))
    if not items:
        return []
    return [
        Heading(2, HEADING.get(lang)),
        Paragraph((Run(NOTE.get(lang), "italic"),)),
        BulletList(tuple(items)),
    ]
