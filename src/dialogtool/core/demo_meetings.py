"""Two demo meetings in one series: a finished team meeting and the planned follow-up.

A newcomer who starts with ``--demo`` sees a summary with actions linked to
indicators, and a "Siden sidst" review that shows how those indicators moved.
The files in ``resources/demo`` are made by ``scripts/generate_demo_meetings.py``
from these builders; ``install`` copies them into an empty meetings folder only.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dialogtool.core import meeting, review, series
from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.record import (
    ActionItem,
    Explanation,
    Locus,
    MeetingRecord,
    MeetingStatus,
    ParticipantEntry,
    PhaseId,
    Scope,
)
from dialogtool.core.resources import resource_dir
from dialogtool.core.store import RECORD_SUFFIX, RecordStore, dump_record
from dialogtool.core.templates import template_by_id

if TYPE_CHECKING:  # the builders need numbers; installing the files does not (start-up)
    from dialogtool.core.dataset import Dataset

FILES = ("example-meeting.json", "example-follow-up.json")
HELD_AT = datetime(2026, 9, 3, 7, 0, tzinfo=UTC)  # 9:00 in Copenhagen
FOLLOW_UP = date(2026, 10, 29)
#: The first meeting saw an export that ended two months before the demo file does.
MONTHS_BEHIND = 2
LOENTIMER = "borgere-med-ordinaere-loentimer"
RETTIDIGE = "rettidige-jobsamtaler"
OPFOELGNING = "jobsamtaler-med-opfoelgning"


def _id(name: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"dialogtool:demo:{name}").hex


def finished_meeting(dataset: Dataset) -> MeetingRecord:
    """The example meeting, taken to its end: explanations, actions on indicators, a date."""
    from dialogtool.core.example import example_meeting

    record = example_meeting(dataset, HELD_AT)
    record.id = _id("meeting-1")
    record.title = "Teammøde om løntimer og jobsamtaler"
    record.created_at = record.updated_at = HELD_AT - timedelta(days=7)
    for number, person in enumerate(record.participants):
        person.id = _id(f"person-{number}")
    record.checkin = []
    record.dialogue.order = record.dialogue.passed = []
    record.dialogue.current = None
    record.talk_tally = {}
    for question in record.questions:
        question.id = _id(f"question-{question.question_id}")
    for indicator_id in (RETTIDIGE, LOENTIMER, OPFOELGNING):
        meeting.show_indicator(record, dataset, indicator_id)
    for item in record.indicators:
        item.perspective_revealed_at = item.perspective_revealed_at or HELD_AT
        item.predict_first = False
        if not item.team_noticed:
            item.team_noticed = "Flere når deres samtaler til tiden, men vi er ikke i mål."
        item.leader_perspective = item.leader_perspective.replace("HEMMELIGT: ", "")
        item.team_response = "Det giver mening – især når vi planlægger samtalerne tidligt."
        if meeting.can_give(item):
            meeting.advance_ugu(item, HELD_AT)
        if item.snapshot is not None:
            for line in item.snapshot.series:
                line.periods = line.periods[:-MONTHS_BEHIND]
                line.values = line.values[:-MONTHS_BEHIND]
                line.targets = line.targets[:-MONTHS_BEHIND] if line.targets else []
    names = [p.id for p in record.participants]
    record.checkin = [
        ParticipantEntry(participant_id=names[0], text="Jeg vil gerne forstå løntimerne."),
        ParticipantEntry(participant_id=names[1], passed=True),
        ParticipantEntry(participant_id=names[2], text="Jeg håber på én ting, vi prøver af."),
    ]
    record.checkout = [
        ParticipantEntry(participant_id=names[0], text="Jeg går herfra med en plan."),
        ParticipantEntry(participant_id=names[3], text="Godt at vi så tallene sammen."),
    ]
    record.explanations = [
        Explanation(
            id=_id("explanation-1"),
            text="Vi booker samtalerne for sent, når kalenderen er fuld.",
            locus=Locus.INTERNAL,
            scope=Scope.COLLECTIVE,
            indicator_id=RETTIDIGE,
        ),
        Explanation(
            id=_id("explanation-2"),
            text="Færre virksomheder ansætter med løntimer efter sommeren.",
            locus=Locus.EXTERNAL,
            scope=Scope.COLLECTIVE,
            indicator_id=LOENTIMER,
        ),
    ]
    record.action_items = [
        ActionItem(
            id=_id("action-1"),
            text="Ring til fem virksomheder om løntimer",
            owner="Åse",
            due=date(2026, 9, 24),
            indicator_id=LOENTIMER,
            created_at=HELD_AT,
            trial=True,
            expectation="Flere borgere med ordinære løntimer i oktober.",
        ),
        ActionItem(
            id=_id("action-2"),
            text="Følg op på hver jobsamtale inden for en uge",
            owner="Camilla",
            due=date(2026, 9, 17),
            indicator_id=OPFOELGNING,
            created_at=HELD_AT,
        ),
        ActionItem(
            id=_id("action-3"),
            text="Del erfaringer fra Team Syd på næste møde",
            owner="Emil",
            created_at=HELD_AT,
        ),
    ]
    record.phase_notes = {
        PhaseId.DATA: "Rettidigheden er steget, men vi ligger under målet.",
        PhaseId.ACTIONS: "Vi prøver to ting af og ser på tallene igen i oktober.",
    }
    record.follow_up = FOLLOW_UP
    meeting.start(record, HELD_AT)
    meeting.finish(record, HELD_AT + timedelta(minutes=58))
    record.presentation_log = []
    return record


def planned_follow_up(finished: MeetingRecord, dataset: Dataset) -> MeetingRecord:
    """The next meeting in the series, on the agreed date, with last time's actions to review."""
    template = template_by_id("follow-up")
    assert template is not None
    record = series.next_meeting(finished, template, "da", now=finished.scheduled_at)
    record.id = _id("meeting-2")
    record.title = "Opfølgning på løntimer og jobsamtaler"
    record.created_at = record.updated_at = HELD_AT + timedelta(days=1)
    review.gather(record, [finished])
    for item in record.reviews:
        if item.indicator_id is not None:
            meeting.show_indicator(record, dataset, item.indicator_id)
    review.update_now(record, dataset)
    assert record.status == MeetingStatus.PLANNED
    return record


def bundled() -> list[MeetingRecord]:
    folder = resource_dir("demo")
    return [MeetingRecord.model_validate_json(folder.joinpath(n).read_bytes()) for n in FILES]


def install(store: RecordStore) -> list[Path]:
    """Copy the demo meetings into a meetings folder that has no meetings yet.

    Nothing is written when the folder holds any meeting file (readable or not),
    and never over an existing file.
    """
    folder = store.folder
    if folder.is_dir() and any(
        p.suffix == RECORD_SUFFIX and not p.name.startswith(".") for p in folder.iterdir()
    ):
        return []
    ensure_private_dir(folder)
    written = []
    for record in bundled():
        path = store.path_for(record.id)
        if not path.exists():
            atomic_write_bytes(path, dump_record(record))
            written.append(path)
    return written
