"""Preparation: who, when, FUP (purpose, outcome, process) and the leader's role."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.failures import failure_sentence
from dialogtool.core.library import LibraryError
from dialogtool.core.limits import bounds
from dialogtool.core.logs import log_exception
from dialogtool.core.record import AgendaItem, Domain, LeaderRole, MeetingKind, Participant
from dialogtool.core.templates import MeetingTemplate
from dialogtool.ui import labels
from dialogtool.ui.delegates import BoundedIntDelegate
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession
from dialogtool.ui.theme import set_style_state


def _text_box(placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class PreparePage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Forberedelse"),
            self.tr(
                "Afklar i denne rækkefølge: formål, udbytte – og først derefter proces. "
                "Vælg også, hvilken rolle du tager over for tallene."
            ),
        )
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)

        # Left column: the meeting and its people.
        meeting_box = QGroupBox(self.tr("Mødet"))
        form = QFormLayout(meeting_box)
        self.title_edit = self.binder.line(
            QLineEdit(),
            lambda: self.session.record.title,
            lambda v: setattr(self.session.record, "title", v),
        )
        self.title_edit.setObjectName("title")
        form.addRow(self.tr("Titel"), self.title_edit)
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(labels.kind(kind), kind)
        self.kind_combo.activated.connect(self._kind_chosen)
        form.addRow(self.tr("Mødetype"), self.kind_combo)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when_edit.dateTimeChanged.connect(self._when_changed)
        form.addRow(self.tr("Tidspunkt"), self.when_edit)
        self.team_combo = QComboBox()
        self.team_combo.setEditable(True)
        self.team_combo.setObjectName("team")
        self.team_combo.currentTextChanged.connect(self._team_changed)
        form.addRow(self.tr("Team / person"), self.team_combo)
        self.facilitator_edit = self.binder.line(
            QLineEdit(),
            lambda: self.session.record.facilitator,
            lambda v: setattr(self.session.record, "facilitator", v),
        )
        form.addRow(self.tr("Mødeleder"), self.facilitator_edit)

        people_box = QGroupBox(self.tr("Deltagere"))
        people = QVBoxLayout(people_box)
        self.participants = RecordListModel[Participant](
            session,
            lambda: self.session.record.participants,
            [Column(self.tr("Navn"), lambda p: p.name, lambda p, v: setattr(p, "name", v))],
        )
        self.participant_view = QTableView()
        self.participant_view.setModel(self.participants)
        self.participant_view.horizontalHeader().setVisible(False)
        self.participant_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.participant_view.verticalHeader().setVisible(False)
        self.participant_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        people.addWidget(self.participant_view)
        add_row = QHBoxLayout()
        self.new_participant = QLineEdit()
        self.new_participant.setObjectName("newParticipant")
        self.new_participant.setPlaceholderText(self.tr("Navn på deltager"))
        self.new_participant.returnPressed.connect(self.add_participant)
        self.add_participant_button = QPushButton(self.tr("Tilføj"))
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button = QPushButton(self.tr("Fjern"))
        self.remove_participant_button.clicked.connect(self._remove_participant)
        add_row.addWidget(self.new_participant, 1)
        add_row.addWidget(self.add_participant_button)
        add_row.addWidget(self.remove_participant_button)
        people.addLayout(add_row)

        role_box = QGroupBox(self.tr("Din rolle over for tallene"))
        role_layout = QVBoxLayout(role_box)
        self.role_group = QButtonGroup(self)
        for position, role in enumerate(LeaderRole):
            button = QRadioButton(labels.role(role))
            button.setObjectName(f"role_{role.value}")
            self.role_group.addButton(button, position)
            role_layout.addWidget(button)
            explanation = QLabel(labels.role_help(role))
            explanation.setObjectName("hint")
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 4)
            role_layout.addWidget(explanation)
        self.role_group.idClicked.connect(self._role_chosen)
        domain_row = QHBoxLayout()
        domain_row.addWidget(QLabel(self.tr("Start i")))
        self.domain_combo = QComboBox()
        for domain in Domain:
            self.domain_combo.addItem(labels.domain(domain), domain)
        self.domain_combo.activated.connect(self._domain_chosen)
        domain_row.addWidget(self.domain_combo, 1)
        role_layout.addLayout(domain_row)

        # Right column: FUP.
        fup_box = QGroupBox(self.tr("FUP"))
        fup = QVBoxLayout(fup_box)
        fup.addWidget(QLabel(self.tr("<b>Formål</b> – hvorfor mødes vi?")))
        self.purpose_edit = self.binder.text(
            _text_box(self.tr("Vi mødes for at …")),
            lambda: self.session.record.fup.purpose,
            lambda v: setattr(self.session.record.fup, "purpose", v),
        )
        self.purpose_edit.setObjectName("purpose")
        fup.addWidget(self.purpose_edit)
        fup.addWidget(QLabel(self.tr("<b>Udbytte</b> – hvad har vi konkret, når mødet slutter?")))
        self.outcome_edit = self.binder.text(
            _text_box(self.tr("Når klokken er … og vi er færdige, har vi …")),
            lambda: self.session.record.fup.outcome,
            lambda v: setattr(self.session.record.fup, "outcome", v),
        )
        self.outcome_edit.setObjectName("outcome")
        fup.addWidget(self.outcome_edit)
        fup.addWidget(QLabel(self.tr("<b>Proces</b> – dagsorden med tidsrammer")))
        self.agenda = RecordListModel[AgendaItem](
            session,
            lambda: self.session.record.fup.process,
            [
                Column(self.tr("Punkt"), lambda a: a.title, lambda a, v: setattr(a, "title", v)),
                Column(
                    self.tr("Minutter"),
                    lambda a: a.minutes,
                    lambda a, v: setattr(a, "minutes", v),
                ),
            ],
        )
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agenda")
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setItemDelegateForColumn(
            1, BoundedIntDelegate(*bounds(AgendaItem, "minutes"), self.tr(" min"), self)
        )
        self.agenda_view.verticalHeader().setVisible(False)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        fup.addWidget(self.agenda_view)
        agenda_buttons = QHBoxLayout()
        add_item = QPushButton(self.tr("Tilføj punkt"))
        add_item.clicked.connect(lambda: self.agenda.append(AgendaItem(title=self.tr("Nyt punkt"))))
        remove_item = QPushButton(self.tr("Fjern punkt"))
        remove_item.clicked.connect(
            lambda: self.agenda.remove(self.agenda_view.currentIndex().row())
        )
        self.agenda_total = QLabel()
        agenda_buttons.addWidget(add_item)
        agenda_buttons.addWidget(remove_item)
        agenda_buttons.addStretch(1)
        agenda_buttons.addWidget(self.agenda_total)
        fup.addLayout(agenda_buttons)
        self.agenda_problem = QLabel()
        self.agenda_problem.setObjectName("agendaProblem")
        self.agenda_problem.setWordWrap(True)
        set_style_state(self.agenda_problem, "warning", True)
        fup.addWidget(self.agenda_problem)
        self.agenda.dataChanged.connect(self._update_total)
        self.agenda.rowsInserted.connect(self._update_total)
        self.agenda.rowsRemoved.connect(self._update_total)

        grid.addWidget(meeting_box, 0, 0)
        grid.addWidget(people_box, 1, 0)
        grid.addWidget(role_box, 2, 0)
        grid.addWidget(fup_box, 0, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)
        template_row = QHBoxLayout()
        template_row.addStretch(1)
        self.template_button = QPushButton(self.tr("Gem som min skabelon …"))
        self.template_button.setObjectName("saveAsTemplate")
        self.template_button.setToolTip(
            self.tr("Næste møde af samme slags kan starte med disse faser, tider og FUP")
        )
        self.template_button.clicked.connect(lambda: self.save_as_template())
        self.template_button.setEnabled(not session.rehearsal)
        self.template_saved = QLabel()
        self.template_saved.setObjectName("hint")
        self.template_saved.setWordWrap(True)
        template_row.insertWidget(0, self.template_saved)
        template_row.addWidget(self.template_button)
        self.layout_.addLayout(template_row)
        self._editors: list[QWidget] = [
            self.kind_combo,
            self.when_edit,
            self.team_combo,
            self.add_participant_button,
            self.remove_participant_button,
            self.new_participant,
            add_item,
            remove_item,
            *self.role_group.buttons(),
            self.domain_combo,
        ]

    # -- record -> widgets -------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        record = self.session.record
        self._loading = True
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind))
            local = record.scheduled_at.astimezone()
            self.when_edit.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
            self.team_combo.clear()
            if self.session.dataset is not None:
                self.team_combo.addItems(self.session.dataset.groups)
            self.team_combo.setEditText(record.team)
            self.role_group.button(list(LeaderRole).index(record.leader_role)).setChecked(True)
            self.domain_combo.setCurrentIndex(self.domain_combo.findData(record.starting_domain))
        finally:
            self._loading = False
        self.participants.reload()
        self.agenda.reload()
        self._update_total()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in self._editors:
            widget.setEnabled(not read_only)

    def save_as_template(self, name: str | None = None) -> MeetingTemplate | None:
        """Keep this meeting's shape as one of the leader's own templates."""
        if name is None:
            name, accepted = QInputDialog.getText(
                self,
                self.tr("Gem som min skabelon"),
                self.tr("Skabelonens navn:"),
                text=self.session.record.title,
            )
            if not accepted:
                return None
        if not name.strip():
            return None
        try:
            template = self.session.library.save_meeting_as_template(
                self.session.record, name.strip()
            )
        except (LibraryError, OSError) as exc:
            if isinstance(exc, OSError):
                log_exception("Saving a meeting as a template failed", exc)
            show_failure(self, self.tr("Skabelon"), failure_sentence(exc, ui_lang()))
            return None
        self.template_saved.setText(
            self.tr("Gemt som skabelonen »%1«.").replace("%1", name.strip())
        )
        return template

    # -- widgets -> record -------------------------------------------------
    _loading = False

    def _editable(self) -> bool:
        return not (self._loading or self.session.read_only)

    def add_participant(self) -> None:
        name = self.new_participant.text().strip()
        if not name or self.session.read_only:
            return
        self.participants.append(Participant(name=name))
        self.new_participant.clear()

    def _remove_participant(self) -> None:
        self.participants.remove(self.participant_view.currentIndex().row())

    def _kind_chosen(self, position: int) -> None:
        if self._editable():
            self.session.record.kind = self.kind_combo.itemData(position)
            self.session.touched()

    def _when_changed(self, value: QDateTime) -> None:
        if self._editable():
            local = value.toPython()
            assert isinstance(local, dt.datetime)
            self.session.record.scheduled_at = local.astimezone()
            self.session.touched()

    def _team_changed(self, text: str) -> None:
        if self._editable():
            self.session.record.team = text
            self.session.touched()

    def _role_chosen(self, position: int) -> None:
        if self._editable():
            self.session.record.leader_role = list(LeaderRole)[position]
            self.session.touched()

    def _domain_chosen(self, position: int) -> None:
        if self._editable():
            self.session.record.starting_domain = self.domain_combo.itemData(position)
            self.session.touched()

    def _update_total(self) -> None:
        total = sum(item.minutes for item in self.session.record.fup.process)
        self.agenda_total.setText(
            self.tr("I alt %1 af %2 min")
            .replace("%1", str(total))
            .replace("%2", str(self.session.record.duration_minutes))
        )
        set_style_state(self.agenda_total, "warning", total > self.session.record.duration_minutes)
        self.agenda_problem.setText(" ".join(self.agenda.problems()))
