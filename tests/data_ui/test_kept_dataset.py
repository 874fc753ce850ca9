"""The data stay with the meeting: a restart, a moved file or a changed file loses no indicator."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.dataset_cache import DatasetCache
from dialogtool.core.importing import import_file
from dialogtool.core.paths import meetings_dir
from dialogtool.ui.latency import LatencyProbe
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage

from .conftest import finish
from .test_reading_summary import write_ledighed

Restart = Callable[[], MainWindow]


@pytest.fixture
def restart(
    data_dir: Path, shown_windows: Callable[[MainWindow], MainWindow]
) -> Callable[[], MainWindow]:
    """A fresh start of the app on the same data folder, as after closing it."""
    started: list[MainWindow] = []

    def start() -> MainWindow:
        for old in started:
            old.close()
        started.append(shown_windows(MainWindow(data_dir)))
        return started[-1]

    return start


def listed(page: DataPage) -> list[str]:
    model = page.indicator_model
    return [model.item(row).text() for row in range(model.rowCount())]


def prepare_meeting(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    """Import ``path``, make a meeting and look at one indicator (not "Sygefravær"); its id."""
    finish(qtbot, window.data.import_path(path))
    view = window.new_meeting("team-meeting")
    assert view is not None
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    page.select_indicator("jobsamtaler")
    record_id = view.session.record.id
    assert window.close_meeting()
    return record_id


def restored(qtbot: QtBot, window: MainWindow) -> None:
    loader = window.restore_dataset()
    assert loader is not None
    qtbot.waitUntil(lambda: loader.done, timeout=10_000)


def opened_data_page(qtbot: QtBot, window: MainWindow, record_id: str) -> DataPage:
    view = window.open_meeting(record_id)
    assert view is not None
    session = view.session
    qtbot.waitUntil(lambda: session.dataset is not None, timeout=10_000)
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    return page


def test_a_restart_keeps_the_dataset_and_every_indicator(
    qtbot: QtBot, window: MainWindow, restart: Restart, tmp_path: Path
) -> None:
    record_id = prepare_meeting(qtbot, window, write_ledighed(tmp_path / "ledighed.csv"))
    window.close()

    again = restart()
    assert again.dataset is None, "nothing is read before the start screen is shown"
    loader = again.restore_dataset()
    assert loader is not None
    assert again.start_page.dataset_label.text() == "Henter datasættet fra sidst …"
    qtbot.waitUntil(lambda: loader.done, timeout=10_000)
    assert "ledighed" in again.start_page.dataset_label.text()
    assert again.dataset_notice.isHidden(), "the file is where it was: nothing to say"
    # The meeting opens with all indicators, not only the one that was shown.
    page = opened_data_page(qtbot, again, record_id)
    assert sorted(listed(page)) == ["Jobsamtaler", "Ledighed (%)", "Sygefravær (dage)"]


def test_a_moved_original_still_opens_the_meeting_with_all_indicators_and_says_so(
    qtbot: QtBot, window: MainWindow, restart: Restart, tmp_path: Path
) -> None:
    original = write_ledighed(tmp_path / "ledighed.csv")
    record_id = prepare_meeting(qtbot, window, original)
    window.close()
    original.rename(tmp_path / "flyttet.csv")

    again = restart()  # the meeting is opened at once, before any dataset is loaded
    page = opened_data_page(qtbot, again, record_id)
    assert sorted(listed(page)) == ["Jobsamtaler", "Ledighed (%)", "Sygefravær (dage)"]
    notice = again.dataset_notice
    assert notice.isVisible()
    assert notice.label.text().startswith("Filen ledighed.csv findes ikke længere")
    assert "alle nøgletal vises fra kopien" in notice.label.text()
    assert not notice.load_button.isVisible()


def test_a_changed_original_is_named_and_the_new_version_can_be_loaded(
    qtbot: QtBot, window: MainWindow, restart: Restart, tmp_path: Path
) -> None:
    original = write_ledighed(tmp_path / "ledighed.csv", months=2)
    prepare_meeting(qtbot, window, original)
    window.close()
    write_ledighed(original, months=3)  # next month's numbers, same file name

    again = restart()
    restored(qtbot, again)
    assert again.dataset is not None and again.dataset.periods == ["2024-01", "2024-02"]
    notice = again.dataset_notice
    assert notice.label.text().startswith("Filen ledighed.csv er ændret, siden den blev indlæst")
    assert notice.load_button.isVisible()
    qtbot.mouseClick(notice.load_button, Qt.MouseButton.LeftButton)
    flow = again.data.flow
    assert flow is not None
    finish(qtbot, flow)
    assert again.dataset.periods == ["2024-01", "2024-02", "2024-03"]
    assert notice.isHidden()


def test_the_copy_goes_with_the_last_meeting_that_used_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path
) -> None:
    cache = DatasetCache.in_data_dir(data_dir)
    first = write_ledighed(tmp_path / "ledighed.csv")
    record_id = prepare_meeting(qtbot, window, first)
    # Another file becomes the start screen's dataset; the meeting still uses the first.
    finish(qtbot, window.data.import_path(write_ledighed(tmp_path / "andet.csv", months=2)))
    assert len(cache.keys()) == 2
    window.start_page.delete(record_id)
    assert len(cache.keys()) == 1 and cache.keys()[0] == cache.current()
    assert not list(meetings_dir(data_dir).glob(f"*{record_id}*"))


def test_a_damaged_copy_is_named_in_one_line_and_the_meeting_opens(
    qtbot: QtBot, window: MainWindow, restart: Restart, tmp_path: Path, data_dir: Path
) -> None:
    record_id = prepare_meeting(qtbot, window, write_ledighed(tmp_path / "ledighed.csv"))
    window.close()
    cache = DatasetCache.in_data_dir(data_dir)
    copy = cache.path_for(cache.keys()[0])
    copy.write_bytes(copy.read_bytes()[:200])

    again = restart()
    restored(qtbot, again)  # the start screen: no dataset, and why
    notice = again.dataset_notice
    assert notice.label.text().startswith("Den gemte kopi af mødets data kan ikke læses")
    assert again.start_page.dataset_label.text().startswith("Intet datasæt indlæst")
    view = again.open_meeting(record_id)
    assert view is not None
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert notice.label.text().startswith("Den gemte kopi af mødets data kan ikke læses")
    # The record's own snapshot of what was shown is still there.
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage) and "Jobsamtaler" in listed(page)
    assert "Sygefravær (dage)" not in listed(page), "only what the record kept"


def test_reading_the_copy_back_does_not_block_the_window(
    qtbot: QtBot, window: MainWindow, restart: Restart, tmp_path: Path
) -> None:
    lines = ["Indikator;Team;Periode;Værdi"]
    lines += [
        f"Nøgletal {n};Team {t};{2000 + y}M{m:02d};{n + t + m}"
        for n in range(40)
        for t in range(40)
        for y in range(8)
        for m in range(1, 13)
    ]
    path = tmp_path / "stor.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")  # 153,600 values
    finish(qtbot, window.data.import_path(path))
    window.close()

    # The app freezes what start-up made at its first paint (ui/app.py, resume_collector),
    # so later collections do not walk it. Here that is also every earlier test's objects:
    # a full collection over them took 100-350 ms and made this test fail by chance.
    gc.collect()
    gc.freeze()
    try:
        again = restart()
        probe = LatencyProbe()
        probe.start()
        restored(qtbot, again)
        qtbot.wait(50)
        probe.stop()
    finally:
        gc.unfreeze()
    assert again.dataset is not None and len(again.dataset.indicators) == 40
    assert probe.worst() < 0.1, f"the window stalled {probe.worst() * 1000:.0f} ms"


def test_a_kept_dataset_is_not_read_before_the_first_paint(tmp_path: Path) -> None:
    from app.test_startup import HEAVY, start  # the start-up probe of tests/app

    cache = DatasetCache.in_data_dir(tmp_path / "data")
    path = write_ledighed(tmp_path / "ledighed.csv")
    dataset = import_file(path).dataset
    cache.store(dataset)
    cache.set_current(dataset.sha256)
    result = start(tmp_path / "data")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert [m for m in report["modules"] if m.startswith(HEAVY)] == []


def test_a_meeting_from_before_kept_datasets_says_so_and_loads_its_file_again(
    qtbot: QtBot, window: MainWindow, restart: Restart, tmp_path: Path
) -> None:
    record_id = prepare_meeting(qtbot, window, write_ledighed(tmp_path / "ledighed.csv"))
    record = window.store.load(record_id)
    record.dataset_sha256 = ""  # as written by the version before
    window.store.save(record)
    window.close()

    again = restart()
    view = again.open_meeting(record_id)
    assert view is not None
    notice = again.dataset_notice
    assert notice.isVisible()
    assert notice.label.text().startswith("Mødet er fra før data blev gemt med møderne")
    assert notice.load_button.text() == "&Indlæs filen igen"
    qtbot.mouseClick(notice.load_button, Qt.MouseButton.LeftButton)
    flow = again.data.flow
    assert flow is not None
    finish(qtbot, flow)
    assert notice.isHidden()
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    assert sorted(listed(page)) == ["Jobsamtaler", "Ledighed (%)", "Sygefravær (dage)"]
    assert view.session.record.dataset_sha256, "from now on the meeting keeps its data"
