"""The details behind a number, sortable and filterable.

By default the observations of the indicator; with *Indlæs detaljeliste …* an
individual-level list read from a file (personal data: shown, never saved).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.catalogue import render
from dialogtool.core.dataset import Dataset
from dialogtool.core.formatting import number as format_number
from dialogtool.core.importing import ImportRefusedError
from dialogtool.core.importing.detail_list import DetailList, read_detail_list
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.core.small_numbers import SMALL_COUNT, is_small
from dialogtool.ui.chart import as_array
from dialogtool.ui.file_dialogs import open_file
from dialogtool.ui.fitting_labels import ElidingButton
from dialogtool.ui.language import ui_lang
from dialogtool.ui.preferences import MASK_SMALL_NUMBERS, preferences
from dialogtool.ui.tasks import BackgroundTask, show_progress
from dialogtool.ui.views.table_model import Column, ColumnTableModel, FilterProxy


class DetailsView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("detailsView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("detailsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filtrér, fx et team eller en periode …"))
        self.filter_edit.setClearButtonEnabled(True)
        row.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("detailsCount")
        row.addWidget(self.count_label)
        self.list_button = ElidingButton(self.tr("Indlæs detaljeliste …"))
        self.list_button.setObjectName("loadDetailList")
        self.list_button.setToolTip(
            self.tr("En liste på individniveau bag tallet, fx borgere eller forløb")
        )
        self.list_button.clicked.connect(self.choose_list)
        row.addWidget(self.list_button)
        self.numbers_button = ElidingButton(self.tr("Vis tallene"))
        self.numbers_button.setObjectName("showNumbers")
        self.numbers_button.clicked.connect(self._forget_list)
        row.addWidget(self.numbers_button)
        layout.addLayout(row)
        self.list_note = QLabel()
        self.list_note.setObjectName("hint")
        self.list_note.setWordWrap(True)
        layout.addWidget(self.list_note)
        self.model = ColumnTableModel()
        self.proxy = FilterProxy(self.model)
        self.table = QTableView()
        self.table.setObjectName("detailsTable")
        self.table.setAccessibleName(self.tr("Tallene bag nøgletallet"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and column widths: no measuring of 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(115)
        layout.addWidget(self.table, 1)
        self.filter_edit.textChanged.connect(self._filter)
        # A bound method, not a lambda: the connection ends when this view is deleted
        # (the preferences live on, and any later setting would reach a dead view).
        preferences().changed.connect(self._preference_changed)
        #: Detail lists loaded in this session, per indicator; never written anywhere.
        self.lists: dict[str, DetailList] = {}
        self.task: BackgroundTask | None = None
        self._shown: tuple[IndicatorSnapshot | None, Dataset | None, str] = (None, None, "")

    def show_indicator(
        self, snapshot: IndicatorSnapshot | None, dataset: Dataset | None, all_label: str
    ) -> None:
        """The indicator's detail list if one was loaded, else its observations."""
        self._shown = (snapshot, dataset, all_label)
        self.list_button.setEnabled(snapshot is not None)
        detail = self.lists.get(snapshot.indicator_id) if snapshot is not None else None
        self.numbers_button.setVisible(detail is not None)
        if detail is not None:
            self.list_note.setText(
                self.tr(
                    "Detaljeliste fra %1. Personoplysninger: vises kun her og gemmes ikke i mødet."
                ).replace("%1", detail.name)
            )
            self.list_note.show()
            self.model.set_columns([Column(c.header, c.cells) for c in detail.columns])
            self._count()
            return
        self.list_note.hide()
        self._show_observations(snapshot, dataset, all_label)

    def _show_observations(
        self, snapshot: IndicatorSnapshot | None, dataset: Dataset | None, all_label: str
    ) -> None:
        """The file's observations when the dataset is the one shown, else the record's numbers."""
        if snapshot is None:
            columns: list[Column] = []
        elif dataset is not None and dataset.sha256 == snapshot.source_sha256:
            columns = self._from_dataset(dataset, snapshot.indicator_id, all_label)
        else:
            columns = self._from_snapshot(snapshot, all_label)
        self.model.set_columns(columns)
        self._count()

    def _from_dataset(self, dataset: Dataset, indicator_id: str, all_label: str) -> list[Column]:
        obs = dataset.observations
        ids = [m.id for m in dataset.indicators]
        if obs is None or indicator_id not in ids:
            return self._from_snapshot(dataset.snapshot(indicator_id), all_label)
        rows = np.flatnonzero(obs.indicator == ids.index(indicator_id))
        groups = np.asarray([g or all_label for g in dataset.groups], dtype=object)
        periods = np.asarray(dataset.periods, dtype=object)
        return [
            Column(self.tr("Gruppe"), groups[obs.group[rows]]),
            Column(self.tr("Periode"), periods[obs.period[rows]]),
            Column(self.tr("Værdi"), obs.value[rows]),
            Column(self.tr("Mål"), obs.target[rows]),
            Column(self.tr("Række i filen"), obs.row[rows].astype(np.float64)),
        ]

    def _from_snapshot(self, snapshot: IndicatorSnapshot, all_label: str) -> list[Column]:
        groups, periods, values, targets = [], [], [], []
        for series in snapshot.series:
            v, t = as_array(series.values), as_array(series.targets)
            keep = np.flatnonzero(~np.isnan(v))
            groups += [series.group or all_label] * keep.size
            periods += [series.periods[i] for i in keep.tolist()]
            values.append(v[keep])
            targets.append(t[keep])
        return [
            Column(self.tr("Gruppe"), np.asarray(groups, dtype=object)),
            Column(self.tr("Periode"), np.asarray(periods, dtype=object)),
            Column(self.tr("Værdi"), np.concatenate(values) if values else np.zeros(0)),
            Column(self.tr("Mål"), np.concatenate(targets) if targets else np.zeros(0)),
        ]

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._count()

    def _preference_changed(self, key: str) -> None:
        if key == MASK_SMALL_NUMBERS.key:
            self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        masked = (
            self.numbers_button.isVisibleTo(self)  # a detail list: one row is one person
            and preferences().get(MASK_SMALL_NUMBERS)
            and is_small(shown)
        )
        self.table.setVisible(not masked)
        if masked:
            self.count_label.setText(
                self.tr("Færre end %1 rækker – skjult, så ingen kan genkendes").replace(
                    "%1", str(SMALL_COUNT)
                )
            )
            return
        text = self.tr("%1 rækker") if shown == total else self.tr("%1 af %2 rækker")
        lang = ui_lang()
        self.count_label.setText(
            text.replace("%1", format_number(shown, lang)).replace("%2", format_number(total, lang))
        )

    # -- detail lists ------------------------------------------------------------
    def choose_list(self) -> None:
        path, _filter = open_file(
            self,
            self.tr("Indlæs detaljeliste"),
            self.tr("Lister (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.load_list(Path(path))

    def load_list(self, path: Path) -> BackgroundTask | None:
        """Read ``path`` in the background and show it behind the current indicator."""
        snapshot = self._shown[0]
        if snapshot is None:
            return None
        indicator_id = snapshot.indicator_id
        task = BackgroundTask(lambda progress: read_detail_list(path, progress=progress), self)
        task.succeeded.connect(lambda detail: self._list_loaded(indicator_id, detail))
        task.failed.connect(self._list_failed)
        show_progress(task, self.tr("Læser %1 …").replace("%1", path.name), self)
        self.task = task
        task.start()
        return task

    def _list_loaded(self, indicator_id: str, detail: DetailList) -> None:
        self.lists[indicator_id] = detail
        self.show_indicator(*self._shown)

    def _list_failed(self, error: Exception) -> None:
        message = (
            render(error.message, ui_lang())
            if isinstance(error, ImportRefusedError)
            else self.tr("Listen kunne ikke læses: %1").replace("%1", str(error))
        )
        QMessageBox.warning(self, self.tr("Detaljeliste"), message)

    def _forget_list(self) -> None:
        snapshot = self._shown[0]
        if snapshot is not None:
            self.lists.pop(snapshot.indicator_id, None)
        self.show_indicator(*self._shown)
