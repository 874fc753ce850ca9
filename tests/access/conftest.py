"""Every access test ends with no window of its own left: a room's window or a main
window that outlives its test is deleted later, in the middle of another test (a
presenter test crashed at teardown after one)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget


def _windows() -> dict[int, QWidget]:
    """Top-level windows alive, by address; popups (pyqtgraph's parentless menus) aside."""
    return {
        shiboken6.getCppPointer(w)[0]: w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w) and w.windowType() != Qt.WindowType.Popup
    }


@pytest.fixture(autouse=True)
def no_window_outlives_the_test(qapp: QApplication) -> Iterator[None]:
    before = set(_windows())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    left = [w for ptr, w in _windows().items() if ptr not in before]
    names = sorted(f"{type(w).__name__}#{w.objectName()}" for w in left)
    for widget in left:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not names, f"windows outlived the test: {names}"
