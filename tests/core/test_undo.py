"""Undo and redo: every edit comes back byte for byte, and what the room saw stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogtool.core import edits, meeting, operations, presentation, time_plan
from dialogtool.core.operations import Changes, Operation
from dialogtool.core.record import (
    ActionItem,
    AskedQuestion,
    Explanation,
    Locus,
    MeetingRecord,
    MeetingStatus,
    Participant,
    PhaseId,
    PresentationEventKind,
    Scope,
)
from dialogtool.core.record_file import dump_record
from dialogtool.core.templates import bundled_templates
from dialogtool.core.undo import History

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
TEXT = st.text(alphabet="abcæøå ÆØÅ?", max_size=12)


def _actions(record: MeetingRecord) -> list[ActionItem]:
    return record.action_items


def _participants(record: MeetingRecord) -> list[Participant]:
    return record.participants


def _meeting() -> MeetingRecord:
    record = meeting.new_meeting(bundled_templates()[0], team="Team Nord")
    record.participants = [Participant(name="Ane"), Participant(name="Bo")]
    record.action_items = [ActionItem(text="Ring til fem virksomheder", owner="Ane")]
    record.explanations = [Explanation(text="Ferie i juli")]
    return record


# Each maker looks at the record as it is now and draws one edit that can be made on it.
Maker = Callable[[st.DataObject, MeetingRecord], Operation]


def _text_edit(data: st.DataObject, record: MeetingRecord) -> Operation:
    field = data.draw(st.sampled_from(["title", "facilitator", "team"]))
    return operations.set_field(field, Changes.FRAMING, (field,), data.draw(TEXT))


def _purpose(data: st.DataObject, record: MeetingRecord) -> Operation:
    return edits.type_text(
        "Formål",
        Changes.FRAMING,
        "purpose",
        lambda r, text: setattr(r.fup, "purpose", text),
        data.draw(TEXT),
    )


def _add_action(data: st.DataObject, record: MeetingRecord) -> Operation:
    return edits.add_row("Ny handling", Changes.ACTIONS, _actions, ActionItem(text=data.draw(TEXT)))


def _action_cell(data: st.DataObject, record: MeetingRecord) -> Operation:
    if not record.action_items:
        return _add_action(data, record)
    row = data.draw(st.integers(0, len(record.action_items) - 1))
    if data.draw(st.booleans()):
        day = data.draw(st.dates(dt.date(2026, 1, 1), dt.date(2027, 1, 1)))
        return edits.edit_row("frist", Changes.ACTIONS, _actions, row, edits.attribute("due"), day)
    return edits.edit_row(
        "tekst", Changes.ACTIONS, _actions, row, edits.attribute("text"), data.draw(TEXT)
    )


def _remove_action(data: st.DataObject, record: MeetingRecord) -> Operation:
    if not record.action_items:
        return _add_action(data, record)
    row = data.draw(st.integers(0, len(record.action_items) - 1))
    return edits.remove_row("Slet handling", Changes.ACTIONS, _actions, row)


def _participant(data: st.DataObject, record: MeetingRecord) -> Operation:
    return edits.add_row(
        "Ny deltager", Changes.PEOPLE, _participants, Participant(name=data.draw(TEXT) or "X")
    )


def _explanation(data: st.DataObject, record: MeetingRecord) -> Operation:
    choice = data.draw(st.sampled_from(["add", "move", "remove", "edit"]))
    if choice == "add" or not record.explanations:
        return edits.add_explanation("Ny forklaring", Explanation(text=data.draw(TEXT) or "x"))
    card = data.draw(st.sampled_from(record.explanations))
    if choice == "move":
        locus = data.draw(st.sampled_from(list(Locus)))
        scope = data.draw(st.sampled_from(list(Scope)))
        return edits.move_explanations("Flyt forklaring", [card.id], locus, scope)
    if choice == "remove":
        return edits.remove_explanation("Slet forklaring", card.id)
    return edits.edit_explanation("Forklaring", card.id, data.draw(TEXT) or "y")


def _question(data: st.DataObject, record: MeetingRecord) -> Operation:
    asked = [q for q in record.questions if q.phase == PhaseId.TOMM]
    if asked and data.draw(st.booleans()):
        return edits.drop_question("Fravælg spørgsmål", data.draw(st.sampled_from(asked)).id)
    question = AskedQuestion(category="tomm.linear", text=data.draw(TEXT) or "Hvad?")
    return edits.mark_asked("Stillet", question, NOW)


def _ugu(data: st.DataObject, record: MeetingRecord) -> Operation:
    item = next((d for d in record.indicators if d.indicator_id == "sick"), None)
    if item is not None and meeting.can_give(item, record.leader_role) and data.draw(st.booleans()):
        return edits.advance_ugu("Næste UGU-trin", "sick", NOW)
    return edits.edit_discussion("Det så vi", "sick", "team_noticed", data.draw(TEXT))


def _plan(data: st.DataObject, record: MeetingRecord) -> Operation:
    minutes = data.draw(st.integers(0, 30))
    return edits.set_value(
        "Minutter",
        Changes.PLAN,
        lambda r: time_plan.set_item_minutes(r, r.fup.process[0], minutes),
    )


MAKERS: list[Maker] = [
    _text_edit,
    _purpose,
    _add_action,
    _action_cell,
    _remove_action,
    _participant,
    _explanation,
    _question,
    _ugu,
    _plan,
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_edits_undo_to_the_starting_bytes_and_redo_to_the_end(data: st.DataObject) -> None:
    record = _meeting()
    history = History()
    start = dump_record(record)
    steps = 0
    for _ in range(data.draw(st.integers(1, 12))):
        maker = data.draw(st.sampled_from(MAKERS))
        op = maker(data, record)
        assert history.apply(record, op) == op.changes
        steps = steps if history.undo_label is None else steps + 1
    end = dump_record(record)
    undone = 0
    while history.undo(record):
        undone += 1
    assert dump_record(record) == start
    assert undone <= steps
    while history.redo(record):
        pass
    assert dump_record(record) == end


def test_typing_in_one_box_is_one_step_and_another_box_starts_another() -> None:
    record = _meeting()
    history = History()
    before = dump_record(record)
    for n in range(1, 101):
        history.apply(
            record, edits.edit_discussion("Perspektiv", "sick", "leader_perspective", "x" * n)
        )
    assert history.undo_label == "Perspektiv"
    history.apply(record, operations.set_field("Titel", Changes.FRAMING, ("title",), "Ny"))
    assert history.undo(record) == Changes.FRAMING
    assert history.undo(record) == Changes.DISCUSSION
    assert dump_record(record) == before
    assert history.undo(record) == Changes.NONE


def test_a_step_change_ends_a_run_of_typing() -> None:
    record = _meeting()
    history = History()
    history.apply(record, operations.set_field("Titel", Changes.FRAMING, ("title",), "A"))
    history.seal()
    history.apply(record, operations.set_field("Titel", Changes.FRAMING, ("title",), "AB"))
    history.undo(record)
    assert record.title == "A"


def test_undo_keeps_what_the_room_saw_and_the_clock() -> None:
    record = _meeting()
    history = History()
    meeting.start(record, NOW)
    history.apply(
        record,
        edits.edit_row(
            "frist", Changes.ACTIONS, _actions, 0, edits.attribute("due"), dt.date(2026, 4, 1)
        ),
    )
    history.apply(
        record,
        Operation(
            "Vist",
            Changes.ROOM,
            lambda r: presentation.log_event(
                r, PresentationEventKind.PHASE_SHOWN, NOW, PhaseId.DATA
            ),
            undoable=False,
        ),
    )
    meeting.enter_phase(record, PhaseId.DATA, NOW + dt.timedelta(minutes=5))
    history.undo(record)
    assert record.action_items[0].due is None
    assert [e.kind for e in record.presentation_log] == [PresentationEventKind.PHASE_SHOWN]
    assert record.current_phase == PhaseId.DATA
    assert record.clock.running_since is not None


def test_a_redo_is_gone_after_a_new_edit() -> None:
    record = _meeting()
    history = History()
    history.apply(record, operations.set_field("Titel", Changes.FRAMING, ("title",), "A"))
    history.undo(record)
    assert history.redo_label == "Titel"
    history.apply(record, operations.set_field("Team", Changes.FRAMING, ("team",), "B"))
    assert history.redo_label is None
    assert history.redo(record) == Changes.NONE


@pytest.mark.parametrize("maker", MAKERS, ids=lambda m: m.__name__)
def test_every_edit_says_what_it_changed_and_refuses_a_finished_meeting(maker: Maker) -> None:
    @given(st.data())
    @settings(max_examples=5, deadline=None)
    def check(data: st.DataObject) -> None:
        record = _meeting()
        op = maker(data, record)
        assert op.changes != Changes.NONE
        assert op.changes in Changes.ALL
        finished = record.model_copy(deep=True, update={"status": MeetingStatus.FINISHED})
        frozen = dump_record(finished)
        with pytest.raises(operations.ReadOnlyError):
            History().apply(finished, op)
        assert dump_record(finished) == frozen
        assert History().apply(record, op) == op.changes

    check()


def test_the_oldest_steps_go_when_the_history_outgrows_its_budget() -> None:
    record = _meeting()
    size = len(dump_record(record))
    history = History(budget=3 * size + size // 2)
    for n in range(6):
        history.apply(record, operations.set_field("Titel", Changes.FRAMING, ("title",), str(n)))
        history.seal()
    undone = 0
    while history.undo(record):
        undone += 1
    assert undone == 3
    assert record.title == "2", "the three newest steps are kept"
