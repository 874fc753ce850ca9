"""The summary: what the leader shares afterwards, how it leaves the app; finishing the meeting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
)

from dialogtool.core.summary import SummaryDoc, SummaryOptions, build_summary, render_html
from dialogtool.core.summary.markdown import render_markdown
from dialogtool.ui.exporting import Exporter
from dialogtool.ui.fitting_labels import ElidingButton
from dialogtool.ui.flow_layout import FlowLayout
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page
from dialogtool.ui.preferences import (
    SHARE_NAMES,
    SHARE_PERSPECTIVE,
    SHARE_ROUNDS,
    SHARE_TALLY,
    Setting,
    preferences,
)
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
        self.browser.setAccessibleName(self.tr("Opsummering"))
        self.browser.setOpenLinks(False)
        self.layout_.addWidget(self.browser, 1)
        self.exporter = Exporter(self, lambda: self.session.record, self.options)

        # The choices flow into as many lines as the page's width asks, so the page fits
        # beside the notes on a 1024-pixel screen in every language (English and a 40 %
        # longer pseudo-locale too: a grid of two a row made that window 1128 px wide).
        shares = QHBoxLayout()
        shares.addWidget(QLabel(self.tr("Del:")), 0, Qt.AlignmentFlag.AlignTop)
        choices = FlowLayout(spacing=8)
        shares.addLayout(choices, 1)
        self.include_private = QCheckBox(self.tr("Private noter"))
        self.include_private.setObjectName("sharePrivate")
        self.include_private.setToolTip(
            self.tr("Dine private noter og et perspektiv, du ikke gav. Huskes ikke.")
        )
        self.include_private.toggled.connect(self.refresh)
        choices.addWidget(self.include_private)
        self.remembered: dict[str, tuple[Setting[bool], QCheckBox]] = {}
        for key, setting, label in (
            ("names", SHARE_NAMES, self.tr("Deltagernes navne")),
            ("rounds", SHARE_ROUNDS, self.tr("Tjek ind- og tjek ud-ord")),
            ("tally", SHARE_TALLY, self.tr("Indlæg")),
            ("perspective", SHARE_PERSPECTIVE, self.tr("Lederens perspektiv")),
        ):
            box = QCheckBox(label)
            box.setObjectName(f"share_{key}")
            box.setChecked(preferences().get(setting))
            box.toggled.connect(lambda on, s=setting: preferences().set(s, on))
            box.toggled.connect(self.refresh)
            choices.addWidget(box)
            self.remembered[key] = (setting, box)
        self.layout_.addLayout(shares)

        row = QHBoxLayout()
        self.export_notice = QLabel()
        self.export_notice.setObjectName("exportNotice")
        self.export_notice.setAlignment(Qt.AlignmentFlag.AlignRight)
        # its own line under the buttons, one line high, shown or empty (nothing moves)
        self.export_notice.setFixedHeight(self.export_notice.fontMetrics().lineSpacing() + 4)
        self.exporter.told.connect(self.export_notice.setText)
        self.copy_button = self._button("copySummary", self.tr("Kopiér"), self.exporter.copy)
        self.copy_button.setToolTip(self.tr("Formateret til Outlook, Word og Teams"))
        self.save_button = self._button("saveSummary", self.tr("Gem som …"), self._save)
        self.mail_button = self._button("mailSummary", self.tr("E-mail"), self.exporter.email)
        self.calendar_button = self._button(
            "calendarSummary", self.tr("Kalender"), self.exporter.calendar
        )
        self.calendar_button.setToolTip(self.tr("Opfølgningen og fristerne som .ics"))
        self.print_button = self._button(
            "printSummary", self.tr("Udskriv"), self.exporter.print_dialog
        )
        self.finish_button = self._button(
            "finishButton", self.tr("Afslut mødet"), self.session.finish
        )
        row.addStretch(1)
        for button in (
            self.copy_button,
            self.save_button,
            self.mail_button,
            self.calendar_button,
            self.print_button,
            self.finish_button,
        ):
            row.addWidget(button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.export_notice)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = ElidingButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def options(self) -> SummaryOptions:
        chosen = {key: box.isChecked() for key, (_s, box) in self.remembered.items()}
        return SummaryOptions(include_private=self.include_private.isChecked(), **chosen)

    def document(self) -> SummaryDoc:
        return build_summary(self.session.record, ui_lang(), self.options())

    def markdown(self) -> str:
        return render_markdown(self.document())

    def refresh(self) -> None:
        super().refresh()
        self.browser.setHtml(render_html(self.document()))
        self.finish_button.setEnabled(not self.session.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.finish_button.setEnabled(not read_only)

    def _save(self) -> None:
        self.exporter.save_as()
