"""A running example meeting with its presenter, on a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.ui.app import configure_application, create_main_window
from dialogtool.ui.chart import IndicatorChart
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView
from dialogtool.ui.presenter.controller import Presenter

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@dataclass
class Running:
    window: MainWindow
    view: MeetingView
    presenter: Presenter
    clock: FakeClock
    #: When the timer's chime sounded (the test's own player records instead of playing).
    chimes: list[datetime]


@pytest.fixture
def running(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> Iterator[Running]:
    """The example meeting open in the main window, its presenter on a fake clock."""
    if not qapp.styleSheet():  # restyling every widget alive is slow; once is enough
        configure_application(qapp)
    window = create_main_window(data_dir, demo=True)
    record = example_meeting(load_demo_dataset(), T0)
    window.store.save(record)
    view = window.open_meeting(record.id)
    assert view is not None
    clock = FakeClock()
    view.presenter.clock = clock
    view.presenter.spin_frames = 2
    chimes: list[datetime] = []
    view.presenter.play_chime = lambda: chimes.append(clock())
    window.show()
    qtbot.waitExposed(window)
    yield Running(window, view, view.presenter, clock, chimes)
    window.close_meeting()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value:
                    texts.append(str(value))
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every text the widget tree holds, shown or not."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
        elif isinstance(widget, IndicatorChart):
            item = widget.getPlotItem()
            texts.append(item.titleLabel.text)
            texts += [label.text for _sample, label in widget.legend.items]
    return [t for t in texts if t]
