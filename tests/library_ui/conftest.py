from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from dialogtool.ui.app import configure_application, create_main_window
from dialogtool.ui.main_window import MainWindow

from .helpers import MakeWindow


@pytest.fixture
def make_window(qtbot: QtBot, qapp: object, data_dir: Path) -> Iterator[MakeWindow]:
    """Start the real main window on the demo dataset, with a private data folder.

    The windows are deleted when the test ends, so the next test's restyling does
    not have to walk through the widgets of this one.
    """
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        configure_application(qapp)  # type: ignore[arg-type]
        win = create_main_window(data_dir, demo=True)
        windows.append(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make
    for win in windows:
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
