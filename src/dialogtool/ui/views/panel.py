"""The four views of one indicator behind a row of buttons: trend, comparison, latest, details.

The buttons are a segmented row (one checked at a time); each has a mnemonic
(Alt+U, Alt+S, Alt+N, Alt+D) and they are reachable with Tab.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.context import chosen_series
from dialogtool.core.dataset import Dataset
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.ui.chart import IndicatorChart
from dialogtool.ui.views.chart_table import ChartTablePage, spoken_summary
from dialogtool.ui.views.compare import CompareChart
from dialogtool.ui.views.details import DetailsView
from dialogtool.ui.views.latest import LatestChart

VIEWS = ("trend", "compare", "latest", "details")


def _in_corner(under: QWidget, corner: QWidget) -> QGridLayout:
    """``corner`` over the top right of ``under``: it costs the screen no row or column.

    The views row has no room for another button at 1024 pixels (1066 px in Danish), and
    a row under the chart made the window 782 px high.
    """
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    # First in: Tab reaches the button before what it switches, as a reader expects.
    grid.addWidget(corner, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
    grid.addWidget(under, 0, 0)
    return grid


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
            (self.tr("&Sammenlign"), self.tr("Gruppen sammenlignet med de andre grupper")),
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
        # The trend's numbers as a table, for a screen reader and for reading exact values.
        self.as_table = QToolButton()
        self.as_table.setText(self.tr("&Tabel"))
        self.as_table.setAccessibleName(self.tr("Vis som tabel"))
        self.as_table.setObjectName("chartAsTable")
        self.as_table.setCheckable(True)
        self.as_table.setToolTip(self.tr("Vis udviklingens tal som en tabel (Alt+T)"))
        self.as_table.toggled.connect(self._table_toggled)
        # One other team on the leader's trend chart; the room keeps seeing the yardstick.
        self.single = QComboBox()
        self.single.setObjectName("singleGroup")
        # As wide as a short name, whatever the longest of a thousand groups: fits 1024×768.
        self.single.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.single.setMinimumContentsLength(5)
        self.single.setToolTip(self.tr("Vis også en enkelt af de øvrige grupper i udviklingen"))
        self.single.currentIndexChanged.connect(self._single_chosen)
        row.addWidget(self.single)
        layout.addLayout(row)
        self.trend = IndicatorChart()
        self.trend.setAccessibleName(self.tr("Udvikling over tid med mål"))
        self.compare = CompareChart()
        self.latest = LatestChart()
        self.details = DetailsView()
        self.stack = QStackedWidget()
        self.table_page = ChartTablePage()
        self.table = self.table_page.table
        for widget in (self.trend, self.compare, self.latest, self.details, self.table_page):
            self.stack.addWidget(widget)
        layout.addLayout(_in_corner(self.stack, self.as_table), 1)
        self.as_table.raise_()  # over the view it shares a cell with
        self._shown: tuple[IndicatorSnapshot | None, str, Dataset | None] = (None, "", None)
        self._stale = set(VIEWS)
        self.buttons.button(0).setChecked(True)
        self.buttons.idToggled.connect(self._toggled)

    def current_view(self) -> str:
        return VIEWS[self.buttons.checkedId()]

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
        self._offer_groups()
        self._draw(self.current_view())

    def _offer_groups(self) -> None:
        """The other teams of the loaded dataset that the trend chart can show one of."""
        snapshot, team, dataset = self._shown
        groups: list[str] = []
        if (
            snapshot is not None
            and dataset is not None
            and (chosen := chosen_series(snapshot, team)) is not None
            and snapshot.indicator_id in {m.id for m in dataset.indicators}
        ):
            groups = [
                g
                for g in dataset.groups_of(snapshot.indicator_id)
                if g != chosen.group and dataset.role_of(g) == "team"
            ]
        picked = self.single.currentText() if self.single.currentIndex() > 0 else ""
        self.single.blockSignals(True)
        self.single.clear()
        self.single.addItem(self.tr("Ingen enkelt gruppe"))
        self.single.addItems(groups)
        self.single.setCurrentIndex(max(0, self.single.findText(picked)) if picked else 0)
        self.single.blockSignals(False)
        self.single.setVisible(bool(groups) and self.current_view() == "trend")

    def _single_chosen(self, number: int) -> None:
        snapshot, _team, dataset = self._shown
        if number <= 0 or snapshot is None or dataset is None or not snapshot.series:
            self.trend.show_group("", None)
            return
        group = self.single.itemText(number)
        series = dataset.series(snapshot.indicator_id, group)
        where = {p: i for i, p in enumerate(series.periods)}
        values = np.asarray(
            [series.values[where[p]] if p in where else np.nan for p in snapshot.series[0].periods]
        )
        self.trend.show_group(group, values)

    def _toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        trend = VIEWS[number] == "trend"
        self.stack.setCurrentIndex(len(VIEWS) if trend and self.as_table.isChecked() else number)
        self.single.setVisible(self.single.count() > 1 and trend)
        self.as_table.setVisible(trend)
        self._draw(VIEWS[number])
        self.viewChanged.emit(VIEWS[number])

    def _draw(self, key: str) -> None:
        if key not in self._stale:
            return
        self._stale.discard(key)
        snapshot, team, dataset = self._shown
        if key == "trend":
            self.trend.show_snapshot(snapshot, team)
            said = spoken_summary(snapshot, team)
            table = self.tr("Alt+T viser tallene som tabel")
            self.trend.setAccessibleDescription(f"{said} · {table}" if said else table)
            self.table_page.show_snapshot(snapshot, team)
            self._single_chosen(self.single.currentIndex())
        elif key == "compare":
            self.compare.show_snapshot(snapshot, team)
        elif key == "latest":
            self.latest.show_snapshot(snapshot, team)
        else:
            self.details.show_indicator(snapshot, dataset, self.tr("(alle)"))

    def _table_toggled(self, checked: bool) -> None:
        hint = self.as_table.sizeHint()
        self.table_page.keep_clear(hint.width() + 6, hint.height())
        if self.current_view() == "trend":
            self.stack.setCurrentIndex(len(VIEWS) if checked else 0)
