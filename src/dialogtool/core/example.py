"""A filled-in example meeting on the demo dataset, for screenshots and tours.

Everything a running meeting holds is there: participants with Danish names,
check-in entries, one indicator taken through UGU with the perspective given, a
second one waiting for the team's guess, asked questions, agreements, a talk
tally, and a private note that must never reach the audience screen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dialogtool.core import meeting
from dialogtool.core.dataset import Dataset
from dialogtool.core.dialogue import count_contribution, start_order
from dialogtool.core.questions import bundled_bank, tomm_category
from dialogtool.core.record import (
    LEADER_KEY,
    ActionItem,
    AskedQuestion,
    MeetingRecord,
    Participant,
    PhaseId,
    Quadrant,
)
from dialogtool.core.templates import template_by_id

TEMPLATE_ID = "team-meeting"
PARTICIPANTS = (
    "Åse Ødegård",
    "Bjørn Æbelø",
    "Camilla Søndergaard",
    "Dorthe Kjær",
    "Emil Østergaard",
    "Frederikke Håkansson",
)
PRIVATE_NOTE = "PRIVAT: Bjørn har haft en hård måned – spørg ham ikke først."
SECRET_PERSPECTIVE = "HEMMELIGT: Jeg tror, faldet skyldes sygemeldingerne i foråret."


def example_meeting(dataset: Dataset, now: datetime) -> MeetingRecord:
    template = template_by_id(TEMPLATE_ID)
    assert template is not None
    record = meeting.new_meeting(template, "da", when=now, team=dataset.groups[0])
    record.title = "Teammøde om løntimer og jobsamtaler"
    record.dataset_source = dataset.source
    record.participants = [Participant(name=name) for name in PARTICIPANTS]
    ids = [p.id for p in record.participants]
    record.private_notes[PhaseId.FRAMING] = PRIVATE_NOTE
    record.private_notes[PhaseId.DATA] = PRIVATE_NOTE

    entries = meeting.round_entries(record, PhaseId.CHECKIN)
    entries[0].text = "Jeg vil gerne forstå, hvorfor løntimerne er faldet."
    entries[1].passed = True
    entries[2].text = "Jeg håber, vi går herfra med én ting, vi prøver af."
    start_order(record.dialogue, PhaseId.CHECKIN, ids)
    record.dialogue.passed = [ids[1]]
    record.dialogue.current = ids[2]

    first, second = (m.id for m in dataset.indicators[:2])
    given = meeting.discussion(record, first)
    given.snapshot = dataset.snapshot(first)
    given.team_noticed = "Vi ligger under målet de sidste tre måneder."
    given.leader_perspective = "Jeg ser, at vi er tæt på de andre teams – og bedre end sidste år."
    meeting.advance_ugu(given, now)
    waiting = meeting.discussion(record, second)
    waiting.snapshot = dataset.snapshot(second)
    waiting.predict_first = True
    waiting.leader_perspective = SECRET_PERSPECTIVE

    bank = bundled_bank()
    for quadrant in (Quadrant.DETEKTIV, Quadrant.ANTROPOLOG):
        question = bank.in_category(tomm_category(quadrant), record.kind)[0]
        record.questions.append(
            AskedQuestion(
                question_id=question.id,
                category=question.category,
                text=question.text.get("da"),
                asked_at=now,
            )
        )
    record.action_items = [
        ActionItem(text="Ring til fem virksomheder om løntimer", owner="Åse", due=date(2025, 3, 7)),
        ActionItem(text="Del erfaringer fra Team Syd på næste møde", owner="Emil"),
    ]
    record.follow_up = (now + timedelta(days=28)).date()
    for key in (ids[0], ids[0], ids[2], LEADER_KEY, LEADER_KEY, LEADER_KEY, ids[4]):
        count_contribution(record, key)
    return record
