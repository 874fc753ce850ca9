"""Test configuration: Qt runs offscreen with PySide6, whoever starts the tests.

No test reads or writes the developer's own settings: before anything can
create a QSettings, the config folder points into a temporary folder, and every
test then gets a folder of its own (see ``private_settings``).
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ.pop("DIALOGTOOL_DATA_DIR", None)

import tempfile
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

_CONFIG_HOME = tempfile.TemporaryDirectory(prefix="dialogtool-tests-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME.name

if TYPE_CHECKING:  # Qt is imported only by the tests that use a window
    from pytestqt.qtbot import QtBot

    from dialogtool.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings of the test's own, default preferences and no translator.

    QSettings folders cover our preferences and Qt's own (``QtProject.conf``, the
    file dialog's last folder); ``XDG_CONFIG_HOME`` covers an app started in a
    subprocess.
    """
    from PySide6.QtCore import QCoreApplication, QSettings

    from dialogtool.ui.language import remove_translators
    from dialogtool.ui.preferences import preferences

    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("DIALOGTOOL_CACHE_DIR", str(tmp_path / "cache" / "dialogtool"))
    monkeypatch.setenv("DIALOGTOOL_STATE_DIR", str(tmp_path / "state"))  # recovery files
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(folder))
    preferences.cache_clear()
    yield folder
    app = QCoreApplication.instance()
    if app is not None:
        remove_translators(app)
    preferences.cache_clear()


@pytest.fixture(autouse=True)
def empty_clipboard() -> Iterator[None]:
    """Leave the clipboard empty: Qt's offscreen platform crashes at exit (SIGSEGV, after
    every test has passed) when rich mime data is still on its clipboard. A real display
    does not; the app keeps what the leader copied."""
    yield
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.clipboard().clear()


def pytest_configure(config: pytest.Config) -> None:
    """Say a fatal Qt message before Qt aborts the run.

    pytest-qt keeps every Qt message for the test's report, a fatal one too, but Qt
    aborts right after it: the run ends with "Fatal Python error: Aborted" and the
    reason is lost. Written to the real stderr first, it is in the CI log.
    """
    try:
        from pytestqt.logging import _QtMessageCapture
    except ImportError:  # pytest-qt's internals moved: the messages stay as they are
        return
    keep = _QtMessageCapture._handle_with_context

    def handle(self: object, msg_type: object, context: object, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if msg_type == QtMsgType.QtFatalMsg:
            capture = config.pluginmanager.getplugin("capturemanager")
            with capture.global_and_fixture_disabled() if capture else nullcontext():
                sys.stderr.write(f"\nQt fatal message: {message}\n")
                sys.stderr.flush()
        keep(self, msg_type, context, message)

    _QtMessageCapture._handle_with_context = handle


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder for one test, also seen by code that reads the environment."""
    folder = tmp_path / "data"
    monkeypatch.setenv("DIALOGTOOL_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def shown_windows(qtbot: QtBot) -> Iterator[Callable[[MainWindow], MainWindow]]:
    """Show a window the test made, and delete every one of them when the test ends.

    Deleting them spares the next test's restyling a walk through this one's widgets.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    windows: list[MainWindow] = []

    def show(win: MainWindow) -> MainWindow:
        windows.append(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield show
    for win in windows:
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def make_window(
    qapp: object, data_dir: Path, shown_windows: Callable[[MainWindow], MainWindow]
) -> Callable[[], MainWindow]:
    """Start the real main window on the demo dataset, with a private data folder."""
    from dialogtool.ui.app import configure_application, create_main_window

    def make() -> MainWindow:
        configure_application(qapp)  # type: ignore[arg-type]
        return shown_windows(create_main_window(data_dir, demo=True))

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()
