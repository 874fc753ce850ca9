"""The coverage meter: which of Tomm's four question types the meeting has used.

A small 2×2 laid out like the question page (Detektiv and Kaptajn on top,
Antropolog and Fremtidsforsker below). It belongs on the leader's screen only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy

from dialogtool.core.record import Quadrant
from dialogtool.ui import labels

#: (row, column) of each quadrant, as on the question page.
GRID = {
    Quadrant.DETEKTIV: (0, 0),
    Quadrant.KAPTAJN: (0, 1),
    Quadrant.ANTROPOLOG: (1, 0),
    Quadrant.FREMTIDSFORSKER: (1, 1),
}

_USED = "background: #0072B2; color: white; border: 1px solid #0072B2;"
_UNUSED = "background: white; color: #555555; border: 1px dashed #999999;"
_TILE = "border-radius: 3px; padding: 1px 6px; font-weight: 600;"


class CoverageMeter(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("coverageMeter")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        self.caption = QLabel()
        self.caption.setObjectName("coverage")
        self.caption.setWordWrap(True)  # a longer language breaks it, not the window
        grid.addWidget(self.caption, 0, 0, 1, 2)
        self.tiles: dict[Quadrant, QLabel] = {}
        for quadrant, (row, column) in GRID.items():
            tile = QLabel()
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tiles[quadrant] = tile
            grid.addWidget(tile, row + 1, column)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._used: frozenset[Quadrant] = frozenset()
        self.set_used(set())

    def used(self) -> frozenset[Quadrant]:
        return self._used

    def set_used(self, used: set[Quadrant] | frozenset[Quadrant]) -> None:
        self._used = frozenset(used)
        for quadrant, tile in self.tiles.items():
            on = quadrant in used
            tile.setText(("● " if on else "○ ") + labels.quadrant(quadrant))
            tile.setStyleSheet(_TILE + (_USED if on else _UNUSED))
        self.caption.setText(
            self.tr("Brugt i mødet: %1 af 4 typer").replace("%1", str(len(self._used)))
        )
        names = ", ".join(labels.quadrant(q) for q in Quadrant if q in used) or self.tr("ingen")
        self.setAccessibleName(self.tr("Brugte spørgsmålstyper: %1").replace("%1", names))
        self.setToolTip(self.accessibleName())
