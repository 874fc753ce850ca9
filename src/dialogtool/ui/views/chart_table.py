"""The trend chart as a table and in words: the same numbers for a screen reader or keyboard.

A chart is a picture to assistive technology (EN 301 549 11.1.1.1: non-text content
needs a text alternative). The table shows the chart's periods as rows and each line
drawn — the group, its target, the other groups' median, the total and benchmarks — as
a column; ``spoken_summary`` says the latest value, the target and the direction.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from dialogtool.core.context import chosen_series, latest_line
from dialogtool.core.formatting import period
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.core.yardstick import yardstick_of
from dialogtool.ui.chart import as_array, group_label, yardstick_name
from dialogtool.ui.language import ui_lang
from dialogtool.ui.views.table_model import Column, ColumnTableModel


def chart_columns(snapshot: IndicatorSnapshot | None, team: str) -> list[Column]:
    """The trend chart's lines as columns, one row per period (empty without data)."""
    if snapshot is None or not snapshot.series:
        return []
    chosen = chosen_series(snapshot, team)
    if chosen is None:
        return []
    lang = ui_lang()
    periods = snapshot.series[0].periods
    columns = [
        Column(
            QCoreApplication.translate("ChartTable", "Periode"),
            np.asarray([period(p, lang) for p in periods], dtype=object),
        ),
        Column(
            group_label(chosen.group, QCoreApplication.translate("ChartTable", "(alle)")),
            as_array(chosen.values),
        ),
    ]
    targets = as_array(chosen.targets)
    if np.isnan(targets).all() and snapshot.target is not None:
        targets = np.full(len(periods), snapshot.target)
    if not np.isnan(targets).all():
        columns.append(Column(QCoreApplication.translate("ChartTable", "Mål"), targets))
    yardstick = yardstick_of(snapshot, chosen.group)
    if yardstick is not None and len(yardstick.median) == len(periods):
        columns.append(Column(yardstick_name(yardstick), as_array(yardstick.median)))
    for series in snapshot.series:
        if series is not chosen and series.group in snapshot.roles:
            columns.append(Column(series.group, as_array(series.values)))
    return columns


def spoken_summary(snapshot: IndicatorSnapshot | None, team: str) -> str:
    """``Seneste (Team Nord, feb. 2025): 87 % · mål: 90 % · højere er bedre``, or ``""``."""
    if snapshot is None or not snapshot.series:
        return ""
    latest = latest_line(snapshot, team, ui_lang())
    direction = (
        QCoreApplication.translate("ChartTable", "højere er bedre")
        if snapshot.higher_is_better
        else QCoreApplication.translate("ChartTable", "lavere er bedre")
    )
    return " · ".join(part for part in (snapshot.name, latest, direction) if part)


class ChartTable(QTableView):
    """The trend chart's numbers, read-only, reachable with Tab and read cell by cell."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chartTable")
        self.setAccessibleName(self.tr("Udviklingen som tabel"))
        self.model_ = ColumnTableModel()
        self.model_.setParent(self)  # deleted with the view, not later by Python
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)

    def show_snapshot(self, snapshot: IndicatorSnapshot | None, team: str) -> None:
        self.model_.set_columns(chart_columns(snapshot, team))
        self.setAccessibleDescription(spoken_summary(snapshot, team))
        self.resizeColumnsToContents()


class ChartTablePage(QWidget):
    """The table under a caption that names the indicator, as the chart's title does.

    The caption's row is where the chart-or-table button sits (over the view's top
    right corner), so the button never covers the table's column headers.
    """

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel()
        self.caption.setObjectName("chartTableCaption")
        self.caption.setWordWrap(True)
        self.table = ChartTable()
        self.caption.setBuddy(self.table)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def keep_clear(self, width: int, height: int) -> None:
        """Leave the caption's right ``width`` pixels to the button over it, ``height`` high."""
        self.caption.setContentsMargins(0, 0, width, 0)
        self.caption.setMinimumHeight(height)

    def show_snapshot(self, snapshot: IndicatorSnapshot | None, team: str) -> None:
        self.table.show_snapshot(snapshot, team)
        if snapshot is None:
            self.caption.clear()
            return
        unit = f" ({snapshot.unit})" if snapshot.unit and snapshot.unit not in snapshot.name else ""
        self.caption.setText(
            self.tr("%1 – udviklingen som tabel").replace("%1", snapshot.name + unit)
        )
