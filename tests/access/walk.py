"""What a screen-reader user hears and a keyboard user reaches on one screen.

Names are read through Qt's accessibility interface (``QAccessible``), the same the
platform's screen reader reads over AT-SPI, UI Automation or NSAccessibility: a
button's own text, a buddy label and a name set in code all count, as they do there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

Role = QAccessible.Role

#: Roles a user operates; a widget in one of them must be named even when Tab skips it.
INTERACTIVE = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.Table,
        Role.Tree,
        Role.PageTabList,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.MenuBar,
        Role.HotkeyField,
        Role.Link,
    }
)


#: Tab moves through a date-and-time box's sections (day, month, year, hour, minute)
#: before it leaves the box: staying that often is not a trap.
SECTIONS = 5


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()} in {type(widget.window()).__name__}"


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another(widget: QWidget) -> bool:
    """A spin box's or combo box's line edit, a view's header or editor: named by its owner."""
    if widget.focusProxy() is not None:  # a view's viewport, a spin box's line edit
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Every control on screen under ``root`` that Tab reaches or a user operates, unnamed."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _part_of_another(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or interface.role() == Role.ScrollBar:
            continue
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if (focusable or interface.role() in INTERACTIVE) and not accessible_name(widget):
            missing.append(describe(widget))
    return missing


def _one_of_a_choice(widget: QWidget) -> bool:
    """An unchecked button of a one-of choice: Tab reaches the checked one, arrows the rest."""
    if not isinstance(widget, QAbstractButton) or widget.isChecked():
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def tab_stops(root: QWidget) -> list[QWidget]:
    """The controls of ``root``'s window a keyboard user must reach with Tab."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.window() is root.window()
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not _one_of_a_choice(w)
    ]


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_walk(qtbot: QtBot, root: QWidget) -> tuple[list[str], list[str]]:
    """Press Tab from the first control of ``root`` until the focus is back there.

    Returns the controls never reached and where the focus got stuck (more Tabs on
    one control than a date box has sections, or a Tab out of the window). The walk
    allows twice as many Tabs as there are controls before it calls the chain a trap.
    """
    window = root.window()
    activate(qtbot, window)
    wanted = tab_stops(root)
    if not wanted:
        return [], []
    first = wanted[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    reached: set[int] = {id(first)}
    stuck: list[str] = []
    stayed = 0
    for _ in range(2 * len(tab_stops(window)) + SECTIONS * 4):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is None or after.window() is not window:
            stuck.append(f"Tab from {describe(focus)} left the window")
            break
        stayed = stayed + 1 if after is focus else 0
        if stayed > SECTIONS:
            stuck.append(f"Tab stays in {describe(focus)}")
            break
        reached.add(id(after))
        if after is first:
            break
    else:
        stuck.append(f"Tab never came back to {describe(first)}")
    missed = [describe(w) for w in wanted if id(w) not in reached]
    return missed, stuck
