"""What the leader shares after the meeting, as a document of blocks.

Privacy is not decided here: the record is first redacted by ``privacy`` (from the
schema's ``private`` tags) unless the leader asks for the private parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogtool.core import formatting, wording
from dialogtool.core.context import latest_line, shown_group, trust_line
from dialogtool.core.i18n import Lang
from dialogtool.core.labels import (
    ACTION_STATUS,
    EXPLANATION_ORDER,
    KIND,
    PHASE,
    QUADRANT,
    TEXT,
    agenda_title,
)
from dialogtool.core.labels import explanation as explanation_label
from dialogtool.core.questions import quadrant_of
from dialogtool.core.record import (
    ActionStatus,
    AskedQuestion,
    MeetingRecord,
    ParticipantEntry,
    PhaseId,
    Quadrant,
)
from dialogtool.core.slides import chart_visible
from dialogtool.core.summary.document import (
    Block,
    BulletList,
    Chart,
    Heading,
    Inline,
    Item,
    Paragraph,
    Run,
    SummaryDoc,
)
from dialogtool.core.summary.privacy import redact

#: Phases whose questions are shown with their round rather than in the question list.
ROUND_PHASES = (PhaseId.CHECKIN, PhaseId.CHECKOUT)


@dataclass(frozen=True)
class SummaryOptions:
    """What the leader chose to share."""

    include_private: bool = False


def quadrants_used(record: MeetingRecord) -> list[Quadrant]:
    asked = {quadrant_of(q.category) for q in record.questions if q.asked}
    return [q for q in Quadrant if q in asked]


def build_summary(
    record: MeetingRecord, lang: Lang = "da", options: SummaryOptions | None = None
) -> SummaryDoc:
    options = options or SummaryOptions()
    shared = record if options.include_private else redact(record)
    return _Builder(shared, lang).build()


class _Builder:
    def __init__(self, record: MeetingRecord, lang: Lang) -> None:
        self.record = record
        self.lang = lang
        self.blocks: list[Block] = []

    def t(self, key: str) -> str:
        return TEXT[key].get(self.lang)

    def heading(self, level: int, text: str) -> None:
        self.blocks.append(Heading(level, text))

    def paragraph(self, *runs: Run) -> None:
        self.blocks.append(Paragraph(runs))

    def bullets(self, items: list[Item]) -> None:
        self.blocks.append(BulletList(tuple(items)))

    def build(self) -> SummaryDoc:
        record, lang = self.record, self.lang
        kind = KIND[record.kind].get(lang)
        title = record.title or kind
        self.heading(1, title)
        when = formatting.moment(record.scheduled_at, lang)
        self.paragraph(Run(" · ".join(x for x in (kind, when, record.team) if x)))
        self._people()
        self._fup()
        self._round(PhaseId.CHECKIN, record.checkin)
        self._data()
        self._questions()
        self._explanations()
        self._actions()
        self._round(PhaseId.CHECKOUT, record.checkout)
        self._notes()
        return SummaryDoc(title, lang, tuple(self.blocks))

    def _people(self) -> None:
        runs: list[Run] = []
        if self.record.facilitator:
            runs += [Run(f"{self.t('chair')}:", "bold"), Run(f" {self.record.facilitator}")]
        if self.record.participants:
            if runs:
                runs.append(Run("\n"))
            names = ", ".join(p.name for p in self.record.participants)
            runs += [Run(f"{self.t('participants')}:", "bold"), Run(f" {names}")]
        if runs:
            self.paragraph(*runs)

    def _fup(self) -> None:
        fup = self.record.fup
        for key, text in (("purpose", fup.purpose), ("outcome", fup.outcome)):
            self.heading(2, self.t(key))
            self.paragraph(Run(text or "–"))
        if fup.process:
            self.heading(2, self.t("process"))
            unit = self.t("minutes_short")
            title = agenda_title
            self.bullets(
                [Item((Run(f"{title(i, self.lang)} ({i.minutes} {unit})"),)) for i in fup.process]
            )

    def _round(self, phase: PhaseId, entries: list[ParticipantEntry]) -> None:
        questions = [q for q in self.record.questions if q.phase == phase]
        said = [e for e in entries if e.text.strip() or e.passed]
        if not said and not questions:
            return
        self.heading(2, PHASE[phase].get(self.lang))
        if questions:
            label = self.t("round_question")
            lines = "\n".join(f"{label}: »{q.text}«" for q in questions)
            self.paragraph(Run(lines, "italic"))
        names = {p.id: p.name for p in self.record.participants}
        items = [
            Item(
                (
                    Run(f"{names.get(e.participant_id, '?')}:", "bold"),
                    Run(f" {e.text.strip() or self.t('passed')}"),
                )
            )
            for e in said
        ]
        if items:
            self.bullets(items)

    def _data(self) -> None:
        discussed = [d for d in self.record.indicators if d.team_noticed or d.team_response]
        if not discussed:
            return
        self.heading(2, PHASE[PhaseId.DATA].get(self.lang))
        for item in discussed:
            snapshot = item.snapshot
            self.heading(3, snapshot.name if snapshot else item.indicator_id)
            if snapshot is not None and snapshot.series:
                self.blocks.append(
                    Chart(
                        snapshot=snapshot,
                        group=shown_group(self.record),
                        shown=chart_visible(item),
                        caption=latest_line(snapshot, shown_group(self.record), self.lang),
                        trust=trust_line(snapshot, self.lang),
                    )
                )
            said = (
                (wording.say("noticed", self.record.kind, self.lang), item.team_noticed),
                (self.t("perspective"), item.leader_perspective),
                (wording.say("response", self.record.kind, self.lang), item.team_response),
            )
            self.bullets(
                [Item((Run(f"{title}:", "bold"), Run(f" {text}"))) for title, text in said if text]
            )

    def _questions(self) -> None:
        record = self.record
        asked = [q for q in record.questions if q.asked and q.phase not in ROUND_PHASES]
        if not asked and not any(p.phase == PhaseId.TOMM for p in record.phases):
            return
        self.heading(2, self.t("questions"))
        if asked:
            self.bullets([self._question(q) for q in asked])
        used = quadrants_used(record)
        names = ", ".join(QUADRANT[q].get(self.lang) for q in used) if used else self.t("none")
        self.paragraph(Run(f"{self.t('coverage')}: {names} ({len(used)}/4)"))

    def _question(self, question: AskedQuestion) -> Item:
        quadrant = quadrant_of(question.category)
        runs: Inline = (Run(question.text),)
        if quadrant:
            runs += (Run(" "), Run(f"({QUADRANT[quadrant].get(self.lang)})", "italic"))
        children = ((Run(question.notes),),) if question.notes else ()
        return Item(runs, children=children)

    def _explanations(self) -> None:
        cards = self.record.explanations
        if not cards:
            return
        self.heading(2, PHASE[PhaseId.EXPLANATIONS].get(self.lang))
        for locus, scope in EXPLANATION_ORDER:
            here = [e for e in cards if (e.locus, e.scope) == (locus, scope)]
            if here:
                self.heading(3, explanation_label(locus, scope).get(self.lang))
                self.bullets([Item((Run(e.text),)) for e in here])

    def _actions(self) -> None:
        record, lang = self.record, self.lang
        self.heading(2, PHASE[PhaseId.ACTIONS].get(lang))
        items = []
        for action in (a for a in record.action_items if a.text):
            bits = [action.text]
            if action.owner:
                bits.append(action.owner)
            if action.due:
                bits.append(f"{self.t('due')} {formatting.day(action.due, lang)}")
            if action.status == ActionStatus.CANCELLED:
                bits.append(ACTION_STATUS[action.status].get(lang))
            done = action.status == ActionStatus.DONE
            items.append(Item((Run(" – ".join(bits)),), checked=done))
        if items:
            self.bullets(items)
        else:
            self.paragraph(Run(self.t("none")))
        if record.follow_up:
            follow_up = formatting.day(record.follow_up, lang)
            self.paragraph(Run(f"{self.t('follow_up')}:", "bold"), Run(f" {follow_up}"))

    def _notes(self) -> None:
        for key, notes in (
            ("minutes", self.record.phase_notes),
            ("private", self.record.private_notes),
        ):
            texts = [n.strip() for n in notes.values() if n.strip()]
            if texts:
                self.heading(2, self.t(key))
                for text in texts:
                    self.paragraph(Run(text))
