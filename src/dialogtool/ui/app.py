"""Starting the desktop app."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dialogtool import __version__
from dialogtool.core.logs import log_dir, log_exception, setup_logging
from dialogtool.core.paths import APP_NAME, DATA_DIR_ENV, data_dir
from dialogtool.ui.errors import install_excepthook
from dialogtool.ui.language import install_translators, ui_lang
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.preferences import DATA_FOLDER, preferences
from dialogtool.ui.theme import apply_theme, follow_preferences


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, ui_lang())
    apply_theme(app)
    follow_preferences(app)  # language, theme and text size change while the app runs


#: The window's own size on a large screen.
PREFERRED_SIZE = QSize(1280, 800)
#: Room for the frame and title bar, which the window system adds only once it is shown.
FRAME_ALLOWANCE = QSize(16, 48)


def initial_size(available: QSize) -> QSize:
    """The first window's size on a screen with ``available`` room: it fits with its frame."""
    room = available - FRAME_ALLOWANCE
    return PREFERRED_SIZE.boundedTo(room)


def create_main_window(folder: Path, demo: bool) -> MainWindow:
    """The main window; with ``demo`` the demo dataset is loaded before it returns."""
    dataset = None
    if demo:
        from dialogtool.core.demo import load_demo_dataset

        dataset = load_demo_dataset(ui_lang())
    window = MainWindow(folder, dataset)
    window.resize(PREFERRED_SIZE)
    return window


class FirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def run_app(
    data_dir: str | None,
    demo: bool,
    qt_args: list[str] | None = None,
    *,
    exit_after_startup: bool = False,
) -> int:
    """Show the start screen as soon as possible; the demo data loads after its first paint."""
    setup_logging(log_dir(data_dir))
    hook = install_excepthook(wait_outside_event_loop=True)  # errors while starting, too
    app = QApplication.instance() or QApplication(qt_args or sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    folder = resolve_data_dir(data_dir)
    if demo:
        install_demo_meetings(folder)
    window = create_main_window(folder, demo=False)
    hook.rescue = window.rescue
    screen = window.screen() or app.primaryScreen()
    if screen is not None:
        window.resize(initial_size(screen.availableGeometry().size()))
    first_page = window.stack.currentWidget() or window.start_page  # or the first run's welcome
    FirstPaint(first_page, resume_collector)
    if exit_after_startup:  # nothing more: data read now would only race the quit
        FirstPaint(first_page, app.quit)
    else:
        FirstPaint(first_page, start_preloading)  # the first meeting opens at once
        if demo:
            window.show_demo_loading()
            FirstPaint(first_page, window.use_demo)
        else:  # the dataset of last time, read back after the first paint
            FirstPaint(first_page, window.restore_dataset)
    window.show()
    return app.exec()


def start_preloading() -> None:
    """After the first paint: load a meeting's modules while the start screen waits.

    Imported here, not before the paint: even the preloader's module list is
    the start screen's time.
    """
    from dialogtool.ui.preload import preload_when_idle

    preload_when_idle()


def resume_collector() -> None:
    """After the first paint: what start-up made is frozen (later collections skip it)."""
    gc.freeze()
    gc.enable()


def install_demo_meetings(folder: Path) -> None:
    """A finished meeting and its planned follow-up, when the user has no meetings yet."""
    from dialogtool.core.paths import meetings_dir
    from dialogtool.core.store import RecordStore, has_meeting_files

    try:
        if has_meeting_files(meetings_dir(folder)):
            return  # nothing to install: the meetings' rules and models load after the paint
        from dialogtool.core.demo_meetings import install

        install(RecordStore(meetings_dir(folder)))
    except OSError as exc:  # the demo starts without them; nothing of the user's is touched
        log_exception("Installing the demo meetings failed", exc)


def resolve_data_dir(override: str | None) -> Path:
    """``--data-dir``, else DIALOGTOOL_DATA_DIR, else the folder chosen in the settings."""
    if not override and not os.environ.get(DATA_DIR_ENV):
        override = preferences().get(DATA_FOLDER) or None
    return data_dir(override)
