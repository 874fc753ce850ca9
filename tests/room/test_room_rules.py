"""The room's rules without a server or Qt: joining, limits, what is shown, what is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from dialogtool.core.operations import apply
from dialogtool.core.record import (
    IndicatorDiscussion,
    IndicatorSnapshot,
    Locus,
    MeetingRecord,
    RoomActivityKind,
    Scope,
    SeriesSnapshot,
)
from dialogtool.core.room import limits, record_ops
from dialogtool.core.room.state import Answer, Refusal, RoomState
from dialogtool.core.room.views import phone_view, room_view
from dialogtool.core.summary import SummaryOptions, build_summary, render_markdown

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


def joined(state: RoomState, phones: int) -> list[str]:
    tokens = [state.join(state.code) for _ in range(phones)]
    assert all(isinstance(t, str) and not isinstance(t, Refusal) for t in tokens)
    return [str(t) for t in tokens]


def test_a_phone_joins_only_with_the_code_and_the_room_holds_200() -> None:
    state = RoomState()
    assert state.join("WRONG1") == Refusal.WRONG_CODE
    assert state.join(None) == Refusal.WRONG_CODE
    assert isinstance(state.join(state.code.lower() + " "), str), "typed in small letters works"
    joined(state, limits.MAX_PHONES - 1)
    assert state.join(state.code) == Refusal.FULL
    assert state.phones == limits.MAX_PHONES


def test_answers_are_checked_and_limited_per_phone_and_a_refusal_changes_nothing() -> None:
    state = RoomState()
    (phone,) = joined(state, 1)
    assert state.submit(phone, {"activity": "x", "text": "hej"}) == Refusal.NO_ACTIVITY
    state.start("a", RoomActivityKind.NOTICE)
    version = state.version
    for bad in (
        None,
        [],
        {"activity": "a"},
        {"activity": "a", "text": ""},
        {"activity": "a", "text": "   "},
        {"activity": "a", "text": "x" * (limits.MAX_TEXT_CHARS + 1)},
        {"activity": "a", "text": 5},
        {"activity": "b", "text": "hej"},
    ):
        assert isinstance(state.submit(phone, bad), Refusal), bad
    assert state.submit("not-a-phone", {"activity": "a", "text": "hej"}) == Refusal.NOT_JOINED
    assert state.version == version and state.take_new() == []
    for n in range(limits.MAX_TEXTS_PER_PHONE):
        assert isinstance(state.submit(phone, {"activity": "a", "text": f"svar {n}"}), Answer)
    assert state.submit(phone, {"activity": "a", "text": "én for meget"}) == Refusal.TOO_MANY
    state.start("g", RoomActivityKind.GUESS_VALUE)
    for bad in (True, "12", float("nan"), float("inf"), 1e13):
        assert state.submit(phone, {"activity": "g", "number": bad}) == Refusal.INVALID, bad
    assert isinstance(state.submit(phone, {"activity": "g", "number": 41.5}), Answer)
    assert state.submit(phone, {"activity": "g", "number": 42}) == Refusal.TOO_MANY
    state.close()
    (other,) = joined(state, 1)
    assert state.submit(other, {"activity": "g", "number": 40}) == Refusal.CLOSED


def test_control_characters_are_removed_and_each_answer_is_taken_once() -> None:
    state = RoomState()
    (phone,) = joined(state, 1)
    state.start("a", RoomActivityKind.CHECKIN)
    state.submit(phone, {"activity": "a", "text": "travl\u0000 uge\n\t  men god"})
    (answer,) = state.take_new()
    assert answer.text == "travl  uge men god".replace("  ", " ")
    assert state.take_new() == []


def test_nothing_reaches_the_room_before_reveal_and_never_with_fewer_than_three() -> None:
    state = RoomState()
    phones = joined(state, 3)
    state.start("d", RoomActivityKind.GUESS_DIRECTION)
    state.submit(phones[0], {"activity": "d", "choice": "up"})
    state.submit(phones[1], {"activity": "d", "choice": "down"})
    assert not state.reveal(), "two answers could point out a person"
    assert room_view(state.activity, "da") is None
    view = phone_view(state, phones[0], "da")
    assert view["activity"]["given"] == 1 and view["activity"]["shown"] is None
    state.submit(phones[2], {"activity": "d", "choice": "up"})
    assert room_view(state.activity, "da") is None, "not before the leader reveals"
    assert state.reveal(None, "up")
    shown = room_view(state.activity, "da")
    assert shown is not None
    assert "Op: 2 · Uændret: 0 · Ned: 1" in shown.lines
    assert "Det gik: Op" in shown.lines
    assert phone_view(state, phones[1], "en")["activity"]["shown"]["lines"][1].startswith("Up: 2")


def test_an_undersoeg_text_the_leader_picks_is_shown_and_becomes_what_the_team_noticed() -> None:
    record = MeetingRecord()
    record.indicators.append(IndicatorDiscussion(indicator_id="ind"))
    state = RoomState()
    phones = joined(state, 2)
    activity = state.start("n", RoomActivityKind.NOTICE, indicator_id="ind")
    apply(record, record_ops.start(activity, NOW))
    state.submit(phones[0], {"activity": "n", "text": "Flere i praktik"})
    state.submit(phones[1], {"activity": "n", "text": "<script>alert(1)</script>"})
    apply(record, record_ops.add_answers("n", state.take_new()))
    assert room_view(activity, "da") is None
    state.show(1)
    apply(record, record_ops.show_text(activity, "Flere i praktik", NOW))
    shown = room_view(activity, "da")
    assert shown is not None and shown.lines == ("Flere i praktik",)
    assert record.indicators[0].team_noticed == "• Flere i praktik"
    kept = record.room_answers[0]
    assert kept.texts == ["Flere i praktik", "<script>alert(1)</script>"]
    assert kept.shown == ["Flere i praktik"]
    assert [e.kind for e in record.presentation_log] == ["room_answers_shown"], "the log says so"


def test_guesses_are_revealed_against_the_real_number_and_kept_as_numbers() -> None:
    record = MeetingRecord(team="Nord")
    snapshot = IndicatorSnapshot(
        indicator_id="ind",
        name="Ordinære timer",
        series=[SeriesSnapshot(group="Nord", periods=["2026-10", "2026-11"], values=[40, 45])],
    )
    record.indicators.append(IndicatorDiscussion(indicator_id="ind", snapshot=snapshot))
    assert record_ops.actual_of(record, "ind") == (45, "up")
    state = RoomState()
    phones = joined(state, 3)
    activity = state.start("g", RoomActivityKind.GUESS_VALUE, indicator_id="ind")
    apply(record, record_ops.start(activity, NOW))
    for phone, guess in zip(phones, (38, 44.5, 50), strict=True):
        state.submit(phone, {"activity": "g", "number": guess})
    apply(record, record_ops.add_answers("g", state.take_new()))
    assert state.reveal(45.0)
    apply(record, record_ops.reveal(activity, NOW))
    shown = room_view(activity, "da")
    assert shown is not None
    assert "Rummets gæt (midterste): 44,5 (fra 38 til 50)" in shown.lines
    assert "Det rigtige tal: 45" in shown.lines
    kept = record.room_answers[0]
    assert kept.numbers == [38, 44.5, 50] and kept.actual == 45 and kept.revealed_at == NOW
    assert record.presentation_log[-1].kind == "room_answers_shown"


def test_cards_from_phones_become_explanations_where_the_leader_places_them() -> None:
    record = MeetingRecord()
    state = RoomState()
    (phone,) = joined(state, 1)
    activity = state.start("c", RoomActivityKind.CARDS)
    apply(record, record_ops.start(activity, NOW))
    state.submit(phone, {"activity": "c", "text": "Ny sagsbehandler"})
    apply(record, record_ops.add_answers("c", state.take_new()))
    apply(
        record,
        record_ops.place_card(activity, "Ny sagsbehandler", Locus.INTERNAL, Scope.INDIVIDUAL),
    )
    (card,) = record.explanations
    assert (card.text, card.locus, card.scope) == ("Ny sagsbehandler", "internal", "individual")


def test_the_rating_is_kept_as_counts_and_followed_across_the_series() -> None:
    meetings = []
    for votes in (("3", "4", "4"), ("4", "5", "5", "4")):
        record = MeetingRecord()
        state = RoomState()
        activity = state.start("r", RoomActivityKind.RATING)
        apply(record, record_ops.start(activity, NOW))
        for vote in votes:
            state.add_typed({"activity": "r", "choice": vote})
        apply(record, record_ops.add_answers("r", state.take_new()))
        meetings.append(record)
    assert meetings[1].room_answers[0].counts == {"4": 2, "5": 2}
    assert meetings[1].room_answers[0].typed == 4
    assert [(round(mean, 2), n) for _at, mean, n in record_ops.rating_trend(meetings)] == [
        (3.67, 3),
        (4.5, 4),
    ]


def test_the_summary_marks_the_rooms_answers_and_names_nobody() -> None:
    record = MeetingRecord(title="Teammøde")
    state = RoomState()
    phones = joined(state, 3)
    for activity_id, kind, values in (
        ("i", RoomActivityKind.CHECKIN, ("Spændt", "Træt", "Klar")),
        ("r", RoomActivityKind.RATING, ("4", "5")),
    ):
        activity = state.start(activity_id, kind, "Hvordan kommer du?" if kind == "checkin" else "")
        apply(record, record_ops.start(activity, NOW))
        for phone, value in zip(phones, values, strict=False):
            field = "choice" if kind == RoomActivityKind.RATING else "text"
            state.submit(phone, {"activity": activity_id, field: value})
        apply(record, record_ops.add_answers(activity_id, state.take_new()))
    text = render_markdown(build_summary(record, "da", SummaryOptions()))
    assert "## Rummets svar" in text
    assert "Anonyme svar" in text
    assert "Spændt" in text and "Klar" in text
    assert "Færre end 3 svar" in text, "two ratings are counted, not shown"
    assert not any(phone in record.model_dump_json() for phone in phones), "no token is kept"
