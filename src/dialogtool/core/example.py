"""A filled-in example meeting on the demo dataset, for screenshots and tours.

Everything a running meeting holds is there: participants with Danish names,
check-in entries, one indicator taken through UGU with the perspective given, a
second one waiting for the team's guess, asked questions, agreements, a talk
tally, and a private note that must never reach the audience screen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dialogtool.core import meeting, phase_questions
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
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

#: What the people in the example say, as messages (the names stay Danish).
WORDS: dict[str, Message] = {
    "title": QT_TRANSLATE_NOOP("Example", "Teammøde om løntimer og jobsamtaler"),
    "private": QT_TRANSLATE_NOOP(
        "Example", "PRIVAT: Bjørn har haft en hård måned – spørg ham ikke først."
    ),
    "secret": QT_TRANSLATE_NOOP(
        "Example", "HEMMELIGT: Jeg tror, faldet skyldes sygemeldingerne i foråret."
    ),
    "checkin_1": QT_TRANSLATE_NOOP(
        "Example", "Jeg vil gerne forstå, hvorfor løntimerne er faldet."
    ),
    "checkin_3": QT_TRANSLATE_NOOP(
        "Example", "Jeg håber, vi går herfra med én ting, vi prøver af."
    ),
    "noticed": QT_TRANSLATE_NOOP(
        "Example", "Vi er faldet fra 89,0 % til 87,2 % og ligger nu under målet på 90 %."
    ),
    "perspective": QT_TRANSLATE_NOOP(
        "Example", "Jeg ser, at vi stadig ligger over de andre teams."
    ),
    "action_1": QT_TRANSLATE_NOOP("Example", "Ring til fem virksomheder om løntimer"),
    "action_2": QT_TRANSLATE_NOOP("Example", "Del erfaringer fra Team Syd på næste møde"),
}


#: The texts that must never reach the room, as the Danish example writes them.
PRIVATE_NOTE = WORDS["private"].source
SECRET_PERSPECTIVE = WORDS["secret"].source


def example_meeting(dataset: Dataset, now: datetime, lang: Lang = "da") -> MeetingRecord:
    words = {key: message.get(lang) for key, message in WORDS.items()}
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
