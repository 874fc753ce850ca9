"""The timer's chime: a shipped WAV (``resources/sounds/chime.wav``), played without waiting.

Qt's ``QSoundEffect`` lives in QtMultimedia, which PySide6-Essentials does not
have; PySide6-Addons does, but its wheel is 175 MB (438 MB installed, measured
for 6.11.3) — too much for one short sound. So the chime uses QSoundEffect when
QtMultimedia happens to be installed, else the platform's own player: the
standard library's ``winsound`` on Windows, ``afplay`` on macOS, and
``pw-play``/``paplay``/``aplay`` on Linux (started detached). Without any of
them it falls back to the system beep.
"""

from __future__ import annotations

import shutil
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from dialogtool.core.resources import resource_dir

LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def chime_path() -> Path:
    """The shipped WAV on disk (resources are plain files in a wheel or a checkout)."""
    return Path(str(resource_dir("sounds").joinpath("chime.wav")))


@cache
def _sound_effect() -> object | None:
    try:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(chime_path())))
    effect.setVolume(0.8)
    return effect


def play() -> None:
    """Play the chime once, in the background."""
    path = str(chime_path())
    effect = _sound_effect()
    if effect is not None:
        effect.play()  # type: ignore[attr-defined]
        return
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(path, winsound.SND_FILENAME | winsound.SND_ASYNC)
        return
    players = ("afplay",) if sys.platform == "darwin" else LINUX_PLAYERS
    player = next((p for p in players if shutil.which(p)), None)
    if player is None or not QProcess.startDetached(player, [path])[0]:
        QApplication.beep()
