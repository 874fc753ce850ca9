"""Preparation: who, when, FUP (purpose, outcome, process) and the leader's role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
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
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import edits, time_plan, wording
from dialogtool.core.context import shown_group
from dialogtool.core.failures import failure_sentence
from dialogtool.core.fup import fup_flags
from dialogtool.core.labels import agenda_title
from dialogtool.core.library import LibraryError
from dialogtool.core.limits import bounds
from dialogtool.core.logs import log_exception
from dialogtool.core.method_steps import method_warnings
from dialogtool.core.operations import Changes, Operation, set_field
from dialogtool.core.record import (
    AgendaItem,
    Domain,
    LeaderRole,
    MeetingKind,
    MeetingRecord,
    Participant,
    PhaseId,
)
from dialogtool.core.templates import MeetingTemplate
from dialogtool.ui import labels
from dialogtool.ui.delegates import BoundedIntDelegate, edit_on_purpose
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.models.record_list import Column, RecordListModel
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession
from dialogtool.ui.theme import set_style_state

#: Room for the page's margins and the vertical scroll bar beside the boxes.
PAGE_ALLOWANCE = 72


def _bounded(limits: tuple[int | None, int | None]) -> tuple[int, int]:
    low, high = limits
    return (low or 0, high if high is not None else 24 * 60)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _text_box(placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def _participants(record: MeetingRecord) -> list[Participant]:
    return record.participants


def _agenda(record: MeetingRecord) -> list[AgendaItem]:
    return record.fup.process


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
            lambda v: set_field(self.tr("titel"), Changes.FRAMING, ("title",), v),
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
        self.team_label = QLabel()
        form.addRow(self.team_label, self.team_combo)
        self.data_group_combo = QComboBox()
        self.data_group_combo.setObjectName("dataGroup")
        self.data_group_combo.setPlaceholderText(self.tr("Vælg en gruppe"))
        self.data_group_combo.activated.connect(self._data_group_chosen)
        self.data_group_label = QLabel(self.tr("Tallene viser"))
        form.addRow(self.data_group_label, self.data_group_combo)
        self.data_group_note = QLabel()
        self.data_group_note.setObjectName("dataGroupNote")
        self.data_group_note.setWordWrap(True)
        self.data_group_note.setTextFormat(Qt.TextFormat.PlainText)  # quotes the team's name
        set_style_state(self.data_group_note, "warning", True)
        form.addRow(self.data_group_note)
        self.facilitator_edit = self.binder.line(
            QLineEdit(),
            lambda: self.session.record.facilitator,
            lambda v: set_field(self.tr("mødeleder"), Changes.FRAMING, ("facilitator",), v),
        )
        form.addRow(self.tr("Mødeleder"), self.facilitator_edit)

        people_box = QGroupBox(self.tr("Deltagere"))
        people = QVBoxLayout(people_box)
        self.participants = RecordListModel[Participant](
            session,
            _participants,
            [Column(self.tr("Navn"), lambda p: p.name, edits.attribute("name"))],
            Changes.PEOPLE,
            lambda p: p.name,
        )
        self.participant_view = QTableView()
        self.participant_view.setModel(self.participants)
        edit_on_purpose(self.participant_view)
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
        fup.addWidget(_caption(self.tr("<b>Formål</b> – hvorfor mødes vi?")))
        self.purpose_edit = self.binder.text(
            _text_box(self.tr("Vi mødes for at …")),
            lambda: self.session.record.fup.purpose,
            lambda v: set_field(self.tr("formål"), Changes.FRAMING, ("fup", "purpose"), v),
        )
        self.purpose_edit.setObjectName("purpose")
        fup.addWidget(self.purpose_edit)
        fup.addWidget(_caption(self.tr("<b>Udbytte</b> – hvad har vi konkret, når mødet slutter?")))
        self.outcome_edit = self.binder.text(
            _text_box(self.tr("Når klokken er … og vi er færdige, har vi …")),
            lambda: self.session.record.fup.outcome,
            lambda v: set_field(self.tr("udbytte"), Changes.FRAMING, ("fup", "outcome"), v),
        )
        self.outcome_edit.setObjectName("outcome")
        fup.addWidget(self.outcome_edit)
        self.fup_flag = QLabel()
        self.fup_flag.setObjectName("fupFlag")
        self.fup_flag.setWordWrap(True)
        set_style_state(self.fup_flag, "warning", True)
        fup.addWidget(self.fup_flag)
        session.changed.connect(self._show_fup_flags)
        session.edited.connect(lambda _changes: self._show_fup_flags())
        fup.addWidget(
            _caption(self.tr("<b>Proces</b> – dagsorden med tidsrammer; den er mødets faser"))
        )
        lang = ui_lang()
        self.agenda = RecordListModel[AgendaItem](
            session,
            _agenda,
            [
                Column(
                    self.tr("Punkt"),
                    lambda a: a.title,
                    edits.attribute("title"),
                    display=lambda a: agenda_title(a, lang),
                ),
                Column(
                    self.tr("Fase"),
                    lambda a: labels.phase(a.phase) if a.phase else "",
                ),
                Column(
                    self.tr("Minutter"),
                    lambda a: a.minutes,
                    time_plan.set_item_minutes,
                ),
            ],
            Changes.PLAN,
            lambda a: agenda_title(a, lang),
        )
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agenda")
        edit_on_purpose(self.agenda_view)
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setItemDelegateForColumn(
            2, BoundedIntDelegate(*bounds(AgendaItem, "minutes"), self.tr(" min"), self)
        )
        self.agenda_view.verticalHeader().setVisible(False)
        rows = self.agenda_view.verticalHeader().defaultSectionSize()
        self.agenda_view.setMinimumHeight(9 * rows)  # a whole meeting's phases in sight
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fup.addWidget(self.agenda_view)
        agenda_buttons = QGridLayout()
        self.add_item_button = QPushButton(self.tr("Tilføj punkt"))
        self.add_item_button.setToolTip(self.tr("Et punkt mere i den valgte fase"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button = QPushButton(self.tr("Fjern punkt"))
        self.remove_item_button.setToolTip(
            self.tr("Fjerner punktet; er det fasens eneste, fjernes fasen")
        )
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Fase op"))
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button = QPushButton(self.tr("Fase ned"))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.add_phase_combo = QComboBox()
        self.add_phase_combo.setObjectName("addPhase")
        self.add_phase_button = QPushButton(self.tr("Tilføj fase"))
        self.add_phase_button.clicked.connect(
            lambda: self.add_phase(self.add_phase_combo.currentData())
        )
        agenda_buttons.addWidget(self.add_item_button, 0, 0)
        agenda_buttons.addWidget(self.remove_item_button, 0, 1)
        agenda_buttons.addWidget(self.up_button, 0, 2)
        agenda_buttons.addWidget(self.down_button, 0, 3)
        agenda_buttons.addWidget(self.add_phase_combo, 1, 0, 1, 2)
        agenda_buttons.addWidget(self.add_phase_button, 1, 2, 1, 2)
        fup.addLayout(agenda_buttons)
        length_row = QHBoxLayout()
        length_row.addWidget(QLabel(self.tr("Mødets længde")))
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration")
        self.duration_spin.setRange(*_bounded(bounds(MeetingRecord, "duration_minutes")))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.valueChanged.connect(self._duration_changed)
        length_row.addWidget(self.duration_spin)
        length_row.addStretch(1)
        self.agenda_total = QLabel()
        self.agenda_total.setObjectName("agendaTotal")
        length_row.addWidget(self.agenda_total)
        fup.addLayout(length_row)
        self.agenda_problem = QLabel()
        self.agenda_problem.setObjectName("agendaProblem")
        self.agenda_problem.setWordWrap(True)
        set_style_state(self.agenda_problem, "warning", True)
        fup.addWidget(self.agenda_problem)
        self.method_warning = QLabel()
        self.method_warning.setObjectName("methodWarning")
        self.method_warning.setWordWrap(True)
        set_style_state(self.method_warning, "warning", True)
        fup.addWidget(self.method_warning)
        self.agenda.dataChanged.connect(self._update_total)
        self.agenda.rowsInserted.connect(self._update_total)
        self.agenda.rowsRemoved.connect(self._update_total)
        self.agenda.modelReset.connect(self._update_total)
        self.agenda.dataChanged.connect(lambda *_: self.session.phasesChanged.emit())
        session.restored.connect(self._restored)

        self._grid = grid
        self._boxes = (meeting_box, people_box, role_box, fup_box)
        self._wide: bool | None = None
        self._reflow()

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Forberedelse"))  # focusable, to scroll by keyboard
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
            self.data_group_combo,
            self.add_participant_button,
            self.remove_participant_button,
            self.new_participant,
            self.add_item_button,
            self.remove_item_button,
            self.up_button,
            self.down_button,
            self.add_phase_combo,
            self.add_phase_button,
            self.duration_spin,
            *self.role_group.buttons(),
            self.domain_combo,
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Two columns on a wide page; one below the other on a 1024 px screen."""
        left = max(box.minimumSizeHint().width() for box in self._boxes[:3])
        need = left + self._boxes[3].minimumSizeHint().width() + self._grid.horizontalSpacing()
        wide = self.width() >= need + PAGE_ALLOWANCE
        if wide == self._wide:
            return
        self._wide = wide
        meeting_box, people_box, role_box, fup_box = self._boxes
        for box in self._boxes:
            self._grid.removeWidget(box)
        self._grid.addWidget(meeting_box, 0, 0)
        self._grid.addWidget(people_box, 1, 0)
        self._grid.addWidget(role_box, 2, 0)
        if wide:
            self._grid.addWidget(fup_box, 0, 1, 3, 1)
        else:
            self._grid.addWidget(fup_box, 3, 0)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1 if wide else 0)

    # -- record -> widgets -------------------------------------------------
    def _show_fup_flags(self) -> None:
        """Name what is still the template's: the purpose, the topic, the end time."""
        record = self.session.record
        template = self.session.library.template(record.template_id or "")
        flags = [f.text.get(ui_lang()) for f in fup_flags(record, template)]
        self.fup_flag.setText(" ".join(flags))
        self.fup_flag.setVisible(bool(flags) and not self.session.read_only)

    def refresh(self) -> None:
        super().refresh()
        self._show_fup_flags()
        record = self.session.record
        # Showing the record is no edit: the editors' own signals are still while they fill.
        blockers = [
            QSignalBlocker(w)
            for w in (self.kind_combo, self.when_edit, self.team_combo, self.duration_spin)
        ]
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind))
            local = record.scheduled_at.astimezone()
            self.when_edit.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
            self.team_combo.clear()
            if record.kind == MeetingKind.ONE_TO_ONE:  # people; the data's group is asked below
                self.team_combo.addItems(list(dict.fromkeys(p.name for p in record.participants)))
            elif self.session.dataset is not None:
                self.team_combo.addItems(self.session.dataset.groups)
            self.team_combo.setEditText(record.team)
            self.team_label.setText(wording.say("person_field", record.kind, ui_lang()))
            self._show_data_group()
            self.role_group.button(list(LeaderRole).index(record.leader_role)).setChecked(True)
            self.domain_combo.setCurrentIndex(self.domain_combo.findData(record.starting_domain))
            self.duration_spin.setValue(record.duration_minutes)
            self._fill_addable()
        finally:
            for blocker in blockers:
                blocker.unblock()
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
    def _restored(self, changes: Changes) -> None:
        if changes & (Changes.FRAMING | Changes.PLAN | Changes.PEOPLE):
            self.refresh()

    def _set(self, label: str, field: str, value: object, changes: Changes) -> bool:
        """Set a field of the meeting, unless it has that value already (it is being shown)."""
        if getattr(self.session.record, field) == value:
            return False
        return bool(self.session.apply(set_field(label, changes, (field,), value)))

    def add_participant(self) -> None:
        name = self.new_participant.text().strip()
        if not name:
            return
        self.participants.append(
            Participant(name=name), self.tr("ny deltager '%1'").replace("%1", name)
        )
        self.new_participant.clear()

    def _remove_participant(self) -> None:
        row = self.participant_view.currentIndex().row()
        people = self.session.record.participants
        if 0 <= row < len(people):
            label = self.tr("fjern deltager '%1'").replace("%1", people[row].name)
            self.participants.remove(row, label)

    def _kind_chosen(self, position: int) -> None:
        if self._set(
            self.tr("mødetype"), "kind", self.kind_combo.itemData(position), Changes.FRAMING
        ):
            self.refresh()

    def _when_changed(self, value: QDateTime) -> None:
        local = value.toPython()
        assert isinstance(local, dt.datetime)
        self._set(self.tr("tidspunkt"), "scheduled_at", local.astimezone(), Changes.FRAMING)

    def _team_changed(self, text: str) -> None:
        if text != self.session.record.team:
            label = wording.say("person_field", self.session.record.kind, ui_lang())
            if self.session.apply(edits.set_team_or_employee(label.lower(), text)):
                self.participants.reload()
        self._show_data_group()

    def _show_data_group(self) -> None:
        """Whose numbers are shown: asked in a 1:1, and whenever the team is not a group."""
        record = self.session.record
        groups = list(self.session.dataset.groups) if self.session.dataset else []
        shown = shown_group(record)
        asked = bool(groups) and (
            record.kind == MeetingKind.ONE_TO_ONE or record.team not in groups
        )
        for widget in (self.data_group_label, self.data_group_combo):
            widget.setVisible(asked)
        self.data_group_combo.clear()  # only ``activated`` (a user's choice) edits
        self.data_group_combo.addItems(groups)
        self.data_group_combo.setCurrentIndex(groups.index(shown) if shown in groups else -1)
        self.data_group_combo.setEnabled(not self.session.read_only)
        note = ""
        if asked and shown not in groups:
            note = self.tr("Vælg, hvilken gruppes tal der vises.")
            if record.team.strip():
                note = self.tr(
                    "»%1« er ikke en gruppe i data: vælg, hvilken gruppes tal der vises."
                ).replace("%1", record.team.strip())
        self.data_group_note.setText(note)
        self.data_group_note.setVisible(bool(note))

    def _data_group_chosen(self, position: int) -> None:
        group = self.data_group_combo.itemText(position)
        value = "" if group == self.session.record.team else group
        self._set(self.tr("hvis tal"), "data_group", value, Changes.FRAMING)
        self._show_data_group()

    def _role_chosen(self, position: int) -> None:
        self._set(self.tr("din rolle"), "leader_role", list(LeaderRole)[position], Changes.FRAMING)

    def _domain_chosen(self, position: int) -> None:
        domain = self.domain_combo.itemData(position)
        self._set(self.tr("start i"), "starting_domain", domain, Changes.FRAMING)

    def _duration_changed(self, minutes: int) -> None:
        self._set(self.tr("mødets længde"), "duration_minutes", minutes, Changes.PLAN)
        self._update_total()

    def _fill_addable(self) -> None:
        self.add_phase_combo.clear()
        for phase in time_plan.addable_phases(self.session.record):
            self.add_phase_combo.addItem(labels.phase(phase), phase)
        self.add_phase_button.setEnabled(
            self.add_phase_combo.count() > 0 and not self.session.read_only
        )

    def _selected_item(self) -> AgendaItem | None:
        row = self.agenda_view.currentIndex().row()
        items = self.session.record.fup.process
        return items[row] if 0 <= row < len(items) else None

    def _edit_plan(self, label: str, change: Callable[[MeetingRecord], object]) -> bool:
        """Change the phases; the agenda, the addable phases and the meeting's steps follow."""
        if not self.session.apply(Operation(label, Changes.PLAN, change)):
            return False
        self.agenda.reload()
        self._fill_addable()
        self.session.phasesChanged.emit()
        return True

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.agenda.rowCount():
            self.agenda_view.setCurrentIndex(self.agenda.index(row, 0))

    def add_item(self) -> None:
        if not self.session.record.phases:
            return
        row = self.agenda_view.currentIndex().row()
        count = len(self.session.record.fup.process)
        title = self.tr("Nyt punkt")
        if self._edit_plan(
            self.tr("nyt punkt"), lambda record: time_plan.add_item(record, row, title)
        ):
            self._select_row((row if 0 <= row < count else count - 1) + 1)

    def remove_item(self) -> None:
        row = self.agenda_view.currentIndex().row()
        if not 0 <= row < len(self.session.record.fup.process):
            return
        label = self.tr("fjern punkt '%1'").replace(
            "%1", agenda_title(self.session.record.fup.process[row], ui_lang())
        )
        try:
            self._edit_plan(label, lambda record: time_plan.remove_item(record, row))
        except time_plan.PhaseInUseError:
            self.agenda_problem.setText(
                self.tr("Mødet har været i den fase; den kan ikke fjernes.")
            )

    def add_phase(self, phase: PhaseId | None) -> None:
        if phase is None:
            return
        label = self.tr("tilføj fasen '%1'").replace("%1", labels.phase(phase))
        if self._edit_plan(label, lambda record: time_plan.add_phase(record, phase)):
            first = time_plan.items_of(self.session.record, phase)[0]
            self._select_row(self.session.record.fup.process.index(first))

    def move_phase(self, offset: int) -> None:
        item = self._selected_item()
        if item is None or item.phase is None:
            return
        phase = item.phase
        label = self.tr("flyt fasen '%1'").replace("%1", labels.phase(phase))
        if self._edit_plan(label, lambda record: time_plan.move_phase(record, phase, offset)):
            self._select_row(self.session.record.fup.process.index(item))

    def _update_total(self) -> None:
        record = self.session.record
        total = time_plan.total_minutes(record)
        self.agenda_total.setText(
            self.tr("I alt %1 af %2 min")
            .replace("%1", str(total))
            .replace("%2", str(record.duration_minutes))
        )
        over = time_plan.over_by(record)
        set_style_state(self.agenda_total, "warning", over > 0)
        problems = self.agenda.problems()
        if over:
            problems.append(
                self.tr("Dagsordenen er %1 min længere end mødet.").replace("%1", str(over))
            )
        self.agenda_problem.setText(" ".join(problems))
        template = self.session.library.template(record.template_id or "")
        lost = [w.get(ui_lang()) for w in method_warnings(record, template)]
        self.method_warning.setText(" ".join(lost))
        self.method_warning.setVisible(bool(lost))
