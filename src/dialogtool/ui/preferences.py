"""The user's preferences: every setting declared once, as data, kept in QSettings.

Each setting is read from QSettings once and then served from memory; writing
one stores it at once and emits ``changed`` with its key, so a view can refresh
only what depends on it. A stored value that does not fit its setting (an
older "1"/"0" flag, a hand-edited file) is read the way it was meant, or falls
back to the default.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from dialogtool.core.atomic import ensure_private_dir, make_private
from dialogtool.core.lang import DEFAULT_LANG, Lang
from dialogtool.core.paths import APP_NAME

T = TypeVar("T")

_BOOLS = {"1": True, "true": True, "0": False, "false": False}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for lupdate (which looks for this name); Qt's own is untyped."""
    return text


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is stored, its type (that of the default), its label."""

    key: str
    default: T
    label: str  # Danish, marked for translation in the "Preferences" context
    choices: tuple[T, ...] = ()

    def title(self) -> str:
        """The label in the UI's language."""
        return QCoreApplication.translate("Preferences", self.label)

    def decode(self, raw: object) -> T:
        """A stored value as this setting's type; the default if it cannot be one."""
        value: object = None
        if raw is None:
            return self.default
        if isinstance(self.default, bool):
            value = raw if isinstance(raw, bool) else _BOOLS.get(str(raw).strip().lower())
        elif isinstance(self.default, int):
            try:
                value = int(str(raw))
            except ValueError:
                value = None
        elif isinstance(self.default, float):
            try:
                value = float(str(raw))
            except ValueError:
                value = None
        elif isinstance(self.default, str):
            value = str(raw)
        if value is None or (self.choices and value not in self.choices):
            return self.default
        return cast(T, value)

    def check(self, value: object) -> None:
        if type(value) is not type(self.default):
            raise TypeError(f"{self.key} takes {type(self.default).__name__}, not {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key} must be one of {self.choices}, not {value!r}")


LANGUAGE: Setting[Lang] = Setting(
    "ui/language", DEFAULT_LANG, QT_TRANSLATE_NOOP("Preferences", "Sprog"), ("da", "en")
)
SCREEN = Setting("presenter/screen", "", QT_TRANSLATE_NOOP("Preferences", "Skærm til gruppen"))
MIRROR = Setting(
    "presenter/mirror",
    False,
    QT_TRANSLATE_NOOP("Preferences", "Spejling: fuld skærm på den eneste skærm"),
)
COUNTDOWN_FOR_ROOM = Setting(
    "presenter/countdownForRoom",
    True,
    QT_TRANSLATE_NOOP("Preferences", "Vis nedtælling for gruppen"),
)
OVERRUN_FOR_ROOM = Setting(
    "presenter/overrunForRoom",
    False,
    QT_TRANSLATE_NOOP("Preferences", "Vis også gruppen, når tiden er overskredet"),
)
CHIME = Setting(
    "presenter/chime",
    True,
    QT_TRANSLATE_NOOP("Preferences", "Lyd ved 20 % og 5 % tid tilbage og ved tidens udløb"),
)
FONT_SCALE = Setting(
    "presenter/fontScale",
    1.0,
    QT_TRANSLATE_NOOP("Preferences", "Skriftstørrelse"),
    (1.0, 1.25, 1.5, 1.75),
)
EXPORT_FOLDER = Setting(
    "export/folder", "", QT_TRANSLATE_NOOP("Preferences", "Mappe til gemte opsamlinger")
)
LAST_FOLDER = Setting(
    "files/lastFolder", "", QT_TRANSLATE_NOOP("Preferences", "Mappe for sidst åbnede fil")
)
# What a shared summary holds (core.summary.SummaryOptions); private notes are
# chosen afresh each time and never remembered.
SHARE_NAMES = Setting(
    "export/shareNames", True, QT_TRANSLATE_NOOP("Preferences", "Deltagernes navne")
)
SHARE_ROUNDS = Setting(
    "export/shareRounds", True, QT_TRANSLATE_NOOP("Preferences", "Ord fra tjek ind og tjek ud")
)
SHARE_TALLY = Setting(
    "export/shareTally", False, QT_TRANSLATE_NOOP("Preferences", "Indlæg pr. person")
)
SHARE_PERSPECTIVE = Setting(
    "export/sharePerspective",
    True,
    QT_TRANSLATE_NOOP("Preferences", "Lederens perspektiv, som blev givet"),
)
MASK_SMALL_NUMBERS = Setting(
    "privacy/maskSmallNumbers",
    True,
    QT_TRANSLATE_NOOP("Preferences", "Skjul detaljelister med færre end 5 personer"),
)
# Sletning (core.retention): the organisation's rule for how long meetings are kept; 0 is none.
RETENTION_MONTHS = Setting(
    "privacy/retentionMonths",
    0,
    QT_TRANSLATE_NOOP("Preferences", "Slet møder ældre end (måneder, 0 = ingen regel)"),
)

# The look of the whole program (ui.theme): "kontrast" is black and white with yellow focus,
# for a projector in a light room and for anyone who needs more contrast.
THEME = Setting(
    "ui/theme", "standard", QT_TRANSLATE_NOOP("Preferences", "Tema"), ("standard", "kontrast")
)
UI_FONT_SCALE = Setting(
    "ui/fontScale",
    1.0,
    QT_TRANSLATE_NOOP("Preferences", "Tekststørrelse i programmet"),
    (1.0, 1.25, 1.5),
)
# Where meetings are kept (``--data-dir`` and DIALOGTOOL_DATA_DIR win); read at start-up.
DATA_FOLDER = Setting("files/dataFolder", "", QT_TRANSLATE_NOOP("Preferences", "Datamappe"))
AUTOSAVE_SECONDS = Setting(
    "files/autosaveSeconds",
    1,
    QT_TRANSLATE_NOOP("Preferences", "Gem automatisk efter (sekunder uden skrivning)"),
    (1, 2, 5, 10),
)

SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    THEME,
    UI_FONT_SCALE,
    DATA_FOLDER,
    AUTOSAVE_SECONDS,
    SCREEN,
    MIRROR,
    COUNTDOWN_FOR_ROOM,
    OVERRUN_FOR_ROOM,
    CHIME,
    FONT_SCALE,
    EXPORT_FOLDER,
    LAST_FOLDER,
    SHARE_NAMES,
    SHARE_ROUNDS,
    SHARE_TALLY,
    SHARE_PERSPECTIVE,
    MASK_SMALL_NUMBERS,
    RETENTION_MONTHS,
)


class Preferences(QObject):
    """The declared settings, cached, written through to QSettings."""

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self._settings = settings or QSettings(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
        )
        _keep_private(self._settings)
        self._values: dict[str, object] = {
            s.key: s.decode(self._settings.value(s.key)) for s in SETTINGS
        }

    def get(self, setting: Setting[T]) -> T:
        return cast(T, self._values[setting.key])

    def set(self, setting: Setting[T], value: T) -> None:
        setting.check(value)
        if self._values[setting.key] == value:
            return
        self._values[setting.key] = value
        self._settings.setValue(setting.key, value)
        self._settings.sync()  # a preference is set rarely; a crash should not lose it
        _keep_private(self._settings)
        self.changed.emit(setting.key)


def _keep_private(settings: QSettings) -> None:
    """``dialogtool.conf`` names the export folder: as private as the data, whatever the umask.

    Qt writes it anew (0666 minus the umask) on every sync. Only a folder of our own
    is tightened, never e.g. macOS's shared ``~/Library/Preferences``.
    """
    path = Path(settings.fileName())
    if os.name != "posix" or not path.is_absolute():
        return
    with contextlib.suppress(OSError):
        if path.parent.name == APP_NAME:
            ensure_private_dir(path.parent)
        if path.exists():
            make_private(path)


@cache
def preferences() -> Preferences:
    """The application's one Preferences (tests start each with a fresh one)."""
    return Preferences()
