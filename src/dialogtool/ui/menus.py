"""The main window's menu bar: *Filer, Rediger, Møde, Præsentation, Hjælp*.

Every item calls what the window already does (``MainWindow`` asks the
workspace); nothing here edits a meeting. The keys are Qt's standard ones where
the platform has one (``QKeySequence.StandardKey``), else the common desktop key.

The keys of an open meeting - PageDown/PageUp, F1, F2, F3, F5, Shift+F5, B, W,
Esc and Ctrl+Z - belong to the meeting's window and the presenter
(``meeting_view``, ``presenter.keys``); two shortcuts on one key would make both
dead. So their items only *name* the key (the text after a tab), and Undo/Redo
are the meeting's own actions, put into *Rediger* while a meeting is open.
Items that need an open meeting are disabled without one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolButton

from dialogtool.core.record_types import PhaseId
from dialogtool.ui.presenter.keys import Action

if TYPE_CHECKING:
    from dialogtool.app.workspace import Workspace
    from dialogtool.ui.importing.controller import DataController
    from dialogtool.ui.meeting_view import MeetingView
    from dialogtool.ui.start_page import StartPage


class MainWindow(Protocol):
    """What the menus use of the main window (it imports this module, not the other way)."""

    workspace: Workspace
    start_page: StartPage
    meeting_view: MeetingView | None

    @property
    def data(self) -> DataController: ...
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def close_meeting(self) -> bool: ...
    def new_meeting(self, template_id: str) -> object: ...
    def open_stepping_stone_report(self) -> object: ...


Std = QKeySequence.StandardKey


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``key``; ``fallback`` where it has none (Quit, Preferences)."""
    keys = QKeySequence.keyBindings(key)
    return keys or [QKeySequence(fallback)]


class MainMenus(QObject):
    """Builds the window's menu bar and keeps its items' state and language current."""

    def __init__(self, window: MainWindow) -> None:
        self.bar: QMenuBar = window.menuBar()
        super().__init__(self.bar)
        self.window = window
        self.bar.setObjectName("mainMenuBar")
        self._texts: list[Callable[[], None]] = [self._name_bar]
        self._name_bar()
        #: Items that need an open meeting.
        self._meeting_items: list[QAction] = []
        self.actions: dict[str, QAction] = {}

        self.file_menu = self._menu(lambda: self.tr("&Filer"))
        self._item(
            self.file_menu,
            "new",
            lambda: self.tr("&Nyt møde"),
            self.new_meeting,
            standard_keys(Std.New, "Ctrl+N"),
        )
        self._item(
            self.file_menu,
            "open",
            lambda: self.tr("&Indlæs data …"),
            lambda: window.data.choose_file(),
            standard_keys(Std.Open, "Ctrl+O"),
        )
        self._item(
            self.file_menu,
            "close",
            lambda: self.tr("&Luk mødet"),
            window.close_meeting,
            standard_keys(Std.Close, "Ctrl+W"),
            meeting=True,
        )
        self.file_menu.addSeparator()
        self._item(
            self.file_menu,
            "settings",
            lambda: self.tr("Indstilling&er …"),
            self.open_settings,
            standard_keys(Std.Preferences, "Ctrl+,"),
        )
        self.file_menu.addSeparator()
        self._item(
            self.file_menu,
            "quit",
            lambda: self.tr("&Afslut"),
            window.close,
            standard_keys(Std.Quit, "Ctrl+Q"),
        )

        self.edit_menu = self._menu(lambda: self.tr("&Rediger"))
        #: Shown without a meeting: disabled, keyless; the meeting's own actions replace them.
        self._no_undo = self._item(
            self.edit_menu, "undo", lambda: self.tr("Fortryd"), None, hint="Ctrl+Z", meeting=True
        )
        self._no_redo = self._item(
            self.edit_menu,
            "redo",
            lambda: self.tr("Annullér fortryd"),
            None,
            hint="Ctrl+Shift+Z",
            meeting=True,
        )

        self.meeting_menu = self._menu(lambda: self.tr("&Møde"))
        self._item(
            self.meeting_menu,
            "next",
            lambda: self.tr("&Næste trin"),
            lambda: self._view().next_step(),
            hint="PgDown",
            meeting=True,
        )
        self._item(
            self.meeting_menu,
            "previous",
            lambda: self.tr("&Forrige trin"),
            lambda: self._view().previous_step(),
            hint="PgUp",
            meeting=True,
        )
        self._item(
            self.meeting_menu,
            "questions",
            lambda: self.tr("Trinets &spørgsmål"),
            lambda: self._view().show_step_questions(),
            hint="F2",
            meeting=True,
        )
        self.meeting_menu.addSeparator()
        self._item(
            self.meeting_menu,
            "report",
            lambda: self.tr("&Trædestensrapport"),
            window.open_stepping_stone_report,
            hint="F3",
        )
        self._item(
            self.meeting_menu,
            "export",
            lambda: self.tr("&Opsamling og eksport"),
            lambda: self._view().go_to(PhaseId.SUMMARY),
            meeting=True,
        )

        self.present_menu = self._menu(lambda: self.tr("&Præsentation"))
        for name, text, action, hint in (
            ("present", lambda: self.tr("&Præsentér fra begyndelsen"), Action.START, "F5"),
            (
                "presentHere",
                lambda: self.tr("Præsentér fra &dette trin"),
                Action.START_HERE,
                "Shift+F5",
            ),
            ("black", lambda: self.tr("&Sort skærm"), Action.BLACK, "B"),
            ("white", lambda: self.tr("&Hvid skærm"), Action.WHITE, "W"),
            ("stop", lambda: self.tr("S&top præsentation"), Action.STOP, "Esc"),
        ):
            self._item(
                self.present_menu,
                name,
                text,
                partial(self._present, action),
                hint=hint,
                meeting=True,
            )

        self.help_menu = self._menu(lambda: self.tr("&Hjælp"))
        self._item(
            self.help_menu,
            "guide",
            lambda: self.tr("&Metoden til dette trin"),
            lambda: self._view().show_guide(),
            hint="F1",
            meeting=True,
        )
        self._item(self.help_menu, "about", lambda: self.tr("&Om dialogtool"), self.show_about)

        self.retranslate()
        self.bar.installEventFilter(self)  # the bar hears of a new language
        self.meeting_changed()

    # -- building ------------------------------------------------------------------
    def _menu(self, text: Callable[[], str]) -> QMenu:
        menu = self.bar.addMenu("")
        self._texts.append(lambda: menu.setTitle(text()))
        return menu

    def _item(
        self,
        menu: QMenu,
        name: str,
        text: Callable[[], str],
        handler: Callable[[], object] | None,
        keys: list[QKeySequence] | None = None,
        *,
        hint: str = "",
        meeting: bool = False,
    ) -> QAction:
        """One item; ``keys`` are its own shortcuts, ``hint`` a key that another part owns."""
        action = menu.addAction("")
        action.setObjectName(name + "Action")
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if handler is not None:
            action.triggered.connect(lambda _checked=False: handler())
        else:
            action.setEnabled(False)
        shown = QKeySequence(hint).toString(QKeySequence.SequenceFormat.NativeText)
        self._texts.append(lambda: action.setText(text() + (f"\t{shown}" if hint else "")))
        if meeting:
            self._meeting_items.append(action)
        self.actions[name] = action
        return action

    def _name_bar(self) -> None:
        """The bar and Qt's own "»" button for the menus that do not fit, for a screen reader."""
        self.bar.setAccessibleName(self.tr("Menulinje"))
        for overflow in self.bar.findChildren(QToolButton, "qt_menubar_ext_button"):
            overflow.setAccessibleName(self.tr("Flere menuer"))

    def retranslate(self) -> None:
        for set_text in self._texts:
            set_text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- state -----------------------------------------------------------------------
    def _view(self) -> MeetingView:
        view = self.window.meeting_view
        assert view is not None  # the items are disabled without a meeting
        return view

    def meeting_changed(self) -> None:
        """A meeting was opened or closed: its items and its undo follow."""
        view = self.window.meeting_view
        for action in self._meeting_items:
            if action not in (self._no_undo, self._no_redo):
                action.setEnabled(view is not None)
        for action in list(self.edit_menu.actions()):
            if action not in (self._no_undo, self._no_redo):
                self.edit_menu.removeAction(action)
        self._no_undo.setVisible(view is None)
        self._no_redo.setVisible(view is None)
        if view is not None:  # the meeting's own actions, with their keys and named edits
            self.edit_menu.addAction(view.undo_actions.undo)
            self.edit_menu.addAction(view.undo_actions.redo)

    def _present(self, action: Action) -> None:
        self._view().presenter.perform(action)

    # -- what the items open ---------------------------------------------------------------
    def new_meeting(self) -> None:
        """A new meeting from the template chosen on the start screen."""
        template = self.window.start_page.template_combo.currentData()
        self.window.new_meeting(str(template))

    def open_settings(self) -> None:
        from dialogtool.ui.settings_dialog import open_settings

        open_settings(self.bar.window())

    def show_about(self) -> None:
        from dialogtool.ui.about import AboutDialog

        dialog = AboutDialog(self.window.workspace.data_dir, self.bar.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
