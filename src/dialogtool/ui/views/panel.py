"""The four views of one indicator behind a row of buttons: trend, comparison, latest, details.

The buttons are a segmented row (one checked at a time); each has a mnemonic
(Alt+U, Alt+S, Alt+N, Alt+D) and they are reachable with Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.dataset import Dataset
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.ui.chart import IndicatorChart
from dialogtool.ui.views.compare import CompareChart
from dialogtool.ui.views.details import DetailsView
from dialogtool.ui.views.latest import LatestChart

VIEWS = ("trend", "compare", "latest", "details")


class IndicatorViews(QWidget):
    viewChanged = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(0)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        titles = (
            (self.tr("&Udvikling"), self.tr("Udvikling over tid med mål")),
            (self.tr("&Sammenlign"), self.tr("Teamet sammenlignet med de andre grupper")),
            (self.tr("Se&neste"), self.tr("Seneste periode mod forrige og målet")),
            (self.tr("&Detaljer"), self.tr("Tallene bag nøgletallet")),
        )
        for number, (key, (title, tip)) in enumerate(zip(VIEWS, titles, strict=True)):
            button = QPushButton(title)
            button.setToolTip(tip)
            button.setObjectName(f"view_{key}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.buttons.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.trend = IndicatorChart()
        self.compare = CompareChart()
        self.latest = LatestChart()
        self.details = DetailsView()
        self.stack = QStackedWidget()
        for widget in (self.trend, self.compare, self.latest, self.details):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self._shown: tuple[IndicatorSnapshot | None, str, Dataset | None] = (None, "", None)
        self._stale = set(VIEWS)
        self.buttons.button(0).setChecked(True)
        self.buttons.idToggled.connect(self._toggled)

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def set_view(self, key: str) -> None:
        self.buttons.button(VIEWS.index(key)).setChecked(True)

    def show_indicator(
        self, snapshot: IndicatorSnapshot | None, team: str, dataset: Dataset | None
    ) -> None:
        """Show one indicator; only the visible view draws now, the others when chosen.

        The same snapshot again (a page refresh after an edit) draws nothing.
        """
        shown = self._shown
        if (
            shown[0] is snapshot
            and shown[1] == team
            and shown[2] is dataset
            and snapshot is not None
        ):
            return
        self._shown = (snapshot, team, dataset)
        self._stale = set(VIEWS)
        self._draw(self.current_view())

    def _toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        self.stack.setCurrentIndex(number)
        self._draw(VIEWS[number])
        self.viewChanged.emit(VIEWS[number])

    def _draw(self, key: str) -> None:
        if key not in self._stale:
            return
        self._stale.discard(key)
        snapshot, team, dataset = self._shown
        if key == "trend":
            self.trend.show_snapshot(snapshot, team)
        elif key == "compare":
            self.compare.show_snapshot(snapshot, team)
        elif key == "latest":
            self.latest.show_snapshot(snapshot, team)
        else:
            self.details.show_indicator(snapshot, dataset, self.tr("(alle)"))
