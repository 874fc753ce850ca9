"""The menu bar's keys and the settings dialog, used through the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dialogtool.core.operations import Changes, set_field
from dialogtool.ui.about import AboutDialog
from dialogtool.ui.app import resolve_data_dir
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.preferences import (
    AUTOSAVE_SECONDS,
    DATA_FOLDER,
    LANGUAGE,
    THEME,
    UI_FONT_SCALE,
    preferences,
)
from dialogtool.ui.session import autosave_delay_ms
from dialogtool.ui.settings_dialog import SettingsDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    press(qtbot, window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def choose(dialog: SettingsDialog, key: str, value: object) -> None:
    combo = dialog.editors[key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def row_label(dialog: SettingsDialog, key: str) -> str:
    editor = dialog.editors[key]
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is editor)
    return label.text()


def test_ctrl_n_makes_a_meeting_ctrl_z_undoes_ctrl_w_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    menus = window.menus
    assert not menus.actions["close"].isEnabled(), "no meeting: nothing to close"
    assert not menus.actions["present"].isEnabled()
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.meeting_view is not None)
    session = window.session
    assert session is not None
    assert menus.actions["close"].isEnabled() and menus.actions["present"].isEnabled()
    before = session.record.fup.purpose
    session.apply(set_field("formål", Changes.FRAMING, ("fup", "purpose"), "Vi lærer"))
    edit_items = [a.text() for a in menus.edit_menu.actions() if a.isVisible()]
    assert "Fortryd: formål" in edit_items, "the menu names the edit it takes back"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert session.record.fup.purpose == before
    press(qtbot, window, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.meeting_view is None)
    assert window.stack.currentWidget() is window.start_page
    assert not menus.actions["close"].isEnabled()


def test_the_settings_change_language_text_size_and_theme_in_the_running_app(
    qtbot: QtBot, window: MainWindow
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_before = app.font().pointSizeF()
    dialog = open_settings(qtbot, window)
    assert row_label(dialog, LANGUAGE.key) == "Sprog"
    assert window.menus.file_menu.title() == "&Filer"

    choose(dialog, LANGUAGE.key, "en")
    assert preferences().get(LANGUAGE) == "en"
    qtbot.waitUntil(lambda: row_label(dialog, LANGUAGE.key) == "Language")

    choose(dialog, UI_FONT_SCALE.key, 1.5)
    assert app.font().pointSizeF() == size_before * 1.5
    assert window.start_page.font().pointSizeF() == size_before * 1.5, "the open window grows"

    choose(dialog, THEME.key, "kontrast")
    assert preferences().get(THEME) == "kontrast"
    background = window.start_page.palette().color(QPalette.ColorRole.Window)
    assert background.lightness() < 30, "high contrast: the window turns black"
    assert "#ffd700" in app.styleSheet(), "and the focus ring yellow"

    choose(dialog, THEME.key, "standard")
    choose(dialog, UI_FONT_SCALE.key, 1.0)
    assert app.font().pointSizeF() == size_before
    assert window.start_page.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_a_second_ctrl_comma_brings_the_open_settings_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = open_settings(qtbot, window)
    second = open_settings(qtbot, window)
    assert first is second


def test_about_names_version_licence_and_where_the_data_are(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menus.actions["about"].trigger()
    about = window.findChild(AboutDialog)
    assert isinstance(about, AboutDialog)
    text = about.text.text()
    assert "dialogtool 0." in text and "MIT" in text
    assert str(window.workspace.data_dir) in text


def test_every_menu_item_has_a_distinct_key(window: MainWindow) -> None:
    """Two actions on one key would both go dead (Qt's 'ambiguous shortcut')."""
    seen: dict[str, str] = {}
    for action in window.findChildren(QWidget):
        for owned in action.actions():
            for key in owned.shortcuts():
                text = key.toString()
                assert seen.setdefault(text, owned.objectName()) == owned.objectName(), text


def test_with_a_meeting_open_no_key_is_bound_twice(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.new_meeting()
    assert window.meeting_view is not None
    test_every_menu_item_has_a_distinct_key(window)
    press(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
    assert window.session is not None and window.session.step == window.session.steps[1]
    window.menus.actions["previous"].trigger()
    assert window.session.step == window.session.steps[0], "the menu item does what its key does"


def test_the_autosave_delay_and_the_data_folder_come_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIALOGTOOL_DATA_DIR", raising=False)
    preferences().set(AUTOSAVE_SECONDS, 5)
    assert autosave_delay_ms() == 5000
    preferences().set(DATA_FOLDER, str(tmp_path / "møder"))
    assert resolve_data_dir(None) == tmp_path / "møder"
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli", "--data-dir goes first"
    monkeypatch.setenv("DIALOGTOOL_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
