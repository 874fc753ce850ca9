"""The leader's presenting preferences, remembered between meetings (QSettings).

Values are stored as strings: that is how an INI-style settings file gives
them back anyway, whatever type was written.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QScreen

FONT_SCALES = (1.0, 1.25, 1.5, 1.75)


def _get(key: str, default: str) -> str:
    return str(QSettings().value(f"presenter/{key}", default))


def _set(key: str, value: str) -> None:
    QSettings().setValue(f"presenter/{key}", value)


def _flag(key: str, default: bool) -> bool:
    return _get(key, "1" if default else "0") == "1"


def _set_flag(key: str, on: bool) -> None:
    _set(key, "1" if on else "0")


def screen_key(screen: QScreen, screens: Sequence[QScreen]) -> str:
    """A name for a screen that tells it from the others (X screens may share a name)."""
    name = screen.name()
    if sum(1 for s in screens if s.name() == name) > 1:
        return f"{name}#{list(screens).index(screen)}"
    return name


def chosen_screen(screens: Sequence[QScreen]) -> QScreen | None:
    """The screen the leader chose for the room, if it is connected now."""
    key = _get("screen", "")
    return next((s for s in screens if screen_key(s, screens) == key), None)


def set_screen(key: str) -> None:
    _set("screen", key)


def mirror() -> bool:
    """With one screen: full screen anyway (the laptop is mirrored to the projector)."""
    return _flag("mirror", False)


def set_mirror(on: bool) -> None:
    _set_flag("mirror", on)


def font_scale() -> float:
    try:
        value = float(_get("fontScale", "1.0"))
    except ValueError:
        return 1.0
    return min(FONT_SCALES, key=lambda scale: abs(scale - value))


def set_font_scale(scale: float) -> None:
    _set("fontScale", str(scale))


def countdown_for_room() -> bool:
    """Show the phase countdown on the audience screen too (else presenter only)."""
    return _flag("countdownForRoom", True)


def set_countdown_for_room(on: bool) -> None:
    _set_flag("countdownForRoom", on)


def chime() -> bool:
    """A soft signal at two minutes left and at the end of a timebox."""
    return _flag("chime", False)


def set_chime(on: bool) -> None:
    _set_flag("chime", on)
