"""The leader's presenting preferences, as the presenter asks for them.

The settings themselves are declared in ``dialogtool.ui.preferences``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QScreen

from dialogtool.ui.preferences import (
    CHIME,
    COUNTDOWN_FOR_ROOM,
    FONT_SCALE,
    MIRROR,
    OVERRUN_FOR_ROOM,
    SCREEN,
    preferences,
)


def screen_key(screen: QScreen, screens: Sequence[QScreen]) -> str:
    """A name for a screen that tells it from the others (X screens may share a name)."""
    name = screen.name()
    if sum(1 for s in screens if s.name() == name) > 1:
        return f"{name}#{list(screens).index(screen)}"
    return name


def chosen_screen(screens: Sequence[QScreen]) -> QScreen | None:
    """The screen the leader chose for the room, if it is connected now."""
    key = preferences().get(SCREEN)
    return next((s for s in screens if screen_key(s, screens) == key), None)


def mirror() -> bool:
    """With one screen: full screen anyway (the laptop is mirrored to the projector)."""
    return preferences().get(MIRROR)


def font_scale() -> float:
    return preferences().get(FONT_SCALE)


def countdown_for_room() -> bool:
    """Show the phase countdown on the audience screen too (else presenter only)."""
    return preferences().get(COUNTDOWN_FOR_ROOM)


def overrun_for_room() -> bool:
    """The room's countdown goes on past zero (else it leaves the room's screen then)."""
    return preferences().get(OVERRUN_FOR_ROOM)


def chime() -> bool:
    """The shipped chime at 20 % and 5 % of a timebox left and at its end."""
    return preferences().get(CHIME)
