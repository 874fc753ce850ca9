"""The start screen's menu for the chosen template: favourite, hide, copy, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from dialogtool.core.failures import failure_sentence
from dialogtool.core.library_error import LibraryError
from dialogtool.core.logs import log_exception
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.preload import load_models

if TYPE_CHECKING:
    from dialogtool.app.workspace import Workspace
    from dialogtool.core.library import Library


class TemplateMenu(QMenu):
    """Acts on the template ``current()`` names; ``changed`` runs after every change."""

    def __init__(
        self,
        workspace: Workspace,
        current: Callable[[], str | None],
        changed: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._current = current
        self._changed = changed
        self.favourite = QAction(self.tr("Favorit (øverst på listen)"), self)
        self.favourite.setCheckable(True)
        self.favourite.triggered.connect(self._toggle_favourite)
        self.hide_action = QAction(self.tr("Skjul skabelonen"), self)
        self.hide_action.triggered.connect(self._hide)
        self.show_hidden = QAction(self.tr("Vis skjulte skabeloner igen"), self)
        self.show_hidden.triggered.connect(self._show_hidden)
        self.duplicate = QAction(self.tr("Lav en kopi, jeg kan rette i"), self)
        self.duplicate.triggered.connect(self._duplicate)
        self.delete = QAction(self.tr("Slet min skabelon"), self)
        self.delete.triggered.connect(self._delete)
        for action in (self.favourite, self.hide_action, self.show_hidden):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.duplicate)
        self.addAction(self.delete)
        self.aboutToShow.connect(self.update_actions)

    @property
    def library(self) -> Library:
        """The workspace's library, made when the menu is first opened."""
        load_models()
        return self.workspace.library

    def update_actions(self) -> None:
        template_id = self._current()
        chosen = template_id is not None
        self.favourite.setEnabled(chosen)
        self.favourite.setChecked(chosen and self.library.is_favourite_template(template_id or ""))
        self.hide_action.setEnabled(chosen)
        self.duplicate.setEnabled(chosen)
        self.delete.setEnabled(chosen and self.library.is_user_template(template_id or ""))
        hidden = [
            t
            for t in self.library.templates(include_hidden=True)
            if self.library.is_hidden_template(t.id)
        ]
        self.show_hidden.setEnabled(bool(hidden))

    def _run(self, change: Callable[[str], object]) -> None:
        template_id = self._current()
        if template_id is not None:
            self._guarded(lambda: change(template_id))

    def _guarded(self, change: Callable[[], object]) -> None:
        """Make a change; a refusal or a failed write is told in a sentence."""
        try:
            change()
        except (LibraryError, OSError) as exc:
            if isinstance(exc, OSError):
                log_exception("Changing a template failed", exc)
            show_failure(self.parentWidget(), self.tr("Skabelon"), failure_sentence(exc, ui_lang()))
        self._changed()

    def _toggle_favourite(self, checked: bool) -> None:
        self._run(lambda t: self.library.set_template_favourite(t, checked))

    def _hide(self) -> None:
        self._run(lambda t: self.library.set_template_hidden(t, True))

    def _show_hidden(self) -> None:
        def show_all() -> None:
            for template in self.library.templates(include_hidden=True):
                if self.library.is_hidden_template(template.id):
                    self.library.set_template_hidden(template.id, False)

        self._guarded(show_all)

    def _duplicate(self) -> None:
        self._run(self.library.duplicate_template)

    def _delete(self) -> None:
        self._run(self.library.delete_template)
