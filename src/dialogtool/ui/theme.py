"""The look: calm, high-contrast, large enough to read across a desk or a room."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 11

STYLE = """
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


def apply_theme(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(STYLE)
