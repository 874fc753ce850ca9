"""Render the audience and presenter windows for each phase of the example meeting.

Used by ``dialogtool screenshots``; the meeting lives in a temporary folder, so
the user's own meetings are never touched.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from dialogtool.core import dialogue
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.core.record import MeetingKind, MeetingRecord, PhaseId, utc_now
from dialogtool.ui.app import configure_application, create_main_window
from dialogtool.ui.language import ui_lang
from dialogtool.ui.meeting_view import MeetingView

if TYPE_CHECKING:
    from dialogtool.ui.main_window import MainWindow

AUDIENCE_SIZES = ((1024, 768), (1920, 1080))
PRESENTER_SIZES = ((1024, 768), (1280, 800))


def render_screenshots(
    outdir: Path, phases: list[PhaseId] | None = None, *, one_to_one: bool = False
) -> list[Path]:
    """Write ``audience-<phase>-<w>x<h>.png`` and ``presenter-<phase>-<w>x<h>.png``.

    Every image is exactly its named size: a window that cannot shrink to it is
    an error here, because it would be cut on a screen of that size. With
    ``one_to_one`` the example is a 1:1 with its first participant, and the names
    start ``1to1-``. Without ``phases`` the start screen comes first
    (``start-<w>x<h>.png``).
    """
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    prefix = "1to1-" if one_to_one else ""
    app = _application()
    for screen in staged_screens(phases, one_to_one=one_to_one):
        shots = [("presenter", screen.window, PRESENTER_SIZES)]
        if screen.audience is not None:
            shots.insert(0, ("audience", screen.audience, AUDIENCE_SIZES))
        for name, shown, sizes in shots:
            for width, height in sizes:
                shown.resize(width, height)
                _settle(app)
                stem = "start" if screen.phase is None else f"{name}-{screen.phase.value}"
                path = outdir / f"{prefix}{stem}-{width}x{height}.png"
                _save(shown.grab(), (width, height), path)
                written.append(path)
    return written


@dataclass(frozen=True)
class Screen:
    """One screen of the example, staged: the start screen (no phase) or a phase."""

    phase: PhaseId | None
    window: QWidget
    audience: QWidget | None


def staged_screens(
    phases: list[PhaseId] | None = None,
    *,
    one_to_one: bool = False,
    translator: QTranslator | None = None,
) -> Iterator[Screen]:
    """The example meeting's screens, each staged to show what it is for, one at a time.

    Without ``phases``: the start screen, then every phase. The meeting lives in a
    temporary folder that is gone when the iteration ends. A ``translator`` (a
    pseudo-locale that tests layouts) goes before the language's own, for as long.
    """
    app = _application()
    if translator is not None:
        app.installTranslator(translator)
    try:
        yield from _staged(app, phases, one_to_one)
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def _staged(app: QApplication, phases: list[PhaseId] | None, one_to_one: bool) -> Iterator[Screen]:
    with tempfile.TemporaryDirectory() as folder:
        window = create_main_window(Path(folder), demo=True)
        try:
            yield from _phases(app, window, phases, one_to_one)
        finally:  # also when the caller stops early: no window outlives the pictures
            if window.meeting_view is not None:
                window.meeting_view.presenter.stop()
            window.close_meeting()
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _phases(
    app: QApplication, window: MainWindow, phases: list[PhaseId] | None, one_to_one: bool
) -> Iterator[Screen]:
    window.resize(*PRESENTER_SIZES[-1])
    window.show()
    dataset = load_demo_dataset(ui_lang())
    record = example_meeting(dataset, utc_now(), ui_lang())
    if one_to_one:
        record.kind = MeetingKind.ONE_TO_ONE
        record.participants = record.participants[:1]
        record.team, record.data_group = record.participants[0].name, dataset.groups[0]
    window.store.save(record)
    if phases is None:
        window.start_page.show_history(window.workspace.refresh())
        _settle(app)
        yield Screen(None, window, None)
    view = window.open_meeting(record.id)
    assert view is not None
    presenter = view.presenter
    presenter.spin_frames = 0
    for phase in phases or view.session.steps:
        if phase not in view.pages:
            continue
        if phase != PhaseId.PREPARE and not view.session.running:
            view.session.start_meeting()  # the clocks run from here, as in the meeting
        view.go_to(phase.value)
        _stage(view, phase)
        presenter.start(from_start=False)
        _settle(app)
        yield Screen(phase, window, presenter.audience)


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(["dialogtool"])
    assert isinstance(app, QApplication)
    configure_application(app)
    return app


def _save(image: QPixmap, size: tuple[int, int], path: Path) -> None:
    if image.size().toTuple() != size:
        raise RuntimeError(f"{path.name}: the window is {image.width()}×{image.height()}")
    image.save(str(path))


def _settle(app: QApplication) -> None:
    """Let delayed item layouts and the layout requests they post run to the end."""
    for _ in range(4):
        app.processEvents()


def _stage(view: MeetingView, phase: PhaseId) -> None:
    """Put each phase in a state that shows what it is for."""
    presenter = view.presenter
    record = view.session.record
    presenter.bar.prompt.hide()
    presenter.tabs.setCurrentWidget(presenter.script)
    if phase == PhaseId.PREPARE:
        return
    presenter.clock = _clock_at(record, phase, 0.6)
    if phase == PhaseId.DATA:
        view.session.set_indicator(record.indicators[0].indicator_id)
    elif phase == PhaseId.CHECKIN:
        presenter.tabs.setCurrentWidget(presenter.people)
    elif phase == PhaseId.TOMM:
        ids = [p.id for p in record.participants]
        question = next(q.text for q in record.questions if q.asked_at)
        dialogue.start_groups(
            record.dialogue,
            phase,
            dialogue.split_groups(ids, 2, seed=7),
            question,
            8,
            presenter.clock(),
        )
        presenter.show_bridge()
    elif phase == PhaseId.ACTIONS:
        presenter.clock = _clock_at(record, phase, 1.4)  # over time
    elif phase == PhaseId.CHECKOUT:
        presenter.tabs.setCurrentWidget(presenter.people)
    presenter.refresh()


def _clock_at(record: MeetingRecord, phase: PhaseId, share: float) -> Callable[[], datetime]:
    """A clock standing ``share`` of the way through the phase's timebox."""
    plan = next(p for p in record.phases if p.phase == phase)
    entered = plan.entered_at or utc_now()
    moment = entered + timedelta(seconds=plan.minutes * 60 * share)
    return lambda: moment
