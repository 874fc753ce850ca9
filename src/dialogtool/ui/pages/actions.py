"""Action items: what we do from here, who, by when, and when we follow up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from dialogtool.core import edits, meeting, wording
from dialogtool.core.dates import format_date
from dialogtool.core.operations import Changes, set_field
from dialogtool.core.record import ActionItem, ActionStatus, MeetingRecord
from dialogtool.ui import labels
from dialogtool.ui.date_edit import DateEdit
from dialogtool.ui.delegates import ChoiceDelegate, DateDelegate, edit_on_purpose
from dialogtool.ui.empty_state import EmptyState
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession
from dialogtool.ui.theme import set_style_state
from dialogtool.ui.trial_editor import TrialEditor

Index = QModelIndex | QPersistentModelIndex

TEXT, OWNER, DUE, STATUS, INDICATOR = range(5)


class OwnerDelegate(QStyledItemDelegate):
    """*Ansvarlig*: one of the participants (or the leader), or a name typed in."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("ownerChoice")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(self._names())
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)


def _actions(record: MeetingRecord) -> list[ActionItem]:
    return record.action_items


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
            _actions,
            [
                Column(self.tr("Handling"), lambda a: a.text, edits.attribute("text")),
                Column(self.tr("Ansvarlig"), lambda a: a.owner, edits.attribute("owner")),
                Column(self.tr("Frist"), lambda a: a.due, edits.attribute("due")),
                Column(
                    self.tr("Status"),
                    lambda a: a.status,
                    edits.attribute("status", ActionStatus),
                    display=lambda a: labels.action_status(a.status),
                ),
                Column(
                    self.tr("Nøgletal"),
                    lambda a: a.indicator_id or "",
                    edits.attribute("indicator_id", lambda v: v or None),
                    display=lambda a: self._indicator_name(a.indicator_id),
                ),
            ],
            Changes.ACTIONS,
            lambda a: a.text or self.tr("ny handling"),
        )
        self.view = QTableView()
        self.view.setObjectName("actionTable")
        edit_on_purpose(self.view)
        self.view.setAccessibleName(self.tr("Handlinger"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(
            STATUS,
            ChoiceDelegate(lambda: [(labels.action_status(s), s) for s in ActionStatus], self),
        )
        self.view.setItemDelegateForColumn(INDICATOR, ChoiceDelegate(self._indicator_choices, self))
        self.view.setItemDelegateForColumn(DUE, DateDelegate(self))
        self.view.setItemDelegateForColumn(OWNER, OwnerDelegate(self._owner_names, self))
        self.view.setWordWrap(True)  # the whole action stays readable in a narrow window
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, INDICATOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.view, 1)
        self.trial_editor = TrialEditor(session, self._current_action)
        self.layout_.addWidget(self.trial_editor)
        self.view.selectionModel().currentRowChanged.connect(self.trial_editor.show_action)
        self.empty_state = EmptyState(
            self.view,
            wording.say("actions_empty", session.record.kind, ui_lang()),
        )

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tilføj handling"))
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_action)
        self.remove_button = QPushButton(self.tr("Slet handling"))
        self.remove_button.clicked.connect(self.remove_action)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.follow_up_check = QCheckBox(self.tr("Vi følger op den"))
        self.follow_up_check.setObjectName("followUpCheck")
        self.follow_up_edit = DateEdit()
        self.follow_up_edit.setObjectName("followUp")
        self.follow_up_check.toggled.connect(self._follow_up_ticked)
        self.follow_up_edit.dateEdited.connect(self._follow_up_typed)
        self.follow_up_edit.problemChanged.connect(self._show_problems)
        buttons.addWidget(self.follow_up_check)
        buttons.addWidget(self.follow_up_edit)
        self.layout_.addLayout(buttons)
        # The hint and the problem line keep their height, shown or empty: the row above
        # them stays where the leader is about to click (it jumped ~28 px when a hint came).
        self.follow_up_note = QLabel()
        self.follow_up_note.setObjectName("followUpNote")
        self.follow_up_note.setFixedHeight(self.follow_up_note.fontMetrics().lineSpacing() + 4)
        self.layout_.addWidget(self.follow_up_note)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("actionProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setMinimumHeight(self.problem_label.fontMetrics().lineSpacing() + 4)
        set_style_state(self.problem_label, "warning", True)
        self.layout_.addWidget(self.problem_label)
        self.model.dataChanged.connect(self._show_problems)

    def _current_action(self) -> ActionItem | None:
        row = self.view.currentIndex().row()
        actions = self.session.record.action_items
        return actions[row] if 0 <= row < len(actions) else None

    def add_action(self) -> int:
        """Append an empty action and start editing its text; returns its row."""
        row = self.model.append(ActionItem(), self.tr("ny handling"))
        index = self.model.index(row, TEXT)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return row

    def remove_action(self, row: int | None = None) -> None:
        """Delete the chosen action (Ctrl+Z brings it back)."""
        row = self.view.currentIndex().row() if row is None else row
        items = self.model.items()
        if 0 <= row < len(items):
            name = items[row].text or self.tr("ny handling")
            self.model.remove(row, self.tr("slet handling '%1'").replace("%1", name))

    def _owner_names(self) -> list[str]:
        record = self.session.record
        names = [p.name for p in record.participants if p.name.strip()]
        if record.facilitator.strip():
            names.append(record.facilitator.strip())
        return list(dict.fromkeys(names))

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
        self.follow_up_check.setChecked(record.follow_up is not None)
        self.follow_up_edit.set_date(record.follow_up)
        self.follow_up_edit.setPlaceholderText(
            self.tr("fx %1").replace("%1", format_date(self._suggested_follow_up()))
        )
        self._show_problems()

    def _suggested_follow_up(self) -> dt.date:
        return meeting.suggested_follow_up(self.session.record, dt.date.today())

    def _follow_up_ticked(self, checked: bool) -> None:
        if checked == (self.session.record.follow_up is not None):
            return  # the record says so already (it is being shown)
        if checked and self.follow_up_edit.date() is None:
            self.follow_up_edit.set_date(self._suggested_follow_up())
        elif not checked:
            self.follow_up_edit.set_date(None)
        self._set_follow_up(self.follow_up_edit.date())

    def _follow_up_typed(self, value: dt.date | None) -> None:
        self.follow_up_check.setChecked(value is not None)
        self._set_follow_up(value)

    def _set_follow_up(self, value: dt.date | None) -> None:
        if value != self.session.record.follow_up:
            self.session.apply(
                set_field(self.tr("opfølgningsdato"), Changes.ACTIONS, ("follow_up",), value)
            )
        self._show_problems()

    def _show_problems(self) -> None:
        problems = [self.follow_up_edit.problem(), *self.model.problems()]
        record = self.session.record
        due = meeting.latest_due(record)
        note = ""
        if record.follow_up is not None and due is not None:
            if record.follow_up <= due:
                problems.append(
                    self.tr("Opfølgningen ligger før den seneste frist (%1).").replace(
                        "%1", format_date(due)
                    )
                )
            else:
                note = self.tr("Efter den seneste frist (%1).").replace("%1", format_date(due))
        self.follow_up_note.setText(note)
        self.problem_label.setText(" ".join(p for p in problems if p))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (self.add_button, self.remove_button, self.follow_up_check):
            widget.setEnabled(not read_only)
        self.follow_up_edit.setReadOnly(read_only)
        self.follow_up_edit.calendar_action.setEnabled(not read_only)
