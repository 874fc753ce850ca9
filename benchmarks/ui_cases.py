"""The rows of ``run.py`` that drive the real windows in this process (offscreen Qt)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from run import FRAME, Row, alternate

from dialogtool.core.dataset import Dataset, IndicatorMeta
from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.record import UguStep
from dialogtool.ui.latency import LatencyProbe
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.pages.data import ID_ROLE, DataPage


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def synthetic(groups: int, indicators: int = 4, periods: int = 24) -> Dataset:
    """``groups`` teams with random numbers, a target, and the organisation's total."""
    rng = np.random.default_rng(5)
    names = [f"Team {g:04d}" for g in range(groups)] + ["Hele kommunen"]
    labels = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(periods)]
    metas = [
        IndicatorMeta(id=f"n{i}", name=f"Nøgletal {i}", target=60.0) for i in range(indicators)
    ]
    values = {(m.id, g): rng.uniform(20, 90, periods) for m in metas for g in names}
    return Dataset(
        name=f"{groups} teams", source=f"synthetic:{groups}", sha256="", indicators=metas,
        groups=names, periods=labels, values=values, group_roles={"Hele kommunen": "total"},
    )  # fmt: skip


def open_data_page(app: QApplication, work: Path, dataset: Dataset) -> tuple[MainWindow, DataPage]:
    window = MainWindow(work / f"data-{dataset.source.replace(':', '-')}", dataset)
    window.resize(1280, 800)
    window.show()
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    settle(app)
    return window, page


def close(app: QApplication, window: MainWindow) -> None:
    window.close_meeting()
    window.close()
    window.deleteLater()
    settle(app)


def repaint(widget: QWidget) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        widget.repaint()
        return time.perf_counter() - start

    return run


def switching(app: QApplication, page: DataPage) -> Callable[[], float]:
    """Choose the next indicator until every window shown is painted: what a click costs."""
    model = page.indicator_model
    ids = [i for r in range(model.rowCount()) if (i := model.index(r, 0).data(ID_ROLE))]
    state = {"n": 0}

    def run() -> float:
        state["n"] += 1
        start = time.perf_counter()
        page.select_indicator(ids[state["n"] % len(ids)])
        app.processEvents()  # the zero-timer that coalesces the audience's chart, the paints
        app.processEvents()
        return time.perf_counter() - start

    for _ in ids:  # every indicator shown once: their snapshots are taken
        run()
    return run


def switch_rows(app: QApplication, work: Path, repeat: int) -> list[Row]:
    rows = []
    window, page = open_data_page(app, work, load_demo_dataset())
    ours, base = alternate(switching(app, page), repaint(window), repeat * 3)
    rows.append(Row("switch indicator, data page (demo)", "repainting the same screen", ours, base, "median ≤ 16 ms", ours <= FRAME))  # fmt: skip
    view = window.meeting_view
    assert isinstance(view, MeetingView)
    presenter = view.presenter
    presenter.start(from_start=False)
    for width, height in ((1024, 768), (1920, 1080)):
        presenter.audience.resize(width, height)
        settle(app)
        ours, base = alternate(switching(app, page), repaint(presenter.audience), repeat * 3)  # fmt: skip
        rows.append(Row(f"switch indicator, audience window {width}×{height}", "its own repaint", ours, base, "median ≤ 16 ms", ours <= FRAME))  # fmt: skip
    presenter.stop()
    close(app, window)
    return rows


WORDS = "vi ser "


def typing(app: QApplication, box: QWidget) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        for key in WORDS:  # words, not one endless word: a label wraps at spaces
            QTest.keyClick(box, key)
            app.processEvents()
        return (time.perf_counter() - start) / len(WORDS)

    return run


def typing_rows(app: QApplication, work: Path, repeat: int) -> list[Row]:
    rows = []
    for label, dataset in (("demo", load_demo_dataset()), ("100 groups", synthetic(100))):
        window, page = open_data_page(app, work, dataset)
        view = window.meeting_view
        assert isinstance(view, MeetingView)
        view.presenter.start(from_start=False)  # presenting: the room sees the perspective
        QTest.keyClicks(page.noticed, "Vi ser et fald i foråret")
        QTest.keyClicks(page.perspective, "Jeg ser det som et vendepunkt")
        page.advance()
        assert page._current().step == UguStep.GIVE
        ours, base = alternate(typing(app, page.perspective), typing(app, view.notes), repeat)
        rows.append(Row(f"typing in the leader's perspective box after it was given ({label})", "typing in the notes box", ours, base, "≤ 2 ms/key", ours <= 0.002, note="per key"))  # fmt: skip
        view.presenter.stop()
        close(app, window)
    return rows


def autosave_rows(app: QApplication, work: Path, repeat: int) -> list[Row]:
    """The UI thread's part of an autosave: serialising and handing over to the writer thread."""
    from dialogtool.core.operations import Changes, set_field
    from dialogtool.ui.session import MeetingSession
    from records import two_hour_meeting

    many = synthetic(1000, indicators=1, periods=100)
    cases = [("2-hour meeting", two_hour_meeting())]
    with_many = two_hour_meeting()
    discussion = with_many.indicators[0]
    discussion.snapshot = many.snapshot("n0", team="Team 0000")
    cases.append(("… with one indicator of a 1,000-group file", with_many))
    legacy = two_hour_meeting()
    legacy.indicators[0].snapshot = many.snapshot("n0")  # every group, as records before 12
    cases.append(("… an older record that froze all 1,000 groups", legacy))
    rows = []
    window = MainWindow(work / "autosave")
    for label, record in cases:
        window.store.save(record)
        session = MeetingSession(record, window.store, None, window, library=window.library)

        def save(session: MeetingSession = session) -> float:
            title = "B" if session.record.title == "A" else "A"  # an edit to save
            session.apply(set_field("titel", Changes.FRAMING, ("title",), title))
            start = time.perf_counter()
            session.save_in_background()  # what the autosave timer does
            spent = time.perf_counter() - start
            assert session.save_now()  # waits for the writer thread (not timed)
            return spent

        save()
        ours = statistics.median(save() for _ in range(repeat * 3))
        size = window.store.path_for(record.id).stat().st_size
        rows.append(Row(f"autosave, UI-thread part: {label}", "one frame", ours, FRAME, "≤ 5 ms", ours <= 0.005, note=f"{size / 1e6:.2f} MB on disk"))  # fmt: skip
    window.deleteLater()
    return rows


def write_groups_csv(path: Path, groups: int, rows: int) -> None:
    months = 100
    indicators = max(1, rows // (groups * months))
    values = np.random.default_rng(9).uniform(0, 100, indicators * groups * months)
    lines = ["Indikator;Afdeling;Periode;Værdi;Mål"]
    k = 0
    for i in range(indicators):
        for g in range(groups):
            for m in range(months):
                value = f"{values[k]:.1f}".replace(".", ",")
                lines.append(
                    f"Nøgletal {i};Team {g:04d};{2017 + m // 12}M{m % 12 + 1:02d};{value};90"
                )
                k += 1
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def import_stall_rows(app: QApplication, work: Path, rows: int) -> list[Row]:
    """The worst stall while a big file is imported: from the start screen, and into a meeting."""
    path = work / "thousand-groups.csv"
    write_groups_csv(path, 1000, rows)

    def import_with_probe(window: MainWindow) -> float:
        probe = LatencyProbe()
        probe.start()
        flow = window.data.import_path(path)
        deadline = time.perf_counter() + 120
        while not flow.done and time.perf_counter() < deadline:
            app.processEvents()
            dialog = flow.reading_dialog  # "Sådan læste jeg filen": the leader accepts it
            if dialog is not None and dialog.isVisible():
                dialog.use_button.click()
            time.sleep(0.002)
        end = time.perf_counter() + 1.0  # the paints after the dataset arrived
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)
        probe.stop()
        assert flow.done and window.dataset is not None
        return probe.worst()

    start_screen = MainWindow(work / "import-start")
    start_screen.resize(1280, 800)
    start_screen.show()
    settle(app)
    base = import_with_probe(start_screen)
    start_screen.close()
    window, page = open_data_page(app, work, synthetic(1000, periods=100))
    page.select_indicator("n1")
    settle(app)
    ours = import_with_probe(window)
    close(app, window)
    return [Row(f"import {rows:,} rows (1,000 groups) with a meeting open on the data page", "the same import from the start screen (worst stall)", ours, base, "no stall over 100 ms", ours <= 0.1, note="worst stall")]  # fmt: skip
