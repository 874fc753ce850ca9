"""Accessible names for a whole widget tree, taken from what a sighted user reads.

A screen reader announces a control by its accessible name. Qt derives one for a
button with text, but not for an icon-only button, a line edit, a combo box, a list
or a spin box unless a label is its buddy. ``name_controls`` gives every such control
the words that name it on screen: its own text, the label whose buddy it is, its
placeholder, its tool tip or the title of the group box it sits in (EN 301 549 11.4.1.2).
A name set explicitly is never overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: The kinds of control a screen-reader user operates, and so must hear named.
CONTROLS: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _plain(text: str) -> str:
    """A label's words without its mnemonic ampersand, rich-text tags or line breaks."""
    if "<" in text:
        from PySide6.QtGui import QTextDocumentFragment

        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _form_label(control: QWidget) -> str:
    parent = control.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(control)
        if isinstance(label, QLabel):
            return _plain(label.text())
    return ""


def _label_before(control: QWidget) -> str:
    """The text of a label just before ``control`` in its row ("Team: [combo]").

    Asks the layouts by widget (``indexOf``) and never for their items: a Python wrapper
    of a layout item outlives the item, and a later object at its address got it - a
    crash in a combined test run.
    """
    parent = control.parentWidget()
    if parent is None:
        return ""
    for layout in parent.findChildren(QLayout):
        at = layout.indexOf(control)
        if at < 0:
            continue
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if at > 0 and layout.indexOf(label) == at - 1:
                return _plain(label.text())
        return ""
    return ""


def visible_name(control: QWidget, buddies: dict[int, str]) -> str:
    """The words on screen that name ``control``, or ``""`` when nothing does."""
    own = ""
    if isinstance(control, QAbstractButton):
        own = _plain(control.text())
    candidates = [
        own if any(c.isalnum() for c in own) else "",
        buddies.get(id(control), ""),
        _form_label(control),
        _label_before(control),
    ]
    if isinstance(control, QLineEdit | QPlainTextEdit | QTextEdit):
        candidates.append(_plain(control.placeholderText()))
    if isinstance(control, QComboBox) and (line := control.lineEdit()) is not None:
        candidates.append(_plain(line.placeholderText()))
    candidates.append(_plain(control.toolTip()))
    candidates.append(own)  # a symbol such as "×" or "→" is better than silence
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            candidates.append(_plain(parent.title()))
            break
        parent = parent.parentWidget()
    return next((c for c in candidates if c), "")


def name_controls(root: QWidget) -> None:
    """Give every unnamed control under ``root`` (and ``root`` itself) its visible name."""
    buddies = {
        id(label.buddy()): _plain(label.text())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None
    }
    for control in [root, *root.findChildren(QWidget)]:
        if isinstance(control, CONTROLS) and not control.accessibleName():
            name = visible_name(control, buddies)
            if name:
                control.setAccessibleName(name)


def release_tab(root: QWidget) -> None:
    """Let Tab leave every text box and table under ``root`` (no keyboard trap, 11.2.1.2).

    A note needs no tab character and a table's cells are reached with the arrow keys;
    otherwise a keyboard user who tabs into either cannot tab out.
    """
    for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        box.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def make_accessible(root: QWidget) -> None:
    """Names for a screen reader and Tab that moves on, for a page or dialog when shown."""
    name_controls(root)
    release_tab(root)
