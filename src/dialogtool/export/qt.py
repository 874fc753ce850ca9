"""A Qt application for drawing when there is none yet (the command line, no display)."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new offscreen one when the process has none."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["dialogtool"])
    assert isinstance(app, QGuiApplication)
    return app
