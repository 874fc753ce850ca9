"""The look: calm, high-contrast, large enough to read across a desk or a room.

Two themes (the preference ``THEME``): the standard one, and "kontrast" - white
on black with yellow focus and selection, for a projector in a light room and for
anyone who needs more contrast. The text size (``UI_FONT_SCALE``) multiplies the
application's font and every size in the style sheet. Both follow the
preferences while the app runs (``follow_preferences``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from dialogtool.ui.preferences import LANGUAGE, THEME, UI_FONT_SCALE, Preferences, preferences

BASE_POINT_SIZE = 11
#: The platform's own font size, remembered before the first scaling.
_BASE_SIZE_PROPERTY = "dialogtoolBasePointSize"

STYLE = """
QFrame#presenterBar { border-top: 1px solid #d0d0d0; background: #f6f8fa; }
QLabel#schedule { font-size: 11pt; color: #333333; }
QFrame#prompt { background: #fff4e5; border: 1px solid #e0a040; border-radius: 6px; }
QLabel#promptText { font-size: 12.5pt; color: #3d2200; }
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1a1a1a; }
QLabel#subheading { font-size: 14pt; font-weight: 600; color: #1a1a1a; margin-top: 6px; }
QLabel#lead { font-size: 11.5pt; color: #3a3a3a; }
QLabel#hint { color: #555555; }
QLabel#bigText { font-size: 16pt; color: #111111; }
QLabel#axis { font-weight: 600; color: #444444; }
QLabel#coverage, QLabel#uguStep { font-size: 12pt; font-weight: 600; color: #0b4f79; }
QLabel[warning="true"] { color: #b00020; font-weight: 600; }
QLineEdit[invalid="true"] { border: 2px solid #b00020; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {
    background: transparent; border: 1px solid transparent;
}
QLabel#problems { background: #fff4e5; border: 1px solid #e0a040; padding: 8px; color: #5a3200; }
QFrame#banner { background: #e8f1fa; border-bottom: 1px solid #9cc3e6; }
QFrame#navbar { border-top: 1px solid #d0d0d0; }
QListView#stepper { font-size: 12pt; }
QListView#stepper::item { padding: 8px 6px; }
QListView#stepper::item:selected { background: #0072B2; color: white; }
QGroupBox { font-weight: 600; }
QPushButton#nextButton, QPushButton#newMeeting { font-weight: 600; }
"""


def set_style_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (``[level="warning"]``) and restyle."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


#: Added after STYLE in the high-contrast theme: no grey text, no pale fills, a thick focus ring.
CONTRAST_STYLE = """
QWidget { color: #ffffff; background: #000000; }
QLabel#heading, QLabel#subheading, QLabel#lead, QLabel#hint, QLabel#bigText, QLabel#axis {
    color: #ffffff;
}
QLabel#coverage, QLabel#uguStep { color: #ffd700; }
QLabel[warning="true"] { color: #ff8080; }
QLabel#problems { background: #000000; border: 2px solid #ffd700; color: #ffffff; }
QFrame#banner { background: #000000; border-bottom: 2px solid #ffffff; }
QPushButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QListView, QTableView, QTreeView {
    border: 2px solid #ffffff; background: #000000; color: #ffffff; padding: 3px;
}
QPushButton:disabled { color: #9a9a9a; border-color: #9a9a9a; }
*:focus { border: 3px solid #ffd700; }
QListView#stepper::item:selected, QMenu::item:selected, QMenuBar::item:selected {
    background: #ffd700; color: #000000;
}
QCheckBox::indicator, QListView::indicator, QTableView::indicator, QTreeView::indicator {
    width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000;
}
QCheckBox::indicator:checked, QListView::indicator:checked, QTableView::indicator:checked,
QTreeView::indicator:checked {
    background: #ffd700; border-color: #ffd700;
}
QCheckBox::indicator:disabled, QListView::indicator:disabled { border-color: #9a9a9a; }
QFrame#presenterBar { border-top: 2px solid #ffffff; background: #000000; }
QLabel#schedule, QLabel#promptText { color: #ffffff; }
QFrame#prompt { background: #000000; border: 2px solid #ffd700; }
"""

_SIZE = re.compile(r"(\d+(?:\.\d+)?)pt")


def style_sheet(theme: str, scale: float) -> str:
    """The application's style sheet for ``theme`` with every point size times ``scale``."""
    sheet = STYLE + (CONTRAST_STYLE if theme == "kontrast" else "")
    return _SIZE.sub(lambda m: f"{float(m.group(1)) * scale:g}pt", sheet)


def apply_theme(app: QApplication) -> None:
    """The theme and text size of the preferences on the whole application."""
    base = app.property(_BASE_SIZE_PROPERTY)
    if not isinstance(base, int):
        base = max(app.font().pointSize(), BASE_POINT_SIZE)
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    theme, scale = preferences().get(THEME), preferences().get(UI_FONT_SCALE)
    font = QFont(app.font())
    font.setPointSizeF(base * scale)
    app.setFont(font)
    app.setPalette(_contrast_palette() if theme == "kontrast" else app.style().standardPalette())
    app.setStyleSheet(style_sheet(theme, scale))


def _contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd700")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.Link, yellow),
    ):
        palette.setColor(role, colour)
    return palette


def follow_preferences(app: QApplication) -> None:
    """Apply the language, theme and text size again whenever the user changes them.

    Installing the translators sends every widget a ``LanguageChange`` event;
    widgets that retranslate then show the new language at once.
    """
    prefs = preferences()
    if any(f.prefs is prefs for f in app.findChildren(_Follower)):
        return
    _Follower(app, prefs)


class _Follower(QObject):
    """Lives as long as the application; applies a changed preference to it."""

    def __init__(self, app: QApplication, prefs: Preferences) -> None:
        super().__init__(app)
        self.app, self.prefs = app, prefs
        prefs.changed.connect(self.changed)

    def changed(self, key: str) -> None:
        from dialogtool.ui.language import install_translators, ui_lang

        if key in (THEME.key, UI_FONT_SCALE.key):
            apply_theme(self.app)
        elif key == LANGUAGE.key:
            install_translators(self.app, ui_lang())
