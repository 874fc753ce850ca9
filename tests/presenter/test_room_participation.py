"""The room takes part, through the real window: phones on loopback, the leader's panel,
the room's window, the record and the summary; and the fallback when the server cannot start.
"""

from __future__ import annotations

import socket
import time
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from dialogtool.core.record import RoomActivityKind
from dialogtool.core.summary import SummaryOptions, build_summary, render_markdown
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.presenter.room import RoomController
from room.server_helpers import LOOPBACK, Phone

from .conftest import Running, model_texts


def let_in(qtbot: QtBot, running: Running) -> RoomController:
    """Present, pick the loopback interface and turn *Rummet deltager* on, as the leader does."""
    room = running.presenter.room
    assert not room.panel.toggle.isEnabled(), "only while presenting"
    running.presenter.start(from_start=False)
    assert room.panel.toggle.isEnabled()
    panel = room.panel
    running.presenter.tabs.setCurrentWidget(panel)  # the leader opens the *Rummet* tab
    panel.interface.setCurrentIndex(panel.interface.findData(LOOPBACK))
    assert panel.chosen_address() == LOOPBACK
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert room.server is not None and panel.toggle.isChecked()
    assert room.screen.isVisibleTo(running.presenter.audience), "QR code and code on the screen"
    assert room.screen.qr.pixmap().width() <= room.screen.qr.width(), "the QR code is never cut"
    assert room.state is not None and room.state.code in room.screen.code.text()
    return room


def rows_are(room: RoomController, rows: int) -> None:
    assert room.panel.model.rowCount() == rows


def start(qtbot: QtBot, room: RoomController, kind: RoomActivityKind) -> str:
    panel = room.panel
    panel.kind.setCurrentIndex(panel.kind.findData(kind))
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert room.state is not None and room.state.activity is not None
    return room.state.activity.id


def test_phones_answer_every_activity_and_the_room_sees_only_what_is_revealed(
    qtbot: QtBot, running: Running
) -> None:
    view = running.view
    view.go_to("data")
    page = view.pages["data"]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    room = let_in(qtbot, running)
    assert room.server is not None
    phones = [Phone(room.server) for _ in range(3)]
    for phone in phones:
        phone.join()

    plan = [
        (RoomActivityKind.GUESS_VALUE, "number", [40, 52.5, "<b>x</b>"]),
        (RoomActivityKind.GUESS_DIRECTION, "choice", ["up", "up", "down"]),
        (
            RoomActivityKind.NOTICE,
            "text",
            ["Flere i praktik", "<img src=x onerror=alert(1)>", "Ro på"],
        ),
        (RoomActivityKind.CARDS, "text", ["Ny leder", "Travlhed", "Sygdom"]),
        (RoomActivityKind.CHECKIN, "text", ["Spændt", "Træt", "Klar"]),
        (RoomActivityKind.CHECKOUT, "text", ["Godt møde", "Klogere", "Mere data"]),
        (RoomActivityKind.RATING, "choice", ["4", "5", "4"]),
    ]
    panel, screen = room.panel, room.screen
    for kind, field, values in plan:
        activity = start(qtbot, room, kind)
        statuses = [
            p.answer({"activity": activity, field: v}) for p, v in zip(phones, values, strict=True)
        ]
        valid = [v for v in values if not (field == "number" and isinstance(v, str))]
        assert statuses.count(200) == len(valid), statuses
        qtbot.waitUntil(partial(rows_are, room, len(valid)), timeout=3000)
        assert screen.answers.isHidden(), f"{kind}: the room sees nothing before the reveal"
        if kind == RoomActivityKind.NOTICE:  # the leader picks a text for the screen
            panel.model.item(0).setCheckState(Qt.CheckState.Checked)
            assert screen.answers.text() == "• Flere i praktik"
            continue
        if kind == RoomActivityKind.CARDS:
            panel.answers.setCurrentIndex(panel.model.index(1, 0))
            place = panel.findChild(QPushButton, "roomPlace_internal_collective")
            qtbot.mouseClick(place, Qt.MouseButton.LeftButton)
            continue
        qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
        if kind == RoomActivityKind.GUESS_VALUE:  # two guesses: too few to show
            assert screen.answers.isHidden()
            assert "mindst tre" in panel.problem.text()
            room.type_answer({"number": 47})  # the leader types the third guess heard aloud
            qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
        assert not screen.answers.isHidden(), kind
    record = view.session.record
    shown_text = screen.answers.text()
    assert "Gennemsnit 4,3" in shown_text
    kept = {r.kind: r for r in record.room_answers}
    assert kept[RoomActivityKind.GUESS_VALUE].numbers == [40, 52.5, 47]
    assert kept[RoomActivityKind.GUESS_VALUE].typed == 1
    assert kept[RoomActivityKind.GUESS_VALUE].actual is not None
    assert kept[RoomActivityKind.GUESS_DIRECTION].counts == {"up": 2, "down": 1}
    assert kept[RoomActivityKind.NOTICE].shown == ["Flere i praktik"]
    assert "• Flere i praktik" in record.indicators[0].team_noticed
    assert any(e.text == "Travlhed" and e.locus == "internal" for e in record.explanations)
    assert kept[RoomActivityKind.RATING].counts == {"4": 2, "5": 1}
    summary = render_markdown(build_summary(record, "da", SummaryOptions()))
    assert "## Rummets svar" in summary and "Godt møde" in summary
    saved = record.model_dump_json()
    assert not any(p.token in saved for p in phones), "no phone is recognisable in the record"
    assert LOOPBACK not in saved


def test_injected_markup_stays_text_on_the_room_s_window(qtbot: QtBot, running: Running) -> None:
    running.view.go_to("checkin")
    room = let_in(qtbot, running)
    activity = start(qtbot, room, RoomActivityKind.CHECKIN)
    evil = ["<script>alert(1)</script>", "<b>fed</b>", "<a href='javascript:x'>klik</a>"]
    for text in evil:
        room.type_answer({"text": text})
    qtbot.mouseClick(room.panel.reveal, Qt.MouseButton.LeftButton)
    label = room.screen.answers
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "\n".join(f"• {t}" for t in evil)
    assert activity


def test_participation_stops_with_presenting_and_the_port_closes_within_a_second(
    qtbot: QtBot, running: Running
) -> None:
    room = let_in(qtbot, running)
    assert room.server is not None
    port = room.server.port
    started = time.perf_counter()
    running.presenter.stop()
    with_probe = None
    while time.perf_counter() - started < 1.0:
        try:
            socket.create_connection((LOOPBACK, port), timeout=0.2).close()
        except OSError as exc:
            with_probe = exc
            break
    assert with_probe is not None, "the port still answered a second after stopping"
    assert room.server is None and not room.panel.toggle.isChecked()
    assert room.screen.join.isHidden()


def test_closing_the_meeting_closes_the_port(qtbot: QtBot, running: Running) -> None:
    room = let_in(qtbot, running)
    assert room.server is not None
    port = room.server.port
    assert running.window.close_meeting()

    def closed() -> bool:
        try:
            socket.create_connection((LOOPBACK, port), timeout=0.2).close()
        except OSError:
            return True
        return False

    qtbot.waitUntil(closed, timeout=1000)  # the meeting's window goes on the next event loop turn


def test_when_the_server_cannot_start_the_leader_gets_a_sentence_and_types_the_tallies(
    qtbot: QtBot, running: Running
) -> None:
    taken = socket.socket()
    taken.bind((LOOPBACK, 0))
    taken.listen()
    try:
        running.view.go_to("checkout")
        running.presenter.start(from_start=False)
        room = running.presenter.room
        assert not room.start_server(LOOPBACK, taken.getsockname()[1])
    finally:
        taken.close()
    panel = room.panel
    assert not panel.toggle.isChecked() and room.server is None
    sentence = panel.problem.text()
    assert panel.problem.isVisibleTo(panel)
    assert "hotspot" in sentence and "skrive rummets svar" in sentence
    start(qtbot, room, RoomActivityKind.RATING)
    for choice in ("3", "4", "4", "5"):
        qtbot.mouseClick(
            panel.findChild(QPushButton, f"roomTyped_{choice}"), Qt.MouseButton.LeftButton
        )
    assert model_texts(panel.model).count("4  (skrevet ind)") == 2
    qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    assert "Gennemsnit 4" in room.screen.answers.text()
    kept = running.view.session.record.room_answers[-1]
    assert kept.counts == {"3": 1, "4": 2, "5": 1} and kept.typed == 4
    # The rest of the meeting goes on: the next step, and stopping, work as ever.
    running.presenter.stop()
    assert isinstance(panel.toggle, QCheckBox)


def test_the_check_out_rating_is_shown_against_the_earlier_meetings_of_the_series(
    qtbot: QtBot, running: Running
) -> None:
    from datetime import timedelta

    from dialogtool.core.record import MeetingRecord, RoomAnswers

    record = running.view.session.record
    record.series_id = record.series_id or "serien"
    earlier = MeetingRecord(
        title="Sidste gang",
        series_id=record.series_id,
        scheduled_at=record.scheduled_at - timedelta(days=28),
        room_answers=[RoomAnswers(kind=RoomActivityKind.RATING, counts={"3": 2, "4": 1})],
    )
    running.window.store.save(earlier)
    running.window.workspace.refresh()  # the history index reads the earlier meeting
    running.view.go_to("checkout")
    running.presenter.start(from_start=False)
    room = running.presenter.room
    start(qtbot, room, RoomActivityKind.RATING)
    assert room.panel.trend.text() == "Tidligere møder i serien: 3,3"
    for choice in ("4", "5", "5"):
        room.type_answer({"choice": choice})
    qtbot.mouseClick(room.panel.reveal, Qt.MouseButton.LeftButton)
    shown = room.screen.answers.text()
    assert "Gennemsnit 4,7" in shown and "Tidligere møder i serien: 3,3" in shown
