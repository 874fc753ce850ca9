"""A filled-in example meeting on the demo dataset, for screenshots and tours.

Everything a running meeting holds is there: participants with Danish names,
check-in entries, one indicator taken through UGU with the perspective given, a
second one waiting for the team's guess, asked questions, agreements, a talk
tally, and a private note that must never reach the audience screen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dialogtool.core import meeting, phase_questions
from dialogtool.core.dataset import Dataset
from dialogtool.core.dialogue import count_contribution, start_order
from dialogtool.core.i18n import Lang
from dialogtool.core.questions import bundled_bank
from dialogtool.core.record import (
    LEADER_KEY,
    ActionItem,
    MeetingRecord,
    Participant,
    PhaseId,
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

#: What the people in the example say, in the meeting's language (names stay Danish).
WORDS: dict[Lang, dict[str, str]] = {
    "da": {
        "title": "Teammøde om løntimer og jobsamtaler",
        "private": PRIVATE_NOTE,
        "secret": SECRET_PERSPECTIVE,
        "checkin_1": "Jeg vil gerne forstå, hvorfor løntimerne er faldet.",
        "checkin_3": "Jeg håber, vi går herfra med én ting, vi prøver af.",
        "noticed": "Vi er faldet fra 89,0 % til 87,2 % og ligger nu under målet på 90 %.",
        "perspective": "Jeg ser, at vi stadig ligger over de andre teams.",
        "action_1": "Ring til fem virksomheder om løntimer",
        "action_2": "Del erfaringer fra Team Syd på næste møde",
    },
    "en": {
        "title": "Team meeting on paid hours and job interviews",
        "private": "PRIVATE: Bjørn has had a hard month – do not ask him first.",
        "secret": "SECRET: I think the drop is due to the sick leave in the spring.",
        "checkin_1": "I would like to understand why the paid hours have dropped.",
        "checkin_3": "I hope we leave with one thing we will try out.",
        "noticed": "We have dropped from 89.0% to 87.2% and are now below the target of 90%.",
        "perspective": "I see that we are still above the other teams.",
        "action_1": "Call five employers about paid hours",
        "action_2": "Share experience from Team Syd at the next meeting",
    },
}


def example_meeting(dataset: Dataset, now: datetime, lang: Lang = "da") -> MeetingRecord:
    words = WORDS[lang]
    template = template_by_id(TEMPLATE_ID)
    assert template is not None
    record = meeting.new_meeting(template, lang, when=now, team=dataset.groups[0])
    record.title = words["title"]
    record.dataset_source = dataset.source
    record.participants = [Participant(name=name) for name in PARTICIPANTS]
    ids = [p.id for p in record.participants]
    record.private_notes[PhaseId.FRAMING] = words["private"]
    record.private_notes[PhaseId.DATA] = words["private"]

    entries = meeting.round_entries(record, PhaseId.CHECKIN)
    entries[0].text = words["checkin_1"]
    entries[1].passed = True
    entries[2].text = words["checkin_3"]
    start_order(record.dialogue, PhaseId.CHECKIN, ids)
    record.dialogue.passed = [ids[1]]
    record.dialogue.current = ids[2]

    first, second = (m.id for m in dataset.indicators[:2])
    given = meeting.discussion(record, first)
    given.snapshot = dataset.snapshot(first)
    given.team_noticed = words["noticed"]
    given.leader_perspective = words["perspective"]
    meeting.advance_ugu(given, now)
    waiting = meeting.discussion(record, second)
    waiting.snapshot = dataset.snapshot(second)
    waiting.predict_first = True
    waiting.leader_perspective = words["secret"]

    bank = bundled_bank()
    for question_id in ("tomm.detektiv.01", "tomm.antropolog.02"):  # the template's picks
        question = bank.get(question_id)
        assert question is not None
        phase_questions.set_asked(record, PhaseId.TOMM, question, True, lang, now)
    record.action_items = [
        ActionItem(text=words["action_1"], owner="Åse", due=date(2025, 3, 7)),
        ActionItem(text=words["action_2"], owner="Emil"),
    ]
    record.follow_up = (now + timedelta(days=28)).date()
    for key in (ids[0], ids[0], ids[2], LEADER_KEY, LEADER_KEY, LEADER_KEY, ids[4]):
        count_contribution(record, key)
    return record
