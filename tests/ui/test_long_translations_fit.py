"""A language 40 % longer than English still fits every screen at 1024×768.

The pseudo-locale takes the English translation of every ``tr()`` text and makes
each word 40 % longer (placeholders, mnemonics and rich-text tags untouched), the
way German or Finnish would. Every label and button shown must then have the room
its text asks for: its size hint (or, wrapping, its height for its width) within
its geometry.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from dialogtool.core.resources import resource_dir
from dialogtool.ui.fitting_labels import ElidingButton
from dialogtool.ui.preferences import LANGUAGE, preferences
from dialogtool.ui.presenter.screenshots import staged_screens

SIZE = (1024, 768)
#: The frame and margins around a push button's text in Qt's styles.
PUSH_PADDING = 12
STRETCH = 0.4
_MARKUP = re.compile(r"(<[^>]+>|&\w+;|%\d+|%n)")
_WORD = re.compile(r"[^\W\d_]+")


def stretched(text: str) -> str:
    """Every word 40 % longer; tags, entities and placeholders as they were."""
    parts = _MARKUP.split(text)
    for i in range(0, len(parts), 2):  # the even parts are plain text
        parts[i] = _WORD.sub(
            lambda m: m.group() + m.group()[: math.ceil(len(m.group()) * STRETCH)], parts[i]
        )
    return "".join(parts)


def test_the_pseudo_locale_is_40_percent_longer_and_keeps_the_markup() -> None:
    assert stretched("Save as …") == "SaveSa asa …"
    assert stretched("<b>%1:</b> Open &file") == "<b>%1:</b> OpenOp &filefi"


class PseudoTranslator(QTranslator):
    """Our English catalogue, every text stretched."""

    def __init__(self) -> None:
        super().__init__()
        self.english = QTranslator()
        path = resource_dir("translations").joinpath("dialogtool_en.qm")
        assert self.english.load(str(path))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return stretched(self.english.translate(context, source, disambiguation, n) or source)


def clipped(root: QWidget) -> Iterator[str]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if not widget.text().strip() or _icon_only(widget):
            continue
        size, hint = widget.size(), widget.sizeHint()
        if isinstance(widget, QPushButton):  # its hint is at least 80 px, text or not
            text = widget.text().replace("&&", "&").replace("&", "")
            hint.setWidth(widget.fontMetrics().horizontalAdvance(text) + PUSH_PADDING)
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.heightForWidth(size.width()) > size.height() + 1
        else:
            short = hint.width() > size.width() + 1 or hint.height() > size.height() + 1
        if short:
            yield (
                f"{type(widget).__name__} {widget.objectName()!r} {widget.text()[:40]!r}: "
                f"needs {hint.width()}×{hint.height()}, has {size.width()}×{size.height()}"
            )


def _icon_only(widget: QWidget) -> bool:
    """A tool button that shows its icon only: its text is a name for a screen reader."""
    return (
        isinstance(widget, QToolButton)
        and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    )


@pytest.mark.parametrize("one_to_one", [False, True], ids=["team", "1to1"])
def test_every_screen_fits_at_1024x768_in_a_40_percent_longer_language(
    qapp: QApplication, data_dir: Path, one_to_one: bool
) -> None:
    preferences().set(LANGUAGE, "en")
    found: dict[str, list[str]] = {}
    for screen in staged_screens(one_to_one=one_to_one, translator=PseudoTranslator()):
        name = screen.phase.value if screen.phase else "start"
        for part, widget in (("window", screen.window), ("room", screen.audience)):
            if widget is None:
                continue
            widget.resize(*SIZE)
            for _ in range(4):
                qapp.processEvents()
            problems = list(clipped(widget))
            if widget.size().toTuple() != SIZE:  # its content asked for more than the screen
                problems.append(f"the window is {widget.width()}×{widget.height()}")
            if problems:
                found[f"{name}/{part}"] = problems
    assert not found, "\n".join(f"{k}: {p}" for k, v in found.items() for p in v)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_in_danish_no_button_is_shortened(
    qapp: QApplication, data_dir: Path, size: tuple[int, int]
) -> None:
    """The buttons that may shorten their names for a longer language keep them whole in
    Danish, on the projector's 1024 px and the laptop's 1280 px."""
    shortened: list[str] = []
    for screen in staged_screens():
        screen.window.resize(*size)
        for _ in range(4):
            qapp.processEvents()
        name = screen.phase.value if screen.phase else "start"
        shortened += [
            f"{name}: {button.full_text()!r} shows {button.text()!r}"
            for button in screen.window.findChildren(ElidingButton)
            if button.isVisible() and button.text() != button.full_text()
        ]
    assert not shortened, "\n".join(shortened)
