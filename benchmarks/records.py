"""Meeting records for the benchmarks: a two-hour meeting of about 54 kB, copied into a folder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from dialogtool.core.dataset import Dataset
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import (
    MeetingRecord,
    PresentationEvent,
    PresentationEventKind,
    new_id,
    utc_now,
)
from dialogtool.core.store import RECORD_PREFIX, RECORD_SUFFIX, dump_record

SIZE = 54_000


def two_hour_meeting(dataset: Dataset | None = None) -> MeetingRecord:
    """The example meeting with a presentation log as long as two hours of presenting make."""
    start = utc_now()
    record = example_meeting(dataset or load_demo_dataset(), start)
    step = 0
    while len(dump_record(record)) < SIZE:
        record.presentation_log.append(
            PresentationEvent(
                at=start + timedelta(seconds=15 * step),
                kind=PresentationEventKind.QUESTION_SHOWN,
                detail=f"Hvad lægger I mærke til i tallene for måned {step % 24 + 1}?",
            )
        )
        step += 1
    return record


def write_records(data_dir: Path, count: int) -> None:
    folder = meetings_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    record = two_hour_meeting()
    for number in range(count):
        copy = record.model_copy(update={"id": new_id(), "title": f"Teammøde {number}"})
        (folder / f"{RECORD_PREFIX}{copy.id}{RECORD_SUFFIX}").write_bytes(dump_record(copy))
