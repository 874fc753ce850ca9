"""What the leader shares after the meeting, as a document of blocks.

The order follows the method's close-out (domain.md §3): purpose and outcome, the
data and what we read in them, the most important points and learning,
explanations, the agreed actions, and when we follow up.

Privacy is not decided here: the record is first redacted by ``privacy`` (from the
schema's ``private`` tags) except for what the leader chose to share.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from dialogtool.core import formatting, wording
from dialogtool.core.context import latest_line, shown_group, trust_line
from dialogtool.core.i18n import Lang
from dialogtool.core.labels import (
    ACTION_STATUS,
    DOMAIN,
    EXPLANATION_ORDER,
    KIND,
    PHASE,
    QUADRANT,
    ROLE,
    TEXT,
    agenda_title,
)
from dialogtool.core.labels import explanation as explanation_label
from dialogtool.core.presentation import last_view_shown
from dialogtool.core.printable import printable
from dialogtool.core.questions import quadrant_of
from dialogtool.core.record import (
    LEADER_KEY,
    ActionItem,
    AskedQuestion,
    MeetingKind,
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
    Table,
)
from dialogtool.core.summary.privacy import Share, redact
from dialogtool.core.summary.review import review_blocks
from dialogtool.core.summary.room import room_blocks
from dialogtool.core.summary.time_used import time_blocks
from dialogtool.core.summary.words import WORDS

#: Phases whose questions are shown with their round rather than in the question list.
ROUND_PHASES = (PhaseId.CHECKIN, PhaseId.CHECKOUT)


@dataclass(frozen=True)
class SummaryOptions:
    """What the leader chose to share; each field is a ``privacy.Share`` choice.

    ``include_private``: private notes and a perspective never given to the room.
    ``names``: the participants' names (an action's owner always stays).
    ``rounds``: what was said at check-in and check-out. ``tally``: the talk tally.
    ``perspective``: the leader's perspective that was given to the room.
    """

    include_private: bool = False
    names: bool = True
    rounds: bool = True
    tally: bool = False
    perspective: bool = True

    @classmethod
    def sharing(cls, shared: frozenset[Share] | set[Share]) -> SummaryOptions:
        return cls(**{f.name: _share_of(f.name) in shared for f in fields(cls)})

    @property
    def shared(self) -> frozenset[Share]:
        return frozenset(_share_of(f.name) for f in fields(self) if getattr(self, f.name))


def _share_of(name: str) -> Share:
    share: Share = "private" if name == "include_private" else name  # type: ignore[assignment]
    return share


def quadrants_used(record: MeetingRecord) -> list[Quadrant]:
    asked = {quadrant_of(q.category) for q in record.questions if q.asked}
    return [q for q in Quadrant if q in asked]


def build_summary(
    record: MeetingRecord, lang: Lang = "da", options: SummaryOptions | None = None
) -> SummaryDoc:
    options = options or SummaryOptions()
    return _Builder(redact(printable(record), options.shared), lang, options).build()


class _Builder:
    def __init__(self, record: MeetingRecord, lang: Lang, options: SummaryOptions) -> None:
        self.record = record
        self.lang = lang
        self.options = options
        self.blocks: list[Block] = []
        self.names = {p.id: p.name for p in record.participants}
        if not options.names:
            word = WORDS["participant"].get(lang)
            self.names = {p.id: f"{word} {n}" for n, p in enumerate(record.participants, 1)}
        self.names[LEADER_KEY] = WORDS["leader"].get(lang)

    def t(self, key: str) -> str:
        return (TEXT[key] if key in TEXT else WORDS[key]).get(self.lang)

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
        meta = " · ".join(x for x in (kind, when, record.team) if x)
        self.paragraph(Run(meta))
        if record.kind == MeetingKind.ONE_TO_ONE:
            copy = "leader_copy" if self.options.include_private else "employee_copy"
            self.paragraph(Run(self.t(copy), "italic"))
        self._people()
        self._fup()
        self._round(PhaseId.CHECKIN, record.checkin)
        self.blocks += review_blocks(record, lang)
        self._data()
        self._questions()
        self._close_out()
        self._explanations()
        self._actions()
        self._round(PhaseId.CHECKOUT, record.checkout)
        self.blocks += room_blocks(record, lang)
        self._tally()
        self.blocks += time_blocks(record, lang)
        self._notes()
        return SummaryDoc(title, lang, tuple(self.blocks), meta)

    def _people(self) -> None:
        runs: list[Run] = []
        if self.record.facilitator:
            runs += [Run(f"{self.t('chair')}:", "bold"), Run(f" {self.record.facilitator}")]
        if self.record.participants and self.options.names:
            if runs:
                runs.append(Run("\n"))
            names = ", ".join(p.name for p in self.record.participants)
            runs += [Run(f"{self.t('participants')}:", "bold"), Run(f" {names}")]
        role, domain = ROLE[self.record.leader_role], DOMAIN[self.record.starting_domain]
        if runs:
            runs.append(Run("\n"))
        runs += [
            Run(f"{self.t('stance')}:", "bold"),
            Run(f" {role.get(self.lang)} · {domain.get(self.lang)}"),
        ]
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
        if not self.options.rounds:
            return
        said = [e for e in entries if e.text.strip() or e.passed]
        # The method's pair is ticked beforehand: a round nobody took says nothing.
        questions = [q for q in self.record.questions if q.phase == phase and (said or q.asked)]
        if not said and not questions:
            return
        self.heading(2, PHASE[phase].get(self.lang))
        if questions:
            label = self.t("round_question")
            lines = "\n".join(f"{label}: »{q.text}«" for q in questions)
            self.paragraph(Run(lines, "italic"))
        names = self.names
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
                # The chart as the room saw it last: its view and team, from the log.
                view, team = last_view_shown(self.record, item.indicator_id)
                group = shown_group(self.record) if team is None else team
                self.blocks.append(
                    Chart(
                        snapshot=snapshot,
                        group=group,
                        shown=chart_visible(item),
                        caption=latest_line(snapshot, group, self.lang),
                        trust=trust_line(snapshot, self.lang),
                        view=view,
                    )
                )
            # One never given survives redaction only when private parts were asked for.
            given = item.perspective_revealed_at is not None
            perspective = item.leader_perspective if self.options.perspective or not given else ""
            said = (
                (wording.say("noticed", self.record.kind, self.lang), item.team_noticed),
                (self.t("direction" if item.direction_first else "perspective"), perspective),
                (wording.say("response", self.record.kind, self.lang), item.team_response),
            )
            self.bullets(
                [Item((Run(f"{title}:", "bold"), Run(f" {text}"))) for title, text in said if text]
            )

    def _questions(self) -> None:
        record = self.record
        asked = [q for q in record.questions if q.asked and q.phase not in ROUND_PHASES]
        offers_tomm = any(p.phase == PhaseId.TOMM for p in record.phases) or any(
            quadrant_of(q.category) for q in asked
        )
        if not asked and not offers_tomm:
            return
        self.heading(2, self.t("questions"))
        if asked:
            self.bullets([self._question(q) for q in asked])
        if not offers_tomm:  # the four types are counted only where they were offered
            return
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

    def _close_out(self) -> None:
        """The gamemaster's gathering up: the summary step's notes and what trials taught."""
        note = self.record.phase_notes.get(PhaseId.SUMMARY, "").strip()
        learned = [a for a in self.record.action_items if a.learned.strip()]
        if not note and not learned:
            return
        self.heading(2, self.t("close_out"))
        if note:
            self.paragraph(Run(note))
        if learned:
            self.bullets(
                [Item((Run(f"{a.text}:", "bold"), Run(f" {a.learned.strip()}"))) for a in learned]
            )

    def _actions(self) -> None:
        record = self.record
        self.heading(2, PHASE[PhaseId.ACTIONS].get(self.lang))
        actions = [a for a in record.action_items if a.text]
        if actions:
            header = tuple(self.t(k) for k in ("what", "who", "by_when", "indicator", "status"))
            self.blocks.append(Table(header, tuple(self._action_row(a) for a in actions)))
        else:
            self.paragraph(Run(self.t("no_actions")))
        if record.follow_up:
            follow_up = formatting.day(record.follow_up, self.lang)
            self.paragraph(Run(f"{self.t('follow_up')}:", "bold"), Run(f" {follow_up}"))

    def _action_row(self, action: ActionItem) -> tuple[str, ...]:
        what = action.text
        if action.trial and action.expectation:
            what += f" ({self.t('trial')}: {action.expectation})"
        due = formatting.day(action.due, self.lang) if action.due else ""
        indicator = ""
        if action.indicator_id:
            names = {d.indicator_id: d.snapshot.name for d in self.record.indicators if d.snapshot}
            indicator = names.get(action.indicator_id, action.indicator_id)
        status = ACTION_STATUS[action.status].get(self.lang)
        return (what, action.owner, due, indicator, status)

    def _tally(self) -> None:
        tally = self.record.talk_tally
        if not self.options.tally or not tally:
            return
        self.heading(2, self.t("tally"))
        rows = tuple((self.names.get(key, "?"), str(count)) for key, count in tally.items())
        self.blocks.append(Table((self.t("participant"), self.t("tally")), rows))

    def _notes(self) -> None:
        minutes = {k: v for k, v in self.record.phase_notes.items() if k != PhaseId.SUMMARY}
        for key, notes in (("minutes", minutes), ("private", self.record.private_notes)):
            texts = [n.strip() for n in notes.values() if n.strip()]
            if texts:
                self.heading(2, self.t(key))
                for text in texts:
                    self.paragraph(Run(text))
