"""The language the UI shows resource texts (questions, templates) in."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from dialogtool.core.i18n import DEFAULT_LANG, Lang


def ui_lang() -> Lang:
    """Danish unless the user chose English in the settings."""
    value = QSettings().value("ui/language", DEFAULT_LANG)
    return "en" if value == "en" else "da"
