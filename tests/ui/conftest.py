from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dialogtool.ui.app import configure_application, create_main_window
from dialogtool.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, qapp: object, data_dir: Path) -> MainWindow:
    """The real main window on the demo dataset, with a private data folder."""
    configure_application(qapp)  # type: ignore[arg-type]
    win = create_main_window(data_dir, demo=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
