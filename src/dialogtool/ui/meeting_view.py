"""The open meeting: a phase stepper, the current phase's page and the leader's notes.

PageDown/PageUp (what presentation clickers send) move between phases; F1 or
the "Metode" button opens the method guide for the current phase.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core import phases
from dialogtool.core.operations import Changes, set_field
from dialogtool.core.record import PhaseId
from dialogtool.ui import labels
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.binding import Binder
from dialogtool.ui.fitting_labels import ElidingButton
from dialogtool.ui.guide_dialog import GuideDialog
from dialogtool.ui.pages.base import Page
from dialogtool.ui.phase_pages import page_for
from dialogtool.ui.phase_questions_panel import StepQuestionsDialog, has_own_list
from dialogtool.ui.presenter.controller import Presenter
from dialogtool.ui.presenter.report_room import hide_report
from dialogtool.ui.session import MeetingSession
from dialogtool.ui.undo_actions import ActionButton, UndoActions

PHASE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Room for the longest step name; with the notes' minimum, a 1024 px screen keeps
#: about 600 px for the page.
STEPPER_WIDTH = 154
NOTES_MIN_WIDTH = 216
NOTES_MAX_WIDTH = 340
#: The page's width below which the notes column stays narrow (a 1024 px window).
COMFORTABLE_PAGE_WIDTH = 720


class MeetingView(QWidget):
    closeRequested = Signal()
    #: The leader asked for the stepping-stone report (F3).
    reportRequested = Signal()

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session
        #: The pages built so far: a step's page is built when it is first needed, so
        #: opening a meeting builds one page, not ten.
        self._built: dict[PhaseId, Page] = {}
        #: Every step's page, by step (built on first look).
        self.pages = Pages(self)
        self._kind = session.record.kind

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.tr("Mødet er afsluttet og vises skrivebeskyttet."))
        self.continue_button = QPushButton(self.tr("Fortsæt mødet"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(session.reopen)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.continue_button)
        outer.addWidget(self.banner)
        self.rehearsal_banner = QFrame()
        self.rehearsal_banner.setObjectName("rehearsalBanner")
        self.rehearsal_banner.setStyleSheet(
            "QFrame#rehearsalBanner { background: #fff4e5; border-bottom: 2px solid #e0a040; }"
        )
        rehearsal_row = QHBoxLayout(self.rehearsal_banner)
        self.rehearsal_label = QLabel(
            self.tr(
                "<b>Prøvegennemgang – gemmes ikke.</b> Du kan prøve alt af; "
                "intet bliver gemt, og mødet er uændret bagefter."
            )
        )
        self.rehearsal_label.setWordWrap(True)
        rehearsal_row.addWidget(self.rehearsal_label, 1)
        end_rehearsal = QPushButton(self.tr("Afslut prøven"))
        end_rehearsal.clicked.connect(self.closeRequested)
        rehearsal_row.addWidget(end_rehearsal)
        self.rehearsal_banner.setVisible(session.rehearsal)
        outer.addWidget(self.rehearsal_banner)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.steps = QStandardItemModel(self)
        self.step_view = QListView()
        self.step_view.setObjectName("stepper")
        self.step_view.setAccessibleName(self.tr("Mødets trin"))
        self.step_view.setModel(self.steps)
        self.step_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.step_view.setFixedWidth(STEPPER_WIDTH)
        self.stack = QStackedWidget()
        for step in session.steps:
            self.steps.appendRow(self._step_item(step))
        self.step_view.selectionModel().currentChanged.connect(self._step_chosen)

        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(8, 16, 8, 8)
        notes_layout.addWidget(
            self._notes_label(self.tr("Referat"), self.tr("deles i opsamlingen"))
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("phaseNotes")
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addWidget(self._notes_label(self.tr("Private noter"), self.tr("kun til dig")))
        self.private_notes = QPlainTextEdit()
        self.private_notes.setObjectName("privateNotes")
        notes_layout.addWidget(self.private_notes, 1)
        notes.setMinimumWidth(NOTES_MIN_WIDTH)
        notes.setMaximumWidth(300)
        self.notes_binder = Binder(session)
        self.notes_binder.text(
            self.notes,
            lambda: self.session.record.phase_notes.get(self._notes_key(), ""),
            lambda v: set_field(
                self.tr("referat"), Changes.NOTES, ("phase_notes", self._notes_key()), v
            ),
        )
        self.notes_binder.text(
            self.private_notes,
            lambda: self.session.record.private_notes.get(self._notes_key(), ""),
            lambda v: set_field(
                self.tr("private noter"), Changes.NOTES, ("private_notes", self._notes_key()), v
            ),
        )

        splitter.addWidget(self.step_view)
        splitter.addWidget(self.stack)
        splitter.addWidget(notes)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setCollapsible(1, False)
        splitter.setSizes([STEPPER_WIDTH, 10_000, 260])
        outer.addWidget(splitter, 1)

        nav = QFrame()
        nav.setObjectName("navbar")
        nav_row = QHBoxLayout(nav)
        nav_row.setContentsMargins(9, 4, 9, 4)  # the pages' height is what a 768 px screen lacks
        self.back_button = ElidingButton(self.tr("Til forsiden"))
        self.back_button.clicked.connect(self.closeRequested)
        self.prev_button = ElidingButton(self.tr("← Forrige"))
        self.prev_button.setObjectName("prevButton")
        self.prev_button.clicked.connect(self.previous_step)
        self.position = QLabel()
        self.position.setObjectName("position")
        self.next_button = ElidingButton(self.tr("Næste →"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next_step)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.guide_button = ElidingButton(self.tr("Metode (F1)"))
        self.guide_button.setObjectName("guideButton")
        self.guide_button.setToolTip(
            self.tr("Kort om metoden i denne fase: hvad, hvorfor, hvordan")
        )
        self.guide_button.clicked.connect(self.show_guide)
        self.guide: GuideDialog | None = None
        #: Fortryd / Annullér fortryd, named after the edit they take back.
        self.undo_actions = UndoActions(session, self)
        self.addAction(self.undo_actions.undo)
        self.addAction(self.undo_actions.redo)
        undo = self.undo_actions
        self.undo_button = ActionButton(undo.undo, "undoButton", undo.undo_name())
        self.redo_button = ActionButton(undo.redo, "redoButton", undo.redo_name())
        self.questions_button = ElidingButton(self.tr("Spørgsmål (F2)"))
        self.questions_button.setObjectName("stepQuestionsButton")
        self.questions_button.setToolTip(
            self.tr(
                "Skabelonens spørgsmål til trinnet og flere familier – sæt flueben, når stillet"
            )
        )
        self.questions_button.clicked.connect(self.show_step_questions)
        self.step_questions: StepQuestionsDialog | None = None
        nav_row.addWidget(self.back_button)
        nav_row.addWidget(self.undo_button)
        nav_row.addWidget(self.redo_button)
        nav_row.addWidget(self.guide_button)
        nav_row.addWidget(self.questions_button)
        nav_row.addStretch(1)
        # After the stretch: "Gemmer …" and "Gemt" taking turns give and take the stretch's
        # room, so no button moves under the leader's pointer (Metode (F1) was pushed).
        nav_row.addWidget(self.save_state)
        nav_row.addWidget(self.prev_button)
        nav_row.addWidget(self.position)
        nav_row.addWidget(self.next_button)
        outer.addWidget(nav)

        for shortcut_key, handler in (
            (Qt.Key.Key_PageDown, self.next_step),
            (Qt.Key.Key_PageUp, self.previous_step),
            (Qt.Key.Key_F1, self.show_guide),
            (Qt.Key.Key_F2, self.show_step_questions),
            (Qt.Key.Key_F3, self.reportRequested.emit),
        ):
            shortcut = QShortcut(QKeySequence(shortcut_key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)

        session.readOnlyChanged.connect(self._apply_read_only)
        session.saved.connect(lambda _path: self.save_state.setText(self.tr("Gemt")))
        session.saveFailed.connect(self.save_state.setText)
        session.changed.connect(self._mark_unsaved)
        session.stepChanged.connect(self._show_step)
        session.phasesChanged.connect(self._phases_changed)
        session.restored.connect(self._restored)

        self._show_step()
        self._apply_read_only(session.read_only)
        #: The audience window, the presenter's controls and the presenting keys.
        self.presenter = Presenter(session, self)
        self.presenter.nextRequested.connect(self.next_step)
        self.presenter.previousRequested.connect(self.previous_step)
        self.undo_actions.add_to(self.presenter.audience)  # Ctrl+Z works on the room's screen
        outer.insertWidget(outer.count() - 1, self.presenter.bar)  # above the navigation row
        notes_layout.insertWidget(0, self.presenter.tabs, 3)  # room for every name
        tab_bar = self.presenter.tabs.tabBar()
        tab_bar.setUsesScrollButtons(False)  # every tab in sight, shortened if need be
        self._whole_tabs = self._tabs_width(notes, tab_bar)
        notes.setMaximumWidth(max(notes.maximumWidth(), self._whole_tabs))
        tab_bar.setElideMode(Qt.TextElideMode.ElideRight)

    def showEvent(self, event: QShowEvent) -> None:
        """The bars around the pages: named for a screen reader, Tab moves on from the notes."""
        make_accessible(self)
        super().showEvent(event)

    @staticmethod
    def _tabs_width(notes: QWidget, tab_bar: QTabBar) -> int:
        """The notes column's width at which the presenter's tab names are whole."""
        tab_bar.setElideMode(Qt.TextElideMode.ElideNone)
        margins = notes.contentsMargins().left() + notes.contentsMargins().right()
        layout = notes.layout()
        if layout is not None:
            margins += layout.contentsMargins().left() + layout.contentsMargins().right()
        return min(NOTES_MAX_WIDTH, tab_bar.sizeHint().width() + margins + 4)  # + the frame

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._widen_notes_to_tabs)  # once the splitter has its share

    def _widen_notes_to_tabs(self) -> None:
        """The notes column as wide as its tab names want where the page has room, else narrow.

        At 1280 px the tabs read "Manuskript", "Deltagere", "Rummet" (they read "Manus…",
        "Delta…", "Ru…"); at 1024 px the page keeps the width (its buttons were shortened
        when the column kept a width it took at 1280). Within a width class the leader's
        own dragging of the splitter is kept.
        """
        sizes = self.splitter.sizes()
        want = getattr(self, "_whole_tabs", 0)
        if len(sizes) != 3 or not want:
            return
        roomy = self.width() >= STEPPER_WIDTH + COMFORTABLE_PAGE_WIDTH + want
        notes = want if roomy else NOTES_MIN_WIDTH
        if (roomy and sizes[2] < want) or (not roomy and sizes[2] > NOTES_MIN_WIDTH):
            total = sizes[1] + sizes[2]
            self.splitter.setSizes([sizes[0], total - notes, notes])

    @staticmethod
    def _notes_label(title: str, note: str) -> QLabel:
        label = QLabel(f"<b>{title}</b><br><span style='color:#555'>{note}</span>")
        label.setWordWrap(True)
        return label

    def _step_item(self, step: PhaseId) -> QStandardItem:
        text = labels.phase(step)
        minutes = next((p.minutes for p in self.session.record.phases if p.phase == step), 0)
        if minutes:
            text += f"\n{minutes} min"
        item = QStandardItem(text)
        item.setData(step.value, PHASE_ROLE)
        return item

    def _phases_changed(self) -> None:
        """Phases were added, removed, reordered or retimed: the steps follow the plan."""
        steps = self.session.steps
        for step in [s for s in self._built if s not in steps]:
            self._drop_page(step)
        selection = self.step_view.selectionModel()
        selection.blockSignals(True)
        try:
            self.steps.clear()
            for step in steps:
                self.steps.appendRow(self._step_item(step))
        finally:
            selection.blockSignals(False)
        self.step_view.setCurrentIndex(self.steps.index(steps.index(self.session.step), 0))
        self.position.setText(f"{steps.index(self.session.step) + 1} / {len(steps)}")
        self.next_button.setEnabled(steps.index(self.session.step) + 1 < len(steps))

    # -- navigation ----------------------------------------------------------
    def current_page(self) -> Page:
        return self._page(self.session.step)

    def _page(self, step: PhaseId) -> Page:
        """The step's page, built the first time it is needed."""
        page = self._built.get(step)
        if page is None:
            page = page_for(self.session, step)
            page.set_read_only(self.session.read_only)
            self._built[step] = page
            self.stack.addWidget(page)
        return page

    def _drop_page(self, step: PhaseId) -> None:
        gone = self._built.pop(step)
        self.stack.removeWidget(gone)
        gone.deleteLater()

    def go_to(self, step: str) -> None:
        """Go to a step, as a click in the step list does."""
        self.session.set_step(PhaseId(step))

    def next_step(self) -> None:
        """Next: a step within the page first; leaving preparation starts the meeting."""
        if self.current_page().advance():
            return
        steps = self.session.steps
        row = steps.index(self.session.step)
        if row + 1 < len(steps):
            if self.session.step == PhaseId.PREPARE:
                self.session.start_meeting()
            self.session.set_step(steps[row + 1])

    def previous_step(self) -> None:
        steps = self.session.steps
        row = steps.index(self.session.step)
        if row > 0:
            self.session.set_step(steps[row - 1])

    def _step_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.session.set_step(PhaseId(str(current.data(PHASE_ROLE))))

    def _speak_to_the_kind(self) -> None:
        """The meeting became a 1:1 (or stopped being one): the other pages are built anew
        so that they speak to one employee (``core.wording``)."""
        if self.session.record.kind == self._kind:
            return
        self._kind = self.session.record.kind
        for step in [s for s in self._built if s != self.session.step]:
            self._drop_page(step)  # built anew when next shown

    def _show_step(self) -> None:
        """Show the session's current step: its page, its notes and where it is in the list."""
        self._speak_to_the_kind()
        step = self.session.step
        steps = self.session.steps
        row = steps.index(step)
        if self.step_view.currentIndex().row() != row:
            self.step_view.setCurrentIndex(self.steps.index(row, 0))
        page = self._page(step)
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.notes_binder.refresh()
        self._follow_step_questions(step)
        presenter: Presenter | None = getattr(self, "presenter", None)  # made after the first step
        if presenter is not None:
            hide_report(presenter.audience)  # a step of the meeting takes the room back
        self.position.setText(f"{row + 1} / {len(steps)}")
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row + 1 < len(steps))
        if self.guide is not None and self.guide.isVisible():
            self.guide.show_phase(self.session.step)

    def show_step_questions(self) -> StepQuestionsDialog | None:
        """The questions the current step offers, in a window beside the meeting."""
        if has_own_list(self.session.step):
            return None
        if self.step_questions is None:
            self.step_questions = StepQuestionsDialog(self.session, self)
        self.step_questions.panel.set_phase(self.session.step)
        self.step_questions.show()
        self.step_questions.raise_()
        return self.step_questions

    def _follow_step_questions(self, step: PhaseId) -> None:
        self.questions_button.setEnabled(not has_own_list(step))
        dialog = self.step_questions
        if dialog is not None and dialog.isVisible():
            if has_own_list(step):
                dialog.hide()
            else:
                dialog.panel.set_phase(step)

    def show_guide(self) -> GuideDialog:
        """The method cards for the current phase, in a window beside the meeting."""
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show_phase(self.session.step)
        self.guide.show()
        return self.guide

    def _notes_key(self) -> PhaseId:
        return phases.spec(self.session.step).notes_key

    # -- state -----------------------------------------------------------------
    def _apply_read_only(self, read_only: bool) -> None:
        self.banner.setVisible(read_only)
        for page in self._built.values():
            page.set_read_only(read_only)
        self.notes_binder.set_read_only(read_only)
        for editor in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            editor.style().unpolish(editor)  # a read-only text no longer looks editable
            editor.style().polish(editor)
        self.current_page().refresh()

    def _restored(self, _changes: object) -> None:
        """An undo or redo put an earlier record back: the page and the notes show it."""
        self._speak_to_the_kind()
        self.current_page().refresh()
        self.notes_binder.refresh()

    def _mark_unsaved(self) -> None:
        if self.session.dirty:
            self.save_state.setText(self.tr("Gemmer …"))


class Pages(Mapping[PhaseId, Page]):
    """The meeting's steps and their pages; a page is built when it is first looked up."""

    def __init__(self, view: MeetingView) -> None:
        self._view = view

    def __getitem__(self, step: str) -> Page:
        if step not in self:
            raise KeyError(step)
        return self._view._page(PhaseId(step))

    def __iter__(self) -> Iterator[PhaseId]:
        return iter(self._view.session.steps)

    def __len__(self) -> int:
        return len(self._view.session.steps)

    def __contains__(self, step: object) -> bool:
        return step in self._view.session.steps
