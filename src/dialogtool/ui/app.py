"""Starting the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dialogtool import __version__
from dialogtool.core.logs import log_dir, setup_logging
from dialogtool.core.paths import APP_NAME, data_dir
from dialogtool.ui.errors import install_excepthook
from dialogtool.ui.language import install_translators, ui_lang
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.theme import apply_theme


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, ui_lang())
    apply_theme(app)


def create_main_window(folder: Path, demo: bool) -> MainWindow:
    """The main window; with ``demo`` the demo dataset is loaded before it returns."""
    dataset = None
    if demo:
        from dialogtool.core.demo import load_demo_dataset

        dataset = load_demo_dataset()
    window = MainWindow(folder, dataset)
    window.resize(1280, 800)
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
    window = create_main_window(resolve_data_dir(data_dir), demo=False)
    hook.rescue = window.rescue
    if exit_after_startup:
        FirstPaint(window.start_page, app.quit)
    elif demo:
        window.show_demo_loading()
        FirstPaint(window.start_page, window.use_demo)
    window.show()
    return app.exec()


def resolve_data_dir(override: str | None) -> Path:
    return data_dir(override)
