"""Operations say what they changed and refuse a finished meeting."""

from __future__ import annotations

import pytest

from dialogtool.core import operations
from dialogtool.core.operations import Changes
from dialogtool.core.record import MeetingRecord, MeetingStatus


def test_set_field_changes_the_field_and_names_its_part() -> None:
    record = MeetingRecord()
    op = operations.set_field("Formål", Changes.FRAMING, ("fup", "purpose"), "Vi lærer")
    assert operations.apply(record, op) == Changes.FRAMING
    assert record.fup.purpose == "Vi lærer"
    assert op.coalesce == "fup/purpose"


def test_a_finished_meeting_refuses_every_edit() -> None:
    record = MeetingRecord(status=MeetingStatus.FINISHED)
    op = operations.set_field("Titel", Changes.FRAMING, ("title",), "Ny")
    with pytest.raises(operations.ReadOnlyError):
        operations.apply(record, op)
    assert record.title == ""
