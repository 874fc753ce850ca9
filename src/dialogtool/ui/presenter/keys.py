"""The presenting keys, the same in both windows (what presentation clickers send).

PageDown, Right and Space go to the next step; PageUp and Left to the previous
one. In the data phase "next" first walks the UGU sub-steps of the indicator
(give, then explore again), like a slide's builds, once the team has spoken. F5 starts presenting from the first phase, Shift+F5 from the current step.
B and W black or white the audience screen (the same key again brings it back),
Esc leaves presenting.

In the audience window every key always works. In the presenter window
PageDown, PageUp, F5 and Shift+F5 always work; Right, Left, Space, B, W and Esc
only while presenting, and even then a text field with the keyboard focus keeps
the keys it types or moves with (Qt's shortcut override), so the leader can
still write notes while presenting. Esc is not a typing key: it stops
presenting from a text field too. Lists and tables that are not being edited
do not keep the keys while presenting (Space ticks nothing there then).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


class Action(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    START = "start"
    START_HERE = "start_here"
    BLACK = "black"
    WHITE = "white"
    STOP = "stop"
    ADD_MINUTE = "add_minute"


Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier

#: (key, shifted) -> action
KEYS: dict[tuple[Qt.Key, bool], Action] = {
    (Key.Key_PageDown, False): Action.NEXT,
    (Key.Key_Right, False): Action.NEXT,
    (Key.Key_Space, False): Action.NEXT,
    (Key.Key_PageUp, False): Action.PREVIOUS,
    (Key.Key_Left, False): Action.PREVIOUS,
    (Key.Key_F5, False): Action.START,
    (Key.Key_F5, True): Action.START_HERE,
    (Key.Key_B, False): Action.BLACK,
    (Key.Key_W, False): Action.WHITE,
    (Key.Key_Escape, False): Action.STOP,
    (Key.Key_Plus, False): Action.ADD_MINUTE,  # a key of its own on a Danish keyboard
    (Key.Key_Plus, True): Action.ADD_MINUTE,  # Shift+= on an English one
}

#: Actions whose keys work in the presenter window even when not presenting.
ALWAYS = frozenset({Action.START, Action.START_HERE})


def action_for(key: int, modifiers: Qt.KeyboardModifier) -> Action | None:
    shifted = bool(modifiers & SHIFT)
    try:
        return KEYS.get((Qt.Key(key), shifted))
    except ValueError:  # a key Qt has no name for
        return None


def sequence(key: Qt.Key, shifted: bool) -> QKeySequence:
    return QKeySequence(key | SHIFT if shifted else key)
