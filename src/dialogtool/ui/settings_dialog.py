"""*Indstillinger*: one page built from the declared preferences (``ui.preferences``).

Which settings it shows, in which groups, is data (``GROUPS``); the editor of each
follows from the setting's type: a check box for a flag, a list for a fixed set of
choices, a number box for a count, a folder field for a folder. A change is stored
and applied at once - language, theme and text size while the app runs
(``theme.follow_preferences``); the data folder at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogtool.ui.preferences import (
    AUTOSAVE_SECONDS,
    CHIME,
    COUNTDOWN_FOR_ROOM,
    DATA_FOLDER,
    FONT_SCALE,
    LANGUAGE,
    MASK_SMALL_NUMBERS,
    MIRROR,
    OVERRUN_FOR_ROOM,
    QT_TRANSLATE_NOOP,
    RETENTION_MONTHS,
    SCREEN,
    SHARE_NAMES,
    SHARE_PERSPECTIVE,
    SHARE_ROUNDS,
    SHARE_TALLY,
    THEME,
    UI_FONT_SCALE,
    Setting,
    preferences,
)
from dialogtool.ui.presenter.settings import screen_key

CONTEXT = "SettingsDialog"

#: The page: (group title, its settings), in the order shown.
GROUPS: tuple[tuple[str, tuple[Setting[Any], ...]], ...] = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Sprog og udseende"), (LANGUAGE, THEME, UI_FONT_SCALE)),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Filer"), (DATA_FOLDER, AUTOSAVE_SECONDS)),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Præsentation"),
        (SCREEN, MIRROR, COUNTDOWN_FOR_ROOM, OVERRUN_FOR_ROOM, CHIME, FONT_SCALE),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Deling og privatliv"),
        (
            SHARE_NAMES,
            SHARE_ROUNDS,
            SHARE_TALLY,
            SHARE_PERSPECTIVE,
            MASK_SMALL_NUMBERS,
            RETENTION_MONTHS,
        ),
    ),
)

#: A word under a setting that does not take effect at once (or needs saying).
HINTS: dict[str, str] = {
    LANGUAGE.key: QT_TRANSLATE_NOOP(
        "SettingsDialog", "Menuerne og denne side skifter straks; åbne sider ved næste start."
    ),
    DATA_FOLDER.key: QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Møder, skabeloner og datalandskaber. Tom: standardmappen. Gælder fra næste start (--data-dir går forud).",
    ),
    SHARE_NAMES.key: QT_TRANSLATE_NOOP(
        "SettingsDialog", "Det, en delt opsamling indeholder, når intet andet vælges."
    ),
}


def choice_text(setting: Setting[Any], value: object) -> str:
    """How one of a setting's choices is named in the list."""
    if setting is LANGUAGE:
        return {"da": "Dansk", "en": "English"}[str(value)]  # each in its own language
    if setting is THEME:
        names = {
            "standard": QGuiApplication.translate("SettingsDialog", "Standard"),
            "kontrast": QGuiApplication.translate("SettingsDialog", "Høj kontrast"),
        }
        return names[str(value)]
    if isinstance(value, float):
        return f"{round(value * 100)} %"
    if setting is AUTOSAVE_SECONDS:
        return QGuiApplication.translate("SettingsDialog", "%1 s").replace("%1", str(value))
    return str(value)


class SettingsDialog(QDialog):
    """The preferences, grouped; every change is kept and applied when made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        self.resize(720, 660)  # fits a 1024×768 screen with its frame
        #: The editor of each setting, by its key (tests and the retranslation use it).
        self.editors: dict[str, QWidget] = {}
        self._retranslate: list[Callable[[], None]] = []
        page = QWidget()
        column = QVBoxLayout(page)
        for title, settings in GROUPS:
            box = QGroupBox()
            self._on_language(partial(self._title, box, title))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for setting in settings:
                self._add_row(form, setting)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()  # focusable, to scroll by keyboard: named like the window
        self._on_language(lambda: scroll.setAccessibleName(self.windowTitle()))
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._apply_language()

    @staticmethod
    def _tr(text: str) -> str:
        return QGuiApplication.translate(CONTEXT, text)

    def _on_language(self, retranslate: Callable[[], None]) -> None:
        self._retranslate.append(retranslate)

    def _apply_language(self) -> None:
        self.setWindowTitle(self.tr("Indstillinger"))  # first: the scroll area's name
        for retranslate in self._retranslate:
            retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply_language()
        super().changeEvent(event)

    # -- one row per setting -------------------------------------------------------
    def _add_row(self, form: QFormLayout, setting: Setting[Any]) -> None:
        editor = self._editor(setting)
        editor.setObjectName("setting_" + setting.key.replace("/", "_"))
        self.editors[setting.key] = editor
        if isinstance(editor, QCheckBox):
            form.addRow(editor)
            self._on_language(lambda: self._name(editor, setting.title()))
        else:
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self._on_language(lambda: label.setText(setting.title()))
            self._on_language(lambda: editor.setAccessibleName(setting.title()))
        if setting.key in HINTS:
            hint = QLabel()
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            form.addRow(hint)
            self._on_language(lambda: hint.setText(self._tr(HINTS[setting.key])))

    def _title(self, box: QGroupBox, title: str) -> None:
        box.setTitle(self._tr(title))

    @staticmethod
    def _name(editor: QWidget, text: str) -> None:
        if isinstance(editor, QCheckBox):
            editor.setText(text)

    def _editor(self, setting: Setting[Any]) -> QWidget:
        value = preferences().get(setting)
        if setting is SCREEN:
            return self._screen_editor()
        if setting is DATA_FOLDER:
            return self._folder_editor()
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            box.toggled.connect(lambda on: preferences().set(setting, on))
            return box
        if setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(choice_text(setting, choice), choice)
            combo.setCurrentIndex(setting.choices.index(value))
            combo.currentIndexChanged.connect(
                lambda row: preferences().set(setting, setting.choices[row])
            )
            self._on_language(lambda: self._rename_choices(combo, setting))
            return combo
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(0, 120)
            spin.setValue(value)
            spin.valueChanged.connect(lambda number: preferences().set(setting, number))
            return spin
        raise TypeError(f"no editor for {setting.key}")

    @staticmethod
    def _rename_choices(combo: QComboBox, setting: Setting[Any]) -> None:
        for row, choice in enumerate(setting.choices):
            combo.setItemText(row, choice_text(setting, choice))

    def _screen_editor(self) -> QComboBox:
        """The screens connected now; "automatic" lets the app pick one other than the laptop's."""
        combo = QComboBox()
        screens = QGuiApplication.screens()
        combo.addItem("", "")
        for screen in screens:
            size = screen.size()
            combo.addItem(
                f"{screen.name()} ({size.width()}×{size.height()})", screen_key(screen, screens)
            )
        chosen = preferences().get(SCREEN)
        row = combo.findData(chosen)
        if row < 0 and chosen:  # chosen before, not connected now: keep it named
            combo.addItem(chosen, chosen)
            row = combo.count() - 1
        combo.setCurrentIndex(max(row, 0))
        combo.currentIndexChanged.connect(
            lambda row: preferences().set(SCREEN, str(combo.itemData(row)))
        )
        self._on_language(lambda: combo.setItemText(0, self.tr("Automatisk")))
        return combo

    def _folder_editor(self) -> QWidget:
        field = QLineEdit(preferences().get(DATA_FOLDER))
        field.setObjectName("dataFolderField")
        field.editingFinished.connect(lambda: preferences().set(DATA_FOLDER, field.text().strip()))
        choose = QPushButton()
        self._on_language(lambda: choose.setText(self.tr("Vælg …")))
        self._on_language(lambda: field.setAccessibleName(DATA_FOLDER.title()))

        def pick() -> None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Datamappe"), field.text())
            if folder:
                field.setText(folder)
                preferences().set(DATA_FOLDER, folder)

        choose.clicked.connect(pick)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        line.addWidget(choose)
        row.setFocusProxy(field)
        return row


def open_settings(parent: QWidget) -> SettingsDialog:
    """The settings, one at a time: a second Ctrl+, brings the open one forward."""
    existing = parent.findChild(SettingsDialog)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = SettingsDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
