"""Data in context: each stepping stone in its views, discussed explore–give–explore.

The team's stepping stones come first in the list; the views (trend, comparison,
latest value, details) all keep the context line with source, date and definition.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import edits, meeting, wording
from dialogtool.core.context import latest_line, missing_group_note, shown_group, trust_line
from dialogtool.core.record import IndicatorDiscussion, IndicatorSnapshot, LeaderRole, UguStep
from dialogtool.core.slides import DataView
from dialogtool.ui.fitting_labels import ElidedLabel, ElidingButton
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DataPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Data i kontekst"),
            wording.say("data_intro", session.record.kind, ui_lang()),
        )
        from dialogtool.ui.views.panel import IndicatorViews  # pyqtgraph only when needed

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.indicator_model = QStandardItemModel(self)
        self.indicator_view = QListView()
        self.indicator_view.setObjectName("indicatorList")
        self.indicator_view.setAccessibleName(self.tr("Nøgletal"))
        self.indicator_view.setModel(self.indicator_model)
        self.indicator_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.indicator_view.selectionModel().currentChanged.connect(self._indicator_chosen)
        self.indicator_view.setWordWrap(True)
        self.indicator_view.setSpacing(2)
        self.indicator_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.indicator_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicator_view.setMinimumWidth(120)
        left_column.addWidget(self.indicator_view, 1)
        self.import_button = ElidingButton(self.tr("Indlæs data …"))
        self.import_button.setObjectName("importData")
        self.import_button.setToolTip(self.tr("Indlæs en dataeksport (CSV, Excel eller ODS)"))
        self.import_button.clicked.connect(session.importRequested)
        left_column.addWidget(self.import_button)
        splitter.addWidget(left)

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        self.views = IndicatorViews()
        column.addWidget(self.views, 1)
        self.context = QLabel()
        self.context.setObjectName("context")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.context)

        ugu = QGroupBox(self.tr("UGU – undersøg, giv, undersøg"))
        ugu_layout = QVBoxLayout(ugu)
        self.step_label = QLabel()
        self.step_label.setObjectName("uguStep")
        self.step_label.setWordWrap(True)
        # Its wrapped lines are never squeezed: the chart above gives way first.
        self.step_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        ugu_layout.addWidget(self.step_label)
        row = QHBoxLayout()
        kind, lang = session.record.kind, ui_lang()
        self.noticed = self._box(
            self.tr("1. Undersøg"),
            wording.say("noticed_hint", kind, lang),
            "noticed",
            row,
        )
        self.perspective = self._box(
            self.tr("2. Dit perspektiv"),
            wording.say("perspective_hint", kind, lang),
            "perspective",
            row,
        )
        self.response = self._box(
            self.tr("3. Undersøg igen"),
            wording.say("response_hint", kind, lang),
            "response",
            row,
        )
        ugu_layout.addLayout(row)
        buttons = QHBoxLayout()
        self.give_button = ElidingButton(self.tr("Giv dit perspektiv →"))
        self.give_button.setObjectName("giveButton")
        self.give_button.clicked.connect(self._advance)
        self.again_button = ElidingButton(self.tr("Undersøg igen →"))
        self.again_button.setObjectName("againButton")
        self.again_button.clicked.connect(self._advance)
        buttons.addStretch(1)
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.again_button)
        ugu_layout.addLayout(buttons)
        column.addWidget(ugu)
        splitter.addWidget(middle)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 10_000])
        self.layout_.addWidget(splitter, 1)

        self.binder.text(
            self.noticed,
            lambda: self._current().team_noticed if self._has_current() else "",
            lambda v: edits.edit_discussion(
                self._label(self.tr("det teamet bemærker om '%1'")),
                self._current().indicator_id,
                "team_noticed",
                v,
            ),
        )
        self.binder.text(
            self.perspective,
            lambda: self._current().leader_perspective if self._has_current() else "",
            lambda v: edits.edit_discussion(
                self._label(self.tr("dit perspektiv om '%1'")),
                self._current().indicator_id,
                "leader_perspective",
                v,
            ),
        )
        self.binder.text(
            self.response,
            lambda: self._current().team_response if self._has_current() else "",
            lambda v: edits.edit_discussion(
                self._label(self.tr("teamets svar om '%1'")),
                self._current().indicator_id,
                "team_response",
                v,
            ),
        )
        self.noticed.textChanged.connect(self._update_step)
        session.datasetChanged.connect(self._dataset_changed)
        session.indicatorChanged.connect(self._show_session_indicator)
        self.views.viewChanged.connect(lambda key: session.set_view(DataView(key)))
        session.viewChanged.connect(self.views.set_view)

    def _box(self, title: str, placeholder: str, name: str, row: QHBoxLayout) -> QPlainTextEdit:
        column = QVBoxLayout()
        # One line, shortened in a narrow window: a wrapped title lost its second line on a
        # 768-pixel screen once the menu bar took its height.
        label = ElidedLabel()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.set_full_text(title)
        column.addWidget(label)
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        # A few lines each, so the views above keep the room on a 768-pixel screen.
        lines = box.fontMetrics().lineSpacing()
        box.setMinimumHeight(2 * lines + 12)
        box.setMaximumHeight(4 * lines + 12)
        column.addWidget(box)
        row.addLayout(column)
        return box

    # -- which indicator ---------------------------------------------------
    def _has_current(self) -> bool:
        return self.session.indicator_id is not None

    def _current(self) -> IndicatorDiscussion:
        assert self.session.indicator_id is not None
        return meeting.discussion_as_is(self.session.record, self.session.indicator_id)

    def _label(self, text: str) -> str:
        """An undo label naming the indicator the box is about."""
        return text.replace("%1", self._name(self._current()))

    def _name(self, item: IndicatorDiscussion) -> str:
        return item.snapshot.name if item.snapshot else item.indicator_id

    def _available(self) -> list[tuple[str, str]]:
        """(id, name) of the indicators to talk about: the dataset's, else those recorded.

        The team's stepping stones come first, in the team's order.
        """
        dataset = self.session.dataset
        if dataset is not None:
            names = {m.id: m.name for m in dataset.indicators}
            first = [i for i in dataset.stepping_stones if i in names]
            rest = [i for i in names if i not in first]
            return [(i, names[i]) for i in first + rest]
        return [
            (d.indicator_id, d.snapshot.name if d.snapshot else d.indicator_id)
            for d in self.session.record.indicators
        ]

    def select_indicator(self, indicator_id: str) -> None:
        for row in range(self.indicator_model.rowCount()):
            index = self.indicator_model.index(row, 0)
            if index.data(ID_ROLE) == indicator_id:
                self.indicator_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return

    def _indicator_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.session.set_indicator(current.data(ID_ROLE) if current.isValid() else None)

    def _show_session_indicator(self) -> None:
        indicator_id = self.session.indicator_id
        if (
            indicator_id is not None
            and self.indicator_view.currentIndex().data(ID_ROLE) != indicator_id
        ):
            self.select_indicator(indicator_id)
        self._show_current()

    def _dataset_changed(self) -> None:
        """Another dataset: the list changes; the session already renewed the snapshots."""
        if self.session.indicator_id not in {i for i, _ in self._available()}:
            self.session.set_indicator(None)
        self.refresh()

    # -- record -> widgets -------------------------------------------------
    def refresh(self) -> None:
        discussed = {d.indicator_id for d in self.session.record.indicators if d.team_noticed}
        dataset = self.session.dataset
        stones = len(dataset.stepping_stones) if dataset else 0
        # Refilling the list must not choose another indicator (the first, or none) on the way.
        blocker = QSignalBlocker(self.indicator_view.selectionModel())
        self.indicator_model.clear()
        for number, (indicator_id, name) in enumerate(self._available()):
            if stones and number == stones:
                rest = QStandardItem(self.tr("Øvrige nøgletal"))
                rest.setFlags(Qt.ItemFlag.NoItemFlags)
                self.indicator_model.appendRow(rest)
            item = QStandardItem(("✓ " if indicator_id in discussed else "") + name)
            item.setData(indicator_id, ID_ROLE)
            self.indicator_model.appendRow(item)
        blocker.unblock()
        if self.session.indicator_id:
            self.select_indicator(self.session.indicator_id)
        elif self.indicator_model.rowCount():
            self.indicator_view.setCurrentIndex(self.indicator_model.index(0, 0))
        self._show_current()

    def _show_current(self) -> None:
        self.binder.refresh()
        snapshot: IndicatorSnapshot | None = None
        if self.session.indicator_id is not None:
            snapshot = self._current().snapshot
        self.views.show_indicator(snapshot, shown_group(self.session.record), self.session.dataset)
        self.context.setText(self._context_text(snapshot))
        self._update_step()

    def _context_text(self, snapshot: IndicatorSnapshot | None) -> str:
        if snapshot is None:
            return self.tr("Intet datasæt er indlæst. Start med demodata eller indlæs en fil.")
        lang = ui_lang()
        direction = (
            self.tr("højere er bedre") if snapshot.higher_is_better else self.tr("lavere er bedre")
        )
        group = shown_group(self.session.record)
        latest = latest_line(snapshot, group, lang)
        line = " · ".join(x for x in (missing_group_note(snapshot, group, lang), latest) if x)
        line = " · ".join(x for x in (line, direction) if x)
        trust = html.escape(trust_line(snapshot, lang))
        return html.escape(line) + f"<br><span style='color:#555'>{trust}</span>"

    def _update_step(self) -> None:
        has = self._has_current()
        step = self._current().step if has else UguStep.EXPLORE
        texts = {
            UguStep.EXPLORE: wording.say("ugu_explore", self.session.record.kind, ui_lang()),
            UguStep.GIVE: self.tr("Trin 2 af 3: Du giver dit perspektiv"),
            UguStep.EXPLORE_AGAIN: self.tr(
                "Trin 3 af 3: Undersøg igen – giver det mening, og hvordan?"
            ),
        }
        self.step_label.setText(texts[step])
        editable = has and not self.session.read_only
        role = self.session.record.leader_role
        self.give_button.setEnabled(editable and meeting.can_give(self._current(), role))
        noticed = self._current().team_noticed.strip() if has else ""
        direction_first = role == LeaderRole.AFGRAENSER and not noticed
        self.give_button.setText(
            self.tr("Giv retningen først →") if direction_first else self.tr("Giv dit perspektiv →")
        )
        self.give_button.setToolTip(
            wording.say("give_first", self.session.record.kind, ui_lang())
            if step == UguStep.EXPLORE
            else ""
        )
        self.again_button.setEnabled(editable and step == UguStep.GIVE)
        self.response.setEnabled(has and step == UguStep.EXPLORE_AGAIN)
        self.noticed.setEnabled(has)
        self.perspective.setEnabled(has)

    def _advance(self) -> None:
        """The UGU buttons: after giving, the leader writes the team's response next."""
        if self._step_ugu() and self._current().step == UguStep.EXPLORE_AGAIN:
            self.response.setFocus()

    def advance(self) -> bool:
        """Next walks the UGU sub-steps: give, then explore again, then on to the next phase.

        Before the team has said what it notices there is no step to take: the
        leader's perspective is never revealed by a click alone. The keyboard focus
        stays where it is, so a clicker's next press is not typed into a field.
        """
        return self._step_ugu()

    def _step_ugu(self) -> bool:
        if not self._has_current() or self.session.read_only:
            return False  # Next moves on to the next phase in a finished meeting
        item = self._current()
        if item.step == UguStep.EXPLORE_AGAIN or (
            item.step == UguStep.EXPLORE
            and not meeting.can_give(item, self.session.record.leader_role)
        ):
            return False
        label = self.tr("næste UGU-trin for »%1«").replace("%1", self._name(item))
        self.session.apply(edits.advance_ugu(label, item.indicator_id))
        self._update_step()
        return True

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.import_button.setEnabled(not read_only)
        self._update_step()
