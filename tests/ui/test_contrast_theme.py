"""The high-contrast theme reaches the presenter's bar: its texts stay readable on black."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from dialogtool.ui.preferences import THEME, preferences
from dialogtool.ui.presenter.bar import PresenterBar
from dialogtool.ui.theme import apply_theme


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def contrast_theme(qapp: QApplication) -> Iterator[None]:
    preferences().set(THEME, "kontrast")
    apply_theme(qapp)
    yield
    preferences().set(THEME, "standard")
    apply_theme(qapp)


def test_the_schedule_and_the_prompt_are_readable_in_high_contrast(
    qapp: QApplication, contrast_theme: None
) -> None:
    """They kept their light theme's dark grey and brown on the black bar (1.3:1 and 1.4:1)."""
    bar = PresenterBar()
    bar.show()
    bar.schedule.setText("12 min foran")
    bar.show_prompt("Hvad tænker resten af jer?")
    qapp.processEvents()
    black = QColor("#000000")
    for label in (bar.schedule, bar.prompt_text):
        assert isinstance(label, QLabel)
        label.ensurePolished()
        ink = label.palette().color(label.foregroundRole())
        assert contrast(ink, black) >= 7, (label.objectName(), ink.name())
    bar.deleteLater()
