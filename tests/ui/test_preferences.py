"""Preferences: declared once, kept between runs, read the way older versions wrote them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dialogtool.core.paths import APP_NAME
from dialogtool.ui.language import ui_lang
from dialogtool.ui.preferences import (
    COUNTDOWN_FOR_ROOM,
    FONT_SCALE,
    LANGUAGE,
    MIRROR,
    SCREEN,
    SETTINGS,
    Preferences,
    preferences,
)


def stored() -> QSettings:
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def test_every_setting_starts_at_its_default() -> None:
    prefs = preferences()
    assert {s.key: prefs.get(s) for s in SETTINGS} == {s.key: s.default for s in SETTINGS}
    assert ui_lang() == "da"


def test_a_preference_is_kept_for_the_next_start_and_announced() -> None:
    prefs = preferences()
    announced: list[str] = []
    prefs.changed.connect(announced.append)
    prefs.set(MIRROR, True)
    prefs.set(FONT_SCALE, 1.5)
    prefs.set(LANGUAGE, "en")
    assert announced == ["presenter/mirror", "presenter/fontScale", "ui/language"]
    assert ui_lang() == "en"

    later = Preferences()  # the next start reads the settings file again
    assert (later.get(MIRROR), later.get(FONT_SCALE), later.get(LANGUAGE)) == (True, 1.5, "en")


def test_setting_a_value_it_already_has_announces_nothing(qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(preferences().changed):
        preferences().set(COUNTDOWN_FOR_ROOM, True)


def test_older_flags_and_odd_values_are_read_as_meant() -> None:
    old = stored()
    old.setValue("presenter/mirror", "1")  # how version 0.x wrote flags
    old.setValue("presenter/countdownForRoom", "0")
    old.setValue("presenter/fontScale", "3.0")  # not a size the menu offers
    old.setValue("presenter/screen", "HDMI-1")
    old.setValue("ui/language", "fr")
    old.sync()
    prefs = Preferences()
    assert prefs.get(MIRROR) is True
    assert prefs.get(COUNTDOWN_FOR_ROOM) is False
    assert prefs.get(FONT_SCALE) == 1.0
    assert prefs.get(SCREEN) == "HDMI-1"
    assert prefs.get(LANGUAGE) == "da"


def test_a_value_outside_the_declaration_is_refused() -> None:
    prefs = preferences()
    with pytest.raises(ValueError, match="ui/language"):
        prefs.set(LANGUAGE, "fr")
    with pytest.raises(TypeError, match="presenter/mirror"):
        prefs.set(MIRROR, "1")
    assert (prefs.get(LANGUAGE), prefs.get(MIRROR)) == ("da", False)


def test_settings_of_ours_and_of_qt_go_to_the_test_folder(private_settings: Path) -> None:
    """The autouse fixture: nothing here touches the developer's ~/.config."""
    file_dialog_state = QSettings(QSettings.Scope.UserScope, "QtProject")
    for settings in (stored(), file_dialog_state):
        assert Path(settings.fileName()).is_relative_to(private_settings)
    preferences().set(MIRROR, True)
    assert Path(stored().fileName()).read_text("utf-8").count("mirror=true") == 1
