"""Every action item of every meeting in one table, filtered and sorted.

Rows come from the history index; a status or due date changed here is written
to the meeting the action belongs to, by the workspace (``dialogtool.app``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.app.workspace import Workspace
from dialogtool.core import review
from dialogtool.core.actions import UnknownActionError
from dialogtool.core.catalogue import render
from dialogtool.core.failures import failure_sentence
from dialogtool.core.formatting import day
from dialogtool.core.history import ActionEntry
from dialogtool.core.logs import log_exception
from dialogtool.core.record import ActionStatus, ReviewStatus
from dialogtool.core.store import RecordLoadError
from dialogtool.ui import labels
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.delegates import ChoiceDelegate, DateDelegate
from dialogtool.ui.empty_state import EmptyState
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang

Index = QModelIndex | QPersistentModelIndex
TEXT, OWNER, DUE, STATUS, FOLLOWED_UP, INDICATOR, MEETING, TEAM = range(8)
#: The value a column sorts by (dates as ISO text, so they sort as dates).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")


class ActionsModel(QAbstractTableModel):
    failed = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.history = workspace.history
        self.rows: list[ActionEntry] = []
        #: Today, for "overdue"; tests set it.
        self.today = dt.date.today()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.history.actions()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Handling"),
            self.tr("Ansvarlig"),
            self.tr("Frist"),
            self.tr("Status"),
            self.tr("Sidst fulgt op"),
            self.tr("Nøgletal"),
            self.tr("Møde"),
            self.tr("Team"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (DUE, STATUS) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        lang = ui_lang()
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and row.overdue(self.today):
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.EditRole:
            if column == DUE:
                return QDate(row.due.year, row.due.month, row.due.day) if row.due else None
            if column == STATUS:
                return row.status.value
        if role == SORT_ROLE:
            if column == DUE:
                return row.due.isoformat() if row.due else "9999"
            if column == MEETING:
                return row.meeting.scheduled_at.isoformat()
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == TEXT:
            return row.text
        if column == OWNER:
            return row.owner
        if column == DUE:
            if row.due is None:
                return ""
            late = self.tr(" (overskredet)") if row.overdue(self.today) else ""
            return day(row.due, lang) + late
        if column == STATUS:
            return labels.action_status(row.status)
        if column == FOLLOWED_UP:
            if not row.review_status:
                return ""
            text = review.status_label(ReviewStatus(row.review_status), lang)
            return f"{text}: {row.review_comment}" if row.review_comment else text
        if column == INDICATOR:
            return row.indicator_name or row.indicator_id or ""
        if column == MEETING:
            meeting = row.meeting
            return f"{day(meeting.scheduled_at.date(), lang)} {meeting.title}".strip()
        return row.meeting.team

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (DUE, STATUS):
            return False
        row = self.rows[index.row()]
        try:
            if index.column() == STATUS:
                self.workspace.update_action(
                    row.meeting.id, row.action_id, status=ActionStatus(value)
                )
            else:
                due = value if isinstance(value, dt.date) else None
                self.workspace.update_action(
                    row.meeting.id, row.action_id, due=due, clear_due=due is None
                )
        except RecordLoadError as exc:
            self.failed.emit(render(exc.problem.message, ui_lang()))
            return False
        except UnknownActionError:
            self.failed.emit(self.tr("Handlingen findes ikke længere i sit møde."))
            self.reload()
            return False
        except Exception as exc:  # disk full, refused overwrite ...
            log_exception("Changing an action failed", exc)
            self.failed.emit(failure_sentence(exc, ui_lang()))
            return False
        self.rows[index.row()] = next(
            (
                r
                for r in self.history.actions()
                if r.meeting.id == row.meeting.id and r.action_id == row.action_id
            ),
            row,
        )
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 7))
        return True


class ActionsFilter(QSortFilterProxyModel):
    """Team, owner and status ("" for all), and only the overdue ones."""

    def __init__(self, model: ActionsModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.source = model
        self.team = ""
        self.owner = ""
        self.status = ""
        self.overdue_only = False

    def set_filter(
        self, *, team: str = "", owner: str = "", status: str = "", overdue: bool = False
    ) -> None:
        self.beginFilterChange()
        self.team, self.owner, self.status, self.overdue_only = team, owner, status, overdue
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.source.rows[source_row]
        return (
            (not self.team or row.meeting.team == self.team)
            and (not self.owner or row.owner == self.owner)
            and (not self.status or row.status.value == self.status)
            and (not self.overdue_only or row.overdue(self.source.today))
        )


class ActionsDialog(QDialog):
    """Handlinger på tværs af møder. A double-click on a row opens the action's meeting."""

    openRequested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handlinger på tværs af møder"))
        self.resize(1100, 560)
        self.model = ActionsModel(workspace)
        self.model.failed.connect(
            lambda sentence: show_failure(self, self.tr("Handlingen blev ikke ændret"), sentence)
        )
        self.proxy = ActionsFilter(self.model)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("teamFilter")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerFilter")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.overdue_check = QCheckBox(self.tr("Kun overskredne"))
        self.overdue_check.setObjectName("overdueFilter")
        for caption, widget in (
            (self.tr("Team:"), self.team_combo),
            (self.tr("Ansvarlig:"), self.owner_combo),
            (self.tr("Status:"), self.status_combo),
        ):
            filters.addWidget(QLabel(caption))
            filters.addWidget(widget, 1)
            widget.currentIndexChanged.connect(self._filter)
        filters.addWidget(self.overdue_check)
        self.overdue_check.toggled.connect(self._filter)
        layout.addLayout(filters)
        self.view = QTableView()
        self.view.setObjectName("allActions")
        self.view.setAccessibleName(self.tr("Handlinger på tværs af møder"))
        self.view.setModel(self.proxy)
        self.empty_state = EmptyState(
            self.view,
            self.tr(
                "Ingen handlinger at vise. Handlinger aftales i mødets fase »Handlinger« – "
                "eller et filter ovenfor skjuler dem."
            ),
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(
            STATUS,
            ChoiceDelegate(
                lambda: [(labels.action_status(s), s.value) for s in ActionStatus], self
            ),
        )
        self.view.setItemDelegateForColumn(DUE, DateDelegate(self))
        self.view.doubleClicked.connect(self._open_meeting)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        make_accessible(self)  # names for a screen reader, Tab moves on

    def reload(self) -> None:
        self.model.reload()
        rows = self.model.rows
        for combo, values in (
            (self.team_combo, sorted({r.meeting.team for r in rows if r.meeting.team})),
            (self.owner_combo, sorted({r.owner for r in rows if r.owner})),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Alle"), "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        if self.status_combo.count() == 0:
            self.status_combo.addItem(self.tr("Alle"), "")
            for status in ActionStatus:
                self.status_combo.addItem(labels.action_status(status), status.value)
        self._filter()

    def _open_meeting(self, index: QModelIndex) -> None:
        if index.column() in (DUE, STATUS):
            return  # those cells are edited in place
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.accept()
        self.openRequested.emit(row.meeting.id)

    def _filter(self) -> None:
        self.proxy.set_filter(
            team=self.team_combo.currentData() or "",
            owner=self.owner_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            overdue=self.overdue_check.isChecked(),
        )
