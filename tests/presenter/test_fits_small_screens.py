"""Every screen of the meeting fits a 1024×768 projector and a 1280×800 laptop, uncut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from dialogtool.core.record import MeetingKind
from dialogtool.ui.app import initial_size

from .conftest import Running


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _scrolls(widget: QWidget, root: QWidget) -> bool:
    """Inside a list, table or text box: it scrolls there, so it is not cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _needed(widget: QWidget) -> QSize | None:
    """The room the widget's text needs (None: nothing to check)."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            return QSize(0, widget.heightForWidth(widget.width()))
        return widget.minimumSizeHint()
    if isinstance(widget, QAbstractButton) and widget.text():
        metrics = widget.fontMetrics()
        width = metrics.horizontalAdvance(widget.text().replace("&", "")) + 6
        if isinstance(widget, QCheckBox | QRadioButton):
            width += 16
        return QSize(width, metrics.height())
    if isinstance(widget, QAbstractSpinBox):
        metrics = widget.fontMetrics()
        return QSize(metrics.horizontalAdvance(widget.text()) + 24, metrics.height())
    if isinstance(widget, QComboBox | QLineEdit):
        return widget.minimumSizeHint()
    return None


def cut_widgets(root: QWidget) -> list[str]:
    """What of ``root`` is wider than the window or smaller than its text needs."""
    found = []
    for area in root.findChildren(QScrollArea):
        if area.window() is root and area.horizontalScrollBar().isVisible():
            found.append(
                f"{area.widget().objectName() or type(area.widget()).__name__} scrolls sideways"
            )
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or not widget.isVisibleTo(root):
            continue
        if _scrolls(widget, root) or isinstance(
            widget.parentWidget(), QLineEdit | QAbstractSpinBox | QComboBox
        ):
            continue  # a part of another control, sized by it
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r:.50}"
        right = widget.mapTo(root, QPoint(0, 0)).x() + widget.width()
        if right > root.width() + 1:
            found.append(f"{name} reaches x={right}")
        need = _needed(widget)
        if need is not None and (
            need.width() > widget.width() + 1 or need.height() > widget.height() + 1
        ):
            found.append(f"{name} is {widget.size().toTuple()}, needs {need.toTuple()}")
    return found


@pytest.mark.parametrize(
    ("size", "kind"),
    [
        ((1024, 768), MeetingKind.TEAM),
        ((1280, 800), MeetingKind.TEAM),
        ((1024, 768), MeetingKind.ONE_TO_ONE),
    ],
)
def test_no_widget_of_either_window_is_cut_or_wider_than_the_screen(
    running: Running, size: tuple[int, int], kind: MeetingKind
) -> None:
    view, presenter = running.view, running.presenter
    view.session.record.kind = kind  # a 1:1's pages are built anew in its own words
    window, problems = running.window, []
    window.resize(*size)
    for step in view.session.steps:
        view.go_to(step.value)
        if step != view.session.steps[0] and not view.session.running:
            view.session.start_meeting()
        presenter.start(from_start=False)
        presenter.show_bridge()  # the tallest bar: a prompt for the leader under the timers
        audience = presenter.audience
        audience.resize(*size)
        _settle()
        for tab in range(presenter.tabs.count()):  # the script, then the people
            presenter.tabs.setCurrentIndex(tab)
            _settle()
            for shown in (window, audience):
                if shown.size().toTuple() != size:
                    problems.append(f"{step}: {type(shown).__name__} is {shown.size().toTuple()}")
                problems += [f"{step}: {type(shown).__name__}: {p}" for p in cut_widgets(shown)]
    presenter.stop()
    assert not problems, "\n".join(problems)


def test_over_time_the_badge_does_not_widen_the_audience_window(running: Running) -> None:
    view, presenter = running.view, running.presenter
    view.session.start_meeting()
    view.go_to("actions")
    presenter.start(from_start=False)
    presenter.audience.resize(1024, 768)
    running.clock.advance(60)  # far over the phase's ten minutes
    presenter.update_timers()
    _settle()
    assert "over tid" in presenter.bar.phase_timer.text()
    assert presenter.audience.size().toTuple() == (1024, 768)
    assert cut_widgets(presenter.audience) == []
    presenter.stop()


@pytest.mark.parametrize("available", [(1280, 770), (1280, 800), (1024, 738)])
def test_the_first_window_fits_the_screen_with_its_title_bar(available: tuple[int, int]) -> None:
    size = initial_size(QSize(*available))
    assert size.width() <= available[0] and size.height() + 40 <= available[1]
    assert size.width() >= 1000 and size.height() >= 680
    assert initial_size(QSize(2560, 1400)).toTuple() == (1280, 800)


def test_the_presenter_tabs_show_their_whole_names_on_a_laptop(running: Running) -> None:
    """ "Manus…", "Delta…", "Ru…" was all a 1280 px laptop showed of the three tabs.

    At 1024 px the page keeps the width and the names are shortened.
    """
    running.window.resize(1280, 800)
    running.presenter.start(from_start=False)
    _settle()
    bar = running.presenter.tabs.tabBar()
    cut = [
        f"{bar.tabText(i)!r} has {bar.tabRect(i).width()} px of {bar.tabSizeHint(i).width()}"
        for i in range(bar.count())
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ]
    running.presenter.stop()
    assert bar.count() == 3 and not cut, cut
