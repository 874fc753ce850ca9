"""The leader's script for the current step: suggested lines, and which one is on screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from dialogtool.core.presentation import ScriptLine
from dialogtool.ui.flow_layout import FlowLayout

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class ScriptBox(QWidget):
    """Pick the question the room sees; lines marked "til dig" are the leader's own."""

    #: The question to show ("" shows none).
    questionChosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("scriptList")
        self.view.setAccessibleName(self.tr("Manuskriptets spørgsmål"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes would change the wrap width after layout.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.doubleClicked.connect(self._show_index)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.view, 1)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = FlowLayout()  # side by side while the words fit the narrow column
        self.show_button = QPushButton(self.tr("Vis"))
        self.show_button.setObjectName("showQuestion")
        self.show_button.setToolTip(
            self.tr("Vis det valgte spørgsmål på skærmen (dobbeltklik også)")
        )
        self.show_button.clicked.connect(lambda: self._show_index(self.view.currentIndex()))
        self.hide_button = QPushButton(self.tr("Vis intet"))
        self.hide_button.clicked.connect(lambda: self.questionChosen.emit(""))
        row.addWidget(self.show_button)
        row.addWidget(self.hide_button)
        layout.addLayout(row)
        self._lines: list[ScriptLine] = []

    def show_lines(self, lines: list[ScriptLine], on_screen: str) -> None:
        if lines != self._lines:
            self._lines = lines
            self.model.clear()
            for line in lines:
                item = QStandardItem(
                    line.text if line.for_room else self.tr("Til dig: ") + line.text
                )
                item.setData(line.text, TEXT_ROLE)
                item.setToolTip(line.hint)
                self.model.appendRow(item)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            font = QFont(item.font())
            font.setBold(item.data(TEXT_ROLE) == on_screen)
            item.setFont(font)
        self._current_changed(self.view.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self._lines[current.row()] if current.isValid() else None
        self.hint.setText(line.hint if line else "")
        self.hint.setVisible(bool(line and line.hint))
        self.show_button.setEnabled(current.isValid())

    def _show_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.questionChosen.emit(str(index.data(TEXT_ROLE)))
