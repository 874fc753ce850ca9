"""Action items: what we do from here, who, by when, and when we follow up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
)

from dialogtool.core.record import ActionItem, ActionStatus
from dialogtool.ui import labels
from dialogtool.ui.delegates import ChoiceDelegate
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession

TEXT, OWNER, DUE, STATUS, INDICATOR = range(5)


class ActionsPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Handlinger"),
            self.tr(
                "Konkrete aftaler: hvad er første skridt, hvem gør hvad, og hvornår følger vi op?"
            ),
        )
        self.model = RecordListModel[ActionItem](
            session,
            lambda: self.session.record.action_items,
            [
                Column(self.tr("Handling"), lambda a: a.text, lambda a, v: setattr(a, "text", v)),
                Column(
                    self.tr("Ansvarlig"), lambda a: a.owner, lambda a, v: setattr(a, "owner", v)
                ),
                Column(self.tr("Frist"), lambda a: a.due, lambda a, v: setattr(a, "due", v)),
                Column(
                    self.tr("Status"),
                    lambda a: a.status,
                    lambda a, v: setattr(a, "status", ActionStatus(v)),
                    display=lambda a: labels.action_status(a.status),
                ),
                Column(
                    self.tr("Nøgletal"),
                    lambda a: a.indicator_id or "",
                    lambda a, v: setattr(a, "indicator_id", v or None),
                    display=lambda a: self._indicator_name(a.indicator_id),
                ),
            ],
        )
        self.view = QTableView()
        self.view.setObjectName("actionTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(
            STATUS,
            ChoiceDelegate(lambda: [(labels.action_status(s), s) for s in ActionStatus], self),
        )
        self.view.setItemDelegateForColumn(INDICATOR, ChoiceDelegate(self._indicator_choices, self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, INDICATOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tilføj handling"))
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_action)
        self.remove_button = QPushButton(self.tr("Slet handling"))
        self.remove_button.clicked.connect(
            lambda: self.model.remove(self.view.currentIndex().row())
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.follow_up_check = QCheckBox(self.tr("Vi følger op den"))
        self.follow_up_check.setObjectName("followUpCheck")
        self.follow_up_edit = QDateEdit()
        self.follow_up_edit.setObjectName("followUp")
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setDisplayFormat("dd.MM.yyyy")
        self.follow_up_check.toggled.connect(self._follow_up_changed)
        self.follow_up_edit.dateChanged.connect(self._follow_up_changed)
        buttons.addWidget(self.follow_up_check)
        buttons.addWidget(self.follow_up_edit)
        self.layout_.addLayout(buttons)
        self._loading = False

    def add_action(self) -> int:
        """Append an empty action and start editing its text; returns its row."""
        row = self.model.append(ActionItem())
        index = self.model.index(row, TEXT)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return row

    def _indicator_choices(self) -> list[tuple[str, Any]]:
        choices: list[tuple[str, Any]] = [(self.tr("(intet)"), "")]
        dataset = self.session.dataset
        if dataset is not None:
            choices += [(m.name, m.id) for m in dataset.indicators]
        else:
            choices += [
                (d.snapshot.name if d.snapshot else d.indicator_id, d.indicator_id)
                for d in self.session.record.indicators
            ]
        return choices

    def _indicator_name(self, indicator_id: str | None) -> str:
        if not indicator_id:
            return ""
        return next(
            (label for label, value in self._indicator_choices() if value == indicator_id),
            indicator_id,
        )

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()
        record = self.session.record
        self._loading = True
        try:
            self.follow_up_check.setChecked(record.follow_up is not None)
            due = record.follow_up or (dt.date.today() + dt.timedelta(days=28))
            self.follow_up_edit.setDate(QDate(due.year, due.month, due.day))
            self.follow_up_edit.setEnabled(
                record.follow_up is not None and not self.session.read_only
            )
        finally:
            self._loading = False

    def _follow_up_changed(self) -> None:
        if self._loading or self.session.read_only:
            return
        enabled = self.follow_up_check.isChecked()
        self.follow_up_edit.setEnabled(enabled)
        value = self.follow_up_edit.date().toPython()
        assert isinstance(value, dt.date)
        self.session.record.follow_up = value if enabled else None
        self.session.touched()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (self.add_button, self.remove_button, self.follow_up_check):
            widget.setEnabled(not read_only)
        self.follow_up_edit.setEnabled(not read_only and self.follow_up_check.isChecked())
