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
from zoneinfo import ZoneInfo

from dialogtool.core import fup, meeting, phase_questions, review, series
from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.questions import bundled_bank
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
from dialogtool.core.store import RecordStore, dump_record, has_meeting_files
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


#: What was said about each stepping stone, true to the numbers the meeting saw (Team Nord,
#: the export ending in August 2026): the team first, then the leader, then the team again.
SAID: dict[str, tuple[str, str, str]] = {
    RETTIDIGE: (
        "Vi ligger over målet på 90 % for fjerde måned i træk, men tallet er faldet en smule "
        "fra 91,3 % til 91,1 %.",
        "Jeg lægger mærke til, at vi ligger et godt stykke over de andre teams.",
        "Det giver mening: Vi booker samtalerne tidligere, end vi gjorde sidste år.",
    ),
    LOENTIMER: (
        "Vi er steget fra 37,5 % til 39,3 %, men ligger stadig lige under målet på 40 %.",
        "Jeg ser, at det især er de unge, der får løntimer – de ældre borgere står mere stille.",
        "Det kan vi genkende: Vi har haft flere virksomhedskontakter til de unge.",
    ),
    OPFOELGNING: (
        "Antallet er faldet fra 26 til 22 samtaler og ligger under målet på 25.",
        "Jeg ser, at faldet kom i august, hvor mange var på ferie.",
        "Ja – og vi mangler en fast makker, der følger op, når nogen er væk.",
    ),
}
#: The questions put to the room, by step: all four of Tomm's types, the check-in and
#: check-out pairs, and the close-out (contract.closing) at the summary.
ASKED: tuple[tuple[PhaseId, str], ...] = (
    (PhaseId.CHECKIN, "checkin.01"),
    (PhaseId.CHECKIN, "checkin.02"),
    (PhaseId.DATA, "analysis.1"),
    (PhaseId.TOMM, "tomm.detektiv.01"),
    (PhaseId.TOMM, "tomm.antropolog.02"),
    (PhaseId.TOMM, "tomm.fremtidsforsker.01"),
    (PhaseId.EXPLANATIONS, "gameboard.3.01"),
    (PhaseId.ACTIONS, "tomm.kaptajn.01"),
    (PhaseId.ACTIONS, "tomm.kaptajn.08"),
    (PhaseId.CHECKOUT, "checkout.01"),
    (PhaseId.CHECKOUT, "checkout.02"),
    (PhaseId.SUMMARY, "contract.closing.01"),
    (PhaseId.SUMMARY, "contract.closing.02"),
    (PhaseId.SUMMARY, "contract.closing.04"),
    (PhaseId.SUMMARY, "contract.closing.05"),
)


def _id(name: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"dialogtool:demo:{name}").hex


def _outcome_in_copenhagen(record: MeetingRecord) -> None:
    """The outcome's "Når klokken er …" at the meeting's end in Danish time.

    The files are generated once, on whatever machine; the hour in them must be the
    one the Danish leader reads, not the generating machine's.
    """
    template = template_by_id(record.template_id or "")
    assert template is not None
    end = fup.end_time(record).astimezone(ZoneInfo("Europe/Copenhagen"))
    record.fup.outcome = fup.with_end_time(template.fup.outcome.da, end, "da")


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
    record.fup.purpose = (
        "Formålet med, at vi i dag tager fat i rettidige jobsamtaler og løntimer, er, at vi "
        "bliver klogere på, hvordan vores indsats skaber progression for borgerne."
    )
    bank = bundled_bank()
    record.questions = []
    for phase, question_id in ASKED:
        question = bank.get(question_id)
        assert question is not None, question_id
        phase_questions.set_asked(record, phase, question, True, "da", HELD_AT)
    for asked in record.questions:
        asked.id = _id(f"question-{asked.phase}-{asked.question_id}")
    record.indicators = []  # each stone shown once, in the order of the meeting
    for indicator_id in (RETTIDIGE, LOENTIMER, OPFOELGNING):
        meeting.show_indicator(record, dataset, indicator_id)
    for item in record.indicators:
        noticed, perspective, response = SAID[item.indicator_id]
        item.predict_first = False
        item.team_noticed = noticed
        meeting.advance_ugu(item, HELD_AT)  # the team has explored: the leader may give
        item.leader_perspective = perspective
        meeting.advance_ugu(item, HELD_AT)  # the perspective is given: explore again
        item.team_response = response
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
        ParticipantEntry(
            participant_id=names[0], text="At løntimerne følger virksomhedskontakterne."
        ),
        ParticipantEntry(participant_id=names[2], text="At vi prøver makkerordningen af."),
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
            text="Makkerordning: en kollega følger op på jobsamtalerne, når nogen er væk",
            owner="Camilla",
            due=date(2026, 9, 17),
            indicator_id=OPFOELGNING,
            created_at=HELD_AT,
            trial=True,
            expectation="Mindst 25 samtaler med opfølgning om måneden, også i ferier.",
        ),
        ActionItem(
            id=_id("action-3"),
            text="Del erfaringer fra Team Syd på næste møde",
            owner="Emil",
            created_at=HELD_AT,
        ),
    ]
    record.phase_notes = {
        PhaseId.DATA: "Tre trædesten: rettidige jobsamtaler, løntimer og opfølgning.",
        PhaseId.ACTIONS: "To prøvehandlinger, og vi ser på tallene igen i oktober.",
        PhaseId.SUMMARY: "Vigtigst: Løntimerne følger virksomhedskontakterne. Næste skridt: "
        "Åse ringer til fem virksomheder. Vi følger op den 29. oktober.",
    }
    record.follow_up = FOLLOW_UP
    _outcome_in_copenhagen(record)
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
    _outcome_in_copenhagen(record)
    record.fup.purpose = (
        "Formålet med, at vi i dag tager fat i løntimer og jobsamtaler igen, er, at vi følger op "
        "på de aftaler, vi lavede sidst, og ser, om de har gjort en forskel."
    )
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
    if has_meeting_files(folder):
        return []
    ensure_private_dir(folder)
    written = []
    for record in bundled():
        path = store.path_for(record.id)
        if not path.exists():
            atomic_write_bytes(path, dump_record(record))
            written.append(path)
    return written
