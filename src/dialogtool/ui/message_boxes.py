"""Message boxes that show their title whole and keep a path on one line.

A QMessageBox sizes itself by its text alone; a short sentence under a long
title gave a narrow box whose title bar cut the title. A path wrapped by the
label broke after its first "/", so a folder could not be read or copied whole;
it is shown in a read-only field instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLineEdit, QMessageBox, QSizePolicy, QSpacerItem

#: Room beside the title for the window's icon and its buttons (close, maximise).
TITLE_BAR_EXTRA = 140
#: A longer path scrolls in its field rather than widen the box past a 1024-pixel screen.
MAX_PATH_WIDTH = 900


def widen_to_title(box: QMessageBox) -> QMessageBox:
    """At least as wide as the title needs in the title bar."""
    width = box.fontMetrics().horizontalAdvance(box.windowTitle()) + TITLE_BAR_EXTRA
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    return box


def add_path_line(box: QMessageBox, path: str) -> QLineEdit:
    """``path`` in a read-only field under the text: never broken, selectable to copy."""
    field = QLineEdit(path)
    field.setObjectName("pathLine")
    field.setReadOnly(True)
    field.setCursorPosition(0)
    width = field.fontMetrics().horizontalAdvance(path) + 24
    field.setMinimumWidth(min(width, MAX_PATH_WIDTH))
    layout = box.layout()
    if isinstance(layout, QGridLayout):  # under the text, beside the icon's column
        layout.addWidget(field, layout.rowCount(), 1, 1, max(layout.columnCount() - 1, 1))
    return field
