"""The summary: what the leader shares afterwards; finishing the meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QTextBrowser

from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.failures import failure_sentence
from dialogtool.core.logs import log_exception
from dialogtool.core.summary import (
    SummaryDoc,
    SummaryOptions,
    build_summary,
    render_html,
    render_markdown,
)
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page
from dialogtool.ui.session import MeetingSession


class SummaryPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Opsamling"),
            self.tr(
                "Det vigtigste, vi lærte, hvordan vi blev klogere, næste skridt – og hvornår "
                "vi følger op. Private noter kommer kun med, hvis du beder om det."
            ),
        )
        self.browser = QTextBrowser()
        self.browser.setObjectName("summary")
        self.browser.setOpenLinks(False)
        self.layout_.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self.include_private = QCheckBox(self.tr("Medtag private noter"))
        self.include_private.toggled.connect(self.refresh)
        row.addWidget(self.include_private)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Kopiér"))
        self.copy_button.setObjectName("copySummary")
        self.copy_button.clicked.connect(self._copy)
        self.save_button = QPushButton(self.tr("Gem som Markdown …"))
        self.save_button.setObjectName("saveSummary")
        self.save_button.clicked.connect(self._save)
        self.finish_button = QPushButton(self.tr("Afslut mødet"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self.session.finish)
        for button in (self.copy_button, self.save_button, self.finish_button):
            row.addWidget(button)
        self.layout_.addLayout(row)

    def document(self) -> SummaryDoc:
        options = SummaryOptions(include_private=self.include_private.isChecked())
        return build_summary(self.session.record, ui_lang(), options)

    def markdown(self) -> str:
        return render_markdown(self.document())

    def refresh(self) -> None:
        super().refresh()
        self.browser.setHtml(render_html(self.document()))
        self.finish_button.setEnabled(not self.session.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.finish_button.setEnabled(not read_only)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.markdown())

    def _save(self) -> None:
        name = (self.session.record.title or self.tr("opsamling")).replace("/", "-") + ".md"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem opsamling"), str(Path.home() / name), self.tr("Markdown (*.md)")
        )
        if not path:
            return
        try:
            atomic_write_bytes(Path(path), self.markdown().encode("utf-8"))
        except OSError as exc:
            log_exception("Saving the summary failed", exc)
            show_failure(
                self,
                self.tr("Gem opsamling"),
                self.tr("Opsamlingen kunne ikke gemmes. %1").replace(
                    "%1", failure_sentence(exc, ui_lang())
                ),
            )
